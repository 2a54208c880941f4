package forms

import (
	"slices"
	"strings"
)

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
