package model

import (
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	yaml "go.yaml.in/yaml/v3"
)

// TestFieldTableCoversReference proves that the reference, the field table and the
// generated field data name the same wire paths, in the reference's order.
func TestFieldTableCoversReference(t *testing.T) {
	data, err := os.ReadFile("reference/create-nodepool-fields.json")
	if err != nil {
		t.Fatal(err)
	}
	var entries []struct {
		Path string `json:"path"`
	}
	if err := json.Unmarshal(data, &entries); err != nil {
		t.Fatal(err)
	}
	var ref []string
	for _, e := range entries {
		ref = append(ref, e.Path)
	}
	tableData, err := os.ReadFile("fieldtable.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var rows map[string]map[string]string
	if err := yaml.Unmarshal(tableData, &rows); err != nil {
		t.Fatal(err)
	}
	var table []string
	for p := range rows {
		table = append(table, p)
	}
	slices.Sort(table)
	sortedRef := slices.Sorted(slices.Values(ref))
	if !slices.Equal(sortedRef, table) {
		t.Errorf("the field table and the reference differ:\nonly in the reference: %v\nonly in the table: %v", minus(sortedRef, table), minus(table, sortedRef))
	}
	var generated []string
	for _, fi := range Fields() {
		generated = append(generated, fi.Path)
		if fi.GoName == "" {
			t.Errorf("%s has no Go name", fi.Path)
		}
	}
	if !slices.Equal(ref, generated) {
		t.Errorf("the generated field data differ from the reference: run go generate ./...")
	}
}

// TestTypesCoverTable proves that every body path of the table is a field of the
// request types under its Go name, and that the types have no other field.
func TestTypesCoverTable(t *testing.T) {
	want := map[string]string{}
	for _, fi := range Fields() {
		if fi.Location == "body" {
			want[fi.Path] = fi.GoName
		}
	}
	got := map[string]string{}
	var walk func(reflect.Type, string)
	walk = func(typ reflect.Type, prefix string) {
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			path := joinPath(prefix, name)
			got[path] = f.Name
			switch ft := f.Type; {
			case ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.Struct:
				walk(ft.Elem(), path)
			case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
				walk(ft.Elem(), path+"[]")
			}
		}
	}
	walk(reflect.TypeFor[NodePool](), "")
	if !reflect.DeepEqual(want, got) {
		for p, n := range want {
			if got[p] != n {
				t.Errorf("%s: table says Go name %q, the types have %q", p, n, got[p])
			}
		}
		for p := range got {
			if _, ok := want[p]; !ok {
				t.Errorf("%s: in the types but not in the table", p)
			}
		}
	}
}

func minus(a, b []string) []string {
	var out []string
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}
