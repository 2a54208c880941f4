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
				if !IsItemKey(list, k) {
					return out, fmt.Errorf("unknown key %q; known keys: %s", k, strings.Join(itemKeys(list), ", "))
				}
				var err error
				if out, err = SetItemKey(out, list, k, raw, hasValue); err != nil {
					return out, fmt.Errorf("%s: %w", k, err)
				}
			}
			return out, nil
		},
		Format: func(item T) string {
			probe := itemProbe(list, item)
			var parts []string
			for _, k := range itemKeys(list) {
				text := model.MustPath(list + "[0]." + k).Text(probe)
				if text == "" {
					continue
				}
				if fi, _ := model.Field(list + "[]." + k); fi.Type == "array<string>" {
					text = strings.ReplaceAll(text, ",", "|")
				}
				parts = append(parts, k+"="+text)
			}
			return strings.Join(parts, ",")
		},
	}
}

// itemProbe is a request whose list at path list holds just item.
func itemProbe[T any](list string, item T) *model.NodePool {
	probe := &model.NodePool{}
	SetValue(probe, model.MustPath(list), []T{item})
	return probe
}

// SetItemKey returns item with the field key (a wire name) set from text; a bare key
// (no "=") turns a boolean on.
func SetItemKey[T any](item T, list, key, raw string, hasValue bool) (T, error) {
	fi, _ := model.Field(list + "[]." + key)
	switch fi.Type {
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
	probe := itemProbe(list, item)
	if err := model.MustPath(list+"[0]."+key).SetText(probe, raw); err != nil {
		return item, err
	}
	if v, ok := model.MustPath(list).Get(probe); ok {
		return v.([]T)[0], nil
	}
	var zero T
	return zero, nil
}

// itemKeys lists the wire names of the fields of the list's items, in reference order.
func itemKeys(list string) []string {
	prefix := list + "[]."
	var out []string
	for _, fi := range model.Fields() {
		if rest, ok := strings.CutPrefix(fi.Path, prefix); ok && !strings.ContainsAny(rest, ".[") {
			out = append(out, rest)
		}
	}
	return out
}

// IsItemKey reports whether key is a field of the list's items.
func IsItemKey(list, key string) bool {
	_, ok := model.Field(list + "[]." + key)
	return ok && key != "" && !strings.ContainsAny(key, ".[")
}
