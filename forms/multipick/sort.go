package multipick

import (
	"cmp"
	"slices"

	"github.com/charmbracelet/bubbles/key"
)

// This file is the cheapest-first order of a priced list: one key toggles it, and
// options without a price yet go last, in the catalog's order.

// sortBinding is the key that toggles the cheapest-first order.
func sortBinding() key.Binding {
	b := key.NewBinding(key.WithKeys("$"), key.WithHelp("$", "cheapest first"))
	b.SetEnabled(false) // until the field has prices
	return b
}

// toggleSort switches between the cheapest-first and the catalog order, keeping the
// option under the cursor.
func (m *Field) toggleSort() {
	if m.prices == nil {
		return
	}
	m.prices.sorted = !m.prices.sorted
	if m.prices.sorted {
		m.sortKey.SetHelp("$", "list order")
	} else {
		m.sortKey.SetHelp("$", "cheapest first")
	}
	m.reorder()
	m.cursor, m.offset = 0, 0 // the cheapest (or the first) on top
}

// Sorted reports whether the list is in cheapest-first order.
func (m *Field) Sorted() bool { return m.prices != nil && m.prices.sorted }

// order returns idx (indexes into m.rows, in the catalog's order) in the order the
// list shows: cheapest first while sorted, the unpriced last.
func (m *Field) order(idx []int) []int {
	if m.prices == nil || !m.prices.sorted {
		return idx
	}
	known := m.prices.known
	slices.SortStableFunc(idx, func(a, b int) int {
		pa, oka := known[m.rows[a].value]
		pb, okb := known[m.rows[b].value]
		oka, okb = oka && pa.known(), okb && pb.known()
		switch {
		case oka && okb:
			return cmp.Compare(pa.Hourly, pb.Hourly)
		case oka:
			return -1
		case okb:
			return 1
		}
		return 0
	})
	return idx
}

// reorder puts the rows in the order the list shows and filters them again. The
// option under the cursor stays under it, except on the first row, which stays the
// first (the cheapest, as cheaper prices arrive).
func (m *Field) reorder() {
	hovered, _ := m.hovered()
	if m.cursor == 0 {
		hovered = ""
	}
	all := make([]int, len(m.rows))
	for i := range all {
		all[i] = i
	}
	m.views = []filterView{{idx: m.order(all)}}
	m.applyFilter()
	if i := slices.IndexFunc(m.shown(), func(i int) bool { return m.rows[i].value == hovered }); i >= 0 {
		m.cursor = i
	}
	m.cursor = max(0, min(m.cursor, len(m.shown())-1))
	m.scrollToCursor()
}
