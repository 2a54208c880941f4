package presets

import "time"

// DefaultDraftDelay is how long the wizard waits after the last change before it
// saves the draft.
const DefaultDraftDelay = 500 * time.Millisecond

// Debouncer coalesces a burst of changes into one draft save. It holds no timer: the
// UI schedules the wake-up itself (in Bubble Tea, tea.Tick(d.Delay, ...) carrying the
// ticket) and asks Due when it fires, so the logic stays pure and testable.
//
//	case formChangedMsg:
//		ticket := m.debounce.Changed()
//		return m, tea.Tick(m.debounce.Delay, func(time.Time) tea.Msg { return draftTickMsg{ticket} })
//	case draftTickMsg:
//		if m.debounce.Due(msg.ticket) {
//			m.debounce.Saved()
//			return m, saveDraftCmd(m.drafts, snapshot)
//		}
type Debouncer struct {
	// Delay is the quiet time after the last change before saving.
	Delay time.Duration
	last  uint64 // ticket of the latest change
	saved uint64 // ticket of the latest change that was saved
}

// NewDebouncer returns a Debouncer with the given delay (DefaultDraftDelay when <= 0).
func NewDebouncer(delay time.Duration) *Debouncer {
	if delay <= 0 {
		delay = DefaultDraftDelay
	}
	return &Debouncer{Delay: delay}
}

// Changed records a change and returns its ticket, to be handed back to Due after Delay.
func (d *Debouncer) Changed() uint64 {
	d.last++
	return d.last
}

// Due reports whether the wake-up carrying ticket should save now: only the wake-up of
// the latest change saves, and only when that change is not saved yet.
func (d *Debouncer) Due(ticket uint64) bool { return ticket == d.last && d.saved < d.last }

// Saved records that everything up to the latest change has been saved.
func (d *Debouncer) Saved() { d.saved = d.last }

// Pending reports whether a change has not been saved yet (flush it before quitting).
func (d *Debouncer) Pending() bool { return d.saved < d.last }
