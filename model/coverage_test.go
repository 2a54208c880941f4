package model

import (
	"encoding/json"
	"strings"
	"testing"
)

// samplePath turns a reference path into a concrete one and a raw value of its type.
func samplePath(fi FieldInfo) (path, raw string, ok bool) {
	path = strings.ReplaceAll(fi.Path, "[]", "[0]")
	switch fi.Type {
	case "string":
		return path, "x", true
	case "integer":
		return path, "7", true
	case "number":
		return path, "1.5", true
	case "boolean":
		return path, "true", true
	case "array<string>":
		return path, "a,b", true
	case "object":
		switch fi.MapValueType {
		case "boolean":
			return path + ".k", "true", true
		case "":
			return "", "", false
		default:
			return path + ".k", "v", true
		}
	}
	return "", "", false
}

// lookupWire finds a dotted path with [0] indexes in decoded JSON.
func lookupWire(doc any, path string) bool {
	for _, part := range strings.Split(path, ".") {
		name, idx := part, false
		if strings.HasSuffix(part, "[0]") {
			name, idx = strings.TrimSuffix(part, "[0]"), true
		}
		m, ok := doc.(map[string]any)
		if !ok {
			return false
		}
		if doc, ok = m[name]; !ok {
			return false
		}
		if idx {
			arr, ok := doc.([]any)
			if !ok || len(arr) == 0 {
				return false
			}
			doc = arr[0]
		}
	}
	return true
}

// TestEveryReferencePathIsRepresentable sets every path of the field reference and finds
// its wire path in the marshalled request: no field is left out of the model.
func TestEveryReferencePathIsRepresentable(t *testing.T) {
	full := &NodePool{}
	checked := 0
	for _, fi := range Fields() {
		if fi.Location != "body" {
			continue
		}
		path, raw, ok := samplePath(fi)
		if !ok { // plain objects and object arrays are covered by their children
			continue
		}
		np := &NodePool{}
		if err := SetPath(np, path, raw); err != nil {
			t.Errorf("%s: SetPath: %v", fi.Path, err)
			continue
		}
		_ = SetPath(full, path, raw)
		js, err := EncodeJSON(np, false)
		if err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := json.Unmarshal(js, &doc); err != nil {
			t.Fatal(err)
		}
		wire := path
		if fi.MapValueType != "" {
			wire = strings.TrimSuffix(path, ".k")
		}
		if !lookupWire(doc, wire) {
			t.Errorf("%s: not found in %s", fi.Path, js)
		}
		checked++
	}
	// Plain objects and object arrays are covered through their children.
	for _, fi := range Fields() {
		if _, _, ok := samplePath(fi); ok || fi.Location != "body" {
			continue
		}
		covered := false
		for _, child := range Fields() {
			if strings.HasPrefix(child.Path, fi.Path+".") || strings.HasPrefix(child.Path, fi.Path+"[].") {
				covered = true
				break
			}
		}
		if !covered {
			t.Errorf("%s has no child path in the reference, so it was never set", fi.Path)
		}
	}
	if checked == 0 {
		t.Fatal("no path checked")
	}
	// The full request parses back to the same JSON.
	js, _ := EncodeJSON(full, true)
	back, err := Parse(js, "full.json")
	if err != nil {
		t.Fatalf("full request does not parse: %v", err)
	}
	js2, _ := EncodeJSON(back, true)
	if string(js) != string(js2) {
		t.Errorf("round trip differs:\n%s\n%s", js, js2)
	}
}

// TestEveryModelFieldIsInTheReference walks the Go types and finds each wire path in the
// field reference: the model has no field the API does not know.
func TestEveryModelFieldIsInTheReference(t *testing.T) {
	var walk func(s *structSpec, prefix string)
	n := 0
	walk = func(s *structSpec, prefix string) {
		for _, f := range s.fields {
			path := joinPath(prefix, f.name)
			if _, ok := Field(path); !ok {
				t.Errorf("%s is in the Go types but not in the reference", path)
			}
			n++
			switch f.kind {
			case kindStruct:
				walk(f.elem, path)
			case kindStructSlice:
				walk(f.elem, path+"[]")
			}
		}
	}
	walk(requestSchema().root, "")
	if want := len(Fields()) - 1; n != want { // ClusterId is a path parameter
		t.Errorf("the Go types have %d wire paths, the reference %d body paths", n, want)
	}
}
