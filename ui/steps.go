package ui

import (
	"slices"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"ackpool/forms"
	"ackpool/model"
)

// stepStatus is what the step list shows for a step.
type stepStatus int

const (
	statusNotVisited stepStatus = iota
	statusOK
	statusWarnings
	statusErrors
)

// stepState is a step plus what the shell knows about it.
type stepState struct {
	forms.Step
	visited  bool
	problems model.Problems // the problems this step owns, from the last validation
}

// status sums up the step for the step list.
func (s stepState) status() stepStatus {
	switch {
	case !s.visited:
		return statusNotVisited
	case s.problems.HasErrors():
		return statusErrors
	case len(s.problems) > 0:
		return statusWarnings
	}
	return statusOK
}

// openStep makes step i current with a fresh form over its groups. A completed
// huh form cannot be reopened, so every visit builds a new one over the same groups
// (the groups keep the values and the focused field). A step built headless is
// built whole on its first visit.
func (m *Model) openStep(i int) {
	if len(m.steps) == 0 {
		m.form = nil
		return
	}
	i = max(0, min(i, len(m.steps)-1))
	m.cur, m.cursor = i, i
	m.steps[i].visited = true
	if full := m.steps[i].Full; full != nil { // built headless: its pages now
		m.steps[i].Step = full()
	}
	m.form = huh.NewForm(m.steps[i].Groups...).
		WithTheme(m.styles.Huh).
		WithKeyMap(huhKeyMap()).
		WithShowHelp(false)
	l := m.layout()
	m.fitStep(l.bodyHeight)
	m.form.WithWidth(l.formWidth).WithHeight(l.bodyHeight)
}

// fitStep lets the current step's long lists use the form's height.
func (m *Model) fitStep(height int) {
	if s := m.steps[m.cur]; s.Fit != nil {
		s.Fit(height)
	}
}

// enterStep opens step i and starts its form.
func (m *Model) enterStep(i int) tea.Cmd {
	m.openStep(i)
	m.phase = phaseEditing
	if m.form == nil {
		return nil
	}
	return m.form.Init()
}

// sizeForm gives the form the space between the step list, the preview and the
// footer. huh rebuilds a group's view only in Update, so the form gets a no-op
// message to reflow now; the command it may answer with (an option list to load)
// must reach the runtime.
func (m *Model) sizeForm() tea.Cmd {
	if m.form == nil {
		return nil
	}
	l := m.layout()
	m.fitStep(l.bodyHeight)
	m.form.WithWidth(l.formWidth).WithHeight(l.bodyHeight)
	_, cmd := m.form.Update(reflowMsg{})
	return cmd
}

// reflowMsg asks the form to redraw; no field acts on it.
type reflowMsg struct{}

// syncAll writes every step's values into the request once, so that what a step
// shows as chosen (the billing method its select preselects) is in the request
// whether or not the step was ever opened.
func (m *Model) syncAll() {
	for _, s := range m.steps {
		if s.Sync != nil {
			s.Sync(m.np)
		}
	}
}

// refresh copies the current form's values into the model, and when the body changed
// (or force is set) validates it, routes the problems to their steps and renders the
// preview. It runs in Update after every message that reached a form, never in View.
func (m *Model) refresh(force bool) {
	if len(m.steps) > 0 && m.steps[m.cur].Sync != nil {
		m.steps[m.cur].Sync(m.np)
	}
	body := encodeBody(m.np)
	secrets := secretsDigest(m.np)
	pending := m.pendingProblems()
	if !force && string(body) == string(m.preview.body) && secrets == m.secrets && slices.Equal(pending, m.pending) && *m.target == m.validated {
		return
	}
	m.pending, m.validated, m.secrets = pending, *m.target, secrets
	m.validations++
	m.problems = append(model.ValidateClusterID(m.target.ClusterID), model.Validate(m.np)...)
	m.problems = append(m.problems, m.accountProblems()...)
	m.problems = errorsFirst(append(supersededBy(m.problems, pending), pending...))
	m.preview.update(body, m.styles)
	m.applyVerdict()
	m.route()
	m.renderPreview()
}

// supersededBy drops the problems of every path that has a pending problem: while
// the text typed into a field cannot be read ("5?"), the model still holds the last
// value that could (5), and its problems are not about what is on the screen.
func supersededBy(ps, pending model.Problems) model.Problems {
	if len(pending) == 0 {
		return ps
	}
	stale := make(map[string]bool, len(pending))
	for _, p := range pending {
		stale[p.Path] = true
	}
	return slices.DeleteFunc(ps, func(p model.Problem) bool { return stale[p.Path] })
}

