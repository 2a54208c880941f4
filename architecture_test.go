package main

import (
	"go/build"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// rooms maps each room (the first folder of a package's path; "main" for the root)
// to the rooms its code may import, as ARCHITECTURE.md draws them. A package may
// always import packages of its own room.
func rooms() map[string][]string {
	return map[string][]string{
		"main":     {"cli"},
		"cli":      {"ui", "forms", "api", "presets", "export", "model", "termtext"},
		"ui":       {"forms", "api", "presets", "export", "model", "termtext"},
		"forms":    {"model", "termtext"},
		"api":      {"model", "termtext"},
		"presets":  {"model", "termtext"},
		"export":   {"model", "termtext"},
		"model":    {},
		"termtext": {},
		"e2e":      {},
	}
}

// roomOf is the room of an import path of this module, or "" for other modules.
func roomOf(importPath string) string {
	if importPath == "ackpool" {
		return "main"
	}
	rest, ok := strings.CutPrefix(importPath, "ackpool/")
	if !ok {
		return ""
	}
	room, _, _ := strings.Cut(rest, "/")
	return room
}

// TestDependenciesPointOneWay reads the imports of every package (test files
// aside) and fails on an import the rooms do not allow, so the direction
// main -> cli -> ui -> forms -> model (ui -> api, presets, export -> model) holds.
func TestDependenciesPointOneWay(t *testing.T) {
	allowed := rooms()
	var checked []string
	err := filepath.WalkDir(".", func(dir string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		if name := d.Name(); dir != "." && (strings.HasPrefix(name, ".") || name == "testdata") {
			return filepath.SkipDir
		}
		pkg, err := build.ImportDir(dir, 0)
		if err != nil {
			return nil // no Go files here (or only tests)
		}
		importPath := path.Join("ackpool", filepath.ToSlash(dir))
		room := roomOf(importPath)
		may, known := allowed[room]
		if !known {
			t.Errorf("package %s is in no room of ARCHITECTURE.md (%q)", importPath, room)
			return nil
		}
		checked = append(checked, importPath)
		for _, imp := range pkg.Imports {
			to := roomOf(imp)
			if to == "" || to == room {
				continue
			}
			if !slices.Contains(may, to) {
				t.Errorf("%s imports %s: room %s may import only %v", importPath, imp, room, may)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(checked)
	for _, want := range []string{"ackpool", "ackpool/cli", "ackpool/model", "ackpool/ui"} {
		if !slices.Contains(checked, want) {
			t.Fatalf("package %s was not checked (checked %v)", want, checked)
		}
	}
}
