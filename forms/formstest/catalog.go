// Package formstest provides a deterministic, in-memory forms.Catalog for tests of
// the wizard's steps and screens: a few regions and clusters, vSwitches in three
// zones, hundreds of instance types (some offered only in some zones, some with GPUs),
// security groups, key pairs, runtimes, image types and existing pool names. Any
// lookup can be made to fail.
package formstest

import (
	"fmt"
	"hash/fnv"
	"slices"
	"sync"

	"ackpool/forms"
	"ackpool/model"
)

// Catalog is a fake forms.Catalog. It is safe for concurrent use, as the real one
// must be (huh calls lookups from tea.Cmd goroutines).
type Catalog struct {
	mu     sync.Mutex
	types  []instanceType
	errs   map[string]error
	pools  map[string][]string // cluster ID -> existing pool names
	loaded bool                // whether the pool names count as loaded
	calls  map[string]int
}

type instanceType struct {
	name   string
	cpu    int
	memGiB int
	gpus   int
	family string
}

// The fixed account of the fake.
const (
	Region       = "cn-hangzhou"
	ClusterID    = "c0123456789abcdef0123456789abcdef"
	OtherCluster = "c11112222333344445555666677778888"
	// TakenPoolName is a pool that already exists in ClusterID.
	TakenPoolName = "existing-pool"
)

// Zones returns the zones of the fake VPC, in vSwitch order.
func Zones() []string { return []string{"cn-hangzhou-h", "cn-hangzhou-i", "cn-hangzhou-j"} }

// NewCatalog returns a catalog with about 350 instance types.
func NewCatalog() *Catalog { return NewCatalogSized(0) }

// NewCatalogSized returns a catalog with n instance types (n <= 0: the realistic
// default set of about 350), for benchmarks that need e.g. 2,000.
func NewCatalogSized(n int) *Catalog {
	c := &Catalog{
		errs:   map[string]error{},
		pools:  map[string][]string{ClusterID: {TakenPoolName, "default-nodepool"}},
		loaded: true,
		calls:  map[string]int{},
	}
	if n <= 0 {
		c.types = realisticTypes()
	} else {
		c.types = syntheticTypes(n)
	}
	return c
}

// Fail makes the lookup named method ("Regions", "Clusters", "VSwitches", ...) return
// err; a nil err makes it succeed again.
func (c *Catalog) Fail(method string, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err == nil {
		delete(c.errs, method)
		return
	}
	c.errs[method] = err
}

// SetPoolsLoaded says whether PoolNameTaken knows the cluster's pools yet.
func (c *Catalog) SetPoolsLoaded(loaded bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.loaded = loaded
}

// Calls reports how often the lookup named method ran.
func (c *Catalog) Calls(method string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.calls[method]
}

// begin counts a call and returns the error configured for it.
func (c *Catalog) begin(method string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls[method]++
	return c.errs[method]
}

// Regions implements forms.Catalog.
func (c *Catalog) Regions() ([]forms.Choice, error) {
	if err := c.begin("Regions"); err != nil {
		return nil, err
	}
	return []forms.Choice{
		{Value: "cn-beijing", Label: "cn-beijing  China (Beijing)"},
		{Value: Region, Label: Region + "  China (Hangzhou)"},
		{Value: "ap-southeast-1", Label: "ap-southeast-1  Singapore"},
	}, nil
}

// Clusters implements forms.Catalog: two running clusters in cn-hangzhou, none elsewhere.
func (c *Catalog) Clusters(region string) ([]forms.Choice, error) {
	if err := c.begin("Clusters"); err != nil {
		return nil, err
	}
	return c.clustersChoices(region), nil
}

func (c *Catalog) clustersChoices(region string) []forms.Choice {
	if region != Region {
		return nil
	}
	return []forms.Choice{
		{Value: ClusterID, Label: "prod  " + ClusterID + "  1.33.3-aliyun.1  running"},
		{Value: OtherCluster, Label: "staging  " + OtherCluster + "  1.32.1-aliyun.1  running"},
	}
}

// ResourceGroups implements forms.Catalog.
func (c *Catalog) ResourceGroups() ([]forms.Choice, error) {
	if err := c.begin("ResourceGroups"); err != nil {
		return nil, err
	}
	return c.resourceGroupsChoices(), nil
}

func (c *Catalog) resourceGroupsChoices() []forms.Choice {
	return []forms.Choice{
		{Value: "rg-default0001", Label: "rg-default0001  default"},
		{Value: "rg-data0002", Label: "rg-data0002  data-team"},
	}
}

