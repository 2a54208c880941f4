package ui

import (
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
		l.previewWidth = min(max(m.width*2/5, 48), 80)
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
