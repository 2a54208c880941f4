package api_test

import (
	"context"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"ackpool/api"
	"ackpool/api/sandbox"
	"ackpool/model"

	credential "github.com/aliyun/credentials-go/credentials"
)

// fakeClock is a clock whose Sleep advances time at once; the sandbox's tasks and
// the client's backoff share it, so a watch runs to its end without waiting.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	slept  []time.Duration
	onWait func()
}

func newFakeClock() *fakeClock { return &fakeClock{now: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.slept = append(c.slept, d)
	c.mu.Unlock()
	return ctx.Err()
}

func (c *fakeClock) sleeps() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.slept...)
}

// env is a sandbox on httptest plus a real client talking to it.
type env struct {
	client  *api.SDKClient
	sandbox *sandbox.Handler
	clock   *fakeClock
	url     string
}

func newEnv(t testing.TB, opts sandbox.Options) *env {
	t.Helper()
	clk := newFakeClock()
	opts.Clock = clk
	h, err := sandbox.NewHandler(opts)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	c := newClient(t, srv.URL, h.AccessKeyID(), h.AccessKeySecret(), clk)
	return &env{client: c, sandbox: h, clock: clk, url: srv.URL}
}

func newClient(t testing.TB, endpoint, id, secret string, clk api.Clock) *api.SDKClient {
	t.Helper()
	cred, err := credential.NewCredential(&credential.Config{Type: ptr("access_key"), AccessKeyId: ptr(id), AccessKeySecret: ptr(secret)})
	if err != nil {
		t.Fatal(err)
	}
	c, err := api.New(api.Options{Endpoint: endpoint, Region: "cn-hangzhou", Credential: cred, Sandbox: true, Clock: clk,
		Retry: api.RetryPolicy{Jitter: func() float64 { return 0.5 }}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func ptr[T any](v T) *T { return &v }

// runningCluster returns a running cluster of cn-hangzhou and a valid body for it.
func (e *env) runningCluster(t testing.TB, name string, desired int64) (sandbox.Cluster, *model.NodePool) {
	t.Helper()
	reg, _ := e.sandbox.Account().Region("cn-hangzhou")
	for _, c := range reg.Clusters {
		if c.State != "running" {
			continue
		}
		return c, e.bodyFor(t, reg, c, name, desired)
	}
	t.Fatal("no running cluster in the sandbox account")
	return sandbox.Cluster{}, nil
}

// bodyFor builds a minimal valid request: the cluster's vswitches and an instance
// type that is in stock in the first vswitch's zone.
func (e *env) bodyFor(t testing.TB, reg *sandbox.Region, c sandbox.Cluster, name string, desired int64) *model.NodePool {
	t.Helper()
	vsw, ok := reg.VSwitch(c.VSwitchIDs[0])
	if !ok {
		t.Fatal("cluster vswitch missing")
	}
	itype := ""
	for _, it := range e.sandbox.Account().InstanceTypes {
		if it.GPUAmount == 0 && e.sandbox.Account().Availability(vsw.ZoneID, it.ID) == "Available" {
			itype = it.ID
			break
		}
	}
	return &model.NodePool{
		NodepoolInfo: &model.NodepoolInfo{Name: ptr(name)},
		ScalingGroup: &model.ScalingGroup{
			VSwitchIDs:         []string{vsw.ID},
			InstanceTypes:      []string{itype},
			DesiredSize:        ptr(desired),
			SystemDiskCategory: ptr("cloud_essd"),
			SystemDiskSize:     ptr(int64(120)),
			InstanceChargeType: ptr("PostPaid"),
			LoginPassword:      ptr("Sandbox-Passw0rd!"),
		},
	}
}
