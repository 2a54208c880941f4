package ui

import (
	"fmt"
	"net/http"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"ackpool/api/sandbox"
	"ackpool/forms"
	"ackpool/forms/multipick"
	"ackpool/forms/steps"
	"ackpool/model"
)

// priceCounter counts the DescribePrice requests a sandbox answered.
func priceCounter(n *atomic.Int64) func(*http.Request) {
	return func(r *http.Request) {
		if r.Header.Get("x-acs-action") == "DescribePrice" {
			n.Add(1)
		}
	}
}

// typeListWizard is the real steps over the sandbox's catalog with a valid body, the
// instance-type list's catalog and the estimate sharing one planner.
func typeListWizard(t testing.TB, e *sandboxEnv) (*Options, *Catalog) {
	t.Helper()
	target, np := pricedBody(t, e, "listed")
	cat := NewCatalog(e.client)
	return &Options{Client: e.client, Catalog: cat, NodePool: np, Target: target,
		Steps: steps.Build(np, &forms.Env{Catalog: cat, Target: target}), FieldHelp: forms.FieldHelp}, cat
}

// typeList is the focused instance-type list.
func typeList(t *testing.T, m *Model) *multipick.Field {
	t.Helper()
	f, ok := forms.Unwrap(m.form.GetFocusedField()).(*multipick.Field)
	if !ok || f.GetKey() != model.PathScalingGroupInstanceTypes {
		t.Fatalf("the focused field is %T %q, not the instance-type list", m.form.GetFocusedField(), m.focusedKey())
	}
	return f
}

// priceOnScreen is the price the screen shows on the row of an instance type.
func priceOnScreen(view, instanceType string) (string, bool) {
	for _, line := range strings.Split(view, "\n") {
		if i := strings.Index(line, instanceType+" "); i >= 0 {
			rest := line[i:]
			if j := strings.Index(rest, " CNY/h"); j >= 0 {
				fields := strings.Fields(rest[:j])
				return fields[len(fields)-1], true
			}
		}
	}
	return "", false
}

func TestInstanceTypeListShowsPricesWithoutAKey(t *testing.T) {
	var prices atomic.Int64
	e, _ := countingSandbox(t, sandbox.Options{}, priceCounter(&prices))
	opts, cat := typeListWizard(t, e)
	d := newDriver(t, *opts, 160, 48)
	d.run(d.m.jumpTo(model.PathScalingGroupInstanceTypes)) // no key: the list loads, then its prices
	list := typeList(t, d.m)
	choices := list.Choices()
	ticked := opts.NodePool.ScalingGroup.InstanceTypes[0]
	want := cat.TypePrices(*opts.Target, opts.NodePool.ScalingGroup.VSwitchIDs, opts.NodePool, []string{ticked})[ticked]
	got, ok := priceOnScreen(d.view(), ticked)
	if !ok || got != strconv.FormatFloat(want.Hourly, 'f', 2, 64) {
		t.Fatalf("the ticked %s shows %q (%v), the price API says %.4f:\n%s", ticked, got, ok, want.Hourly, d.view())
	}
	shown := 0
	for _, c := range choices {
		if _, ok := list.PriceOf(c.Value); ok {
			shown++
		}
	}
	t.Logf("%d of %d listed types priced on opening the list, %d DescribePrice calls", shown, len(choices), prices.Load())
	inView := 0
	for _, line := range strings.Split(d.view(), "\n") {
		if strings.Contains(line, " CNY/h") {
			inView++
		}
	}
	if inView == 0 || shown > inView*3/2+2 || int(prices.Load()) != shown {
		t.Errorf("%d of %d types priced with %d calls on opening the list, %d rows in view: want those in view, half a page ahead and the ticked", shown, len(choices), prices.Load(), inView)
	}
	d.keys("ctrl+f", "ctrl+b") // away and back: the prices are still there, no call made
	before := prices.Load()
	d.run(d.m.jumpTo(model.PathScalingGroupInstanceTypes))
	if _, ok := priceOnScreen(d.view(), ticked); !ok || prices.Load() != before {
		t.Errorf("coming back to the list priced again (%d calls) or lost the prices", prices.Load()-before)
	}
}

func TestCheapestFirstIsOneListedKey(t *testing.T) {
	var prices atomic.Int64
	e, _ := countingSandbox(t, sandbox.Options{}, priceCounter(&prices))
	opts, _ := typeListWizard(t, e)
	d := newDriver(t, *opts, 160, 48)
	d.run(d.m.jumpTo(model.PathScalingGroupInstanceTypes))
	d.expectView("$ cheapest first")
	opened := prices.Load()
	d.keys("$")
	d.expectView("$ list order")
	list := typeList(t, d.m)
	if !list.Sorted() {
		t.Fatal("$ did not sort the list")
	}
	var seen []float64
	for _, c := range list.Choices() {
		if p, ok := list.PriceOf(c.Value); ok && p.Err == nil {
			seen = append(seen, p.Hourly)
		}
	}
	t.Logf("sorted: %d DescribePrice calls in all (%d on opening), %d types priced", prices.Load(), opened, len(seen))
	var onScreen []float64
	for _, line := range strings.Split(d.view(), "\n") {
		if i := strings.Index(line, " CNY/h"); i >= 0 {
			f := strings.Fields(line[:i])
			v, err := strconv.ParseFloat(f[len(f)-1], 64)
			if err == nil {
				onScreen = append(onScreen, v)
			}
		}
	}
	if len(onScreen) < 5 || !slices.IsSorted(onScreen) {
		t.Errorf("the rows on screen are not cheapest first: %v\n%s", onScreen, d.view())
	}
	if min := slices.Min(seen); onScreen[0] != roundTo2(min) {
		t.Errorf("the first row costs %.2f, the cheapest type %.4f", onScreen[0], min)
	}
	d.keys("$")
	d.expectView("$ cheapest first")
	if list.Sorted() {
		t.Error("a second $ did not go back to the list order")
	}
	d.keys("f1")
	d.expectView("Key of this list: $ cheapest first")
}

