package sandbox

import (
	"strconv"
	"time"
)

// Subscription discounts of the sandbox's price list, by price unit.
var subscriptionFactor = map[string]float64{"Week": 0.95, "Month": 0.85, "Year": 0.70}

// unitHours is how many hours one price unit lasts.
var unitHours = map[string]float64{"Hour": 1, "Week": 168, "Month": hoursPerMonth, "Year": 12 * hoursPerMonth}

// priceLine is one resource of a DescribePrice answer, priced per hour.
type priceLine struct {
	resource string
	hourly   float64
}

// describePrice serves ECS DescribePrice for ResourceType=instance: the instance type,
// its system and data disks and fixed public bandwidth, per hour (PriceUnit=Hour) or
// for a subscription of Period units of Week, Month or Year.
func (h *Handler) describePrice(c *call) (any, *cloudError) {
	reg, cerr := h.regionOf(c)
	if cerr != nil {
		return nil, cerr
	}
	if rt := c.query.Get("ResourceType"); rt != "" && rt != "instance" {
		return nil, badRequest("InvalidResourceType.ValueNotSupported", "The sandbox prices ResourceType instance, not %q.", rt)
	}
	name := c.query.Get("InstanceType")
	if name == "" {
		return nil, badRequest("MissingParameter.InstanceType", "InstanceType is mandatory when ResourceType is instance.")
	}
	t, ok := h.account.instanceType(name)
	if !ok {
		return nil, badRequest("InvalidInstanceType.ValueNotSupported", "The specified InstanceType %s does not exist in region %s.", name, reg.ID)
	}
	unit := c.query.Get("PriceUnit")
	if unit == "" {
		unit = "Hour"
	}
	hours, ok := unitHours[unit]
	if !ok {
		return nil, badRequest("InvalidPriceUnit.ValueNotSupported", "PriceUnit must be Hour, Week, Month or Year, got %q.", unit)
	}
	period, cerr := intParam(c, "Period", 1, 1, 60)
	if cerr != nil {
		return nil, cerr
	}
	if unit == "Hour" && period != 1 {
		return nil, badRequest("InvalidPeriod.ValueNotSupported", "Period must be 1 when PriceUnit is Hour.")
	}
	amount, cerr := intParam(c, "Amount", 1, 1, 1000)
	if cerr != nil {
		return nil, cerr
	}
	lines, cerr := h.priceLines(c, t)
	if cerr != nil {
		return nil, cerr
	}
	factor := 1.0
	if unit != "Hour" {
		factor = subscriptionFactor[unit]
	}
	var original, trade float64
	var details []any
	for _, l := range lines {
		o := l.hourly * hours * float64(period) * float64(amount)
		d := o * (1 - factor)
		original, trade = original+o, trade+o-d
		details = append(details, map[string]any{"Resource": l.resource, "OriginalPrice": round(o, 4),
			"DiscountPrice": round(d, 4), "TradePrice": round(o-d, 4), "SubRules": map[string]any{"Rule": []any{}}})
	}
	rules := []any{}
	if unit != "Hour" {
		rules = append(rules, map[string]any{"RuleId": 587, "Description": "Subscription discount for " + unit})
	}
	return map[string]any{"RequestId": c.requestID, "PriceInfo": map[string]any{
		"Price": map[string]any{"Currency": currency, "OriginalPrice": round(original, 4), "DiscountPrice": round(original-trade, 4),
			"TradePrice": round(trade, 4), "ReservedInstanceHourPrice": 0, "DetailInfos": map[string]any{"DetailInfo": details}},
		"Rules": map[string]any{"Rule": rules},
	}}, nil
}

// priceLines prices the instance, its disks and its bandwidth per hour, refusing a
// disk category the family does not support as ECS does.
func (h *Handler) priceLines(c *call, t InstanceType) ([]priceLine, *cloudError) {
	lines := []priceLine{{"instanceType", instanceHourly(t)}}
	sysCat := c.query.Get("SystemDisk.Category")
	if sysCat == "" {
		sysCat = "cloud_efficiency"
	}
	size, cerr := intParam(c, "SystemDisk.Size", 40, 20, 2048)
	if cerr != nil {
		return nil, cerr
	}
	p, cerr := diskLine(t, "SystemDisk", sysCat, c.query.Get("SystemDisk.PerformanceLevel"), size)
	if cerr != nil {
		return nil, cerr
	}
	lines = append(lines, priceLine{"systemDisk", p})
	for i := 1; i <= 16; i++ {
		n := "DataDisk." + strconv.Itoa(i)
		cat := c.query.Get(n + ".Category")
		if cat == "" {
			break
		}
		size, cerr := intParam(c, n+".Size", 40, 20, 32768)
		if cerr != nil {
			return nil, cerr
		}
		p, cerr := diskLine(t, "DataDisk", cat, c.query.Get(n+".PerformanceLevel"), size)
		if cerr != nil {
			return nil, cerr
		}
		lines = append(lines, priceLine{"dataDisk", p})
	}
	if c.query.Get("InternetChargeType") != "PayByTraffic" {
		mbps, cerr := intParam(c, "InternetMaxBandwidthOut", 0, 0, 100)
		if cerr != nil {
			return nil, cerr
		}
		if mbps > 0 {
			lines = append(lines, priceLine{"bandwidth", bandwidthHourly(mbps)})
		}
	}
	return lines, nil
}