// VSwitchID is the ID of the fake vSwitch in Zones()[i].
func VSwitchID(i int) string { return fmt.Sprintf("vsw-zone%c0001", 'h'+i) }

// VSwitches implements forms.Catalog: one vSwitch per zone.
func (c *Catalog) VSwitches(t forms.Target) ([]forms.Choice, error) {
	if err := c.begin("VSwitches"); err != nil {
		return nil, err
	}
	return c.vSwitchesChoices(t), nil
}

func (c *Catalog) vSwitchesChoices(t forms.Target) []forms.Choice {
	out := make([]forms.Choice, len(Zones()))
	for i, z := range Zones() {
		out[i] = forms.Choice{Value: VSwitchID(i), Label: fmt.Sprintf("%s  %s  %d free IPs", VSwitchID(i), z, 4000-i*1000)}
	}
	return out
}

// InstanceTypes implements forms.Catalog: the types offered in every zone of the
// given vSwitches (all types when none are given).
func (c *Catalog) InstanceTypes(t forms.Target, vswitchIDs []string, chargeType, spotStrategy string) ([]forms.Choice, error) {
	if err := c.begin("InstanceTypes"); err != nil {
		return nil, err
	}
	var picked []int
	for i := range Zones() {
		if slices.Contains(vswitchIDs, VSwitchID(i)) {
			picked = append(picked, i)
		}
	}
	var out []forms.Choice
	for _, it := range c.types {
		if offeredEverywhere(it.name, picked) {
			spec := model.TypeSpec{ID: it.name, Family: "ecs." + it.family, VCPU: it.cpu, MemoryGiB: float64(it.memGiB), GPU: it.gpus, Arch: "X86"}
			out = append(out, forms.Choice{Value: it.name, Label: it.label(), Type: &spec})
		}
	}
	return out, nil
}

// OfferedIn reports whether the fake offers the instance type in Zones()[zone].
func OfferedIn(instanceType string, zone int) bool {
	h := fnv.New32a()
	fmt.Fprintf(h, "%s/%d", instanceType, zone)
	return h.Sum32()%5 != 0
}

func offeredEverywhere(name string, zones []int) bool {
	for _, z := range zones {
		if !OfferedIn(name, z) {
			return false
		}
	}
	return true
}

// SecurityGroups implements forms.Catalog.
func (c *Catalog) SecurityGroups(t forms.Target) ([]forms.Choice, error) {
	if err := c.begin("SecurityGroups"); err != nil {
		return nil, err
	}
	return c.securityGroupsChoices(t), nil
}

func (c *Catalog) securityGroupsChoices(t forms.Target) []forms.Choice {
	return []forms.Choice{
		{Value: "sg-cluster0001", Label: "sg-cluster0001  cluster default"},
		{Value: "sg-web0002", Label: "sg-web0002  web"},
		{Value: "sg-db0003", Label: "sg-db0003  database"},
	}
}

// KeyPairs implements forms.Catalog.
func (c *Catalog) KeyPairs(region string) ([]forms.Choice, error) {
	if err := c.begin("KeyPairs"); err != nil {
		return nil, err
	}
	return c.keyPairsChoices(region), nil
}

func (c *Catalog) keyPairsChoices(region string) []forms.Choice {
	return []forms.Choice{{Value: "ops-key"}, {Value: "ci-key"}}
}

// Runtimes implements forms.Catalog; values are "name version".
func (c *Catalog) Runtimes(t forms.Target) ([]forms.Choice, error) {
	if err := c.begin("Runtimes"); err != nil {
		return nil, err
	}
	return []forms.Choice{
		{Value: "containerd 1.6.36", Label: "containerd 1.6.36"},
		{Value: "containerd 2.1.1", Label: "containerd 2.1.1"},
		{Value: "Sandboxed-Container.runv 2.2.0", Label: "Sandboxed-Container.runv 2.2.0"},
	}, nil
}

// ImageTypes implements forms.Catalog.
func (c *Catalog) ImageTypes(t forms.Target) ([]forms.Choice, error) {
	if err := c.begin("ImageTypes"); err != nil {
		return nil, err
	}
	return []forms.Choice{
		{Value: "AliyunLinux3", Label: "AliyunLinux3  Alibaba Cloud Linux 3"},
		{Value: "AliyunLinux3Arm64", Label: "AliyunLinux3Arm64  Alibaba Cloud Linux 3 (ARM)"},
		{Value: "ContainerOS", Label: "ContainerOS  container-optimised"},
		{Value: "Windows", Label: "Windows  Windows Server"},
	}, nil
}

