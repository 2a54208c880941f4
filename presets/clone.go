package presets

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"ackpool/model"
)

// FromNodePoolDetail turns a DescribeClusterNodePoolDetail answer into a new create
// request for the wizard's "clone an existing pool":
//
//   - keys that only describe the existing pool (nodepool_info.nodepool_id, created,
//     scaling_group.scaling_group_id, ram_policy, status, node_components[].config_revision,
//     and anything else the create body does not have) are left out;
//   - values the service merely echoes are left out: null, "", empty lists and objects,
//     false switches that are off by default, numbers below the field's minimum (0 for
//     "not set"), deprecated fields that are empty or whose replacement is set, and
//     the spot mix settings of a pool that does not use spot instances;
//   - IDs (vSwitches, security groups, key pair, image) are kept, so the copy lands in
//     the same network;
//   - scaling_group.login_password is dropped (the service echoes it masked); user data
//     is kept in memory because the new pool needs the same bootstrap script;
//   - the pool name is made unique among existingNames: NAME, NAME-copy, NAME-copy-2, ...
//
// Every left-out group is reported in the notices.
func FromNodePoolDetail(raw []byte, existingNames []string) (*model.NodePool, []Notice, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var top map[string]any
	if err := dec.Decode(&top); err != nil || top == nil {
		return nil, nil, fmt.Errorf("clone: the node pool detail is not a JSON object: %v", err)
	}
	c := &cloner{}
	body := c.object(top, "")
	data, err := json.Marshal(body)
	if err != nil {
		return nil, nil, fmt.Errorf("clone: %w", err)
	}
	np, err := model.Parse(data, "node pool detail")
	if err != nil {
		return nil, nil, fmt.Errorf("clone: the pool's settings do not fit a create request: %w", err)
	}
	c.dropReplaced(np)
	c.dropSpotMix(np)
	c.dropZeroIOPS(np)
	var notices []Notice
	if dropOwnerTag(np) {
		notices = append(notices, Notice{Path: model.PathScalingGroupTags, Message: "left out the existing pool's " + model.OwnerTagKey + " tag: each create adds its own"})
	}
	for _, p := range c.secrets {
		notices = append(notices, Notice{Path: p, Message: "not copied: set a password again or use a key pair"})
	}
	if len(c.readOnly) > 0 {
		notices = append(notices, Notice{Message: "left out what only describes the existing pool: " + strings.Join(c.readOnly, ", ")})
	}
	if len(c.echoes) > 0 {
		notices = append(notices, Notice{Message: "left out empty or default values echoed by the service: " + strings.Join(c.echoes, ", ")})
	}
	for _, p := range model.Migrate(np) {
		notices = append(notices, Notice{Path: p.Path, Message: p.Message})
	}
	if np.NodepoolInfo == nil {
		np.NodepoolInfo = &model.NodepoolInfo{}
	}
	base := "pool"
	if np.NodepoolInfo.Name != nil && *np.NodepoolInfo.Name != "" {
		base = *np.NodepoolInfo.Name
	}
	name := UniqueName(base, existingNames)
	np.NodepoolInfo.Name = &name
	if name != base {
		notices = append(notices, Notice{Path: model.PathNodepoolInfoName, Message: fmt.Sprintf("renamed to %q because %q is taken", name, base)})
	}
	return np, notices, nil
}

// dropOwnerTag removes the ownership tag ackpool put on the existing pool; it tells
// whether there was one.
func dropOwnerTag(np *model.NodePool) bool {
	sg := np.ScalingGroup
	if sg == nil {
		return false
	}
	n := len(sg.Tags)
	sg.Tags = slices.DeleteFunc(sg.Tags, func(t model.Tag) bool { return t.Key != nil && *t.Key == model.OwnerTagKey })
	if len(sg.Tags) == 0 {
		sg.Tags = nil
	}
	return len(sg.Tags) < n
}

// UniqueName returns base when it is not in taken, otherwise base-copy, base-copy-2,
// base-copy-3, ... whichever is free first.
func UniqueName(base string, taken []string) string {
	if !slices.Contains(taken, base) {
		return base
	}
	for i := 1; ; i++ {
		cand := base + "-copy"
		if i > 1 {
			cand += "-" + strconv.Itoa(i)
		}
		if !slices.Contains(taken, cand) {
			return cand
		}
	}
}

// cloner walks the detail answer, keeping only what a create request accepts.
type cloner struct {
	readOnly []string // paths not in the create body
	echoes   []string // paths with empty/default values
	secrets  []string // the passwords the detail held (the field table says they are never copied)
}

