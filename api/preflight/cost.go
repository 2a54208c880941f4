package preflight

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"ackpool/api"
	"ackpool/model"
)

// HoursPerMonth is how many hours a pay-as-you-go month has in the estimate.
const HoursPerMonth = 730

// nodePrice is the price of one node of a type, per hour; for subscription nodes
// the hourly values are the monthly subscription price divided by HoursPerMonth.
type nodePrice struct {
	instanceType string
	currency     string
	onDemand     float64 // the instance itself, pay-as-you-go or subscription
	spot         float64 // the instance at the spot price (spot pools only)
	spotKnown    bool
	systemDisk   float64
	dataDisks    float64
	bandwidth    float64
	err          error
}

// perNode is the hourly price of one node: spot when the pool buys spot.
func (p nodePrice) perNode(spot bool) float64 {
	inst := p.onDemand
	if spot {
		inst = p.spot
	}
	return inst + p.systemDisk + p.dataDisks + p.bandwidth
}

// hourlyFactor turns the price of a DescribePrice answer into an hourly price.
func hourlyFactor(s spec) float64 {
	if s.charge != "PrePaid" {
		return 1
	}
	months := float64(s.period)
	if s.periodUnit == "Week" {
		months = float64(s.period) * 168 / HoursPerMonth
	}
	return 1 / (months * HoursPerMonth)
}

// nodePrices prices one node of every type of the pool.
func nodePrices(s spec, f *facts) []nodePrice {
	k := hourlyFactor(s)
	var out []nodePrice
	for _, t := range uniq(s.types) {
		np := nodePrice{instanceType: t, err: f.priceErr[t]}
		if pr := f.prices[t]; np.err == nil && pr != nil {
			np.currency = pr.Currency
			inst, _ := pr.Resource("instanceType")
			sys, _ := pr.Resource("systemDisk")
			data, _ := pr.Resource("dataDisk")
			bw, _ := pr.Resource("bandwidth")
			np.onDemand, np.systemDisk, np.dataDisks, np.bandwidth = inst*k, sys*k, data*k, bw*k
			if s.isSpot() {
				np.spot, np.spotKnown = spotPrice(s, f, t, np.onDemand)
			}
		}
		out = append(out, np)
	}
	return out
}

// spotPrice is the hourly spot price of a type: the latest price in each of the
// pool's zones, the cheapest zone for COST_OPTIMIZED and the dearest otherwise, and
// never above the user's price limit. Without a history it is the limit, or the
// on-demand price (known=false).
func spotPrice(s spec, f *facts, t string, onDemand float64) (price float64, known bool) {
	latest := map[string]api.SpotPrice{}
	for _, p := range f.spot[t] {
		if len(f.zones) > 0 && !contains(f.zones, p.ZoneID) {
			continue
		}
		if cur, ok := latest[p.ZoneID]; !ok || p.Timestamp > cur.Timestamp {
			latest[p.ZoneID] = p
		}
	}
	limit, hasLimit := s.spotLimits[t]
	hasLimit = hasLimit && s.spot == "SpotWithPriceLimit"
	if len(latest) == 0 {
		if hasLimit {
			return limit, true
		}
		return onDemand, false
	}
	price = -1
	for _, p := range latest {
		switch {
		case price < 0:
			price = p.SpotPrice
		case s.multiAZ == "COST_OPTIMIZED":
			price = math.Min(price, p.SpotPrice)
		default:
			price = math.Max(price, p.SpotPrice)
		}
	}
	if hasLimit {
		price = math.Min(price, limit)
	}
	return price, true
}

// pickType is the type whose price the estimate uses: the cheapest priced type in
// stock for COST_OPTIMIZED, the first one otherwise (ESS tries types in order).
func pickType(s spec, f *facts, prices []nodePrice) (nodePrice, bool) {
	var candidates []nodePrice
	for _, p := range prices {
		if p.err == nil && p.currency != "" && inStockSomewhere(f, p.instanceType) {
			candidates = append(candidates, p)
		}
	}
	if len(candidates) == 0 {
		for _, p := range prices {
			if p.err == nil && p.currency != "" {
				candidates = append(candidates, p)
			}
		}
	}
	if len(candidates) == 0 {
		return nodePrice{}, false
	}
	if s.multiAZ == "COST_OPTIMIZED" {
		sort.SliceStable(candidates, func(i, j int) bool { return candidates[i].perNode(s.isSpot()) < candidates[j].perNode(s.isSpot()) })
	}
	return candidates[0], true
}

// inStockSomewhere reports whether a type is in stock in a zone of the pool (true
// when the stock is not known).
func inStockSomewhere(f *facts, t string) bool {
	known := false
	for _, z := range f.zones {
		if f.stockErr[z] != nil {
			continue
		}
		known = true
		if f.stock[z][t] == "Available" {
			return true
		}
	}
	return !known
}

// priceOf prices the pool at its desired size and, with auto scaling, at its bounds.
func priceOf(s spec, f *facts) *Cost {
	prices := nodePrices(s, f)
	chosen, ok := pickType(s, f, prices)
	if !ok {
		return nil
	}
	c := costAt(s, chosen, s.desired)
	if s.autoScaling {
		c.AtMin, c.AtMax = costAt(s, chosen, s.min), costAt(s, chosen, s.max)
	}
	c.InstanceType = chosen.instanceType
	for _, p := range prices {
		tp := TypePrice{InstanceType: p.instanceType, Spot: s.isSpot() && p.spotKnown}
		if p.err != nil {
			tp.Error = errorSummary(p.err)
		} else {
			tp.Hourly = round(p.perNode(s.isSpot()), 4)
		}
		c.PerType = append(c.PerType, tp)
	}
	c.Notes = costNotes(s, chosen)
	return c
}

