package ui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// pageMoves are huh's requests to change page (group), which a form refuses while
// the page shows an error. huh does not export them, so they are learned once per
// wizard from huh's exported API: huh.NextField on the last field of a page, and
// huh.PrevField on the first, answer with the page move. TestPageMovesAreLearned
// fails when a huh release changes that.
type pageMoves struct {
	next, prev tea.Msg // nil when huh did not answer as expected
}

// learnPageMoves asks a two-page form for its page moves.
func learnPageMoves() pageMoves {
	var a, b string
	first, second := huh.NewInput().Key("first").Value(&a), huh.NewInput().Key("second").Value(&b)
	f := huh.NewForm(huh.NewGroup(first), huh.NewGroup(second))
	f.Init()
	var p pageMoves
	p.next = pageMoveOf(f, huh.NextField(), second)
	if p.next != nil {
		p.prev = pageMoveOf(f, huh.PrevField(), first)
	}
	return p
}

// pageMoveOf sends a field move at the page's edge and returns the message of its
// answer that focuses want, the field on the page beyond the edge.
func pageMoveOf(f *huh.Form, move tea.Msg, want huh.Field) tea.Msg {
	_, cmd := f.Update(move)
	for _, msg := range messagesOf(cmd) {
		if !comparableMsg(msg) {
			continue
		}
		f.Update(msg)
		if f.GetFocusedField() == want {
			return msg
		}
	}
	return nil
}

// messagesOf runs a command and the commands of a batch it answers with, and
// returns their messages.
func messagesOf(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	batch, ok := msg.(tea.BatchMsg)
	if !ok {
		return []tea.Msg{msg}
	}
	var out []tea.Msg
	for _, c := range batch {
		out = append(out, messagesOf(c)...)
	}
	return out
}

// comparableMsg reports whether msg can be compared with ==, which isMove needs.
func comparableMsg(msg tea.Msg) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return msg != nil && msg == msg
}

// isMove reports whether msg is one of huh's page moves.
func (p pageMoves) isMove(msg tea.Msg) bool {
	return msg != nil && (msg == p.next || msg == p.prev)
}

// isBack reports whether msg is huh's move to the previous page.
func (p pageMoves) isBack(msg tea.Msg) bool {
	return msg != nil && msg == p.prev
}
