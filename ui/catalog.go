package ui

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"ackpool/api"
	"ackpool/api/preflight"
	"ackpool/forms"
)

// lookupTimeout bounds one pick-list lookup; the retries inside the client count.
const lookupTimeout = 45 * time.Second

// commonRegions are offered after the client's own region; the region field also
// accepts any ID typed by hand.
func commonRegions() []string {
	return []string{
		"cn-hangzhou", "cn-shanghai", "cn-beijing", "cn-shenzhen", "cn-zhangjiakou", "cn-hongkong",
		"ap-southeast-1", "ap-northeast-1", "eu-central-1", "us-west-1",
	}
}

// Catalog is forms.Catalog over an api.Client. Blocking lookups are cached per key
// (safe for the concurrent calls huh makes from its commands); the cluster's pool
// names are written only by the wizard's Update (SetPoolNames) and read by the name
// validator, which also runs in Update.
type Catalog struct {
	client api.Client
	region string // the client's default region, offered first

	mu     sync.Mutex
	cache  map[string]any   // lookup key -> result
	failed map[string]error // lookup key -> the error of its last failed attempt

	pools map[string]map[string]bool // cluster ID -> pool names; Update only

	planner *preflight.Planner // prices the instance types (catalog_prices.go); the estimate shares it
	fullIDs bool               // labels show IDs in full (plain prompts: nothing is cut to fit)
}

// NewCatalog returns a catalog over client.
func NewCatalog(client api.Client) *Catalog {
	return &Catalog{
		client:  client,
		region:  client.Target().Region,
		cache:   map[string]any{},
		failed:  map[string]error{},
		pools:   map[string]map[string]bool{},
		planner: preflight.New(client),
	}
}

var _ forms.Catalog = (*Catalog)(nil)

// WithFullIDs makes the labels show IDs in full rather than shortened to fit a
// narrow list: plain prompts wrap, and a shortened ID cannot be typed back.
func (c *Catalog) WithFullIDs() *Catalog {
	c.fullIDs = true
	return c
}

// listedID is an ID as a label shows it.
func (c *Catalog) listedID(id string) string {
	if c.fullIDs {
		return id
	}
	return shortID(id)
}

// cached runs fn once per key and remembers a successful answer; failures are not
// cached so the next look retries.
func cached[T any](c *Catalog, key string, fn func(ctx context.Context) (T, error)) (T, error) {
	c.mu.Lock()
	if v, ok := c.cache[key]; ok {
		c.mu.Unlock()
		return v.(T), nil
	}
	c.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), lookupTimeout)
	defer cancel()
	v, err := fn(ctx)
	c.mu.Lock()
	defer c.mu.Unlock()
	if err != nil {
		c.failed[key] = err
		return v, err
	}
	delete(c.failed, key)
	c.cache[key] = v
	return v, nil
}

// Regions lists the client's region first, then the common ones.
func (c *Catalog) Regions() ([]forms.Choice, error) {
	var out []forms.Choice
	if c.region != "" {
		out = append(out, forms.Choice{Value: c.region, Label: c.region})
	}
	for _, r := range commonRegions() {
		if r != c.region {
			out = append(out, forms.Choice{Value: r, Label: r})
		}
	}
	return out, nil
}

// clusters returns the region's clusters (cached).
func (c *Catalog) clusters(region string) ([]api.Cluster, error) {
	return cached(c, "clusters/"+region, func(ctx context.Context) ([]api.Cluster, error) {
		return c.client.ListClusters(ctx, region)
	})
}

// Clusters lists the region's running clusters with name, version and state.
func (c *Catalog) Clusters(region string) ([]forms.Choice, error) {
	if region == "" {
		return nil, fmt.Errorf("choose a region first")
	}
	cs, err := c.clusters(region)
	if err != nil {
		return nil, err
	}
	var out []forms.Choice
	nameW, versionW := 0, 0
	for _, cl := range cs {
		if cl.Usable() {
			nameW, versionW = max(nameW, len(cl.Name)), max(versionW, len(cl.CurrentVersion))
		}
	}
	for _, cl := range cs {
		if !cl.Usable() {
			continue
		}
		out = append(out, forms.Choice{
			Value: cl.ClusterID,
			Label: fmt.Sprintf("%-*s  %-*s  %s  %s", nameW, cl.Name, versionW, cl.CurrentVersion, cl.State, c.listedID(cl.ClusterID)),
		})
	}
	if len(out) == 0 && len(cs) > 0 {
		return nil, fmt.Errorf("none of the %d clusters in %s is running; a pool can only be added to a running cluster", len(cs), region)
	}
	return out, nil
}

