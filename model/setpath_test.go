package model

import (
	"strings"
	"testing"
)

func TestSetPath(t *testing.T) {
	np := &NodePool{}
	steps := [][2]string{
		{"scaling_group.desired_size", "3"},
		{"scaling_group.instance_types", "ecs.g7.large, ecs.g6.large"},
		{"scaling_group.instance_types[2]", "ecs.c7.large"},
		{"kubernetes_config.labels[0].key", "app"},
		{"node_config.kubelet_configuration.featureGates.Foo", "true"},
		{"node_config.kubelet_configuration.evictionHard.memory.available", "300Mi"},
		{"node_components[0].config.custom_config.cpuManagerPolicy", "static"},
		{"node_components[0].config.custom_config.n", "3"},
		{"scaling_group.instance_patterns[0].max_memory_size", "16.5"},
		{"auto_scaling.enable", "true"},
		{"scaling_group.data_disks[0].encrypted", "true"},
	}
	for _, s := range steps {
		if err := SetPath(np, s[0], s[1]); err != nil {
			t.Fatalf("SetPath(%s=%s): %v", s[0], s[1], err)
		}
	}
	got, _ := EncodeJSON(np, false)
	want := `{"auto_scaling":{"enable":true},"kubernetes_config":{"labels":[{"key":"app"}]},"node_components":[{"config":{"custom_config":{"cpuManagerPolicy":"static","n":3}}}],"node_config":{"kubelet_configuration":{"evictionHard":{"memory.available":"300Mi"},"featureGates":{"Foo":true}}},"scaling_group":{"data_disks":[{"encrypted":"true"}],"desired_size":3,"instance_patterns":[{"max_memory_size":16.5}],"instance_types":["ecs.g7.large","ecs.g6.large","ecs.c7.large"]}}`
	if string(got) != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// Empty values unset.
	for _, p := range []string{"scaling_group.desired_size", "scaling_group.instance_types[0]", "kubernetes_config.labels[0]", "node_config.kubelet_configuration.featureGates.Foo"} {
		if err := SetPath(np, p, ""); err != nil {
			t.Fatalf("unset %s: %v", p, err)
		}
	}
	if np.ScalingGroup.DesiredSize != nil || len(np.ScalingGroup.InstanceTypes) != 2 || len(np.KubernetesConfig.Labels) != 0 || np.NodeConfig.KubeletConfiguration.FeatureGates != nil {
		t.Errorf("unset did not work: %+v", np.ScalingGroup)
	}
}

func TestSetPathErrors(t *testing.T) {
	tests := []struct{ path, raw, want string }{
		{"scaling_group.instance_type", "x", "did you mean scaling_group.instance_types?"},
		{"scaling_group.desired_size", "three", `"three" is not an integer`},
		{"auto_scaling.enable", "maybe", "is not a boolean"},
		{"scaling_group", "x", "is an object"},
		{"scaling_group.data_disks.size", "40", "give an index"},
		{"scaling_group.desired_size[0]", "1", "is not an array"},
		{"scaling_group.data_disks[5000].size", "1", "too large"},
		{"scaling_group.data_disks[x].size", "1", "must be a number"},
		{"node_config.kubelet_configuration.featureGates.Foo", "perhaps", "is not a boolean"},
		{"", "x", "empty path"},
		// An index past the end would leave empty items that reach the service.
		{"scaling_group.instance_types[3]", "ecs.g7.large", "scaling_group.instance_types has 0 items; use an index from 0 to 0"},
		{"kubernetes_config.labels[2].key", "app", "kubernetes_config.labels has 0 items; use an index from 0 to 0"},
		// Unsetting an item that is not there is a mistake worth saying, not a silent no-op.
		{"scaling_group.instance_types[3]", "", "scaling_group.instance_types has 0 items; nothing to remove at index 3"},
		{"kubernetes_config.labels[1]", "", "kubernetes_config.labels has 0 items; nothing to remove at index 1"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			err := SetPath(&NodePool{}, tt.path, tt.raw)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("SetPath(%q, %q) = %v, want an error containing %q", tt.path, tt.raw, err, tt.want)
			}
		})
	}
}

func TestCloneIsDeep(t *testing.T) {
	np := &NodePool{}
	_ = SetPath(np, "scaling_group.instance_types", "a,b")
	_ = SetPath(np, "node_components[0].config.custom_config.x", `{"y":[1,2]}`)
	c := np.Clone()
	c.ScalingGroup.InstanceTypes[0] = "changed"
	c.NodeComponents[0].Config.CustomConfig["x"].(map[string]any)["y"] = nil
	if np.ScalingGroup.InstanceTypes[0] != "a" || np.NodeComponents[0].Config.CustomConfig["x"].(map[string]any)["y"] == nil {
		t.Error("Clone shares memory with the original")
	}
	if (*NodePool)(nil).Clone() != nil {
		t.Error("nil Clone should be nil")
	}
}

func TestRedact(t *testing.T) {
	np := &NodePool{}
	_ = SetPath(np, "scaling_group.login_password", "Secret123!")
	_ = SetPath(np, "kubernetes_config.user_data", "c2VjcmV0")
	r := Redact(np)
	js, _ := EncodeJSON(r, false)
	if strings.Contains(string(js), "Secret123!") || strings.Contains(string(js), "c2VjcmV0") {
		t.Errorf("secret leaked: %s", js)
	}
	if *r.ScalingGroup.LoginPassword != Mask || *r.KubernetesConfig.UserData != Mask || r.KubernetesConfig.PreUserData != nil {
		t.Errorf("unexpected redaction: %s", js)
	}
	if *np.ScalingGroup.LoginPassword != "Secret123!" {
		t.Error("Redact changed its input")
	}
	for _, p := range []string{"scaling_group.login_password", "kubernetes_config.user_data", "kubernetes_config.pre_user_data"} {
		if !IsSecret(p) {
			t.Errorf("IsSecret(%s) = false", p)
		}
	}
	if IsSecret("scaling_group.key_pair") {
		t.Error("key_pair is not a secret")
	}
}

func TestEncodeJSONNoHTMLEscape(t *testing.T) {
	np := &NodePool{}
	_ = SetPath(np, "kubernetes_config.labels[0].value", "a<b&c")
	js, _ := EncodeJSON(np, true)
	if !strings.Contains(string(js), `"a<b&c"`) || strings.HasSuffix(string(js), "\n") {
		t.Errorf("EncodeJSON = %s", js)
	}
}

func TestFieldCatalog(t *testing.T) {
	fi, ok := Field("scaling_group.data_disks[3].size")
	if !ok || fi.Path != "scaling_group.data_disks[].size" || fi.Min == nil || *fi.Min != 40 {
		t.Errorf("Field(data_disks[3].size) = %+v, %v", fi, ok)
	}
	if fi, ok := Field("node_config.kubelet_configuration.evictionHard.memory.available"); !ok || fi.MapValueType != "string" {
		t.Errorf("map entry lookup = %+v, %v", fi, ok)
	}
	if _, ok := Field("scaling_group.nope"); ok {
		t.Error("unknown path found")
	}
	if fi, _ := Field("scaling_group.period"); len(fi.EnumBy["scaling_group.period_unit=Week"]) != 4 {
		t.Errorf("enum_by = %v", fi.EnumBy)
	}
	if n := len(Fields()); n != 221 {
		t.Errorf("Fields() has %d entries, want 221", n)
	}
}
