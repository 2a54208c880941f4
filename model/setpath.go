package model

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// maxIndex bounds the array index SetPath accepts, so a typo cannot allocate a huge slice.
const maxIndex = 999

// segment is one dotted part of a wire path, with its array index or -1.
type segment struct {
	name  string
	index int
	raw   string
}

// splitPath cuts "scaling_group.data_disks[0].size" into its segments.
func splitPath(path string) ([]segment, error) {
	if path == "" {
		return nil, fmt.Errorf("empty path; give a dotted wire path such as scaling_group.desired_size")
	}
	parts := strings.Split(path, ".")
	segs := make([]segment, len(parts))
	for i, p := range parts {
		seg := segment{name: p, index: -1, raw: p}
		if open := strings.IndexByte(p, '['); open >= 0 {
			if !strings.HasSuffix(p, "]") {
				return nil, fmt.Errorf("%s: malformed index in %q; write name[N]", path, p)
			}
			n, err := strconv.Atoi(p[open+1 : len(p)-1])
			if err != nil || n < 0 {
				return nil, fmt.Errorf("%s: index in %q must be a number 0 or more", path, p)
			}
			seg.name, seg.index = p[:open], n
		}
		segs[i] = seg
	}
	return segs, nil
}

// SetPath sets the value at a dotted wire path from its text form, converting it to
// the field's type ("scaling_group.desired_size=3", "scaling_group.instance_types[1]=ecs.g7.large",
// comma lists for string arrays).
//
// Arrays are addressed by index (kubernetes_config.labels[0].key); the index equal to the
// length appends an item, a larger one is refused so no empty items are left in between;
// map fields take the key after the map's name (node_config.kubelet_configuration.featureGates.Foo)
// or a "k=v,k=v" list; intermediate objects are created. An empty raw value unsets the
// field (removes an array element or map entry). Errors name the path and the expected type
// and suggest the closest path on a typo.
func SetPath(np *NodePool, path string, raw string) error {
	segs, err := splitPath(path)
	if err != nil {
		return err
	}
	v := reflect.ValueOf(np).Elem()
	spec := requestSchema().root
	prefix := ""
	for i, seg := range segs {
		f, ok := spec.field(seg.name)
		if !ok {
			return unknownPathError(path, prefix, seg.name, spec)
		}
		here := joinPath(prefix, seg.raw)
		last := i == len(segs)-1
		fv := v.Field(f.index)
		if seg.index >= 0 && f.kind != kindStructSlice && f.kind != kindStringSlice {
			return fmt.Errorf("%s: %s is not an array; drop the [%d]", path, joinPath(prefix, seg.name), seg.index)
		}
		if seg.index > maxIndex {
			return fmt.Errorf("%s: index %d is too large (at most %d)", path, seg.index, maxIndex)
		}
		switch f.kind {
		case kindStruct:
			if last {
				if raw == "" {
					fv.SetZero()
					return nil
				}
				return fmt.Errorf("%s: is an object; set one of its fields (%s)", path, strings.Join(f.elem.names(), ", "))
			}
			if fv.IsNil() {
				fv.Set(reflect.New(fv.Type().Elem()))
			}
			v, spec = fv.Elem(), f.elem
		case kindStructSlice:
			if seg.index < 0 {
				if last && raw == "" {
					fv.SetZero()
					return nil
				}
				return fmt.Errorf("%s: is an array of objects; give an index, e.g. %s[0].%s", path, joinPath(prefix, seg.name), f.elem.fields[0].name)
			}
			if last {
				if raw != "" {
					return fmt.Errorf("%s: is an object; set one of its fields (%s)", path, strings.Join(f.elem.names(), ", "))
				}
				if err := checkRemoveIndex(path, joinPath(prefix, seg.name), fv, seg.index); err != nil {
					return err
				}
				removeIndex(fv, seg.index)
				return nil
			}
			if err := checkAppendIndex(path, joinPath(prefix, seg.name), fv, seg.index); err != nil {
				return err
			}
			growTo(fv, seg.index+1)
			v, spec = fv.Index(seg.index), f.elem
		case kindStringSlice:
			if !last {
				return fmt.Errorf("%s: %s is an array of strings and has no fields", path, here)
			}
			if seg.index >= 0 {
				check := checkAppendIndex
				if raw == "" {
					check = checkRemoveIndex
				}
				if err := check(path, joinPath(prefix, seg.name), fv, seg.index); err != nil {
					return err
				}
			}
			setStringSlice(fv, seg.index, raw)
			return nil
		case kindStringMap, kindBoolMap, kindAnyMap:
			key := ""
			if !last {
				rest := make([]string, 0, len(segs)-i-1)
				for _, s := range segs[i+1:] {
					rest = append(rest, s.raw)
				}
				key = strings.Join(rest, ".")
			}
			return setMap(fv, f.kind, key, raw, path)
		default:
			if !last {
				return fmt.Errorf("%s: %s is %s and has no fields", path, here, f.kind.typeName())
			}
			if raw == "" {
				fv.SetZero()
				return nil
			}
			val, err := parseScalar(f.kind, raw)
			if err != nil {
				return fmt.Errorf("%s: %q is not %s", path, raw, f.kind.typeName())
			}
			p := reflect.New(fv.Type().Elem())
			p.Elem().Set(reflect.ValueOf(val))
			fv.Set(p)
			return nil
		}
		prefix = here
	}
	return nil
}

