package forms

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/huh"
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

// RunAccessible prompts for the field unless its page is hidden.
func (a *accessibleField) RunAccessible(w io.Writer, r io.Reader) error {
	if !a.shown() {
		return nil
	}
	if a.load != nil {
		a.load()
	}
	key := a.GetKey()
	q := &Question{W: w}
	return a.Field.RunAccessible(q, &HelpReader{R: r, Q: q, Help: func() string { return FieldHelp(key) }})
}

// Question records what a prompt printed since its last answer (the question being
// asked: a list and its "Choice:" line), so that it can be asked again after the
// help.
type Question struct {
	W       io.Writer
	pending bytes.Buffer
}

// Write prints p and keeps it as part of the question.
func (q *Question) Write(p []byte) (int, error) {
	q.pending.Write(p)
	return q.W.Write(p)
}

// answered starts a new question.
func (q *Question) answered() { q.pending.Reset() }

// HelpReader hands a prompt its answers from R, which gives one line per Read (as
// a terminal does). A line that is only "?" is not an answer: the help is printed
// and the question Q asked again, and the next line is read.
type HelpReader struct {
	R    io.Reader
	Q    *Question
	Help func() string
}

// Read returns the next line that is not "?".
func (h *HelpReader) Read(p []byte) (int, error) {
	for {
		n, err := h.R.Read(p)
		if n == 0 || err != nil || strings.TrimSpace(string(p[:n])) != "?" || !bytes.HasSuffix(p[:n], []byte("\n")) {
			h.Q.answered()
			return n, err
		}
		help := ""
		if h.Help != nil {
			help = h.Help()
		}
		if help == "" {
			help = "There is no more help for this question."
		}
		question := h.Q.pending.String()
		fmt.Fprintf(h.Q.W, "\n%s\n\n%s", strings.TrimRight(help, "\n"), question)
		h.Q.pending.Reset()
		h.Q.pending.WriteString(question)
	}
}
