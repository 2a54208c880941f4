package preflight

import (
	"context"
	"strconv"
	"strings"
	"sync"

	"ackpool/api"
	"ackpool/model"
)

// Planner plans node pools against one account. It is safe for concurrent use and
// keeps its cache for its whole life: keep one per process (the wizard plans after
// every change) so that a second plan calls only what may have changed.
type Planner struct {
	client api.Client
	cache  *cache
	// parallel bounds how many lookups run at once.
	parallel int
}

// DefaultParallel is how many lookups a Planner runs at once unless told otherwise.
const DefaultParallel = 8

// Option configures a Planner.
type Option func(*Planner)

// Parallel sets how many lookups run at once (at least 1).
func Parallel(n int) Option {
	return func(p *Planner) { p.parallel = max(n, 1) }
}

// New returns a Planner over client.
func New(client api.Client, opts ...Option) *Planner {
	p := &Planner{client: client, cache: newCache(), parallel: DefaultParallel}
	for _, o := range opts {
		o(p)
	}
	return p
}

// CacheStats returns how many cacheable lookups were answered from the cache and how
// many called the account, since the Planner was made.
func (p *Planner) CacheStats() CacheStats {
	return CacheStats{Hits: p.cache.hits.Load(), Misses: p.cache.misses.Load()}
}

// Plan checks the request against the account and prices it. region is where the
// cluster is looked up; the cluster's own region is used for everything else. Plan
// never fails as a whole: a lookup that fails makes its checks "unknown".
func (p *Planner) Plan(ctx context.Context, region, clusterID string, np *model.NodePool) *Result {
	s := specOf(np)
	f := p.gather(ctx, region, clusterID, s)
	res := &Result{Region: f.region, ClusterID: clusterID}
	res.Stock = stockMatrix(s, f)
	for _, check := range checkers {
		res.Checks = append(res.Checks, check(s, f)...)
	}
	res.Cost = priceOf(s, f)
	return res
}

// facts is what the lookups found; an error field is set when its lookup failed.
type facts struct {
	region string

	cluster    *api.Cluster
	clusterErr error

	vswitches map[string]api.VSwitch
	vswErr    error
	zones     []string

	mu       sync.Mutex
	stock    map[string]map[string]string // zone -> type -> status
	stockErr map[string]error

	types    map[string]api.InstanceType
	typesErr error

	systemDisks map[string][]api.DiskCategory // by instance type
	dataDisks   map[string][]api.DiskCategory
	diskErr     map[string]error

	pools    []api.NodePoolDetail
	poolsErr error

	quota    *api.UserQuota
	quotaErr error

	attrs    map[string]string
	attrsErr error

	roleNames []string
	roles     []api.ServiceRole
	rolesErr  error

	versions    []api.VersionMetadata
	versionsErr error

	securityGroups []api.SecurityGroup
	sgErr          error

	keyPairs []api.KeyPair
	kpErr    error

	prices   map[string]*api.Price // by instance type
	priceErr map[string]error
	spot     map[string][]api.SpotPrice
	spotErr  map[string]error
}

// group runs functions concurrently, at most n at a time.
type group struct {
	wg  sync.WaitGroup
	sem chan struct{}
}

func newGroup(n int) *group { return &group{sem: make(chan struct{}, n)} }

func (g *group) go_(fn func()) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		g.sem <- struct{}{}
		defer func() { <-g.sem }()
		fn()
	}()
}

func (g *group) wait() { g.wg.Wait() }

