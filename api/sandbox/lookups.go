package sandbox

import (
	"strconv"
	"strings"
)

// regionOf reads RegionId and finds it.
func (h *Handler) regionOf(c *call) (*Region, *cloudError) {
	id := c.query.Get("RegionId")
	if id == "" {
		return nil, badRequest("MissingRegionId", "RegionId is mandatory for this action.")
	}
	reg, ok := h.account.Region(id)
	if !ok {
		return nil, badRequest("InvalidRegionId.NotFound", "The specified RegionId %s does not exist in this sandbox.", id)
	}
	return reg, nil
}

// describeVSwitches serves VPC DescribeVSwitches.
func (h *Handler) describeVSwitches(c *call) (any, *cloudError) {
	reg, cerr := h.regionOf(c)
	if cerr != nil {
		return nil, cerr
	}
	page, size, cerr := paging(c, "PageNumber", "PageSize", 10, 50)
	if cerr != nil {
		return nil, cerr
	}
	var items []any
	for _, vpc := range reg.VPCs {
		if v := c.query.Get("VpcId"); v != "" && v != vpc.ID {
			continue
		}
		for _, s := range vpc.VSwitches {
			if z := c.query.Get("ZoneId"); z != "" && z != s.ZoneID {
				continue
			}
			items = append(items, map[string]any{
				"VSwitchId": s.ID, "VSwitchName": s.Name, "VpcId": s.VpcID, "ZoneId": s.ZoneID, "CidrBlock": s.CIDR,
				"AvailableIpAddressCount": s.AvailableIPs, "Status": "Available", "IsDefault": false,
				"Description": "", "CreationTime": "2024-03-11T01:30:00Z", "ResourceGroupId": "", "ShareType": "Sharing",
				"RouteTable": map[string]any{"RouteTableId": "vtb-" + s.ID[4:], "RouteTableType": "System"},
				"Tags":       map[string]any{"Tag": []any{}},
			})
		}
	}
	return map[string]any{"RequestId": c.requestID, "TotalCount": len(items), "PageNumber": page, "PageSize": size,
		"VSwitches": map[string]any{"VSwitch": pageOf(items, page, size)}}, nil
}

// describeVpcs serves VPC DescribeVpcs.
func (h *Handler) describeVpcs(c *call) (any, *cloudError) {
	reg, cerr := h.regionOf(c)
	if cerr != nil {
		return nil, cerr
	}
	page, size, cerr := paging(c, "PageNumber", "PageSize", 10, 50)
	if cerr != nil {
		return nil, cerr
	}
	var items []any
	for _, vpc := range reg.VPCs {
		var ids []any
		for _, s := range vpc.VSwitches {
			ids = append(ids, s.ID)
		}
		items = append(items, map[string]any{"VpcId": vpc.ID, "VpcName": vpc.Name, "CidrBlock": vpc.CIDR, "RegionId": reg.ID,
			"Status": "Available", "IsDefault": false, "VSwitchIds": map[string]any{"VSwitchId": ids}})
	}
	return map[string]any{"RequestId": c.requestID, "TotalCount": len(items), "PageNumber": page, "PageSize": size,
		"Vpcs": map[string]any{"Vpc": pageOf(items, page, size)}}, nil
}

// describeZones serves ECS DescribeZones.
func (h *Handler) describeZones(c *call) (any, *cloudError) {
	reg, cerr := h.regionOf(c)
	if cerr != nil {
		return nil, cerr
	}
	var zones []any
	for _, z := range reg.Zones {
		var types []any
		for _, t := range h.account.InstanceTypes {
			if h.account.Availability(z, t.ID) == "Available" {
				types = append(types, t.ID)
			}
		}
		suffix := strings.ToUpper(z[len(z)-1:])
		zones = append(zones, map[string]any{
			"ZoneId": z, "LocalName": reg.Name + " Zone " + suffix, "ZoneType": "AvailabilityZone",
			"AvailableInstanceTypes":    map[string]any{"InstanceTypes": types},
			"AvailableDiskCategories":   map[string]any{"DiskCategories": []any{"cloud_essd", "cloud_auto", "cloud_efficiency", "cloud_ssd"}},
			"AvailableResourceCreation": map[string]any{"ResourceTypes": []any{"Instance", "Disk", "VSwitch"}},
		})
	}
	return map[string]any{"RequestId": c.requestID, "Zones": map[string]any{"Zone": zones}}, nil
}

