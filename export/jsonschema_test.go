package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"sigs.k8s.io/yaml"
)

// presetOptional mirrors what presets.Validate fills with placeholders.
var presetOptional = []string{"scaling_group.vswitch_ids", "nodepool_info.name"}

// compileSchema compiles a generated schema with an independent validator; compiling
// also checks the schema against the draft 2020-12 metaschema.
func compileSchema(t *testing.T, id string, s map[string]any) *jsonschema.Schema {
	t.Helper()
	data, err := MarshalSchema(s)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(id)
	if err != nil {
		t.Fatalf("the generated schema does not compile: %v", err)
	}
	return sch
}

// yamlDoc reads a YAML or JSON file as the generic value a validator checks.
func yamlDoc(t *testing.T, data []byte) any {
	t.Helper()
	js, err := yaml.YAMLToJSON(data)
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestSchemaAcceptsPresetsAndExamples(t *testing.T) {
	request := compileSchema(t, RequestSchemaID, RequestSchema())
	preset := compileSchema(t, PresetSchemaID, PresetSchema(64, 1, presetOptional))

	presetFiles, _ := filepath.Glob("../presets/builtin/*.yaml")
	if len(presetFiles) < 4 {
		t.Fatalf("found %d built-in presets", len(presetFiles))
	}
	for _, f := range presetFiles {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := preset.Validate(yamlDoc(t, data)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	requests, _ := filepath.Glob("../examples/*")
	requests = append(requests, "testdata/request.yaml", "testdata/provider-limits.yaml")
	valid := 0
	for _, f := range requests {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		err = request.Validate(yamlDoc(t, data))
		switch {
		case strings.Contains(filepath.Base(f), "bad"):
			if err == nil {
				t.Errorf("%s: the schema accepts an invalid request", f)
			}
		case err != nil:
			t.Errorf("%s: %v", f, err)
		default:
			valid++
		}
	}
	if valid < 3 {
		t.Errorf("only %d valid example requests checked", valid)
	}
}

// TestSchemaRejectsBadRequests: what the schema is for: unknown keys (with the
// typo's path), wrong types, values outside an enum or range, missing required keys.
func TestSchemaRejectsBadRequests(t *testing.T) {
	request := compileSchema(t, RequestSchemaID, RequestSchema())
	base := "nodepool_info: {name: a}\nscaling_group: {vswitch_ids: [vsw-1], instance_types: [ecs.g7.large], instance_charge_type: PostPaid}\n"
	if err := request.Validate(yamlDoc(t, []byte(base))); err != nil {
		t.Fatalf("the minimal request is refused: %v", err)
	}
	bad := map[string]string{
		"unknown key":    base + "scalinggroup: {}\n",
		"unknown nested": strings.Replace(base, "name: a", "name: a, nmae: b", 1),
		"wrong type":     base + "count: three\n",
		"enum":           strings.Replace(base, "PostPaid", "Monthly", 1),
		"range":          base + "auto_scaling: {max_instances: 5000}\n",
		"required":       "nodepool_info: {name: a}\n",
		"pattern":        base + "management: {auto_repair_policy: {max_parallel_repairing_nodes: 'lots'}}\n",
		"item enum":      base + "kubernetes_config: {taints: [{key: k, effect: Sometimes}]}\n",
	}
	for name, doc := range bad {
		if err := request.Validate(yamlDoc(t, []byte(doc))); err == nil {
			t.Errorf("%s: accepted:\n%s", name, doc)
		}
	}
}

func TestPresetSchemaRejectsBadPresets(t *testing.T) {
	preset := compileSchema(t, PresetSchemaID, PresetSchema(64, 1, presetOptional))
	good := "version: 1\nname: web\nrequest:\n  scaling_group: {instance_types: [ecs.g7.large], instance_charge_type: PostPaid}\n"
	if err := preset.Validate(yamlDoc(t, []byte(good))); err != nil {
		t.Fatalf("a preset without vSwitches is refused: %v", err)
	}
	for name, doc := range map[string]string{
		"no request":    "version: 1\nname: web\n",
		"newer version": strings.Replace(good, "version: 1", "version: 7", 1),
		"bad name":      strings.Replace(good, "name: web", "name: ../web", 1),
		"unknown key":   good + "owner: me\n",
		"bad request":   good + "  count: many\n",
	} {
		if err := preset.Validate(yamlDoc(t, []byte(doc))); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
