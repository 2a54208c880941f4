package forms

import (
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"ackpool/forms/multipick"
)

// longList is a long pick-list and the fields that share its page.
type longList struct {
	pick   *multipick.Field
	others []huh.Field
}

// noteLongLists records the long pick-lists among a page's fields, so fit can give
// them the rows the page leaves free.
func (b *Binder) noteLongLists(fields []huh.Field) {
	for i, f := range fields {
		mp, ok := f.(*multipick.Field)
		if !ok {
			continue
		}
		others := make([]huh.Field, 0, len(fields)-1)
		others = append(others, fields[:i]...)
		others = append(others, fields[i+1:]...)
		b.long = append(b.long, longList{pick: mp, others: others})
	}
}

// fit lets every long pick-list of the step use the height of a form of height rows:
// what the page's title, its other fields and the gaps between them leave free. A
// list never shrinks below its own height (huh shrinks it on small terminals) and
// never grows past what its options need. It renders the other fields once, so it
// runs when the terminal or the step changes, not on every key.
func (b *Binder) fit(height int) {
	for _, l := range b.long {
		free := height - 2 // the page title and the line under it
		for _, f := range l.others {
			free -= lipgloss.Height(f.View()) + 1
		}
		l.pick.SetAvailable(free)
	}
}
