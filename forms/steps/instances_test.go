package steps_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"ackpool/forms"
	"ackpool/forms/formstest"
	"ackpool/model"
)

func TestInstancesHidingRules(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		shown   []string
		notShow []string
	}{
		{
			name:    "pay as you go, fixed size",
			body:    `{}`,
			shown:   []string{"scaling_group.spot_strategy", "scaling_group.desired_size", "scaling_group.multi_az_policy"},
			notShow: []string{"scaling_group.period", "scaling_group.spot_price_limit", "auto_scaling.min_instances"},
		},
		{
			name:    "subscription",
			body:    `{"scaling_group": {"instance_charge_type": "PrePaid"}}`,
			shown:   []string{"scaling_group.period"},
			notShow: []string{"scaling_group.spot_strategy", "scaling_group.spot_price_limit"},
		},
		{
			name:    "spot with price limit",
			body:    `{"scaling_group": {"spot_strategy": "SpotWithPriceLimit"}}`,
			shown:   []string{"scaling_group.spot_price_limit"},
			notShow: []string{"scaling_group.period"},
		},
		{
			name:    "auto scaling",
			body:    `{"auto_scaling": {"enable": true}}`,
			shown:   []string{"auto_scaling.min_instances"},
			notShow: []string{"scaling_group.desired_size"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fx := newFixture(t, parseBody(t, tc.body))
			s := fx.step(t, forms.StepInstances)
			for _, k := range tc.shown {
				if !visible(t, s, k) {
					t.Errorf("%s is hidden", k)
				}
			}
			for _, k := range tc.notShow {
				if visible(t, s, k) {
					t.Errorf("%s is shown", k)
				}
			}
		})
	}
}

func TestChoosingPrePaidRevealsTheSubscription(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepInstances)
	charge, _ := field(t, s, "scaling_group.instance_charge_type")
	if visible(t, s, "scaling_group.period") {
		t.Fatal("period shown before PrePaid is chosen")
	}
	press(charge, keyDown) // (default) -> PrePaid
	if !visible(t, s, "scaling_group.period") || visible(t, s, "scaling_group.spot_strategy") {
		t.Error("PrePaid does not show the period and hide spot")
	}
	period, _ := field(t, s, "scaling_group.period")
	typeInto(t, period, "10")
	fx.sync()
	// The validator sees the live model (PrePaid now), so the cross-field rule applies.
	want := model.CheckField(fx.np, "scaling_group.period", "10").Errors()
	err := validate(period)
	if len(want) == 0 || err == nil || err.Error() != want[0].Message {
		t.Errorf("period 10 monthly: error %v, want the model's %v", err, want)
	}
	typeInto(t, period, "12")
	if err := validate(period); err != nil {
		t.Errorf("period 12 refused: %v", err)
	}
	fx.sync()
	if got := canonical(t, fx.np); !strings.Contains(got, `"instance_charge_type": "PrePaid"`) || !strings.Contains(got, `"period": 12`) {
		t.Errorf("billing not synced: %s", got)
	}
}

func TestInstanceTypesFollowTheChosenZones(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepInstances)
	vsw, vg := field(t, s, "scaling_group.vswitch_ids")
	settle(vg)
	press(vsw, toggle) // the first vSwitch, zone h
	types, tg := field(t, s, "scaling_group.instance_types")
	settle(tg)
	all := len(optionValues(types))
	for _, v := range optionValues(types) {
		if v != "\x00manual" && !formstest.OfferedIn(v, 0) {
			t.Errorf("%s is offered but not sold in zone h", v)
		}
	}
	press(vsw, keyDown, toggle) // add zone i
	settle(tg)
	both := optionValues(types)
	if len(both) >= all {
		t.Errorf("two zones offer %d types, one zone %d: the list does not follow the zones", len(both), all)
	}
	for _, v := range both {
		if v != "\x00manual" && !(formstest.OfferedIn(v, 0) && formstest.OfferedIn(v, 1)) {
			t.Errorf("%s is not sold in both zones", v)
		}
	}
	press(types, toggle, keyDown, toggle)
	fx.sync()
	got := fx.np.ScalingGroup
	if got == nil || !slices.Equal(got.VSwitchIDs, []string{formstest.VSwitchID(0), formstest.VSwitchID(1)}) || len(got.InstanceTypes) != 2 {
		t.Errorf("scaling group after picking: %+v", got)
	}
}

