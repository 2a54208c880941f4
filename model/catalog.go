package model

import (
	"strings"
	"sync"
)

// FieldInfo is what the field reference says about one wire path: the source of the
// wizard's help screens and pick-lists and of the data-driven validation rules.
type FieldInfo struct {
	Path         string              // wire path; array elements are written "[]", e.g. scaling_group.data_disks[].size
	Location     string              // "body", or "path" for ClusterId
	Type         string              // string, integer, number, boolean, object, array<string>, array<object>
	Required     bool                // the API documents the field as required
	Deprecated   bool                // the field is deprecated
	Replacement  string              // the path to use instead of a deprecated field, if any
	Enum         []string            // allowed values of a scalar, exact case
	ItemEnum     []string            // allowed values of each array item (or comma-separated item)
	EnumBy       map[string][]string // allowed values that depend on another field, keyed "other.path=value"
	Min, Max     *float64            // inclusive numeric range
	MinRef       string              // a field whose value is the lower bound
	MaxRef       string              // a field whose value is the upper bound
	MinItems     *int                // array length bounds
	MaxItems     *int                //
	MinLength    *int                // string length bounds
	MaxLength    *int                //
	Pattern      string              // regular expression (RE2) a string value must match
	Format       string              // base64, duration, kubernetes-quantity, decimal, or a comma-list note
	MapValueType string              // value type of a free-form object
	Default      any                 // server-side default (do not send unless chosen)
	DependsOn    string              // when the field applies
	Exclusive    []string            // paths that must not be set together with this one
	Immutable    bool                // documented as not modifiable after creation
	Modifiable   bool                // the path also exists in ModifyClusterNodePool
	Secret       bool                // the value is or may carry a credential; mask it
	Summary      string              // one-line help
	Notes        string              // extra documented constraints
	Example      any                 // example value from the SDK

	// The columns of the field table (fieldtable.yaml): how ackpool names, shows and handles the field.
	GoName     string // Go field name in the request types
	Step       string // wizard step that edits the field, e.g. "disks"
	Title      string // the field's title in the wizard
	Widget     string // how the wizard edits it: input, number, toggle, select, multi-select, lines, ...
	Unit       string // unit shown after numbers
	Rule       string // ID of the rule its data-driven checks report, e.g. "R100"
	Desc       string // one-line description under the field in the wizard
	Help       string // when to change it
	Syntax     string // how to write it, for lists and fields with their own text form
	SecretKind string // for secret fields: SecretPassword or SecretScript
	// AccountSpecific is true when the value belongs to one account or cluster (vSwitch,
	// key pair, image IDs, ...): presets leave it out.
	AccountSpecific bool
	// TerraformArg is the argument (or block) of alicloud_cs_kubernetes_node_pool that
	// expresses the field, inside its parent's block; "" when there is none.
	TerraformArg string
	// TerraformType is the argument's provider type (string, number, bool,
	// list(string), map(string), map(bool)); "" for blocks.
	TerraformType string
	// TerraformSince is the first provider version with the argument where the
	// provider's documentation says; "" for the oldest version ackpool checks against.
	TerraformSince string
}

// The kinds of secret fields of the field table.
const (
	// SecretPassword is a credential: never stored, never copied from an existing pool.
	SecretPassword = "password"
	// SecretScript is a script that may carry credentials: stored only when the person asks.
	SecretScript = "script"
)

// catalog indexes the field reference by normalised path.
type catalog struct {
	list   []FieldInfo
	byPath map[string]int
}

// fieldCatalog returns the immutable catalog, built once from the generated field data.
var fieldCatalog = sync.OnceValue(func() *catalog {
	list := referenceFields()
	c := &catalog{list: list, byPath: make(map[string]int, len(list))}
	for i, fi := range list {
		c.byPath[fi.Path] = i
	}
	return c
})

func intPtr(n int) *int { return &n }

// NormalizePath turns a concrete path into its reference form by dropping array indexes:
// scaling_group.data_disks[3].size becomes scaling_group.data_disks[].size.
func NormalizePath(path string) string {
	if !strings.Contains(path, "[") {
		return path
	}
	var b strings.Builder
	b.Grow(len(path))
	for i := 0; i < len(path); i++ {
		c := path[i]
		b.WriteByte(c)
		if c == '[' {
			j := i + 1
			for j < len(path) && path[j] >= '0' && path[j] <= '9' {
				j++
			}
			i = j - 1
		}
	}
	return b.String()
}

// Field returns what the reference says about a wire path; indexes are accepted
// (scaling_group.data_disks[3].size finds scaling_group.data_disks[].size), and a
// path inside a free-form map (node_config.kubelet_configuration.evictionHard.memory.available)
// finds the map's entry.
func Field(path string) (FieldInfo, bool) {
	c := fieldCatalog()
	p := NormalizePath(path)
	if i, ok := c.byPath[p]; ok {
		return c.list[i], true
	}
	for cut := strings.LastIndexByte(p, '.'); cut > 0; cut = strings.LastIndexByte(p, '.') {
		p = p[:cut]
		if i, ok := c.byPath[p]; ok {
			if c.list[i].MapValueType == "" {
				return FieldInfo{}, false
			}
			return c.list[i], true
		}
	}
	return FieldInfo{}, false
}

// Fields returns every entry of the reference in its order (parents before children).
// The slice is a copy; treat the slices inside each FieldInfo as read-only.
func Fields() []FieldInfo {
	return append([]FieldInfo(nil), fieldCatalog().list...)
}

// EachField yields every entry of the reference in the order Fields lists them,
// without copying the list, for loops that only read it (range over it). Treat the
// slices inside each FieldInfo as read-only.
func EachField(yield func(FieldInfo) bool) {
	for _, fi := range fieldCatalog().list {
		if !yield(fi) {
			return
		}
	}
}

// IsSecret reports whether the value at path is or may carry a credential and must be
// masked in previews, logs and errors.
func IsSecret(path string) bool {
	fi, ok := Field(path)
	return ok && fi.Secret
}