// PoolNameTaken implements forms.Catalog.
func (c *Catalog) PoolNameTaken(t forms.Target, name string) (taken, known bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.loaded {
		return false, false
	}
	return slices.Contains(c.pools[t.ClusterID], name), true
}

func (it instanceType) label() string {
	s := fmt.Sprintf("%-24s %3d vCPU %4d GiB", it.name, it.cpu, it.memGiB)
	if it.gpus > 0 {
		s += fmt.Sprintf("  %d GPU", it.gpus)
	}
	return s
}

// instanceSize is an instance size and its vCPU count.
type instanceSize struct {
	name string
	cpu  int
}

// sizes returns the instance sizes.
func sizes() []instanceSize {
	return []instanceSize{
		{"large", 2}, {"xlarge", 4}, {"2xlarge", 8}, {"3xlarge", 12}, {"4xlarge", 16}, {"6xlarge", 24},
		{"8xlarge", 32}, {"12xlarge", 48}, {"16xlarge", 64}, {"24xlarge", 96}, {"32xlarge", 128},
	}
}

// instanceFamily is an instance family with GiB of memory per vCPU and GPUs per 8 vCPUs.
type instanceFamily struct {
	name   string
	memPer int
	gpuPer int
}

// families returns the instance families.
func families() []instanceFamily {
	return []instanceFamily{
		{"g5", 4, 0}, {"c5", 2, 0}, {"r5", 8, 0}, {"g6", 4, 0}, {"c6", 2, 0}, {"r6", 8, 0},
		{"g6e", 4, 0}, {"c6e", 2, 0}, {"r6e", 8, 0}, {"g7", 4, 0}, {"c7", 2, 0}, {"r7", 8, 0},
		{"g7a", 4, 0}, {"c7a", 2, 0}, {"r7a", 8, 0}, {"g8i", 4, 0}, {"c8i", 2, 0}, {"r8i", 8, 0},
		{"g8a", 4, 0}, {"c8a", 2, 0}, {"r8a", 8, 0}, {"g8y", 4, 0}, {"c8y", 2, 0}, {"r8y", 8, 0},
		{"hfg7", 4, 0}, {"hfc7", 2, 0}, {"hfr7", 8, 0}, {"u1", 4, 0}, {"gn6i", 4, 1}, {"gn7i", 4, 1},
		{"gn7", 8, 2}, {"gn8is", 8, 1},
	}
}

func realisticTypes() []instanceType {
	var out []instanceType
	for _, f := range families() {
		for _, s := range sizes() {
			out = append(out, instanceType{
				name: "ecs." + f.name + "." + s.name, cpu: s.cpu, memGiB: s.cpu * f.memPer,
				gpus: s.cpu / 8 * f.gpuPer, family: f.name,
			})
		}
	}
	return out
}

func syntheticTypes(n int) []instanceType {
	out := make([]instanceType, 0, n)
	for i := 0; len(out) < n; i++ {
		for _, s := range sizes() {
			if len(out) == n {
				break
			}
			f := fmt.Sprintf("x%d", i)
			out = append(out, instanceType{name: "ecs." + f + "." + s.name, cpu: s.cpu, memGiB: s.cpu * 4, family: f})
		}
	}
	return out
}

// Known implements forms.Catalog: every list is loaded, except that a list whose
// lookup was made to fail (Fail) reports that error.
func (c *Catalog) Known(list forms.AccountList, t forms.Target) forms.KnownList {
	method := map[forms.AccountList]string{
		forms.ListClusters: "Clusters", forms.ListVSwitches: "VSwitches", forms.ListSecurityGroups: "SecurityGroups",
		forms.ListKeyPairs: "KeyPairs", forms.ListResourceGroups: "ResourceGroups",
	}[list]
	c.mu.Lock()
	err := c.errs[method]
	c.mu.Unlock()
	if err != nil {
		return forms.KnownList{Err: err}
	}
	var choices []forms.Choice
	switch list {
	case forms.ListClusters:
		choices = c.clustersChoices(t.Region)
	case forms.ListVSwitches:
		choices = c.vSwitchesChoices(t)
	case forms.ListSecurityGroups:
		choices = c.securityGroupsChoices(t)
	case forms.ListKeyPairs:
		choices = c.keyPairsChoices(t.Region)
	case forms.ListResourceGroups:
		choices = c.resourceGroupsChoices()
	}
	ids := make([]string, len(choices))
	for i, ch := range choices {
		ids[i] = ch.Value
	}
	return forms.KnownList{IDs: ids, Loaded: true}
}

// Preload implements forms.Catalog; the fake's lists are always loaded.
func (c *Catalog) Preload(forms.Target, ...forms.AccountList) {}
