package model

import (
	"reflect"
	"strings"
	"sync"
)

// kind classifies a Go field of the request by how it is read, written and checked.
type kind int

const (
	kindString kind = iota
	kindInt
	kindFloat
	kindBool
	kindStruct      // pointer to a nested object
	kindStructSlice // array of objects
	kindStringSlice // array of strings
	kindStringMap   // object of string values
	kindBoolMap     // object of boolean values
	kindAnyMap      // free-form object
)

// typeName is how a kind is named in error messages.
func (k kind) typeName() string {
	switch k {
	case kindString:
		return "a string"
	case kindInt:
		return "an integer"
	case kindFloat:
		return "a number"
	case kindBool:
		return "a boolean (true or false)"
	case kindStruct, kindStringMap, kindBoolMap, kindAnyMap:
		return "an object"
	default:
		return "an array"
	}
}

// fieldSpec describes one wire key of an object: its Go field and how to handle it.
type fieldSpec struct {
	name  string      // wire name (JSON tag)
	index int         // Go struct field index
	kind  kind        //
	elem  *structSpec // nested object for kindStruct and kindStructSlice
}

// structSpec describes one object of the request.
type structSpec struct {
	typ    reflect.Type
	fields []fieldSpec
	byName map[string]int
}

// field returns the spec of the wire key name.
func (s *structSpec) field(name string) (*fieldSpec, bool) {
	i, ok := s.byName[name]
	if !ok {
		return nil, false
	}
	return &s.fields[i], true
}

// names lists the wire keys of the object in declaration order.
func (s *structSpec) names() []string {
	out := make([]string, len(s.fields))
	for i, f := range s.fields {
		out[i] = f.name
	}
	return out
}

// schema is the shape of NodePool derived once from the Go types; it is immutable after construction.
type schema struct {
	root *structSpec
}

// requestSchema returns the lazily built, immutable shape of NodePool.
var requestSchema = sync.OnceValue(func() *schema {
	return &schema{root: buildStructSpec(reflect.TypeFor[NodePool]())}
})

func buildStructSpec(t reflect.Type) *structSpec {
	s := &structSpec{typ: t, byName: map[string]int{}}
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		fs := fieldSpec{name: name, index: i, kind: kindOf(sf.Type)}
		switch fs.kind {
		case kindStruct:
			fs.elem = buildStructSpec(sf.Type.Elem())
		case kindStructSlice:
			fs.elem = buildStructSpec(sf.Type.Elem())
		}
		s.byName[name] = len(s.fields)
		s.fields = append(s.fields, fs)
	}
	return s
}

func kindOf(t reflect.Type) kind {
	switch t.Kind() {
	case reflect.Pointer:
		switch t.Elem().Kind() {
		case reflect.String:
			return kindString
		case reflect.Int64:
			return kindInt
		case reflect.Float64:
			return kindFloat
		case reflect.Bool:
			return kindBool
		case reflect.Struct:
			return kindStruct
		}
	case reflect.Slice:
		switch t.Elem().Kind() {
		case reflect.String:
			return kindStringSlice
		case reflect.Struct:
			return kindStructSlice
		}
	case reflect.Map:
		switch t.Elem().Kind() {
		case reflect.String:
			return kindStringMap
		case reflect.Bool:
			return kindBoolMap
		case reflect.Interface:
			return kindAnyMap
		}
	}
	panic("model: unsupported field type " + t.String())
}
