package api_test

import (
	"context"
	"errors"
	"testing"

	"ackpool/api"
	"ackpool/api/sandbox"
)

func TestLookupsAgainstTheSandbox(t *testing.T) {
	e := newEnv(t, sandbox.Options{})
	ctx := context.Background()
	clusters, err := e.client.ListClusters(ctx, "cn-beijing")
	if err != nil {
		t.Fatal(err)
	}
	var running, other int
	for _, c := range clusters {
		if c.RegionID != "cn-beijing" {
			t.Fatalf("cluster %s from region %s", c.ClusterID, c.RegionID)
		}
		if c.Usable() {
			running++
		} else {
			other++
		}
	}
	if running < 2 || other < 1 {
		t.Fatalf("want running and non-running clusters, got %d/%d", running, other)
	}
	detail, err := e.client.DescribeCluster(ctx, "cn-beijing", clusters[0].ClusterID)
	if err != nil || detail.VpcID == "" || !detail.AutoModeEnabled {
		t.Fatalf("detail %+v err %v", detail, err)
	}
	vsws, err := e.client.ListVSwitches(ctx, "cn-beijing", detail.VpcID)
	if err != nil {
		t.Fatal(err)
	}
	zones := map[string]bool{}
	for _, v := range vsws {
		if v.VpcID != detail.VpcID {
			t.Fatalf("vswitch %s of %s listed for %s", v.VSwitchID, v.VpcID, detail.VpcID)
		}
		zones[v.ZoneID] = true
	}
	if len(zones) < 3 {
		t.Fatalf("want vswitches in 3+ zones, got %v", zones)
	}
	types, err := e.client.ListInstanceTypes(ctx, "cn-beijing")
	if err != nil {
		t.Fatal(err)
	}
	gpus, arm := 0, 0
	seen := map[string]bool{}
	for _, it := range types {
		if seen[it.InstanceTypeID] {
			t.Fatalf("duplicate %s across pages", it.InstanceTypeID)
		}
		seen[it.InstanceTypeID] = true
		if it.GPUAmount > 0 {
			gpus++
		}
		if it.Architecture == "ARM" {
			arm++
		}
	}
	if len(types) != len(e.sandbox.Account().InstanceTypes) || len(types) < 300 || gpus < 10 || arm < 10 {
		t.Fatalf("catalog: %d types (%d GPU, %d ARM)", len(types), gpus, arm)
	}
	avail, err := e.client.AvailableInstanceTypes(ctx, api.AvailabilityQuery{Region: "cn-beijing", ZoneID: vsws[0].ZoneID})
	if err != nil || len(avail) < 100 || len(avail) >= len(types) {
		t.Fatalf("availability: %d of %d, err %v", len(avail), len(types), err)
	}
	zs, err := e.client.ListZones(ctx, "cn-beijing")
	if err != nil || len(zs) < 3 || zs[0].LocalName == "" {
		t.Fatalf("zones %+v err %v", zs, err)
	}
	sgs, err := e.client.ListSecurityGroups(ctx, "cn-beijing", detail.VpcID)
	if err != nil || len(sgs) == 0 {
		t.Fatalf("security groups %+v err %v", sgs, err)
	}
	kps, err := e.client.ListKeyPairs(ctx, "cn-beijing")
	if err != nil || len(kps) == 0 {
		t.Fatalf("key pairs %+v err %v", kps, err)
	}
	rgs, err := e.client.ListResourceGroups(ctx)
	if err != nil || len(rgs) == 0 {
		t.Fatal(err)
	}
	for _, g := range rgs {
		if g.Status != "OK" {
			t.Fatalf("resource group %s has status %s", g.ID, g.Status)
		}
	}
	md, err := e.client.VersionMetadata(ctx, api.VersionQuery{Region: "cn-beijing", ClusterType: "ManagedKubernetes", KubernetesVersion: detail.CurrentVersion})
	if err != nil || len(md) != 1 || len(md[0].Images) == 0 || len(md[0].Runtimes) == 0 {
		t.Fatalf("metadata %+v err %v", md, err)
	}
	pools, err := e.client.ListNodePools(ctx, "cn-beijing", detail.ClusterID, "")
	if err != nil || len(pools) != 1 || pools[0].Status.State != "active" {
		t.Fatalf("pools %+v err %v", pools, err)
	}
}

func TestServerSideRules(t *testing.T) {
	e := newEnv(t, sandbox.Options{})
	ctx := context.Background()
	reg, _ := e.sandbox.Account().Region("cn-hangzhou")
	var notRunning, running sandbox.Cluster
	for _, c := range reg.Clusters {
		if c.State == "running" && running.ID == "" {
			running = c
		}
		if c.State != "running" && notRunning.ID == "" {
			notRunning = c
		}
	}
	foreign := ""
	for _, v := range reg.VPCs {
		if v.ID != running.VpcID {
			foreign = v.VSwitches[0].ID
		}
	}
	cases := map[string]struct {
		cluster string
		mutate  func(b *bodyRef)
		code    string
		status  int
	}{
		"cluster not found":      {"c0000000000000000000000000000000", nil, "ErrorClusterNotFound", 404},
		"cluster not running":    {notRunning.ID, nil, "ErrorClusterState", 400},
		"vswitch of another VPC": {running.ID, func(b *bodyRef) { b.vswitches = []string{foreign} }, "InvalidParameter.VSwitchIds", 400},
		"unknown instance type":  {running.ID, func(b *bodyRef) { b.types = []string{"ecs.nope.large"} }, "InvalidParameter.InstanceTypes", 400},
		"unknown key pair":       {running.ID, func(b *bodyRef) { b.keyPair = "missing-key" }, "InvalidParameter.KeyPair", 400},
		"existing pool name":     {running.ID, func(b *bodyRef) { b.name = "default-nodepool" }, "InvalidParameter.Name", 400},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			body := e.bodyFor(t, reg, running, "np-rules", 1)
			ref := &bodyRef{name: "np-rules", vswitches: body.ScalingGroup.VSwitchIDs, types: body.ScalingGroup.InstanceTypes}
			if tc.mutate != nil {
				tc.mutate(ref)
			}
			body.NodepoolInfo.Name = ptr(ref.name)
			body.ScalingGroup.VSwitchIDs, body.ScalingGroup.InstanceTypes = ref.vswitches, ref.types
			if ref.keyPair != "" {
				body.ScalingGroup.KeyPair = ptr(ref.keyPair)
				body.ScalingGroup.LoginPassword = nil // a pool logs in with a key pair or a password, not both
			}
			_, err := e.client.CreateNodePool(ctx, "cn-hangzhou", tc.cluster, body)
			var ae *api.Error
			if !errors.As(err, &ae) || ae.Code != tc.code || ae.HTTPStatus != tc.status {
				t.Fatalf("want %s/%d, got %v", tc.code, tc.status, err)
			}
		})
	}
}

type bodyRef struct {
	name      string
	vswitches []string
	types     []string
	keyPair   string
}
