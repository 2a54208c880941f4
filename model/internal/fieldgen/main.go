// Command fieldgen writes the request types, the field data and the path constants of
// package model from the field reference (reference/create-nodepool-fields.json) and the
// field table (fieldtable.yaml). Run it with `go generate ./...`; it takes the model
// folder as its only argument (default ".").
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	dir := "."
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	files, err := generate(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fieldgen:", err)
		os.Exit(1)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "fieldgen:", err)
			os.Exit(1)
		}
	}
}
