package api_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"ackpool/api"
	"ackpool/api/sandbox"

	credential "github.com/aliyun/credentials-go/credentials"
)

// TestTheOpenAPICoresSignatureV1ModeAgainstTheSandbox runs the real client with the
// official Go core in its signature 1.0 mode (SignatureAlgorithm "v2": ROA calls signed
// `acs AK:sig`, RPC calls with signed parameters) through lookups, a create and its watch.
func TestTheOpenAPICoresSignatureV1ModeAgainstTheSandbox(t *testing.T) {
	e := newEnv(t, sandbox.Options{Speed: 4})
	cred, err := credential.NewCredential(&credential.Config{Type: ptr("access_key"), AccessKeyId: ptr(e.sandbox.AccessKeyID()), AccessKeySecret: ptr(e.sandbox.AccessKeySecret())})
	if err != nil {
		t.Fatal(err)
	}
	c, err := api.New(api.Options{Endpoint: e.url, Region: "cn-hangzhou", Credential: cred, Sandbox: true, Clock: e.clock, SignatureAlgorithm: "v2"})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	cl, body := e.runningCluster(t, "np-v1-core", 2)
	if vs, err := c.ListVSwitches(ctx, "cn-hangzhou", cl.VpcID); err != nil || len(vs) == 0 {
		t.Fatalf("RPC lookup: %v (%d vswitches)", err, len(vs))
	}
	if zones, err := c.ListZones(ctx, "cn-hangzhou"); err != nil || len(zones) == 0 {
		t.Fatalf("RPC lookup: %v (%d zones)", err, len(zones))
	}
	if clusters, err := c.ListClusters(ctx, "cn-hangzhou"); err != nil || len(clusters) == 0 {
		t.Fatalf("ROA lookup: %v", err)
	}
	res, err := c.CreateNodePool(ctx, "cn-hangzhou", cl.ID, body)
	if err != nil {
		t.Fatalf("create: %v", err)
	}
	final, err := api.Watcher{Client: c, Clock: e.clock}.Watch(ctx,
		api.WatchRequest{Region: "cn-hangzhou", ClusterID: cl.ID, NodepoolID: res.NodepoolID, TaskID: res.TaskID}, nil)
	if err != nil || !final.Succeeded || final.PoolState != "active" || final.Nodes.HealthyNodes != 2 {
		t.Fatalf("watch: %v %+v", err, final)
	}
	if _, err := c.CreateNodePool(ctx, "cn-hangzhou", cl.ID, body); err == nil {
		t.Fatal("a duplicate name was accepted")
	}
	// a wrong secret is refused by the signature 1.0 check, which names its string to sign
	bad, _ := credential.NewCredential(&credential.Config{Type: ptr("access_key"), AccessKeyId: ptr(e.sandbox.AccessKeyID()), AccessKeySecret: ptr("wrong")})
	wrong, _ := api.New(api.Options{Endpoint: e.url, Region: "cn-hangzhou", Credential: bad, Sandbox: true, Clock: e.clock, SignatureAlgorithm: "v2"})
	for name, call := range map[string]func() error{
		"ROA": func() error { _, err := wrong.DescribeTask(ctx, "cn-hangzhou", res.TaskID); return err },
		"RPC": func() error { _, err := wrong.ListZones(ctx, "cn-hangzhou"); return err },
	} {
		var apiErr *api.Error
		if err := call(); !errors.As(err, &apiErr) || apiErr.Code != "SignatureDoesNotMatch" || !strings.Contains(apiErr.Message, "string to sign") {
			t.Fatalf("%s with a wrong secret: %v", name, err)
		}
	}
}
