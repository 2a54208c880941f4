package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ackpool/model"
	"ackpool/presets"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

// providerSchema is the part of `terraform providers schema -json` for one resource.
type providerSchema struct {
	Block schemaBlock `json:"block"`
}

type schemaBlock struct {
	Attributes map[string]struct {
		Type     json.RawMessage `json:"type"`
		Required bool            `json:"required"`
		Computed bool            `json:"computed"`
		Optional bool            `json:"optional"`
	} `json:"attributes"`
	BlockTypes map[string]struct {
		NestingMode string      `json:"nesting_mode"`
		MaxItems    int         `json:"max_items"`
		Block       schemaBlock `json:"block"`
	} `json:"block_types"`
}

func loadSchema(t *testing.T) schemaBlock {
	t.Helper()
	data, err := os.ReadFile("testdata/alicloud_cs_kubernetes_node_pool-1.240.0.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var s providerSchema
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	return s.Block
}

// provider1240Limits are the values provider 1.240.0's validators refuse, as observed
// with `terraform validate` (the schema JSON carries no validators). Written here
// independently of the export's table so a mistake there fails this test.
var provider1240Limits = map[string]func(v cty.Value) bool{
	"image_type": func(v cty.Value) bool {
		return !inStrings(v, "AliyunLinux3Security", "AliyunLinux3ContainerOptimized")
	},
	"system_disk_category":   func(v cty.Value) bool { return !inStrings(v, "cloud_essd_entry") },
	"system_disk_categories": func(v cty.Value) bool { return !anyIn(v, "cloud_essd_entry") },
	"category":               func(v cty.Value) bool { return !inStrings(v, "cloud_essd_entry", "elastic_ephemeral_disk_premium") },
	"period_unit":            func(v cty.Value) bool { return !inStrings(v, "Week") },
	"period":                 func(v cty.Value) bool { return !inNumbers(v, 4, 24) },
	"auto_renew_period":      func(v cty.Value) bool { return !inNumbers(v, 24) },
	"system_disk_size": func(v cty.Value) bool {
		f, _ := v.AsBigFloat().Float64()
		return f <= 500
	},
}

func inStrings(v cty.Value, refused ...string) bool {
	for _, r := range refused {
		if v.Type() == cty.String && v.AsString() == r {
			return true
		}
	}
	return false
}

func anyIn(v cty.Value, refused ...string) bool {
	if !v.Type().IsListType() && !v.Type().IsTupleType() {
		return false
	}
	for it := v.ElementIterator(); it.Next(); {
		_, item := it.Element()
		if inStrings(item, refused...) {
			return true
		}
	}
	return false
}

func inNumbers(v cty.Value, refused ...int64) bool {
	for _, r := range refused {
		if v.Type() == cty.Number && v.Equals(cty.NumberIntVal(r)).True() {
			return true
		}
	}
	return false
}

// checkAgainstSchema parses the configuration and checks the resource block against
// the schema: every argument and block exists, values convert to the argument's type,
// blocks respect max_items, required arguments are present, and no value is one
// provider 1.240.0 refuses.
func checkAgainstSchema(t *testing.T, name string, src []byte, schema schemaBlock) {
	t.Helper()
	for _, p := range schemaProblems(name, src, schema) {
		t.Error(p)
	}
}

// schemaProblems lists what checkAgainstSchema reports.
func schemaProblems(name string, src []byte, schema schemaBlock) []string {
	c := &schemaChecker{file: name}
	file, diags := hclsyntax.ParseConfig(src, name, hcl.InitialPos)
	if diags.HasErrors() {
		return []string{fmt.Sprintf("%s does not parse: %v", name, diags)}
	}
	body := file.Body.(*hclsyntax.Body)
	found := false
	for _, b := range body.Blocks {
		if b.Type == "resource" && len(b.Labels) == 2 && b.Labels[0] == "alicloud_cs_kubernetes_node_pool" {
			found = true
			c.block(b.Labels[0], b.Body, schema)
		}
	}
	if !found {
		c.errorf("%s: no alicloud_cs_kubernetes_node_pool resource", name)
	}
	return c.problems
}

type schemaChecker struct {
	file     string
	problems []string
}

func (c *schemaChecker) errorf(format string, args ...any) {
	c.problems = append(c.problems, fmt.Sprintf(format, args...))
}

func (c *schemaChecker) block(where string, body *hclsyntax.Body, schema schemaBlock) {
	file := c.file
	for name, at := range body.Attributes {
		sa, ok := schema.Attributes[name]
		if !ok {
			c.errorf("%s: %s.%s is not an argument of provider 1.240.0", file, where, name)
			continue
		}
		if sa.Computed && !sa.Optional {
			c.errorf("%s: %s.%s is read-only", file, where, name)
		}
		if len(hclsyntax.Variables(at.Expr)) > 0 {
			continue // var.x: typed by its variable block
		}
		val, diags := at.Expr.Value(nil)
		if diags.HasErrors() {
			c.errorf("%s: %s.%s: %v", file, where, name, diags)
			continue
		}
		ty, err := ctyjson.UnmarshalType(sa.Type)
		if err != nil {
			c.errorf("schema type of %s: %v", name, err)
			continue
		}
		if _, err := convertTo(val, ty); err != nil {
			c.errorf("%s: %s.%s = %#v does not convert to %s: %v", file, where, name, val, ty.FriendlyName(), err)
		}
		if ok := provider1240Limits[name]; ok != nil && !ok(val) {
			c.errorf("%s: %s.%s = %#v is refused by provider 1.240.0", file, where, name, val)
		}
	}
	for name, sa := range schema.Attributes {
		if _, ok := body.Attributes[name]; sa.Required && !ok {
			c.errorf("%s: %s lacks the required argument %s", file, where, name)
		}
	}
	count := map[string]int{}
	for _, b := range body.Blocks {
		bt, ok := schema.BlockTypes[b.Type]
		if !ok {
			c.errorf("%s: %s has no block %s in provider 1.240.0", file, where, b.Type)
			continue
		}
		count[b.Type]++
		if bt.MaxItems > 0 && count[b.Type] > bt.MaxItems {
			c.errorf("%s: %s.%s appears %d times, at most %d allowed", file, where, b.Type, count[b.Type], bt.MaxItems)
		}
		c.block(where+"."+b.Type, b.Body, bt.Block)
	}
}

// requestsUnderTest are every built-in preset and every example request.
func requestsUnderTest(t *testing.T) map[string]*model.NodePool {
	t.Helper()
	out := map[string]*model.NodePool{}
	all, err := presets.Builtins()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range all {
		out["preset "+p.Name] = p.Request
	}
	files, _ := filepath.Glob("../examples/*")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		np, err := model.Parse(data, f)
		if err != nil {
			continue // examples/bad.* are meant not to parse
		}
		out[f] = np
	}
	out["testdata/request.yaml"] = sample(t)
	out["testdata/provider-limits.yaml"] = parseFile(t, "testdata/provider-limits.yaml")
	if len(out) < 6 {
		t.Fatalf("only %d requests found", len(out))
	}
	return out
}

