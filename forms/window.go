package forms

import (
	"io"
	"reflect"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// windowText is a huh text area for a list of lines whose drawing and editing cost
// per key does not grow with the lines (what remains is reading the whole text into
// the request): bubbles' text area wraps and measures every line it holds on every
// key and every frame, although it shows a few. So the huh field holds only
// the lines it shows (its window), and windowText keeps every line: after each
// message it puts the window's lines back in their place and, when the cursor left
// the window or the window's line count changed, loads the window the text area
// would have scrolled to, with the cursor where it was. The screen is the one the
// whole text would draw: the area scrolls a line at a time to keep the cursor in
// view, and draws only the lines in view.
//
// The huh field holds every line (and costs what huh costs) while that rule does
// not hold or cannot be followed: while a line is as wide as the area (it takes
// more rows than one), while the cursor is out of view (a value was just loaded:
// the cursor is at its end, the view at its top, until a key moves the view), and
// for the external editor. TestWindowTextIsTheWholeText drives a window and a plain
// huh text area side by side.
type windowText struct {
	text  *huh.Text
	area  *textarea.Model // the text area inside text
	vpAt  []int           // where the area keeps its viewport (a new one after each update)
	goal  *int            // the column the area goes back to on a longer line when moving up or down
	value *listLines      // every line, as the binder reads them
	shown string          // what text held after the last message: the window's lines, or every line
	held  string          // what huh's accessor writes (huh sets it on every message)

	base   int  // the first line the window holds
	at     int  // the first line in view when the window was given
	count  int  // how many lines the window holds: those in view and one more on each side
	wide   int  // how many lines are as wide as the area
	whole  bool // text holds every line
	editor key.Binding
}

// maxListLines is the most lines bubbles' text area takes (its maxLines).
const maxListLines = 10000

// newWindowText binds t to value through a window, or returns t bound to value
// itself when huh's text area cannot be reached (another huh release).
func newWindowText(t *huh.Text, value *listLines, validate func(string) error) huh.Field {
	area, vpAt, goal := textAreaOf(t)
	if area == nil {
		return wholeTextArea(t, value, validate)
	}
	// bubbles' area refuses a new line once it holds MaxHeight lines (99 unless set),
	// which would hold while the area has every line and not while it has a window:
	// a list takes new lines up to the most lines the area can hold at all.
	area.MaxHeight = maxListLines
	w := &windowText{text: t, area: area, vpAt: vpAt, goal: goal, value: value, editor: huh.NewDefaultKeyMap().Text.Editor}
	w.held = value.String()
	t.Value(&w.held).Validate(func(string) error { return validate(w.value.String()) }) // loads the text, as load would
	w.whole = true
	w.takeWhole()
	return w
}

// textAreaOf reaches the bubbles text area inside a huh text field, finds where it
// keeps its viewport, and reaches the column it returns to when moving up or down
// (none is exported); nil when huh or bubbles keep them otherwise.
func textAreaOf(t *huh.Text) (*textarea.Model, []int, *int) {
	v := reflect.ValueOf(t).Elem().FieldByName("textarea")
	if !v.IsValid() || v.Type() != reflect.TypeOf(textarea.Model{}) {
		return nil, nil, nil
	}
	f, ok := v.Type().FieldByName("viewport")
	if !ok || f.Type != reflect.TypeOf(&viewport.Model{}) || v.FieldByIndex(f.Index).IsNil() {
		return nil, nil, nil
	}
	goal := v.FieldByName("lastCharOffset")
	if !goal.IsValid() || goal.Kind() != reflect.Int {
		return nil, nil, nil
	}
	return (*textarea.Model)(unsafe.Pointer(v.UnsafeAddr())), f.Index, (*int)(unsafe.Pointer(goal.UnsafeAddr()))
}

// view is the area's viewport: its scroll offset is the first row in view.
func (w *windowText) view() *viewport.Model {
	return (*viewport.Model)(unsafe.Pointer(reflect.ValueOf(w.area).Elem().FieldByIndex(w.vpAt).Pointer()))
}

// load gives the huh field every line of text, as huh does: the cursor at the end,
// the view at the top.
func (w *windowText) load(text string) {
	w.area.SetValue(text)
	w.whole = true
	w.takeWhole()
	w.countWide()
}

// takeWhole reads every line back from the huh field while it holds them all.
func (w *windowText) takeWhole() {
	text := w.area.Value()
	if text == w.shown && w.count > 0 {
		return
	}
	w.value.set(text)
	w.shown = text
	w.base, w.count = 0, len(w.value.lines)
	w.countWide()
}

// countWide counts the lines the area wraps.
func (w *windowText) countWide() {
	w.wide = 0
	for _, l := range w.value.lines {
		if w.wraps(l) {
			w.wide++
		}
	}
}

// wraps reports whether line may take more than one row of the area: as many cells
// as the area is wide, or more (a non-ASCII character counts as two cells).
func (w *windowText) wraps(line string) bool {
	width := w.area.Width()
	if len(line) < width/2 {
		return false
	}
	cells := len(line)
	if !isASCII(line) {
		cells = 2 * utf8.RuneCountInString(line)
	}
	return cells >= width
}

// isASCII reports whether s has only single-byte characters.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// height is how many lines the area shows.
func (w *windowText) height() int { return max(w.area.Height(), 1) }

// cursor is the cursor's line among every line, and its column.
func (w *windowText) cursor() (row, col int) {
	li := w.area.LineInfo()
	return w.base + w.area.Line(), li.StartColumn + li.ColumnOffset
}

// top is the first line in view.
func (w *windowText) top() int { return w.base + w.view().YOffset }

// window gives the huh field the lines in view from top on, with one more line on
// each side (so a move or a join across the view's edge finds its line), the cursor
// on line row, column col, top moved the least that keeps row in view.
func (w *windowText) window(top, row, col int) {
	h := w.height()
	top = max(0, min(top, row))
	if row >= top+h {
		top = row - h + 1
	}
	lo, hi := max(top-1, 0), min(top+h+1, len(w.value.lines))
	w.whole, w.base, w.count, w.at = false, lo, hi-lo, top
	w.place(strings.Join(w.value.lines[lo:hi], "\n"), row-lo, col, top-lo)
}

// wholeText gives the huh field every line, the view where it was.
func (w *windowText) wholeText() {
	row, col := w.cursor()
	top := w.top()
	w.whole, w.base, w.count = true, 0, len(w.value.lines)
	w.place(w.value.String(), row, col, top)
	_ = w.area.View() // the area scrolls within what it drew last: let it draw every line
}

// place loads text into the area with the cursor on line row, column col, and the
// view from line top.
func (w *windowText) place(text string, row, col, top int) {
	goal := *w.goal
	w.shown, w.held = text, text
	w.area.SetValue(text)
	for r := strings.Count(text, "\n"); r > row; r-- {
		w.area.CursorUp()
	}
	w.area.SetCursor(col)
	*w.goal = goal
	w.view().YOffset = top
}

// settle puts the window's lines back among every line and, when the view moved
// or the window's lines changed, gives the huh field the window around the new
// view; it leaves the huh field every line while the window rule cannot hold, and
// takes it back to a window when it can.
func (w *windowText) settle() {
	if w.whole {
		w.takeWhole()
		if w.wide > 0 {
			return
		}
		row, col := w.cursor()
		if top := w.top(); row >= top && row < top+w.height() {
			w.window(top, row, col)
		}
		return
	}
	shown := w.area.Value()
	top := w.top()
	if shown == w.shown && top == w.at {
		return // nothing typed, the view where it was
	}
	row, col := w.cursor()
	if shown != w.shown {
		now := strings.Split(shown, "\n")
		for _, l := range w.value.lines[w.base : w.base+w.count] {
			if w.wraps(l) {
				w.wide--
			}
		}
		for _, l := range now {
			if w.wraps(l) {
				w.wide++
			}
		}
		w.value.replace(w.base, w.count, now)
		w.count, w.shown = len(now), shown
	}
	if w.wide > 0 {
		w.wholeText()
		return
	}
	if !w.holds(top, row) {
		w.window(top, row, col)
	}
}

// holds reports whether the huh field already holds the window for a view from top
// with the cursor on line row, and shows it from there: then it need not be loaded.
func (w *windowText) holds(top, row int) bool {
	h := w.height()
	top = max(0, min(top, row))
	if row >= top+h {
		top = row - h + 1
	}
	lo, hi := max(top-1, 0), min(top+h+1, len(w.value.lines))
	return top == w.at && lo == w.base && hi == w.base+w.count && w.view().YOffset == top-lo
}

// Unwrap returns the huh text area.
func (w *windowText) Unwrap() huh.Field { return w.text }

// TakesText reports that the field takes printable keys.
func (w *windowText) TakesText() bool { return true }

// IsTextArea reports that the field is a multi-line text area.
func (w *windowText) IsTextArea() bool { return true }

// Init starts the field.
func (w *windowText) Init() tea.Cmd { return w.text.Init() }

// Update hands the message to the text area, then settles the window. The external
// editor gets every line, and so does what it answers.
func (w *windowText) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && !w.whole && key.Matches(k, w.editor, w.area.KeyMap.InputBegin, w.area.KeyMap.InputEnd) {
		w.wholeText() // the editor, the start and the end of the text need every line
	}
	_, cmd := w.text.Update(msg)
	if isEditorAnswer(msg) {
		w.load(w.area.Value())
	}
	w.settle()
	return w, cmd
}

