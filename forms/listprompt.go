package forms

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/huh"

	"ackpool/termtext"
)

// listPrompt is a list's text area at the plain prompts. huh asks for a text area
// in one line, so a list could hold one item there; listPrompt asks for its items a
// line each, an empty line ending the list, and writes them as the text's lines.
type listPrompt struct {
	huh.Field                    // the text area, bound to text
	question  string             // what is asked, with the syntax of a line
	text      *string            // the whole text, which the list's lines follow
	validate  func(string) error // the list's validator over the whole text
}

// newListPrompt binds t to the whole text of val for the plain prompts.
func newListPrompt(t *huh.Text, question string, val *listLines, validate func(string) error) huh.Field {
	return &listPrompt{Field: t, question: question, text: bindWhole(t, val, validate), validate: validate}
}

// WithAccessible keeps the prompt in place of the text area.
func (l *listPrompt) WithAccessible(accessible bool) huh.Field {
	l.Field.WithAccessible(accessible)
	return l
}

// RunAccessible asks for the list's lines until an empty line, and asks again while
// the list has a problem. An empty first line keeps the list, "-" alone clears it;
// the end of the input keeps what was read, or the list as it was.
func (l *listPrompt) RunAccessible(w io.Writer, r io.Reader) error {
	for {
		fmt.Fprintf(w, "%s; an empty line ends the list\n", l.question)
		if *l.text != "" {
			fmt.Fprintf(w, "(now:\n%s\nan empty first line keeps them, - alone clears them)\n", indentLines(*l.text))
		}
		lines := readListLines(w, r)
		text := strings.Join(lines, "\n")
		switch {
		case len(lines) == 0:
			return nil
		case len(lines) == 1 && lines[0] == "-":
			text = ""
		}
		if err := l.validate(text); err != nil {
			fmt.Fprintf(w, "%s\n", termtext.Line(err.Error()))
			continue
		}
		*l.text = text
		return nil
	}
}

// readListLines reads lines from r (which hands out a line per Read, as a terminal
// does) up to an empty line or the end of the input, each after a "> " prompt.
func readListLines(w io.Writer, r io.Reader) []string {
	var lines []string
	buf := make([]byte, 64*1024)
	for {
		fmt.Fprint(w, "> ")
		n, err := r.Read(buf)
		for _, line := range strings.Split(strings.TrimRight(string(buf[:n]), "\r\n"), "\n") {
			if n > 0 && strings.TrimSpace(line) == "" {
				return lines
			}
			if n > 0 {
				lines = append(lines, strings.TrimRight(line, "\r"))
			}
		}
		if err != nil {
			fmt.Fprintln(w)
			return lines
		}
	}
}

// indentLines indents each line of text by two spaces, its control characters made
// visible.
func indentLines(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = "  " + termtext.Line(l)
	}
	return strings.Join(lines, "\n")
}
