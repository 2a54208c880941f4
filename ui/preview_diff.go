package ui

import (
	"bytes"
	"strings"
)

// lineChange is where two texts differ, in whole lines: the lines before first and
// the last suffix lines are byte for byte the same in both.
type lineChange struct {
	first              int    // index of the first line that differs
	suffix             int    // how many lines at the end are the same
	oldLines, newLines int    // how many lines differ in each text
	newMid             []byte // the differing lines of the new text, without the newline after them
}

// diffLines finds the lines old and new differ in: the longest common run of whole
// lines at the start, then at the end (not overlapping it). It compares bytes, so it
// costs a memory comparison of the texts and a count of their newlines.
func diffLines(old, new []byte) lineChange {
	a := commonPrefix(old, new)
	a = bytes.LastIndexByte(new[:a], '\n') + 1 // back to the start of the line
	s := commonLineSuffix(old, new, a)
	c := lineChange{first: bytes.Count(new[:a], []byte{'\n'})}
	oldMid, newMid := old[a:len(old)-s], new[a:len(new)-s]
	if s > 0 {
		c.suffix = bytes.Count(new[len(new)-s:], []byte{'\n'}) + 1
		// the middle ends with the newline before the suffix, or is empty
		c.oldLines, c.newLines = bytes.Count(oldMid, []byte{'\n'}), bytes.Count(newMid, []byte{'\n'})
		c.newMid = bytes.TrimSuffix(newMid, []byte{'\n'})
		return c
	}
	// the middle runs to the end of the text: one more line than it has newlines
	c.oldLines, c.newLines = bytes.Count(oldMid, []byte{'\n'})+1, bytes.Count(newMid, []byte{'\n'})+1
	c.newMid = newMid
	return c
}

// compareChunk is how many bytes commonPrefix and commonSuffix compare at once
// before they look at single bytes.
const compareChunk = 256

// commonPrefix is the length of the longest common prefix of a and b.
func commonPrefix(a, b []byte) int {
	n := min(len(a), len(b))
	i := 0
	for i+compareChunk <= n && bytes.Equal(a[i:i+compareChunk], b[i:i+compareChunk]) {
		i += compareChunk
	}
	for i < n && a[i] == b[i] {
		i++
	}
	return i
}

// commonSuffix is the length of the longest common suffix of a and b.
func commonSuffix(a, b []byte) int {
	n := min(len(a), len(b))
	i := 0
	for i+compareChunk <= n && bytes.Equal(a[len(a)-i-compareChunk:len(a)-i], b[len(b)-i-compareChunk:len(b)-i]) {
		i += compareChunk
	}
	for i < n && a[len(a)-1-i] == b[len(b)-1-i] {
		i++
	}
	return i
}

// commonLineSuffix is the length in bytes of the longest run of whole lines that old
// and new both end with, after their first a bytes (which start a line in both).
func commonLineSuffix(old, new []byte, a int) int {
	s := commonSuffix(old[a:], new[a:])
	for s > 0 {
		eo, en := len(old)-s, len(new)-s
		if (eo == a || old[eo-1] == '\n') && (en == a || new[en-1] == '\n') {
			return s
		}
		i := bytes.IndexByte(new[en:], '\n')
		if i < 0 {
			return 0
		}
		s -= i + 1 // start after the next newline, which both have
	}
	return 0
}

// patch updates the preview for body in place when body has as many lines as the
// previous body and every line that differs is a leaf in both (a value typed, a key
// renamed): the brackets are where they were, so only those lines get a new text,
// path, mark and styling, and the marks of the previous edit are cleared. It reports
// false, changing nothing, when the change is not of that kind (or there is no
// previous body); the caller then rebuilds. The result is what rebuild would give for
// the same previous state and body.
func (p *preview) patch(body []byte, st Styles) bool {
	if p.body == nil {
		return false
	}
	c := diffLines(p.body, body)
	if c.oldLines != c.newLines || c.first+c.oldLines+c.suffix != len(p.lines) {
		return false
	}
	mid, same, ok := p.rewritten(c)
	if !ok {
		return false
	}
	p.body = body
	p.rebuilt, p.edited = false, p.edited[:0]
	for _, i := range p.marked { // the previous edit's marks, outside what changes now
		if i < c.first || i >= c.first+len(mid) {
			p.changed[i] = false
			p.styled[i] = highlightLine(p.lines[i].text, false, st)
		}
	}
	p.marked = p.marked[:0]
	marks := make([]bool, len(mid))
	for k, l := range mid { // against the previous body as a whole, before it is updated
		marks[k] = !same[k] && p.seen[leafKeyOf(l)] == 0
	}
	for k, l := range mid {
		i := c.first + k
		if !same[k] {
			p.edited = append(p.edited, p.lines[i].path, l.path)
			p.forget(leafKeyOf(p.lines[i]))
			p.seen[leafKeyOf(l)]++
		}
		keep := !marks[k] && !p.changed[i] && same[k]
		p.lines[i], p.changed[i] = l, marks[k]
		if marks[k] {
			p.marked = append(p.marked, i)
		}
		if !keep {
			p.styled[i] = highlightLine(l.text, marks[k], st)
		}
	}
	p.first = -1
	if len(p.marked) > 0 {
		p.first = p.marked[0]
	}
	return true
}

// rewritten is the new middle lines of change c, each with its path, and which of them
// are the same as before; ok is false when a line that differs is not a leaf in both
// bodies (the structure may have changed).
func (p *preview) rewritten(c lineChange) (mid []jsonLine, same []bool, ok bool) {
	if c.newLines == 0 {
		return nil, nil, true
	}
	texts := strings.Split(string(c.newMid), "\n")
	mid, same = make([]jsonLine, len(texts)), make([]bool, len(texts))
	for k, text := range texts {
		before := &p.lines[c.first+k]
		if before.text == text { // brackets may be among them: the same line, the same path
			mid[k], same[k] = *before, true
			continue
		}
		t := strings.TrimSpace(text)
		if closes, opens := lineShape(t); !before.leaf || closes || opens {
			return nil, nil, false
		}
		mid[k] = jsonLine{text: text, path: memberPath(p.lines, before.parent, t, before.path), leaf: true, parent: before.parent}
	}
	return mid, same, true
}

// forget removes one line with key k from the count of leaf lines.
func (p *preview) forget(k leafKey) {
	if n := p.seen[k]; n > 1 {
		p.seen[k] = n - 1
	} else {
		delete(p.seen, k)
	}
}