// costAt is the cost of n nodes of the chosen type.
func costAt(s spec, p nodePrice, n int) *Cost {
	c := &Cost{Currency: p.currency, Nodes: n}
	add := func(what string, unit float64, count int) {
		c.Items = append(c.Items, CostItem{What: what, UnitHourly: round(unit, 4), Count: count, Hourly: round(unit*float64(count), 4)})
		c.Hourly += unit * float64(count)
	}
	onDemand := s.onDemandCount(n)
	billing := "pay-as-you-go"
	if s.charge == "PrePaid" {
		billing = fmt.Sprintf("subscription, %d %s", s.period, strings.ToLower(s.periodUnit))
	}
	if !s.isSpot() || onDemand > 0 {
		add(fmt.Sprintf("%s instance (%s)", p.instanceType, billing), p.onDemand, onDemand)
	}
	if s.isSpot() {
		add(fmt.Sprintf("%s instance (spot)", p.instanceType), p.spot, n-onDemand)
	}
	add(diskLabel("system disk", []api.Disk{s.systemDisk}), p.systemDisk, n)
	if len(s.dataDisks) > 0 {
		add(diskLabel("data disks", s.dataDisks), p.dataDisks, n)
	}
	if s.bandwidth > 0 && s.internetCharge == "PayByBandwidth" {
		add(fmt.Sprintf("public bandwidth %d Mbps", s.bandwidth), p.bandwidth, n)
	}
	c.Hourly = round(c.Hourly, 4)
	c.Monthly = round(c.Hourly*HoursPerMonth, 2)
	return c
}

func diskLabel(kind string, disks []api.Disk) string {
	parts := make([]string, len(disks))
	for i, d := range disks {
		parts[i] = fmt.Sprintf("%s %d GiB", d.Category, d.SizeGiB)
		if d.PerformanceLevel != "" {
			parts[i] = fmt.Sprintf("%s %s %d GiB", d.Category, d.PerformanceLevel, d.SizeGiB)
		}
	}
	return kind + " " + strings.Join(parts, " + ")
}

// costNotes say what the estimate assumes.
func costNotes(s spec, p nodePrice) []string {
	notes := []string{"estimate from the ECS price API (list price after discounts the API applies), per node of " + p.instanceType}
	switch {
	case s.charge == "PrePaid":
		notes = append(notes, fmt.Sprintf("subscription: paid for %d %s up front; monthly is the subscription price per month, hourly that divided by %d", s.period, strings.ToLower(s.periodUnit), HoursPerMonth))
	default:
		notes = append(notes, fmt.Sprintf("pay-as-you-go: monthly is hourly x %d", HoursPerMonth))
	}
	if s.isSpot() {
		if p.spotKnown {
			notes = append(notes, "spot: the latest market price of the pool's zones (the cheapest zone for COST_OPTIMIZED, the dearest otherwise), capped by any price limit; it changes over time")
		} else {
			notes = append(notes, "spot: no spot price history for the pool's zones; priced at the on-demand price")
		}
	}
	if s.bandwidth > 0 && s.internetCharge == "PayByTraffic" {
		notes = append(notes, "public traffic is billed per GB and is not in the estimate")
	}
	return notes
}

// checkPrices reports the types that could not be priced.
func checkPrices(s spec, f *facts) []Check {
	const path = model.PathScalingGroupInstanceTypes
	if len(s.types) == 0 {
		return nil
	}
	var out []Check
	for _, p := range nodePrices(s, f) {
		if p.err != nil {
			out = append(out, check(IDPrice, Unknown, path, "could not price %s: %s", p.instanceType, errorSummary(p.err)))
		}
	}
	if len(out) == 0 {
		out = append(out, check(IDPrice, OK, path, "priced %s", count(len(uniq(s.types)), "instance type")))
	}
	return out
}

// checkSpotLimits warns about a spot price limit below the market price in every
// zone of the pool: no spot instance of that type would launch.
func checkSpotLimits(s spec, f *facts) []Check {
	if s.spot != "SpotWithPriceLimit" {
		return nil
	}
	var out []Check
	for _, t := range uniq(s.types) {
		limit, ok := s.spotLimits[t]
		if !ok || f.spotErr[t] != nil {
			continue
		}
		lowest, found := math.Inf(1), false
		latest := map[string]api.SpotPrice{}
		for _, p := range f.spot[t] {
			if (len(f.zones) == 0 || contains(f.zones, p.ZoneID)) && p.Timestamp >= latest[p.ZoneID].Timestamp {
				latest[p.ZoneID] = p
			}
		}
		for _, p := range latest {
			lowest, found = math.Min(lowest, p.SpotPrice), true
		}
		if found && limit < lowest {
			out = append(out, check(IDSpotLimit, Warn, model.PathScalingGroupSpotPriceLimit,
				"the limit %.4f for %s is below its lowest spot price in the pool's zones (%.4f): no spot instance of it launches; raise the limit or use SpotAsPriceGo",
				limit, t, lowest))
		}
	}
	return out
}

func errorSummary(err error) string {
	if e, ok := err.(*api.Error); ok {
		if e.Message != "" {
			return e.Summary() + ": " + e.Message
		}
		return e.Summary()
	}
	return err.Error()
}

func round(v float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(v*p) / p
}
