package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"

	"ackpool/model"
	"ackpool/termtext"
)

// View returns the frame built by the last Update.
func (m *Model) View() string { return m.frame }

// render builds the whole frame for the current phase and size: the header, then
// the body. It runs at the end of every Update so View stays a plain read.
func (m *Model) render() string {
	if m.width < minWidth || m.height < minHeight {
		return wrapAtSpaces(m.styles.Error.Render("Terminal too small")+"\n\n"+
			fmt.Sprintf("The wizard needs at least %dx%d; this terminal is %dx%d.\nEnlarge the window, or run with --accessible for plain prompts.\nctrl+c quits.", minWidth, minHeight, m.width, m.height), max(m.width, 1))
	}
	header := m.memo.header.get(fmt.Sprint(m.width, m.target.Region, m.target.ClusterID), m.renderHeader)
	if !m.editingBody() {
		return header + "\n\n" + m.renderBody()
	}
	// the editing screen is drawn on every key: into one buffer, as large as the last frame
	var b strings.Builder
	b.Grow(len(m.frame) + 256)
	b.WriteString(header)
	b.WriteString("\n\n")
	m.writeEditing(&b)
	return b.String()
}

// editingBody reports whether the phase's body is the editing screen (renderEditing).
func (m *Model) editingBody() bool {
	switch m.phase {
	case phaseStart, phaseReview, phaseConfirm, phaseSubmitting, phaseFailed, phaseWatching, phaseDone:
		return false
	}
	return true
}

// renderBody is everything under the header for the current phase.
func (m *Model) renderBody() string {
	switch m.phase {
	case phaseStart:
		return m.renderStart()
	case phaseReview:
		return m.renderReviewScreen()
	case phaseConfirm:
		return m.renderConfirm()
	case phaseSubmitting:
		body := m.spinner.View() + " Sending CreateClusterNodePool to " + m.targetName() + "…"
		if m.sub.quitWhenAnswered {
			body += "\n\nQuitting as soon as the answer arrives (the request may already have created the pool)."
		}
		return body
	case phaseFailed:
		return m.renderFailed()
	case phaseWatching, phaseDone:
		return m.renderProgress()
	}
	return m.renderEditing()
}

// renderHeader is the top line: the app, where requests go, and the cluster.
func (m *Model) renderHeader() string {
	parts := []string{m.styles.Title.Render("ackpool")}
	if m.opts.Client == nil || m.opts.Client.Target().Sandbox {
		parts = append(parts, m.styles.Sandbox.Render("SANDBOX"))
	} else {
		t := m.opts.Client.Target()
		parts = append(parts, m.styles.Real.Render(firstNonEmpty(t.Profile, "credentials")+" · "+firstNonEmpty(m.target.Region, t.Region)))
	}
	cluster := "no cluster chosen"
	if m.target.ClusterID != "" {
		cluster = "cluster " + m.target.ClusterID
	}
	region := m.target.Region
	if region == "" {
		region = "no region"
	}
	parts = append(parts, m.styles.Cluster.Render(cluster), m.styles.Muted.Render(region))
	return truncate(strings.Join(parts, "  "), m.width)
}

// renderEditing is the step list, the form (or an overlay), the preview, the
// current step's problems and the help line.
func (m *Model) renderEditing() string {
	var b strings.Builder
	m.writeEditing(&b)
	return b.String()
}