// cluster returns the target cluster's details (cached).
func (c *Catalog) cluster(t forms.Target) (*api.Cluster, error) {
	if t.Region == "" || t.ClusterID == "" {
		return nil, fmt.Errorf("choose a region and a cluster first (step Target)")
	}
	return cached(c, "cluster/"+t.Region+"/"+t.ClusterID, func(ctx context.Context) (*api.Cluster, error) {
		return c.client.DescribeCluster(ctx, t.Region, t.ClusterID)
	})
}

// ResourceGroups lists the account's usable resource groups.
func (c *Catalog) ResourceGroups() ([]forms.Choice, error) {
	rgs, err := cached(c, "rgs", func(ctx context.Context) ([]api.ResourceGroup, error) {
		return c.client.ListResourceGroups(ctx)
	})
	if err != nil {
		return nil, err
	}
	out := make([]forms.Choice, 0, len(rgs))
	for _, g := range rgs {
		out = append(out, forms.Choice{Value: g.ID, Label: fmt.Sprintf("%s  %s", firstNonEmpty(g.DisplayName, g.Name), g.ID)})
	}
	return out, nil
}

// vswitches returns the cluster VPC's vSwitches (cached).
func (c *Catalog) vswitches(t forms.Target) ([]api.VSwitch, error) {
	cl, err := c.cluster(t)
	if err != nil {
		return nil, err
	}
	return cached(c, "vsw/"+t.Region+"/"+cl.VpcID, func(ctx context.Context) ([]api.VSwitch, error) {
		return c.client.ListVSwitches(ctx, t.Region, cl.VpcID)
	})
}

// VSwitches lists the cluster VPC's vSwitches with zone and free IPs.
func (c *Catalog) VSwitches(t forms.Target) ([]forms.Choice, error) {
	vs, err := c.vswitches(t)
	if err != nil {
		return nil, err
	}
	out := make([]forms.Choice, 0, len(vs))
	for _, v := range vs {
		out = append(out, forms.Choice{
			Value: v.VSwitchID,
			Label: fmt.Sprintf("%s  %s  %d IPs free", v.VSwitchID, v.ZoneID, v.AvailableIPs),
		})
	}
	return out, nil
}

// InstanceTypes lists the types in stock in at least one zone of the chosen vSwitches,
// the same rule the service applies. A type missing from some of the zones names the
// zones that have it in its label, since the pool's nodes can only land there.
func (c *Catalog) InstanceTypes(t forms.Target, vswitchIDs []string, chargeType, spotStrategy string) ([]forms.Choice, error) {
	vs, err := c.vswitches(t)
	if err != nil {
		return nil, err
	}
	zones := map[string]bool{}
	for _, v := range vs {
		if slices.Contains(vswitchIDs, v.VSwitchID) {
			zones[v.ZoneID] = true
		}
	}
	if len(zones) == 0 {
		return nil, fmt.Errorf("choose at least one vSwitch first: instance types are listed for its zones")
	}
	all, err := cached(c, "types/"+t.Region, func(ctx context.Context) ([]api.InstanceType, error) {
		return c.client.ListInstanceTypes(ctx, t.Region)
	})
	if err != nil {
		return nil, err
	}
	inZones, err := c.zonesOffering(t.Region, zones, chargeType, spotStrategy)
	if err != nil {
		return nil, err
	}
	out := make([]forms.Choice, 0, len(inZones))
	for _, it := range all {
		in := inZones[it.InstanceTypeID]
		if len(in) == 0 {
			continue
		}
		label := fmt.Sprintf("%-22s %3d vCPU %5.1f GiB", it.InstanceTypeID, it.CPUCores, it.MemoryGiB)
		var note []string // after the price, so the prices line up
		if it.GPUAmount > 0 {
			note = append(note, fmt.Sprintf("%d x %s", it.GPUAmount, it.GPUSpec))
		}
		if len(in) < len(zones) {
			note = append(note, "(only "+zoneList(t.Region, in)+")")
		}
		spec := it.Spec()
		out = append(out, forms.Choice{Value: it.InstanceTypeID, Label: label, Note: strings.Join(note, "  "), Type: &spec})
	}
	return out, nil
}

// zoneList names zones compactly: the first in full, the others of the same region
// by their suffix ("cn-hangzhou-h, -i").
func zoneList(region string, zones []string) string {
	out := make([]string, len(zones))
	for i, z := range zones {
		out[i] = z
		if i > 0 && strings.HasPrefix(z, region+"-") {
			out[i] = strings.TrimPrefix(z, region)
		}
	}
	return strings.Join(out, ", ")
}

