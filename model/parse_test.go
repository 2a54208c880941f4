package model

import (
	"errors"
	"strings"
	"testing"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, doc string
		wantLine  int
		wantPath  string
		wantInMsg string
	}{
		{"unknown key suggests closest", `{"scaling_group": {"instance_type": ["ecs.g7.large"]}}`, 1, "scaling_group.instance_type", "did you mean instance_types?"},
		{"unknown key in YAML has line", "nodepool_info:\n  name: a\nscaling_group:\n  vswitch_id: [vsw-1]\n", 4, "scaling_group.vswitch_id", "did you mean vswitch_ids?"},
		{"snake case kubelet key suggests camelCase", "node_config:\n  kubelet_configuration:\n    max_pods: 10\n", 3, "node_config.kubelet_configuration.max_pods", "did you mean maxPods?"},
		{"boolean where string expected says quote", "scaling_group:\n  data_disks:\n  - encrypted: true\n", 3, "scaling_group.data_disks[0].encrypted", `quote it: "true"`},
		{"number price limit says quote", `{"scaling_group":{"spot_price_limit":[{"price_limit":0.39}]}}`, 1, "scaling_group.spot_price_limit[0].price_limit", `quote it: "0.39"`},
		{"string where integer expected", "scaling_group:\n  system_disk_size: \"40\"\n", 2, "scaling_group.system_disk_size", "remove the quotes"},
		{"fraction for integer", `{"count": 1.5}`, 1, "count", "expected an integer"},
		{"scalar for array", "scaling_group:\n  vswitch_ids: vsw-1\n", 2, "scaling_group.vswitch_ids", `write a list, e.g. ["vsw-1"]`},
		{"duplicate key", "{\"count\": 1,\n \"count\": 2}", 2, "count", "duplicate key"},
		{"JSON syntax error has line", "{\n\"count\": 1,\n\"x\" 2}", 3, "", "invalid JSON"},
		{"YAML syntax error has line", "a: b\n c: d\n  - e\n", 2, "", "invalid YAML"},
		{"truncated JSON", "{\"count\": 1", 1, "", "unexpected end of file"},
		{"top level array", "[1]", 1, "", "expected a request object"},
		{"empty", "  \n", 0, "", "empty"},
		{"feature gate must be boolean", `{"node_config":{"kubelet_configuration":{"featureGates":{"Foo":"yes"}}}}`, 1, "node_config.kubelet_configuration.featureGates.Foo", "expected a boolean"},
		{"deep JSON nesting", "{\"a\":" + strings.Repeat("[", 5000), 1, "", "too deep"},
		{"deep YAML nesting", "a: " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000), 1, "", "too deep"},
		{"secret is not echoed", `{"scaling_group":{"login_password":12345678}}`, 1, "scaling_group.login_password", "expected a string, got a number"},
		{"two YAML documents", "count: 1\n---\ncount: 2\n", 2, "", "more than one YAML document"},
		{"ClusterId in body", `{"ClusterId":"c1"}`, 1, "ClusterId", "--cluster"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.doc), "req.yaml")
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse error = %v, want *ParseError", err)
			}
			if pe.Line != tt.wantLine || pe.Path != tt.wantPath || !strings.Contains(pe.Message, tt.wantInMsg) {
				t.Errorf("got line %d path %q msg %q; want line %d path %q msg containing %q", pe.Line, pe.Path, pe.Message, tt.wantLine, tt.wantPath, tt.wantInMsg)
			}
			if strings.Contains(pe.Error(), "12345678") {
				t.Errorf("secret echoed: %s", pe.Error())
			}
			if pe.Source != "req.yaml" || !strings.HasPrefix(pe.Error(), "req.yaml:") {
				t.Errorf("Error() = %q, want it to start with the source name", pe.Error())
			}
		})
	}
}

func TestParseJSONAndYAMLAgree(t *testing.T) {
	jsonDoc := `{"nodepool_info":{"name":"np"},"scaling_group":{"instance_types":["ecs.g7.large"],"data_disks":[{"size":120,"encrypted":"true"}],"desired_size":2},
	"node_config":{"kubelet_configuration":{"featureGates":{"A":true},"evictionHard":{"memory.available":"300Mi"}}},
	"node_components":[{"name":"kubelet","config":{"custom_config":{"cpuManagerPolicy":"static","n":3}}}],"scaling_group2":null}`
	jsonDoc = strings.Replace(jsonDoc, `,"scaling_group2":null`, "", 1)
	yamlDoc := `
nodepool_info: {name: np}
scaling_group:
  instance_types: [ecs.g7.large]
  data_disks:
    - size: 120
      encrypted: "true"
  desired_size: 2
node_config:
  kubelet_configuration:
    featureGates: {A: true}
    evictionHard: {memory.available: 300Mi}
node_components:
  - name: kubelet
    config:
      custom_config: {cpuManagerPolicy: static, n: 3}
`
	a, err := Parse([]byte(jsonDoc), "a.json")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse([]byte(yamlDoc), "b.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ja, _ := EncodeJSON(a, false)
	jb, _ := EncodeJSON(b, false)
	if string(ja) != string(jb) {
		t.Errorf("JSON and YAML differ:\n%s\n%s", ja, jb)
	}
}

func TestParseNullLeavesUnset(t *testing.T) {
	np, err := Parse([]byte(`{"count": null, "scaling_group": {"key_pair": null}}`), "x.json")
	if err != nil {
		t.Fatal(err)
	}
	if np.Count != nil || np.ScalingGroup.KeyPair != nil {
		t.Errorf("null should leave fields unset: %+v", np)
	}
}

func TestParseReportsEveryProblem(t *testing.T) {
	doc := "nodepool_info:\n  nmae: np\nscaling_group:\n  system_disk_size: \"40\"\n  vswitch_id: [a]\n  data_disks:\n  - encrypted: true\n"
	_, err := Parse([]byte(doc), "multi.yaml")
	all := AllParseErrors(err)
	want := []string{
		"multi.yaml:2:3: nodepool_info.nmae: unknown field; did you mean name?",
		`multi.yaml:4:21: scaling_group.system_disk_size: expected an integer, got a string ("40"); remove the quotes`,
		"multi.yaml:5:3: scaling_group.vswitch_id: unknown field; did you mean vswitch_ids?",
		`multi.yaml:7:16: scaling_group.data_disks[0].encrypted: expected a string, got a boolean; quote it: "true"`,
	}
	if len(all) != len(want) {
		t.Fatalf("got %d problems, want %d: %v", len(all), len(want), err)
	}
	for i, w := range want {
		if all[i].Error() != w {
			t.Errorf("problem %d = %q, want %q", i, all[i].Error(), w)
		}
	}
	var first *ParseError
	if !errors.As(err, &first) || first != all[0] {
		t.Error("errors.As does not find the first problem")
	}
	if !strings.Contains(err.Error(), "\n") {
		t.Error("Error() should list every problem on its own line")
	}
}
