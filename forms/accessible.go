package forms

import (
	"io"

	"github.com/charmbracelet/huh"
)

// accessibleField adapts a field to huh's accessible mode, which prompts for every
// field of every group in order: it ignores the groups' hide functions and never runs
// OptionsFunc. The adapter skips the prompt while the field's page is hidden and fills
// a pick-list's options (a blocking lookup, fine for line-by-line prompts) first.
type accessibleField struct {
	huh.Field
	shown func() bool
	load  func() // nil for fields without a pick-list
}

// WithAccessible keeps the adapter in place: huh calls it right before RunAccessible.
func (a *accessibleField) WithAccessible(accessible bool) huh.Field {
	a.Field.WithAccessible(accessible)
	return a
}

// RunAccessible prompts for the field unless its page is hidden.
func (a *accessibleField) RunAccessible(w io.Writer, r io.Reader) error {
	if !a.shown() {
		return nil
	}
	if a.load != nil {
		a.load()
	}
	return a.Field.RunAccessible(w, r)
}
