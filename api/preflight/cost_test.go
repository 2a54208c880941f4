package preflight_test

import (
	"context"
	"math"
	"strings"
	"testing"

	"ackpool/api/preflight"
	"ackpool/model"
)

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-3*math.Max(1, math.Abs(b)) }

func TestCostDoublesWhenDesiredSizeDoubles(t *testing.T) {
	e := newEnv(t)
	c, np := e.goodRequest(t, 2, 2)
	three := e.plan(t, c, np).Cost
	np.ScalingGroup.DesiredSize = ptr(int64(6))
	six := e.plan(t, c, np).Cost
	if three == nil || six == nil {
		t.Fatal("no cost")
	}
	if three.Hourly <= 0 || !near(six.Hourly, 2*three.Hourly) || !near(six.Monthly, 2*three.Monthly) {
		t.Errorf("3 nodes %.4f/h %.2f/month, 6 nodes %.4f/h %.2f/month", three.Hourly, three.Monthly, six.Hourly, six.Monthly)
	}
	if three.Nodes != 3 || six.Nodes != 6 || three.Currency != "CNY" {
		t.Errorf("nodes %d/%d currency %q", three.Nodes, six.Nodes, three.Currency)
	}
	if !near(three.Monthly, three.Hourly*preflight.HoursPerMonth) {
		t.Errorf("pay-as-you-go monthly %.2f is not hourly %.4f x 730", three.Monthly, three.Hourly)
	}
	sum := 0.0
	for _, it := range three.Items {
		sum += it.Hourly
		if it.Count != 3 || !near(it.Hourly, it.UnitHourly*3) {
			t.Errorf("item %+v", it)
		}
	}
	if !near(sum, three.Hourly) {
		t.Errorf("items add up to %.4f, total %.4f", sum, three.Hourly)
	}
}

func TestSpotIsPricedBelowOnDemand(t *testing.T) {
	e := newEnv(t)
	c, np := e.goodRequest(t, 2, 3)
	onDemand := e.plan(t, c, np).Cost
	np.ScalingGroup.SpotStrategy = ptr("SpotAsPriceGo")
	spot := e.plan(t, c, np).Cost
	if onDemand == nil || spot == nil {
		t.Fatal("no cost")
	}
	if len(spot.PerType) != 3 || len(onDemand.PerType) != 3 {
		t.Fatalf("per type %+v / %+v", spot.PerType, onDemand.PerType)
	}
	for i, p := range spot.PerType {
		od := onDemand.PerType[i]
		if !p.Spot || p.Hourly <= 0 || p.Hourly >= od.Hourly {
			t.Errorf("%s: spot %.4f, on-demand %.4f", p.InstanceType, p.Hourly, od.Hourly)
		}
	}
	if spot.Hourly >= onDemand.Hourly {
		t.Errorf("spot pool %.4f/h, on-demand pool %.4f/h", spot.Hourly, onDemand.Hourly)
	}
}

func TestSpotPriceLimitCapsThePrice(t *testing.T) {
	e := newEnv(t)
	c, np := e.goodRequest(t, 2, 1)
	typ := np.ScalingGroup.InstanceTypes[0]
	np.ScalingGroup.SpotStrategy = ptr("SpotWithPriceLimit")
	np.ScalingGroup.SpotPriceLimit = []model.SpotPriceLimit{{InstanceType: ptr(typ), PriceLimit: ptr("0.001")}}
	r := e.plan(t, c, np)
	cost := r.Cost
	if cost == nil {
		t.Fatal("no cost")
	}
	if w, ok := find(r, preflight.IDSpotLimit, preflight.Warn); !ok || !strings.Contains(w.Message, "raise the limit") {
		t.Errorf("no warning about a limit below the market:\n%s", dump(r))
	}
	np.ScalingGroup.SpotPriceLimit[0].PriceLimit = ptr("100")
	if r := e.plan(t, c, np); hasStatus(r, preflight.IDSpotLimit, preflight.Warn) {
		t.Errorf("a limit far above the market warned:\n%s", dump(r))
	}
	for _, it := range cost.Items {
		if it.What == typ+" instance (spot)" && it.UnitHourly != 0.001 {
			t.Errorf("spot unit %.4f, want the 0.001 limit", it.UnitHourly)
		}
	}
}

