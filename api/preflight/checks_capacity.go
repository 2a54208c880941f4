package preflight

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"ackpool/api"
	"ackpool/model"
)

// Check IDs. They are stable: scripts may match on them.
const (
	IDClusterState   = "cluster.state"
	IDVSwitchFound   = "vswitch.found"
	IDVSwitchIPs     = "vswitch.ips"
	IDStock          = "stock"
	IDTypesExist     = "instance_types.exist"
	IDDiskSystem     = "disk.system"
	IDDiskData       = "disk.data"
	IDImageArch      = "image.arch"
	IDImageGPU       = "image.gpu"
	IDImageVersion   = "image.version"
	IDRuntime        = "runtime.version"
	IDQuotaNodePools = "quota.nodepools"
	IDQuotaNodes     = "quota.nodes"
	IDQuotaVCPU      = "quota.vcpu"
	IDRoles          = "roles"
	IDSecurityGroups = "security_groups"
	IDKeyPair        = "key_pair"
	IDPrice          = "price"
	IDSpotLimit      = "spot.price_limit"
)

// checker derives checks from the request and the lookups.
type checker func(s spec, f *facts) []Check

// checkers run in this order; the result lists their checks in the same order.
var checkers = []checker{
	checkCluster, checkVSwitches, checkStock, checkTypesExist, checkSystemDisks, checkDataDisks,
	checkImage, checkRuntime, checkQuotaNodePools, checkQuotaNodes, checkQuotaVCPU,
	checkRoles, checkSecurityGroups, checkKeyPair, checkPrices, checkSpotLimits,
}

func check(id string, st Status, path, format string, args ...any) Check {
	return Check{ID: id, Status: st, Path: path, Message: fmt.Sprintf(format, args...)}
}

// lookupFailed is the message of a check whose lookup failed: the call's summary.
func lookupFailed(what string, err error) string {
	var e *api.Error
	if errors.As(err, &e) {
		return fmt.Sprintf("could not read %s (%s: %s); run the plan again, or check the account's permissions", what, e.Action, e.Summary())
	}
	return fmt.Sprintf("could not read %s (%v); run the plan again", what, err)
}

// stockMatrix builds the type x zone matrix of the pool's types and zones.
func stockMatrix(s spec, f *facts) Stock {
	m := Stock{Types: uniq(s.types), Zones: f.zones, Status: map[string]map[string]string{}}
	for _, t := range m.Types {
		row := map[string]string{}
		for _, z := range f.zones {
			if f.stockErr[z] != nil {
				row[z] = "unknown"
				continue
			}
			row[z] = f.stock[z][t]
		}
		m.Status[t] = row
	}
	return m
}

// checkVSwitches wants every vSwitch in the cluster's VPC and enough free IPs for
// the desired size (and, as a warning, for the maximum).
func checkVSwitches(s spec, f *facts) []Check {
	const path = model.PathScalingGroupVSwitchIDs
	switch {
	case f.cluster == nil:
		return nil
	case len(s.vswitches) == 0:
		return []Check{check(IDVSwitchIPs, Unknown, path, "no vSwitches chosen; set scaling_group.vswitch_ids to vSwitches of the cluster's VPC %s", f.cluster.VpcID)}
	case f.vswErr != nil:
		return []Check{check(IDVSwitchIPs, Unknown, path, "%s", lookupFailed("the VPC's vSwitches", f.vswErr))}
	}
	var out []Check
	free, found := 0, 0
	for i, id := range s.vswitches {
		v, ok := f.vswitches[id]
		if !ok {
			out = append(out, check(IDVSwitchFound, Fail, fmt.Sprintf("%s[%d]", path, i),
				"vSwitch %s is not in the cluster's VPC %s; pick one of that VPC's vSwitches (`ackpool vswitches --cluster ID` lists them)", id, f.cluster.VpcID))
			continue
		}
		found++
		free += int(v.AvailableIPs)
	}
	if found == 0 {
		return out
	}
	if len(out) == 0 {
		out = append(out, check(IDVSwitchFound, OK, path, "%s in the cluster's VPC %s", all(found, "vSwitch", "is", "are"), f.cluster.VpcID))
	}
	need, most := s.desired, s.maxNodes()
	switch {
	case free < need:
		out = append(out, check(IDVSwitchIPs, Fail, path,
			"the vSwitches have %d free IPs, the pool needs %d at its desired size; add a vSwitch with free IPs or lower the node count", free, need))
	case free < most:
		out = append(out, check(IDVSwitchIPs, Warn, path,
			"the vSwitches have %d free IPs: the pool fits at %d nodes but not at its maximum of %d; add a vSwitch or lower max_instances", free, need, most))
	default:
		out = append(out, check(IDVSwitchIPs, OK, path, "%d free IPs in %s for up to %d nodes", free, count(found, "vSwitch"), most))
	}
	for i, id := range s.vswitches {
		if v, ok := f.vswitches[id]; ok && len(s.vswitches) > 1 && int(v.AvailableIPs)*len(s.vswitches) < most {
			out = append(out, check(IDVSwitchIPs, Warn, fmt.Sprintf("%s[%d]", path, i),
				"vSwitch %s (%s) has only %d free IPs; nodes meant for its zone go elsewhere once it is full", id, v.ZoneID, v.AvailableIPs))
		}
	}
	return out
}