// writeEditing writes the editing screen to b.
func (m *Model) writeEditing(b *strings.Builder) {
	l := m.layout()
	var cols []column
	bar := ""
	switch {
	case l.stepsWidth > 0:
		cols = append(cols, column{text: m.stepList(l), width: l.stepsWidth + gap, box: l.stepsWidth})
	default:
		bar = m.renderStepBar() + "\n"
	}
	// overlays take the preview's room too
	wide := l.formWidth
	if l.previewWidth > 0 {
		wide += gap + l.previewWidth
	}
	center, showPreview := "", l.previewWidth > 0
	switch {
	case m.phase == phaseHelp:
		center, showPreview = m.renderFieldHelp(wide), false
	case m.phase == phaseSteps && l.stepsWidth == 0:
		l.stepsWidth = min(wide, stepListWidth+10)
		center = m.renderStepList(l)
	case m.phase == phaseQuitConfirm:
		center, showPreview = m.styles.Dialog.Width(min(wide, 70)-6).Render(m.quitText()), false
	case m.form != nil:
		center = m.page.view(m.form, m.steps[m.cur].Groups, m.styles.Huh)
	}
	if showPreview {
		cols = append(cols, column{text: center, width: l.formWidth + gap, widths: &m.widths}, column{text: m.preview.pane, width: l.previewWidth, box: l.previewWidth})
	} else {
		cols = append(cols, column{text: center, width: wide, widths: &m.widths})
	}
	problems := m.memo.problems.get(fmt.Sprint(m.width, m.cur, m.validations, m.requests.waiting(slotPoolNames), m.spinner.View(), m.sub.lookupErr), m.renderProblems)
	b.WriteString(bar)
	writeColumns(b, cols, l.bodyHeight)
	b.WriteByte('\n')
	b.WriteString(problems)
	b.WriteByte('\n')
	b.WriteString(m.footer())
}

// column is a block of text to be laid out at a fixed width.
type column struct {
	text   string
	width  int
	box    int         // when > 0, every line is a box line exactly this wide: no measuring
	widths *lineWidths // when set, each line is measured once, not on every frame
}

// joinColumns lays blocks side by side, each line cut or padded to its column's
// width, height lines in all. Cheaper than lipgloss.JoinHorizontal because the
// widths are known.
func joinColumns(cols []column, height int) string {
	var b strings.Builder
	size := 0
	for _, c := range cols {
		size += len(c.text) + height
	}
	b.Grow(size)
	writeColumns(&b, cols, height)
	return b.String()
}

// writeColumns is joinColumns writing to b.
func writeColumns(b *strings.Builder, cols []column, height int) {
	split := make([][]string, len(cols))
	for i, c := range cols {
		split[i] = strings.Split(c.text, "\n")
	}
	for row := 0; row < height; row++ {
		if row > 0 {
			b.WriteByte('\n')
		}
		for i, c := range cols {
			line := ""
			if row < len(split[i]) {
				line = split[i][row]
			}
			w := c.box
			switch {
			case c.box > 0 && line != "":
			case c.widths != nil:
				w = c.widths.of(line)
			default:
				w = ansi.StringWidth(line)
			}
			if w > c.width {
				line, w = ansi.Truncate(line, c.width, ""), c.width
			}
			b.WriteString(line)
			if i < len(cols)-1 || w < c.width {
				writeSpaces(b, c.width-w)
			}
		}
	}
}

// blanks is a run of spaces to pad lines from without making a string per line.
const blanks = "                                                                                                                                "

// writeSpaces writes n spaces to b.
func writeSpaces(b *strings.Builder, n int) {
	for n > 0 {
		k := min(n, len(blanks))
		b.WriteString(blanks[:k])
		n -= k
	}
}

// stepList returns the step list pane, rendered again only when what it shows
// changed.
func (m *Model) stepList(l layout) string {
	var key strings.Builder
	fmt.Fprintf(&key, "%d/%d/%d/%d/%d", l.stepsWidth, l.bodyHeight, m.cur, m.cursor, m.phase)
	for _, s := range m.steps {
		n := 0
		if s.visited {
			n = len(s.problems) // the count is shown for visited steps only
		}
		fmt.Fprintf(&key, "/%d%d", s.status(), n)
	}
	if key.String() != m.stepsKey {
		m.stepsKey, m.stepsPane = key.String(), m.renderStepList(l)
	}
	return m.stepsPane
}

// stepMarks are the step list's state marks, readable without colour.
func (m *Model) stepMark(s stepState) string {
	switch s.status() {
	case statusOK:
		return m.styles.OK.Render("✓")
	case statusWarnings:
		return m.styles.Warning.Render("!")
	case statusErrors:
		return m.styles.Error.Render("✗")
	}
	return m.styles.Muted.Render("·")
}

