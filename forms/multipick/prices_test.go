package multipick

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// fakePrices prices "t-N" at N/100 CNY an hour, except the values in none, and
// records every batch it was asked for.
type fakePrices struct {
	mu      sync.Mutex
	batches [][]string
	none    map[string]bool
	key     string
}

func (f *fakePrices) source() Prices {
	return Prices{
		Key: func() string { return f.key },
		Lookup: func() func([]string) map[string]Price {
			return func(values []string) map[string]Price {
				f.mu.Lock()
				f.batches = append(f.batches, slices.Clone(values))
				f.mu.Unlock()
				out := map[string]Price{}
				for _, v := range values {
					var n int
					if _, err := fmt.Sscanf(v, "t-%d", &n); err == nil && !f.none[v] {
						out[v] = Price{Hourly: float64(n) / 100, Currency: "CNY"}
					}
				}
				return out
			}
		},
	}
}

// asked is every value the lookup was asked to price.
func (f *fakePrices) asked() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, b := range f.batches {
		out = append(out, b...)
	}
	return out
}

// pricedField is a field over the choices t-<n> for each n, loaded, with the fake's
// prices; nothing has been priced yet.
func pricedField(t *testing.T, ns []int, sel ...string) (*Field, *fakePrices) {
	t.Helper()
	choices := make([]Choice, len(ns))
	for i, n := range ns {
		v := fmt.Sprintf("t-%d", n)
		choices[i] = Choice{Value: v, Label: v + "  type"}
	}
	state := &Selection{Sel: sel}
	m := New(Spec{Title: "Instance types", What: "instance types"}, state, 10,
		func() (string, func() ([]Choice, error)) {
			return "k", func() ([]Choice, error) { return choices, nil }
		}, func() error { return nil })
	m.WithHeight(8)
	m.WithWidth(60)
	m.LoadNow()
	fp := &fakePrices{key: "inputs-1", none: map[string]bool{}}
	m.WithPrices(fp.source())
	return m, fp
}

// run runs a command as the bubbletea runtime would, off the update loop, and
// hands the field every message it returns, until no command is left.
func run(m *Field, cmd tea.Cmd) {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case nil:
		case pricedMsg, pickLoadedMsg:
			_, next := m.Update(msg)
			queue = append(queue, next)
		}
	}
}

// poke is the message huh sends every field after each update.
type poke struct{}

// order is the values of the rows shown, in order, without the hand-typed entry.
func order(m *Field) []string {
	var out []string
	for _, i := range m.shown() {
		if v := m.rows[i].value; !IsManual(v) {
			out = append(out, v)
		}
	}
	return out
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i + 1
	}
	return out
}

func TestPricesShowInTheRowsWhenTheyArrive(t *testing.T) {
	m, fp := pricedField(t, []int{52, 7, 130})
	if strings.Contains(m.View(), "CNY/h") {
		t.Fatal("a price before any lookup")
	}
	_, cmd := m.Update(poke{})
	if cmd == nil {
		t.Fatal("no price lookup started")
	}
	if !strings.Contains(m.View(), "…") {
		t.Errorf("the rows being priced are not marked:\n%s", m.View())
	}
	run(m, cmd)
	view := m.View()
	col := -1
	for _, want := range []string{"0.52 CNY/h", "0.07 CNY/h", "1.30 CNY/h"} {
		line, ok := lineWith(view, want)
		if !ok {
			t.Errorf("no %q in\n%s", want, view)
			continue
		}
		if at := strings.Index(line, want); col >= 0 && at != col {
			t.Errorf("the prices are not in one column:\n%s", view)
		} else {
			col = at
		}
	}
	if line, _ := lineWith(view, "0.52"); !strings.Contains(line, "t-52") {
		t.Errorf("the price of t-52 is on another row: %q", line)
	}
	if got := len(fp.batches); got != 1 {
		t.Errorf("%d lookups for three rows, want one batch", got)
	}
	if _, cmd := m.Update(poke{}); cmd != nil {
		t.Error("a lookup started with every row priced")
	}
}

func TestOnlyTheRowsInViewAndTheTickedArePriced(t *testing.T) {
	m, fp := pricedField(t, seq(300), "t-250")
	_, cmd := m.Update(poke{})
	run(m, cmd)
	asked := fp.asked()
	if len(asked) != m.priceWindow() { // the ticked type is listed first: in view
		t.Fatalf("%d values priced before any scrolling, want the %d from the top", len(asked), m.priceWindow())
	}
	if asked[0] != "t-250" {
		t.Errorf("the ticked type is not priced first: %v", asked[:3])
	}
	for _, b := range fp.batches {
		if len(b) > PriceBatch {
			t.Errorf("a batch of %d, at most %d", len(b), PriceBatch)
		}
	}
	if _, ok := m.PriceOf("t-200"); ok {
		t.Error("a type far out of view was priced")
	}
	run(m, m.updateKey(keyPress("G"))) // to the bottom
	if p, ok := m.PriceOf("t-300"); !ok || p.Hourly != 3 {
		t.Errorf("the last row is not priced once in view: %+v %v", p, ok)
	}
	if n := len(fp.asked()); n >= 200 {
		t.Errorf("%d of 300 types priced after a jump to the bottom", n)
	}
}

