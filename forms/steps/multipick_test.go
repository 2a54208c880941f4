package steps_test

import (
	"fmt"
	"github.com/charmbracelet/lipgloss"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"ackpool/forms"
	"ackpool/forms/formstest"
	"ackpool/forms/steps"
	"ackpool/model"
)

// bigTypes builds the instances step over a catalog of n instance types and returns
// the loaded instance type field, the catalog's answer and the fixture.
func bigTypes(t *testing.T, n int) (huh.Field, []forms.Choice, *fixture) {
	t.Helper()
	cat := formstest.NewCatalogSized(n)
	fx := &fixture{np: &model.NodePool{}, cat: cat}
	fx.env = &forms.Env{Catalog: cat, Target: &forms.Target{Region: formstest.Region, ClusterID: formstest.ClusterID}}
	fx.steps = steps.Build(fx.np, fx.env)
	types, tg := field(t, fx.step(t, forms.StepInstances), "scaling_group.instance_types")
	settle(tg)
	all, err := cat.InstanceTypes(*fx.env.Target, nil, "", "")
	if err != nil || len(all) != n {
		t.Fatalf("catalog: %d types, %v", len(all), err)
	}
	return types, all, fx
}

// typeText sends text to a field one key per character, as a person types.
func typeText(f huh.Field, text string) {
	for _, r := range text {
		f.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
}

// listed is the option rows a field's view shows (lines with an option's mark).
func listed(f huh.Field) []string {
	var rows []string
	for _, line := range strings.Split(f.View(), "\n") {
		if strings.Contains(line, "ecs.") {
			rows = append(rows, line)
		}
	}
	return rows
}

func TestInstanceTypeFilterFindsAnyOfThousands(t *testing.T) {
	types, all, fx := bigTypes(t, 2000)
	if got := len(optionValues(types)); got != 2001 { // and "type it by hand"
		t.Fatalf("%d options, want the 2,000 types and the fallback", got)
	}
	last := all[len(all)-1].Value
	press(types, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'/'}})
	typeText(types, last)
	rows := listed(types)
	if len(rows) == 0 || !strings.Contains(rows[0], last) {
		t.Fatalf("filtering by %q shows %q", last, rows)
	}
	for _, r := range rows {
		if !strings.Contains(r, last) {
			t.Errorf("row %q does not match %q", r, last)
		}
	}
	types.Update(tea.KeyMsg{Type: tea.KeyEnter}) // keep the filter, leave the filter input
	types.Update(toggle)
	fx.sync()
	if got := fx.np.ScalingGroup; got == nil || !slices.Equal(got.InstanceTypes, []string{last}) {
		t.Errorf("instance types after ticking the filtered %s: %+v", last, got)
	}
	types.Update(tea.KeyMsg{Type: tea.KeyEsc}) // clear the filter: the whole list, still on the same type
	rows = listed(types)
	at := slices.IndexFunc(rows, func(r string) bool { return strings.Contains(r, "> ") })
	if len(rows) < 2 || at < 0 || !strings.Contains(rows[at], last) {
		t.Errorf("after clearing the filter the cursor left %s:\n%s", last, strings.Join(rows, "\n"))
	}
}

func TestInstanceTypeFilterNarrowsAndWidens(t *testing.T) {
	types, all, _ := bigTypes(t, 2000)
	press(types, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'/'}})
	if tt, ok := types.(interface{ TakesText() bool }); !ok || !tt.TakesText() {
		t.Error("the field does not say it takes text while its filter is typed")
	}
	typeText(types, "8XL") // case does not matter
	for _, r := range listed(types) {
		if !strings.Contains(r, "8xl") {
			t.Errorf("%q shown for 8xl", r)
		}
	}
	for range 3 {
		types.Update(tea.KeyMsg{Type: tea.KeyBackspace})
	}
	if rows := listed(types); len(rows) == 0 || !strings.Contains(rows[0], all[0].Value) {
		t.Errorf("an empty filter does not show the list from the start: %q", rows)
	}
	types.Blur() // leaving the field (another step, say) ends typing the filter
	if tt := types.(interface{ TakesText() bool }); tt.TakesText() {
		t.Error("still typing the filter after leaving the field")
	}
	press(types, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'/'}})
	typeText(types, "no-such-type")
	if rows := listed(types); len(rows) != 0 {
		t.Errorf("rows shown for a filter nothing matches: %q", rows)
	}
	types.Update(tea.KeyMsg{Type: tea.KeyEsc}) // nothing matched: the filter is dropped
	if tt := types.(interface{ TakesText() bool }); tt.TakesText() {
		t.Error("still typing the filter after esc")
	}
	if rows := listed(types); len(rows) == 0 || !strings.Contains(rows[0], all[0].Value) {
		t.Errorf("the list after dropping an empty-handed filter: %q", rows)
	}
}

