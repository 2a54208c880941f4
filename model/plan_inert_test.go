package model

import (
	"reflect"
	"testing"
)

// fill sets every field under v (a struct) to a value of its kind taken from the
// variant: empty or blank strings, negative or huge numbers, nested objects filled
// the same way.
func fill(v reflect.Value, variant int) {
	texts := []string{"", " ", "x", "\x00"}
	numbers := []float64{-1, 0, 1e12}
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if !f.CanSet() {
			continue
		}
		switch f.Kind() {
		case reflect.Pointer:
			e := reflect.New(f.Type().Elem())
			switch e.Elem().Kind() {
			case reflect.String:
				e.Elem().SetString(texts[variant%len(texts)])
			case reflect.Int, reflect.Int32, reflect.Int64:
				e.Elem().SetInt(int64(numbers[variant%len(numbers)]))
			case reflect.Float32, reflect.Float64:
				e.Elem().SetFloat(numbers[variant%len(numbers)])
			case reflect.Bool:
				e.Elem().SetBool(variant%2 == 0)
			case reflect.Struct:
				fill(e.Elem(), variant)
			}
			f.Set(e)
		case reflect.Slice:
			if f.Type().Elem().Kind() == reflect.Struct {
				s := reflect.MakeSlice(f.Type(), 1, 1)
				fill(s.Index(0), variant)
				f.Set(s)
			}
		}
	}
}

// A list whose objects have no check is not walked object by object (validation of a
// long list costs nothing per item there); this holds only while walking such an
// object could never report anything, whatever its fields hold.
func TestInertListsReportNothingWhateverTheyHold(t *testing.T) {
	inert := 0
	var visit func(p *structPlan, t0 reflect.Type, path string)
	visit = func(p *structPlan, typ reflect.Type, path string) {
		for i := range p.fields {
			fp := &p.fields[i]
			if fp.child == nil {
				continue
			}
			ft := typ.Field(fp.spec.index).Type
			if fp.spec.kind == kindStructSlice && fp.child.inert {
				inert++
				for variant := range 12 {
					elem := reflect.New(ft.Elem()).Elem()
					fill(elem, variant)
					r := &report{}
					fp.child.walk(r, elem, path+fp.spec.name+"[0]")
					if len(r.problems) > 0 {
						t.Errorf("%s%s is taken as having no checks, but an item reports %v", path, fp.spec.name, r.problems)
					}
				}
			}
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Slice {
				ft = ft.Elem()
			}
			visit(fp.child, ft, path+fp.spec.name+".")
		}
	}
	visit(validationPlan(), reflect.TypeOf(NodePool{}), "")
	if inert == 0 {
		t.Fatal("no list is taken as having no checks: the labels' are")
	}
}