// diskLine prices one disk, or answers the error ECS gives for a category the
// instance family cannot attach.
func diskLine(t InstanceType, dest, category, level string, size int) (float64, *cloudError) {
	if !contains(diskCategoriesFor(t), category) {
		return 0, badRequest("Invalid"+dest+"Category.ValueNotSupported",
			"The specified %s category %s is not supported by instance type %s.", dest, category, t.ID)
	}
	p, ok := diskHourly(category, level, size)
	if !ok {
		return 0, badRequest("InvalidParameter", "The performance level %q is not valid for %s.", level, category)
	}
	return p, nil
}

// describeSpotPriceHistory serves ECS DescribeSpotPriceHistory: one price every four
// hours between StartTime and EndTime (default: the last day) for the type in every
// zone that offers it, or in ZoneId.
func (h *Handler) describeSpotPriceHistory(c *call) (any, *cloudError) {
	reg, cerr := h.regionOf(c)
	if cerr != nil {
		return nil, cerr
	}
	if c.query.Get("NetworkType") == "" {
		return nil, badRequest("MissingParameter.NetworkType", "NetworkType is mandatory for this action.")
	}
	name := c.query.Get("InstanceType")
	t, ok := h.account.instanceType(name)
	if name == "" || !ok {
		return nil, badRequest("InvalidInstanceType.ValueNotSupported", "The specified InstanceType %q does not exist.", name)
	}
	end, cerr := timeParam(c, "EndTime", h.opts.Clock.Now())
	if cerr != nil {
		return nil, cerr
	}
	start, cerr := timeParam(c, "StartTime", end.Add(-24*time.Hour))
	if cerr != nil {
		return nil, cerr
	}
	if !start.Before(end) || end.Sub(start) > 30*24*time.Hour {
		return nil, badRequest("InvalidParameter.TimeRange", "StartTime must be before EndTime and at most 30 days earlier.")
	}
	zones := reg.Zones
	if z := c.query.Get("ZoneId"); z != "" {
		zones = []string{z}
	}
	onDemand := instanceHourly(t)
	points := []any{}
	const step = 4 * time.Hour
	first := start.Truncate(step).Add(step)
	for _, z := range zones {
		if h.account.Availability(z, t.ID) == "" {
			continue
		}
		for at := first; !at.After(end); at = at.Add(step) {
			i := int(at.Unix() / int64(step.Seconds()))
			points = append(points, map[string]any{"ZoneId": z, "InstanceType": t.ID, "IoOptimized": "optimized",
				"NetworkType": "vpc", "OriginPrice": onDemand, "SpotPrice": round(onDemand*spotRatio(t.ID, z, i), 3),
				"Timestamp": at.UTC().Format(time.RFC3339)})
		}
	}
	offset, cerr := intParam(c, "Offset", 0, 0, 1<<30)
	if cerr != nil {
		return nil, cerr
	}
	const pageSize = 1000
	next := 0
	if offset > len(points) {
		offset = len(points)
	}
	page := points[offset:]
	if len(page) > pageSize {
		page, next = page[:pageSize], offset+pageSize
	}
	return map[string]any{"RequestId": c.requestID, "Currency": currency, "NextOffset": next,
		"SpotPrices": map[string]any{"SpotPriceType": page}}, nil
}

// intParam reads an integer parameter with its default and bounds.
func intParam(c *call, name string, def, min, max int) (int, *cloudError) {
	v := c.query.Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < min || n > max {
		return 0, badRequest("InvalidParameter", "The parameter %s must be an integer between %d and %d, got %q.", name, min, max, v)
	}
	return n, nil
}

// timeParam reads an ISO 8601 UTC time (yyyy-MM-ddTHH:mm:ssZ).
func timeParam(c *call, name string, def time.Time) (time.Time, *cloudError) {
	v := c.query.Get(name)
	if v == "" {
		return def, nil
	}
	t, err := time.Parse(time.RFC3339, v)
	if err != nil {
		return time.Time{}, badRequest("InvalidParameter", "The parameter %s must be a UTC time like 2024-03-11T09:30:00Z, got %q.", name, v)
	}
	return t, nil
}
