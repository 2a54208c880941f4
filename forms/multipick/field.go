package multipick

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"ackpool/model"
)

// Field is a filterable multi-select built for long lists (an account offers
// thousands of instance types). It looks and answers keys like huh's MultiSelect, but
// each option keeps a lowercase search key made once per lookup, a longer filter only
// narrows the previous matches (a shorter one goes back to a kept result), and a
// render draws only the rows in view. huh's MultiSelect re-renders every option on
// every keystroke, which at 2,000 options costs ~10 ms a key.
//
// The options come from a lookup run in a tea.Cmd whenever its inputs change, as huh
// does for OptionsFunc, so the UI never waits on the network. The selection lives in
// a Selection, so options can reload without losing what is ticked.
type Field struct {
	key, title, desc, what string
	limit                  int // most entries that may be ticked; 0 for no limit
	height                 int // rows of the whole field: title, description and list
	avail                  int // rows its page leaves free on a tall terminal (binder.fit); 0 when unknown

	state    *Selection
	query    func() (string, func() ([]Choice, error)) // the lookup's inputs as a key, and the lookup over them
	validate func() error

	wantKey string                // the inputs of the lookup asked for last
	cache   map[string]pickResult // successful answers by inputs
	inbox   *pickInbox            // answers as lookups finish, in case their message went to another page
	loading bool
	since   time.Time // when the current lookup started
	spinner spinner.Model

	rows   []pickRow
	views  []filterView // views[0] is every row; each further view narrows the one before
	cursor int          // index into the current view
	offset int          // first row of the view on screen

	filter    textinput.Model
	filtering bool

	listed map[string]bool // values the last successful lookup listed; nil before one or after an error

	prices  *priceState // nil unless WithPrices gave the field a price source (prices.go)
	sortKey key.Binding // toggles the cheapest-first order (sort.go)

	focused bool
	err     error
	refused error // why the last tick was refused; shown in place of the description until the next key
	// filterErr says why the attribute filter being typed cannot be read yet
	filterErr error
	theme     *huh.Theme
	keymap    huh.MultiSelectKeyMap
	pos       *huh.FieldPosition // where the field sits in its group, once huh says
	width     int
}

// pickRow is one option: what is shown, what is written, what a filter searches, and
// for an instance type what an attribute filter compares.
type pickRow struct {
	label, value, search string
	note                 string // shown after the label, and after the price (Choice.Note)
	spec                 *model.TypeSpec
}

// filterView is the rows (indexes into Field.rows) matching a query.
type filterView struct {
	query string
	idx   []int
}

// pickResult is a lookup's answer.
type pickResult struct {
	choices []Choice
	err     error
}

// pickLoadedMsg tells the field that asked that a lookup finished.
type pickLoadedMsg struct{ to *Field }

// pickInbox holds lookup answers by inputs until the UI goroutine collects them. huh
// hands a message only to the page on screen, so the message of a lookup that finishes
// after the user left the page is lost; the answer waits here instead.
type pickInbox struct {
	mu      sync.Mutex
	answers map[string]pickResult
}

func (b *pickInbox) put(key string, res pickResult) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.answers[key] = res
}

// take returns the answer for key, dropping every answer held.
func (b *pickInbox) take(key string) (pickResult, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	res, ok := b.answers[key]
	if ok {
		clear(b.answers)
	}
	return res, ok
}

// spinnerShowAfter is how long a lookup runs before the list says it is loading, so
// answers from a cache do not flash a spinner.
const spinnerShowAfter = 25 * time.Millisecond

