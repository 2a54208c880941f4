package forms

import (
	"reflect"
	"strings"
	"unsafe"

	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// inputLine draws a huh input again after a key changed only its text line. huh
// renders the whole field (title and description wrapped and styled, the frame
// around them) on every key; lipgloss draws the field line by line at a set width,
// so the lines above the text line are the same as long as the field's state other
// than its text is. inputLine keeps them, taken from a whole view, and draws only
// the text line in the field's frame. It checks each whole view it takes them from:
// when the kept lines and the drawn text line do not make that view, it draws
// nothing itself until the field's state changes.
type inputLine struct {
	text    *textinput.Model // the input's text line
	theme   **huh.Theme      // the input's theme (huh keeps the first it gets)
	focused *bool
	inline  *bool
	width   *int
	height  *int

	head string // the whole view's lines above the text line
	ok   bool   // head belongs to the field's current state

	// the frame around the text line, as lipgloss drew it: what comes before the
	// text, and how many cells the text and the padding after it take
	before string
	room   int
	framed bool // before and room belong to the field's current state
}

// newInputLine reaches the parts of a huh input that its view is drawn from (huh
// does not export them); nil for another kind of field, or when huh keeps them
// otherwise.
func newInputLine(f huh.Field) *inputLine {
	in, ok := f.(*huh.Input)
	if !ok {
		return nil
	}
	v := reflect.ValueOf(in).Elem()
	part := func(name string, t reflect.Type) unsafe.Pointer {
		p := v.FieldByName(name)
		if !p.IsValid() || p.Type() != t {
			return nil
		}
		return unsafe.Pointer(p.UnsafeAddr())
	}
	l := &inputLine{
		text:    (*textinput.Model)(part("textinput", reflect.TypeOf(textinput.Model{}))),
		theme:   (**huh.Theme)(part("theme", reflect.TypeOf(&huh.Theme{}))),
		focused: (*bool)(part("focused", reflect.TypeOf(false))),
		inline:  (*bool)(part("inline", reflect.TypeOf(false))),
		width:   (*int)(part("width", reflect.TypeOf(0))),
		height:  (*int)(part("height", reflect.TypeOf(0))),
	}
	if l.text == nil || l.theme == nil || l.focused == nil || l.inline == nil || l.width == nil || l.height == nil {
		return nil
	}
	return l
}

// line draws the text line in the field's frame, as the whole view ends: in the
// frame learnt from lipgloss while the text fits it, through lipgloss otherwise.
func (l *inputLine) line() string {
	text := l.text.View()
	if l.framed && endsClean(text) {
		if w := ansi.StringWidth(text); w <= l.room {
			return l.before + text + strings.Repeat(" ", l.room-w)
		}
	}
	return l.render(text)
}

// render draws the text line in the field's frame through lipgloss.
func (l *inputLine) render(text string) string {
	st := &(*l.theme).Blurred
	if *l.focused {
		st = &(*l.theme).Focused
	}
	return st.Base.Width(*l.width).Height(*l.height).Render(text)
}

// learn takes the lines above the text line from a whole view of the field, when
// they and the text line make that view, and the frame lipgloss drew around the
// text line: what comes before the text and the spaces after it.
func (l *inputLine) learn(view string) {
	l.ok, l.framed = false, false
	if *l.inline || *l.theme == nil {
		return
	}
	text := l.text.View()
	line := l.render(text)
	if !strings.HasSuffix(view, "\n"+line) {
		return
	}
	l.head, l.ok = view[:len(view)-len(line)-1], true
	if i := strings.LastIndex(line, text); i >= 0 && text != "" && endsClean(text) && !strings.Contains(line, "\n") {
		if pad := line[i+len(text):]; strings.Trim(pad, " ") == "" {
			l.before, l.room, l.framed = line[:i], ansi.StringWidth(text)+len(pad), true
		}
	}
}

// endsClean reports whether lipgloss leaves s as it is at a width it fits in: no
// tab or carriage return, no hyperlink, every style it sets closed by a reset at
// its end.
func endsClean(s string) bool {
	if strings.ContainsAny(s, "\t\r") || strings.Contains(s, "\x1b]") {
		return false
	}
	last := strings.LastIndex(s, "\x1b[")
	return last < 0 || strings.HasPrefix(s[last:], "\x1b[0m") || strings.HasPrefix(s[last:], "\x1b[m")
}

// draw is the field's view from the kept lines and the text line drawn now.
func (l *inputLine) draw() string { return l.head + "\n" + l.line() }
