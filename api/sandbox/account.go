package sandbox

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Account is the sandbox's made-up Alibaba Cloud account: regions with zones, VPCs,
// vSwitches, clusters, security groups and key pairs, plus global resource groups and
// the instance type catalog. It is generated from a seed, so the same seed always
// gives the same IDs.
type Account struct {
	Regions        []Region
	ResourceGroups []ResourceGroup
	InstanceTypes  []InstanceType
	Versions       []KubeVersion
	// availability[zone][instanceType] is "Available" or "SoldOut"; absent means not offered.
	availability map[string]map[string]string
}

// Region is one region of the account.
type Region struct {
	ID             string
	Name           string
	Zones          []string
	VPCs           []VPC
	Clusters       []Cluster
	SecurityGroups []SecurityGroup
	KeyPairs       []KeyPair
}

// VPC is a virtual private cloud with its vSwitches.
type VPC struct {
	ID, Name, CIDR string
	VSwitches      []VSwitch
}

// VSwitch is a subnet in one zone.
type VSwitch struct {
	ID, Name, ZoneID, CIDR, VpcID string
	AvailableIPs                  int
}

// Cluster is an ACK cluster.
type Cluster struct {
	ID, Name, RegionID, State, Type, Spec, Profile, Version string
	VpcID, SecurityGroupID, ResourceGroupID                 string
	VSwitchIDs                                              []string
	Created                                                 time.Time
	AutoMode                                                bool
}

// SecurityGroup is an ECS security group.
type SecurityGroup struct {
	ID, Name, Type, VpcID, Description string
}

// KeyPair is an ECS key pair.
type KeyPair struct {
	Name, FingerPrint string
}

// ResourceGroup is a ResourceManager resource group.
type ResourceGroup struct {
	ID, Name, DisplayName, Status string
}

// KubeVersion is a Kubernetes version the account can run.
type KubeVersion struct {
	Version  string
	Runtimes []string // "containerd 1.6.36"
}

// regionSpec seeds one region.
type regionSpec struct {
	id, name string
	zones    []string
}

var regionSpecs = []regionSpec{
	{"cn-hangzhou", "China (Hangzhou)", []string{"cn-hangzhou-h", "cn-hangzhou-i", "cn-hangzhou-j", "cn-hangzhou-k"}},
	{"cn-beijing", "China (Beijing)", []string{"cn-beijing-g", "cn-beijing-h", "cn-beijing-i", "cn-beijing-l"}},
	{"cn-shanghai", "China (Shanghai)", []string{"cn-shanghai-e", "cn-shanghai-g", "cn-shanghai-l", "cn-shanghai-m"}},
	{"ap-southeast-1", "Singapore", []string{"ap-southeast-1a", "ap-southeast-1b", "ap-southeast-1c"}},
}

// clusterSpec seeds one cluster of every region.
type clusterSpec struct {
	name, state, spec, version string
	autoMode                   bool
}

var clusterSpecs = []clusterSpec{
	{"prod-web", "running", "ack.pro.small", "1.33.1-aliyun.1", true},
	{"staging", "running", "ack.pro.small", "1.32.1-aliyun.1", false},
	{"data-platform", "running", "ack.standard", "1.31.1-aliyun.1", false},
	{"legacy-batch", "updating", "ack.standard", "1.31.1-aliyun.1", false},
	{"decommissioned", "failed", "ack.pro.small", "1.32.1-aliyun.1", false},
}

