package api

import (
	"context"
	"strconv"
	"time"
)

// availableZones is the AvailableZones part of a DescribeAvailableResource answer.
type availableZones struct {
	AvailableZones struct {
		AvailableZone []struct {
			ZoneID             string `json:"ZoneId"`
			AvailableResources struct {
				AvailableResource []struct {
					Type               string
					SupportedResources struct {
						SupportedResource []struct {
							Value, Status string
							Min, Max      int
						}
					}
				}
			}
		}
	}
}

// InstanceTypeStock returns the stock status of every type offered in a zone.
func (c *SDKClient) InstanceTypeStock(ctx context.Context, q AvailabilityQuery) (map[string]string, error) {
	charge := q.InstanceChargeType
	if charge == "" {
		charge = "PostPaid"
	}
	params := map[string]string{"RegionId": q.Region, "DestinationResource": "InstanceType",
		"ZoneId": q.ZoneID, "InstanceChargeType": charge, "IoOptimized": "optimized", "NetworkCategory": "vpc"}
	setIf(params, "SpotStrategy", q.SpotStrategy)
	var resp availableZones
	if err := c.read(ctx, rpc(ProductECS, q.Region, "DescribeAvailableResource", params), &resp); err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, z := range resp.AvailableZones.AvailableZone {
		for _, r := range z.AvailableResources.AvailableResource {
			if r.Type != "InstanceType" {
				continue
			}
			for _, s := range r.SupportedResources.SupportedResource {
				out[s.Value] = s.Status
			}
		}
	}
	return out, nil
}

// DiskCategories returns the disk categories an instance type can use, per zone.
func (c *SDKClient) DiskCategories(ctx context.Context, q DiskQuery) ([]DiskCategory, error) {
	charge := q.InstanceChargeType
	if charge == "" {
		charge = "PostPaid"
	}
	params := map[string]string{"RegionId": q.Region, "DestinationResource": q.Destination,
		"InstanceType": q.InstanceType, "InstanceChargeType": charge, "IoOptimized": "optimized",
		"NetworkCategory": "vpc", "ResourceType": "instance"}
	setIf(params, "ZoneId", q.ZoneID)
	var resp availableZones
	if err := c.read(ctx, rpc(ProductECS, q.Region, "DescribeAvailableResource", params), &resp); err != nil {
		return nil, err
	}
	var out []DiskCategory
	for _, z := range resp.AvailableZones.AvailableZone {
		for _, r := range z.AvailableResources.AvailableResource {
			if r.Type != q.Destination {
				continue
			}
			for _, s := range r.SupportedResources.SupportedResource {
				out = append(out, DiskCategory{ZoneID: z.ZoneID, Category: s.Value, Status: s.Status, MinGiB: s.Min, MaxGiB: s.Max})
			}
		}
	}
	return out, nil
}

// describeTypesBatch is how many types one DescribeInstanceTypes call may name.
const describeTypesBatch = 10

// DescribeInstanceTypes returns the catalog entries of the given types, ten per call.
func (c *SDKClient) DescribeInstanceTypes(ctx context.Context, region string, ids []string) ([]InstanceType, error) {
	var out []InstanceType
	for start := 0; start < len(ids); start += describeTypesBatch {
		end := min(start+describeTypesBatch, len(ids))
		q := map[string]string{"MaxResults": strconv.Itoa(describeTypesBatch)}
		for i, id := range ids[start:end] {
			q["InstanceTypes."+strconv.Itoa(i+1)] = id
		}
		var resp struct {
			InstanceTypes struct{ InstanceType []InstanceType }
		}
		if err := c.read(ctx, rpc(ProductECS, region, "DescribeInstanceTypes", q), &resp); err != nil {
			return nil, err
		}
		out = append(out, resp.InstanceTypes.InstanceType...)
	}
	return out, nil
}

