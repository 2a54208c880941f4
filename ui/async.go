package ui

import tea "github.com/charmbracelet/bubbletea"

// slot is a kind of request the wizard waits for. Each slot awaits one request at a
// time: a new request in a slot makes the answers of the earlier ones late.
type slot int

// The slots, one per kind of request.
const (
	slotPoolNames  slot = iota // the chosen cluster's pool names (and the pause before loading them)
	slotSubmit                 // the create, then the task watcher's events
	slotStart                  // the start screen: menu, clusters, pools, a pool's settings, a preset
	slotBase                   // what a resumed draft started from, for the diff
	slotDefaults               // the chosen cluster's vSwitches for a preset
	slotDraft                  // the draft's quiet time after the latest change
	slotDraftSave              // writing the draft
	slotDraftClear             // removing the draft after the create
	slotSave                   // "save" on the review screen
	slotPreset                 // "save as preset"
	slotEstimate               // the footer's estimate: the quiet time after a change, then the plan
	slotAccount                // the account's lists the request is checked against
	numSlots
)

// ticket names one request: its slot and its sequence number.
type ticket struct {
	slot slot
	seq  int
}

// answer is what every asynchronous request (a tea.Cmd) returns: a typed message
// carrying the ticket of its request, which applies itself to the wizard. Update
// applies an answer only while its ticket is the one its slot awaits, so a late
// answer (the cluster changed, esc cancelled, a newer save) is dropped in one place.
type answer interface {
	tea.Msg
	ticketOf() ticket
	apply(m *Model) tea.Cmd
}

// reply is embedded in every answer: the ticket of the request it answers.
type reply struct{ t ticket }

// ticketOf returns the ticket of the request the answer is for.
func (r reply) ticketOf() ticket { return r.t }

// requests hands out tickets and knows which one each slot awaits.
type requests struct {
	seq     int
	awaited [numSlots]int
}

// issue returns the ticket of a new request in s; earlier requests in s are late now.
func (r *requests) issue(s slot) ticket {
	r.seq++
	r.awaited[s] = r.seq
	return ticket{slot: s, seq: r.seq}
}

// current reports whether t is the request its slot awaits.
func (r *requests) current(t ticket) bool {
	return t.seq != 0 && r.awaited[t.slot] == t.seq
}

// done stops waiting in s: answers still on their way are late.
func (r *requests) done(s slot) { r.awaited[s] = 0 }

// waiting reports whether a request in s is awaited.
func (r *requests) waiting(s slot) bool { return r.awaited[s] != 0 }

// applyAnswer applies msg when it answers the request its slot awaits, and drops
// it otherwise.
func (m *Model) applyAnswer(msg answer) tea.Cmd {
	if !m.requests.current(msg.ticketOf()) {
		return nil
	}
	return msg.apply(m)
}
