package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestGeneratedFilesAreCurrent fails when the generated files of package model differ
// from what the reference and the field table produce: run `go generate ./...`.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	files, err := generate("../..")
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("../..", name))
		if err != nil {
			t.Fatalf("%s: %v (run go generate ./...)", name, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("model/%s is stale: run go generate ./...", name)
		}
	}
}

// TestAddingAPlainField shows that a new field needs one reference entry and one table
// row: the generated types, paths and field data then carry it.
func TestAddingAPlainField(t *testing.T) {
	dir := t.TempDir()
	ref, err := os.ReadFile(filepath.Join("../..", referencePath))
	if err != nil {
		t.Fatal(err)
	}
	entry := `{"path": "scaling_group.spare_capacity", "location": "body", "type": "integer", "required": false,` +
		` "deprecated": false, "min": 0, "max": 10, "secret": false, "summary": "Extra nodes kept warm."}`
	ref = bytes.Replace(ref, []byte("[\n"), []byte("[\n"+entry+",\n"), 1)
	table, err := os.ReadFile(filepath.Join("../..", tablePath))
	if err != nil {
		t.Fatal(err)
	}
	table = append(table, []byte("scaling_group.spare_capacity:\n  go: SpareCapacity\n  step: instances\n  title: Spare nodes\n  widget: number\n")...)
	if err := os.MkdirAll(filepath.Join(dir, "reference"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, referencePath), ref, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, tablePath), table, 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"zz_types.go":  "SpareCapacity *int64 `json:\"spare_capacity,omitempty\"`",
		"zz_paths.go":  `PathScalingGroupSpareCapacity = "scaling_group.spare_capacity"`,
		"zz_fields.go": `Title:  "Spare nodes"`,
	} {
		if !bytes.Contains(bytes.Join(bytes.Fields(files[name]), []byte(" ")), bytes.Join(bytes.Fields([]byte(want)), []byte(" "))) {
			t.Errorf("%s lacks %s", name, want)
		}
	}
	// a row without its reference entry, or an entry without its row, is refused
	if err := os.WriteFile(filepath.Join(dir, tablePath), append(table, []byte("no_such_field:\n  go: NoSuchField\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := generate(dir); err == nil {
		t.Error("a table row without a reference entry was accepted")
	}
}