// DescribePrice prices one instance with its disks and bandwidth.
func (c *SDKClient) DescribePrice(ctx context.Context, q PriceQuery) (*Price, error) {
	unit, period := q.PriceUnit, q.Period
	if unit == "" {
		unit = "Hour"
	}
	if period <= 0 {
		period = 1
	}
	params := map[string]string{"RegionId": q.Region, "ResourceType": "instance", "InstanceType": q.InstanceType,
		"InstanceNetworkType": "vpc", "IoOptimized": "optimized", "PriceUnit": unit, "Period": strconv.Itoa(period), "Amount": "1"}
	setDisk(params, "SystemDisk.", q.SystemDisk)
	for i, d := range q.DataDisks {
		setDisk(params, "DataDisk."+strconv.Itoa(i+1)+".", d)
	}
	if q.InternetMaxBandwidthOut > 0 {
		setIf(params, "InternetChargeType", q.InternetChargeType)
		params["InternetMaxBandwidthOut"] = strconv.Itoa(q.InternetMaxBandwidthOut)
	}
	var resp struct {
		PriceInfo struct {
			Price struct {
				Currency                                 string
				OriginalPrice, DiscountPrice, TradePrice float64
				DetailInfos                              struct{ DetailInfo []PriceDetail }
			}
		}
	}
	if err := c.read(ctx, rpc(ProductECS, q.Region, "DescribePrice", params), &resp); err != nil {
		return nil, err
	}
	p := resp.PriceInfo.Price
	return &Price{Currency: p.Currency, OriginalPrice: p.OriginalPrice, DiscountPrice: p.DiscountPrice,
		TradePrice: p.TradePrice, Details: p.DetailInfos.DetailInfo}, nil
}

func setDisk(params map[string]string, prefix string, d Disk) {
	setIf(params, prefix+"Category", d.Category)
	if d.SizeGiB > 0 {
		params[prefix+"Size"] = strconv.Itoa(d.SizeGiB)
	}
	setIf(params, prefix+"PerformanceLevel", d.PerformanceLevel)
}

// spotHistoryPages bounds how many pages of spot prices one lookup reads.
const spotHistoryPages = 10

// SpotPriceHistory returns the last day's spot prices of a type in every zone.
func (c *SDKClient) SpotPriceHistory(ctx context.Context, region, instanceType string) ([]SpotPrice, error) {
	var out []SpotPrice
	offset := 0
	end := c.opts.Clock.Now().UTC()
	for page := 0; page < spotHistoryPages; page++ {
		q := map[string]string{"RegionId": region, "InstanceType": instanceType, "NetworkType": "vpc",
			"IoOptimized": "optimized", "OSType": "linux",
			"StartTime": end.Add(-24 * time.Hour).Format("2006-01-02T15:04:05Z"), "EndTime": end.Format("2006-01-02T15:04:05Z")}
		if offset > 0 {
			q["Offset"] = strconv.Itoa(offset)
		}
		var resp struct {
			NextOffset int
			SpotPrices struct{ SpotPriceType []SpotPrice }
		}
		if err := c.read(ctx, rpc(ProductECS, region, "DescribeSpotPriceHistory", q), &resp); err != nil {
			return nil, err
		}
		out = append(out, resp.SpotPrices.SpotPriceType...)
		if resp.NextOffset <= offset {
			return out, nil
		}
		offset = resp.NextOffset
	}
	return out, nil
}

// UserQuota returns the account's ACK quotas.
func (c *SDKClient) UserQuota(ctx context.Context, region string) (*UserQuota, error) {
	var out UserQuota
	if err := c.read(ctx, roa(region, "DescribeUserQuota", "GET", "/quota"), &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// AccountAttributes returns ECS account attributes by name (the first value of each).
func (c *SDKClient) AccountAttributes(ctx context.Context, region string, names []string) (map[string]string, error) {
	q := map[string]string{"RegionId": region}
	for i, n := range names {
		q["AttributeName."+strconv.Itoa(i+1)] = n
	}
	var resp struct {
		AccountAttributeItems struct {
			AccountAttributeItem []struct {
				AttributeName   string
				AttributeValues struct {
					ValueItem []struct{ Value string }
				}
			}
		}
	}
	if err := c.read(ctx, rpc(ProductECS, region, "DescribeAccountAttributes", q), &resp); err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, it := range resp.AccountAttributeItems.AccountAttributeItem {
		if len(it.AttributeValues.ValueItem) > 0 {
			out[it.AttributeName] = it.AttributeValues.ValueItem[0].Value
		}
	}
	return out, nil
}

// CheckServiceRoles reports whether each service role is authorized.
func (c *SDKClient) CheckServiceRoles(ctx context.Context, region string, names []string) ([]ServiceRole, error) {
	type role struct {
		Name string `json:"name"`
	}
	roles := make([]role, len(names))
	for i, n := range names {
		roles[i] = role{n}
	}
	r := roa(region, "CheckServiceRole", "POST", "/ram/check-service-role")
	r.body = map[string]any{"roles": roles}
	var resp struct {
		Roles []ServiceRole `json:"roles"`
	}
	if err := c.read(ctx, r, &resp); err != nil {
		return nil, err
	}
	return resp.Roles, nil
}