// gather runs every lookup the checks and the price need. The cluster comes first
// (its region and VPC scope the rest); everything else runs concurrently.
func (p *Planner) gather(ctx context.Context, region, clusterID string, s spec) *facts {
	f := &facts{region: region, stock: map[string]map[string]string{}, stockErr: map[string]error{},
		systemDisks: map[string][]api.DiskCategory{}, dataDisks: map[string][]api.DiskCategory{}, diskErr: map[string]error{},
		prices: map[string]*api.Price{}, priceErr: map[string]error{}, spot: map[string][]api.SpotPrice{}, spotErr: map[string]error{}}
	f.cluster, f.clusterErr = p.client.DescribeCluster(ctx, region, clusterID)
	if f.cluster != nil && f.cluster.RegionID != "" {
		f.region = f.cluster.RegionID
	}
	reg := f.region
	g := newGroup(p.parallel)
	if f.cluster != nil {
		g.go_(func() { p.lookVSwitches(ctx, g, f, s) })
		g.go_(func() { f.pools, f.poolsErr = p.client.ListNodePools(ctx, reg, clusterID, "") })
		g.go_(func() { f.securityGroups, f.sgErr = p.client.ListSecurityGroups(ctx, reg, f.cluster.VpcID) })
		g.go_(func() { p.lookVersions(ctx, f) })
		f.roleNames = rolesFor(f.cluster, s)
		g.go_(func() { f.roles, f.rolesErr = p.client.CheckServiceRoles(ctx, reg, f.roleNames) })
	}
	g.go_(func() { f.quota, f.quotaErr = p.client.UserQuota(ctx, reg) })
	g.go_(func() { f.attrs, f.attrsErr = p.client.AccountAttributes(ctx, reg, vcpuAttributes) })
	if s.keyPair != "" {
		g.go_(func() { f.keyPairs, f.kpErr = p.client.ListKeyPairs(ctx, reg) })
	}
	if len(s.types) > 0 {
		g.go_(func() { p.lookTypes(ctx, f, s) })
	}
	for _, t := range uniq(s.types) {
		g.go_(func() { p.lookDisks(ctx, f, s, t) })
		g.go_(func() { p.lookPrice(ctx, f, s, t) })
		if s.isSpot() {
			g.go_(func() { p.lookSpot(ctx, f, t) })
		}
	}
	g.wait()
	return f
}

// vcpuAttributes are the ECS account attributes of the vCPU quotas.
var vcpuAttributes = []string{"max-postpaid-instance-vcpu-count", "used-postpaid-instance-vcpu-count",
	"max-spot-instance-vcpu-count", "used-spot-instance-vcpu-count"}

// lookVSwitches lists the VPC's vSwitches, then the stock of each zone the pool uses.
func (p *Planner) lookVSwitches(ctx context.Context, g *group, f *facts, s spec) {
	list, err := p.client.ListVSwitches(ctx, f.region, f.cluster.VpcID)
	f.vswitches, f.vswErr = map[string]api.VSwitch{}, err
	for _, v := range list {
		f.vswitches[v.VSwitchID] = v
	}
	f.zones = zonesOf(s.vswitches, f.vswitches)
	for _, z := range f.zones {
		g.go_(func() {
			q := api.AvailabilityQuery{Region: f.region, ZoneID: z, InstanceChargeType: s.charge, SpotStrategy: s.spot}
			key := strings.Join([]string{"stock", q.Region, q.ZoneID, q.InstanceChargeType, q.SpotStrategy}, "|")
			st, err := cached(p.cache, key, func() (map[string]string, error) { return p.client.InstanceTypeStock(ctx, q) })
			f.mu.Lock()
			f.stock[z], f.stockErr[z] = st, err
			f.mu.Unlock()
		})
	}
}

// lookVersions reads the cluster version's images and runtimes.
func (p *Planner) lookVersions(ctx context.Context, f *facts) {
	q := api.VersionQuery{Region: f.region, ClusterType: f.cluster.ClusterType, KubernetesVersion: f.cluster.CurrentVersion, Profile: f.cluster.Profile}
	key := strings.Join([]string{"versions", q.Region, q.ClusterType, q.KubernetesVersion, q.Profile}, "|")
	f.versions, f.versionsErr = cached(p.cache, key, func() ([]api.VersionMetadata, error) { return p.client.VersionMetadata(ctx, q) })
}