// NewAccount generates the account for seed.
func NewAccount(seed uint64) *Account {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	ids := idGen{rng: rng}
	a := &Account{
		InstanceTypes: instanceCatalog(),
		Versions: []KubeVersion{
			{"1.31.1-aliyun.1", []string{"containerd 1.6.36"}},
			{"1.32.1-aliyun.1", []string{"containerd 1.6.38", "containerd 2.0.5"}},
			{"1.33.1-aliyun.1", []string{"containerd 2.1.1", "Sandboxed-Container.runv 3.1.0"}},
		},
		availability: map[string]map[string]string{},
	}
	for _, n := range []struct{ name, display string }{
		{"default", "Default resource group"}, {"prod", "Production"}, {"staging", "Staging"},
		{"data", "Data team"}, {"sandbox-lab", "Experiments"},
	} {
		a.ResourceGroups = append(a.ResourceGroups, ResourceGroup{ID: "rg-" + ids.alnum(15), Name: n.name, DisplayName: n.display, Status: "OK"})
	}
	a.ResourceGroups = append(a.ResourceGroups, ResourceGroup{ID: "rg-" + ids.alnum(15), Name: "retired", DisplayName: "Being deleted", Status: "PendingDelete"})
	created := time.Date(2024, 3, 11, 9, 30, 0, 0, time.UTC)
	for ri, rs := range regionSpecs {
		reg := Region{ID: rs.id, Name: rs.name, Zones: rs.zones}
		for v := 0; v < 2; v++ {
			vpc := VPC{ID: "vpc-" + ids.alnum(20), Name: []string{"prod-vpc", "shared-vpc"}[v], CIDR: fmt.Sprintf("10.%d.0.0/16", ri*16+v)}
			for zi, z := range rs.zones {
				for k := 0; k < 2; k++ {
					vpc.VSwitches = append(vpc.VSwitches, VSwitch{
						ID: "vsw-" + ids.alnum(20), Name: fmt.Sprintf("%s-%s-%d", vpc.Name, z[len(z)-1:], k+1),
						ZoneID: z, VpcID: vpc.ID, CIDR: fmt.Sprintf("10.%d.%d.0/24", ri*16+v, zi*8+k),
						AvailableIPs: 120 + rng.IntN(130),
					})
				}
			}
			markScarceVSwitch(&vpc)
			reg.VPCs = append(reg.VPCs, vpc)
			for _, sg := range []struct{ name, typ, desc string }{
				{"k8s-nodes", "normal", "ACK worker nodes"}, {"k8s-enterprise", "enterprise", "Enterprise group for large pools"}, {"bastion", "normal", "SSH from the office"},
			} {
				reg.SecurityGroups = append(reg.SecurityGroups, SecurityGroup{ID: "sg-" + ids.alnum(20), Name: vpc.Name + "-" + sg.name, Type: sg.typ, VpcID: vpc.ID, Description: sg.desc})
			}
		}
		for _, kp := range []string{"ops-team", "ci-deploy", "oncall-2024"} {
			reg.KeyPairs = append(reg.KeyPairs, KeyPair{Name: kp, FingerPrint: ids.fingerprint()})
		}
		for ci, cs := range clusterSpecs {
			vpc := reg.VPCs[ci%len(reg.VPCs)]
			var vsw []string
			for i := 0; i < len(vpc.VSwitches) && len(vsw) < 3; i += 2 {
				vsw = append(vsw, vpc.VSwitches[i].ID)
			}
			sg := reg.SecurityGroups[(ci%len(reg.VPCs))*3].ID
			reg.Clusters = append(reg.Clusters, Cluster{
				ID: "c" + ids.hex(32), Name: cs.name, RegionID: rs.id, State: cs.state,
				Type: "ManagedKubernetes", Spec: cs.spec, Profile: "Default", Version: cs.version,
				VpcID: vpc.ID, VSwitchIDs: vsw, SecurityGroupID: sg, ResourceGroupID: a.ResourceGroups[ci%3].ID,
				Created: created.Add(time.Duration(ri*97+ci*13) * 24 * time.Hour), AutoMode: cs.autoMode,
			})
		}
		for _, z := range rs.zones {
			a.availability[z] = zoneAvailability(rng, a.InstanceTypes)
		}
		a.Regions = append(a.Regions, reg)
	}
	return a
}

// zoneAvailability decides which types a zone offers and which are sold out.
func zoneAvailability(rng *rand.Rand, types []InstanceType) map[string]string {
	m := map[string]string{}
	for _, t := range types {
		offer := 0.85
		if t.GPUAmount > 0 || strings.HasPrefix(t.Family, "ecs.ebm") {
			offer = 0.45
		}
		if rng.Float64() >= offer {
			continue
		}
		status := "Available"
		if rng.Float64() < 0.06 {
			status = "SoldOut"
		}
		m[t.ID] = status
	}
	return m
}

// Region returns the region with id.
func (a *Account) Region(id string) (*Region, bool) {
	for i := range a.Regions {
		if a.Regions[i].ID == id {
			return &a.Regions[i], true
		}
	}
	return nil, false
}

// Cluster finds a cluster by ID in any region.
func (a *Account) Cluster(id string) (*Cluster, *Region, bool) {
	for i := range a.Regions {
		for j := range a.Regions[i].Clusters {
			if a.Regions[i].Clusters[j].ID == id {
				return &a.Regions[i].Clusters[j], &a.Regions[i], true
			}
		}
	}
	return nil, nil, false
}

// VSwitch finds a vSwitch by ID in a region.
func (r *Region) VSwitch(id string) (*VSwitch, bool) {
	for i := range r.VPCs {
		for j := range r.VPCs[i].VSwitches {
			if r.VPCs[i].VSwitches[j].ID == id {
				return &r.VPCs[i].VSwitches[j], true
			}
		}
	}
	return nil, false
}

// Availability returns "Available", "SoldOut" or "" (not offered) for a type in a zone.
func (a *Account) Availability(zone, instanceType string) string {
	return a.availability[zone][instanceType]
}

// idGen makes IDs from the account's random source.
type idGen struct{ rng *rand.Rand }

func (g idGen) fromAlphabet(n int, alphabet string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[g.rng.IntN(len(alphabet))]
	}
	return string(b)
}

func (g idGen) alnum(n int) string { return g.fromAlphabet(n, "0123456789abcdefghijklmnopqrstuvwxyz") }
func (g idGen) hex(n int) string   { return g.fromAlphabet(n, "0123456789abcdef") }

func (g idGen) fingerprint() string {
	parts := make([]string, 16)
	for i := range parts {
		parts[i] = g.hex(2)
	}
	return strings.Join(parts, ":")
}
