package preflight_test

import (
	"context"
	"testing"

	"ackpool/api/preflight"
	"ackpool/api/sandbox"
	"ackpool/model"
)

func TestPriceTypesSharesThePlansCache(t *testing.T) {
	e := newEnv(t)
	c, np := e.goodRequest(t, 2, 4)
	p := preflight.New(e.client)
	zones := e.zonesOf(c, np.ScalingGroup.VSwitchIDs)
	got := p.PriceTypes(context.Background(), "cn-hangzhou", zones, np, np.ScalingGroup.InstanceTypes)
	if len(got) != 4 {
		t.Fatalf("priced %d types, want 4: %+v", len(got), got)
	}
	for ty, lp := range got {
		if lp.Err != nil || lp.Hourly <= 0 || lp.Currency != "CNY" || lp.Spot {
			t.Errorf("%s: %+v", ty, lp)
		}
	}
	if n := e.priceCalls.Load(); n != 4 {
		t.Errorf("%d DescribePrice calls for 4 types, want 4", n)
	}
	r := p.Plan(context.Background(), "cn-hangzhou", c.ID, np)
	if n := e.priceCalls.Load(); n != 4 {
		t.Errorf("the plan after the list priced again: %d DescribePrice calls", n)
	}
	if r.Cost == nil {
		t.Fatal("no cost")
	}
	for _, tp := range r.Cost.PerType {
		if !near(tp.Hourly, got[tp.InstanceType].Hourly) {
			t.Errorf("%s: the list says %.4f/h, the plan %.4f/h", tp.InstanceType, got[tp.InstanceType].Hourly, tp.Hourly)
		}
	}
	again := p.PriceTypes(context.Background(), "cn-hangzhou", zones, np, np.ScalingGroup.InstanceTypes[:2])
	if n := e.priceCalls.Load(); n != 4 || len(again) != 2 {
		t.Errorf("a second list lookup made calls (%d in all) or priced %d types", n, len(again))
	}
}

func TestPriceTypesGivesTheCheapestZonesSpotPrice(t *testing.T) {
	e := newEnv(t)
	c, np := e.goodRequest(t, 3, 3)
	zones := e.zonesOf(c, np.ScalingGroup.VSwitchIDs)
	p := preflight.New(e.client)
	onDemand := p.PriceTypes(context.Background(), "cn-hangzhou", zones, np, np.ScalingGroup.InstanceTypes)
	np.ScalingGroup.SpotStrategy = ptr("SpotAsPriceGo")
	spot := p.PriceTypes(context.Background(), "cn-hangzhou", zones, np, np.ScalingGroup.InstanceTypes)
	oneZone := p.PriceTypes(context.Background(), "cn-hangzhou", zones[:1], np, np.ScalingGroup.InstanceTypes)
	for _, ty := range np.ScalingGroup.InstanceTypes {
		s, od, one := spot[ty], onDemand[ty], oneZone[ty]
		if !s.Spot || s.Hourly <= 0 || s.Hourly >= od.Hourly {
			t.Errorf("%s: spot %+v, on-demand %+v", ty, s, od)
		}
		if one.Hourly < s.Hourly-1e-9 {
			t.Errorf("%s: one zone %.4f is cheaper than the cheapest of three %.4f", ty, one.Hourly, s.Hourly)
		}
	}
	if preflight.PriceInputs(np) == preflight.PriceInputs(e.withoutSpot(np)) {
		t.Error("the spot strategy is not among the price inputs")
	}
}

func TestPriceTypesBoundsTheCallsInFlight(t *testing.T) {
	e := newEnv(t)
	c, np := e.goodRequest(t, 2, 2)
	var types []string
	for _, it := range e.sandbox.Account().InstanceTypes[:40] {
		types = append(types, it.ID)
	}
	np.ScalingGroup.SystemDiskCategory = ptr("cloud_efficiency")
	np.ScalingGroup.DataDisks = nil
	got := preflight.New(e.client, preflight.Parallel(3)).PriceTypes(context.Background(), "cn-hangzhou", e.zonesOf(c, np.ScalingGroup.VSwitchIDs), np, types)
	if len(got) != 40 || e.priceCalls.Load() != 40 {
		t.Errorf("priced %d of 40 types with %d calls", len(got), e.priceCalls.Load())
	}
	if peak := e.peak.Load(); peak > 3 {
		t.Errorf("%d calls at once, the planner allows 3", peak)
	}
	for ty, lp := range got {
		if lp.Err != nil {
			t.Errorf("%s: %v", ty, lp.Err)
		}
	}
}

// zonesOf returns the zones of the cluster's vSwitches among ids.
func (e *env) zonesOf(c sandbox.Cluster, ids []string) []string {
	var out []string
	for _, v := range e.vpcVSwitches(c) {
		if hasFamily(v.ID, ids) && !hasFamily(v.ZoneID, out) {
			out = append(out, v.ZoneID)
		}
	}
	return out
}

// withoutSpot is a copy of the request that buys no spot instances.
func (e *env) withoutSpot(np *model.NodePool) *model.NodePool {
	c := np.Clone()
	c.ScalingGroup.SpotStrategy = nil
	return c
}
