package presets

import (
	"errors"
	"fmt"
)

// Library is the set of presets a person can pick from: the built-ins and the
// user's Store. It is what `ackpool preset`, `--preset` and the wizard use.
type Library struct {
	// Store is the user's preset folder; nil means built-ins only.
	Store *Store
}

// List returns the built-in presets (marked Builtin) followed by the user's presets,
// and the user preset files that were skipped because they could not be read.
func (l Library) List() ([]Meta, []*FileError, error) {
	builtins, err := Builtins()
	if err != nil {
		return nil, nil, err
	}
	out := make([]Meta, 0, len(builtins))
	for _, p := range builtins {
		out = append(out, p.Meta)
	}
	if l.Store == nil {
		return out, nil, nil
	}
	user, skipped, err := l.Store.List()
	if err != nil {
		return out, skipped, err
	}
	for _, m := range user {
		if IsBuiltin(m.Name) {
			skipped = append(skipped, &FileError{File: m.File, Err: fmt.Errorf("%q is the name of a built-in preset, which wins; rename the file to use it", m.Name)})
			continue
		}
		out = append(out, m)
	}
	return out, skipped, nil
}

// Get returns the preset of that name: a built-in when the name is one, otherwise
// the user's preset. A missing name wraps ErrNotFound and lists where it looked.
func (l Library) Get(name string) (*Preset, error) {
	if err := ValidateName(name); err != nil {
		return nil, err
	}
	if IsBuiltin(name) {
		return Builtin(name)
	}
	if l.Store == nil {
		return nil, fmt.Errorf("%w: %q is not a built-in preset (built-ins: %v)", ErrNotFound, name, BuiltinNames())
	}
	p, err := l.Store.Load(name)
	if errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("%w: %q is neither a built-in preset (%v) nor a file in %s; run \"ackpool preset list\"", ErrNotFound, name, BuiltinNames(), l.Store.Dir())
	}
	return p, err
}