func TestPrePaidMonthlyIsTheSubscriptionPrice(t *testing.T) {
	e := newEnv(t)
	c, np := e.goodRequest(t, 2, 2)
	postPaid := e.plan(t, c, np).Cost
	np.ScalingGroup.InstanceChargeType, np.ScalingGroup.Period, np.ScalingGroup.PeriodUnit = ptr("PrePaid"), ptr(int64(1)), ptr("Month")
	prePaid := e.plan(t, c, np).Cost
	if postPaid == nil || prePaid == nil {
		t.Fatal("no cost")
	}
	if near(prePaid.Monthly, postPaid.Hourly*preflight.HoursPerMonth) || prePaid.Monthly <= 0 {
		t.Errorf("PrePaid monthly %.2f equals PostPaid hourly x 730 (%.2f)", prePaid.Monthly, postPaid.Hourly*preflight.HoursPerMonth)
	}
	if prePaid.Monthly >= postPaid.Monthly {
		t.Errorf("a month's subscription %.2f costs no less than a month pay-as-you-go %.2f", prePaid.Monthly, postPaid.Monthly)
	}
	np.ScalingGroup.Period = ptr(int64(3))
	three := e.plan(t, c, np).Cost
	if !near(three.Monthly, prePaid.Monthly) {
		t.Errorf("3-month subscription per month %.2f, 1-month %.2f", three.Monthly, prePaid.Monthly)
	}
}

func TestAutoScalingIsPricedAtMinAndMax(t *testing.T) {
	e := newEnv(t)
	c, np := e.goodRequest(t, 2, 2)
	np.ScalingGroup.DesiredSize = nil
	np.AutoScaling = &model.AutoScaling{Enable: ptr(true), MinInstances: ptr(int64(2)), MaxInstances: ptr(int64(8))}
	cost := e.plan(t, c, np).Cost
	if cost == nil || cost.AtMin == nil || cost.AtMax == nil {
		t.Fatalf("cost %+v", cost)
	}
	if cost.AtMin.Nodes != 2 || cost.AtMax.Nodes != 8 || !near(cost.AtMax.Hourly, 4*cost.AtMin.Hourly) || !near(cost.Hourly, cost.AtMin.Hourly) {
		t.Errorf("min %d nodes %.4f, max %d nodes %.4f, plan %.4f", cost.AtMin.Nodes, cost.AtMin.Hourly, cost.AtMax.Nodes, cost.AtMax.Hourly, cost.Hourly)
	}
}

func TestOnDemandBaseCapacityIsPricedOnDemand(t *testing.T) {
	e := newEnv(t)
	c, np := e.goodRequest(t, 2, 1)
	np.ScalingGroup.SpotStrategy = ptr("SpotAsPriceGo")
	np.ScalingGroup.OnDemandBaseCapacity, np.ScalingGroup.OnDemandPercentageAboveBaseCapacity = ptr(int64(1)), ptr(int64(0))
	cost := e.plan(t, c, np).Cost
	counts := map[string]int{}
	for _, it := range cost.Items {
		counts[it.What] = it.Count
	}
	typ := np.ScalingGroup.InstanceTypes[0]
	if counts[typ+" instance (pay-as-you-go)"] != 1 || counts[typ+" instance (spot)"] != 2 {
		t.Errorf("items %+v", cost.Items)
	}
}

func TestSecondPlanIsServedFromTheCache(t *testing.T) {
	e := newEnv(t)
	c, np := e.goodRequest(t, 3, 10)
	np.ScalingGroup.SpotStrategy = ptr("SpotAsPriceGo")
	p := preflight.New(e.client)
	p.Plan(context.Background(), "cn-hangzhou", c.ID, np)
	first := e.calls.Load()
	p.Plan(context.Background(), "cn-hangzhou", c.ID, np)
	second := e.calls.Load() - first
	// Not cached: the cluster, vSwitches, pools, security groups, quota, vCPU
	// attributes, roles and key pairs, one call each.
	if second != 8 || first <= 3*second {
		t.Errorf("first plan %d calls, second %d", first, second)
	}
	st := p.CacheStats()
	if st.Hits == 0 || st.Misses == 0 {
		t.Errorf("cache stats %+v", st)
	}
	t.Logf("10 types x 3 zones: first plan %d calls, second %d (cache %+v)", first, second, st)
}
