package preflight_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"ackpool/api"
	"ackpool/api/preflight"
	"ackpool/api/sandbox"
	"ackpool/model"

	credential "github.com/aliyun/credentials-go/credentials"
)

// env is the sandbox over loopback, a real client and a count of the requests.
type env struct {
	sandbox *sandbox.Handler
	client  *api.SDKClient
	calls   atomic.Int64
	// inflight is how many requests the sandbox is answering now, peak the most at once.
	inflight, peak atomic.Int64
	// priceCalls counts the DescribePrice requests.
	priceCalls atomic.Int64
	// forbid answers these actions 403 Forbidden.RAM, as for a caller without the permission.
	forbid map[string]bool
}

func newEnv(t testing.TB) *env { return newEnvWith(t, sandbox.Options{}) }

func newEnvWith(t testing.TB, opts sandbox.Options) *env {
	t.Helper()
	h, err := sandbox.NewHandler(opts)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{sandbox: h, forbid: map[string]bool{}}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		e.calls.Add(1)
		if r.Header.Get("x-acs-action") == "DescribePrice" {
			e.priceCalls.Add(1)
		}
		now := e.inflight.Add(1)
		defer e.inflight.Add(-1)
		for p := e.peak.Load(); now > p && !e.peak.CompareAndSwap(p, now); p = e.peak.Load() {
		}
		if e.forbid[r.Header.Get("x-acs-action")] {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusForbidden)
			_, _ = w.Write([]byte(`{"code":"Forbidden.RAM","message":"User not authorized to operate on the specified resource.","requestId":"R-403"}`))
			return
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	cred, err := credential.NewCredential(&credential.Config{Type: ptr("access_key"), AccessKeyId: ptr(h.AccessKeyID()), AccessKeySecret: ptr(h.AccessKeySecret())})
	if err != nil {
		t.Fatal(err)
	}
	c, err := api.New(api.Options{Endpoint: srv.URL, Region: "cn-hangzhou", Credential: cred, Sandbox: true,
		Retry: api.RetryPolicy{Jitter: func() float64 { return 0.5 }}})
	if err != nil {
		t.Fatal(err)
	}
	e.client = c
	return e
}

func ptr[T any](v T) *T { return &v }

// region is the sandbox region the tests plan in.
func (e *env) region() *sandbox.Region {
	reg, _ := e.sandbox.Account().Region("cn-hangzhou")
	return reg
}

// cluster returns the region's cluster with the given name.
func (e *env) cluster(t testing.TB, name string) sandbox.Cluster {
	t.Helper()
	for _, c := range e.region().Clusters {
		if c.Name == name {
			return c
		}
	}
	t.Fatalf("no cluster %s", name)
	return sandbox.Cluster{}
}

// vpcVSwitches returns the vSwitches of the cluster's VPC.
func (e *env) vpcVSwitches(c sandbox.Cluster) []sandbox.VSwitch {
	for _, v := range e.region().VPCs {
		if v.ID == c.VpcID {
			return v.VSwitches
		}
	}
	return nil
}

// zoneVSwitches picks one roomy vSwitch in each of the first n zones of the VPC.
func (e *env) zoneVSwitches(t testing.TB, c sandbox.Cluster, n int) []sandbox.VSwitch {
	t.Helper()
	var out []sandbox.VSwitch
	seen := map[string]bool{}
	for _, v := range e.vpcVSwitches(c) {
		if !seen[v.ZoneID] && v.AvailableIPs >= 100 && len(out) < n {
			seen[v.ZoneID] = true
			out = append(out, v)
		}
	}
	if len(out) < n {
		t.Fatalf("only %d zones with roomy vSwitches", len(out))
	}
	return out
}

// typesInStock returns up to n general families' types (all disk categories) in stock
// in every zone.
func (e *env) typesInStock(t testing.TB, zones []string, n int, families ...string) []string {
	t.Helper()
	var out []string
	for _, it := range e.sandbox.Account().InstanceTypes {
		if len(out) == n {
			break
		}
		if !hasFamily(it.Family, families) || it.GPUAmount > 0 || it.Arch != "X86" {
			continue
		}
		ok := true
		for _, z := range zones {
			ok = ok && e.sandbox.Account().Availability(z, it.ID) == "Available"
		}
		if ok {
			out = append(out, it.ID)
		}
	}
	if len(out) < n {
		t.Fatalf("only %d types in stock in %v", len(out), zones)
	}
	return out
}

func hasFamily(f string, families []string) bool {
	for _, x := range families {
		if f == x {
			return true
		}
	}
	return false
}

// goodRequest is a request for the prod-web cluster that every check passes: two
// roomy vSwitches in two zones, two types in stock in both, ESSD disks, the
// cluster's security group and a key pair of the region.
func (e *env) goodRequest(t testing.TB, zones int, types int) (sandbox.Cluster, *model.NodePool) {
	t.Helper()
	c := e.cluster(t, "prod-web")
	vsw := e.zoneVSwitches(t, c, zones)
	var ids, zs []string
	for _, v := range vsw {
		ids, zs = append(ids, v.ID), append(zs, v.ZoneID)
	}
	np := &model.NodePool{
		NodepoolInfo: &model.NodepoolInfo{Name: ptr("plan-test")},
		ScalingGroup: &model.ScalingGroup{
			VSwitchIDs:         ids,
			InstanceTypes:      e.typesInStock(t, zs, types, "ecs.g7", "ecs.c7", "ecs.r7", "ecs.g8i", "ecs.c8i", "ecs.g6", "ecs.c6"),
			DesiredSize:        ptr(int64(3)),
			InstanceChargeType: ptr("PostPaid"),
			SystemDiskCategory: ptr("cloud_essd"),
			SystemDiskSize:     ptr(int64(120)),
			DataDisks:          []model.DataDisk{{Category: ptr("cloud_essd"), Size: ptr(int64(200))}},
			ImageType:          ptr("AliyunLinux3"),
			KeyPair:            ptr("ops-team"),
			SecurityGroupIDs:   []string{c.SecurityGroupID},
		},
		KubernetesConfig: &model.KubernetesConfig{Runtime: ptr("containerd")},
	}
	return c, np
}

// plan runs one plan with a fresh planner.
func (e *env) plan(t testing.TB, c sandbox.Cluster, np *model.NodePool) *preflight.Result {
	t.Helper()
	return preflight.New(e.client).Plan(context.Background(), "cn-hangzhou", c.ID, np)
}

// statuses returns the statuses of the checks with an ID.
func statuses(r *preflight.Result, id string) []preflight.Status {
	var out []preflight.Status
	for _, c := range r.Checks {
		if c.ID == id {
			out = append(out, c.Status)
		}
	}
	return out
}

// find returns the first check with an ID and status.
func find(r *preflight.Result, id string, st preflight.Status) (preflight.Check, bool) {
	for _, c := range r.Checks {
		if c.ID == id && c.Status == st {
			return c, true
		}
	}
	return preflight.Check{}, false
}

func dump(r *preflight.Result) string {
	var b strings.Builder
	for _, c := range r.Checks {
		b.WriteString("  " + c.ID + " " + string(c.Status) + " " + c.Path + ": " + c.Message + "\n")
	}
	return b.String()
}
