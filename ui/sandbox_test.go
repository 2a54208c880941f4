package ui

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"ackpool/api"
	"ackpool/api/sandbox"
	"ackpool/api/sandbox/sandboxtest"
	"ackpool/forms"
	"ackpool/model"
)

// sandboxEnv is the sandbox on a loopback httptest server and the real client.
type sandboxEnv struct {
	client   *api.SDKClient
	handler  *sandbox.Handler
	endpoint string
}

// newSandbox starts a sandbox whose tasks run speed times faster than real time.
func newSandbox(t testing.TB, speed float64) *sandboxEnv {
	t.Helper()
	return newSandboxWith(t, sandbox.Options{Speed: speed})
}

// newSandboxWith starts a sandbox with the given options (faults, speed).
func newSandboxWith(t testing.TB, opts sandbox.Options) *sandboxEnv {
	t.Helper()
	c, h, url := sandboxtest.Start(t, opts)
	return &sandboxEnv{client: c, handler: h, endpoint: url}
}

// validBody picks a running cluster and builds a request the sandbox accepts.
func (e *sandboxEnv) validBody(t testing.TB, name string) (*forms.Target, *model.NodePool) {
	t.Helper()
	cat := NewCatalog(e.client)
	clusters, err := cat.Clusters("cn-hangzhou")
	if err != nil || len(clusters) == 0 {
		t.Fatalf("no running cluster: %v", err)
	}
	target := &forms.Target{Region: "cn-hangzhou", ClusterID: clusters[0].Value}
	vsws, err := cat.VSwitches(*target)
	if err != nil || len(vsws) == 0 {
		t.Fatalf("no vswitch: %v", err)
	}
	types, err := cat.InstanceTypes(*target, []string{vsws[0].Value}, "PostPaid", "")
	if err != nil || len(types) == 0 {
		t.Fatalf("no instance type: %v", err)
	}
	str := func(s string) *string { return &s }
	n := int64(2)
	return target, &model.NodePool{
		NodepoolInfo: &model.NodepoolInfo{Name: str(name)},
		ScalingGroup: &model.ScalingGroup{
			VSwitchIDs:         []string{vsws[0].Value},
			InstanceTypes:      []string{types[0].Value},
			DesiredSize:        &n,
			InstanceChargeType: str("PostPaid"),
			SystemDiskCategory: str("cloud_essd"),
			SystemDiskSize:     func() *int64 { v := int64(120); return &v }(),
			LoginPassword:      str("Sandbox-Passw0rd!"),
		},
	}
}

// sandboxWizard is a wizard over the test steps talking to the sandbox.
func sandboxWizard(t *testing.T, e *sandboxEnv, name string) *driver {
	t.Helper()
	target, np := e.validBody(t, name)
	cat := NewCatalog(e.client)
	return newDriver(t, Options{Client: e.client, Catalog: cat, NodePool: np, Target: target, Steps: testSteps(np, target)}, 160, 48)
}

func TestSubmitSuccess(t *testing.T) {
	e := newSandbox(t, 5000)
	d := sandboxWizard(t, e, "ui-success")
	d.keys("ctrl+r")
	if d.m.problems.HasErrors() {
		t.Fatalf("test body has errors: %v", d.m.problems.Errors())
	}
	d.keys("s")
	if d.m.phase != phaseConfirm {
		t.Fatalf("s: phase %d, want confirm", d.m.phase)
	}
	d.expectView("Create this node pool?", "SANDBOX", "ui-success", "2 nodes", "PostPaid", d.m.target.ClusterID)
	d.keys("y")
	if d.m.phase != phaseDone {
		t.Fatalf("after the watch: phase %d, want done; screen:\n%s", d.m.phase, d.view())
	}
	out := d.m.Outcome()
	if out.Kind != OutcomeCreated || out.Result == nil || out.Result.NodepoolID == "" || out.Result.TaskID == "" {
		t.Fatalf("outcome = %+v, want created with IDs", out)
	}
	d.expectView("✓ Node pool created", out.Result.NodepoolID, out.Result.TaskID, out.Result.RequestID, "ackpool watch "+out.Result.TaskID)
	pools, err := e.client.ListNodePools(context.Background(), "cn-hangzhou", d.m.target.ClusterID, "ui-success")
	if err != nil || len(pools) != 1 {
		t.Fatalf("the sandbox has %d pools named ui-success (%v), want 1", len(pools), err)
	}
	d.keys("q")
	if !d.quit {
		t.Fatalf("q on the done screen did not exit")
	}
}

