package steps_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"ackpool/forms"
	"ackpool/forms/formstest"
	"ackpool/forms/steps"
	"ackpool/model"
)

// richBody sets fields on every step, in the shapes the steps must keep as they are.
const richBody = `{
  "nodepool_info": {"name": "batch", "type": "ess", "resource_group_id": "rg-data0002"},
  "scaling_group": {
    "vswitch_ids": ["vsw-zoneh0001", "vsw-zonei0001"],
    "instance_types": ["ecs.g7.xlarge", "ecs.g8i.xlarge"],
    "instance_charge_type": "PrePaid", "period": 3, "period_unit": "Month", "auto_renew": true, "auto_renew_period": 1,
    "desired_size": 3, "multi_az_policy": "BALANCE", "scaling_policy": "recycle",
    "system_disk_category": "cloud_essd", "system_disk_size": 120, "system_disk_performance_level": "PL1",
    "system_disk_categories": ["cloud_auto", "cloud_efficiency"],
    "system_disk_encrypted": true, "system_disk_kms_key_id": "key-1",
    "data_disks": [{"category": "cloud_essd", "size": 200, "performance_level": "PL1", "encrypted": "true", "kms_key_id": "key-2", "disk_name": "data1"},
                   {"category": "cloud_auto", "size": 500, "bursting_enabled": true, "provisioned_iops": 3000}],
    "disk_init": [{"disk_name": "data1", "mkfs_type": "ext4", "mount_target": "/mnt/disk0", "mount_for_runtime": true}],
    "security_group_ids": ["sg-web0002"], "key_pair": "ops-key", "login_as_non_root": true,
    "internet_charge_type": "PayByTraffic", "internet_max_bandwidth_out": 10,
    "image_type": "AliyunLinux3", "security_hardening_os": false, "deploymentset_id": "ds-1",
    "ram_role_name": "my-role", "instance_metadata_options": {"http_tokens": "required"},
    "tags": [{"key": "cost", "value": "42"}], "rds_instances": ["rm-1"], "spot_instance_remedy": false,
    "private_pool_options": {"match_criteria": "Target", "id": "eap-1"},
    "cpu_options": {"nested_virtualization": "enabled"}, "soc_enabled": false,
    "instance_patterns": [{"cores": 4, "memory": 16, "cpu_architectures": ["X86"]}]
  },
  "auto_scaling": {"enable": false},
  "management": {"enable": true, "auto_repair": true,
    "auto_repair_policy": {"restart_node": false, "max_parallel_repairing_nodes": "2", "max_unhealthy_nodes_threshold": "50%"},
    "auto_vul_fix": true, "auto_vul_fix_policy": {"vul_level": "asap,later", "exclude_packages": "kernel"},
    "auto_upgrade": true, "auto_upgrade_policy": {"auto_upgrade_os": true},
    "upgrade_config": {"surge": 1, "max_unavailable": 2}},
  "kubernetes_config": {
    "labels": [{"key": "workload", "value": "batch"}, {"key": "flag"}],
    "taints": [{"key": "dedicated", "value": "batch", "effect": "NoSchedule"}],
    "runtime": "containerd", "runtime_version": "1.6.36", "cpu_policy": "static",
    "node_name_mode": "customized,batch-,ip,-n",
    "user_data": "IyEvYmluL2Jhc2gKZWNobyBoaQo=",
    "unschedulable": true, "cms_enabled": true
  },
  "node_components": [{"name": "kubelet", "version": "1.33.3-aliyun.1"}],
  "node_config": {"kubelet_configuration": {"maxPods": 110, "evictionHard": {"memory.available": "300Mi"},
    "featureGates": {"A": true, "B": false}, "allowedUnsafeSysctls": ["net.core.somaxconn"],
    "reservedMemory": [{"numaNode": 0, "limits": {"memory": "1Gi"}}], "tracing": {"endpoint": "localhost:4317"}}},
  "tee_config": {"tee_enable": false},
  "auto_mode": {"enable": false}
}`

func parseBody(t *testing.T, body string) *model.NodePool {
	t.Helper()
	np, err := model.Parse([]byte(body), "test body")
	if err != nil {
		t.Fatal(err)
	}
	return np
}

func canonical(t *testing.T, np *model.NodePool) string {
	t.Helper()
	data, err := json.Marshal(np)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	out, _ := json.MarshalIndent(v, "", " ")
	return string(out)
}

