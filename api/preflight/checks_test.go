package preflight_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"ackpool/api/preflight"
	"ackpool/api/sandbox"
	"ackpool/model"
)

// everyCheck is the ID of each check the good request runs.
var everyCheck = []string{
	preflight.IDClusterState, preflight.IDVSwitchFound, preflight.IDVSwitchIPs, preflight.IDTypesExist, preflight.IDStock, preflight.IDDiskSystem, preflight.IDDiskData,
	preflight.IDImageArch, preflight.IDImageVersion, preflight.IDRuntime, preflight.IDQuotaNodePools,
	preflight.IDQuotaNodes, preflight.IDQuotaVCPU, preflight.IDRoles, preflight.IDSecurityGroups,
	preflight.IDKeyPair, preflight.IDPrice,
}

func TestGoodRequestPassesEveryCheck(t *testing.T) {
	e := newEnv(t)
	c, np := e.goodRequest(t, 2, 2)
	r := e.plan(t, c, np)
	for _, id := range everyCheck {
		got := statuses(r, id)
		if len(got) == 0 {
			t.Errorf("check %s missing", id)
		}
		for _, st := range got {
			if st != preflight.OK {
				t.Errorf("check %s is %s", id, st)
			}
		}
	}
	if r.Blocked() || t.Failed() {
		t.Fatalf("good request blocked:\n%s", dump(r))
	}
	if len(r.Stock.Zones) != 2 || len(r.Stock.Types) != 2 || r.Stock.Cell(r.Stock.Types[0], r.Stock.Zones[1]) != "Available" {
		t.Errorf("stock matrix %+v", r.Stock)
	}
}

// failCase changes the good request (or the cluster) so that one check fails.
type failCase struct {
	id     string
	want   preflight.Status
	change func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool)
	// says is a part of the message that says what to change.
	says string
}

