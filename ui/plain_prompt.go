package ui

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// errQuit is the person's "q" (or the end of the input) at a plain prompt.
var errQuit = errors.New("quit")

// lineReader gives one line per Read, as a terminal does, also when the answers
// come through a pipe: huh's accessible prompts read each answer through a fresh
// scanner, which would swallow every line a bigger read returned.
type lineReader struct{ r *bufio.Reader }

// newLineReader reads r line by line.
func newLineReader(r io.Reader) *lineReader { return &lineReader{r: bufio.NewReader(r)} }

// forForms is the reader the steps' prompts read: the lines, and the terminal's
// descriptor when in is a terminal (huh reads a password from it, unechoed; a
// terminal hands out one line per read, so nothing buffered is skipped).
func (l *lineReader) forForms(in io.Reader) io.Reader {
	if t, ok := in.(interface{ Fd() uintptr }); ok {
		return terminalLines{lineReader: l, t: t}
	}
	return l
}

// terminalLines is a lineReader over a terminal.
type terminalLines struct {
	*lineReader
	t interface{ Fd() uintptr }
}

// Fd returns the terminal's descriptor.
func (t terminalLines) Fd() uintptr { return t.t.Fd() }

// Read returns at most one line, its newline included.
func (l *lineReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c, err := l.r.ReadByte()
		if err != nil {
			if n > 0 {
				return n, nil
			}
			return 0, err
		}
		p[n] = c
		n++
		if c == '\n' {
			break
		}
	}
	return n, nil
}

// readAnswer reads one answer line, trimmed; io.EOF when the input ended.
func (l *lineReader) readAnswer() (string, error) {
	line, err := l.r.ReadString('\n')
	if err != nil && (line == "" || !errors.Is(err, io.EOF)) {
		return "", err
	}
	return strings.TrimSpace(line), nil
}

// ask prints the question and returns the answer; "?" prints help and asks again,
// and "q" or the end of the input is errQuit.
func (p *plain) ask(question, help string) (string, error) {
	for {
		fmt.Fprint(p.w, question)
		answer, err := p.in.readAnswer()
		if err != nil {
			fmt.Fprintln(p.w)
			return "", errQuit
		}
		switch strings.ToLower(answer) {
		case "?":
			fmt.Fprintf(p.w, "\n%s\n\n", help)
			continue
		case "q", "quit":
			return "", errQuit
		}
		return answer, nil
	}
}

// say prints a line.
func (p *plain) say(format string, args ...any) { fmt.Fprintf(p.w, format+"\n", args...) }
