package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"ackpool/api"
	"ackpool/api/sandbox"
)

func lookupOpts(s *cmdSandbox, output string) (lookupOptions, *bytes.Buffer) {
	var out bytes.Buffer
	return lookupOptions{IO: IOStreams{In: strings.NewReader(""), Out: &out, Err: &bytes.Buffer{}},
		NewClient: s.factory, Region: "cn-hangzhou", Output: output}, &out
}

func TestClustersListsTheRegionAndFillsTheCache(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	s := newCmdSandbox(t, sandbox.Options{})
	reg, _ := s.handler.Account().Region("cn-hangzhou")

	opts, out := lookupOpts(s, "text")
	if err := clustersRun(context.Background(), &opts); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != len(reg.Clusters)+1 || !strings.HasPrefix(lines[0], "CLUSTER_ID") {
		t.Fatalf("table:\n%s", out)
	}
	for _, c := range reg.Clusters {
		if !strings.Contains(out.String(), c.ID) || !strings.Contains(out.String(), c.Name) {
			t.Errorf("table lacks %s %s", c.ID, c.Name)
		}
	}

	opts, out = lookupOpts(s, "json")
	opts.CacheKey = "test-account"
	if err := clustersRun(context.Background(), &opts); err != nil {
		t.Fatal(err)
	}
	var got []api.Cluster
	if err := json.Unmarshal(out.Bytes(), &got); err != nil || len(got) != len(reg.Clusters) {
		t.Fatalf("json: %v\n%s", err, out)
	}
	cached, ok := cachedClusters("test-account", nowUTC())
	if !ok || len(cached) != len(reg.Clusters) || cached[0].ID != got[0].ClusterID {
		t.Errorf("cache: %v %v", ok, cached)
	}
}

func TestPoolsListsACreatedPool(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	cluster, file := s.requestFile(t, "np-listed")
	if _, errOut, err := runCreate(&createOptions{NewClient: s.factory, ClusterID: cluster, File: file, Yes: true, Output: "text"}, ""); err != nil {
		t.Fatalf("%v %s", err, errOut)
	}
	lo, out := lookupOpts(s, "text")
	if err := poolsRun(context.Background(), &poolsOptions{lookupOptions: lo, ClusterID: cluster}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "NODEPOOL_ID") || !strings.Contains(out.String(), "np-listed") {
		t.Errorf("table:\n%s", out)
	}
	lo, out = lookupOpts(s, "json")
	if err := poolsRun(context.Background(), &poolsOptions{lookupOptions: lo, ClusterID: cluster}); err != nil {
		t.Fatal(err)
	}
	var pools []api.NodePoolDetail
	if err := json.Unmarshal(out.Bytes(), &pools); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range pools {
		found = found || p.Info.Name == "np-listed" && strings.HasPrefix(p.Info.NodepoolID, "np")
	}
	if !found {
		t.Errorf("json lacks the pool: %s", out)
	}
	lo, _ = lookupOpts(s, "text")
	err := poolsRun(context.Background(), &poolsOptions{lookupOptions: lo, ClusterID: "c-nope"})
	var ae *api.Error
	if !errorsAs(err, &ae) || ae.Code != "ErrorClusterNotFound" {
		t.Errorf("unknown cluster: %v", err)
	}
	if err := poolsRun(context.Background(), &poolsOptions{lookupOptions: lo}); err == nil || !isUsageError(err) {
		t.Errorf("no --cluster: %v", err)
	}
}

func TestVSwitchesOfTheClusterVPC(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	reg, _ := s.handler.Account().Region("cn-hangzhou")
	c := reg.Clusters[0]
	lo, out := lookupOpts(s, "json")
	if err := vswitchesRun(context.Background(), &vswitchesOptions{lookupOptions: lo, ClusterID: c.ID}); err != nil {
		t.Fatal(err)
	}
	var rows []vswitchRow
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil || len(rows) == 0 {
		t.Fatalf("%v %s", err, out)
	}
	used := 0
	for _, r := range rows {
		if r.VpcID != c.VpcID {
			t.Errorf("%s is in %s, not the cluster's VPC %s", r.VSwitchID, r.VpcID, c.VpcID)
		}
		if r.UsedByCluster {
			used++
		}
	}
	if used != len(c.VSwitchIDs) {
		t.Errorf("%d marked as the cluster's, want %d", used, len(c.VSwitchIDs))
	}
	lo, out = lookupOpts(s, "text")
	if err := vswitchesRun(context.Background(), &vswitchesOptions{lookupOptions: lo, ClusterID: c.ID}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "VSWITCH_ID") || !strings.Contains(out.String(), c.VSwitchIDs[0]) {
		t.Errorf("table:\n%s", out)
	}
}

func TestInstanceTypesInStockAndFiltered(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	reg, _ := s.handler.Account().Region("cn-hangzhou")
	zone := reg.Zones[0]
	lo, out := lookupOpts(s, "json")
	opts := &instanceTypesOptions{lookupOptions: lo, Zone: zone, Filter: "vcpu>=8 mem>=32"}
	if err := instanceTypesRun(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	var types []api.InstanceType
	if err := json.Unmarshal(out.Bytes(), &types); err != nil || len(types) == 0 {
		t.Fatalf("%v %s", err, out)
	}
	for _, it := range types {
		if it.CPUCores < 8 || it.MemoryGiB < 32 {
			t.Errorf("%s (%d vCPU, %g GiB) passed the filter", it.InstanceTypeID, it.CPUCores, it.MemoryGiB)
		}
		if s.handler.Account().Availability(zone, it.InstanceTypeID) != "Available" {
			t.Errorf("%s is not in stock in %s", it.InstanceTypeID, zone)
		}
	}
	// the filter really removes types: the unfiltered list is longer
	lo, all := lookupOpts(s, "json")
	if err := instanceTypesRun(context.Background(), &instanceTypesOptions{lookupOptions: lo, Zone: zone}); err != nil {
		t.Fatal(err)
	}
	var every []api.InstanceType
	_ = json.Unmarshal(all.Bytes(), &every)
	if len(every) <= len(types) {
		t.Errorf("filtered %d of %d", len(types), len(every))
	}
	lo, out = lookupOpts(s, "text")
	if err := instanceTypesRun(context.Background(), &instanceTypesOptions{lookupOptions: lo, Zone: zone, Filter: "gpu>=1"}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "INSTANCE_TYPE") {
		t.Errorf("table:\n%s", out)
	}
	lo, _ = lookupOpts(s, "text")
	if err := instanceTypesRun(context.Background(), &instanceTypesOptions{lookupOptions: lo, Filter: "disk>=1"}); err == nil || !strings.Contains(err.Error(), "unknown key") || !isUsageError(err) {
		t.Errorf("bad filter: %v", err)
	}
}

func TestTableShowsControlCharacters(t *testing.T) {
	var b bytes.Buffer
	if err := writeTable(&b, []string{"A", "B"}, [][]string{{"x\x1b[31mred", ""}, {"tab\there", "rtl\u202e"}}); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(b.String(), "\x1b\t\u202e") || !strings.Contains(b.String(), `\x1b[31mred`) || !strings.Contains(b.String(), `\u202e`) {
		t.Errorf("%q", b.String())
	}
}

func errorsAs(err error, target any) bool { return errors.As(err, target) }

func nowUTC() time.Time { return time.Now().UTC() }
