package forms

import (
	"io"
	"reflect"
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// cachedField keeps the rendered view of a huh field until something that can change
// it happens: a message reaches the field (a key, a loaded option list, a cursor
// blink), it gains or loses the focus, its value or error changes, or it gets
// another width, height, theme, key map or position. huh renders every field of a
// page on every update of the page (Group.buildView); with the view kept, a key
// renders only the field it reached.
//
// huh also sends each field of the page a refresh message on every update. A field
// whose title, description, placeholder or options are computed (the *Func setters)
// may change on it, so such a field gets it and renders again; a field without any
// computed part gets it once after each change (huh's selects size their list on
// it) and keeps its view.
type cachedField struct {
	field   huh.Field
	dynamic bool // the field has a computed title, description, placeholder or options

	view     string
	building bool   // its page is being made: huh measures it, the form sizes it later
	valid    bool   // view is what the field would render now
	settled  bool   // the field had huh's refresh message since anything last changed
	value    any    // the value the view was rendered with
	err      string // the error the view was rendered with
	width    int
	height   int
	pos      huh.FieldPosition
	line     *inputLine // an input's text line drawn alone after a key; nil for other fields
	lines    *[][]rune  // a text area's slice of lines, trimmed after each load (see trimLines); nil for other fields
}

// cache wraps f so that its view is rendered only when it may have changed; the
// view stays empty until built is called, once the page holding it is made.
func cache(f huh.Field) *cachedField {
	c := &cachedField{field: f, dynamic: hasComputedParts(f), width: -1, height: -1, building: true}
	if !c.dynamic {
		c.line = newInputLine(f)
	}
	c.lines = lineBufferOf(f)
	trimLines(c.lines)
	return c
}

// built ends the making of the field's page.
func (c *cachedField) built() { c.building = false }

// Unwrap returns the huh field the cache stands for.
func (c *cachedField) Unwrap() huh.Field { return c.field }

// Unwrap returns the field behind the view cache, or f itself when it has none: for
// code that needs the field's own type (the instance-type list's own keys, say).
func Unwrap(f huh.Field) huh.Field {
	if c, ok := f.(interface{ Unwrap() huh.Field }); ok {
		return c.Unwrap()
	}
	return f
}

// TakesText reports whether the field takes printable keys: a text input or area, or
// a field that says so itself (a pick-list while its filter is typed).
func (c *cachedField) TakesText() bool {
	switch f := c.field.(type) {
	case *huh.Input, *huh.Text:
		return true
	case interface{ TakesText() bool }:
		return f.TakesText()
	}
	return false
}

// IsTextArea reports whether the field is a multi-line text area.
func (c *cachedField) IsTextArea() bool {
	switch f := c.field.(type) {
	case *huh.Text:
		return true
	case interface{ IsTextArea() bool }:
		return f.IsTextArea()
	}
	return false
}

// Init starts the field.
func (c *cachedField) Init() tea.Cmd {
	c.changed()
	return c.field.Init()
}

// changed forgets the view: something it depends on may have changed.
func (c *cachedField) changed() {
	c.valid, c.settled = false, false
	if c.line != nil {
		c.line.ok = false
	}
}

// Update hands the message to the field. huh's refresh message does nothing to a
// field without computed parts once the field has had one since its last change (it
// only recomputes what it already holds), so that field neither gets it again nor
// renders again.
func (c *cachedField) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	refresh := isRefreshMsg(msg)
	if refresh && c.settled && !c.dynamic {
		return c, nil
	}
	c.valid, c.settled = false, refresh
	if _, key := msg.(tea.KeyMsg); !key && !refresh && c.line != nil {
		c.line.ok = false // a message other than a key may change more than the text line
	}
	m, cmd := c.field.Update(msg)
	if f, ok := m.(huh.Field); ok {
		c.field = f
	}
	trimLines(c.lines)
	return c, cmd
}

// View returns the kept view, or renders it again when it may have changed. While
// its page is being made it is empty: huh.NewGroup renders every field to measure
// the page, and the form that shows the page measures it again at its own size.
func (c *cachedField) View() string {
	if c.building {
		return ""
	}
	value := c.valueMark()
	err := ""
	if e := c.field.Error(); e != nil {
		err = e.Error()
	}
	if c.valid && err == c.err && sameValue(value, c.value) {
		return c.view
	}
	if c.line != nil && c.line.ok && err == c.err {
		// only keys reached the field since its whole view: draw its text line
		c.view, c.value, c.valid = c.line.draw(), copyValue(value), true
		return c.view
	}
	c.view, c.err, c.value, c.valid = c.field.View(), err, copyValue(value), true
	if c.line != nil {
		c.line.learn(c.view)
	}
	return c.view
}

// Blur takes the focus away.
func (c *cachedField) Blur() tea.Cmd {
	c.changed()
	return c.field.Blur()
}

