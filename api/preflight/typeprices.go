package preflight

import (
	"context"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"ackpool/api"
	"ackpool/model"
)

// ListPrice is the hourly price of one node of an instance type as the wizard's
// instance-type list shows it: the instance with the request's disks and bandwidth,
// at the spot price for a spot pool when the price history has one.
type ListPrice struct {
	Currency string
	Hourly   float64
	Spot     bool  // Hourly is the spot price
	Err      error // why the type could not be priced
}

// PriceInputs names what a type's list price depends on in the request: the disks,
// the billing (charge type, period, spot strategy and limits) and the bandwidth.
// Two requests with equal inputs get equal prices of each type in the same region
// and zones. It calls nothing and is cheap enough to run after every key.
func PriceInputs(np *model.NodePool) string {
	s := specOf(np)
	var b strings.Builder
	b.WriteString(priceKey(priceQuery("", s, "")))
	b.WriteString("|" + s.charge + "|" + s.spot)
	if s.spot == "SpotWithPriceLimit" {
		for _, t := range slices.Sorted(maps.Keys(s.spotLimits)) {
			b.WriteString("|" + t + "=" + strconv.FormatFloat(s.spotLimits[t], 'g', -1, 64))
		}
	}
	return b.String()
}

// PriceTypes prices one node of each of types in region as the request would buy it
// (see ListPrice). A spot pool's price is the latest spot price of each of zones (every
// zone when zones is empty), the cheapest of them, capped by the type's price limit.
// At most the Planner's Parallel lookups run at once, and every answer goes through
// the cache Plan uses, keyed per region, type, disks and billing: a type priced for
// the list is not priced again by the next plan, and the other way round.
func (p *Planner) PriceTypes(ctx context.Context, region string, zones []string, np *model.NodePool, types []string) map[string]ListPrice {
	s := specOf(np)
	f := &facts{region: region, zones: zones, prices: map[string]*api.Price{}, priceErr: map[string]error{},
		spot: map[string][]api.SpotPrice{}, spotErr: map[string]error{}}
	g := newGroup(p.parallel)
	for _, t := range uniq(types) {
		g.go_(func() { p.lookPrice(ctx, f, s, t) })
		if s.isSpot() {
			g.go_(func() { p.lookSpot(ctx, f, t) })
		}
	}
	g.wait()
	k := hourlyFactor(s)
	out := make(map[string]ListPrice, len(types))
	for _, t := range uniq(types) {
		pr, err := f.prices[t], f.priceErr[t]
		if err != nil || pr == nil {
			out[t] = ListPrice{Err: err}
			continue
		}
		inst, _ := pr.Resource("instanceType")
		sys, _ := pr.Resource("systemDisk")
		data, _ := pr.Resource("dataDisk")
		bw, _ := pr.Resource("bandwidth")
		lp := ListPrice{Currency: pr.Currency, Hourly: (inst + sys + data + bw) * k}
		if s.isSpot() && f.spotErr[t] == nil {
			if spot, ok := cheapestSpot(f.spot[t], zones); ok {
				if limit, has := s.spotLimits[t]; has && s.spot == "SpotWithPriceLimit" {
					spot = math.Min(spot, limit)
				}
				lp.Hourly, lp.Spot = spot+(sys+data+bw)*k, true
			}
		}
		lp.Hourly = round(lp.Hourly, 4)
		out[t] = lp
	}
	return out
}

// cheapestSpot is the lowest of the latest spot prices of the zones (of every zone
// in the history when zones is empty).
func cheapestSpot(history []api.SpotPrice, zones []string) (float64, bool) {
	latest := map[string]api.SpotPrice{}
	for _, p := range history {
		if len(zones) > 0 && !contains(zones, p.ZoneID) {
			continue
		}
		if cur, ok := latest[p.ZoneID]; !ok || p.Timestamp > cur.Timestamp {
			latest[p.ZoneID] = p
		}
	}
	price, found := math.Inf(1), false
	for _, p := range latest {
		price, found = math.Min(price, p.SpotPrice), true
	}
	return price, found
}
