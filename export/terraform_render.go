package export

import (
	"encoding/json"
	"fmt"
	"strings"

	"ackpool/model"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclwrite"
)

// tfNode is a row of the table with the rows of its block.
type tfNode struct {
	arg      tfArg
	rel      string // wire path relative to the parent block's object
	children []*tfNode
}

// specTree arranges the table into blocks: each row goes under the block row with
// the longest wire path that contains it.
func specTree() []*tfNode {
	table := terraformTable()
	nodes := make([]*tfNode, len(table))
	var top []*tfNode
	for i, a := range table {
		nodes[i] = &tfNode{arg: a, rel: a.wire}
		parent := -1
		for j := 0; j < i; j++ {
			p := table[j]
			if (p.kind == block || p.kind == blocks) && strings.HasPrefix(a.wire, itemPrefix(p)) &&
				(parent < 0 || len(p.wire) > len(table[parent].wire)) {
				parent = j
			}
		}
		if parent < 0 {
			top = append(top, nodes[i])
			continue
		}
		nodes[i].rel = strings.TrimPrefix(a.wire, itemPrefix(table[parent]))
		nodes[parent].children = append(nodes[parent].children, nodes[i])
	}
	return top
}

// itemPrefix is what the paths of a block's children start with.
func itemPrefix(a tfArg) string {
	if a.kind == blocks {
		return a.wire + "[]."
	}
	return a.wire + "."
}

// requiredVersion is the oldest provider that has every argument the request uses
// (at most target when one is given), never older than minProvider.
func requiredVersion(src map[string]any, spec []*tfNode, target string) string {
	v := minProvider
	var walk func(obj map[string]any, nodes []*tfNode)
	walk = func(obj map[string]any, nodes []*tfNode) {
		for _, n := range nodes {
			val, ok := lookup(obj, n.rel)
			if !ok || target != "" && !atLeast(target, n.arg.since) {
				continue
			}
			v = newer(v, n.arg.since)
			for _, item := range blockObjects(n.arg.kind, val) {
				walk(item, n.children)
			}
		}
	}
	walk(src, spec)
	return v
}

// blockObjects returns the objects a block row renders: one for a block, one per item
// for blocks, none for an attribute.
func blockObjects(kind argKind, v any) []map[string]any {
	switch kind {
	case block:
		if m, ok := v.(map[string]any); ok {
			return []map[string]any{m}
		}
	case blocks:
		var out []map[string]any
		list, _ := v.([]any)
		for _, item := range list {
			if m, ok := item.(map[string]any); ok {
				out = append(out, m)
			}
		}
		return out
	}
	return nil
}

// tfVar is a variable the resource refers to.
type tfVar struct {
	name      string
	typ       string // string or list(string)
	sensitive bool
}

// skipped is a request value left out because the provider targeted lacks its argument.
type skipped struct {
	path  string
	value any
	since string
}

// tfRenderer turns the request tree into the resource body, remembering what it used.
type tfRenderer struct {
	reveal   bool
	target   string // --terraform-provider, or "" for the version the request needs
	required string // the version written in required_providers
	consumed []string
	vars     []tfVar
	newer    []skipped
}

// renderResource writes the resource's arguments: node_pool_name, then cluster_id,
// then the rest in table order.
func (r *tfRenderer) renderResource(body *hclwrite.Body, src map[string]any, spec []*tfNode, clusterID string) {
	cluster := func() {
		if clusterID == "" {
			r.vars = append([]tfVar{{name: "cluster_id", typ: "string"}}, r.vars...)
			body.SetAttributeTraversal("cluster_id", varRef("cluster_id"))
			return
		}
		body.SetAttributeValue("cluster_id", ctyString(clusterID))
	}
	if len(spec) > 0 && spec[0].arg.tf == "node_pool_name" {
		r.renderNodes(body, src, "", spec[:1])
		cluster()
		r.renderNodes(body, src, "", spec[1:])
		return
	}
	cluster()
	r.renderNodes(body, src, "", spec)
}

