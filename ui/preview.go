package ui

import (
	"strings"

	"ackpool/model"
)

// preview is the rendered request body: the text, the styled lines and which lines
// the last edit changed. It is updated in Update when the body changes.
type preview struct {
	body    []byte          // the masked body as encoded
	lines   []jsonLine      // its lines with their paths
	styled  []string        // lines with syntax colours; changed lines highlighted
	changed []bool          // which lines the last edit changed
	first   int             // index of the first changed line, -1 if none
	marked  []int           // the indexes of the changed lines, in order
	seen    map[leafKey]int // how many leaf lines have each path and value
	rebuilt bool            // the last update walked the whole body
	edited  []string        // else the paths of the lines it rewrote, before and after
	pane    string          // the side panel, sized for the terminal
}

// leafKey is what makes a leaf line new or not: its path and its trimmed text.
type leafKey struct{ path, text string }

// leafKeyOf is the key of a leaf line.
func leafKeyOf(l jsonLine) leafKey { return leafKey{l.path, strings.TrimSpace(l.text)} }

// update replaces the body and marks the leaf lines whose path or value is new: in
// place when only leaf lines changed (patch), else by walking the whole body. The
// styles must be the ones the preview was drawn with so far.
func (p *preview) update(body []byte, st Styles) {
	if !p.patch(body, st) {
		p.rebuild(body, st)
	}
}

// rebuild walks the whole new body: a leaf line is marked changed when no line of
// the previous body had its path and value. A line that is not marked keeps the
// colours of the unmarked line of the previous body it matches (at the same place
// from the start or from the end, or with the same text among the lines between).
func (p *preview) rebuild(body []byte, st Styles) {
	hadBody := p.body != nil
	c := lineChange{}
	if hadBody {
		c = diffLines(p.body, body)
	}
	before := p.reusable(c)
	oldLines, oldStyled, oldChanged, old := p.lines, p.styled, p.changed, p.seen
	p.body = body
	p.lines = splitJSON(body)
	p.styled = make([]string, len(p.lines))
	p.changed = make([]bool, len(p.lines))
	p.seen = make(map[leafKey]int, len(p.lines))
	p.marked = p.marked[:0]
	p.first = -1
	p.rebuilt, p.edited = true, p.edited[:0]
	shift := len(oldLines) - len(p.lines)
	for i, l := range p.lines {
		if l.leaf {
			k := leafKeyOf(l)
			p.seen[k]++
			p.changed[i] = hadBody && old[k] == 0
		}
		if p.changed[i] {
			p.marked = append(p.marked, i)
			if p.first < 0 {
				p.first = i
			}
			p.styled[i] = highlightLine(l.text, true, st)
			continue
		}
		j := -1 // the same line in the previous body
		switch {
		case i < c.first:
			j = i
		case hadBody && i >= len(p.lines)-c.suffix:
			j = i + shift
		}
		if j >= 0 && !oldChanged[j] && oldLines[j].text == l.text {
			p.styled[i] = oldStyled[j]
		} else if s, ok := before[l.text]; ok {
			p.styled[i] = s
		} else {
			p.styled[i] = highlightLine(l.text, false, st)
		}
	}
}

// editedUnder reports whether the last update may have changed a line at or under
// path (a non-empty wire path): after a rebuild always, after a patch when a line it
// rewrote had or has such a path.
func (p *preview) editedUnder(path string) bool {
	if p.rebuilt {
		return true
	}
	for _, e := range p.edited {
		if model.Covers(path, e) {
			return true
		}
	}
	return false
}

// reusable maps the text of each unmarked line of the previous body between its
// common first and last lines (c) to its colours.
func (p *preview) reusable(c lineChange) map[string]string {
	end := len(p.lines) - c.suffix
	if c.first >= end {
		return nil
	}
	out := make(map[string]string, end-c.first)
	for i := c.first; i < end; i++ {
		if !p.changed[i] {
			out[p.lines[i].text] = p.styled[i]
		}
	}
	return out
}

// window returns height lines of the styled body, scrolled so the first changed
// line is visible, each cut to width.
func (p *preview) window(width, height int) []string {
	if height <= 0 {
		return nil
	}
	start := 0
	if p.first >= height {
		start = min(p.first-height/3, len(p.styled)-height)
	}
	end := min(len(p.styled), start+height)
	out := make([]string, 0, height)
	for _, l := range p.styled[start:end] {
		out = append(out, truncate(l, width))
	}
	return out
}

// renderPreview rebuilds the side panel for the current size; called from Update.
func (m *Model) renderPreview() {
	l := m.layout()
	if l.previewWidth == 0 {
		m.preview.pane = ""
		return
	}
	inner := l.previewWidth - 4 // border and padding
	lines := append([]string{m.styles.previewTitle}, m.preview.window(inner, l.bodyHeight-3)...)
	m.preview.pane = m.styles.box(lines, l.previewWidth, l.bodyHeight)
}