func TestInstanceTypesStopAtTheLimit(t *testing.T) {
	types, all, fx := bigTypes(t, 2000)
	for range 10 {
		press(types, toggle, keyDown)
	}
	press(types, toggle)
	if err := types.Error(); err == nil || !strings.Contains(err.Error(), "at most 10 instance types") {
		t.Errorf("the 11th type: error %v, want the limit named", err)
	}
	if v := types.View(); !strings.Contains(v, "at most 10 instance types can be chosen") {
		t.Errorf("the refusal is not on screen:\n%s", v)
	}
	types.Update(keyDown)
	if v := types.View(); strings.Contains(v, "at most 10") || !strings.Contains(v, "Up to 10 types") {
		t.Errorf("the refusal stays after the next key:\n%s", v)
	}
	fx.sync()
	if got := fx.np.ScalingGroup.InstanceTypes; len(got) != 10 || got[9] != all[9].Value {
		t.Errorf("instance types after 11 ticks: %v", got)
	}
}

func TestInstanceTypeSelectionSurvivesAZoneChange(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepInstances)
	types, tg := field(t, s, "scaling_group.instance_types")
	settle(tg)
	var notInI string
	for i, v := range optionValues(types) {
		if !formstest.OfferedIn(v, 1) && v != "\x00manual" {
			notInI = v
			for range i {
				press(types, keyDown)
			}
			break
		}
	}
	press(types, toggle)
	vsw, vg := field(t, s, "scaling_group.vswitch_ids")
	settle(vg)
	press(vsw, keyDown, toggle) // zone i, which does not sell the ticked type
	settle(tg)
	opts := optionsOf(types)
	if len(opts) == 0 || opts[0].Value != notInI || !strings.Contains(opts[0].Key, "not in the list") {
		t.Errorf("the ticked %s after the zone change: first option %v", notInI, opts[:min(1, len(opts))])
	}
	fx.sync()
	if got := fx.np.ScalingGroup.InstanceTypes; !slices.Equal(got, []string{notInI}) {
		t.Errorf("selection after the reload: %v", got)
	}
}

func TestAccessibleInstanceTypesByWordAndByHand(t *testing.T) {
	np := &model.NodePool{}
	env, steps, _ := accessibleFixture(np)
	env.Target.Region, env.Target.ClusterID = formstest.Region, formstest.ClusterID
	answers := []string{
		"1", "0", // the first vSwitch
		"g7.2xl", "1", // narrow to one type, tick it
		"ecs.custom.large, ecs.g7.large", "0", // two typed by value
		"", "", "", "3", "", "", "", "", "", "",
	}
	out := runAccessible(t, steps[2], answers...)
	if !strings.Contains(out, `match "g7.2xl"`) {
		t.Errorf("the narrowed list is not announced:\n%s", out)
	}
	steps[2].Sync(np)
	want := []string{"ecs.g7.2xlarge", "ecs.custom.large", "ecs.g7.large"}
	if got := np.ScalingGroup.InstanceTypes; !slices.Equal(got, want) {
		t.Errorf("instance types %v, want %v\n%s", got, want, out)
	}
}

