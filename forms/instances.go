package forms

import (
	"ackpool/model"
)

// instanceTypeLimit is how many instance types a pool may list (R005).
const instanceTypeLimit = 10

// instancesStep covers where and what the nodes are: vSwitches, instance types,
// billing (subscription and spot), pool size or auto scaling, and the zone/on-demand mix.
func instancesStep(np *model.NodePool, env *Env) Step {
	b := newBinder(np, env)
	charge := b.text(model.PathScalingGroupInstanceChargeType)
	spot := b.text(model.PathScalingGroupSpotStrategy)
	autoScale := b.tri(model.PathAutoScalingEnable)

	vsw, vswSel, vswIn := newPickMany(b, pickSpec{
		key: model.PathScalingGroupVSwitchIDs, title: "vSwitches", what: "vSwitches",
		desc: "Subnets the nodes are created in; pick 2+ in different zones for resilience. space: tick, /: filter.",
	}, stringList(np, model.PathScalingGroupVSwitchIDs), 8, env.target, func(t Target) ([]Choice, error) {
		if env.Catalog == nil {
			return nil, errNoCatalog
		}
		return env.Catalog.VSwitches(t)
	}, b.check(model.PathScalingGroupVSwitchIDs))

	type typeQuery struct {
		Target   Target
		VSwitch  []string
		Charge   string
		Strategy string
	}
	types, typeSel, typeIn := newPickMany(b, pickSpec{
		key: model.PathScalingGroupInstanceTypes, title: "Instance types", what: "instance types",
		desc: "Up to 10 types in stock in the chosen zones; several types make scale-out more likely to succeed. /: filter.",
	}, stringList(np, model.PathScalingGroupInstanceTypes), instanceTypeLimit, func() typeQuery { return typeQuery{env.target(), vsw.values(), *charge, *spot} }, func(q typeQuery) ([]Choice, error) {
		if env.Catalog == nil {
			return nil, errNoCatalog
		}
		return env.Catalog.InstanceTypes(q.Target, q.VSwitch, q.Charge, q.Strategy)
	}, b.check(model.PathScalingGroupInstanceTypes))

	vswSlot, typeSlot := model.MustPath(model.PathScalingGroupVSwitchIDs), model.MustPath(model.PathScalingGroupInstanceTypes)
	b.onSync(func(np *model.NodePool) {
		setValue(np, vswSlot, nonEmpty(vsw.values()))
		setValue(np, typeSlot, nonEmpty(types.values()))
	})

	prePaid := func() bool { return *charge == "PrePaid" }
	// The scaling group's own problems (it is missing) belong here, with its required children.
	return b.step(StepInstances, "Instances & scaling", []string{model.PathScalingGroup, model.PathAutoScaling, model.PathCount},
		b.group("vSwitches", vswSel),
		b.groupIf(vsw.typing, "vSwitches", vswIn),
		b.group("Instance types", typeSel),
		b.groupIf(types.typing, "Instance types", typeIn),
		b.group("Billing",
			b.enumSelectOn(charge, model.PathScalingGroupInstanceChargeType),
		),
		b.appliesIf(prePaid, "Subscription",
			b.field(model.PathScalingGroupPeriod),
			b.requiredEnumSelect(model.PathScalingGroupPeriodUnit),
			b.field(model.PathScalingGroupAutoRenew),
			b.field(model.PathScalingGroupAutoRenewPeriod),
		),
		b.appliesIf(not(prePaid), "Spot instances",
			b.enumSelectOn(spot, model.PathScalingGroupSpotStrategy),
		),
		b.appliesIf(func() bool { return !prePaid() && *spot == "SpotWithPriceLimit" }, "Spot price limits",
			listText(b, model.PathScalingGroupSpotPriceLimit, spotPriceCodec),
		),
		b.group("Pool size",
			b.triSelectOn(autoScale, model.PathAutoScalingEnable),
		),
		b.appliesIf(not(func() bool { return *autoScale == triOn }), "Pool size",
			b.field(model.PathScalingGroupDesiredSize),
		),
		b.appliesIf(func() bool { return *autoScale == triOn }, "Auto scaling",
			b.field(model.PathAutoScalingMinInstances),
			b.field(model.PathAutoScalingMaxInstances),
			b.field(model.PathAutoScalingType),
		),
		b.group("Zones and capacity mix",
			b.field(model.PathScalingGroupMultiAZPolicy),
			b.field(model.PathScalingGroupOnDemandBaseCapacity),
			b.field(model.PathScalingGroupOnDemandPercentageAboveBaseCapacity),
			b.field(model.PathScalingGroupSpotInstancePools),
			b.field(model.PathScalingGroupCompensateWithOnDemand),
			b.field(model.PathScalingGroupScalingPolicy),
		),
	)
}

// stringList reads a []string field of the model.
func stringList(np *model.NodePool, path string) []string {
	if v, ok := model.MustPath(path).Get(np); ok {
		return append([]string(nil), v.([]string)...)
	}
	return nil
}
