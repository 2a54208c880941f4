package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"ackpool/export"
	"ackpool/model"
)

// reviewState is the review screen: the body (or the aliyun command) in a viewport,
// the problem list, and the file name prompt of "save JSON".
type reviewState struct {
	body        viewport.Model
	onProblems  bool // the problem list has the arrow keys
	cursor      int  // selected problem
	showCommand bool // the viewport shows the aliyun command instead of the body
	saving      bool // the file name prompt is open
	input       textinput.Model
	note        string // the last action's result
}

// newReviewState builds the review screen's widgets.
func newReviewState(st Styles) reviewState {
	return reviewState{body: viewport.New(minWidth, minHeight), input: st.textInput("save to: ", "nodepool.json")}
}

// resize gives the viewport the space the problem list and footer leave.
func (r *reviewState) resize(w, h, problemRows int) {
	r.body.Width = w
	r.body.Height = max(h-headerHeight-problemRows-4, 3)
	r.input.Width = max(w-20, 10)
}

// openReview validates everything and shows the review screen.
func (m *Model) openReview() tea.Cmd {
	m.refresh(true)
	for i := range m.steps {
		m.steps[i].visited = true
	}
	m.phase = phaseReview
	m.review.cursor = min(m.review.cursor, max(len(m.problems)-1, 0))
	m.review.onProblems = m.problems.HasErrors()
	m.review.note = ""
	m.review.resize(m.width, m.height, m.reviewProblemRows())
	m.reuse.show = showDefault // the body (or the command) again, fresh
	m.setReviewContent()
	return m.loadAccountLists()
}

// setReviewContent fills the viewport with what the review shows: the highlighted
// body, the aliyun command, the Terraform resource or the diff. The exports are
// wrapped to the viewport's width so every part can be read ("w" saves them whole).
func (m *Model) setReviewContent() {
	switch {
	case m.reuse.show == showTerraform:
		m.review.body.SetContent(m.wrapReview(m.styles.Title.Render("Terraform resource") + m.styles.Muted.Render("  (secrets as variables; w saves it)") + "\n\n" + m.exportText(export.Terraform)))
	case m.reuse.show == showDiff:
		m.review.body.SetContent(m.wrapReview(m.diffText()))
	case m.review.showCommand:
		m.review.body.SetContent(m.wrapReview(m.styles.Title.Render("Equivalent aliyun CLI command") + m.styles.Muted.Render("  (secrets masked; w saves it)") +
			"\n\n" + m.exportText(export.Aliyun)))
	default:
		m.review.body.SetContent(m.reviewBody())
	}
}

// wrapReview wraps text to the review viewport at spaces, so an ID, a flag or a name is
// never split (a token wider than the viewport is cut at its width).
func (m *Model) wrapReview(text string) string {
	if m.review.body.Width <= 0 {
		return text
	}
	return wrapAtSpaces(text, m.review.body.Width)
}

// updateReview handles keys on the review screen: its own, the file name prompt's
// and the save-as-preset dialog's; other keys scroll the body.
func (m *Model) updateReview(k tea.KeyMsg) tea.Cmd {
	r := &m.review
	switch {
	case m.reuse.dialog.open:
		return m.updatePresetDialog(k)
	case r.saving:
		return m.updateSaving(k)
	}
	if cmd, handled := m.updateReviewChecks(k); handled {
		return cmd
	}
	switch m.action(k) {
	case actQuit:
		m.back, m.phase = phaseReview, phaseQuitConfirm
	case actSubmit:
		return m.openConfirm()
	case actSave:
		r.saving = true
		r.input.SetValue("")
		return r.input.Focus()
	case actCommand:
		m.reuse.show = showDefault // the viewport's other views give way to the command
		r.showCommand = !r.showCommand
		m.setReviewContent()
	case actTerraform:
		m.toggleShow(showTerraform)
	case actDiff:
		m.toggleShow(showDiff)
	case actSavePreset:
		return m.openPresetDialog()
	case actSwitchFocus:
		r.onProblems = !r.onProblems && len(m.problems) > 0
	case actStepList:
		m.cursor, m.phase = m.cur, phaseSteps
	case actBack:
		return m.enterStep(m.cur)
	case actUp:
		r.cursor = max(0, r.cursor-1)
	case actDown:
		r.cursor = min(len(m.problems)-1, r.cursor+1)
	case actOpen:
		return m.jumpTo(m.problems[r.cursor].Path)
	default:
		var cmd tea.Cmd
		r.body, cmd = r.body.Update(k)
		return cmd
	}
	return nil
}

// updateSaving drives the file name prompt.
func (m *Model) updateSaving(k tea.KeyMsg) tea.Cmd {
	r := &m.review
	switch m.action(k) {
	case actBack:
		r.saving = false
		r.input.Blur()
		return nil
	case actOpen:
		r.saving = false
		r.input.Blur()
		name := strings.TrimSpace(r.input.Value())
		if name == "" {
			name = r.input.Placeholder
		}
		return saveBody(m.requests.issue(slotSave), m.opts.SaveDir, name, m.exportBytes())
	}
	var cmd tea.Cmd
	r.input, cmd = r.input.Update(k)
	return cmd
}

// savedMsg says whether the body was written to a file.
type savedMsg struct {
	reply
	path string
	err  error
}

// saveBody writes the masked body to a file (0600), refusing to overwrite one.
func saveBody(t ticket, dir, name string, body []byte) tea.Cmd {
	return func() tea.Msg {
		path := name
		if !filepath.IsAbs(path) && dir != "" {
			path = filepath.Join(dir, path)
		}
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return savedMsg{reply: reply{t}, path: path, err: err}
		}
		_, err = f.Write(append(append([]byte{}, body...), '\n'))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return savedMsg{reply: reply{t}, path: path, err: err}
	}
}

// hasSecrets reports whether masking changes the body, i.e. it carries a secret.
func hasSecrets(np *model.NodePool) bool {
	raw, err := model.EncodeJSON(np, true)
	return err == nil && string(raw) != string(encodeBody(np))
}

// apply reports the save on the review screen.
func (msg savedMsg) apply(m *Model) tea.Cmd {
	m.requests.done(slotSave)
	if msg.err != nil {
		m.review.note = fmt.Sprintf("not saved: %v (choose another file name)", msg.err)
		return nil
	}
	m.review.note = "saved " + msg.path
	if hasSecrets(m.np) {
		m.review.note += " (secrets masked: pass them with --set when you create from it)"
	}
	return nil
}