// TestTerraformMatchesProviderSchema renders each request for provider 1.240.0 and
// checks the result against that provider's schema.
func TestTerraformMatchesProviderSchema(t *testing.T) {
	schema := loadSchema(t)
	for name, np := range requestsUnderTest(t) {
		for _, tgt := range []Target{target, {}} {
			var buf bytes.Buffer
			if err := WriteTerraform(&buf, tgt, np, Options{TerraformProvider: "1.240.0"}); err != nil {
				t.Fatal(err)
			}
			checkAgainstSchema(t, name, buf.Bytes(), schema)
		}
		// Without a target, an output that asks for 1.240.0 must be valid for it too.
		var buf bytes.Buffer
		if err := WriteTerraform(&buf, target, np, Options{}); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(buf.String(), `version = ">= 1.240.0"`) {
			checkAgainstSchema(t, name+" (no target)", buf.Bytes(), schema)
		}
	}
	// A request with every field set, too.
	var buf bytes.Buffer
	if err := WriteTerraform(&buf, target, everyField(t), Options{TerraformProvider: "1.240.0"}); err != nil {
		t.Fatal(err)
	}
	checkAgainstSchema(t, "every field", buf.Bytes(), schema)
}

// TestSchemaCheckFailsBadOutput: the schema check itself catches an unknown argument,
// a wrong type, a refused value and a repeated single block.
func TestSchemaCheckFailsBadOutput(t *testing.T) {
	schema := loadSchema(t)
	bad := map[string]string{
		"unknown":  `ram_role_name = "x"`,
		"type":     `desired_size = "many"`,
		"refused":  `system_disk_size = 1000`,
		"repeated": "scaling_config {\n}\nscaling_config {\n}",
		"block":    "auto_mode {\n}",
	}
	for name, line := range bad {
		src := "resource \"alicloud_cs_kubernetes_node_pool\" \"p\" {\ncluster_id = \"c\"\nvswitch_ids = [\"v\"]\ninstance_types = [\"t\"]\n" + line + "\n}\n"
		if len(schemaProblems(name, []byte(src), schema)) == 0 {
			t.Errorf("%s: the check accepted %s", name, line)
		}
	}
}