func TestBuildReturnsTheEightStepsInOrder(t *testing.T) {
	fx := newFixture(t, nil)
	var ids []string
	for _, s := range fx.steps {
		ids = append(ids, s.ID)
		if s.Title == "" || len(s.Owns) == 0 || s.Sync == nil || s.Pending == nil {
			t.Errorf("step %s is incomplete: %+v", s.ID, s)
		}
		if len(s.Keys) != len(s.Groups) {
			t.Errorf("step %s: %d key lists for %d groups", s.ID, len(s.Keys), len(s.Groups))
		}
		for i, g := range s.Groups {
			var got []string
			for _, f := range groupFields(g) {
				got = append(got, f.GetKey())
			}
			if !slices.Equal(got, s.Keys[i]) {
				t.Errorf("step %s group %d: Keys %v, fields %v", s.ID, i, s.Keys[i], got)
			}
		}
	}
	want := []string{"target", "basics", "instances", "disks", "network", "management", "kubernetes", "advanced"}
	if !slices.Equal(ids, want) {
		t.Errorf("steps %v, want %v", ids, want)
	}
}

func TestUntouchedStepsAddNothing(t *testing.T) {
	fx := newFixture(t, nil)
	fx.sync()
	// Billing is required by the API, so its default choice is sent; nothing else is.
	if got := jsonOf(t, fx.np); got != `{"scaling_group":{"instance_charge_type":"PostPaid"}}` {
		t.Errorf("an empty request grew keys nobody chose:\n%s", got)
	}
	for _, s := range fx.steps {
		if ps := s.Pending(); len(ps) > 0 {
			t.Errorf("step %s has pending problems on an empty form: %v", s.ID, ps)
		}
	}
}

func TestStepsKeepWhatTheyDoNotChange(t *testing.T) {
	np := parseBody(t, richBody)
	want := canonical(t, np)
	fx := newFixture(t, np)
	fx.sync()
	if got := canonical(t, fx.np); got != want {
		t.Errorf("syncing unchanged forms changed the request:\n got %s\nwant %s", got, want)
	}
	// Into a fresh model too: every value comes back from the forms' own bindings.
	fresh := &model.NodePool{}
	for _, s := range fx.steps {
		s.Sync(fresh)
	}
	if got := canonical(t, fresh); got != want {
		t.Errorf("the forms do not carry every value:\n got %s\nwant %s", got, want)
	}
}

func TestEveryFieldHasTitleHelpAndAKnownKey(t *testing.T) {
	fx := newFixture(t, parseBody(t, richBody))
	for _, s := range fx.steps {
		for _, keys := range s.Keys {
			for _, k := range keys {
				help := forms.FieldHelp(k)
				if len(help) < 40 {
					t.Errorf("step %s: FieldHelp(%q) is too thin: %q", s.ID, k, help)
				}
				if _, ok := model.Field(k); !ok && !strings.Contains("region login_method "+forms.ShowAdvancedKey, k) {
					t.Errorf("step %s: key %q is not a wire path", s.ID, k)
				}
			}
		}
	}
}

// TestEveryFieldIsReachable checks that every non-deprecated scalar or list field of the
// reference can be set from some step (directly or inside a list syntax).
func TestEveryFieldIsReachable(t *testing.T) {
	fx := newFixture(t, nil)
	var keys []string
	for _, s := range fx.steps {
		for _, ks := range s.Keys {
			keys = append(keys, ks...)
		}
	}
	// Fields written by a field with another key.
	setBy := map[string]string{"kubernetes_config.runtime_version": "kubernetes_config.runtime"}
	covered := func(path string) bool {
		if k, ok := setBy[path]; ok {
			path = k
		}
		for _, k := range keys {
			if path == k || strings.HasPrefix(path, k+".") || strings.HasPrefix(path, k+"[]") {
				return true
			}
		}
		return false
	}
	for _, fi := range model.Fields() {
		if fi.Deprecated || fi.Type == "object" || strings.HasPrefix(fi.Path, "interconnect_config") || fi.Path == "max_nodes" {
			continue
		}
		if !covered(fi.Path) {
			t.Errorf("no step edits %s", fi.Path)
		}
	}
}

