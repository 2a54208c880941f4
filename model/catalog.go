package model

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// fieldReference is the field reference of CreateClusterNodePool: one entry per wire path
// with its type, allowed values, ranges, default, help text and flags.
//
//go:embed reference/create-nodepool-fields.json
var fieldReference []byte

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
}

// catalogEntry is the JSON shape of one entry of the field reference.
type catalogEntry struct {
	Path                 string           `json:"path"`
	Location             string           `json:"location"`
	Type                 string           `json:"type"`
	Required             bool             `json:"required"`
	Deprecated           bool             `json:"deprecated"`
	Replacement          *string          `json:"replacement"`
	Enum                 []any            `json:"enum"`
	ItemEnum             []any            `json:"item_enum"`
	EnumBy               map[string][]any `json:"enum_by"`
	Min                  *float64         `json:"min"`
	Max                  *float64         `json:"max"`
	MinRef               *string          `json:"min_ref"`
	MaxRef               *string          `json:"max_ref"`
	MinItems             *int             `json:"min_items"`
	MaxItems             *int             `json:"max_items"`
	MinLength            *int             `json:"min_length"`
	MaxLength            *int             `json:"max_length"`
	Pattern              *string          `json:"pattern"`
	Format               *string          `json:"format"`
	MapValueType         *string          `json:"map_value_type"`
	Default              any              `json:"default"`
	DependsOn            *string          `json:"depends_on"`
	MutuallyExclusive    []string         `json:"mutually_exclusive_with"`
	ImmutableAfterCreate *bool            `json:"immutable_after_create"`
	InModifyRequest      bool             `json:"in_modify_request"`
	Secret               bool             `json:"secret"`
	Summary              string           `json:"summary"`
	Notes                *string          `json:"notes"`
	Example              any              `json:"example"`
}

// catalog indexes the field reference by normalised path.
type catalog struct {
	list   []FieldInfo
	byPath map[string]int
}

// fieldCatalog returns the immutable catalog, decoded once from the embedded reference.
var fieldCatalog = sync.OnceValue(func() *catalog {
	var entries []catalogEntry
	if err := json.Unmarshal(fieldReference, &entries); err != nil {
		panic("model: embedded field reference is corrupt: " + err.Error())
	}
	c := &catalog{byPath: make(map[string]int, len(entries))}
	for _, e := range entries {
		c.byPath[e.Path] = len(c.list)
		c.list = append(c.list, e.info())
	}
	return c
})

func (e catalogEntry) info() FieldInfo {
	fi := FieldInfo{
		Path: e.Path, Location: e.Location, Type: e.Type, Required: e.Required,
		Deprecated: e.Deprecated, Replacement: deref(e.Replacement),
		Enum: texts(e.Enum), ItemEnum: texts(e.ItemEnum),
		Min: e.Min, Max: e.Max, MinRef: deref(e.MinRef), MaxRef: deref(e.MaxRef),
		MinItems: e.MinItems, MaxItems: e.MaxItems, MinLength: e.MinLength, MaxLength: e.MaxLength,
		Pattern: deref(e.Pattern), Format: deref(e.Format), MapValueType: deref(e.MapValueType),
		Default: e.Default, DependsOn: deref(e.DependsOn), Exclusive: e.MutuallyExclusive,
		Immutable: e.ImmutableAfterCreate != nil && *e.ImmutableAfterCreate, Modifiable: e.InModifyRequest,
		Secret: e.Secret, Summary: e.Summary, Notes: userNote(deref(e.Notes)), Example: e.Example,
	}
	if len(e.EnumBy) > 0 {
		fi.EnumBy = make(map[string][]string, len(e.EnumBy))
		for k, v := range e.EnumBy {
			fi.EnumBy[k] = texts(v)
		}
	}
	return fi
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// texts renders enum values (strings or numbers) as the text a person types.
func texts(vs []any) []string {
	if vs == nil {
		return nil
	}
	out := make([]string, len(vs))
	for i, v := range vs {
		switch x := v.(type) {
		case string:
			out[i] = x
		case float64:
			out[i] = strconv.FormatFloat(x, 'f', -1, 64)
		default:
			out[i] = fmt.Sprint(x)
		}
	}
	return out
}

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

// IsSecret reports whether the value at path is or may carry a credential and must be
// masked in previews, logs and errors.
func IsSecret(path string) bool {
	fi, ok := Field(path)
	return ok && fi.Secret
}

// userNote drops the reference's provenance remarks (", observed") from a note: they
// say how a fact was established, which is for the maintainers, not for the person
// reading the field's help.
func userNote(note string) string {
	for _, remark := range []string{", observed)", " (observed)"} {
		if remark[0] == ',' {
			note = strings.ReplaceAll(note, remark, ")")
		} else {
			note = strings.ReplaceAll(note, remark, "")
		}
	}
	return note
}
