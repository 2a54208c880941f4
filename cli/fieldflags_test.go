package cli

import (
	"strings"
	"testing"

	"ackpool/model"
)

// dryRunBody runs create --dry-run with args and returns the printed JSON body.
func dryRunBody(t *testing.T, args ...string) string {
	t.Helper()
	presetEnv(t)
	out, errOut, code := runPresetCLI(t, "", append([]string{"create", "--dry-run", "--output", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, errOut)
	}
	return out
}

// TestFieldFlagsEqualSet: each plain flag gives exactly the body of the --set values
// it stands for.
func TestFieldFlagsEqualSet(t *testing.T) {
	flags := dryRunBody(t, "--name", "web", "--instance-types", "ecs.g7.xlarge,ecs.g6.xlarge", "--vswitches", "vsw-a,vsw-b",
		"--nodes", "3", "--nodes-min", "1", "--nodes-max", "6", "--spot", "--disk-size", "80",
		"--label", "team=web", "--label", "tier=front", "--taint", "dedicated=web:NoSchedule", "--key-pair", "ops",
		"--set", "scaling_group.instance_charge_type=PostPaid")
	sets := dryRunBody(t, "--set", "nodepool_info.name=web", "--set", "scaling_group.instance_types=ecs.g7.xlarge,ecs.g6.xlarge",
		"--set", "scaling_group.vswitch_ids=vsw-a,vsw-b", "--set", "scaling_group.desired_size=3",
		"--set", "auto_scaling.enable=true", "--set", "auto_scaling.min_instances=1", "--set", "auto_scaling.max_instances=6",
		"--set", "scaling_group.spot_strategy=SpotAsPriceGo", "--set", "scaling_group.system_disk_size=80",
		"--set", "kubernetes_config.labels[0].key=team", "--set", "kubernetes_config.labels[0].value=web",
		"--set", "kubernetes_config.labels[1].key=tier", "--set", "kubernetes_config.labels[1].value=front",
		"--set", "kubernetes_config.taints[0].key=dedicated", "--set", "kubernetes_config.taints[0].value=web",
		"--set", "kubernetes_config.taints[0].effect=NoSchedule", "--set", "scaling_group.key_pair=ops",
		"--set", "scaling_group.instance_charge_type=PostPaid")
	if flags != sets {
		t.Errorf("flags:\n%s\n--set:\n%s", flags, sets)
	}
}

// TestFieldFlagsOnAPreset: labels and taints are added after the preset's own; --set
// still wins because it is applied last.
func TestFieldFlagsOnAPreset(t *testing.T) {
	body := dryRunBody(t, "--preset", "gpu", "--vswitches", "vsw-a", "--label", "team=ml", "--nodes-max", "8",
		"--taint", "spot:PreferNoSchedule", "--set", "auto_scaling.max_instances=9")
	np, err := model.Parse([]byte(body), "body")
	if err != nil {
		t.Fatal(err)
	}
	labels := np.KubernetesConfig.Labels
	if len(labels) != 2 || *labels[0].Key != "workload-type" || *labels[1].Key != "team" {
		t.Errorf("labels %s", body)
	}
	taints := np.KubernetesConfig.Taints
	if len(taints) != 2 || *taints[1].Key != "spot" || *taints[1].Effect != "PreferNoSchedule" {
		t.Errorf("taints %s", body)
	}
	if *np.AutoScaling.MaxInstances != 9 {
		t.Errorf("--set did not win: %d", *np.AutoScaling.MaxInstances)
	}
}

func TestFieldFlagErrorsNameTheFlag(t *testing.T) {
	presetEnv(t)
	for args, want := range map[string]string{
		"--nodes three":           "--nodes three: scaling_group.desired_size",
		"--taint dedicated":       "--taint \"dedicated\": expected key=value:Effect",
		"--label =x":              "--label \"=x\": expected key=value",
		"--disk-size 10 --name a": "scaling_group.system_disk_size",
	} {
		out, errOut, code := runPresetCLI(t, "", append([]string{"validate"}, strings.Fields(args)...)...)
		if code == 0 || !strings.Contains(out+errOut, want) {
			t.Errorf("validate %s: exit %d, stderr %q, want %q", args, code, errOut, want)
		}
	}
}
