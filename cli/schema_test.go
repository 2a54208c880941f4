package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ackpool/export"
	"ackpool/model"
	"ackpool/presets"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"sigs.k8s.io/yaml"
)

func TestSchemaCommandPrintsBothSchemas(t *testing.T) {
	presetEnv(t)
	for arg, id := range map[string]string{"": export.RequestSchemaID, "request": export.RequestSchemaID, "preset": export.PresetSchemaID} {
		args := []string{"schema"}
		if arg != "" {
			args = append(args, arg)
		}
		out, errOut, code := runPresetCLI(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		var doc map[string]any
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("%v: not JSON: %v", args, err)
		}
		if doc["$id"] != id || doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
			t.Errorf("%v: $id %v, $schema %v", args, doc["$id"], doc["$schema"])
		}
	}
	if _, errOut, code := runPresetCLI(t, "", "schema", "cluster"); code != exitUsage || !strings.Contains(errOut, "request or preset") {
		t.Errorf("schema cluster: exit %d, %s", code, errOut)
	}
}

// TestSavedPresetPointsAtInstalledSchema: a preset saved by the CLI starts with the
// yaml-language-server line, and the file it names exists.
func TestSavedPresetPointsAtInstalledSchema(t *testing.T) {
	dir := presetEnv(t)
	file := writeTemp(t, "web.yaml", presetBody)
	if _, errOut, code := runPresetCLI(t, "", "preset", "save", "web", "--file", file); code != 0 {
		t.Fatalf("save: %d %s", code, errOut)
	}
	data, err := os.ReadFile(filepath.Join(dir, "web.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(string(data), "\n")
	if first != "# yaml-language-server: $schema="+presets.PresetSchemaRef {
		t.Fatalf("first line %q", first)
	}
	schemaPath := filepath.Join(dir, presets.PresetSchemaRef)
	schemaData, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatalf("the schema the preset names is not there: %v", err)
	}
	// The saved file (metadata, timestamps, request) is valid under that schema.
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaData))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("preset.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("preset.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	js, err := yaml.YAMLToJSON(data)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("the saved preset does not match its schema: %v\n%s", err, data)
	}
}

// TestDryRunYAMLStartsWithSchemaLine: --dry-run --output yaml names the installed
// request schema and parses back to the same request.
func TestDryRunYAMLStartsWithSchemaLine(t *testing.T) {
	presetEnv(t)
	file := writeTemp(t, "pool.yaml", "nodepool_info: {name: web}\nscaling_group: {vswitch_ids: [vsw-1], instance_types: [ecs.g7.large], instance_charge_type: PostPaid, desired_size: 2}\n")
	out, errOut, code := runPresetCLI(t, "", "create", "--file", file, "--dry-run", "--output", "yaml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	first, rest, _ := strings.Cut(out, "\n")
	ref, ok := strings.CutPrefix(first, "# yaml-language-server: $schema=")
	if !ok {
		t.Fatalf("first line %q", first)
	}
	if _, err := os.Stat(ref); err != nil {
		t.Errorf("%s: %v", ref, err)
	}
	np, err := model.Parse([]byte(rest), "out")
	if err != nil {
		t.Fatal(err)
	}
	if *np.ScalingGroup.DesiredSize != 2 || np.NodepoolInfo.Name == nil || *np.NodepoolInfo.Name != "web" {
		t.Errorf("round trip lost values: %+v", np)
	}
}
