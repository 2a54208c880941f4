package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Fixed parts of the editing screen.
const (
	headerHeight  = 2 // the header line and a blank line
	problemLines  = 3 // the problem area under the form
	helpHeight    = 1 // the footer help line
	stepListWidth = 30
	gap           = 1
)

// layout is how the editing screen divides the terminal.
type layout struct {
	stepsWidth   int // 0 when the step list is a one-line bar (narrow terminals)
	formWidth    int
	previewWidth int // 0 when the preview is hidden
	bodyHeight   int
}

// layout computes the editing screen's columns. Wide terminals show the step list,
// the form and the preview side by side; narrow ones put the steps on a one-line bar
// above the form and show the preview, when toggled on, beside the form.
func (m *Model) layout() layout {
	l := layout{stepsWidth: stepListWidth}
	l.bodyHeight = max(m.height-headerHeight-problemLines-helpHeight, 3)
	switch {
	case m.width >= wideWidth && !m.showPrev:
		l.previewWidth = min(max(m.width/3, 40), 80)
	case m.width < wideWidth:
		l.stepsWidth = 0
		l.bodyHeight-- // the step bar
		if m.showPrev {
			l.previewWidth = m.width / 2
		}
	}
	l.formWidth = m.width - l.previewWidth
	if l.stepsWidth > 0 {
		l.formWidth -= l.stepsWidth + gap
	}
	if l.previewWidth > 0 {
		l.formWidth -= gap
	}
	l.formWidth = max(l.formWidth, 20)
	return l
}

// truncate cuts a styled line to width cells.
func truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	return ansi.Truncate(s, width, "…")
}

// box draws lines in a rounded border with one space of padding, width x height
// cells in all. The widths are known, so it pads by hand instead of asking lipgloss
// to measure and wrap every line: panels are redrawn on every keystroke.
func (st Styles) box(lines []string, width, height int) string {
	inner := max(width-4, 1)
	var b strings.Builder
	b.WriteString(st.borderOn + "╭" + strings.Repeat("─", width-2) + "╮" + st.borderOff)
	for row := 0; row < height-2; row++ {
		line := ""
		if row < len(lines) {
			line = lines[row]
		}
		w := ansi.StringWidth(line)
		if w > inner {
			line, w = ansi.Truncate(line, inner, "…"), inner
		}
		b.WriteByte('\n')
		b.WriteString(st.side)
		b.WriteByte(' ')
		b.WriteString(line)
		b.WriteString(strings.Repeat(" ", inner-w))
		b.WriteByte(' ')
		b.WriteString(st.side)
	}
	b.WriteByte('\n')
	b.WriteString(st.borderOn + "╰" + strings.Repeat("─", width-2) + "╯" + st.borderOff)
	return b.String()
}

// memo keeps one rendered string and the key it was rendered for.
type memo struct {
	key, val string
	set      bool
}

// get returns the cached string when key is unchanged, else renders it again.
func (c *memo) get(key string, render func() string) string {
	if !c.set || key != c.key {
		c.key, c.val, c.set = key, render(), true
	}
	return c.val
}

// memos are the parts of the frame that change less often than keys arrive.
type memos struct {
	header, problems, help memo
}

// lineWidths keeps the display width of the lines seen lately, so a column whose
// lines mostly stay the same from frame to frame is not measured again.
type lineWidths struct {
	known map[string]int
}

// maxKeptWidths bounds the widths kept; the map starts over when full.
const maxKeptWidths = 4096

// of returns the display width of line.
func (lw *lineWidths) of(line string) int {
	if w, ok := lw.known[line]; ok {
		return w
	}
	if lw.known == nil || len(lw.known) >= maxKeptWidths {
		lw.known = make(map[string]int, 256)
	}
	w := ansi.StringWidth(line)
	lw.known[line] = w
	return w
}