// zonesOffering lists, for each instance type, the chosen zones that have it in stock
// (sorted).
func (c *Catalog) zonesOffering(region string, zones map[string]bool, chargeType, spot string) (map[string][]string, error) {
	ids := make([]string, 0, len(zones))
	for z := range zones {
		ids = append(ids, z)
	}
	sort.Strings(ids)
	in := map[string][]string{}
	for _, z := range ids {
		q := api.AvailabilityQuery{Region: region, ZoneID: z, InstanceChargeType: chargeType, SpotStrategy: spot}
		types, err := cached(c, fmt.Sprintf("avail/%+v", q), func(ctx context.Context) ([]string, error) {
			return c.client.AvailableInstanceTypes(ctx, q)
		})
		if err != nil {
			return nil, err
		}
		for _, id := range types {
			in[id] = append(in[id], z)
		}
	}
	return in, nil
}

// SecurityGroups lists the cluster VPC's security groups.
func (c *Catalog) SecurityGroups(t forms.Target) ([]forms.Choice, error) {
	cl, err := c.cluster(t)
	if err != nil {
		return nil, err
	}
	sgs, err := cached(c, "sg/"+t.Region+"/"+cl.VpcID, func(ctx context.Context) ([]api.SecurityGroup, error) {
		return c.client.ListSecurityGroups(ctx, t.Region, cl.VpcID)
	})
	if err != nil {
		return nil, err
	}
	out := make([]forms.Choice, 0, len(sgs))
	for _, g := range sgs {
		out = append(out, forms.Choice{Value: g.SecurityGroupID, Label: fmt.Sprintf("%s  %s  %s", g.SecurityGroupID, g.SecurityGroupName, g.SecurityGroupType)})
	}
	return out, nil
}

// KeyPairs lists the region's key pairs.
func (c *Catalog) KeyPairs(region string) ([]forms.Choice, error) {
	kps, err := cached(c, "kp/"+region, func(ctx context.Context) ([]api.KeyPair, error) {
		return c.client.ListKeyPairs(ctx, region)
	})
	if err != nil {
		return nil, err
	}
	out := make([]forms.Choice, 0, len(kps))
	for _, k := range kps {
		out = append(out, forms.Choice{Value: k.KeyPairName, Label: k.KeyPairName})
	}
	return out, nil
}

// versions returns the version metadata for the cluster's Kubernetes version.
func (c *Catalog) versions(t forms.Target) ([]api.VersionMetadata, error) {
	cl, err := c.cluster(t)
	if err != nil {
		return nil, err
	}
	q := api.VersionQuery{Region: t.Region, ClusterType: cl.ClusterType, KubernetesVersion: cl.CurrentVersion, Profile: cl.Profile}
	return cached(c, fmt.Sprintf("versions/%+v", q), func(ctx context.Context) ([]api.VersionMetadata, error) {
		return c.client.VersionMetadata(ctx, q)
	})
}

// Runtimes lists the container runtimes offered for the cluster's version.
func (c *Catalog) Runtimes(t forms.Target) ([]forms.Choice, error) {
	vs, err := c.versions(t)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []forms.Choice
	for _, v := range vs {
		for _, r := range v.Runtimes {
			label := strings.TrimSpace(r.Name + " " + r.Version)
			if !seen[label] {
				seen[label] = true
				out = append(out, forms.Choice{Value: label, Label: label})
			}
		}
	}
	return out, nil
}

// ImageTypes lists the OS image types offered for the cluster's version.
func (c *Catalog) ImageTypes(t forms.Target) ([]forms.Choice, error) {
	vs, err := c.versions(t)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []forms.Choice
	for _, v := range vs {
		for _, im := range v.Images {
			if im.ImageType == "" || seen[im.ImageType] {
				continue
			}
			seen[im.ImageType] = true
			out = append(out, forms.Choice{Value: im.ImageType, Label: fmt.Sprintf("%s  %s %s", im.ImageType, im.OSType, im.Architecture)})
		}
	}
	return out, nil
}

// PoolNameTaken answers from the names loaded for the cluster; known is false until
// they are.
func (c *Catalog) PoolNameTaken(t forms.Target, name string) (taken, known bool) {
	names, ok := c.pools[t.ClusterID]
	if !ok {
		return false, false
	}
	return names[name], true
}

// SetPoolNames records a cluster's pool names. Only the wizard's Update calls it.
func (c *Catalog) SetPoolNames(clusterID string, names []string) {
	set := make(map[string]bool, len(names))
	for _, n := range names {
		set[n] = true
	}
	c.pools[clusterID] = set
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// shortID keeps a long ID recognisable in a narrow list.
func shortID(id string) string {
	if len(id) <= 14 {
		return id
	}
	return id[:12] + "…"
}
