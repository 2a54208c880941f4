package model

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestPathSetTextAndText(t *testing.T) {
	tests := []struct {
		name, path, raw, want string
	}{
		{name: "integer", path: PathScalingGroupSystemDiskSize, raw: " 120 ", want: "120"},
		{name: "boolean", path: PathAutoScalingEnable, raw: "true", want: "true"},
		{name: "number", path: "scaling_group.instance_patterns[0].memory", raw: "1.5", want: "1.5"},
		{name: "string list", path: PathScalingGroupVSwitchIDs, raw: "vsw-a, ,vsw-b", want: "vsw-a,vsw-b"},
		{name: "list item", path: "scaling_group.instance_types[0]", raw: "ecs.g7.large", want: "ecs.g7.large"},
		{name: "map entry", path: "node_config.kubelet_configuration.evictionHard.memory.available", raw: "300Mi", want: "300Mi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			np := &NodePool{}
			p := MustPath(tt.path)
			if err := p.SetText(np, tt.raw); err != nil {
				t.Fatal(err)
			}
			if got := p.Text(np); got != tt.want {
				t.Errorf("Text = %q, want %q", got, tt.want)
			}
			if !p.IsSet(np) {
				t.Error("IsSet = false after SetText")
			}
		})
	}
}

func TestPathSetTextErrors(t *testing.T) {
	for path, tt := range map[string]struct{ raw, want string }{
		PathScalingGroupSystemDiskSize:                 {"12O", `"12O" is not a whole number`},
		PathAutoScalingEnable:                          {"maybe", `"maybe" is not true or false`},
		"scaling_group.instance_patterns[0].max_price": {"lots", `"lots" is not a number`},
		PathScalingGroup:                               {"x", "is an object"},
	} {
		np := &NodePool{}
		err := MustPath(path).SetText(np, tt.raw)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s=%s: error %v, want %q", path, tt.raw, err, tt.want)
		}
	}
}

// TestPathClearPrunes checks that clearing the last field of an object removes the
// object, so the body carries no empty "scaling_group": {}.
func TestPathClearPrunes(t *testing.T) {
	np := &NodePool{}
	size := MustPath(PathScalingGroupSystemDiskSize)
	if err := size.SetText(np, "40"); err != nil {
		t.Fatal(err)
	}
	policy := MustPath(PathManagementAutoRepairPolicyRestartNode)
	if err := policy.Set(np, ptr(true)); err != nil {
		t.Fatal(err)
	}
	size.Clear(np)
	policy.Clear(np)
	if b, _ := json.Marshal(np); string(b) != "{}" {
		t.Errorf("after clearing: %s, want {}", b)
	}
	// clearing what is not there creates nothing
	MustPath(PathKubernetesConfigLabels).Clear(np)
	if np.KubernetesConfig != nil {
		t.Error("Clear created kubernetes_config")
	}
}

func TestPathGetSetTyped(t *testing.T) {
	np := &NodePool{}
	labels := MustPath(PathKubernetesConfigLabels)
	if _, ok := labels.Get(np); ok {
		t.Fatal("unset labels reported set")
	}
	want := []Label{{Key: ptr("a"), Value: ptr("1")}}
	if err := labels.Set(np, want); err != nil {
		t.Fatal(err)
	}
	got, ok := labels.Get(np)
	if !ok || len(got.([]Label)) != 1 || *got.([]Label)[0].Key != "a" {
		t.Errorf("Get = %v, %v", got, ok)
	}
	if err := labels.Set(np, []string{"x"}); err == nil {
		t.Error("Set accepted a value of the wrong type")
	}
	if err := labels.Set(np, []Label(nil)); err != nil || np.KubernetesConfig != nil {
		t.Errorf("Set(nil) did not clear and prune: %v, %+v", err, np.KubernetesConfig)
	}
	key := MustPath("kubernetes_config.labels[1].key")
	if err := key.SetText(np, "b"); err == nil {
		t.Error("SetText at index 1 of an empty list left a hole")
	}
}

func TestParsePathErrors(t *testing.T) {
	for path, want := range map[string]string{
		"scaling_group.system_disk_sise":    "did you mean scaling_group.system_disk_size?",
		"scaling_group.system_disk_size[0]": "is not an array",
		"kubernetes_config.labels.key":      "give an index",
		"":                                  "empty path",
	} {
		if _, err := ParsePath(path); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParsePath(%q) = %v, want %q", path, err, want)
		}
	}
}

// FuzzPath feeds arbitrary paths and values to the path engine: it must return errors,
// never panic, and a cleared path must read as unset.
func FuzzPath(f *testing.F) {
	for _, seed := range [][2]string{
		{"scaling_group.desired_size", "3"},
		{"kubernetes_config.labels[0].key", "app"},
		{"node_config.kubelet_configuration.evictionHard.memory.available", "300Mi"},
		{"scaling_group.instance_types[1]", "ecs.g7.large"},
		{"scaling_group.data_disks[0]", ""},
		{"node_components[0].config.custom_config", "a=1,b=2"},
		{"scaling_group..x[", "1"},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, path, raw string) {
		np := &NodePool{}
		_ = SetPath(np, path, raw)
		p, err := ParsePath(path)
		if err != nil {
			return
		}
		_ = p.SetText(np, raw)
		_ = p.Text(np)
		_, _ = p.Get(np)
		p.Clear(np)
		if p.IsSet(np) && p.key == "" && p.last().index < 0 {
			t.Errorf("%s is still set after Clear", path)
		}
	})
}

// Covers holds a path to its own prefix only at a "." or "[".
func TestCovers(t *testing.T) {
	for _, c := range []struct {
		prefix, path string
		want         bool
	}{
		{"scaling_group.data_disks", "scaling_group.data_disks", true},
		{"scaling_group.data_disks", "scaling_group.data_disks[0].size", true},
		{"scaling_group", "scaling_group.data_disks", true},
		{"scaling_group.data", "scaling_group.data_disks", false},
		{"scaling_group.data_disks[0]", "scaling_group.data_disks[0].size", true},
		{"scaling_group.data_disks", "scaling_group", false},
		{"", "anything", true},
	} {
		if got := Covers(c.prefix, c.path); got != c.want {
			t.Errorf("Covers(%q, %q) = %v, want %v", c.prefix, c.path, got, c.want)
		}
	}
}
