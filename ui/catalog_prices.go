package ui

import (
	"context"
	"slices"
	"strings"

	"ackpool/api/preflight"
	"ackpool/forms"
	"ackpool/model"
)

// The instance-type list's prices come from the catalog's Planner, the one the
// wizard's estimate plans with, so a type priced for the list is not priced again by
// the estimate (and the other way round): its cache is per region, type, disks and
// billing.

var _ forms.Pricer = (*Catalog)(nil)

// Planner is the catalog's preflight planner, which the wizard's estimate shares.
func (c *Catalog) Planner() *preflight.Planner { return c.planner }

// TypePriceKey implements forms.Pricer: the region, the chosen vSwitches and the
// request's price inputs.
func (c *Catalog) TypePriceKey(t forms.Target, vswitchIDs []string, np *model.NodePool) string {
	ids := slices.Sorted(slices.Values(vswitchIDs))
	return t.Region + "|" + strings.Join(ids, ",") + "|" + preflight.PriceInputs(np)
}

// TypePrices implements forms.Pricer: one node of each type in the region, at the
// spot price of the chosen vSwitches' zones for a spot pool.
func (c *Catalog) TypePrices(t forms.Target, vswitchIDs []string, np *model.NodePool, types []string) map[string]forms.Price {
	var zones []string
	if vs, err := c.vswitches(t); err == nil {
		for _, v := range vs {
			if slices.Contains(vswitchIDs, v.VSwitchID) && !slices.Contains(zones, v.ZoneID) {
				zones = append(zones, v.ZoneID)
			}
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), lookupTimeout)
	defer cancel()
	got := c.planner.PriceTypes(ctx, t.Region, zones, np, types)
	out := make(map[string]forms.Price, len(got))
	for ty, p := range got {
		out[ty] = forms.Price{Hourly: p.Hourly, Currency: p.Currency, Spot: p.Spot, Err: p.Err}
	}
	return out
}