// renderStepList is the left pane: every step with its state.
func (m *Model) renderStepList(l layout) string {
	lines := []string{m.styles.PaneTitle.Render("Steps")}
	for i, s := range m.steps {
		name := s.Title
		if n := len(s.problems); n > 0 && s.visited {
			if count := fmt.Sprintf(" (%d)", n); len(name)+len(count)+4 <= l.stepsWidth-4 {
				name += count // when it fits; the mark says it anyway
			}
		}
		line := fmt.Sprintf("%d %s %s", i+1, m.stepMark(s), name)
		if i == m.cur {
			line = m.styles.StepCurrent.Render("▸" + line[1:])
		}
		if m.phase == phaseSteps {
			// a visible cursor also without colour (NO_COLOR drops reverse video)
			if i == m.cursor {
				line = m.styles.StepCursor.Render("> " + line)
			} else {
				line = "  " + line
			}
		}
		lines = append(lines, truncate(line, l.stepsWidth-4))
	}
	lines = append(lines, "", m.styles.Muted.Render("· not visited"), m.styles.Muted.Render("✓ ok  ! warn  ✗ error"))
	return m.styles.box(lines, l.stepsWidth, l.bodyHeight)
}

// renderStepBar is the narrow terminal's step list: every step's number and mark,
// and the current step's title.
func (m *Model) renderStepBar() string {
	parts := []string{m.styles.PaneTitle.Render("Steps")}
	for i, s := range m.steps {
		item := fmt.Sprintf("%d%s", i+1, m.stepMark(s))
		if i == m.cur {
			item = m.styles.StepCurrent.Render(fmt.Sprintf("[%d ", i+1)) + m.stepMark(s) + m.styles.StepCurrent.Render(" "+s.Title+"]")
		}
		parts = append(parts, item)
	}
	return truncate(strings.Join(parts, " "), m.width)
}

// renderFieldHelp is the fuller help of the focused field, in a dialog as tall as the
// body at most; a longer help shows a window of its lines that ↑/↓ scroll.
func (m *Model) renderFieldHelp(width int) string {
	lines, visible := m.helpWindow(width)
	top := min(m.helpTop, max(len(lines)-visible, 0))
	note := "any key closes this help"
	if len(lines) > visible {
		note = fmt.Sprintf("↑/↓ scroll (lines %d–%d of %d) · any other key closes", top+1, top+visible, len(lines))
		lines = lines[top : top+visible]
	}
	return m.styles.Dialog.Width(width - 6).Render(strings.Join(lines, "\n") + "\n\n" + m.styles.Muted.Render(note))
}

// helpWindow is the field help's lines wrapped to the dialog, and how many of them
// fit: the body's height less the dialog's frame and its closing note.
func (m *Model) helpWindow(width int) (lines []string, visible int) {
	k := m.focusedKey()
	text := ""
	if m.opts.FieldHelp != nil && k != "" {
		text = m.opts.FieldHelp(k)
	}
	text = strings.TrimPrefix(text, k+"\n\n") // the dialog's title already names the field
	if text == "" {
		text = "No further help for this field."
	}
	for _, b := range m.fieldOwnKeys() {
		text += fmt.Sprintf("\n\nKey of this list: %s %s.", b.Help().Key, b.Help().Desc)
	}
	inner := width - 6 - m.styles.Dialog.GetHorizontalPadding() // Width(width-6) counts the padding, not the border
	body := wrapAtSpaces(m.styles.Title.Render(k)+"\n\n"+text, max(inner, 10))
	const noteLines = 2 // a blank line and the note
	visible = max(m.layout().bodyHeight-m.styles.Dialog.GetVerticalFrameSize()-noteLines, 3)
	return strings.Split(body, "\n"), visible
}

// helpMaxTop is the last first line the field help can scroll to.
func (m *Model) helpMaxTop() int {
	l := m.layout()
	wide := l.formWidth
	if l.previewWidth > 0 {
		wide += gap + l.previewWidth
	}
	lines, visible := m.helpWindow(wide)
	return max(len(lines)-visible, 0)
}