func TestPresetSelectionSurvivesFocusAndReload(t *testing.T) {
	fx := newFixture(t, parseBody(t, `{"scaling_group": {"vswitch_ids": ["vsw-zonei0001", "vsw-elsewhere"]}}`))
	s := fx.step(t, forms.StepInstances)
	vsw, vg := field(t, s, "scaling_group.vswitch_ids")
	vsw.Focus() // huh rewrites a multi-select's value from its (not yet loaded) options here
	fx.sync()
	if got := fx.np.ScalingGroup.VSwitchIDs; !slices.Equal(got, []string{"vsw-zonei0001", "vsw-elsewhere"}) {
		t.Fatalf("focusing before the options arrive lost the selection: %v", got)
	}
	settle(vg)
	if !slices.Contains(optionValues(vsw), "vsw-elsewhere") {
		t.Error("a preset vSwitch the account does not list is dropped from the options")
	}
	vsw.Blur()
	fx.sync()
	if got := fx.np.ScalingGroup.VSwitchIDs; !slices.Equal(got, []string{"vsw-zonei0001", "vsw-elsewhere"}) {
		t.Errorf("selection after loading: %v", got)
	}
}

func TestVSwitchesTypedByHandWhenTheLookupFails(t *testing.T) {
	fx := newFixture(t, nil)
	fx.cat.Fail("VSwitches", errors.New("Throttling.User: request was denied"))
	s := fx.step(t, forms.StepInstances)
	vsw, vg := field(t, s, "scaling_group.vswitch_ids")
	settle(vg)
	opts := optionsOf(vsw)
	if len(opts) != 1 || !strings.Contains(opts[0].Key, "Throttling.User") {
		t.Fatalf("options after a failed lookup: %v", opts)
	}
	if !hidden(s.Groups[1]) {
		t.Fatal("typing input shown before it is chosen")
	}
	press(vsw, toggle)
	if hidden(s.Groups[1]) {
		t.Fatal("choosing the fallback does not reveal the input")
	}
	in := groupFields(s.Groups[1])[0]
	typeInto(t, in, "vsw-a, vsw-b,")
	if err := validate(in); err != nil {
		t.Errorf("typed vSwitches refused: %v", err)
	}
	fx.sync()
	if got := fx.np.ScalingGroup.VSwitchIDs; !slices.Equal(got, []string{"vsw-a", "vsw-b"}) {
		t.Errorf("typed vSwitches: %v", got)
	}
}

func TestScalingSizeAndLimits(t *testing.T) {
	fx := newFixture(t, parseBody(t, `{"auto_scaling": {"enable": true}}`))
	s := fx.step(t, forms.StepInstances)
	minF, _ := field(t, s, "auto_scaling.min_instances")
	maxF, _ := field(t, s, "auto_scaling.max_instances")
	typeInto(t, minF, "5")
	typeInto(t, maxF, "3")
	fx.sync()
	// The model reports min above max on min_instances; its validator says so.
	want := model.CheckField(fx.np, "auto_scaling.min_instances", "5").Errors()
	if err := validate(minF); len(want) == 0 || err == nil || err.Error() != want[0].Message {
		t.Errorf("min above max: error %v, want the model's %v", err, want)
	}
	typeInto(t, maxF, "abc")
	fx.sync()
	pending := s.Pending()
	if len(pending) != 1 || pending[0].Path != "auto_scaling.max_instances" || !strings.Contains(pending[0].Message, "not a whole number") {
		t.Errorf("pending after a non-number: %v", pending)
	}
	if got := fx.np.AutoScaling.MaxInstances; got == nil || *got != 3 {
		t.Errorf("the model lost the last good maximum: %v", got)
	}
	typeInto(t, maxF, "")
	fx.sync()
	if fx.np.AutoScaling.MaxInstances != nil || len(s.Pending()) != 0 {
		t.Errorf("clearing the field does not unset it: %v %v", fx.np.AutoScaling.MaxInstances, s.Pending())
	}
}

