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

// readLine is what one line of a list was read as.
type readLine[T any] struct {
	item T
	kind lineKind
	err  error // the codec's error, for a lineBad
}

// lineKind is what a line of a list holds.
type lineKind uint8

const (
	lineItem  lineKind = iota
	lineBlank          // blank or a comment
	lineBad            // an item the codec could not read
)

// parsedLines keeps what each line of a listLines was read as, so that reading the
// lines again after a change reads only the lines it changed.
type parsedLines[T any] struct {
	seq   uint64 // the change of the lines read last
	read  []readLine[T]
	count int // how many lines are lineItem
	bad   int // how many lines are lineBad
}

// parse reads the lines of l as ParseLines does, the lines changed since the last
// call only; the error names the first line that cannot be read. The items are
// then gathered by items.
func (p *parsedLines[T]) parse(c LineCodec[T], l *listLines) error {
	if p.seq != l.seq {
		e := l.last
		if p.seq+1 != l.seq || len(p.read)-e.removed+e.added != len(l.lines) {
			e = lineEdit{at: 0, removed: len(p.read), added: len(l.lines)} // missed a change: read every line
		}
		p.apply(c, l, e)
		p.seq = l.seq
	}
	if p.bad > 0 {
		for i, r := range p.read {
			if r.kind == lineBad {
				return &lineError{Line: i + 1, Text: strings.TrimSpace(l.lines[i]), Err: r.err}
			}
		}
	}
	return nil
}

// items is a new list of the items read, in line order; nil when there are none.
func (p *parsedLines[T]) items() []T {
	if p.count == 0 {
		return nil
	}
	out := make([]T, 0, p.count)
	for _, r := range p.read {
		if r.kind == lineItem {
			out = append(out, r.item)
		}
	}
	return out
}

// apply reads the lines change e put in and drops what the lines it took out were
// read as.
func (p *parsedLines[T]) apply(c LineCodec[T], l *listLines, e lineEdit) {
	for _, r := range p.read[e.at : e.at+e.removed] {
		p.tally(r.kind, -1)
	}
	fresh := make([]readLine[T], e.added)
	for i := range fresh {
		fresh[i] = readOne(c, l.lines[e.at+i])
		p.tally(fresh[i].kind, 1)
	}
	p.read = slices.Replace(p.read, e.at, e.at+e.removed, fresh...)
}

// tally counts a line of kind k in (by 1) or out (by -1).
func (p *parsedLines[T]) tally(k lineKind, by int) {
	switch k {
	case lineItem:
		p.count += by
	case lineBad:
		p.bad += by
	}
}

// readOne reads one line as ParseLines does: blank lines and comments hold no item.
func readOne[T any](c LineCodec[T], raw string) readLine[T] {
	line := strings.TrimSpace(raw)
	if line == "" || strings.HasPrefix(line, "#") {
		return readLine[T]{kind: lineBlank}
	}
	item, err := c.Parse(line)
	if err != nil {
		return readLine[T]{kind: lineBad, err: err}
	}
	return readLine[T]{item: item}
}