func join(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + "." + key
}

// object keeps the keys of m that are create-body fields at path.
func (c *cloner) object(m map[string]any, path string) map[string]any {
	out := map[string]any{}
	for _, k := range sortedMapKeys(m) {
		p := join(path, k)
		fi, ok := model.Field(p)
		if !ok {
			c.readOnly = append(c.readOnly, p)
			continue
		}
		if fi.SecretKind == model.SecretPassword { // never copied
			if s, _ := m[k].(string); s != "" {
				c.secrets = append(c.secrets, p)
			}
			continue
		}
		if v, keep := c.value(m[k], p, fi); keep {
			out[k] = v
		} else {
			c.echoes = append(c.echoes, p)
		}
	}
	return out
}

// value returns the cleaned value at path and whether to keep it.
func (c *cloner) value(v any, path string, fi model.FieldInfo) (any, bool) {
	switch x := v.(type) {
	case nil:
		return nil, false
	case string:
		return x, x != ""
	case bool:
		if !x && (fi.Default == nil || fi.Default == false) {
			return nil, false // off, and off is what unset means
		}
		return x, !fi.Deprecated || x
	case json.Number:
		f, err := x.Float64()
		if err != nil {
			return x, true
		}
		if fi.Min != nil && f < *fi.Min || f == 0 && zeroMeansUnset(fi) {
			return nil, false
		}
		return x, true
	case []any:
		var out []any
		for i, item := range x {
			ip := fmt.Sprintf("%s[%d]", path, i)
			if obj, ok := item.(map[string]any); ok && fi.MapValueType == "" && fi.Type == "array<object>" {
				if o := c.object(obj, ip); len(o) > 0 {
					out = append(out, o)
				}
				continue
			}
			if item != nil && item != "" {
				out = append(out, item)
			}
		}
		return out, len(out) > 0
	case map[string]any:
		if fi.MapValueType != "" {
			return x, len(x) > 0 // free-form map: keep as is
		}
		o := c.object(x, path)
		return o, len(o) > 0
	default:
		return x, true
	}
}

// spotMixFields returns the paths that only describe how a spot pool mixes spot and
// pay-as-you-go instances.
func spotMixFields() []string {
	return []string{
		model.PathScalingGroupOnDemandBaseCapacity, model.PathScalingGroupOnDemandPercentageAboveBaseCapacity,
		model.PathScalingGroupSpotInstancePools, model.PathScalingGroupSpotInstanceRemedy,
		model.PathScalingGroupCompensateWithOnDemand,
	}
}

// dropSpotMix removes the spot mix settings the service echoes for a pool that does
// not use spot instances: they would change meaning if spot were turned on later.
func (c *cloner) dropSpotMix(np *model.NodePool) {
	if s := model.MustPath(model.PathScalingGroupSpotStrategy).Text(np); s != "" && s != "NoSpot" {
		return
	}
	for _, path := range spotMixFields() {
		if p := model.MustPath(path); p.IsSet(np) {
			p.Clear(np)
			c.echoes = append(c.echoes, path+" (no spot instances)")
		}
	}
}

// zeroMeansUnset reports whether a 0 echoed for this field can only mean "not set":
// the field is deprecated or exclusive with another, 0 is its documented default, or its allowed values
// (which depend on another field) never include 0.
func zeroMeansUnset(fi model.FieldInfo) bool {
	if fi.Deprecated || len(fi.Exclusive) > 0 {
		return true
	}
	if d, ok := fi.Default.(float64); ok && d == 0 {
		return true
	}
	if len(fi.EnumBy) == 0 {
		return false
	}
	for _, values := range fi.EnumBy {
		if slices.Contains(values, "0") {
			return false
		}
	}
	return true
}

// dropReplaced removes deprecated fields whose replacement is also set: the service
// echoes both, and the replacement wins.
func (c *cloner) dropReplaced(np *model.NodePool) {
	for fi := range model.EachField {
		if !fi.Deprecated || fi.Replacement == "" || fi.Type == "object" || strings.Contains(fi.Path, "[]") {
			continue
		}
		p := model.MustPath(fi.Path)
		if !p.IsSet(np) {
			continue
		}
		for _, repl := range strings.Split(fi.Replacement, "+") {
			repl = strings.TrimSpace(repl)
			rp, err := model.ParsePath(repl)
			if err == nil && rp.IsSet(np) && !strings.HasPrefix(repl, fi.Path+".") {
				p.Clear(np)
				c.echoes = append(c.echoes, fi.Path+" (replaced by "+repl+")")
				break
			}
		}
	}
}

func sortedMapKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
