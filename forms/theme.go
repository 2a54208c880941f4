package forms

import "github.com/charmbracelet/huh"

// huh fixes a field's theme the first time it gets one, and renders fields while they
// are built (group heights, select viewports), building its default theme on every
// render until then. So every field gets the wizard's theme the moment it is made:
// the UI's theme applies, and building the steps stays cheap.

func (b *Binder) NewInput() *huh.Input {
	f := huh.NewInput()
	f.WithTheme(b.Env.Theme)
	return f
}

func (b *Binder) NewText() *huh.Text {
	f := huh.NewText()
	f.WithTheme(b.Env.Theme)
	return f
}

func (b *Binder) NewSelect() *huh.Select[string] {
	f := huh.NewSelect[string]()
	f.WithTheme(b.Env.Theme)
	return f
}

func (b *Binder) NewMultiSelect() *huh.MultiSelect[string] {
	f := huh.NewMultiSelect[string]()
	f.WithTheme(b.Env.Theme)
	return f
}

func (b *Binder) NewConfirm() *huh.Confirm {
	f := huh.NewConfirm()
	f.WithTheme(b.Env.Theme)
	return f
}