func TestSubmitTaskFailureShowsDetailAndNextStep(t *testing.T) {
	e := newSandboxWith(t, sandbox.Options{Speed: 5000, FailTasks: true})
	d := sandboxWizard(t, e, "ui-task-fails")
	d.keys("ctrl+r", "s", "y")
	if d.m.phase != phaseDone {
		t.Fatalf("after the watch: phase %d, want done; screen:\n%s", d.m.phase, d.view())
	}
	out := d.m.Outcome()
	if out.Kind != OutcomeTaskFailed || out.Final == nil || out.Final.Failure == "" {
		t.Fatalf("outcome = %+v, want a failed task with its detail", out)
	}
	d.expectView("failure", out.Final.Failure[:min(20, len(out.Final.Failure))], "next step", api.FailureHint(out.Final.Failure)[:20])
}

func TestSubmitRejectedThenFixed(t *testing.T) {
	e := newSandbox(t, 5000)
	target, np := e.validBody(t, "taken")
	if _, err := e.client.CreateNodePool(context.Background(), target.Region, target.ClusterID, np); err != nil {
		t.Fatalf("creating the first pool: %v", err)
	}
	d := sandboxWizard(t, e, "taken")
	d.keys("ctrl+r", "s", "y")
	if d.m.phase != phaseFailed {
		t.Fatalf("duplicate name: phase %d, want failed; screen:\n%s", d.m.phase, d.view())
	}
	d.expectView("not created", "InvalidParameter.Name", "already exists", "request id", "choose another")
	// the answers are kept; enter goes to the name field
	d.keys("enter")
	if d.m.phase != phaseEditing || d.m.focusedKey() != "nodepool_info.name" {
		t.Fatalf("fix: phase %d field %q, want editing nodepool_info.name", d.m.phase, d.m.focusedKey())
	}
	d.keys("-2")
	if got := *d.m.np.NodepoolInfo.Name; got != "taken-2" {
		t.Fatalf("name = %q, want taken-2", got)
	}
	d.keys("ctrl+r", "s", "y")
	if out := d.m.Outcome(); d.m.phase != phaseDone || out.Kind != OutcomeCreated {
		t.Fatalf("resubmit: phase %d outcome %+v; screen:\n%s", d.m.phase, out, d.view())
	}
}

func TestDetachWhileWatching(t *testing.T) {
	e := newSandbox(t, 1) // real-time tasks: still running when ctrl+c comes
	d := sandboxWizard(t, e, "ui-detach")
	d.keys("ctrl+r", "s")
	_, create := d.m.Update(keyMsg("y"))
	if d.m.phase != phaseSubmitting {
		t.Fatalf("y: phase %d, want submitting", d.m.phase)
	}
	d.expectView("Sending CreateClusterNodePool")
	msg := batchFind[createdMsg](t, create)
	_, next := d.m.Update(msg)
	if d.m.phase != phaseWatching || next == nil {
		t.Fatalf("created: phase %d, want watching with a pending event", d.m.phase)
	}
	d.m.Update(next()) // the first progress event
	d.expectView("Creating the node pool", "ctrl+c stops watching", "ackpool watch")
	d.keys("ctrl+c")
	out := d.m.Outcome()
	if !d.quit || out.Kind != OutcomeDetached || out.Result == nil {
		t.Fatalf("ctrl+c: quit %v outcome %+v, want detached with the IDs", d.quit, out)
	}
	var b strings.Builder
	Report(out, &b, &b)
	if !strings.Contains(b.String(), "ackpool watch "+out.Result.TaskID+" --region cn-hangzhou") {
		t.Fatalf("report lacks the watch command:\n%s", b.String())
	}
}

// batchFind runs a command (and the batch it returns) and returns the first message
// of type T, skipping timers.
func batchFind[T any](t *testing.T, cmd tea.Cmd) T {
	t.Helper()
	var zero T
	if cmd == nil || isTimer(cmd) {
		return zero
	}
	msg := cmd()
	if m, ok := msg.(T); ok {
		return m
	}
	if b, ok := msg.(tea.BatchMsg); ok {
		for _, c := range b {
			if m := batchFind[T](t, c); any(m) != any(zero) {
				return m
			}
		}
	}
	return zero
}

func TestCtrlCWhileSendingWaitsForTheAnswer(t *testing.T) {
	e := newSandbox(t, 5000)
	d := sandboxWizard(t, e, "ui-ctrlc")
	d.keys("ctrl+r", "s")
	_, create := d.m.Update(keyMsg("y"))
	d.keys("ctrl+c")
	if d.quit || d.m.phase != phaseSubmitting {
		t.Fatalf("ctrl+c while sending quit at once (phase %d)", d.m.phase)
	}
	d.expectView("Quitting as soon as the answer arrives")
	d.send(batchFind[createdMsg](t, create))
	out := d.m.Outcome()
	if !d.quit || out.Kind != OutcomeDetached || out.Result == nil || out.Result.NodepoolID == "" {
		t.Fatalf("after the answer: quit %v outcome %+v, want detached with the IDs", d.quit, out)
	}
}

