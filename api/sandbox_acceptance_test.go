package api_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"ackpool/api"
	"ackpool/api/sandbox"
)

func TestCreateThenWatchReachesActive(t *testing.T) {
	e := newEnv(t, sandbox.Options{Speed: 4})
	cl, body := e.runningCluster(t, "np-accept", 3)
	ctx := context.Background()

	res, err := e.client.CreateNodePool(ctx, "cn-hangzhou", cl.ID, body)
	if err != nil {
		t.Fatalf("create: %v", err)
	}
	if !strings.HasPrefix(res.NodepoolID, "np") || !strings.HasPrefix(res.TaskID, "T-") || res.RequestID == "" || res.Recovery != "" {
		t.Fatalf("unexpected create result %+v", res)
	}

	var events []api.WatchEvent
	w := api.Watcher{Client: e.client, Clock: e.clock}
	final, err := w.Watch(ctx, api.WatchRequest{Region: "cn-hangzhou", ClusterID: cl.ID, NodepoolID: res.NodepoolID, TaskID: res.TaskID},
		func(ev api.WatchEvent) { events = append(events, ev) })
	if err != nil {
		t.Fatalf("watch: %v", err)
	}
	if !final.Succeeded || final.Phase != api.PhaseDone || final.PoolState != "active" || final.Nodes.TotalNodes != 3 || final.Nodes.HealthyNodes != 3 {
		t.Fatalf("final event %+v", final)
	}
	stages := map[string]bool{}
	sawPool := false
	for _, ev := range events {
		if ev.Phase == api.PhaseTask && ev.Stage != "" {
			stages[ev.Stage] = true
		}
		if ev.Phase == api.PhasePool {
			sawPool = true
		}
	}
	if len(stages) < 3 || !sawPool {
		t.Fatalf("expected progress through several stages and a pool phase, got stages %v pool %v", stages, sawPool)
	}
	detail, err := e.client.DescribeNodePool(ctx, "cn-hangzhou", cl.ID, res.NodepoolID)
	if err != nil {
		t.Fatal(err)
	}
	// the sandbox echoes login_password like the cloud; the client drops it from Raw
	if detail.Info.Name != "np-accept" || !detail.HasLoginPassword || strings.Contains(string(detail.Raw), "Sandbox-Passw0rd!") ||
		!strings.Contains(string(detail.Raw), `"instance_types"`) {
		t.Fatalf("detail %+v raw %s", detail.Info, detail.Raw)
	}
}

func TestDuplicateNameIsInvalidParameterName(t *testing.T) {
	e := newEnv(t, sandbox.Options{})
	cl, body := e.runningCluster(t, "default-nodepool", 1)
	_, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body)
	var ae *api.Error
	if !errors.As(err, &ae) || ae.Code != "InvalidParameter.Name" || ae.HTTPStatus != 400 || ae.Hint == "" {
		t.Fatalf("want InvalidParameter.Name 400 with a hint, got %v", err)
	}
}

func TestWrongSecretIsSignatureDoesNotMatch(t *testing.T) {
	e := newEnv(t, sandbox.Options{})
	bad := newClient(t, e.url, e.sandbox.AccessKeyID(), "not-the-secret", e.clock)
	_, err := bad.ListClusters(context.Background(), "cn-hangzhou")
	var ae *api.Error
	if !errors.As(err, &ae) {
		t.Fatalf("want *api.Error, got %T %v", err, err)
	}
	if ae.Code != "SignatureDoesNotMatch" || ae.HTTPStatus != 400 || ae.RequestID == "" {
		t.Fatalf("got %+v", ae)
	}
	msg := ae.Error()
	for _, want := range []string{"SignatureDoesNotMatch", ae.RequestID, "next step:", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"} {
		if !strings.Contains(msg, want) {
			t.Errorf("Error() = %q, missing %q", msg, want)
		}
	}
	if n := len(e.clock.sleeps()); n != 0 {
		t.Errorf("a signature error must not be retried, slept %d times", n)
	}
}

func TestUnknownAccessKey(t *testing.T) {
	e := newEnv(t, sandbox.Options{})
	bad := newClient(t, e.url, "LTAI5tUNKNOWN", e.sandbox.AccessKeySecret(), e.clock)
	_, err := bad.DescribeTask(context.Background(), "cn-hangzhou", "T-x")
	var ae *api.Error
	if !errors.As(err, &ae) || ae.Code != "InvalidAccessKeyId.NotFound" || ae.HTTPStatus != 404 {
		t.Fatalf("got %v", err)
	}
}

// sequence injects the listed faults for an action, in order, then none.
type sequence struct {
	mu     sync.Mutex
	faults map[string][]sandbox.Fault
	calls  map[string]int
}

