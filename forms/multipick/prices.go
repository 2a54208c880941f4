package multipick

import (
	"fmt"
	"strings"
	"sync"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// Price is the hourly price of one option, as a price lookup answers it.
type Price struct {
	Hourly   float64
	Currency string
	Spot     bool  // Hourly is a spot price
	Err      error // why the option could not be priced
}

// known reports whether the price can be shown and sorted by.
func (p Price) known() bool { return p.Err == nil && p.Currency != "" }

// text is the price as its row shows it: "  0.52 CNY/h", "  0.12 CNY/h spot".
func (p Price) text() string {
	if !p.known() {
		return fmt.Sprintf("%12s", "no price") // as wide as "  0.52 CNY/h"; why is for the plan's checks to say
	}
	// right-aligned up to 999.99, so a column of prices lines up at the decimal point
	s := fmt.Sprintf("%6.2f %s/h", p.Hourly, p.Currency)
	if p.Hourly < 0.01 {
		s = fmt.Sprintf("%6.4f %s/h", p.Hourly, p.Currency)
	}
	if p.Spot {
		s += " spot"
	}
	return s
}

// Prices is where a Field gets the prices of its options. Both functions run on the
// UI goroutine: Key after every message, so it must be cheap and never block, and
// Lookup when a batch starts, to capture its inputs. The function Lookup returns runs
// in a tea.Cmd and may block.
type Prices struct {
	// Key names the inputs the prices depend on (region, zones, disks, billing); when
	// it changes, the prices shown are dropped and the options priced again.
	Key func() string
	// Lookup returns the lookup that prices a batch of values; a value it leaves out
	// is shown without a price.
	Lookup func() func(values []string) map[string]Price
}

// PriceBatch is the most options one price lookup asks for. A Field runs one lookup
// at a time, so the calls in flight are those of one batch at most.
const PriceBatch = 16

// priceState is what a Field knows of its options' prices.
type priceState struct {
	src    Prices
	key    string           // the inputs the prices below are for
	known  map[string]Price // by value
	asked  map[string]bool  // values in the batch in flight
	flight bool             // a batch is in flight
	inbox  *priceInbox
	sorted bool // the list is in cheapest-first order
}

// pricedMsg tells the field that asked that a price batch answered.
type pricedMsg struct{ to *Field }

// priceAnswer is one batch's answer, for the inputs it was asked with.
type priceAnswer struct {
	key    string
	prices map[string]Price
}

// priceInbox holds batch answers until the UI goroutine collects them (as pickInbox
// does for lookups: huh hands messages only to the page on screen).
type priceInbox struct {
	mu      sync.Mutex
	answers []priceAnswer
}

func (b *priceInbox) put(a priceAnswer) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.answers = append(b.answers, a)
}

func (b *priceInbox) take() []priceAnswer {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := b.answers
	b.answers = nil
	return out
}

// WithPrices makes the field price its options with src and show the prices in its
// rows as they arrive. Prices never hold a key: they are looked up in tea.Cmds, a
// batch at a time, for the options ticked, in view and half a page ahead (every
// option shown while the list is sorted cheapest first).
func (m *Field) WithPrices(src Prices) *Field {
	m.prices = &priceState{src: src, known: map[string]Price{}, asked: map[string]bool{}, inbox: &priceInbox{}}
	m.sortKey.SetEnabled(!m.filtering)
	return m
}

// PriceOf returns the price shown for value, if one has arrived.
func (m *Field) PriceOf(value string) (Price, bool) {
	if m.prices == nil {
		return Price{}, false
	}
	p, ok := m.prices.known[value]
	return p, ok
}

