package forms

import (
	"reflect"

	"ackpool/model"
)

// instanceTypeLimit is how many instance types a pool may list (R005).
const instanceTypeLimit = 10

// instancesStep covers where and what the nodes are: vSwitches, instance types,
// billing (subscription and spot), pool size or auto scaling, and the zone/on-demand mix.
func instancesStep(np *model.NodePool, env *Env) Step {
	b := newBinder(np, env)
	charge := b.text("scaling_group.instance_charge_type")
	spot := b.text("scaling_group.spot_strategy")
	autoScale := b.tri("auto_scaling.enable")

	vsw, vswSel, vswIn := newPickMany(b, pickSpec{
		key: "scaling_group.vswitch_ids", title: "vSwitches", what: "vSwitches", accountChecked: true,
		desc: "Subnets the nodes are created in; pick 2+ in different zones for resilience. space: tick, /: filter.",
	}, stringList(np, "scaling_group.vswitch_ids"), 8, env.target, func(t Target) ([]Choice, error) {
		if env.Catalog == nil {
			return nil, errNoCatalog
		}
		return env.Catalog.VSwitches(t)
	}, b.check("scaling_group.vswitch_ids"))

	type typeQuery struct {
		Target   Target
		VSwitch  []string
		Charge   string
		Strategy string
	}
	types, typeSel, typeIn := newPickMany(b, pickSpec{
		key: "scaling_group.instance_types", title: "Instance types", what: "instance types",
		desc: "Up to 10 types in stock in the chosen zones; several types make scale-out more likely to succeed. /: filter by name or vcpu>=8 mem>=32 (? help).",
	}, stringList(np, "scaling_group.instance_types"), instanceTypeLimit, func() typeQuery { return typeQuery{env.target(), vsw.values(), *charge, *spot} }, func(q typeQuery) ([]Choice, error) {
		if env.Catalog == nil {
			return nil, errNoCatalog
		}
		return env.Catalog.InstanceTypes(q.Target, q.VSwitch, q.Charge, q.Strategy)
	}, b.check("scaling_group.instance_types"))

	vswSlot, typeSlot := mustSlot("scaling_group.vswitch_ids"), mustSlot("scaling_group.instance_types")
	b.onSync(func(np *model.NodePool) {
		vswSlot.set(np, reflect.ValueOf(nonEmpty(vsw.values())))
		typeSlot.set(np, reflect.ValueOf(nonEmpty(types.values())))
	})

	prePaid := func() bool { return *charge == "PrePaid" }
	// The scaling group's own problems (it is missing) belong here, with its required children.
	return b.step(StepInstances, "Instances & scaling", []string{"scaling_group", "auto_scaling", "count"},
		b.group("vSwitches", vswSel),
		b.groupIf(vsw.typing, "vSwitches", vswIn),
		b.group("Instance types", typeSel),
		b.groupIf(types.typing, "Instance types", typeIn),
		b.group("Billing",
			b.enumSelectOn(charge, "scaling_group.instance_charge_type", "Billing",
				"PostPaid: pay as you go, by the hour. PrePaid: subscription for a fixed period."),
		),
		b.appliesIf(prePaid, "Subscription",
			b.number("scaling_group.period", "Subscription period",
				"Length of the subscription, in period units. Month: 1–9, 12, 24, 36, 48, 60; Week: 1–4."),
			b.requiredEnumSelect("scaling_group.period_unit", "Period unit", "Month or Week; required for a subscription."),
			b.triSelect("scaling_group.auto_renew", "Auto renew", "Renew the subscription automatically when it ends."),
			b.number("scaling_group.auto_renew_period", "Auto renew period",
				"Length of each renewal. Month: 1, 2, 3, 6, 12, 24, 36, 48, 60; Week: 1, 2, 3."),
		),
		b.appliesIf(not(prePaid), "Spot instances",
			b.enumSelectOn(spot, "scaling_group.spot_strategy", "Spot strategy",
				"NoSpot: regular instances. SpotAsPriceGo: spot at market price. SpotWithPriceLimit: spot up to your price."),
		),
		b.appliesIf(func() bool { return !prePaid() && *spot == "SpotWithPriceLimit" }, "Spot price limits",
			listText(b, "scaling_group.spot_price_limit", "Spot price limits",
				"One instance_type=price per line: the highest hourly price you accept, e.g. ecs.g7.large=0.39.", spotPriceCodec),
		),
		b.group("Pool size",
			b.triSelectOn(autoScale, "auto_scaling.enable", "Auto scaling",
				"On: ACK adds and removes nodes between a minimum and a maximum. Off: a fixed number of nodes."),
		),
		b.appliesIf(not(func() bool { return *autoScale == triOn }), "Pool size",
			b.number("scaling_group.desired_size", "Desired nodes",
				"How many nodes the pool keeps; 0 creates none now. 2 or more is recommended."),
		),
		b.appliesIf(func() bool { return *autoScale == triOn }, "Auto scaling",
			b.number("auto_scaling.min_instances", "Minimum nodes", "The autoscaler never goes below this (0 or more)."),
			b.number("auto_scaling.max_instances", "Maximum nodes", "The autoscaler never goes above this (at most 2000)."),
			b.enumSelect("auto_scaling.type", "Scaling type",
				"Kind of instances scaled out: cpu, gpu, gpushare or spot. Cannot be changed later."),
		),
		b.group("Zones and capacity mix",
			b.enumSelect("scaling_group.multi_az_policy", "Multi-zone policy",
				"PRIORITY: zones in vSwitch order. BALANCE: even spread. COST_OPTIMIZED: cheapest first."),
			b.number("scaling_group.on_demand_base_capacity", "On-demand base",
				"Pay-as-you-go instances always kept before any spot ones (0–1000)."),
			b.number("scaling_group.on_demand_percentage_above_base_capacity", "On-demand % above base",
				"Share of pay-as-you-go instances beyond the base, 0–100; the rest are spot."),
			b.number("scaling_group.spot_instance_pools", "Spot instance pools",
				"Spread spot capacity over this many cheapest instance types (1–10)."),
			b.triSelect("scaling_group.compensate_with_on_demand", "Compensate with on-demand",
				"Create pay-as-you-go instances when spot ones cannot be had (COST_OPTIMIZED only)."),
			b.enumSelect("scaling_group.scaling_policy", "Scale-in behaviour",
				"release: delete removed instances. recycle: stop them and keep them for a faster restart."),
		),
	)
}

// stringList reads a []string field of the model.
func stringList(np *model.NodePool, path string) []string {
	if v := mustSlot(path).get(np); v.IsValid() && v.Len() > 0 {
		return append([]string(nil), v.Interface().([]string)...)
	}
	return nil
}