func TestSpotPriceLimitLines(t *testing.T) {
	fx := newFixture(t, parseBody(t, `{"scaling_group": {"spot_strategy": "SpotWithPriceLimit", "instance_types": ["ecs.g7.large"]}}`))
	s := fx.step(t, forms.StepInstances)
	limits, _ := field(t, s, "scaling_group.spot_price_limit")
	typeInto(t, limits, "ecs.g7.large=0.39\necs.c7.large=abc")
	if err := validate(limits); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad price line: %v", err)
	}
	typeInto(t, limits, "ecs.g7.large=0.39")
	fx.sync()
	if got := canonical(t, fx.np); !strings.Contains(got, `"price_limit": "0.39"`) {
		t.Errorf("price limits not synced: %s", got)
	}
}

// TestLookupsRunOffTheUIGoroutineSafely runs a pick-list's loader the way huh does (in a
// goroutine) while the user keeps changing the inputs it depends on; run with -race.
func TestLookupsRunOffTheUIGoroutineSafely(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepInstances)
	vsw, vg := field(t, s, "scaling_group.vswitch_ids")
	settle(vg)
	_, tg := field(t, s, "scaling_group.instance_types")
	_, cmd := tg.Update(struct{}{}) // hashes the inputs and returns the loader
	done := make(chan struct{})
	go func() {
		defer close(done)
		queue := []tea.Cmd{cmd}
		for len(queue) > 0 {
			c := queue[0]
			queue = queue[1:]
			if c == nil || isTimer(c) {
				continue
			}
			if batch, ok := c().(tea.BatchMsg); ok {
				queue = append(queue, batch...)
			}
		}
	}()
	for range 50 {
		press(vsw, toggle)
		fx.sync()
	}
	<-done
}

func TestHiddenSubscriptionIsNotSent(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepInstances)
	charge, _ := field(t, s, "scaling_group.instance_charge_type")
	press(charge, keyDown) // -> PrePaid
	period, _ := field(t, s, "scaling_group.period")
	typeInto(t, period, "10")
	fx.sync()
	press(charge, keyUp) // back to PostPaid: the period is hidden
	fx.sync()
	if got := canonical(t, fx.np); strings.Contains(got, `"period"`) {
		t.Fatalf("a hidden period is still sent, where the user cannot fix it: %s", got)
	}
	if ps := model.Validate(fx.np); ps.HasErrors() && strings.Contains(fmt.Sprint(ps), "scaling_group.period") {
		t.Errorf("the hidden period still blocks the submit: %v", ps)
	}
	press(charge, keyDown) // PrePaid again: what was typed comes back
	fx.sync()
	if got := canonical(t, fx.np); !strings.Contains(got, `"period": 10`) {
		t.Errorf("the typed period was lost: %s", got)
	}
}

func TestHiddenDesiredSizeIsNotSentWithAutoScaling(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepInstances)
	desired, _ := field(t, s, "scaling_group.desired_size")
	typeInto(t, desired, "3")
	auto, _ := field(t, s, "auto_scaling.enable")
	press(auto, keyRight) // inline: (default) -> on
	fx.sync()
	if !visible(t, s, "auto_scaling.min_instances") {
		t.Fatal("auto scaling on does not show min/max")
	}
	if got := canonical(t, fx.np); strings.Contains(got, `"desired_size"`) {
		t.Errorf("the hidden desired size is still sent: %s", got)
	}
}

func TestPeriodUnitIsRequiredNotDefaulted(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepInstances)
	charge, _ := field(t, s, "scaling_group.instance_charge_type")
	press(charge, keyDown) // -> PrePaid
	unit, _ := field(t, s, "scaling_group.period_unit")
	for _, o := range optionsOf(unit) {
		if o.Value == "" {
			t.Fatalf("period unit offers %q, but PrePaid requires it to be sent", o.Key)
		}
	}
	fx.sync()
	if got := canonical(t, fx.np); !strings.Contains(got, `"period_unit": "Month"`) {
		t.Errorf("PrePaid without touching the unit does not send Month: %s", got)
	}
}