// describeAvailableResource serves ECS DescribeAvailableResource for the
// InstanceType, SystemDisk and DataDisk destinations.
func (h *Handler) describeAvailableResource(c *call) (any, *cloudError) {
	reg, cerr := h.regionOf(c)
	if cerr != nil {
		return nil, cerr
	}
	dest := c.query.Get("DestinationResource")
	if dest == "" {
		return nil, badRequest("MissingDestinationResource", "DestinationResource is mandatory for this action.")
	}
	zones := reg.Zones
	if z := c.query.Get("ZoneId"); z != "" {
		if !contains(reg.Zones, z) {
			return nil, badRequest("InvalidZoneId.NotFound", "The specified zone %s does not exist in region %s.", z, reg.ID)
		}
		zones = []string{z}
	}
	var out []any
	for _, z := range zones {
		var supported []any
		switch dest {
		case "InstanceType":
			for _, t := range h.account.InstanceTypes {
				st := h.account.Availability(z, t.ID)
				if st == "" || (c.query.Get("InstanceType") != "" && c.query.Get("InstanceType") != t.ID) {
					continue
				}
				cat := "WithStock"
				if st == "SoldOut" {
					cat = "WithoutStock"
				}
				supported = append(supported, map[string]any{"Value": t.ID, "Status": st, "StatusCategory": cat})
			}
		case "SystemDisk", "DataDisk":
			supported = h.diskResources(c, dest, z)
		case "Zone":
			supported = append(supported, map[string]any{"Value": z, "Status": "Available", "StatusCategory": "WithStock"})
		default:
			return nil, badRequest("InvalidDestinationResource.ValueNotSupported", "The sandbox serves DestinationResource InstanceType, SystemDisk, DataDisk and Zone, not %q.", dest)
		}
		out = append(out, map[string]any{"RegionId": reg.ID, "ZoneId": z, "Status": "Available", "StatusCategory": "WithStock",
			"AvailableResources": map[string]any{"AvailableResource": []any{
				map[string]any{"Type": dest, "SupportedResources": map[string]any{"SupportedResource": supported}},
			}}})
	}
	return map[string]any{"RequestId": c.requestID, "AvailableZones": map[string]any{"AvailableZone": out}}, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// describeInstanceTypes serves ECS DescribeInstanceTypes with MaxResults/NextToken paging.
func (h *Handler) describeInstanceTypes(c *call) (any, *cloudError) {
	max := 1600
	if v := c.query.Get("MaxResults"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1600 {
			return nil, badRequest("InvalidParameter.MaxResults", "MaxResults must be between 1 and 1600, got %q.", v)
		}
		max = n
	}
	start := 0
	if tok := c.query.Get("NextToken"); tok != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(tok, "it-"))
		if err != nil || n < 0 || !strings.HasPrefix(tok, "it-") {
			return nil, badRequest("InvalidParameter.NextToken", "The NextToken %q is not valid.", tok)
		}
		start = n
	}
	wanted := indexedValues(c, "InstanceTypes")
	family := c.query.Get("InstanceTypeFamily")
	var matched []InstanceType
	for _, t := range h.account.InstanceTypes {
		if (len(wanted) > 0 && !contains(wanted, t.ID)) || (family != "" && family != t.Family) {
			continue
		}
		if arch := c.query.Get("CpuArchitecture"); arch != "" && arch != t.Arch {
			continue
		}
		matched = append(matched, t)
	}
	var items []any
	next := ""
	for i := start; i < len(matched) && len(items) < max; i++ {
		items = append(items, instanceTypeView(matched[i]))
		if len(items) == max && i+1 < len(matched) {
			next = "it-" + strconv.Itoa(i+1)
		}
	}
	if items == nil {
		items = []any{}
	}
	return map[string]any{"RequestId": c.requestID, "NextToken": next, "InstanceTypes": map[string]any{"InstanceType": items}}, nil
}

