package api

import (
	"context"
	"strconv"
)

// pageLoop collects numbered pages until a short page or the reported total is reached.
// fetch gets one page and returns how many items it held and the reported total.
func pageLoop(pageSize int, fetch func(page int) (got, total int, err error)) error {
	seen := 0
	for page := 1; ; page++ {
		got, total, err := fetch(page)
		if err != nil {
			return err
		}
		seen += got
		if got < pageSize || seen >= total {
			return nil
		}
	}
}

// ListVSwitches returns the vSwitches of a VPC (VPC DescribeVSwitches, all pages).
func (c *SDKClient) ListVSwitches(ctx context.Context, region, vpcID string) ([]VSwitch, error) {
	const size = 50
	var out []VSwitch
	err := pageLoop(size, func(page int) (int, int, error) {
		var resp struct {
			TotalCount int
			VSwitches  struct{ VSwitch []VSwitch }
		}
		q := map[string]string{"RegionId": region, "VpcId": vpcID, "PageNumber": strconv.Itoa(page), "PageSize": strconv.Itoa(size)}
		if err := c.read(ctx, rpc(ProductVPC, region, "DescribeVSwitches", q), &resp); err != nil {
			return 0, 0, err
		}
		out = append(out, resp.VSwitches.VSwitch...)
		return len(resp.VSwitches.VSwitch), resp.TotalCount, nil
	})
	return out, err
}

// ListZones returns the zones of a region (ECS DescribeZones).
func (c *SDKClient) ListZones(ctx context.Context, region string) ([]Zone, error) {
	var resp struct {
		Zones struct{ Zone []Zone }
	}
	q := map[string]string{"RegionId": region}
	if err := c.read(ctx, rpc(ProductECS, region, "DescribeZones", q), &resp); err != nil {
		return nil, err
	}
	return resp.Zones.Zone, nil
}

// AvailableInstanceTypes returns the IDs of instance types in stock in a zone
// (ECS DescribeAvailableResource with DestinationResource=InstanceType).
func (c *SDKClient) AvailableInstanceTypes(ctx context.Context, q AvailabilityQuery) ([]string, error) {
	charge := q.InstanceChargeType
	if charge == "" {
		charge = "PostPaid"
	}
	params := map[string]string{"RegionId": q.Region, "DestinationResource": "InstanceType",
		"ZoneId": q.ZoneID, "InstanceChargeType": charge, "IoOptimized": "optimized", "NetworkCategory": "vpc"}
	setIf(params, "SpotStrategy", q.SpotStrategy)
	var resp struct {
		AvailableZones struct {
			AvailableZone []struct {
				ZoneID             string `json:"ZoneId"`
				AvailableResources struct {
					AvailableResource []struct {
						Type               string
						SupportedResources struct {
							SupportedResource []struct{ Value, Status string }
						}
					}
				}
			}
		}
	}
	if err := c.read(ctx, rpc(ProductECS, q.Region, "DescribeAvailableResource", params), &resp); err != nil {
		return nil, err
	}
	var out []string
	for _, z := range resp.AvailableZones.AvailableZone {
		for _, r := range z.AvailableResources.AvailableResource {
			if r.Type != "InstanceType" {
				continue
			}
			for _, s := range r.SupportedResources.SupportedResource {
				if s.Status == "Available" {
					out = append(out, s.Value)
				}
			}
		}
	}
	return out, nil
}

// instanceTypePage is how many catalog entries ListInstanceTypes asks for per call.
const instanceTypePage = 100

// ListInstanceTypes returns the instance type catalog (ECS DescribeInstanceTypes, all pages).
func (c *SDKClient) ListInstanceTypes(ctx context.Context, region string) ([]InstanceType, error) {
	var out []InstanceType
	token := ""
	for {
		q := map[string]string{"MaxResults": strconv.Itoa(instanceTypePage)}
		setIf(q, "NextToken", token)
		var resp struct {
			NextToken     string
			InstanceTypes struct{ InstanceType []InstanceType }
		}
		if err := c.read(ctx, rpc(ProductECS, region, "DescribeInstanceTypes", q), &resp); err != nil {
			return nil, err
		}
		out = append(out, resp.InstanceTypes.InstanceType...)
		if resp.NextToken == "" || len(resp.InstanceTypes.InstanceType) == 0 {
			return out, nil
		}
		token = resp.NextToken
	}
}

// ListSecurityGroups returns the security groups of a VPC (ECS DescribeSecurityGroups, all pages).
func (c *SDKClient) ListSecurityGroups(ctx context.Context, region, vpcID string) ([]SecurityGroup, error) {
	var out []SecurityGroup
	token := ""
	for {
		q := map[string]string{"RegionId": region, "MaxResults": "100"}
		setIf(q, "VpcId", vpcID)
		setIf(q, "NextToken", token)
		var resp struct {
			NextToken      string
			SecurityGroups struct{ SecurityGroup []SecurityGroup }
		}
		if err := c.read(ctx, rpc(ProductECS, region, "DescribeSecurityGroups", q), &resp); err != nil {
			return nil, err
		}
		out = append(out, resp.SecurityGroups.SecurityGroup...)
		if resp.NextToken == "" || len(resp.SecurityGroups.SecurityGroup) == 0 {
			return out, nil
		}
		token = resp.NextToken
	}
}

// ListKeyPairs returns the region's key pairs (ECS DescribeKeyPairs, all pages).
func (c *SDKClient) ListKeyPairs(ctx context.Context, region string) ([]KeyPair, error) {
	const size = 50
	var out []KeyPair
	err := pageLoop(size, func(page int) (int, int, error) {
		var resp struct {
			TotalCount int
			KeyPairs   struct{ KeyPair []KeyPair }
		}
		q := map[string]string{"RegionId": region, "PageNumber": strconv.Itoa(page), "PageSize": strconv.Itoa(size)}
		if err := c.read(ctx, rpc(ProductECS, region, "DescribeKeyPairs", q), &resp); err != nil {
			return 0, 0, err
		}
		out = append(out, resp.KeyPairs.KeyPair...)
		return len(resp.KeyPairs.KeyPair), resp.TotalCount, nil
	})
	return out, err
}

// ListResourceGroups returns resource groups with Status=OK (ResourceManager, all pages).
func (c *SDKClient) ListResourceGroups(ctx context.Context) ([]ResourceGroup, error) {
	const size = 100
	var out []ResourceGroup
	err := pageLoop(size, func(page int) (int, int, error) {
		var resp struct {
			TotalCount     int
			ResourceGroups struct{ ResourceGroup []ResourceGroup }
		}
		q := map[string]string{"Status": "OK", "PageNumber": strconv.Itoa(page), "PageSize": strconv.Itoa(size)}
		if err := c.read(ctx, rpc(ProductResourceManager, c.opts.Region, "ListResourceGroups", q), &resp); err != nil {
			return 0, 0, err
		}
		out = append(out, resp.ResourceGroups.ResourceGroup...)
		return len(resp.ResourceGroups.ResourceGroup), resp.TotalCount, nil
	})
	return out, err
}