func newSequence(faults map[string][]sandbox.Fault) *sequence {
	return &sequence{faults: faults, calls: map[string]int{}}
}

func (s *sequence) inject(action string) sandbox.Fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.calls[action]
	s.calls[action]++
	if n < len(s.faults[action]) {
		return s.faults[action][n]
	}
	return sandbox.NoFault
}

func (s *sequence) count(action string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[action]
}

func TestReadsRetryThrottlingAnd5xxAndDrops(t *testing.T) {
	seq := newSequence(map[string][]sandbox.Fault{
		"DescribeClustersV1": {sandbox.FaultThrottle, sandbox.FaultServerError, sandbox.FaultDrop},
	})
	e := newEnv(t, sandbox.Options{Inject: seq.inject})
	clusters, err := e.client.ListClusters(context.Background(), "cn-hangzhou")
	if err != nil {
		t.Fatalf("ListClusters after 3 transient faults: %v", err)
	}
	if len(clusters) < 3 {
		t.Fatalf("got %d clusters", len(clusters))
	}
	if got := seq.count("DescribeClustersV1"); got != 4 {
		t.Fatalf("want 4 attempts, got %d", got)
	}
	sl := e.clock.sleeps()
	if len(sl) != 3 || !(sl[0] < sl[1] && sl[1] < sl[2]) {
		t.Fatalf("want 3 growing backoff waits, got %v", sl)
	}
}

func TestReadsGiveUpAfterTheBound(t *testing.T) {
	always := func(string) sandbox.Fault { return sandbox.FaultThrottle }
	e := newEnv(t, sandbox.Options{Inject: always})
	_, err := e.client.ListZones(context.Background(), "cn-hangzhou")
	var ae *api.Error
	if !errors.As(err, &ae) || ae.Code != "Throttling.User" || !ae.Throttled() {
		t.Fatalf("got %v", err)
	}
	if n := len(e.clock.sleeps()); n != 3 {
		t.Fatalf("want 3 waits for 4 attempts, got %d", n)
	}
}

func TestAmbiguousCreateEndsWithExactlyOnePool(t *testing.T) {
	cases := map[string]struct {
		faults   []sandbox.Fault
		recovery string
		sends    int
	}{
		"dropped after the pool was created":  {[]sandbox.Fault{sandbox.FaultDropAfterApply}, "not sent again", 1},
		"dropped before it was applied":       {[]sandbox.Fault{sandbox.FaultDrop}, "sent once more", 2},
		"server error before it was applied":  {[]sandbox.Fault{sandbox.FaultServerError}, "sent once more", 2},
		"resend throttled, then accepted":     {[]sandbox.Fault{sandbox.FaultDrop, sandbox.FaultThrottle}, "sent once more", 3},
		"resend dropped after it was applied": {[]sandbox.Fault{sandbox.FaultDrop, sandbox.FaultDropAfterApply}, "second attempt failed too", 2},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			seq := newSequence(map[string][]sandbox.Fault{"CreateClusterNodePool": tc.faults})
			e := newEnv(t, sandbox.Options{Inject: seq.inject})
			cl, body := e.runningCluster(t, "np-ambiguous", 2)
			res, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body)
			if err != nil {
				t.Fatalf("create: %v", err)
			}
			if !strings.Contains(res.Recovery, tc.recovery) || res.NodepoolID == "" {
				t.Fatalf("recovery %q, want it to say %q (result %+v)", res.Recovery, tc.recovery, res)
			}
			n := 0
			for _, name := range e.sandbox.NodePoolNames(cl.ID) {
				if name == "np-ambiguous" {
					n++
				}
			}
			if n != 1 {
				t.Fatalf("want exactly one pool named np-ambiguous, got %d", n)
			}
			if got := seq.count("CreateClusterNodePool"); got != tc.sends {
				t.Fatalf("create sent %d times, want %d", got, tc.sends)
			}
			// the recovered pool can still be followed to the end
			final, err := api.Watcher{Client: e.client, Clock: e.clock}.Watch(context.Background(),
				api.WatchRequest{Region: "cn-hangzhou", ClusterID: cl.ID, NodepoolID: res.NodepoolID, TaskID: res.TaskID}, nil)
			if err != nil || final.PoolState != "active" {
				t.Fatalf("watch after recovery: %v %+v", err, final)
			}
		})
	}
}

func TestThrottledCreateIsRetried(t *testing.T) {
	seq := newSequence(map[string][]sandbox.Fault{"CreateClusterNodePool": {sandbox.FaultThrottle}})
	e := newEnv(t, sandbox.Options{Inject: seq.inject})
	cl, body := e.runningCluster(t, "np-throttled", 1)
	res, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body)
	if err != nil || res.Recovery != "" || seq.count("CreateClusterNodePool") != 2 {
		t.Fatalf("res %+v err %v sends %d", res, err, seq.count("CreateClusterNodePool"))
	}
}