// New returns a multi-select over the state, whose options come from the lookup query
// returns (its inputs as a key, and the lookup over them); limit > 0 caps the ticked
// entries and validate checks the selection.
func New(spec Spec, state *Selection, limit int, query func() (string, func() ([]Choice, error)), validate func() error) *Field {
	filter := textinput.New()
	filter.Prompt = "/"
	m := &Field{
		key: spec.Key, title: spec.Title, desc: spec.Desc, what: spec.What,
		limit: limit, height: 10,
		state: state, query: query, validate: validate,
		cache:   map[string]pickResult{},
		inbox:   &pickInbox{answers: map[string]pickResult{}},
		spinner: spinner.New(spinner.WithSpinner(spinner.Line)),
		filter:  filter,
		views:   []filterView{{}},
		sortKey: sortBinding(),
	}
	m.WithKeyMap(huh.NewDefaultKeyMap())
	return m
}

// Choices lists the options the field offers now, in order.
func (m *Field) Choices() []Choice {
	out := make([]Choice, len(m.rows))
	for i, r := range m.rows {
		out[i] = Choice{Value: r.value, Label: r.label, Note: r.note}
	}
	return out
}

// LoadNow runs the lookup on the calling goroutine (accessible mode, which prompts
// line by line and may block).
func (m *Field) LoadNow() {
	key, fetch := m.query()
	m.wantKey = key
	choices, err := fetch()
	m.setChoices(pickResult{choices, err})
}

// refresh starts a lookup when its inputs changed since the last one, and takes the
// answer of a running one when it is in; huh sends every field a message after each
// update, so this runs as the inputs change.
func (m *Field) refresh() tea.Cmd {
	key, fetch := m.query()
	if key == m.wantKey {
		m.collect()
		return nil
	}
	m.wantKey = key
	if res, ok := m.cache[key]; ok {
		m.setChoices(res)
		return nil
	}
	m.loading, m.since = true, time.Now()
	inbox := m.inbox
	load := func() tea.Msg {
		choices, err := fetch()
		inbox.put(key, pickResult{choices, err})
		return pickLoadedMsg{to: m}
	}
	return tea.Batch(load, m.spinner.Tick)
}

// collect shows the answer of the running lookup once it is in.
func (m *Field) collect() {
	if !m.loading {
		return
	}
	if res, ok := m.inbox.take(m.wantKey); ok {
		m.setChoices(res)
	}
}

// setChoices replaces the options with a lookup's answer: what is ticked comes first,
// ticked values the lookup does not list stay, and the fallback entry comes last. The
// cursor stays on the same value when it is still listed.
func (m *Field) setChoices(res pickResult) {
	m.loading = false
	m.listed = nil
	if res.err == nil {
		m.cache[m.wantKey] = res
		m.listed = make(map[string]bool, len(res.choices))
		for _, c := range res.choices {
			m.listed[c.Value] = true
		}
	}
	hovered, _ := m.hovered()
	opts := CurrentFirst(PickOptions(Spec{What: m.what}, res.choices, res.err, m.state.Sel), m.state.Sel)
	byValue := make(map[string]Choice, len(res.choices))
	for _, c := range res.choices {
		byValue[c.Value] = c
	}
	m.rows = make([]pickRow, len(opts))
	all := make([]int, len(opts))
	for i, o := range opts {
		r := pickRow{label: o.Key, value: o.Value, search: strings.ToLower(o.Key)}
		if c, ok := byValue[o.Value]; ok && c.Note != "" { // o.Key is label and note
			r.label, r.note = strings.TrimSuffix(o.Key, "  "+c.Note), c.Note
		}
		if c, ok := byValue[o.Value]; ok {
			r.spec = c.Type
		}
		m.rows[i] = r
		all[i] = i
	}
	m.views = []filterView{{idx: m.order(all)}}
	m.applyFilter()
	m.cursor = max(0, slices.IndexFunc(m.shown(), func(i int) bool { return m.rows[i].value == hovered }))
	m.offset = 0
	m.scrollToCursor()
}

// NotListed returns the ticked values the last successful lookup did not list (a
// vSwitch of another cluster, a type not sold in the chosen zones); none while a
// lookup runs or after one failed, when the list proves nothing.
func (m *Field) NotListed() []string {
	if m.listed == nil || m.loading {
		return nil
	}
	var out []string
	for _, v := range m.state.Sel {
		if !IsManual(v) && !m.listed[v] {
			out = append(out, v)
		}
	}
	return out
}