// renderProblems is the problem area under the form: the current step's problems.
func (m *Model) renderProblems() string {
	var ps model.Problems
	if len(m.steps) > 0 {
		ps = m.steps[m.cur].problems
	}
	var lines []string
	for i, p := range ps {
		// a problem is shown whole (its allowed values are never cut off) or counted
		// for the review; only the first may take the whole area when it needs it
		whole := m.wrappedProblem(p, 1<<10)
		free, after := problemLines-len(lines), len(ps)-i-1
		room := free
		if after > 0 {
			room-- // the line that counts the rest
		}
		if i == 0 {
			room = free // the first problem is read whole before anything is counted
		}
		if len(whole) > room && i > 0 {
			lines = append(lines, m.styles.Muted.Render(fmt.Sprintf("… and %d more on this step (ctrl+r review lists them all)", after+1)))
			break
		}
		lines = append(lines, m.wrappedProblem(p, max(room, 1))...)
	}
	// what the wizard is doing or could not do comes after the problems, where room is left
	if m.requests.waiting(slotPoolNames) && len(lines) < problemLines {
		lines = append(lines, m.spinner.View()+" loading the cluster's pool names…")
	}
	if m.sub.lookupErr != "" && len(lines) < problemLines {
		lines = append(lines, m.styles.Warning.Render("! "+m.sub.lookupErr))
	}
	if len(lines) == 0 {
		lines = append(lines, m.styles.OK.Render("✓ no problems on this step"))
	}
	for len(lines) < problemLines {
		lines = append(lines, "")
	}
	return strings.Join(lines[:problemLines], "\n")
}

// wrappedProblem renders one problem on at most n lines of the terminal's width,
// continuation lines indented under the message; what does not fit ends in "…".
func (m *Model) wrappedProblem(p model.Problem, n int) []string {
	const indent = "    "
	if n <= 1 || m.width <= 2*len(indent) {
		return []string{m.problemLine(p, false)}
	}
	mark, st := "!", m.styles.Warning
	if p.Severity == model.SeverityError {
		mark, st = "✗", m.styles.Error
	}
	text := "  " + st.Render(mark+" "+p.Path) + ": " + termtext.Line(p.Message)
	lines := strings.Split(wrapAtSpaces(text, m.width-len(indent)), "\n")
	for i := 1; i < len(lines); i++ {
		lines[i] = indent + strings.TrimLeft(lines[i], " ")
	}
	if len(lines) > n {
		lines = lines[:n]
		lines[n-1] = truncate(lines[n-1], m.width-1) + "…"
	}
	return lines
}

// problemLine renders one problem on one line.
func (m *Model) problemLine(p model.Problem, selected bool) string {
	mark, st := "!", m.styles.Warning
	if p.Severity == model.SeverityError {
		mark, st = "✗", m.styles.Error
	}
	cursor := "  "
	if selected {
		cursor = m.styles.Selected.Render("> ")
	}
	return truncate(cursor+st.Render(mark+" "+p.Path)+": "+termtext.Line(p.Message), m.width)
}

// helpLine is the footer: the keys that work now, abbreviated on narrow terminals.
// It is rendered again only when the bindings or the width change.
func (m *Model) helpLine() string {
	bs := m.keyRows().ShortHelp()
	if m.width < wideWidth {
		bs = compactHelp(bs)
	}
	var key strings.Builder
	fmt.Fprint(&key, m.width, m.help.ShortSeparator)
	for _, b := range bs {
		h := b.Help()
		fmt.Fprint(&key, "|", h.Key, h.Desc, b.Enabled())
	}
	return m.memo.help.get(key.String(), func() string { return m.help.ShortHelpView(bs) })
}

// compactHelp shortens the bindings' help for narrow terminals: "^f next".
func compactHelp(bs []key.Binding) []key.Binding {
	short := map[string]string{"next step": "next", "prev step": "prev", "field help": "help", "aliyun command": "aliyun", "body/problems": "focus", "save JSON": "save", "save preset": "preset", "terraform": "tf"}
	out := make([]key.Binding, len(bs))
	for i, b := range bs {
		h := b.Help()
		desc := h.Desc
		if s, ok := short[desc]; ok {
			desc = s
		}
		b.SetHelp(strings.Replace(h.Key, "ctrl+", "^", 1), desc)
		out[i] = b
	}
	return out
}

// targetName names where the request goes, for the confirmation and progress.
func (m *Model) targetName() string {
	if m.opts.Client == nil || m.opts.Client.Target().Sandbox {
		return "the SANDBOX (nothing is created in the cloud)"
	}
	t := m.opts.Client.Target()
	return "Alibaba Cloud (" + firstNonEmpty(t.Profile, "credentials") + ")"
}
