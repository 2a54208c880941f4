package forms

import (
	"fmt"
	"reflect"
	"strings"

	"ackpool/model"
)

// slot is a location in the request model found by its dotted wire path
// ("scaling_group.system_disk_size"). It is resolved once when a step is built, so
// reading and writing it later is a short walk over struct field indexes.
type slot struct {
	path  string
	index []int        // struct field index at each level
	leaf  reflect.Type // Go type of the addressed field, e.g. *int64 or []string
}

// nodePoolType is the reflect type every slot starts from.
var nodePoolType = reflect.TypeFor[model.NodePool]()

// resolveSlot finds path in model.NodePool. Every level but the last must be a pointer
// to a struct; the last can be any field type.
func resolveSlot(path string) (slot, error) {
	s := slot{path: path}
	t := nodePoolType
	parts := strings.Split(path, ".")
	for i, name := range parts {
		f, ok := fieldByWireName(t, name)
		if !ok {
			return slot{}, fmt.Errorf("forms: %s: no field %q in %s", path, name, t.Name())
		}
		s.index = append(s.index, f.Index[0])
		if i == len(parts)-1 {
			s.leaf = f.Type
			break
		}
		if f.Type.Kind() != reflect.Pointer || f.Type.Elem().Kind() != reflect.Struct {
			return slot{}, fmt.Errorf("forms: %s: %s is not an object", path, name)
		}
		t = f.Type.Elem()
	}
	return s, nil
}

// mustSlot is resolveSlot for the paths written in this package; an unknown path is a
// programming error that the tests catch.
func mustSlot(path string) slot {
	s, err := resolveSlot(path)
	if err != nil {
		panic(err)
	}
	return s
}

func fieldByWireName(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if tag == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// get returns the addressed field, or an invalid Value when a parent object is unset.
func (s slot) get(np *model.NodePool) reflect.Value {
	v := reflect.ValueOf(np).Elem()
	last := len(s.index) - 1
	for _, i := range s.index[:last] {
		v = v.Field(i)
		if v.IsNil() {
			return reflect.Value{}
		}
		v = v.Elem()
	}
	return v.Field(s.index[last])
}

// set stores val (of the leaf's type) in np. A zero val (nil pointer, empty slice or
// map) clears the field without creating parents, and parents left empty are removed,
// so the request body only carries keys somebody chose.
func (s slot) set(np *model.NodePool, val reflect.Value) {
	if !val.IsValid() || val.IsZero() {
		s.clear(np)
		return
	}
	v := reflect.ValueOf(np).Elem()
	last := len(s.index) - 1
	for _, i := range s.index[:last] {
		v = v.Field(i)
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		v = v.Elem()
	}
	v.Field(s.index[last]).Set(val)
}

// clear unsets the field and prunes the parent objects that became empty.
func (s slot) clear(np *model.NodePool) {
	parents := make([]reflect.Value, 0, len(s.index)) // the pointer fields walked through
	v := reflect.ValueOf(np).Elem()
	last := len(s.index) - 1
	for _, i := range s.index[:last] {
		p := v.Field(i)
		if p.IsNil() {
			return
		}
		parents = append(parents, p)
		v = p.Elem()
	}
	f := v.Field(s.index[last])
	if f.IsZero() {
		return
	}
	f.SetZero()
	for j := len(parents) - 1; j >= 0; j-- {
		if !parents[j].Elem().IsZero() {
			return
		}
		parents[j].SetZero()
	}
}

// reflectString is a *string value for slot.set.
func reflectString(v string) reflect.Value { return reflect.ValueOf(&v) }