func roundTo2(v float64) float64 {
	f, _ := strconv.ParseFloat(fmt.Sprintf("%.2f", v), 64)
	return f
}

func TestASlowPriceAPINeverHoldsAKey(t *testing.T) {
	// DescribePrice waits while the gate is shut, slower than any latency; the list,
	// the keys and the other lookups go on.
	gate, entered := make(chan struct{}), make(chan struct{}, 256)
	var shut atomic.Bool
	shut.Store(true)
	e, _ := countingSandbox(t, sandbox.Options{}, func(r *http.Request) {
		if r.Header.Get("x-acs-action") == "DescribePrice" && shut.Load() {
			entered <- struct{}{}
			<-gate
		}
	})
	opts, _ := typeListWizard(t, e)
	opts.Now, opts.Renderer = fixedNow, plainRenderer()
	m := New(*opts)
	r := &asyncRunner{m: m, msgs: make(chan tea.Msg, 256)}
	r.send(tea.WindowSizeMsg{Width: 160, Height: 48})
	r.start(m.jumpTo(model.PathScalingGroupInstanceTypes))
	list := typeList(t, m)
	for waiting := false; len(list.Choices()) == 0 || !waiting; {
		select {
		case msg := <-r.msgs:
			r.send(msg)
		case <-entered:
			waiting = true
		}
	}
	ticked := opts.NodePool.ScalingGroup.InstanceTypes[0]
	if _, ok := priceOnScreen(m.View(), ticked); ok {
		t.Fatal("a price through a shut gate")
	}
	before := m.View()
	r.send(keyMsg("down"))
	r.send(keyMsg("$"))
	if m.View() == before {
		t.Fatalf("the keys were not handled while the prices wait:\n%s", m.View())
	}
	shut.Store(false)
	close(gate)
	for {
		if _, ok := priceOnScreen(m.View(), ticked); ok {
			break
		}
		r.send(<-r.msgs)
	}
}

// asyncRunner runs a model's commands as the bubbletea runtime does, each on its own
// goroutine, their messages queued for the test to deliver; timers are skipped.
type asyncRunner struct {
	m    *Model
	msgs chan tea.Msg
}

func (r *asyncRunner) send(msg tea.Msg) {
	_, cmd := r.m.Update(msg)
	r.start(cmd)
}

func (r *asyncRunner) start(cmd tea.Cmd) {
	if cmd == nil || isTimer(cmd) {
		return
	}
	go func() {
		msg := cmd()
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
			for i := 0; i < v.Len(); i++ {
				r.start(v.Index(i).Interface().(tea.Cmd))
			}
			return
		}
		switch typ := fmt.Sprintf("%T", msg); {
		case msg == nil, strings.HasPrefix(typ, "cursor."), strings.HasPrefix(typ, "spinner."), strings.HasPrefix(typ, "tea.windowSizeMsg"):
			return
		}
		r.msgs <- msg
	}()
}

func TestASpotPoolsListShowsTheSpotPrice(t *testing.T) {
	e, _ := countingSandbox(t, sandbox.Options{})
	opts, cat := typeListWizard(t, e)
	ticked := opts.NodePool.ScalingGroup.InstanceTypes[0]
	vsw := opts.NodePool.ScalingGroup.VSwitchIDs
	onDemand := cat.TypePrices(*opts.Target, vsw, opts.NodePool, []string{ticked})[ticked]
	spot := "SpotAsPriceGo"
	opts.NodePool.ScalingGroup.SpotStrategy = &spot
	opts.Steps = steps.Build(opts.NodePool, &forms.Env{Catalog: cat, Target: opts.Target})
	d := newDriver(t, *opts, 160, 48)
	d.run(d.m.jumpTo(model.PathScalingGroupInstanceTypes))
	got, ok := priceOnScreen(d.view(), ticked)
	v, err := strconv.ParseFloat(got, 64)
	if !ok || err != nil || v <= 0 || v >= onDemand.Hourly {
		t.Fatalf("%s shows %q, on demand it costs %.4f:\n%s", ticked, got, onDemand.Hourly, d.view())
	}
	if line, _ := lineWithText(d.view(), ticked+" "); !strings.Contains(line, "CNY/h spot") {
		t.Errorf("the spot price is not marked: %q", line)
	}
}

// lineWithText returns the first line of view containing s.
func lineWithText(view, s string) (string, bool) {
	for _, line := range strings.Split(view, "\n") {
		if strings.Contains(line, s) {
			return line, true
		}
	}
	return "", false
}