// isEditorAnswer reports whether msg is what huh's text area gets back from the
// external editor (huh does not export its type).
func isEditorAnswer(msg tea.Msg) bool {
	t := reflect.TypeOf(msg)
	return t != nil && t.Name() == "updateValueMsg" && t.PkgPath() == "github.com/charmbracelet/huh"
}

// View draws the text area.
func (w *windowText) View() string { return w.text.View() }

// Blur takes the focus away (huh checks the value then).
func (w *windowText) Blur() tea.Cmd { return w.text.Blur() }

// Focus gives the field the focus.
func (w *windowText) Focus() tea.Cmd { return w.text.Focus() }

// Error is the field's validation error.
func (w *windowText) Error() error { return w.text.Error() }

// Run runs the field on its own.
func (w *windowText) Run() error { return w.text.Run() }

// RunAccessible prompts for every line in accessible mode.
func (w *windowText) RunAccessible(out io.Writer, in io.Reader) error {
	if !w.whole {
		w.wholeText()
	}
	err := w.text.RunAccessible(out, in)
	w.load(w.area.Value())
	return err
}

// Skip reports whether the focus skips the field.
func (w *windowText) Skip() bool { return w.text.Skip() }

// Zoom reports whether the field takes the whole page.
func (w *windowText) Zoom() bool { return w.text.Zoom() }

