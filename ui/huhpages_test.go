package ui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// TestPageMovesAreLearned pins what the wizard relies on in huh: a field move at a
// page's edge answers with a page-change message, and that message moves a form
// between pages. A huh release that changes either fails here.
func TestPageMovesAreLearned(t *testing.T) {
	p := learnPageMoves()
	if p.next == nil || p.prev == nil {
		t.Fatalf("huh's page moves were not found (next %v, prev %v): huh changed how a form changes page", p.next, p.prev)
	}
	if p.next == p.prev {
		t.Fatalf("next and previous page are the same message %#v", p.next)
	}
	var a, b string
	first, second := huh.NewInput().Key("a").Value(&a), huh.NewInput().Key("b").Value(&b)
	f := huh.NewForm(huh.NewGroup(first), huh.NewGroup(second))
	f.Init()
	f.Update(p.next)
	if f.GetFocusedField() != second {
		t.Fatalf("the learned next-page message did not move to the second page")
	}
	f.Update(p.prev)
	if f.GetFocusedField() != first {
		t.Fatalf("the learned previous-page message did not move back to the first page")
	}
	for _, msg := range []tea.Msg{nil, tea.KeyMsg{Type: tea.KeyTab}, huh.NextField(), huh.PrevField(), reflowMsg{}, tea.BatchMsg{}} {
		if p.isMove(msg) {
			t.Errorf("%#v taken for a page move", msg)
		}
	}
	if !p.isMove(p.next) || !p.isMove(p.prev) || !p.isBack(p.prev) || p.isBack(p.next) {
		t.Errorf("isMove/isBack do not recognise the learned messages")
	}
}
