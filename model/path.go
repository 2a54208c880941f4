package model

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Path is a wire path resolved against the request types once, so reading and writing
// it later is a short walk over struct field indexes. Paths come from ParsePath or
// MustPath; array items are addressed by index (kubernetes_config.labels[0].key) and a
// map entry by the key after the map's name. The zero Path addresses nothing.
type Path struct {
	text  string
	steps []pathStep
	key   string // map key after a map field ("" for the whole map)
}

// pathStep is one field of a Path with its array index, or -1.
type pathStep struct {
	field *fieldSpec
	index int
	at    string // the path up to this field, without its index, for messages
}

// ParsePath resolves a dotted wire path ("scaling_group.data_disks[2].size"). The error
// names the path and suggests the closest field on a typo.
func ParsePath(path string) (Path, error) {
	segs, err := splitPath(path)
	if err != nil {
		return Path{}, err
	}
	p := Path{text: path, steps: make([]pathStep, 0, len(segs))}
	spec := requestSchema().root
	prefix := ""
	for i, seg := range segs {
		f, ok := spec.field(seg.name)
		if !ok {
			return Path{}, unknownPathError(path, prefix, seg.name, spec)
		}
		if seg.index >= 0 && f.kind != kindStructSlice && f.kind != kindStringSlice {
			return Path{}, fmt.Errorf("%s: %s is not an array; drop the [%d]", path, joinPath(prefix, seg.name), seg.index)
		}
		if seg.index > maxIndex {
			return Path{}, fmt.Errorf("%s: index %d is too large (at most %d)", path, seg.index, maxIndex)
		}
		p.steps = append(p.steps, pathStep{field: f, index: seg.index, at: joinPath(prefix, seg.name)})
		prefix = joinPath(prefix, seg.raw)
		last := i == len(segs)-1
		switch {
		case last:
		case f.kind == kindStruct:
			spec = f.elem
		case f.kind == kindStructSlice && seg.index >= 0:
			spec = f.elem
		case f.kind == kindStringMap || f.kind == kindBoolMap || f.kind == kindAnyMap:
			rest := make([]string, 0, len(segs)-i-1)
			for _, s := range segs[i+1:] {
				rest = append(rest, s.raw)
			}
			p.key = strings.Join(rest, ".")
			return p, nil
		case f.kind == kindStructSlice:
			return Path{}, fmt.Errorf("%s: is an array of objects; give an index, e.g. %s[0].%s", path, prefix, f.elem.fields[0].name)
		case f.kind == kindStringSlice:
			return Path{}, fmt.Errorf("%s: %s is an array of strings and has no fields", path, prefix)
		default:
			return Path{}, fmt.Errorf("%s: %s is %s and has no fields", path, prefix, f.kind.typeName())
		}
	}
	return p, nil
}

// MustPath is ParsePath for paths written in the program (the Path constants); an
// unknown path is a programming error that the tests catch.
func MustPath(path string) Path {
	p, err := ParsePath(path)
	if err != nil {
		panic("model: " + err.Error())
	}
	return p
}

// String returns the path as it was written.
func (p Path) String() string { return p.text }

// last is the addressed field.
func (p Path) last() pathStep { return p.steps[len(p.steps)-1] }

// find walks to the object holding the addressed field without creating anything; ok is
// false when a parent object or item is missing.
func (p Path) find(np *NodePool) (holder reflect.Value, ok bool) {
	if np == nil || len(p.steps) == 0 {
		return reflect.Value{}, false
	}
	v := reflect.ValueOf(np).Elem()
	for _, s := range p.steps[:len(p.steps)-1] {
		fv := v.Field(s.field.index)
		switch {
		case s.field.kind == kindStruct:
			if fv.IsNil() {
				return reflect.Value{}, false
			}
			v = fv.Elem()
		case s.index < fv.Len():
			v = fv.Index(s.index)
		default:
			return reflect.Value{}, false
		}
	}
	return v, true
}

// make walks to the object holding the addressed field, creating parent objects and
// growing arrays by one item where needed.
func (p Path) make(np *NodePool) (reflect.Value, error) {
	v := reflect.ValueOf(np).Elem()
	for _, s := range p.steps[:len(p.steps)-1] {
		fv := v.Field(s.field.index)
		if s.field.kind == kindStruct {
			if fv.IsNil() {
				fv.Set(reflect.New(fv.Type().Elem()))
			}
			v = fv.Elem()
			continue
		}
		if err := checkAppendIndex(p.text, s.at, fv, s.index); err != nil {
			return reflect.Value{}, err
		}
		growTo(fv, s.index+1)
		v = fv.Index(s.index)
	}
	return v, nil
}

// value is the addressed field (or array item or map entry), invalid when unset.
func (p Path) value(np *NodePool) reflect.Value {
	holder, ok := p.find(np)
	if !ok {
		return reflect.Value{}
	}
	s := p.last()
	fv := holder.Field(s.field.index)
	switch {
	case p.key != "":
		if fv.IsNil() {
			return reflect.Value{}
		}
		return fv.MapIndex(reflect.ValueOf(p.key))
	case s.index >= 0:
		if s.index >= fv.Len() {
			return reflect.Value{}
		}
		return fv.Index(s.index)
	}
	return fv
}

// Get returns the value at the path as its Go type (*int64, []string, []Label, ...) and
// whether it is set: a nil pointer, an empty array or map, or a missing parent is unset.
func (p Path) Get(np *NodePool) (any, bool) {
	v := p.value(np)
	if isEmpty(v) {
		return nil, false
	}
	return v.Interface(), true
}

// IsSet reports whether the path holds a value (see Get).
func (p Path) IsSet(np *NodePool) bool {
	_, ok := p.Get(np)
	return ok
}