func TestTickedValueNoLongerListedIsAProblemOfTheStep(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepInstances)
	types, tg := field(t, s, "scaling_group.instance_types")
	settle(tg)
	var notInI string
	for i, v := range optionValues(types) {
		if !formstest.OfferedIn(v, 1) && v != "\x00manual" {
			notInI = v
			for range i {
				press(types, keyDown)
			}
			break
		}
	}
	press(types, toggle)
	fx.sync()
	if ps := s.Pending(); len(ps) != 0 {
		t.Fatalf("a listed type is reported: %v", ps)
	}
	vsw, vg := field(t, s, "scaling_group.vswitch_ids")
	settle(vg)
	press(vsw, keyDown, toggle) // zone i, which does not sell the ticked type
	settle(tg)
	fx.sync()
	ps := s.Pending()
	if len(ps) != 1 || ps[0].Path != "scaling_group.instance_types" || ps[0].Severity != model.SeverityWarning || !strings.Contains(ps[0].Message, notInI) {
		t.Fatalf("a ticked type the lookup no longer lists is only marked in the list, not reported: %+v", ps)
	}
}

func TestLongRowsAreCutNotWrapped(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepInstances)
	types, tg := field(t, s, "scaling_group.instance_types")
	settle(tg)
	types.WithWidth(30).WithHeight(10)
	view := types.View()
	lines := strings.Split(view, "\n")
	if len(lines) != 10 {
		t.Errorf("the list takes %d lines, want its height 10:\n%s", len(lines), view)
	}
	for _, l := range lines {
		if w := lipgloss.Width(l); w > lipgloss.Width(lines[0]) {
			t.Errorf("line wider than the field's title line (%d): %q", w, l)
		}
	}
	if !strings.Contains(view, "…") {
		t.Errorf("cut rows do not say so with …:\n%s", view)
	}
}

func TestAccessibleCommaNumbersTickListedEntries(t *testing.T) {
	np := &model.NodePool{}
	env, steps, _ := accessibleFixture(np)
	env.Target.Region, env.Target.ClusterID = formstest.Region, formstest.ClusterID
	answers := []string{
		"1,3", "0", // the first and the third vSwitch, by number as the prompt lists them
		"1", "0",
		"", "", "", "3", "", "", "", "", "", "",
	}
	out := runAccessible(t, steps[2], answers...)
	steps[2].Sync(np)
	want := []string{formstest.VSwitchID(0), formstest.VSwitchID(2)}
	if got := np.ScalingGroup.VSwitchIDs; !slices.Equal(got, want) {
		t.Fatalf("vSwitches %v, want %v\n%s", got, want, out)
	}
}

func TestInstanceTypeAttributeFilter(t *testing.T) {
	types, all, _ := bigTypes(t, 352)
	press(types, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'/'}})
	typeText(types, "vcpu>=16 mem>=64")
	want := 0
	for _, c := range all {
		if c.Type != nil && c.Type.VCPU >= 16 && c.Type.MemoryGiB >= 64 {
			want++
		}
	}
	view := types.View()
	if want == 0 || !strings.Contains(view, fmt.Sprintf("/%d of %d", want, len(all)+1)) {
		t.Fatalf("want %d matches of %d; view:\n%s", want, len(all)+1, view)
	}
	for _, r := range listed(types) {
		if strings.Contains(r, " 4 vCPU") || strings.Contains(r, " 8 vCPU") {
			t.Fatalf("row %q does not match vcpu>=16", r)
		}
	}
	// "vcpu<=8" then "vcpu<=80": the longer query matches more, not fewer
	types.Update(tea.KeyMsg{Type: tea.KeyEsc})
	press(types, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'/'}})
	typeText(types, "vcpu<=8")
	few := types.View()
	typeText(types, "0")
	if more := types.View(); more == few {
		t.Fatalf("vcpu<=80 shows what vcpu<=8 showed:\n%s", more)
	}
}

func TestInstanceTypeFilterBeingTypedSaysWhatIsMissing(t *testing.T) {
	types, _, _ := bigTypes(t, 352)
	press(types, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'/'}})
	typeText(types, "vcpu>=")
	if view := types.View(); !strings.Contains(view, "filter: ") {
		t.Fatalf("an unfinished filter is not explained:\n%s", view)
	}
}
