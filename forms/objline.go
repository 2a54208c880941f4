package forms

import (
	"fmt"
	"strings"

	"ackpool/model"
)

// ObjectCodec reads an item of the list at path list as comma-separated "key=value"
// items using the wire names of the item's fields (a bare "key" sets a boolean to true,
// list values are separated by "|"), e.g. for disk_init:
//
//	disk_name=data1,mkfs_type=ext4,mount_target=/mnt/disk0,mount_for_runtime
//
// aliases maps short names people type to wire names. T is the Go type of the items.
func ObjectCodec[T any](list, example string, aliases map[string]string) LineCodec[T] {
	fields := NewItemFields(list)
	return LineCodec[T]{
		Syntax: example,
		Parse: func(line string) (T, error) {
			var out T
			for _, item := range SplitList(line) {
				k, raw, hasValue := strings.Cut(item, "=")
				k, raw = strings.TrimSpace(k), strings.TrimSpace(raw)
				if a, ok := aliases[k]; ok {
					k = a
				}
				if !fields.Has(k) {
					return out, fmt.Errorf("unknown key %q; known keys: %s", k, strings.Join(fields.keys, ", "))
				}
				var err error
				if out, err = SetItemKey(fields, out, k, raw, hasValue); err != nil {
					return out, fmt.Errorf("%s: %w", k, err)
				}
			}
			return out, nil
		},
		Format: func(item T) string {
			probe := fields.probe([]T{item})
			var parts []string
			for _, k := range fields.keys {
				text := fields.paths[k].Text(probe)
				if text == "" {
					continue
				}
				if fields.types[k] == "array<string>" {
					text = strings.ReplaceAll(text, ",", "|")
				}
				parts = append(parts, k+"="+text)
			}
			return strings.Join(parts, ",")
		},
	}
}

// ItemFields are the fields of the items of a list field, resolved once for the
// one-line codecs: their wire names in reference order and their paths in item 0 of a
// probe request.
type ItemFields struct {
	whole model.Path            // the list
	keys  []string              // the items' wire names, in reference order
	paths map[string]model.Path // item 0's field of each name
	types map[string]string     // the reference type of each name
}

// NewItemFields resolves the fields of the items of the list at path list (a list of
// objects, e.g. scaling_group.disk_init).
func NewItemFields(list string) *ItemFields {
	f := &ItemFields{whole: model.MustPath(list), paths: map[string]model.Path{}, types: map[string]string{}}
	prefix := list + "[]."
	for fi := range model.EachField {
		if rest, ok := strings.CutPrefix(fi.Path, prefix); ok && !strings.ContainsAny(rest, ".[") {
			f.keys = append(f.keys, rest)
			f.paths[rest] = model.MustPath(list + "[0]." + rest)
			f.types[rest] = fi.Type
		}
	}
	return f
}

// Has reports whether key is a field of the items.
func (f *ItemFields) Has(key string) bool {
	_, ok := f.paths[key]
	return ok
}

// probe is a request whose list holds just item.
func (f *ItemFields) probe(item any) *model.NodePool {
	probe := &model.NodePool{}
	if err := f.whole.Set(probe, item); err != nil {
		panic("forms: " + err.Error())
	}
	return probe
}

// SetItemKey returns item with its field key (a wire name of f) set from text; a bare
// key (no "=") turns a boolean on.
func SetItemKey[T any](f *ItemFields, item T, key, raw string, hasValue bool) (T, error) {
	switch f.types[key] {
	case "boolean":
		if !hasValue {
			raw = "true"
		} else if raw == "" {
			return item, fmt.Errorf("%q is not true or false", raw)
		}
	case "array<string>":
		raw = strings.ReplaceAll(raw, "|", ",")
	case "string", "integer", "number":
		if !hasValue || raw == "" {
			return item, fmt.Errorf("missing value; write key=value")
		}
	default:
		return item, fmt.Errorf("cannot be written on one line")
	}
	probe := f.probe([]T{item})
	if err := f.paths[key].SetText(probe, raw); err != nil {
		return item, err
	}
	if v, ok := f.whole.Get(probe); ok {
		return v.([]T)[0], nil
	}
	var zero T
	return zero, nil
}
