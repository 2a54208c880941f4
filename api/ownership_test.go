package api_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"ackpool/api"
	"ackpool/api/sandbox"
	"ackpool/model"
)

// countPools counts the cluster's pools of a name in the sandbox.
func countPools(e *env, clusterID, name string) int {
	n := 0
	for _, got := range e.sandbox.NodePoolNames(clusterID) {
		if got == name {
			n++
		}
	}
	return n
}

// TestAmbiguousCreateDoesNotAdoptAPoolThatExistedBefore: a pool of the name exists
// before the command sends anything, and the create meets a 503. The pool is not ours,
// so the answer is InvalidParameter.Name, not a recovered success.
func TestAmbiguousCreateDoesNotAdoptAPoolThatExistedBefore(t *testing.T) {
	seq := newSequence(map[string][]sandbox.Fault{"CreateClusterNodePool": {sandbox.NoFault, sandbox.FaultServerError}})
	e := newEnv(t, sandbox.Options{Inject: seq.inject})
	cl, body := e.runningCluster(t, "np-taken", 1)
	if _, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body.Clone()); err != nil {
		t.Fatal(err)
	}
	res, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body.Clone())
	var ae *api.Error
	if res != nil || !errors.As(err, &ae) || ae.Code != "InvalidParameter.Name" || !strings.Contains(err.Error(), "existed before") {
		t.Fatalf("want InvalidParameter.Name for a pool that existed before, got %+v, %v", res, err)
	}
}

// TestAmbiguousCreateDoesNotAdoptAConcurrentCreatorsPool: while this command's create
// is on the wire, another client creates a pool of the same name and settings; this
// command's connection drops before its request is applied. The pool that exists is
// the other client's (it lacks this command's tag), so the answer is InvalidParameter.Name.
func TestAmbiguousCreateDoesNotAdoptAConcurrentCreatorsPool(t *testing.T) {
	var (
		mu      sync.Mutex
		creates int
		other   *api.SDKClient
		cl      sandbox.Cluster
		body    *model.NodePool
		otherID string
	)
	inject := func(action string) sandbox.Fault {
		if action != "CreateClusterNodePool" {
			return sandbox.NoFault
		}
		mu.Lock()
		creates++
		first := creates == 1
		mu.Unlock()
		if !first {
			return sandbox.NoFault
		}
		res, err := other.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body.Clone())
		if err != nil {
			t.Errorf("the other client's create: %v", err)
		} else {
			otherID = res.NodepoolID
		}
		return sandbox.FaultDrop
	}
	e := newEnv(t, sandbox.Options{Inject: inject})
	other = newClient(t, e.url, e.sandbox.AccessKeyID(), e.sandbox.AccessKeySecret(), e.clock)
	cl, body = e.runningCluster(t, "np-race", 1)
	res, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body.Clone())
	var ae *api.Error
	if res != nil || !errors.As(err, &ae) || ae.Code != "InvalidParameter.Name" || !strings.Contains(err.Error(), "not created by this command") {
		t.Fatalf("want InvalidParameter.Name for the other client's pool %s, got %+v, %v", otherID, res, err)
	}
	if n := countPools(e, cl.ID, "np-race"); n != 1 {
		t.Fatalf("%d pools named np-race, want 1", n)
	}
}

// TestAppliedResendWithAFailedLookupIsUnknown: the first create is dropped before it
// is applied, the pool is absent, the resend is applied but its answer is lost, and the
// lookup after it fails. The pool exists, so "failed" would be false: the outcome is
// unknown, with the command that checks it.
func TestAppliedResendWithAFailedLookupIsUnknown(t *testing.T) {
	var (
		mu      sync.Mutex
		creates int
	)
	inject := func(action string) sandbox.Fault {
		mu.Lock()
		defer mu.Unlock()
		switch {
		case action == "CreateClusterNodePool":
			creates++
			if creates == 1 {
				return sandbox.FaultDrop
			}
			return sandbox.FaultDropAfterApply
		case action == "DescribeClusterNodePools" && creates >= 2:
			return sandbox.FaultServerError
		}
		return sandbox.NoFault
	}
	e := newEnv(t, sandbox.Options{Inject: inject})
	cl, body := e.runningCluster(t, "np-lost-answer", 1)
	_, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body)
	var unknown *api.OutcomeUnknownError
	if !errors.As(err, &unknown) || !strings.Contains(err.Error(), "check with: aliyun cs GET /clusters/"+cl.ID+"/nodepools --NodepoolName np-lost-answer") {
		t.Fatalf("want an unknown outcome with the check command, got %T: %v", err, err)
	}
	if n := countPools(e, cl.ID, "np-lost-answer"); n != 1 {
		t.Fatalf("%d pools, want 1 (the resend was applied)", n)
	}
}

// TestCreateWithoutRoomForTheTagIsUnknownWhenThePoolAppears: a body that already has
// the 20 instance tags ECS allows is sent without the ownership tag; when its answer is
// lost and a matching pool exists, ackpool cannot prove the pool is its own.
func TestCreateWithoutRoomForTheTagIsUnknownWhenThePoolAppears(t *testing.T) {
	seq := newSequence(map[string][]sandbox.Fault{"CreateClusterNodePool": {sandbox.FaultDropAfterApply}})
	e := newEnv(t, sandbox.Options{Inject: seq.inject})
	cl, body := e.runningCluster(t, "np-full-tags", 1)
	for i := range 20 {
		body.ScalingGroup.Tags = append(body.ScalingGroup.Tags, model.Tag{Key: ptr(fmt.Sprintf("k%d", i)), Value: ptr("v")})
	}
	_, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body)
	var unknown *api.OutcomeUnknownError
	if !errors.As(err, &unknown) || unknown.OwnerTag != "" || !strings.Contains(err.Error(), "no room for the "+api.OwnerTagKey) {
		t.Fatalf("want an unknown outcome, got %T: %v", err, err)
	}
}

// TestCreateTagsThePoolAndKeepsTheCallersBody: a plain create carries a fresh ownership
// tag (a cloned one is replaced), the result names it, and the caller's body is unchanged.
func TestCreateTagsThePoolAndKeepsTheCallersBody(t *testing.T) {
	e := newEnv(t, sandbox.Options{})
	cl, body := e.runningCluster(t, "np-tagged", 1)
	body.ScalingGroup.Tags = []model.Tag{{Key: ptr(api.OwnerTagKey), Value: ptr("copied-from-a-clone")}}
	res, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body)
	if err != nil {
		t.Fatal(err)
	}
	if len(body.ScalingGroup.Tags) != 1 || *body.ScalingGroup.Tags[0].Value != "copied-from-a-clone" {
		t.Fatalf("the caller's body was changed: %+v", body.ScalingGroup.Tags)
	}
	detail, err := e.client.DescribeNodePool(context.Background(), "cn-hangzhou", cl.ID, res.NodepoolID)
	if err != nil {
		t.Fatal(err)
	}
	raw := string(detail.Raw)
	if !strings.HasPrefix(res.OwnerTag, api.OwnerTagKey+"=") || strings.Contains(raw, "copied-from-a-clone") ||
		!strings.Contains(raw, strings.TrimPrefix(res.OwnerTag, api.OwnerTagKey+"=")) {
		t.Fatalf("owner tag %q, pool %s", res.OwnerTag, raw)
	}
}