func TestEachCheckFailsForTheSeededCase(t *testing.T) {
	cases := map[string]failCase{
		"cluster updating": {preflight.IDClusterState, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			*c = e.cluster(t, "legacy-batch")
		}, "wait until it is running"},
		"cluster failed": {preflight.IDClusterState, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			*c = e.cluster(t, "decommissioned")
		}, "only to a running cluster"},
		"type sold out in the only zone": {preflight.IDStock, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			vsw, typ := e.soldOut(t, *c)
			np.ScalingGroup.VSwitchIDs, np.ScalingGroup.InstanceTypes = []string{vsw.ID}, []string{typ}
		}, "add a type in stock there"},
		"nearly full vSwitch": {preflight.IDVSwitchIPs, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			vs := e.vpcVSwitches(*c)
			scarce := vs[len(vs)-1]
			if scarce.AvailableIPs >= 10 {
				t.Fatalf("seeded vSwitch has %d free IPs", scarce.AvailableIPs)
			}
			np.ScalingGroup.VSwitchIDs, np.ScalingGroup.DesiredSize = []string{scarce.ID}, ptr(int64(10))
		}, "add a vSwitch with free IPs"},
		"vSwitch of another VPC": {preflight.IDVSwitchFound, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			other := e.cluster(t, "staging") // the other VPC of the region
			np.ScalingGroup.VSwitchIDs = []string{e.vpcVSwitches(other)[0].ID}
		}, "not in the cluster's VPC"},
		"family without ESSD system disks": {preflight.IDDiskSystem, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			np.ScalingGroup.InstanceTypes = []string{e.offered(t, np, "ecs.g5")}
		}, "cannot use cloud_essd"},
		"family without ESSD data disks": {preflight.IDDiskData, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			np.ScalingGroup.InstanceTypes = []string{e.offered(t, np, "ecs.c5")}
			np.ScalingGroup.SystemDiskCategory = ptr("cloud_efficiency")
		}, "cannot use cloud_essd as its data disk"},
		"x86 image on ARM types": {preflight.IDImageArch, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			np.ScalingGroup.InstanceTypes = []string{"ecs.g8y.xlarge"}
		}, "AliyunLinux3Arm64"},
		"Windows on GPU types": {preflight.IDImageGPU, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			np.ScalingGroup.InstanceTypes, np.ScalingGroup.ImageType = []string{"ecs.gn7i-c8g1.2xlarge"}, ptr("Windows")
		}, "Linux image"},
		"image not offered for the version": {preflight.IDImageVersion, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			np.ScalingGroup.ImageType = ptr("CentOS")
		}, "choose one of"},
		"runtime version not offered": {preflight.IDRuntime, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			np.KubernetesConfig.RuntimeVersion = ptr("1.5.0")
		}, "choose one of"},
		"unknown instance type": {preflight.IDTypesExist, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			np.ScalingGroup.InstanceTypes = append(np.ScalingGroup.InstanceTypes, "ecs.nosuch.large")
		}, "check the name"},
		"more nodes than the node quota": {preflight.IDQuotaNodes, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			np.ScalingGroup.DesiredSize = ptr(int64(98))
		}, "raise the node quota"},
		"more vCPUs than the ECS quota": {preflight.IDQuotaVCPU, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			np.ScalingGroup.InstanceTypes = []string{e.offered(t, np, "ecs.g7", "4xlarge", "6xlarge", "8xlarge")}
			np.ScalingGroup.DesiredSize = ptr(int64(30)) // 30 x 16+ vCPUs, within the node quota
		}, "raise the ECS quota"},
		"node pool quota used up": {preflight.IDQuotaNodePools, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			for i := 0; i < 19; i++ {
				body := np.Clone()
				body.NodepoolInfo.Name = ptr(fmt.Sprintf("filler-%d", i))
				body.ScalingGroup.LoginPassword, body.ScalingGroup.KeyPair = nil, ptr("ops-team")
				body.ScalingGroup.DesiredSize = ptr(int64(0))
				if _, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", c.ID, body); err != nil {
					t.Fatal(err)
				}
			}
		}, "delete a pool or raise the quota"},
		"auto scaling without the autoscaler role": {preflight.IDRoles, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			np.ScalingGroup.DesiredSize = nil
			np.AutoScaling = &model.AutoScaling{Enable: ptr(true), MinInstances: ptr(int64(1)), MaxInstances: ptr(int64(5))}
		}, "AliyunCSManagedAutoScalerRole"},
		"roles the caller may not read": {preflight.IDRoles, preflight.Unknown, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			e.forbid["CheckServiceRole"] = true
		}, "may not read the service roles"},
		"security group of another VPC": {preflight.IDSecurityGroups, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			np.ScalingGroup.SecurityGroupIDs = []string{e.cluster(t, "staging").SecurityGroupID}
		}, "not in the cluster's VPC"},
		"key pair that does not exist": {preflight.IDKeyPair, preflight.Fail, func(t *testing.T, e *env, c *sandbox.Cluster, np *model.NodePool) {
			np.ScalingGroup.KeyPair = ptr("nobody-has-this")
		}, "does not exist"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			e := newEnv(t)
			c, np := e.goodRequest(t, 2, 2)
			if r := e.plan(t, c, np); r.Blocked() || hasStatus(r, tc.id, tc.want) {
				t.Fatalf("good request does not pass %s:\n%s", tc.id, dump(r))
			}
			tc.change(t, e, &c, np)
			r := e.plan(t, c, np)
			got, ok := find(r, tc.id, tc.want)
			if !ok {
				t.Fatalf("no %s check %s:\n%s", tc.want, tc.id, dump(r))
			}
			if !strings.Contains(got.Message, tc.says) {
				t.Errorf("message %q does not say %q", got.Message, tc.says)
			}
			if (tc.want == preflight.Fail) != r.Blocked() {
				t.Errorf("blocked = %v for a %s check", r.Blocked(), tc.want)
			}
		})
	}
}

// soldOut finds a vSwitch of the cluster's VPC and a type sold out in its zone.
func (e *env) soldOut(t *testing.T, c sandbox.Cluster) (sandbox.VSwitch, string) {
	t.Helper()
	for _, v := range e.vpcVSwitches(c) {
		for _, it := range e.sandbox.Account().InstanceTypes {
			if e.sandbox.Account().Availability(v.ZoneID, it.ID) == "SoldOut" && it.GPUAmount == 0 && it.Arch == "X86" {
				return v, it.ID
			}
		}
	}
	t.Fatal("the sandbox has no sold out type")
	return sandbox.VSwitch{}, ""
}

// offered returns a type of the family (of one of the sizes, when given) offered
// in the zones of the request's vSwitches.
func (e *env) offered(t *testing.T, np *model.NodePool, family string, sizes ...string) string {
	t.Helper()
	reg := e.region()
	for _, it := range e.sandbox.Account().InstanceTypes {
		if it.Family != family || (len(sizes) > 0 && !hasFamily(it.ID[strings.LastIndexByte(it.ID, '.')+1:], sizes)) {
			continue
		}
		ok := true
		for _, id := range np.ScalingGroup.VSwitchIDs {
			v, _ := reg.VSwitch(id)
			ok = ok && e.sandbox.Account().Availability(v.ZoneID, it.ID) == "Available"
		}
		if ok {
			return it.ID
		}
	}
	t.Fatalf("no %s type offered in the request's zones", family)
	return ""
}

func hasStatus(r *preflight.Result, id string, st preflight.Status) bool {
	_, ok := find(r, id, st)
	return ok
}