func TestSortKeyTogglesCheapestFirst(t *testing.T) {
	m, fp := pricedField(t, []int{30, 10, 99, 20, 5})
	fp.none["t-99"] = true
	if !slices.ContainsFunc(m.KeyBinds(), func(b key.Binding) bool { return b.Help().Key == "$" && b.Enabled() }) {
		t.Fatal("the sort key is not among the field's key binds")
	}
	if own := m.OwnKeys(); len(own) != 1 || own[0].Help().Desc != "cheapest first" {
		t.Fatalf("own keys %v", own)
	}
	catalog := []string{"t-30", "t-10", "t-99", "t-20", "t-5"}
	run(m, m.updateKey(keyPress("$"))) // sorted before every price is in: they come in sorted
	if got, want := order(m), []string{"t-5", "t-10", "t-20", "t-30", "t-99"}; !slices.Equal(got, want) {
		t.Errorf("cheapest first: %v, want %v (the unpriced last)", got, want)
	}
	if !m.Sorted() || m.OwnKeys()[0].Help().Desc != "list order" {
		t.Errorf("sorted %v, key says %q", m.Sorted(), m.OwnKeys()[0].Help().Desc)
	}
	if v, _ := m.hovered(); v != "t-5" {
		t.Errorf("the cursor is on %s, not the cheapest", v)
	}
	run(m, m.updateKey(keyPress("$")))
	if got := order(m); !slices.Equal(got, catalog) || m.Sorted() {
		t.Errorf("back to the list order: %v, want %v", got, catalog)
	}
}

func TestUnpricedTypesGoLastUntilTheirPriceArrives(t *testing.T) {
	m, _ := pricedField(t, []int{40, 30, 20, 10})
	m.toggleSort()
	m.prices.known["t-30"] = Price{Hourly: 0.3, Currency: "CNY"}
	m.reorder()
	if got, want := order(m), []string{"t-30", "t-40", "t-20", "t-10"}; !slices.Equal(got, want) {
		t.Errorf("one price in: %v, want %v (the unpriced in the list order)", got, want)
	}
	_, cmd := m.Update(poke{})
	run(m, cmd)
	if got, want := order(m), []string{"t-10", "t-20", "t-30", "t-40"}; !slices.Equal(got, want) {
		t.Errorf("all priced: %v, want %v", got, want)
	}
}

func TestSortWorksOnAFilteredList(t *testing.T) {
	m, _ := pricedField(t, []int{31, 12, 3, 14})
	_, cmd := m.Update(poke{})
	run(m, cmd)
	m.updateKey(keyPress("/")) // its commands only blink the cursor
	m.updateKey(keyPress("1"))
	if m.sortKey.Enabled() {
		t.Error("$ sorts while a filter is typed (it must type a $)")
	}
	run(m, m.updateKey(keyPress("enter")))
	run(m, m.updateKey(keyPress("$")))
	if got, want := order(m), []string{"t-12", "t-14", "t-31"}; !slices.Equal(got, want) {
		t.Errorf("filtered and sorted: %v, want %v", got, want)
	}
}

func TestNewPriceInputsDropThePricesShown(t *testing.T) {
	m, fp := pricedField(t, []int{1, 2})
	_, cmd := m.Update(poke{})
	run(m, cmd)
	fp.key = "inputs-2" // the disks changed
	_, cmd = m.Update(poke{})
	if _, ok := m.PriceOf("t-1"); ok {
		t.Error("a price of the old inputs is still shown")
	}
	run(m, cmd)
	if _, ok := m.PriceOf("t-1"); !ok || len(fp.batches) != 2 {
		t.Errorf("not priced again for the new inputs (%d lookups)", len(fp.batches))
	}
}

func TestNoSortKeyWithoutPrices(t *testing.T) {
	m := New(Spec{Title: "vSwitches"}, &Selection{}, 0, func() (string, func() ([]Choice, error)) {
		return "", func() ([]Choice, error) { return []Choice{{Value: "b"}, {Value: "a"}}, nil }
	}, func() error { return nil })
	m.LoadNow()
	if len(m.OwnKeys()) != 0 || slices.ContainsFunc(m.KeyBinds(), func(b key.Binding) bool { return b.Enabled() && b.Help().Key == "$" }) {
		t.Error("a list without prices offers the sort key")
	}
	m.updateKey(keyPress("$"))
	if m.Sorted() || m.rows[0].value != "b" {
		t.Error("$ reordered a list without prices")
	}
}

// keyPress is the message of one key: a name such as "enter" or one character.
func keyPress(k string) tea.KeyMsg {
	switch k {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// lineWith returns the first line of view containing s.
func lineWith(view, s string) (string, bool) {
	for _, line := range strings.Split(view, "\n") {
		if strings.Contains(line, s) {
			return line, true
		}
	}
	return "", false
}
