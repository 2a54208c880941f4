package forms

import (
	"slices"
	"strings"
)

// listLines is the text of a list field kept as its lines. It numbers every change
// and remembers the last one, so that whoever reads the lines after a key reads only
// the lines the key changed; the text as one string is joined only when asked for.
// A key costs the same however many lines the list has.
type listLines struct {
	lines   []string
	seq     uint64   // how many changes were made
	last    lineEdit // the change numbered seq
	text    string   // the lines joined, as of change textSeq
	textSeq uint64
	source  *string // the text a plain prompt writes, read by pull; nil otherwise
}

// lineEdit is one change to a list's lines: removed lines from at were replaced by
// added lines.
type lineEdit struct{ at, removed, added int }

// newListLines holds text.
func newListLines(text string) *listLines {
	l := &listLines{}
	l.set(text)
	return l
}

// set replaces every line with the lines of text, when the text differs.
func (l *listLines) set(text string) {
	if l.seq > 0 && text == l.String() {
		return
	}
	l.replace(0, len(l.lines), strings.Split(text, "\n"))
	l.text, l.textSeq = text, l.seq
}

// replace puts with in the place of removed lines from at. The change it records
// leaves out the lines at either end that stay as they were.
func (l *listLines) replace(at, removed int, with []string) {
	old := l.lines[at : at+removed]
	for len(old) > 0 && len(with) > 0 && old[0] == with[0] {
		old, with, at = old[1:], with[1:], at+1
	}
	for len(old) > 0 && len(with) > 0 && old[len(old)-1] == with[len(with)-1] {
		old, with = old[:len(old)-1], with[:len(with)-1]
	}
	if len(old) == 0 && len(with) == 0 && l.seq > 0 {
		return
	}
	removed = len(old)
	l.lines = slices.Replace(l.lines, at, at+removed, with...)
	l.seq++
	l.last = lineEdit{at: at, removed: removed, added: len(with)}
}

// String is the text: the lines joined by new lines.
func (l *listLines) String() string {
	if l.textSeq != l.seq {
		l.text, l.textSeq = strings.Join(l.lines, "\n"), l.seq
	}
	return l.text
}

// follow makes pull read the lines from text, which a plain prompt writes.
func (l *listLines) follow(text *string) { l.source = text }

// pull takes in what the plain prompt wrote, when the lines follow one.
func (l *listLines) pull() {
	if l.source != nil {
		l.set(*l.source)
	}
}