func TestNextCommandsAreWholeAt80Columns(t *testing.T) {
	e := newSandbox(t, 5000)
	target, np := e.validBody(t, "ui-narrow")
	d := newDriver(t, Options{Client: e.client, Catalog: NewCatalog(e.client), NodePool: np, Target: target, Steps: testSteps(np, target)}, 80, 24)
	d.keys("ctrl+r", "s", "y")
	if d.m.phase != phaseDone {
		t.Fatalf("after the watch: phase %d, want done; screen:\n%s", d.m.phase, d.view())
	}
	id := d.m.Outcome().Result.NodepoolID
	if !strings.Contains(strings.ReplaceAll(d.view(), "\n", ""), "nodepool-id="+id) {
		t.Fatalf("the kubectl command is cut; no nodepool-id=%s in\n%s", id, d.view())
	}
}

func TestRejectionWrapsUnderItsValueColumn(t *testing.T) {
	e := newSandbox(t, 5000)
	target, np := e.validBody(t, "taken-narrow")
	if _, err := e.client.CreateNodePool(context.Background(), target.Region, target.ClusterID, np); err != nil {
		t.Fatalf("creating the first pool: %v", err)
	}
	d := newDriver(t, Options{Client: e.client, Catalog: NewCatalog(e.client), NodePool: np, Target: target, Steps: testSteps(np, target)}, 80, 24)
	d.keys("ctrl+r", "s", "y")
	d.expectView("InvalidParameter.Name")
	lines := strings.Split(d.view(), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "message") && i+1 < len(lines) && !strings.HasPrefix(lines[i+1], strings.Repeat(" ", 14)) {
			t.Fatalf("the message's second line is not under its value:\n%s", d.view())
		}
	}
}

// inProcessClient reports its sandbox as running inside this process, as the
// wizard's own embedded sandbox does.
type inProcessClient struct{ *api.SDKClient }

func (c inProcessClient) Target() api.Target {
	t := c.SDKClient.Target()
	t.InProcess = true
	return t
}

func TestInProcessSandboxDoneScreenDoesNotPromiseAWatch(t *testing.T) {
	e := newSandbox(t, 5000)
	target, np := e.validBody(t, "ui-in-process")
	client := inProcessClient{e.client}
	d := newDriver(t, Options{Client: client, Catalog: NewCatalog(client), NodePool: np, Target: target, Steps: testSteps(np, target)}, 160, 48)
	d.keys("ctrl+r", "s", "y")
	if d.m.phase != phaseDone {
		t.Fatalf("after the watch: phase %d, want done; screen:\n%s", d.m.phase, d.view())
	}
	d.expectView("lives in the built-in sandbox until ackpool exits")
}

// TestUnknownCreateOutcomeIsNotShownAsAFailure: the create is dropped after the pool was
// applied and every lookup fails, so nobody can tell whether it was created. The screen
// says so with the command that checks, and quitting keeps the unknown outcome (the
// command maps it to its own exit code) instead of calling it cancelled.
func TestUnknownCreateOutcomeIsNotShownAsAFailure(t *testing.T) {
	creates := 0
	inject := func(action string) sandbox.Fault {
		switch {
		case action == "CreateClusterNodePool":
			creates++
			return sandbox.FaultDropAfterApply
		case action == "DescribeClusterNodePools" && creates > 0:
			return sandbox.FaultServerError
		}
		return sandbox.NoFault
	}
	e := newSandboxWith(t, sandbox.Options{Speed: 5000, Inject: inject})
	d := sandboxWizard(t, e, "ui-unknown")
	d.keys("ctrl+r", "s", "y")
	if d.m.phase != phaseFailed {
		t.Fatalf("phase %d, want the outcome screen; screen:\n%s", d.m.phase, d.view())
	}
	d.expectView("cannot tell whether the node pool was created", "check with", "aliyun cs GET")
	if strings.Contains(d.view(), "was not created") {
		t.Fatalf("an unknown outcome is shown as a failure:\n%s", d.view())
	}
	d.keys("ctrl+c", "y")
	if out := d.m.Outcome(); out.Kind != OutcomeUnknown || out.Unknown == nil {
		t.Fatalf("outcome after quitting = %+v, want unknown", out)
	}
}
