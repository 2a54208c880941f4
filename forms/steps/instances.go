package steps

import (
	"ackpool/forms"
	"ackpool/model"
)

// instanceTypeLimit is how many instance types a pool may list (R005).
const instanceTypeLimit = 10

// instancesStep covers where and what the nodes are: vSwitches, instance types,
// billing (subscription and spot), pool size or auto scaling, and the zone/on-demand mix.
func instancesStep(np *model.NodePool, env *forms.Env) forms.Step {
	b := forms.NewBinder(np, env)
	charge := b.Text(model.PathScalingGroupInstanceChargeType)
	spot := b.Text(model.PathScalingGroupSpotStrategy)
	autoScale := b.Tri(model.PathAutoScalingEnable)

	vsw, vswSel, vswIn := forms.NewPickMany(b, forms.PickSpec{
		Key: model.PathScalingGroupVSwitchIDs, What: "vSwitches", AccountChecked: true,
	}, stringList(np, model.PathScalingGroupVSwitchIDs), 8, env.CurrentTarget, func(t forms.Target) ([]forms.Choice, error) {
		if env.Catalog == nil {
			return nil, forms.ErrNoCatalog
		}
		return env.Catalog.VSwitches(t)
	}, b.Check(model.PathScalingGroupVSwitchIDs))

	type typeQuery struct {
		Target   forms.Target
		VSwitch  []string
		Charge   string
		Strategy string
	}
	types, typeSel, typeIn := forms.NewPickMany(b, forms.PickSpec{
		Key: model.PathScalingGroupInstanceTypes, What: "instance types",
	}, stringList(np, model.PathScalingGroupInstanceTypes), instanceTypeLimit, func() typeQuery { return typeQuery{env.CurrentTarget(), vsw.Values(), *charge, *spot} }, func(q typeQuery) ([]forms.Choice, error) {
		if env.Catalog == nil {
			return nil, forms.ErrNoCatalog
		}
		return env.Catalog.InstanceTypes(q.Target, q.VSwitch, q.Charge, q.Strategy)
	}, b.Check(model.PathScalingGroupInstanceTypes))
	if pricer, ok := env.Catalog.(forms.Pricer); ok {
		typeSel.WithPrices(typePrices(pricer, env, np, vsw, charge, spot))
	}

	vswPath, typePath := model.MustPath(model.PathScalingGroupVSwitchIDs), model.MustPath(model.PathScalingGroupInstanceTypes)
	b.OnSync(func(np *model.NodePool) {
		forms.SetValue(np, vswPath, forms.NonEmpty(vsw.Values()))
		forms.SetValue(np, typePath, forms.NonEmpty(types.Values()))
	})

	prePaid := func() bool { return *charge == "PrePaid" }
	// The scaling group's own problems (it is missing) belong here, with its required children.
	return b.Step(forms.StepInstances, "Instances & scaling", []string{model.PathScalingGroup, model.PathAutoScaling, model.PathCount},
		b.Group("vSwitches", vswSel),
		b.GroupIf(vsw.Typing, "vSwitches", vswIn),
		b.Group("Instance types", typeSel),
		b.GroupIf(types.Typing, "Instance types", typeIn),
		b.Group("Billing",
			b.EnumSelectOn(charge, model.PathScalingGroupInstanceChargeType),
		),
		b.AppliesIf(prePaid, "Subscription",
			b.Field(model.PathScalingGroupPeriod),
			b.RequiredEnumSelect(model.PathScalingGroupPeriodUnit),
			b.Field(model.PathScalingGroupAutoRenew),
			b.Field(model.PathScalingGroupAutoRenewPeriod),
		),
		b.AppliesIf(forms.Not(prePaid), "Spot instances",
			b.EnumSelectOn(spot, model.PathScalingGroupSpotStrategy),
		),
		b.AppliesIf(func() bool { return !prePaid() && *spot == "SpotWithPriceLimit" }, "Spot price limits",
			forms.ListText(b, model.PathScalingGroupSpotPriceLimit, spotPriceCodec()),
		),
		b.Group("Pool size",
			b.TriSelectOn(autoScale, model.PathAutoScalingEnable),
		),
		b.AppliesIf(forms.Not(func() bool { return *autoScale == forms.TriOn }), "Pool size",
			b.Field(model.PathScalingGroupDesiredSize),
		),
		b.AppliesIf(func() bool { return *autoScale == forms.TriOn }, "Auto scaling",
			b.Field(model.PathAutoScalingMinInstances),
			b.Field(model.PathAutoScalingMaxInstances),
			b.Field(model.PathAutoScalingType),
		),
		b.Group("Zones and capacity mix",
			b.Field(model.PathScalingGroupMultiAZPolicy),
			b.Field(model.PathScalingGroupOnDemandBaseCapacity),
			b.Field(model.PathScalingGroupOnDemandPercentageAboveBaseCapacity),
			b.Field(model.PathScalingGroupSpotInstancePools),
			b.Field(model.PathScalingGroupCompensateWithOnDemand),
			b.Field(model.PathScalingGroupScalingPolicy),
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