// checkStock fails when no type of the pool is in stock in a zone it uses and warns
// about each type that is sold out or not offered in one of them.
func checkStock(s spec, f *facts) []Check {
	const path = model.PathScalingGroupInstanceTypes
	if f.cluster == nil || len(f.zones) == 0 || len(s.types) == 0 {
		return nil
	}
	var out, warns []Check
	for _, z := range f.zones {
		if err := f.stockErr[z]; err != nil {
			out = append(out, check(IDStock, Unknown, path, "%s", lookupFailed("the stock of "+z, err)))
			continue
		}
		var in, missing []string
		for _, t := range uniq(s.types) {
			switch f.stock[z][t] {
			case "Available":
				in = append(in, t)
			case "SoldOut":
				missing = append(missing, t+" (sold out)")
			default:
				missing = append(missing, t+" (not offered)")
			}
		}
		if len(in) == 0 {
			out = append(out, check(IDStock, Fail, path, "no instance type of the pool is in stock in %s: %s; add a type in stock there%s, or drop that zone's vSwitch",
				z, strings.Join(missing, ", "), suggestTypes(f.stock[z], s.types)))
			continue
		}
		if len(missing) > 0 {
			warns = append(warns, check(IDStock, Warn, path, "in %s: %s; nodes there use %s", z, strings.Join(missing, ", "), strings.Join(in, ", ")))
		}
	}
	out = append(out, warns...)
	if len(out) == 0 {
		out = append(out, check(IDStock, OK, path, "%s in stock in %s", all(len(uniq(s.types)), "instance type", "is", "are"), strings.Join(f.zones, ", ")))
	}
	return out
}