// renderNodes writes the arguments and blocks of one object; base is its concrete path.
func (r *tfRenderer) renderNodes(body *hclwrite.Body, obj map[string]any, base string, nodes []*tfNode) {
	afterBlock := false // an attribute after a nested block starts a new paragraph
	for _, n := range nodes {
		v, ok := lookup(obj, n.rel)
		path := joinPath(base, n.rel)
		if isBlock := n.arg.kind == block || n.arg.kind == blocks; ok && afterBlock && !isBlock {
			body.AppendNewline()
			afterBlock = false
		}
		if !ok {
			if base == "" {
				r.writeProviderDefault(body, n, path)
				r.writeRequiredVariable(body, n)
			}
			continue
		}
		if r.target != "" && !atLeast(r.target, n.arg.since) {
			r.skip(path, v, n.arg.since)
			continue
		}
		switch n.arg.kind {
		case block, blocks:
			before := len(body.Blocks())
			r.renderBlocks(body, n, v, path)
			afterBlock = afterBlock || len(body.Blocks()) > before
		case secretVar:
			r.consumed = append(r.consumed, path)
			if r.reveal {
				r.writeValue(body, n, path, v)
				continue
			}
			name := path[strings.LastIndexByte(path, '.')+1:]
			r.vars = append(r.vars, tfVar{name: name, typ: "string", sensitive: true})
			body.SetAttributeTraversal(n.arg.tf, varRef(name))
		case tagMap:
			r.consumed = append(r.consumed, path)
			r.writeValue(body, n, path, tagsToMap(v))
		default:
			r.consumed = append(r.consumed, path)
			r.writeValue(body, n, path, v)
		}
	}
}

// renderBlocks writes one nested block per object of a block row, separated from
// what comes before by a blank line; a block with nothing to say is left out.
func (r *tfRenderer) renderBlocks(body *hclwrite.Body, n *tfNode, v any, path string) {
	objs := blockObjects(n.arg.kind, v)
	for i, m := range objs {
		p := path
		if n.arg.kind == blocks {
			p = fmt.Sprintf("%s[%d]", path, i)
		}
		inner := hclwrite.NewBlock(n.arg.tf, nil)
		r.renderNodes(inner.Body(), m, p, n.children)
		if len(inner.Body().Attributes()) == 0 && len(inner.Body().Blocks()) == 0 && n.arg.kind == block {
			continue
		}
		body.AppendNewline()
		body.AppendBlock(inner)
	}
}

// writeValue writes one attribute, or a comment in its place when the provider
// would refuse the value or would not send it.
func (r *tfRenderer) writeValue(body *hclwrite.Body, n *tfNode, path string, v any) {
	val, err := toCty(n.arg.typ, v)
	if err != nil {
		appendComments(body, []string{fmt.Sprintf("%s: %v; not written: %s", n.arg.tf, err, r.leafText(path, v))})
		return
	}
	line := n.arg.tf + " = " + string(hclwrite.TokensForValue(val).Bytes())
	if ref := refusedBy(n.arg, v); ref != nil && (ref.acceptedSince == "" || !atLeast(r.required, ref.acceptedSince)) {
		why := "Provider " + minProvider + " refuses " + n.arg.tf + " " + describeRefusal(*ref)
		if r.required != minProvider {
			why += "; it is not known which newer provider accepts it"
		}
		appendComments(body, []string{why + ". Written as a comment:", r.maskLine(path, line)})
		return
	}
	if n.arg.dropsZero && isZero(v) && !sameValue(serviceDefault(path), v) {
		def := "none documented"
		if d := serviceDefault(path); d != nil {
			def = fmt.Sprint(d)
		}
		appendComments(body, []string{
			"The provider does not send " + n.arg.tf + " when it is " + fmt.Sprint(v) + "; the service default applies (" + def + ").",
			"Set it with the aliyun CLI or the API if it matters. Written as a comment:",
			r.maskLine(path, line),
		})
		return
	}
	body.SetAttributeValue(n.arg.tf, val)
}

// writeProviderDefault writes an argument the request leaves out when the provider's
// default differs from the service's, so the provider sends what ackpool would.
func (r *tfRenderer) writeProviderDefault(body *hclwrite.Body, n *tfNode, path string) {
	if n.arg.providerDefault == nil {
		return
	}
	def := serviceDefault(path)
	if def == nil || r.target != "" && !atLeast(r.target, n.arg.since) {
		return
	}
	val, err := toCty(n.arg.typ, def)
	if err != nil {
		return
	}
	appendComments(body, []string{fmt.Sprintf("The request leaves this out (service default %v); the provider's own default, %v, would differ.", def, n.arg.providerDefault)})
	body.SetAttributeValue(n.arg.tf, val)
}