func TestFailedTaskReportsItsFailureDetail(t *testing.T) {
	e := newEnv(t, sandbox.Options{FailTasks: true, Speed: 10})
	cl, body := e.runningCluster(t, "np-doomed", 2)
	res, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body)
	if err != nil {
		t.Fatal(err)
	}
	final, err := api.Watcher{Client: e.client, Clock: e.clock}.Watch(context.Background(),
		api.WatchRequest{Region: "cn-hangzhou", TaskID: res.TaskID}, nil)
	if !errors.Is(err, api.ErrWatchFailed) {
		t.Fatalf("want ErrWatchFailed, got %v", err)
	}
	if final.Succeeded || final.TaskState != "fail" || !strings.Contains(final.Failure, "OperationDenied.NoStock") || final.Stage != "ScaleOutInstances" {
		t.Fatalf("final %+v", final)
	}
	if final.NodepoolID != res.NodepoolID {
		t.Fatalf("the watcher should learn the pool from the task target, got %q", final.NodepoolID)
	}
}

func TestCancellingStopsPolling(t *testing.T) {
	seq := newSequence(nil)
	e := newEnv(t, sandbox.Options{Inject: seq.inject})
	cl, body := e.runningCluster(t, "np-cancel", 1)
	res, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	polls := 0
	// the system clock with a long interval: only prompt cancellation lets this return
	w := api.Watcher{Client: e.client, Interval: time.Hour, MaxInterval: time.Hour}
	_, err = w.Watch(ctx, api.WatchRequest{Region: "cn-hangzhou", TaskID: res.TaskID, ClusterID: cl.ID, NodepoolID: res.NodepoolID},
		func(ev api.WatchEvent) {
			polls++
			go func() { time.Sleep(10 * time.Millisecond); cancel() }()
		})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled, got %v", err)
	}
	if polls != 1 || seq.count("DescribeTaskInfo") != 1 {
		t.Fatalf("want one poll before the cancel, got %d events and %d requests", polls, seq.count("DescribeTaskInfo"))
	}
}

func TestWatchChanDeliversTheFinalEventLast(t *testing.T) {
	e := newEnv(t, sandbox.Options{Speed: 20})
	cl, body := e.runningCluster(t, "np-chan", 1)
	res, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body)
	if err != nil {
		t.Fatal(err)
	}
	var last api.WatchEvent
	n := 0
	for ev := range (api.Watcher{Client: e.client, Clock: e.clock}).WatchChan(context.Background(),
		api.WatchRequest{Region: "cn-hangzhou", TaskID: res.TaskID, ClusterID: cl.ID, NodepoolID: res.NodepoolID}) {
		last, n = ev, n+1
	}
	if n < 3 || last.Phase != api.PhaseDone || !last.Succeeded {
		t.Fatalf("%d events, last %+v", n, last)
	}
}

// TestAmbiguousCreateWithAFailedLookup: when the lookup after an ambiguous create fails
// too, the outcome is unknown, not a failure: the error says so, gives the lookup's cause
// on one line (without its own next step), and names the command that checks.
func TestAmbiguousCreateWithAFailedLookup(t *testing.T) {
	seq := newSequence(map[string][]sandbox.Fault{"CreateClusterNodePool": {sandbox.FaultDropAfterApply}})
	lookups := func(action string) sandbox.Fault {
		if action == "DescribeClusterNodePools" {
			return sandbox.FaultThrottle
		}
		return seq.inject(action)
	}
	e := newEnv(t, sandbox.Options{Inject: lookups})
	cl, body := e.runningCluster(t, "np-lookup-fails", 1)
	_, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body)
	var unknown *api.OutcomeUnknownError
	if !errors.As(err, &unknown) {
		t.Fatalf("want *api.OutcomeUnknownError, got %T: %v", err, err)
	}
	msg := err.Error()
	check := "aliyun cs GET /clusters/" + cl.ID + "/nodepools --NodepoolName np-lookup-fails --region cn-hangzhou --endpoint " + e.url
	if !strings.Contains(msg, "outcome unknown") || !strings.Contains(msg, "DescribeClusterNodePools: Throttling.User") ||
		strings.Count(msg, "next step:") > 0 || !strings.Contains(msg, "check with: "+check) || unknown.Check != check {
		t.Fatalf("error:\n%s", msg)
	}
	if got := seq.count("CreateClusterNodePool"); got != 1 {
		t.Fatalf("create sent %d times, want once (never resent while the outcome is unknown)", got)
	}
}
