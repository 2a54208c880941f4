package forms

import "github.com/charmbracelet/huh"

// huh fixes a field's theme the first time it gets one, and renders fields while they
// are built (group heights, select viewports), building its default theme on every
// render until then. So every field gets the wizard's theme the moment it is made:
// the UI's theme applies, and building the steps stays cheap.

func (b *binder) newInput() *huh.Input {
	f := huh.NewInput()
	f.WithTheme(b.env.Theme)
	return f
}

func (b *binder) newText() *huh.Text {
	f := huh.NewText()
	f.WithTheme(b.env.Theme)
	return f
}

func (b *binder) newSelect() *huh.Select[string] {
	f := huh.NewSelect[string]()
	f.WithTheme(b.env.Theme)
	return f
}

func (b *binder) newMultiSelect() *huh.MultiSelect[string] {
	f := huh.NewMultiSelect[string]()
	f.WithTheme(b.env.Theme)
	return f
}

func (b *binder) newConfirm() *huh.Confirm {
	f := huh.NewConfirm()
	f.WithTheme(b.env.Theme)
	return f
}