func unknownPathError(path, prefix, name string, spec *structSpec) error {
	msg := fmt.Sprintf("%s: unknown field", path)
	if s := closest(name, spec.names()); s != "" {
		msg += "; did you mean " + joinPath(prefix, s) + "?"
	}
	return fmt.Errorf("%s", msg)
}

// parseScalar converts text to the Go value of a scalar kind.
func parseScalar(k kind, raw string) (any, error) {
	t := strings.TrimSpace(raw)
	switch k {
	case kindInt:
		return strconv.ParseInt(t, 10, 64)
	case kindFloat:
		return strconv.ParseFloat(t, 64)
	case kindBool:
		return strconv.ParseBool(t)
	default:
		return raw, nil
	}
}

// checkAppendIndex refuses an index past the end of a list: the items in between would
// be empty and reach the service as empty IDs or objects. The index equal to the length
// appends one item.
func checkAppendIndex(path, list string, s reflect.Value, index int) error {
	if n := s.Len(); index > n {
		return fmt.Errorf("%s: %s has %d items; use an index from 0 to %d (%d adds an item)", path, list, n, n, n)
	}
	return nil
}

// checkRemoveIndex refuses to unset an item that is not in the list.
func checkRemoveIndex(path, list string, s reflect.Value, index int) error {
	if n := s.Len(); index >= n {
		return fmt.Errorf("%s: %s has %d items; nothing to remove at index %d", path, list, n, index)
	}
	return nil
}

func growTo(s reflect.Value, n int) {
	if s.Len() >= n {
		return
	}
	s.Set(reflect.AppendSlice(s, reflect.MakeSlice(s.Type(), n-s.Len(), n-s.Len())))
}

func removeIndex(s reflect.Value, i int) {
	if i >= s.Len() {
		return
	}
	out := reflect.AppendSlice(s.Slice(0, i), s.Slice(i+1, s.Len()))
	if out.Len() == 0 {
		out = reflect.Zero(s.Type())
	}
	s.Set(out)
}

func setStringSlice(fv reflect.Value, index int, raw string) {
	if index >= 0 {
		if raw == "" {
			removeIndex(fv, index)
			return
		}
		growTo(fv, index+1)
		fv.Index(index).SetString(raw)
		return
	}
	fv.Set(reflect.ValueOf(splitList(raw)))
}

// setMap sets one entry (key != "") or the whole map from a "k=v,k=v" list.
func setMap(fv reflect.Value, k kind, key, raw, path string) error {
	if key == "" {
		if raw == "" {
			fv.SetZero()
			return nil
		}
		m := reflect.MakeMap(fv.Type())
		for _, pair := range strings.Split(raw, ",") {
			k2, v2, ok := strings.Cut(pair, "=")
			k2 = strings.TrimSpace(k2)
			if !ok || k2 == "" {
				return fmt.Errorf("%s: %q is not a key=value list (e.g. memory.available=300Mi,nodefs.available=10%%)", path, raw)
			}
			val, err := mapValue(k, strings.TrimSpace(v2))
			if err != nil {
				return fmt.Errorf("%s.%s: %q is not %s", path, k2, v2, kindBool.typeName())
			}
			m.SetMapIndex(reflect.ValueOf(k2), val)
		}
		fv.Set(m)
		return nil
	}
	if raw == "" {
		if !fv.IsNil() {
			fv.SetMapIndex(reflect.ValueOf(key), reflect.Value{})
			if fv.Len() == 0 {
				fv.SetZero()
			}
		}
		return nil
	}
	val, err := mapValue(k, raw)
	if err != nil {
		return fmt.Errorf("%s: %q is not %s", path, raw, kindBool.typeName())
	}
	if fv.IsNil() {
		fv.Set(reflect.MakeMap(fv.Type()))
	}
	fv.SetMapIndex(reflect.ValueOf(key), val)
	return nil
}

// mapValue converts text to a map value: as is for string maps, a boolean for feature
// gates, and JSON (falling back to the text itself) for free-form maps.
func mapValue(k kind, raw string) (reflect.Value, error) {
	switch k {
	case kindBoolMap:
		b, err := strconv.ParseBool(strings.TrimSpace(raw))
		return reflect.ValueOf(b), err
	case kindAnyMap:
		var a any
		if err := json.Unmarshal([]byte(raw), &a); err != nil || a == nil {
			return reflect.ValueOf(any(raw)), nil
		}
		return reflect.ValueOf(&a).Elem(), nil
	default:
		return reflect.ValueOf(raw), nil
	}
}