// pendingProblems collects what the steps could not write to the model (text in a
// number field, a malformed list line), which model validation cannot see.
func (m *Model) pendingProblems() model.Problems {
	var out model.Problems
	for _, s := range m.steps {
		if s.Pending != nil {
			out = append(out, s.Pending()...)
		}
	}
	return out
}

// route hands every problem to the step owning the longest matching path prefix;
// problems nobody owns are kept for the review screen.
func (m *Model) route() {
	for i := range m.steps {
		m.steps[i].problems = nil
	}
	m.general = nil
	for _, p := range m.problems {
		if i := m.owner(p.Path); i >= 0 {
			m.steps[i].problems = append(m.steps[i].problems, p)
		} else {
			m.general = append(m.general, p)
		}
	}
}

// owner returns the index of the step owning a wire path, or -1. A problem about a
// whole object ("scaling_group: required") goes to the first step owning a part of it.
func (m *Model) owner(path string) int {
	best, bestLen := -1, -1
	for i, s := range m.steps {
		for _, prefix := range s.Owns {
			if model.Covers(prefix, path) && len(prefix) > bestLen {
				best, bestLen = i, len(prefix)
			}
		}
	}
	if best >= 0 || path == "" {
		return best
	}
	for i, s := range m.steps {
		for _, prefix := range s.Owns {
			if model.Covers(path, prefix) {
				return i
			}
		}
	}
	return -1
}

// focusedKey is the wire path of the focused field, or "".
func (m *Model) focusedKey() string {
	if m.form == nil {
		return ""
	}
	f := m.form.GetFocusedField()
	if f == nil {
		return ""
	}
	return f.GetKey()
}

// takesText reports whether the focused field consumes printable keys, so "?" must
// reach it rather than open help.
func (m *Model) takesText() bool {
	if m.form == nil {
		return false
	}
	switch f := m.form.GetFocusedField().(type) {
	case *huh.Input, *huh.Text:
		return true
	case interface{ TakesText() bool }: // a pick-list while its filter is typed
		return f.TakesText()
	}
	return false
}

// jumpTo opens the step owning path and focuses its field, on whichever page it is;
// the problem is listed under the form either way.
func (m *Model) jumpTo(path string) tea.Cmd {
	i := m.owner(path)
	if i < 0 {
		i = m.cur
	}
	cmd := m.enterStep(i)
	return tea.Batch(cmd, m.focusField(path))
}

// focusField turns the pages of the freshly opened form until the one holding path
// (huh skips the hidden ones), then moves to the field. It stops where it is when a
// page cannot be left or the field is not shown. Form.NextGroup acts at once; a
// field move at a page's edge would blur the field, so moves stay inside the page.
func (m *Model) focusField(path string) tea.Cmd {
	if m.form == nil {
		return nil
	}
	keys := m.steps[m.cur].Keys
	if len(keys) == 0 {
		m.walkToField(path) // a step that does not list its keys: its first page only
		return nil
	}
	page := func() int { // the page of the focused field, from the step's keys
		k := m.focusedKey()
		for g, ks := range keys {
			if slices.Contains(ks, k) {
				return g
			}
		}
		return -1
	}
	holds := func(g int) bool { return g >= 0 && g < len(keys) && slices.Contains(keys[g], path) }
	var cmds []tea.Cmd
	for range keys {
		if holds(page()) {
			break
		}
		before := m.form.GetFocusedField()
		cmds = append(cmds, m.form.NextGroup())
		if m.form.State != huh.StateNormal {
			// the field's page is hidden and huh ran off the end: start the step over
			m.openStep(m.cur)
			return m.form.Init()
		}
		if m.form.GetFocusedField() == before {
			return tea.Batch(cmds...) // the page cannot be left (an error) or it is the last
		}
	}
	g := page()
	if !holds(g) {
		return tea.Batch(cmds...)
	}
	from, to := slices.Index(keys[g], m.focusedKey()), slices.Index(keys[g], path)
	for ; from < to; from++ {
		cmds = append(cmds, m.form.NextField())
	}
	for ; from > to; from-- {
		cmds = append(cmds, m.form.PrevField())
	}
	return tea.Batch(cmds...)
}

// walkToField walks the focus of the current page back to its first field, then
// forward until the field whose key is path (or the page's end).
func (m *Model) walkToField(path string) {
	const maxFields = 64
	for k := 0; k < maxFields && m.focusedKey() != path; k++ {
		before := m.form.GetFocusedField()
		m.form.PrevField()
		if m.form.GetFocusedField() == before {
			break
		}
	}
	for k := 0; k < maxFields && m.focusedKey() != path; k++ {
		before := m.form.GetFocusedField()
		m.form.NextField()
		if m.form.GetFocusedField() == before {
			break
		}
	}
}
