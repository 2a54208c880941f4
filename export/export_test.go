package export

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2/hclwrite"

	"ackpool/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./export -update rewrites it):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

// sample parses testdata/request.yaml: a request with secrets, lists, maps, blocks,
// awkward characters and fields Terraform cannot express.
func sample(t *testing.T) *model.NodePool {
	t.Helper()
	return parseFile(t, "testdata/request.yaml")
}

// parseFile parses a request file.
func parseFile(t *testing.T, path string) *model.NodePool {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	np, err := model.Parse(data, path)
	if err != nil {
		t.Fatal(err)
	}
	return np
}

var target = Target{ClusterID: "c61da77e8bfbc4c4c999af2b51b65abcd", RegionID: "cn-hangzhou"}

func TestGolden(t *testing.T) {
	tests := map[string]struct {
		format Format
		target Target
		opts   Options
	}{
		"body.json.golden":             {JSON, target, Options{}},
		"request.yaml.golden":          {YAML, target, Options{SchemaRef: "/home/me/.config/ackpool/schema/request.schema.json"}},
		"aliyun.sh.golden":             {Aliyun, target, Options{}},
		"aliyun-no-cluster.sh.golden":  {Aliyun, Target{}, Options{}},
		"terraform.tf.golden":          {Terraform, target, Options{}},
		"terraform-revealed.tf.golden": {Terraform, Target{}, Options{RevealSecrets: true}},
		"limits.tf.golden":             {Terraform, target, Options{}},
		"limits-1.240.0.tf.golden":     {Terraform, target, Options{TerraformProvider: "1.240.0"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			np := sample(t)
			if strings.HasPrefix(name, "limits") {
				np = parseFile(t, "testdata/provider-limits.yaml")
			}
			var buf bytes.Buffer
			if err := Render(&buf, tt.format, tt.target, np, tt.opts); err != nil {
				t.Fatal(err)
			}
			golden(t, name, buf.Bytes())
		})
	}
}

func TestMaskedByDefault(t *testing.T) {
	for _, f := range Formats() {
		var buf bytes.Buffer
		if err := Render(&buf, f, target, sample(t), Options{}); err != nil {
			t.Fatal(err)
		}
		for _, secret := range []string{"S3cret'Pass", "IyEvYmluL3No"} {
			if strings.Contains(buf.String(), secret) {
				t.Errorf("%s output shows the secret %q", f, secret)
			}
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats() {
		if got, err := ParseFormat(string(f)); err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
	}
	if _, err := ParseFormat("xml"); err == nil || !strings.Contains(err.Error(), "json, yaml, aliyun, terraform") {
		t.Errorf("ParseFormat(xml) = %v", err)
	}
}

// TestShellQuoteRoundTrip has a real POSIX shell read each quoted word back.
func TestShellQuoteRoundTrip(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh on PATH")
	}
	words := []string{"", "plain", "it's", "'", "''", `a\b`, `"dq"`, "$HOME", "`date`", "a b\tc\nd", "!event", "*?[]", "{\"k\":\"v'q\"}", "ünï", "--flag=x"}
	for _, w := range words {
		out, err := exec.Command(sh, "-c", "printf '%s' "+ShellQuote(w)).Output()
		if err != nil {
			t.Errorf("sh rejected %s: %v", ShellQuote(w), err)
			continue
		}
		if string(out) != w {
			t.Errorf("ShellQuote(%q) = %s, the shell read back %q", w, ShellQuote(w), out)
		}
	}
	if ShellQuote("cn-hangzhou") != "cn-hangzhou" {
		t.Error("a safe word was quoted")
	}
}

// everyField sets every body path of the field reference to a valid-looking value.
func everyField(t *testing.T) *model.NodePool {
	t.Helper()
	np := &model.NodePool{}
	for _, fi := range model.Fields() {
		if fi.Location != "body" || fi.Type == "object" && fi.MapValueType == "" || fi.Type == "array<object>" {
			continue
		}
		path := strings.ReplaceAll(fi.Path, "[]", "[0]")
		if fi.MapValueType == "boolean" {
			fi.Type = "boolmap"
		}
		raw := map[string]string{"boolmap": "k=true", "string": "x", "integer": "1", "number": "1.5", "boolean": "true", "array<string>": "a,b", "object": "k=v"}[fi.Type]
		if raw == "" {
			t.Fatalf("%s: unexpected type %s", fi.Path, fi.Type)
		}
		if err := model.SetPath(np, path, raw); err != nil {
			t.Fatalf("SetPath(%s=%s): %v", path, raw, err)
		}
	}
	return np
}

// TestTerraformUnsupportedMatchesOutput checks the documented list against what the
// renderer really leaves out when every field is set, so neither can drift.
func TestTerraformUnsupportedMatchesOutput(t *testing.T) {
	np := everyField(t)
	r := &tfRenderer{required: "1.266.0"}
	src := tree(np)
	r.renderResource(hclwrite.NewEmptyFile().Body(), src, specTree(), "c1")
	var got []string
	for _, l := range r.leftovers(src) {
		p := strings.TrimSuffix(model.NormalizePath(l.path), "[]") // an item of a string list is its list
		if fi, ok := model.Field(p); ok {
			p = fi.Path
		}
		if len(got) == 0 || got[len(got)-1] != p {
			got = append(got, p)
		}
	}
	want := TerraformUnsupported()
	if strings.Join(sortedCopy(got), "\n") != strings.Join(sortedCopy(want), "\n") {
		t.Errorf("left out when rendering:\n%s\n\nTerraformUnsupported:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// every mapped field appears as its argument
	var buf bytes.Buffer
	if err := WriteTerraform(&buf, target, np, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"node_pool_name", "key_name", "password", "deployment_set_id", "system_disk_kms_key", "runtime_name", "install_cloud_monitor", "scaling_config", "min_size", "kubelet_configuration", "eviction_hard", "reserved_memory", "numa_node", "private_pool_options_match_criteria", "auto_mode", "enabled", "spot_price_limit", "instance_patterns", "tee_config"} {
		if !strings.Contains(buf.String(), name) {
			t.Errorf("terraform output lacks %s", name)
		}
	}
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	// drop duplicates
	var uniq []string
	for i, s := range out {
		if i == 0 || s != out[i-1] {
			uniq = append(uniq, s)
		}
	}
	return uniq
}