// writeRequiredVariable refers a required argument the request leaves out (a preset
// without vSwitches) to a variable of the same name, so the configuration is complete.
func (r *tfRenderer) writeRequiredVariable(body *hclwrite.Body, n *tfNode) {
	if !n.arg.required {
		return
	}
	r.vars = append(r.vars, tfVar{name: n.arg.tf, typ: n.arg.typ})
	body.SetAttributeTraversal(n.arg.tf, varRef(n.arg.tf))
}

// skip records a value the targeted provider cannot express: every leaf under it
// that some argument expresses. Leaves no argument expresses stay leftovers.
func (r *tfRenderer) skip(path string, v any, since string) {
	var ls []leaf
	walkLeaves(v, path, &ls)
	for _, l := range ls {
		if !mappedPath(l.path) {
			continue
		}
		r.consumed = append(r.consumed, l.path)
		r.newer = append(r.newer, skipped{path: l.path, value: l.value, since: since})
	}
}

// mappedPath reports whether an attribute row of the table covers a concrete path.
func mappedPath(path string) bool {
	p := model.NormalizePath(path)
	for _, a := range terraformTable() {
		if a.kind != block && a.kind != blocks && underPath(p, a.wire) {
			return true
		}
	}
	return false
}

// leftovers are the request's leaves that no argument expressed.
func (r *tfRenderer) leftovers(src map[string]any) []leaf {
	var all, out []leaf
	walkLeaves(src, "", &all)
	for _, l := range all {
		used := false
		for _, c := range r.consumed {
			used = used || underPath(l.path, c)
		}
		if !used {
			out = append(out, l)
		}
	}
	return out
}

// leafText renders a value for a comment, masked when it is a secret.
func (r *tfRenderer) leafText(path string, v any) string {
	if model.IsSecret(path) && !r.reveal {
		return fmt.Sprintf("%q", model.Mask)
	}
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(data)
}

// maskLine is a commented-out attribute, with a secret's value masked.
func (r *tfRenderer) maskLine(path, line string) string {
	if model.IsSecret(path) && !r.reveal {
		name, _, _ := strings.Cut(line, " = ")
		return name + " = " + fmt.Sprintf("%q", model.Mask)
	}
	return line
}

func varRef(name string) hcl.Traversal {
	return hcl.Traversal{hcl.TraverseRoot{Name: "var"}, hcl.TraverseAttr{Name: name}}
}

// refusedBy returns the refusal that covers v, if any; list items are checked one by one.
func refusedBy(a tfArg, v any) *refusal {
	for i := range a.refuses {
		ref := &a.refuses[i]
		for _, item := range scalars(v) {
			if ref.covers(item) {
				return ref
			}
		}
	}
	return nil
}

func (ref refusal) covers(v any) bool {
	if ref.above != 0 {
		n, ok := v.(json.Number)
		if !ok {
			return false
		}
		f, err := n.Float64()
		return err == nil && f > ref.above
	}
	text := fmt.Sprint(v)
	for _, r := range ref.values {
		if text == r {
			return true
		}
	}
	return false
}

func scalars(v any) []any {
	if list, ok := v.([]any); ok {
		return list
	}
	return []any{v}
}

// isZero reports whether v is 0 or false.
func isZero(v any) bool {
	switch x := v.(type) {
	case bool:
		return !x
	case json.Number:
		f, err := x.Float64()
		return err == nil && f == 0
	}
	return false
}

// serviceDefault is the field reference's default for a concrete path.
func serviceDefault(path string) any {
	if fi, ok := model.Field(path); ok {
		return fi.Default
	}
	return nil
}

// sameValue compares a reference default with a request value.
func sameValue(def, v any) bool {
	if def == nil {
		return false
	}
	return fmt.Sprint(def) == fmt.Sprint(v)
}

// lookup follows a dotted path through nested objects.
func lookup(obj map[string]any, path string) (any, bool) {
	var v any = obj
	for _, part := range strings.Split(path, ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return nil, false
		}
		if v, ok = m[part]; !ok {
			return nil, false
		}
	}
	return v, true
}

// tagsToMap turns [{key, value}] into {key: value}.
func tagsToMap(v any) map[string]any {
	out := map[string]any{}
	list, _ := v.([]any)
	for _, item := range list {
		m, _ := item.(map[string]any)
		k, _ := m["key"].(string)
		val, ok := m["value"]
		if !ok {
			val = ""
		}
		out[k] = val
	}
	return out
}
