package presets

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"ackpool/model"
)

// ChangeKind says how a value differs between two requests.
type ChangeKind string

// The three kinds of change Diff reports.
const (
	Added   ChangeKind = "added"
	Removed ChangeKind = "removed"
	Changed ChangeKind = "changed"
)

// Change is one difference between two requests at a leaf wire path. Old and New are
// JSON texts ("ecs.g7.large" quoted, 3, true); secrets are shown as model.Mask.
type Change struct {
	Path string     `json:"path"`
	Kind ChangeKind `json:"kind"`
	Old  string     `json:"old,omitempty"`
	New  string     `json:"new,omitempty"`
}

// String renders the change as one line for the review screen.
func (c Change) String() string {
	switch c.Kind {
	case Added:
		return fmt.Sprintf("+ %s: %s", c.Path, c.New)
	case Removed:
		return fmt.Sprintf("- %s: %s", c.Path, c.Old)
	default:
		return fmt.Sprintf("~ %s: %s -> %s", c.Path, c.Old, c.New)
	}
}

// Diff compares two requests leaf by leaf, by wire path with indexes
// (scaling_group.instance_types[1]), and returns the changes from a to b in path
// order. Either side may be nil (an empty request). Values of secret fields are masked.
func Diff(a, b *model.NodePool) []Change {
	fa, fb := flatten(a), flatten(b)
	paths := make([]string, 0, len(fa)+len(fb))
	for p := range fa {
		paths = append(paths, p)
	}
	for p := range fb {
		if _, ok := fa[p]; !ok {
			paths = append(paths, p)
		}
	}
	sort.Slice(paths, func(i, j int) bool { return naturalLess(paths[i], paths[j]) })
	var out []Change
	for _, p := range paths {
		va, inA := fa[p]
		vb, inB := fb[p]
		switch {
		case !inA:
			out = append(out, Change{Path: p, Kind: Added, New: mask(p, vb)})
		case !inB:
			out = append(out, Change{Path: p, Kind: Removed, Old: mask(p, va)})
		case va != vb:
			out = append(out, Change{Path: p, Kind: Changed, Old: mask(p, va), New: mask(p, vb)})
		}
	}
	return out
}

func mask(path, v string) string {
	if model.IsSecret(path) {
		q, _ := json.Marshal(model.Mask)
		return string(q)
	}
	return v
}

// flatten maps every leaf path of the request's wire JSON to its JSON text.
func flatten(np *model.NodePool) map[string]string {
	out := map[string]string{}
	if np == nil {
		return out
	}
	data, err := model.EncodeJSON(np, false)
	if err != nil {
		return out
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil {
		return out
	}
	flattenValue(out, "", v)
	return out
}

func flattenValue(out map[string]string, path string, v any) {
	switch x := v.(type) {
	case map[string]any:
		for k, item := range x {
			flattenValue(out, mapPath(path, k), item)
		}
	case []any:
		for i, item := range x {
			flattenValue(out, fmt.Sprintf("%s[%d]", path, i), item)
		}
	default:
		text, _ := json.Marshal(x)
		out[path] = string(text)
	}
}

// mapPath appends key to path; keys that are not plain names are written ["key"].
func mapPath(path, key string) string {
	plain := key != ""
	for _, r := range key {
		if !(r == '_' || r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			plain = false
			break
		}
	}
	if !plain {
		q, _ := json.Marshal(key)
		return path + "[" + string(q) + "]"
	}
	if path == "" {
		return key
	}
	return path + "." + key
}

// naturalLess orders paths with numbers compared by value: x[2] before x[10].
func naturalLess(a, b string) bool {
	for a != "" && b != "" {
		da, db := digitPrefix(a), digitPrefix(b)
		if da != "" && db != "" {
			if len(da) != len(db) {
				return len(da) < len(db)
			}
			if da != db {
				return da < db
			}
			a, b = a[len(da):], b[len(db):]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

func digitPrefix(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return strings.Clone(s[:i])
}