// lookTypes reads the catalog entries of the pool's types.
func (p *Planner) lookTypes(ctx context.Context, f *facts, s spec) {
	f.types = map[string]api.InstanceType{}
	var missing []string
	for _, t := range uniq(s.types) {
		key := "type|" + t
		p.cache.mu.Lock()
		_, have := p.cache.entries[key]
		p.cache.mu.Unlock()
		if !have {
			missing = append(missing, t)
		}
	}
	var fetched map[string]api.InstanceType
	if len(missing) > 0 {
		list, err := p.client.DescribeInstanceTypes(ctx, f.region, missing)
		if err != nil {
			f.typesErr = err
			return
		}
		fetched = map[string]api.InstanceType{}
		for _, it := range list {
			fetched[it.InstanceTypeID] = it
		}
	}
	for _, t := range uniq(s.types) {
		it, err := cached(p.cache, "type|"+t, func() (typeEntry, error) {
			v, ok := fetched[t]
			return typeEntry{v, ok}, nil
		})
		if err == nil && it.found {
			f.types[t] = it.it
		}
	}
}

// typeEntry is a catalog lookup: found is false for a type the catalog lacks.
type typeEntry struct {
	it    api.InstanceType
	found bool
}

// lookDisks reads the system (and, with data disks, data) disk categories of a type.
func (p *Planner) lookDisks(ctx context.Context, f *facts, s spec, t string) {
	dests := []string{"SystemDisk"}
	if len(s.dataDisks) > 0 {
		dests = append(dests, "DataDisk")
	}
	for _, d := range dests {
		q := api.DiskQuery{Region: f.region, InstanceType: t, Destination: d, InstanceChargeType: s.charge}
		key := strings.Join([]string{"disks", q.Region, t, d, s.charge}, "|")
		list, err := cached(p.cache, key, func() ([]api.DiskCategory, error) { return p.client.DiskCategories(ctx, q) })
		f.mu.Lock()
		if err != nil {
			f.diskErr[t] = err
		} else if d == "SystemDisk" {
			f.systemDisks[t] = list
		} else {
			f.dataDisks[t] = list
		}
		f.mu.Unlock()
	}
}

// priceQuery is the DescribePrice question for one node of a type.
func priceQuery(region string, s spec, t string) api.PriceQuery {
	q := api.PriceQuery{Region: region, InstanceType: t, SystemDisk: s.systemDisk, DataDisks: s.dataDisks,
		PriceUnit: "Hour", Period: 1}
	if s.charge == "PrePaid" {
		q.PriceUnit, q.Period = s.periodUnit, s.period
	}
	if s.bandwidth > 0 {
		q.InternetChargeType, q.InternetMaxBandwidthOut = s.internetCharge, s.bandwidth
	}
	return q
}

// priceKey is the cache key of a price: region, type, disks and billing.
func priceKey(q api.PriceQuery) string {
	var b strings.Builder
	b.WriteString("price|" + q.Region + "|" + q.InstanceType + "|")
	for _, d := range append([]api.Disk{q.SystemDisk}, q.DataDisks...) {
		b.WriteString(d.Category + ":" + strconv.Itoa(d.SizeGiB) + ":" + d.PerformanceLevel + ",")
	}
	b.WriteString("|" + q.PriceUnit + ":" + strconv.Itoa(q.Period) + "|" + q.InternetChargeType + ":" + strconv.Itoa(q.InternetMaxBandwidthOut))
	return b.String()
}

func (p *Planner) lookPrice(ctx context.Context, f *facts, s spec, t string) {
	q := priceQuery(f.region, s, t)
	pr, err := cached(p.cache, priceKey(q), func() (*api.Price, error) { return p.client.DescribePrice(ctx, q) })
	f.mu.Lock()
	f.prices[t], f.priceErr[t] = pr, err
	f.mu.Unlock()
}

func (p *Planner) lookSpot(ctx context.Context, f *facts, t string) {
	key := "spot|" + f.region + "|" + t
	hist, err := cached(p.cache, key, func() ([]api.SpotPrice, error) { return p.client.SpotPriceHistory(ctx, f.region, t) })
	f.mu.Lock()
	f.spot[t], f.spotErr[t] = hist, err
	f.mu.Unlock()
}

// uniq returns list without repeats, in order.
func uniq(list []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
