package api

import "context"

// Preflight is the calls that check a pool before it is created and price it:
// stock, disk categories, quotas, service roles and prices.
type Preflight interface {
	// InstanceTypeStock returns the stock status of every instance type offered in a
	// zone, "Available" or "SoldOut" by type ID (ECS DescribeAvailableResource with
	// DestinationResource=InstanceType).
	InstanceTypeStock(ctx context.Context, q AvailabilityQuery) (map[string]string, error)
	// DiskCategories returns the disk categories an instance type can use in each zone
	// (DescribeAvailableResource with DestinationResource=SystemDisk or DataDisk).
	DiskCategories(ctx context.Context, q DiskQuery) ([]DiskCategory, error)
	// DescribeInstanceTypes returns the catalog entries of the given types (ECS
	// DescribeInstanceTypes with InstanceTypes.N, ten per call).
	DescribeInstanceTypes(ctx context.Context, region string, ids []string) ([]InstanceType, error)
	// DescribePrice prices one instance type with its disks and bandwidth (ECS DescribePrice).
	DescribePrice(ctx context.Context, q PriceQuery) (*Price, error)
	// SpotPriceHistory returns the recent spot prices of a type in every zone of a
	// region that offers it (ECS DescribeSpotPriceHistory, all pages).
	SpotPriceHistory(ctx context.Context, region, instanceType string) ([]SpotPrice, error)
	// UserQuota returns the account's ACK quotas (CS DescribeUserQuota).
	UserQuota(ctx context.Context, region string) (*UserQuota, error)
	// AccountAttributes returns ECS account attributes such as the vCPU quotas by name
	// (ECS DescribeAccountAttributes).
	AccountAttributes(ctx context.Context, region string, names []string) (map[string]string, error)
	// CheckServiceRoles reports whether each service role is authorized (CS CheckServiceRole).
	CheckServiceRoles(ctx context.Context, region string, names []string) ([]ServiceRole, error)
}

// DiskQuery asks which disk categories an instance type can use.
type DiskQuery struct {
	Region             string
	ZoneID             string // empty asks for every zone of the region
	InstanceType       string
	Destination        string // SystemDisk or DataDisk
	InstanceChargeType string // PostPaid or PrePaid; empty means PostPaid
}

// DiskCategory is one category offered in a zone, with its size bounds.
type DiskCategory struct {
	ZoneID   string
	Category string
	Status   string // Available or SoldOut
	MinGiB   int
	MaxGiB   int
}

// PriceQuery is what DescribePrice prices: one instance with its disks and
// bandwidth, per hour or for a subscription period.
type PriceQuery struct {
	Region       string
	InstanceType string
	SystemDisk   Disk
	DataDisks    []Disk
	// PriceUnit is Hour for pay-as-you-go, Week, Month or Year for a subscription.
	PriceUnit string
	Period    int // subscription length in PriceUnit; 1 for Hour
	// InternetChargeType and InternetMaxBandwidthOut price public bandwidth when set.
	InternetChargeType      string
	InternetMaxBandwidthOut int
}

// Disk is a disk to price.
type Disk struct {
	Category         string
	SizeGiB          int
	PerformanceLevel string
}

// Price is DescribePrice's answer: the totals and one line per resource
// (instanceType, systemDisk, dataDisk, bandwidth), all for the queried period.
type Price struct {
	Currency      string
	OriginalPrice float64
	DiscountPrice float64
	TradePrice    float64
	Details       []PriceDetail
}

// Resource returns the trade price of one resource of the answer (the data disks
// summed), and whether the answer has it.
func (p *Price) Resource(name string) (float64, bool) {
	sum, found := 0.0, false
	for _, d := range p.Details {
		if d.Resource == name {
			sum, found = sum+d.TradePrice, true
		}
	}
	return sum, found
}

// PriceDetail is the price of one resource.
type PriceDetail struct {
	Resource      string  `json:"Resource"`
	OriginalPrice float64 `json:"OriginalPrice"`
	DiscountPrice float64 `json:"DiscountPrice"`
	TradePrice    float64 `json:"TradePrice"`
}

// SpotPrice is one point of a spot price history.
type SpotPrice struct {
	ZoneID       string  `json:"ZoneId"`
	InstanceType string  `json:"InstanceType"`
	SpotPrice    float64 `json:"SpotPrice"`
	OriginPrice  float64 `json:"OriginPrice"`
	Timestamp    string  `json:"Timestamp"`
}

// UserQuota is the part of DescribeUserQuota a pool can reach.
type UserQuota struct {
	NodePoolsPerCluster int `json:"cluster_nodepool_quota"`
	NodesPerCluster     int `json:"node_quota"`
	Clusters            int `json:"cluster_quota"`
}

// ServiceRole is one answer of CheckServiceRole.
type ServiceRole struct {
	Name    string `json:"name"`
	Granted bool   `json:"granted"`
	Message string `json:"message"`
}