// TestTerraformNewestArguments: without a target, arguments newer than 1.240.0 are
// written and required_providers asks for the newest of them.
func TestTerraformNewestArguments(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTerraform(&buf, target, everyField(t), Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, `version = ">= 1.266.0"`) {
		t.Errorf("every field needs 1.266.0 (auto_mode, instance_patterns):\n%s", out)
	}
	for _, name := range []string{"ram_role_name", "eflo_node_group", "topology_manager_policy", "server_tls_bootstrap", "instance_metadata_options"} {
		if !strings.Contains(out, name+" ") {
			t.Errorf("%s not written", name)
		}
	}
}

// TestTerraformFormatted: the output is what hclwrite.Format (terraform fmt's
// formatter) makes of it, for every request.
func TestTerraformFormatted(t *testing.T) {
	reqs := requestsUnderTest(t)
	reqs["every field"] = everyField(t)
	for name, np := range reqs {
		for _, opts := range []Options{{}, {TerraformProvider: "1.240.0"}, {RevealSecrets: true}} {
			var buf bytes.Buffer
			if err := WriteTerraform(&buf, Target{}, np, opts); err != nil {
				t.Fatal(err)
			}
			if got := hclwrite.Format(buf.Bytes()); !bytes.Equal(got, buf.Bytes()) {
				t.Errorf("%s %+v: output is not formatted:\n%s", name, opts, buf.String())
			}
		}
	}
}

// TestTerraformStringsRoundTrip: awkward strings come back unchanged when HCL reads
// the output (quotes, backslashes, template introducers, control characters).
func TestTerraformStringsRoundTrip(t *testing.T) {
	for _, s := range []string{`say "hi"`, `back\slash`, "line\nbreak", "${var.x}", "%{ if true }", "$5 and 100%", "\x01", "tab\there", "ünï"} {
		name := "pool"
		np := &model.NodePool{NodepoolInfo: &model.NodepoolInfo{Name: &name}}
		np.KubernetesConfig = &model.KubernetesConfig{NodeNameMode: &s}
		var buf bytes.Buffer
		if err := WriteTerraform(&buf, target, np, Options{}); err != nil {
			t.Fatal(err)
		}
		file, diags := hclsyntax.ParseConfig(buf.Bytes(), "x.tf", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatalf("%q: %v\n%s", s, diags, buf.String())
		}
		res := file.Body.(*hclsyntax.Body).Blocks[len(file.Body.(*hclsyntax.Body).Blocks)-1]
		v, diags := res.Body.Attributes["node_name_mode"].Expr.Value(nil)
		if diags.HasErrors() || v.AsString() != s {
			t.Errorf("%q read back as %#v (%v)", s, v, diags)
		}
	}
}

// TestTerraformProviderFlag: bad versions are refused with a message that says what
// is accepted.
func TestTerraformProviderFlag(t *testing.T) {
	for _, bad := range []string{"latest", "1.200.0", "1", "1.x.0", ""} {
		if _, err := ParseProviderVersion(bad); err == nil {
			t.Errorf("ParseProviderVersion(%q) accepted", bad)
		}
	}
	for in, want := range map[string]string{"1.240.0": "1.240.0", "v1.266.1": "1.266.1", "1.250": "1.250.0"} {
		if v, err := ParseProviderVersion(in); err != nil || v.String() != want {
			t.Errorf("ParseProviderVersion(%q) = %v, %v", in, v, err)
		}
	}
}

// TestTerraformVersionsKnownToSchema: an argument recorded as present in 1.240.0
// (no later first version) is in the 1.240.0 schema, and one recorded as newer is not.
func TestTerraformVersionsKnownToSchema(t *testing.T) {
	schema := loadSchema(t)
	for _, n := range flatten(specTree(), "", schema, true) {
		inSchema, since := n.present, n.node.arg.since
		newerThan1240 := since != "" && !atLeast(minProvider, since)
		if inSchema == newerThan1240 {
			t.Errorf("%s (%s): since %q, in the 1.240.0 schema: %v", n.node.arg.wire, n.node.arg.tf, since, inSchema)
		}
	}
}

type flatNode struct {
	node    *tfNode
	present bool
}

// flatten pairs every row with whether the 1.240.0 schema has it in its block.
func flatten(nodes []*tfNode, where string, schema schemaBlock, parentPresent bool) []flatNode {
	var out []flatNode
	for _, n := range nodes {
		present := false
		var sub schemaBlock
		if parentPresent {
			if n.arg.kind == block || n.arg.kind == blocks {
				bt, ok := schema.BlockTypes[n.arg.tf]
				present, sub = ok, bt.Block
			} else {
				_, present = schema.Attributes[n.arg.tf]
			}
		}
		out = append(out, flatNode{n, present})
		out = append(out, flatten(n.children, where+"."+n.arg.tf, sub, present)...)
	}
	return out
}

func convertTo(v cty.Value, ty cty.Type) (cty.Value, error) {
	return convert.Convert(v, ty)
}
