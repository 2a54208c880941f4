package forms

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// objectCodec reads an object of the list as comma-separated "key=value" items using
// the wire names of T's fields (a bare "key" sets a boolean to true, list values are
// separated by "|"), e.g. for disk_init:
//
//	disk_name=data1,mkfs_type=ext4,mount_target=/mnt/disk0,mount_for_runtime
//
// aliases maps short names people type to wire names.
func objectCodec[T any](example string, aliases map[string]string) lineCodec[T] {
	t := reflect.TypeFor[T]()
	return lineCodec[T]{
		syntax: example,
		parse: func(line string) (T, error) {
			var out T
			v := reflect.ValueOf(&out).Elem()
			for _, item := range splitList(line) {
				k, raw, hasValue := strings.Cut(item, "=")
				k, raw = strings.TrimSpace(k), strings.TrimSpace(raw)
				if a, ok := aliases[k]; ok {
					k = a
				}
				f, ok := fieldByWireName(t, k)
				if !ok {
					return out, fmt.Errorf("unknown key %q; known keys: %s", k, strings.Join(wireNames(t), ", "))
				}
				if err := setScalar(v.FieldByIndex(f.Index), raw, hasValue); err != nil {
					return out, fmt.Errorf("%s: %w", k, err)
				}
			}
			return out, nil
		},
		format: func(item T) string {
			v := reflect.ValueOf(item)
			var parts []string
			for i := 0; i < t.NumField(); i++ {
				fv := v.Field(i)
				if fv.IsZero() {
					continue
				}
				name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
				parts = append(parts, name+"="+scalarText(fv))
			}
			return strings.Join(parts, ",")
		},
	}
}

// setScalar converts raw to the type of the pointer or string-slice field f.
func setScalar(f reflect.Value, raw string, hasValue bool) error {
	if f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String {
		var list []string
		for _, s := range strings.Split(raw, "|") {
			if s = strings.TrimSpace(s); s != "" {
				list = append(list, s)
			}
		}
		f.Set(reflect.ValueOf(list))
		return nil
	}
	if f.Kind() != reflect.Pointer {
		return fmt.Errorf("cannot be written on one line")
	}
	p := reflect.New(f.Type().Elem())
	switch e := p.Elem(); e.Kind() {
	case reflect.Bool:
		on := true
		if hasValue {
			b, err := strconv.ParseBool(raw)
			if err != nil {
				return fmt.Errorf("%q is not true or false", raw)
			}
			on = b
		}
		e.SetBool(on)
	case reflect.String:
		if !hasValue || raw == "" {
			return fmt.Errorf("missing value; write key=value")
		}
		e.SetString(raw)
	case reflect.Int64:
		n, err := strconv.ParseInt(raw, 10, 64)
		if err != nil {
			return fmt.Errorf("%q is not a whole number", raw)
		}
		e.SetInt(n)
	case reflect.Float64:
		x, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			return fmt.Errorf("%q is not a number", raw)
		}
		e.SetFloat(x)
	default:
		return fmt.Errorf("cannot be written on one line")
	}
	f.Set(p)
	return nil
}

// scalarText renders a pointer or string-slice field for objectCodec.
func scalarText(f reflect.Value) string {
	if f.Kind() == reflect.Slice {
		return strings.Join(f.Interface().([]string), "|")
	}
	return fmt.Sprint(f.Elem().Interface())
}

// wireNames lists the wire names of T's fields.
func wireNames(t reflect.Type) []string {
	var out []string
	for i := 0; i < t.NumField(); i++ {
		if name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ","); name != "" {
			out = append(out, name)
		}
	}
	return out
}
