package forms

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"ackpool/model"
	"ackpool/termtext"
)

// accessibleField adapts a field to huh's accessible mode, which prompts for every
// field of every group in order: it ignores the groups' hide functions and never runs
// OptionsFunc. The adapter skips the prompt while the field's page is hidden, fills
// a pick-list's options (a blocking lookup, fine for line-by-line prompts) first, and
// answers "?" with the field's help before asking again.
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

// Focus focuses the field unless its page is hidden: huh focuses every field of
// every page before its prompt, and a select writes its highlighted option to its
// value when focused, which would set fields nobody was asked about.
func (a *accessibleField) Focus() tea.Cmd {
	if !a.shown() {
		return nil
	}
	return a.Field.Focus()
}

// RunAccessible prompts for the field unless its page is hidden.
func (a *accessibleField) RunAccessible(w io.Writer, r io.Reader) error {
	if !a.shown() {
		return nil
	}
	if a.load != nil {
		a.load()
	}
	key := a.GetKey()
	q := &question{w: w}
	now := a.current()
	if now != "" {
		shown := termtext.Line(now)
		if fi, ok := model.Field(key); ok && fi.Secret {
			shown = "a value is set"
		}
		fmt.Fprintf(q, "(now: %s; enter keeps it)\n", shown)
	}
	keep := ""
	switch a.Field.(type) {
	case *huh.Input:
		keep = now // huh checks the empty answer, which a required field refuses
	case *huh.MultiSelect[string]:
		keep = "0" // huh's multi-select refuses an empty answer: enter confirms the ticks
	}
	var in io.Reader = &helpReader{r: r, q: q, keep: keep, help: func() string { return plainHelp(FieldHelp(key)) }}
	if t, ok := r.(terminal); ok {
		in = terminalReader{Reader: in, t: t} // huh reads a password from the terminal itself, unechoed
	}
	return a.Field.RunAccessible(q, in)
}

// terminal is a reader that is a terminal (os.Stdin): huh's password prompt needs
// its descriptor.
type terminal interface{ Fd() uintptr }

// terminalReader reads through Reader and hands out the terminal's descriptor.
type terminalReader struct {
	io.Reader
	t terminal
}

// Fd returns the terminal's descriptor.
func (r terminalReader) Fd() uintptr { return r.t.Fd() }

// current is the text a text prompt holds now, which an empty answer keeps (huh
// keeps a text area's value on an empty answer; an input's, see RunAccessible).
// Selects and confirms show their choice on their own.
func (a *accessibleField) current() string {
	switch f := a.Field.(type) {
	case *huh.Input, *huh.Text:
		v, _ := f.GetValue().(string)
		return v
	}
	return ""
}

// question records what a prompt printed since its last answer (the question being
// asked: a list and its "Choice:" line), so that it can be asked again after the
// help.
type question struct {
	w       io.Writer
	pending bytes.Buffer
}

// Write prints p and keeps it as part of the question.
func (q *question) Write(p []byte) (int, error) {
	q.pending.Write(p)
	return q.w.Write(p)
}

// answered starts a new question.
func (q *question) answered() { q.pending.Reset() }

// helpReader hands a prompt its answers from r, which gives one line per Read (as
// a terminal does). A line that is only "?" is not an answer: the help is printed
// and the question q asked again, and the next line is read.
type helpReader struct {
	r    io.Reader
	q    *question
	help func() string
	// keep is what an empty answer stands for: the value the prompt holds now.
	keep string
}

// Read returns the next line that is not "?".
func (h *helpReader) Read(p []byte) (int, error) {
	for {
		n, err := h.r.Read(p)
		line := strings.TrimSpace(string(p[:n]))
		whole := bytes.HasSuffix(p[:n], []byte("\n"))
		if whole && line == "" && h.keep != "" && len(h.keep)+1 <= len(p) && !strings.Contains(h.keep, "\n") {
			h.q.answered()
			return copy(p, h.keep+"\n"), err
		}
		if n == 0 || err != nil || line != "?" || !whole {
			h.q.answered()
			return n, err
		}
		help := ""
		if h.help != nil {
			help = h.help()
		}
		if help == "" {
			help = "There is no more help for this question."
		}
		question := h.q.pending.String()
		fmt.Fprintf(h.q.w, "\n%s\n\n%s", strings.TrimRight(help, "\n"), question)
		h.q.pending.Reset()
		h.q.pending.WriteString(question)
	}
}

// plainHelp is a field's help for plain prompts: without the keys of the
// full-screen text areas and lists, which plain prompts do not have.
func plainHelp(help string) string {
	var kept []string
	for _, line := range strings.Split(help, "\n") {
		if !strings.HasPrefix(line, "Keys: ") {
			kept = append(kept, line)
		}
	}
	return strings.NewReplacer(" (space)", "", "/ filters: ", "a word or a filter at the Choice: prompt narrows the list: ").Replace(strings.Join(kept, "\n"))
}