// Set stores v, which must have the field's Go type (e.g. *int64 or []string). A zero v
// (nil pointer, empty array or map) clears the field like Clear; otherwise parent objects
// are created.
func (p Path) Set(np *NodePool, v any) error {
	rv := reflect.ValueOf(v)
	if isEmpty(rv) {
		p.Clear(np)
		return nil
	}
	if p.key != "" {
		return fmt.Errorf("%s: set a map entry with SetText", p.text)
	}
	holder, err := p.make(np)
	if err != nil {
		return err
	}
	s := p.last()
	fv := holder.Field(s.field.index)
	if s.index >= 0 {
		if err := checkAppendIndex(p.text, s.at, fv, s.index); err != nil {
			return err
		}
		growTo(fv, s.index+1)
		fv = fv.Index(s.index)
	}
	if !rv.Type().AssignableTo(fv.Type()) {
		return fmt.Errorf("%s: a %s cannot hold a %s", p.text, fv.Type(), rv.Type())
	}
	fv.Set(rv)
	return nil
}

// Clear unsets the field (removes the array item or map entry) and then removes the
// parent objects that became empty, so the request body only carries keys somebody chose.
func (p Path) Clear(np *NodePool) {
	holder, ok := p.find(np)
	if !ok {
		return
	}
	s := p.last()
	fv := holder.Field(s.field.index)
	switch {
	case p.key != "":
		if fv.IsNil() {
			return
		}
		fv.SetMapIndex(reflect.ValueOf(p.key), reflect.Value{})
		if fv.Len() == 0 {
			fv.SetZero()
		}
	case s.index >= 0:
		removeIndex(fv, s.index)
	default:
		if fv.IsZero() {
			return
		}
		fv.SetZero()
	}
	p.prune(np)
}

// prune removes the parent objects of the path that are empty, innermost first; it stops
// at an array item.
func (p Path) prune(np *NodePool) {
	ptrs := make([]reflect.Value, 0, len(p.steps))
	v := reflect.ValueOf(np).Elem()
	for _, s := range p.steps[:len(p.steps)-1] {
		if s.field.kind != kindStruct {
			break
		}
		fv := v.Field(s.field.index)
		if fv.IsNil() {
			return
		}
		ptrs = append(ptrs, fv)
		v = fv.Elem()
	}
	for j := len(ptrs) - 1; j >= 0; j-- {
		if !ptrs[j].Elem().IsZero() {
			return
		}
		ptrs[j].SetZero()
	}
}

// Text returns the value at the path as a person types it: a number or boolean in
// decimal, a string as is, a string array as a comma list; "" when unset.
func (p Path) Text(np *NodePool) string {
	v := p.value(np)
	if isEmpty(v) {
		return ""
	}
	switch v.Kind() {
	case reflect.Pointer:
		switch e := v.Elem(); e.Kind() {
		case reflect.String:
			return e.String()
		case reflect.Int64:
			return strconv.FormatInt(e.Int(), 10)
		case reflect.Float64:
			return strconv.FormatFloat(e.Float(), 'f', -1, 64)
		case reflect.Bool:
			return strconv.FormatBool(e.Bool())
		}
	case reflect.String:
		return v.String()
	case reflect.Slice:
		if list, ok := v.Interface().([]string); ok {
			return strings.Join(list, ",")
		}
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	}
	return fmt.Sprint(v.Interface())
}

// SetText sets a scalar, a string array (a comma list) or a map entry from typed text;
// blank text clears the field like Clear. The error says what the text should be,
// without the path, for a form to show under its field: "\"12O\" is not a whole number".
func (p Path) SetText(np *NodePool, raw string) error {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		p.Clear(np)
		return nil
	}
	s := p.last()
	if p.key != "" || s.field.kind == kindStringMap || s.field.kind == kindBoolMap || s.field.kind == kindAnyMap {
		holder, err := p.make(np)
		if err != nil {
			return err
		}
		return setMap(holder.Field(s.field.index), s.field.kind, p.key, raw, p.text)
	}
	var val any
	switch s.field.kind {
	case kindString:
		text := raw // only this case takes the address; raw itself stays on the stack
		val = &text
	case kindInt:
		n, err := strconv.ParseInt(raw, 10, 64)
		if err != nil {
			return fmt.Errorf("%q is not a whole number", raw)
		}
		val = &n
	case kindFloat:
		f, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			return fmt.Errorf("%q is not a number", raw)
		}
		val = &f
	case kindBool:
		b, err := strconv.ParseBool(raw)
		if err != nil {
			return fmt.Errorf("%q is not true or false", raw)
		}
		val = &b
	case kindStringSlice:
		if s.index >= 0 {
			val = raw
		} else {
			val = splitList(raw)
		}
	default:
		return fmt.Errorf("%s is %s; set one of its fields", p.text, s.field.kind.typeName())
	}
	return p.Set(np, val)
}

// isEmpty reports whether v is unset: invalid, a nil pointer, an empty array or map.
func isEmpty(v reflect.Value) bool {
	if !v.IsValid() {
		return true
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Map:
		return v.Len() == 0
	}
	return v.IsZero()
}

// splitList splits a comma-separated list, trimming blanks and dropping empty items;
// nil when nothing is left.
func splitList(raw string) []string {
	var out []string
	for _, item := range strings.Split(raw, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// Covers reports whether the wire path prefix is path itself or holds it: path
// continues prefix with "." or "[", so "scaling_group.data_disks" covers
// "scaling_group.data_disks[0].size" but "scaling_group.data" does not. The empty
// prefix covers every path.
func Covers(prefix, path string) bool {
	if !strings.HasPrefix(path, prefix) {
		return false
	}
	if prefix == "" || len(path) == len(prefix) {
		return true
	}
	c := path[len(prefix)]
	return c == '.' || c == '['
}