// suggestTypes names up to three types in stock in a zone with the same size as one
// of the pool's types.
func suggestTypes(stock map[string]string, types []string) string {
	sizes := map[string]bool{}
	for _, t := range types {
		if i := strings.LastIndexByte(t, '.'); i >= 0 {
			sizes[t[i:]] = true
		}
	}
	var out []string
	for t, st := range stock {
		if i := strings.LastIndexByte(t, '.'); st == "Available" && i >= 0 && sizes[t[i:]] && !strings.Contains(t, "gn") {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return ""
	}
	sort.Strings(out)
	return " (e.g. " + strings.Join(out[:min(3, len(out))], ", ") + ")"
}

// checkTypesExist fails on a type the catalog does not know.
func checkTypesExist(s spec, f *facts) []Check {
	switch {
	case len(s.types) == 0:
		return nil
	case f.typesErr != nil:
		return []Check{check(IDTypesExist, Unknown, model.PathScalingGroupInstanceTypes, "%s", lookupFailed("the instance type catalog", f.typesErr))}
	case f.types == nil:
		return nil
	}
	var out []Check
	for i, t := range s.types {
		if _, ok := f.types[t]; !ok {
			out = append(out, check(IDTypesExist, Fail, fmt.Sprintf("scaling_group.instance_types[%d]", i),
				"%s is not an ECS instance type of this account; check the name (`ackpool instance-types --zone Z` lists the types in stock)", t))
		}
	}
	if len(out) == 0 {
		out = append(out, check(IDTypesExist, OK, model.PathScalingGroupInstanceTypes, "%s in the ECS catalog", all(len(f.types), "instance type", "is", "are")))
	}
	return out
}

// checkSystemDisks fails on a type that supports none of the system disk categories.
func checkSystemDisks(s spec, f *facts) []Check {
	path := model.PathScalingGroupSystemDiskCategory
	if len(s.systemCategories) > 1 {
		path = model.PathScalingGroupSystemDiskCategories
	}
	d := diskTarget{id: IDDiskSystem, path: path, sizePath: model.PathScalingGroupSystemDiskSize, kind: "system",
		categories: s.systemCategories, size: s.systemDisk.SizeGiB}
	return diskChecks(d, s, f, f.systemDisks)
}

// checkDataDisks fails on a type that cannot attach a data disk's category.
func checkDataDisks(s spec, f *facts) []Check {
	var out []Check
	for i, d := range s.dataDisks {
		at := fmt.Sprintf("scaling_group.data_disks[%d]", i)
		t := diskTarget{id: IDDiskData, path: at + ".category", sizePath: at + ".size", kind: "data",
			categories: []string{d.Category}, size: d.SizeGiB}
		out = append(out, diskChecks(t, s, f, f.dataDisks)...)
	}
	return out
}

// diskTarget is one disk of the request: its categories in the order the service
// tries them, its size, and the paths to name.
type diskTarget struct {
	id, path, sizePath, kind string
	categories               []string
	size                     int
}

// diskChecks checks one disk against each type.
func diskChecks(d diskTarget, s spec, f *facts, offered map[string][]api.DiskCategory) []Check {
	id, path, categories, size, kind := d.id, d.path, d.categories, d.size, d.kind
	var out []Check
	bad := 0
	for _, t := range uniq(s.types) {
		if err := f.diskErr[t]; err != nil {
			out = append(out, check(id, Unknown, path, "%s", lookupFailed("the disk categories of "+t, err)))
			bad++
			continue
		}
		if !offeredSomewhere(f, t) {
			continue // the stock check reports it
		}
		supported := supportedCategories(offered[t], f.zones)
		var usable []string
		for _, c := range categories {
			if b, ok := supported[c]; ok {
				usable = append(usable, c)
				if size > 0 && (size < b[0] || (b[1] > 0 && size > b[1])) {
					out = append(out, check(id, Fail, d.sizePath,
						"%s %s disks of %s must be %d-%d GiB, not %d", t, c, kind, b[0], b[1], size))
					bad++
				}
			}
		}
		if len(usable) == 0 {
			out = append(out, check(id, Fail, path, "%s cannot use %s as its %s disk (it supports %s); choose one of those or another instance type",
				t, strings.Join(categories, " or "), kind, joinKeys(supported)))
			bad++
		}
	}
	if bad == 0 && len(s.types) > 0 {
		out = append(out, check(id, OK, path, "%s %s disk fits the instance types", strings.Join(categories, "/"), kind))
	}
	return out
}

// supportedCategories returns the categories offered in at least one of the zones
// (any zone when zones is empty) with their size bounds.
func supportedCategories(list []api.DiskCategory, zones []string) map[string][2]int {
	out := map[string][2]int{}
	for _, d := range list {
		if d.Status != "Available" || (len(zones) > 0 && !contains(zones, d.ZoneID)) {
			continue
		}
		out[d.Category] = [2]int{d.MinGiB, d.MaxGiB}
	}
	return out
}

// offeredSomewhere reports whether a type is offered (in stock or sold out) in a
// zone of the pool; true when the stock is not known.
func offeredSomewhere(f *facts, t string) bool {
	known := false
	for _, z := range f.zones {
		if f.stockErr[z] != nil {
			continue
		}
		known = true
		if f.stock[z][t] != "" {
			return true
		}
	}
	return !known
}

func joinKeys[V any](m map[string]V) string {
	if len(m) == 0 {
		return "none in these zones"
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ", ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// all is "the vSwitch is" for one and "all 3 vSwitches are" for more.
func all(n int, noun, one, many string) string {
	if n == 1 {
		return "the " + noun + " " + one
	}
	return "all " + count(n, noun) + " " + many
}

// count is "1 vSwitch" or "3 vSwitches".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "h") {
		return fmt.Sprintf("%d %ses", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
