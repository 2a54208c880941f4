package cli

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"ackpool/model"
	"ackpool/presets"
)

// testLibrary is a preset library in a temporary folder holding one saved preset "web".
func testLibrary(t *testing.T) func() (presets.Library, error) {
	t.Helper()
	store := presets.NewStore(filepath.Join(t.TempDir(), "presets"))
	np, err := model.Parse([]byte(presetBody), "test")
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := store.Save("web", "test preset", np, presets.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	return func() (presets.Library, error) { return presets.Library{Store: store}, nil }
}

func load(t *testing.T, src requestSource) (*model.NodePool, error) {
	t.Helper()
	return loadRequest(src, requestReader{Stdin: strings.NewReader(""), Presets: testLibrary(t)})
}

func TestSetEveryScalarTypeAndLists(t *testing.T) {
	np, err := load(t, requestSource{Preset: "gpu", Sets: []string{
		"nodepool_info.name=gpu-a",                           // string
		"scaling_group.desired_size=4",                       // integer
		"scaling_group.login_as_non_root=true",               // boolean
		"scaling_group.instance_patterns[0].memory=15.5",     // number
		"scaling_group.data_disks[0].encrypted=true",         // boolean-looking string on the wire
		"scaling_group.spot_price_limit[0].price_limit=0.39", // decimal string
		"scaling_group.spot_price_limit[0].instance_type=ecs.gn7i-c8g1.2xlarge",
		"scaling_group.vswitch_ids=vsw-a,vsw-b",                                 // comma list
		"scaling_group.instance_types[1]=ecs.gn7i-c32g1.8xlarge",                // list item by index
		"kubernetes_config.labels[1].key=tier",                                  // object list item by index
		"kubernetes_config.labels[1].value=",                                    // empty value
		"node_config.kubelet_configuration.evictionHard.memory.available=300Mi", // map entry
	}})
	if err != nil {
		t.Fatal(err)
	}
	sg := np.ScalingGroup
	checks := map[string]bool{
		"name":        *np.NodepoolInfo.Name == "gpu-a",
		"integer":     *sg.DesiredSize == 4,
		"boolean":     *sg.LoginAsNonRoot,
		"number":      *sg.InstancePatterns[0].Memory == 15.5,
		"encrypted":   *sg.DataDisks[0].Encrypted == "true" && *sg.DataDisks[0].Size == 500,
		"price_limit": *sg.SpotPriceLimit[0].PriceLimit == "0.39",
		"comma list":  strings.Join(sg.VSwitchIDs, " ") == "vsw-a vsw-b",
		"index":       sg.InstanceTypes[1] == "ecs.gn7i-c32g1.8xlarge" && sg.InstanceTypes[0] == "ecs.gn7i-c8g1.2xlarge",
		"object list": *np.KubernetesConfig.Labels[1].Key == "tier" && *np.KubernetesConfig.Labels[0].Key == "workload-type",
		"map":         np.NodeConfig.KubeletConfiguration.EvictionHard["memory.available"] == "300Mi",
		"preset kept": np.KubernetesConfig.Taints[0].Key != nil && *np.KubernetesConfig.Taints[0].Key == "nvidia.com/gpu",
	}
	for name, ok := range checks {
		if !ok {
			t.Errorf("--set %s not applied", name)
		}
	}
	if probs := model.Validate(np).Errors(); len(probs) > 0 {
		t.Errorf("preset + --set does not validate: %v", probs)
	}
}

func TestSetErrorsNameFlagAndPath(t *testing.T) {
	tests := map[string]string{
		"scaling_group.desired_size=three":     "scaling_group.desired_size",
		"scaling_group.login_as_non_root=yes!": "scaling_group.login_as_non_root",
		"scaling_group.instance_type=ecs.g7":   "instance_types",
		"no-equals-sign":                       "expected path=value",
		"=3":                                   "expected path=value",
	}
	for set, want := range tests {
		t.Run(set, func(t *testing.T) {
			_, err := load(t, requestSource{Preset: "gpu", Sets: []string{set}})
			var u usageError
			if !errors.As(err, &u) || !strings.Contains(err.Error(), "--set \""+set+"\"") || !strings.Contains(err.Error(), want) {
				t.Errorf("err = %v; want a usage error naming %q and %q", err, set, want)
			}
		})
	}
}

func TestPresetSourceErrors(t *testing.T) {
	if _, err := load(t, requestSource{Preset: "nope"}); err == nil || !strings.Contains(err.Error(), "--preset nope") {
		t.Errorf("unknown preset: %v", err)
	}
	if _, err := load(t, requestSource{Preset: "../x"}); !isUsageError(err) {
		t.Errorf("bad preset name: %v", err)
	}
	if _, err := load(t, requestSource{Preset: "web", File: "x.yaml"}); !isUsageError(err) {
		t.Errorf("--file with --preset: %v", err)
	}
	if _, err := load(t, requestSource{}); !isUsageError(err) || !strings.Contains(err.Error(), "--preset") {
		t.Errorf("no source: %v", err)
	}
	np, err := load(t, requestSource{Preset: "web"})
	if err != nil || *np.ScalingGroup.DesiredSize != 2 || np.ScalingGroup.LoginPassword != nil {
		t.Errorf("saved preset: %+v, %v", np, err)
	}
	np, err = load(t, requestSource{Sets: []string{"scaling_group.desired_size=1"}})
	if err != nil || *np.ScalingGroup.DesiredSize != 1 {
		t.Errorf("--set alone: %v", err)
	}
}

func TestValidateWithPresetAndSet(t *testing.T) {
	lib := testLibrary(t)
	out, _, err := runValidate(t, validateOptions{Source: requestSource{Preset: "gpu"}, Reader: requestReader{Presets: lib}})
	if exitOf(err) != exitFailure || !strings.Contains(out, "scaling_group.vswitch_ids") {
		t.Errorf("gpu preset without vSwitches: exit %d\n%s", exitOf(err), out)
	}
	out, _, err = runValidate(t, validateOptions{Source: requestSource{Preset: "gpu", Sets: []string{"scaling_group.vswitch_ids=vsw-a,vsw-b"}}, Reader: requestReader{Presets: lib}})
	if exitOf(err) != 0 {
		t.Errorf("gpu preset with vSwitches: exit %d\n%s", exitOf(err), out)
	}
}

func TestValidateCommandHasPresetFlags(t *testing.T) {
	presetEnv(t)
	_, errOut, code := runPresetCLI(t, "", "validate", "--preset", "general-purpose", "--set", "scaling_group.vswitch_ids=vsw-a,vsw-b", "--set", "scaling_group.desired_size=3")
	if code != 0 {
		t.Errorf("validate --preset --set: exit %d %s", code, errOut)
	}
	_, errOut, code = runPresetCLI(t, "", "validate", "--preset", "gpu", "--set", "scaling_group.desired_size=x")
	if code != exitUsage || !strings.Contains(errOut, "scaling_group.desired_size") {
		t.Errorf("bad --set: exit %d %s", code, errOut)
	}
}

// endless is standard input that never ends; it counts what was read.
type endless struct{ read int }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	e.read += len(p)
	return len(p), nil
}

// TestEndlessInputIsRefusedAfterTheSizeLimit: a request on standard input that never
// ends is refused with the size limit after reading just past it, not read whole.
func TestEndlessInputIsRefusedAfterTheSizeLimit(t *testing.T) {
	in := &endless{}
	_, err := loadRequest(requestSource{File: "-"}, requestReader{Stdin: in})
	if err == nil || !strings.Contains(err.Error(), "stdin: the file is larger than 262144 bytes") {
		t.Fatalf("err = %v", err)
	}
	if in.read > 2*model.MaxDocumentSize {
		t.Fatalf("read %d bytes, want about %d", in.read, model.MaxDocumentSize)
	}
}