// refreshPrices takes the answers that came in, drops the prices of older inputs,
// and starts the next batch when options that are wanted have no price.
func (m *Field) refreshPrices() tea.Cmd {
	ps := m.prices
	if ps == nil {
		return nil
	}
	if key := ps.src.Key(); key != ps.key {
		ps.key, ps.known = key, map[string]Price{}
		if ps.sorted {
			m.reorder()
		}
	}
	arrived := false
	for _, a := range ps.inbox.take() {
		ps.flight, ps.asked = false, map[string]bool{}
		if a.key != ps.key {
			continue // priced for inputs since changed
		}
		for v, p := range a.prices {
			ps.known[v] = p
		}
		arrived = true
	}
	if arrived && ps.sorted {
		m.reorder()
	}
	if ps.flight {
		return nil
	}
	batch := m.unpriced()
	if len(batch) == 0 {
		return nil
	}
	ps.flight = true
	for _, v := range batch {
		ps.asked[v] = true
	}
	lookup, key, inbox := ps.src.Lookup(), ps.key, ps.inbox
	return func() tea.Msg {
		got := lookup(batch)
		out := make(map[string]Price, len(batch))
		for _, v := range batch {
			p, ok := got[v]
			if !ok {
				p = Price{Err: fmt.Errorf("not priced")}
			}
			out[v] = p
		}
		inbox.put(priceAnswer{key: key, prices: out})
		return pricedMsg{to: m}
	}
}

// priceWindow is how many rows from the top of the view are priced: those the field
// can show (its height less the title and description) and half a page more, the
// jump of ctrl+d, so scrolling finds prices there. It reads no rendering: it runs
// after every message.
func (m *Field) priceWindow() int {
	rows := max(m.height, m.avail) - 2
	return max(rows+rows/2, 1)
}

// unpriced is the next batch: the wanted options without a price, in the order they
// are wanted (ticked, in view, half a page ahead, then, sorted, the rest shown).
func (m *Field) unpriced() []string {
	ps := m.prices
	if len(ps.known) >= len(m.rows) {
		return nil
	}
	var batch []string
	seen := map[string]bool{}
	want := func(v string) bool {
		if IsManual(v) || v == "" || seen[v] {
			return len(batch) < PriceBatch
		}
		seen[v] = true
		if _, ok := ps.known[v]; !ok {
			batch = append(batch, v)
		}
		return len(batch) < PriceBatch
	}
	for _, v := range m.state.Sel {
		if !want(v) {
			return batch
		}
	}
	shown := m.shown()
	start, end := 0, len(shown)
	if !ps.sorted {
		start, end = min(m.offset, len(shown)), min(len(shown), m.offset+m.priceWindow())
	}
	for _, i := range shown[start:end] {
		if !want(m.rows[i].value) {
			return batch
		}
	}
	return batch
}

// priceColumn is the cell where the prices of the rows in view start: after the
// longest of their labels, so the prices line up, but never so far that a price
// would be cut off. It is 0 when the field shows no prices.
func (m *Field) priceColumn(inView []int, width int) int {
	if m.prices == nil {
		return 0
	}
	col := 0
	for _, i := range inView {
		if v := m.rows[i].value; v != "" && !IsManual(v) {
			col = max(col, ansi.StringWidth(m.rows[i].label))
		}
	}
	if m.width > 0 {
		col = min(col, width-len("  ")-len("  0.00 CNY/h spot"))
	}
	return max(col, 1)
}

// withPrice is a row's label, then its price (if one is known, or "…" while it is
// looked up) starting at cell col, then its note.
func (m *Field) withPrice(row pickRow, col int) string {
	label := row.label
	suffix := ""
	if m.prices != nil {
		if p, ok := m.prices.known[row.value]; ok {
			suffix = p.text()
		} else if m.prices.asked[row.value] {
			suffix = "…"
		}
	}
	if suffix != "" {
		if col > 0 && ansi.StringWidth(label) > col {
			label = ansi.Truncate(label, col, "…")
		}
		label += strings.Repeat(" ", max(col-ansi.StringWidth(label), 0)) + "  " + suffix
	}
	if row.note != "" {
		label += "  " + row.note
	}
	return label
}
