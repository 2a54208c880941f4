package ui

import "testing"

// awaitedTicket is the ticket of the request slot s awaits (a zero sequence when none).
func (r *requests) awaitedTicket(s slot) ticket { return ticket{slot: s, seq: r.awaited[s]} }

// Every asynchronous answer is an answer: Update applies each the same way.
var _ = []answer{
	poolNamesMsg{}, clusterSettledMsg{}, createdMsg{}, watchMsg{}, savedMsg{},
	menuMsg{}, presetMsg{}, clustersMsg{}, poolsMsg{}, describedMsg{}, baseMsg{},
	clusterDefaultsMsg{}, draftTickMsg{}, draftSavedMsg{}, draftClearedMsg{}, presetSavedMsg{},
}

func TestRequestsDropLateAnswers(t *testing.T) {
	var r requests
	if r.current(ticket{}) || r.waiting(slotSubmit) {
		t.Fatalf("the zero ticket is current, or an empty slot waits")
	}
	first := r.issue(slotStart)
	other := r.issue(slotSave)
	second := r.issue(slotStart)
	switch {
	case r.current(first):
		t.Errorf("an earlier request of the slot is still current")
	case !r.current(second) || !r.current(other):
		t.Errorf("the latest request of each slot is not current")
	}
	r.done(slotStart)
	if r.current(second) || r.waiting(slotStart) || !r.waiting(slotSave) {
		t.Errorf("done(slotStart): second current %v, start waiting %v, save waiting %v", r.current(second), r.waiting(slotStart), r.waiting(slotSave))
	}
}

func TestLateAnswerIsNotApplied(t *testing.T) {
	d := newTestWizard(t, 120, 40)
	d.keys("ctrl+r")
	late := d.m.requests.issue(slotSave)
	d.m.requests.issue(slotSave) // a newer save was asked for since
	d.send(savedMsg{reply: reply{late}, path: "late.json"})
	if d.m.review.note != "" {
		t.Fatalf("a late save answer was applied: %q", d.m.review.note)
	}
	d.send(savedMsg{reply: reply{d.m.requests.awaitedTicket(slotSave)}, path: "now.json"})
	if d.m.review.note != "saved now.json" {
		t.Fatalf("the current save answer was not applied: %q", d.m.review.note)
	}
}