// shown is the current view: the rows matching the filter.
func (m *Field) shown() []int { return m.views[len(m.views)-1].idx }

// hovered is the value under the cursor.
func (m *Field) hovered() (string, bool) {
	shown := m.shown()
	if m.cursor < 0 || m.cursor >= len(shown) {
		return "", false
	}
	return m.rows[shown[m.cursor]].value, true
}

// applyFilter brings the view in line with the filter text. Plain text matches the
// labels: a query containing the last one searches only its matches, a shorter one
// returns to a kept view. Text with a comparison ("vcpu>=8 mem>=32 arch=arm") is an
// attribute filter over the instance types (see model.ParseTypeFilter), matched
// against every row, since a longer comparison may match more ("vcpu<=80").
func (m *Field) applyFilter() {
	q := strings.ToLower(m.filter.Value())
	if m.views[len(m.views)-1].query == q {
		return
	}
	hovered := -1
	if shown := m.shown(); m.cursor >= 0 && m.cursor < len(shown) {
		hovered = shown[m.cursor]
	}
	m.filterErr = nil
	if isAttributeFilter(q) {
		m.views = append(m.views[:1], m.attributeView(q))
	} else {
		for len(m.views) > 1 && (isAttributeFilter(m.views[len(m.views)-1].query) || !strings.Contains(q, m.views[len(m.views)-1].query)) {
			m.views = m.views[:len(m.views)-1]
		}
		base := m.views[len(m.views)-1]
		if base.query != q {
			idx := make([]int, 0, min(len(base.idx), 64))
			for _, i := range base.idx {
				if strings.Contains(m.rows[i].search, q) {
					idx = append(idx, i)
				}
			}
			m.views = append(m.views, filterView{query: q, idx: idx})
		}
	}
	if i := slices.Index(m.shown(), hovered); i >= 0 {
		m.cursor = i // the same option stays under the cursor
	}
	m.cursor = max(0, min(m.cursor, len(m.shown())-1))
}

// isAttributeFilter reports whether a query compares attributes rather than text.
func isAttributeFilter(q string) bool { return strings.ContainsAny(q, "<>=") }

// attributeView is the rows an attribute filter selects. While the filter cannot be
// read (it is being typed: "vcpu>="), the last readable one's rows stay and the field
// says what is wrong.
func (m *Field) attributeView(q string) filterView {
	f, err := model.ParseTypeFilter(q)
	if err != nil {
		m.filterErr = err
		if last := m.views[len(m.views)-1]; len(m.views) > 1 {
			return filterView{query: q, idx: last.idx}
		}
		return filterView{query: q, idx: m.views[0].idx}
	}
	idx := make([]int, 0, 64)
	for _, i := range m.views[0].idx {
		if r := m.rows[i]; r.spec != nil && f.Match(*r.spec) {
			idx = append(idx, i)
		}
	}
	return filterView{query: q, idx: idx}
}

// ticked reports whether value is selected.
func (m *Field) ticked(value string) bool { return slices.Contains(m.state.Sel, value) }

// count is how many listed values are ticked (the hand-typed entry is not one).
func (m *Field) count() int {
	n := 0
	for _, v := range m.state.Sel {
		if !IsManual(v) {
			n++
		}
	}
	return n
}

// toggle ticks or unticks the value under the cursor; past the limit it says why not.
func (m *Field) toggle() {
	v, ok := m.hovered()
	if !ok {
		return
	}
	if i := slices.Index(m.state.Sel, v); i >= 0 {
		m.state.Sel = slices.Delete(m.state.Sel, i, i+1)
	} else if !IsManual(v) && m.limit > 0 && m.count() >= m.limit {
		m.refused = fmt.Errorf("at most %d %s can be chosen; untick one first", m.limit, m.what)
		m.err = m.refused
		return
	} else {
		m.state.Sel = append(m.state.Sel, v)
	}
	m.err = m.validate()
}