// owner finds the step that owns a problem path: the longest Owns entry that equals
// the path or that the path continues with "." or "[" (what the UI does).
func owner(steps []forms.Step, path string) string {
	best, bestLen := "", -1
	for _, s := range steps {
		for _, p := range s.Owns {
			if (path == p || strings.HasPrefix(path, p+".") || strings.HasPrefix(path, p+"[")) && len(p) > bestLen {
				best, bestLen = s.ID, len(p)
			}
		}
	}
	return best
}

func TestEveryRequestPathHasAnOwningStep(t *testing.T) {
	fx := newFixture(t, nil)
	for _, fi := range model.Fields() {
		if owner(fx.steps, strings.ReplaceAll(fi.Path, "[]", "[0]")) == "" {
			t.Errorf("no step owns %s", fi.Path)
		}
	}
	for _, s := range fx.steps {
		for _, keys := range s.Keys {
			for _, k := range keys {
				if _, ok := model.Field(k); ok {
					if got := owner(fx.steps, k); got != s.ID {
						t.Errorf("%s is edited on %s but its problems go to %s", k, s.ID, got)
					}
				}
			}
		}
	}
	for path, want := range map[string]string{
		"nodepool_info":                     forms.StepBasics,
		"scaling_group":                     forms.StepInstances,
		"scaling_group.data_disks[1].size":  forms.StepDisks,
		"kubernetes_config.runtime_version": forms.StepKubernetes,
		"management.upgrade_config.surge":   forms.StepManagement,
		"scaling_group.security_group_id":   forms.StepNetwork,
		"node_config.kubelet_configuration": forms.StepAdvanced,
		"scaling_group.spot_price_limit[0]": forms.StepInstances,
		"ClusterId":                         forms.StepTarget,
	} {
		if got := owner(fx.steps, path); got != want {
			t.Errorf("%s goes to %q, want %q", path, got, want)
		}
	}
}

// TestEachFieldIsBoundOnOneStep guards against two steps syncing the same path, where
// the step synced last would overwrite the other's edits with a stale value.
func TestEachFieldIsBoundOnOneStep(t *testing.T) {
	fx := newFixture(t, nil)
	seen := map[string]string{}
	for _, s := range fx.steps {
		for _, keys := range s.Keys {
			for _, k := range keys {
				if other, ok := seen[k]; ok && other != s.ID {
					t.Errorf("%s is bound on %s and %s", k, other, s.ID)
				}
				seen[k] = s.ID
			}
		}
	}
}

// A step built headless binds what the whole step binds: the same paths owned, the
// same keys per page, the same request after syncing, and its Full builds the
// whole step.
func TestBuildLazyBindsAsBuild(t *testing.T) {
	for name, body := range map[string]string{"empty": `{}`, "rich": richBody} {
		t.Run(name, func(t *testing.T) {
			eagerNP, err := model.Parse([]byte(body), "eager")
			if err != nil {
				t.Fatal(err)
			}
			lazyNP := eagerNP.Clone()
			env := func() *forms.Env { return &forms.Env{Catalog: formstest.NewCatalog()} }
			eager, lazy := steps.Build(eagerNP, env()), steps.BuildLazy(lazyNP, env())
			for i := range eager {
				eager[i].Sync(eagerNP)
				lazy[i].Sync(lazyNP)
				if !reflect.DeepEqual(eager[i].Owns, lazy[i].Owns) || !reflect.DeepEqual(eager[i].Keys, lazy[i].Keys) {
					t.Errorf("step %s: headless owns %v, keys %v; whole owns %v, keys %v", eager[i].ID, lazy[i].Owns, lazy[i].Keys, eager[i].Owns, eager[i].Keys)
				}
				full := lazy[i].Full()
				if full.Full != nil || len(full.Groups) != len(eager[i].Groups) || !reflect.DeepEqual(full.Keys, eager[i].Keys) {
					t.Errorf("step %s: Full builds %d pages (Full %v), want %d", eager[i].ID, len(full.Groups), full.Full != nil, len(eager[i].Groups))
				}
			}
			a, _ := model.EncodeJSON(eagerNP, false)
			b, _ := model.EncodeJSON(lazyNP, false)
			if string(a) != string(b) {
				t.Errorf("after syncing, headless steps give\n%s\nwhole steps\n%s", b, a)
			}
		})
	}
}
