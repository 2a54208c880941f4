package steps

import (
	"ackpool/forms"
	"ackpool/forms/multipick"
	"ackpool/model"
)

// typePrices is where the instance-type list gets its prices: the catalog prices a
// type as the request stands, with the billing this step is editing (its charge
// type and spot strategy reach the request only when the step syncs).
func typePrices(p forms.Pricer, env *forms.Env, np *model.NodePool, vsw *multipick.Selection, charge, spot *string) multipick.Prices {
	return multipick.Prices{
		Key: func() string { return p.TypePriceKey(env.CurrentTarget(), vsw.Values(), billed(np, *charge, *spot)) },
		Lookup: func() func([]string) map[string]multipick.Price {
			t, ids, body := env.CurrentTarget(), vsw.Values(), billed(np.Clone(), *charge, *spot)
			return func(types []string) map[string]multipick.Price { return p.TypePrices(t, ids, body, types) }
		},
	}
}

// billed is a shallow copy of np with the scaling group's charge type and spot
// strategy set (unset when empty); np itself is not changed.
func billed(np *model.NodePool, charge, spot string) *model.NodePool {
	c := *np
	var sg model.ScalingGroup
	if np.ScalingGroup != nil {
		sg = *np.ScalingGroup
	}
	sg.InstanceChargeType, sg.SpotStrategy = nonEmpty(charge), nonEmpty(spot)
	c.ScalingGroup = &sg
	return &c
}

// nonEmpty is s as an optional value: nil when empty.
func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