func instanceTypeView(t InstanceType) map[string]any {
	return map[string]any{
		"InstanceTypeId": t.ID, "InstanceTypeFamily": t.Family, "InstanceCategory": t.Category,
		"InstanceFamilyLevel": t.FamilyLevel, "CpuArchitecture": t.Arch, "CpuCoreCount": t.Cores,
		"MemorySize": t.MemoryGiB, "GPUAmount": t.GPUAmount, "GPUSpec": t.GPUSpec, "GPUMemorySize": t.GPUMemoryGiB,
		"EniQuantity": t.ENIs, "EniPrivateIpAddressQuantity": t.ENIPrivateIPs, "EniIpv6AddressQuantity": t.ENIPrivateIPs,
		"EniTotalQuantity": t.ENIs * 2, "EniTrunkSupported": t.Cores >= 4,
		"LocalStorageCategory": t.LocalStorage, "LocalStorageCapacity": t.LocalStorageGiB, "LocalStorageAmount": boolInt(t.LocalStorage != ""),
		"PhysicalProcessorModel": t.Processor, "NvmeSupport": "required",
		"SupportedBootModes": map[string]any{"SupportedBootMode": []any{"BIOS", "UEFI"}},
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// indexedValues collects Name.1, Name.2, ... parameters.
func indexedValues(c *call, name string) []string {
	var out []string
	for i := 1; ; i++ {
		v, ok := c.query[name+"."+strconv.Itoa(i)]
		if !ok || len(v) == 0 {
			return out
		}
		out = append(out, v[0])
	}
}

// describeSecurityGroups serves ECS DescribeSecurityGroups with NextToken paging.
func (h *Handler) describeSecurityGroups(c *call) (any, *cloudError) {
	reg, cerr := h.regionOf(c)
	if cerr != nil {
		return nil, cerr
	}
	max := 10
	if v := c.query.Get("MaxResults"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			return nil, badRequest("InvalidParameter.MaxResults", "MaxResults must be between 1 and 100, got %q.", v)
		}
		max = n
	}
	start := 0
	if tok := c.query.Get("NextToken"); tok != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(tok, "sg-page-"))
		if err != nil || n < 0 {
			return nil, badRequest("InvalidParameter.NextToken", "The NextToken %q is not valid.", tok)
		}
		start = n
	}
	var matched []any
	for _, g := range reg.SecurityGroups {
		if v := c.query.Get("VpcId"); v != "" && v != g.VpcID {
			continue
		}
		matched = append(matched, map[string]any{"SecurityGroupId": g.ID, "SecurityGroupName": g.Name, "SecurityGroupType": g.Type,
			"VpcId": g.VpcID, "Description": g.Description, "CreationTime": "2024-03-11T01:30:00Z", "ResourceGroupId": "",
			"ServiceManaged": false, "RuleCount": 6, "EcsCount": 12, "Tags": map[string]any{"Tag": []any{}}})
	}
	end, next := start+max, ""
	if end < len(matched) {
		next = "sg-page-" + strconv.Itoa(end)
	} else {
		end = len(matched)
	}
	page := []any{}
	if start < end {
		page = matched[start:end]
	}
	return map[string]any{"RequestId": c.requestID, "RegionId": reg.ID, "TotalCount": len(matched), "NextToken": next,
		"SecurityGroups": map[string]any{"SecurityGroup": page}}, nil
}

// describeKeyPairs serves ECS DescribeKeyPairs.
func (h *Handler) describeKeyPairs(c *call) (any, *cloudError) {
	reg, cerr := h.regionOf(c)
	if cerr != nil {
		return nil, cerr
	}
	page, size, cerr := paging(c, "PageNumber", "PageSize", 10, 50)
	if cerr != nil {
		return nil, cerr
	}
	var items []any
	for _, k := range reg.KeyPairs {
		if n := c.query.Get("KeyPairName"); n != "" && !wildcardMatch(n, k.Name) {
			continue
		}
		items = append(items, map[string]any{"KeyPairName": k.Name, "KeyPairFingerPrint": k.FingerPrint,
			"CreationTime": "2024-03-11T01:30Z", "ResourceGroupId": "", "Tags": map[string]any{"Tag": []any{}}})
	}
	return map[string]any{"RequestId": c.requestID, "TotalCount": len(items), "PageNumber": page, "PageSize": size,
		"KeyPairs": map[string]any{"KeyPair": pageOf(items, page, size)}}, nil
}

// wildcardMatch matches a KeyPairName filter where "*" stands for any text.
func wildcardMatch(pattern, s string) bool {
	if !strings.Contains(pattern, "*") {
		return pattern == s
	}
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(s, parts[0]) {
		return false
	}
	s = s[len(parts[0]):]
	for _, p := range parts[1:] {
		i := strings.Index(s, p)
		if i < 0 {
			return false
		}
		s = s[i+len(p):]
	}
	return strings.HasSuffix(pattern, "*") || s == ""
}

// listResourceGroups serves ResourceManager ListResourceGroups.
func (h *Handler) listResourceGroups(c *call) (any, *cloudError) {
	page, size, cerr := paging(c, "PageNumber", "PageSize", 10, 100)
	if cerr != nil {
		return nil, cerr
	}
	var items []any
	for _, g := range h.account.ResourceGroups {
		if st := c.query.Get("Status"); st != "" && st != g.Status {
			continue
		}
		var regions []any
		for _, r := range h.account.Regions {
			regions = append(regions, map[string]any{"RegionId": r.ID, "Status": g.Status})
		}
		items = append(items, map[string]any{"Id": g.ID, "Name": g.Name, "DisplayName": g.DisplayName, "AccountId": "1234567890123456",
			"Status": g.Status, "CreateDate": "2024-03-11T01:30:00Z", "RegionStatuses": map[string]any{"RegionStatus": regions},
			"Tags": map[string]any{"Tag": []any{}}})
	}
	return map[string]any{"RequestId": c.requestID, "TotalCount": len(items), "PageNumber": page, "PageSize": size,
		"ResourceGroups": map[string]any{"ResourceGroup": pageOf(items, page, size)}}, nil
}