// Focus gives the field the focus.
func (c *cachedField) Focus() tea.Cmd {
	c.changed()
	return c.field.Focus()
}

// Error is the field's validation error.
func (c *cachedField) Error() error { return c.field.Error() }

// Run runs the field on its own.
func (c *cachedField) Run() error { return c.field.Run() }

// RunAccessible prompts for the field in accessible mode.
func (c *cachedField) RunAccessible(w io.Writer, r io.Reader) error {
	return c.field.RunAccessible(w, r)
}

// Skip reports whether the focus skips the field.
func (c *cachedField) Skip() bool { return c.field.Skip() }

// Zoom reports whether the field takes the whole page.
func (c *cachedField) Zoom() bool { return c.field.Zoom() }

// KeyBinds are the field's key bindings for the help line.
func (c *cachedField) KeyBinds() []key.Binding { return c.field.KeyBinds() }

// WithTheme sets the field's theme.
func (c *cachedField) WithTheme(t *huh.Theme) huh.Field {
	c.changed()
	c.field = c.field.WithTheme(t)
	return c
}

// WithAccessible sets accessible mode.
func (c *cachedField) WithAccessible(accessible bool) huh.Field {
	c.changed()
	c.field = c.field.WithAccessible(accessible)
	return c
}

// WithKeyMap sets the field's key map.
func (c *cachedField) WithKeyMap(k *huh.KeyMap) huh.Field {
	c.changed()
	c.field = c.field.WithKeyMap(k)
	return c
}

// WithWidth sets the field's width.
func (c *cachedField) WithWidth(width int) huh.Field {
	if width != c.width {
		c.changed()
		c.width = width
	}
	c.field = c.field.WithWidth(width)
	trimLines(c.lines)
	return c
}

// WithHeight sets the field's height.
func (c *cachedField) WithHeight(height int) huh.Field {
	if height != c.height {
		c.changed()
		c.height = height
	}
	c.field = c.field.WithHeight(height)
	trimLines(c.lines)
	return c
}

// WithPosition tells the field where it is in the form.
func (c *cachedField) WithPosition(p huh.FieldPosition) huh.Field {
	if p != c.pos {
		c.changed()
		c.pos = p
	}
	c.field = c.field.WithPosition(p)
	return c
}

// GetKey is the field's key (its wire path).
func (c *cachedField) GetKey() string { return c.field.GetKey() }

// GetValue is the field's value.
func (c *cachedField) GetValue() any { return c.field.GetValue() }

// versioned is a field that numbers the changes of its value, which is cheaper to
// compare than the value (a list text area's every line).
type versioned interface{ ValueVersion() uint64 }

// valueMark is what tells whether the field's value changed: its version, or the
// value itself.
func (c *cachedField) valueMark() any {
	if v, ok := c.field.(versioned); ok {
		return v.ValueVersion()
	}
	return c.field.GetValue()
}

// sameValue compares two field values; values of kinds it does not know are never
// the same, so their fields render every time.
func sameValue(a, b any) bool {
	switch x := a.(type) {
	case string:
		y, ok := b.(string)
		return ok && x == y
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case uint64:
		y, ok := b.(uint64)
		return ok && x == y
	case []string:
		y, ok := b.([]string)
		return ok && slices.Equal(x, y)
	}
	return false
}

// copyValue keeps a value as it is now (a list is copied: the field may change it in
// place).
func copyValue(v any) any {
	if list, ok := v.([]string); ok {
		return slices.Clone(list)
	}
	return v
}

// isRefreshMsg reports whether msg is the message huh sends every field of a page on
// every update so that computed titles and options are evaluated again (huh does
// not export its type). TestRefreshMessageIsRecognised fails when huh renames it.
func isRefreshMsg(msg tea.Msg) bool {
	if msg == nil {
		return false
	}
	t := reflect.TypeOf(msg)
	return t.Name() == "updateFieldMsg" && t.PkgPath() == "github.com/charmbracelet/huh"
}

// hasComputedParts reports whether a huh field has a computed title, description,
// placeholder, options or suggestions: huh keeps each in a struct with the function
// in a field named fn. A field of a type other than huh's own counts as computed
// (but for a window over a huh text area, which counts as the area).
func hasComputedParts(f huh.Field) bool {
	if w, ok := f.(*windowText); ok {
		f = w.text // a window over a huh text area: the area's parts
	}
	v := reflect.ValueOf(f)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct || v.Elem().Type().PkgPath() != "github.com/charmbracelet/huh" {
		return true
	}
	s := v.Elem()
	for i := 0; i < s.NumField(); i++ {
		part := s.Field(i)
		if part.Kind() != reflect.Struct {
			continue
		}
		if fn := part.FieldByName("fn"); fn.IsValid() && fn.Kind() == reflect.Func && !fn.IsNil() {
			return true
		}
	}
	return false
}
