package presets

import (
	"errors"
	"fmt"
	"strings"
)

// MaxNameLength is the longest preset name accepted.
const MaxNameLength = 64

// fileExt is the extension of preset and draft files.
const fileExt = ".yaml"

// ErrInvalidName is wrapped by every error ValidateName returns.
var ErrInvalidName = errors.New("invalid preset name")

// ValidateName checks that name can be used as a preset name and so as a file name:
// 1–64 characters from letters, digits, '.', '_' and '-', starting with a letter or a
// digit (so no hidden files, no path separators, no "..").
func ValidateName(name string) error {
	switch {
	case name == "":
		return fmt.Errorf("%w: the name is empty; use letters, digits, '.', '_' or '-'", ErrInvalidName)
	case len(name) > MaxNameLength:
		return fmt.Errorf("%w: %q is %d characters long; the limit is %d", ErrInvalidName, name, len(name), MaxNameLength)
	case !isAlnum(name[0]):
		return fmt.Errorf("%w: %q must start with a letter or a digit", ErrInvalidName, name)
	case strings.Contains(name, ".."):
		return fmt.Errorf("%w: %q must not contain \"..\"", ErrInvalidName, name)
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !isAlnum(c) && c != '.' && c != '_' && c != '-' {
			return fmt.Errorf("%w: %q contains %q; use only letters, digits, '.', '_' and '-'", ErrInvalidName, name, rune(c))
		}
	}
	return nil
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// nameFromFile returns the preset name of a directory entry, or "" when the entry is
// not a preset file (hidden, temporary, other extension, invalid name).
func nameFromFile(file string) string {
	name, ok := strings.CutSuffix(file, fileExt)
	if !ok || ValidateName(name) != nil {
		return ""
	}
	return name
}