// KeyBinds are the field's key bindings for the help line.
func (w *windowText) KeyBinds() []key.Binding { return w.text.KeyBinds() }

// WithTheme sets the field's theme.
func (w *windowText) WithTheme(t *huh.Theme) huh.Field {
	w.text.WithTheme(t)
	return w
}

// WithAccessible sets accessible mode.
func (w *windowText) WithAccessible(accessible bool) huh.Field {
	w.text.WithAccessible(accessible)
	return w
}

// WithKeyMap sets the field's key map; its editor key gets the whole text.
func (w *windowText) WithKeyMap(k *huh.KeyMap) huh.Field {
	w.text.WithKeyMap(k)
	w.editor = k.Text.Editor
	return w
}

// WithWidth sets the field's width; which lines wrap may change with it.
func (w *windowText) WithWidth(width int) huh.Field {
	w.text.WithWidth(width)
	w.refit()
	return w
}

// WithHeight sets the field's height; the window follows the area's height.
func (w *windowText) WithHeight(height int) huh.Field {
	w.text.WithHeight(height)
	w.refit()
	return w
}

// refit counts the wide lines again for the area's size and loads the window
// again, the cursor where it was.
func (w *windowText) refit() {
	w.countWide()
	if w.whole {
		return
	}
	row, col := w.cursor()
	if w.wide > 0 {
		w.wholeText()
		return
	}
	w.window(w.top(), row, col)
}

// WithPosition tells the field where it is in the form.
func (w *windowText) WithPosition(p huh.FieldPosition) huh.Field {
	w.text.WithPosition(p)
	return w
}

// GetKey is the field's key (its wire path).
func (w *windowText) GetKey() string { return w.text.GetKey() }

// ValueVersion numbers the changes of the text.
func (w *windowText) ValueVersion() uint64 { return w.value.seq }

// GetValue is the whole text.
func (w *windowText) GetValue() any { return w.value.String() }
