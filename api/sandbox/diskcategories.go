package sandbox

import "strings"

// defaultDiskCategories are the cloud disk categories most families can attach.
var defaultDiskCategories = []string{"cloud_essd", "cloud_auto", "cloud_efficiency", "cloud_ssd"}

// restrictedDiskCategories lists the families that attach only some categories: the
// older generation 5 families have no ESSD, the burstable t6 only basic and entry
// disks, GPU and bare metal families only ESSD and ESSD AutoPL.
var restrictedDiskCategories = []struct {
	families   []string // exact family names
	prefixes   []string // family name prefixes
	categories []string
}{
	{families: []string{"ecs.g5", "ecs.c5", "ecs.r5", "ecs.u1"}, categories: []string{"cloud_efficiency", "cloud_ssd"}},
	{families: []string{"ecs.t6"}, categories: []string{"cloud_efficiency", "cloud_essd_entry", "cloud_auto"}},
	{prefixes: []string{"ecs.gn", "ecs.sgn", "ecs.vgn", "ecs.ebm"}, categories: []string{"cloud_essd", "cloud_auto"}},
}

// diskCategoriesFor returns the disk categories an instance type can use as system
// or data disks.
func diskCategoriesFor(t InstanceType) []string {
	for _, r := range restrictedDiskCategories {
		if contains(r.families, t.Family) {
			return r.categories
		}
		for _, p := range r.prefixes {
			if strings.HasPrefix(t.Family, p) {
				return r.categories
			}
		}
	}
	return defaultDiskCategories
}

// diskResources answers the SystemDisk and DataDisk forms of DescribeAvailableResource
// for one zone: every category, or those of InstanceType when it is given.
func (h *Handler) diskResources(c *call, dest, zone string) []any {
	categories := defaultDiskCategories
	if name := c.query.Get("InstanceType"); name != "" {
		t, ok := h.account.instanceType(name)
		if !ok || h.account.Availability(zone, name) == "" {
			return nil
		}
		categories = diskCategoriesFor(t)
	}
	if want := c.query.Get(dest + "Category"); want != "" {
		if !contains(categories, want) {
			return nil
		}
		categories = []string{want}
	}
	min, max := 20, 2048
	if dest == "DataDisk" {
		max = 32768
	}
	out := make([]any, 0, len(categories))
	for _, d := range categories {
		out = append(out, map[string]any{"Value": d, "Status": "Available", "StatusCategory": "WithStock", "Min": min, "Max": max, "Unit": "GiB"})
	}
	return out
}

// instanceType finds a type of the catalog by ID.
func (a *Account) instanceType(id string) (InstanceType, bool) {
	for _, t := range a.InstanceTypes {
		if t.ID == id {
			return t, true
		}
	}
	return InstanceType{}, false
}
