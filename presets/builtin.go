package presets

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
)

// builtinFS holds the built-in presets, one file per preset, in the user-preset format.
//
//go:embed builtin/*.yaml
var builtinFS embed.FS

// BuiltinNames returns the names of the built-in presets, sorted.
func BuiltinNames() []string {
	entries, err := fs.ReadDir(builtinFS, "builtin")
	if err != nil {
		panic(fmt.Sprintf("presets: embedded folder unreadable: %v", err)) // fixed at build time
	}
	var names []string
	for _, e := range entries {
		if n := nameFromFile(e.Name()); n != "" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// IsBuiltin reports whether name is the name of a built-in preset.
func IsBuiltin(name string) bool {
	if ValidateName(name) != nil {
		return false
	}
	_, err := fs.Stat(builtinFS, path.Join("builtin", name+fileExt))
	return err == nil
}

// Builtin returns a fresh copy of the built-in preset of that name (ErrNotFound when
// there is none). Built-ins are partial requests; see Validate.
func Builtin(name string) (*Preset, error) {
	if !IsBuiltin(name) {
		return nil, fmt.Errorf("%w: %q is not a built-in preset", ErrNotFound, name)
	}
	file := path.Join("builtin", name+fileExt)
	data, err := builtinFS.ReadFile(file)
	if err != nil {
		return nil, err
	}
	p, err := decodePreset("(built-in) "+file, data)
	if err != nil {
		return nil, err
	}
	p.Name = name
	p.Builtin = true
	return p, nil
}

// Builtins returns fresh copies of every built-in preset, sorted by name.
func Builtins() ([]*Preset, error) {
	var out []*Preset
	for _, name := range BuiltinNames() {
		p, err := Builtin(name)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}
