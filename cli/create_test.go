package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"ackpool/api"
	"ackpool/api/sandbox"
)

// stepClock is a fake clock shared by the sandbox's tasks and the watcher: every
// Sleep advances it, so a watch ends without waiting.
type stepClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *stepClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }

func (c *stepClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
	return ctx.Err()
}

// cmdSandbox is a sandbox on httptest and a factory that connects to it.
type cmdSandbox struct {
	handler *sandbox.Handler
	clock   *stepClock
	factory clientFactory
	calls   int
}

func newCmdSandbox(t *testing.T, opts sandbox.Options) *cmdSandbox {
	t.Helper()
	clk := &stepClock{now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	opts.Clock = clk
	h, err := sandbox.NewHandler(opts)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	s := &cmdSandbox{handler: h, clock: clk}
	s.factory = func(context.Context) (api.Client, func(), error) {
		s.calls++
		cred, err := api.StaticCredential(h.AccessKeyID(), h.AccessKeySecret())
		if err != nil {
			return nil, func() {}, err
		}
		c, err := api.New(api.Options{Endpoint: srv.URL, Region: "cn-hangzhou", Credential: cred, Sandbox: true, Clock: clk})
		return c, func() {}, err
	}
	return s
}

// requestFile writes a valid request for a running cluster of cn-hangzhou and
// returns the cluster ID and the file path.
func (s *cmdSandbox) requestFile(t *testing.T, name string) (string, string) {
	t.Helper()
	reg, _ := s.handler.Account().Region("cn-hangzhou")
	c := reg.Clusters[0]
	v, _ := reg.VSwitch(c.VSwitchIDs[0])
	itype := ""
	for _, it := range s.handler.Account().InstanceTypes {
		if it.GPUAmount == 0 && s.handler.Account().Availability(v.ZoneID, it.ID) == "Available" {
			itype = it.ID
			break
		}
	}
	body := fmt.Sprintf(`nodepool_info:
  name: %s
scaling_group:
  vswitch_ids: [%s]
  instance_types: [%s]
  desired_size: 2
  instance_charge_type: PostPaid
  system_disk_category: cloud_essd
  system_disk_size: 120
  login_password: Sandbox-Passw0rd!
`, name, v.ID, itype)
	path := filepath.Join(t.TempDir(), "pool.yaml")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return c.ID, path
}

func runCreate(opts *createOptions, stdin string) (string, string, error) {
	var out, errOut bytes.Buffer
	opts.IO = IOStreams{In: strings.NewReader(stdin), Out: &out, Err: &errOut}
	err := createRun(context.Background(), opts)
	return out.String(), errOut.String(), err
}

func TestCreatePrintsIDsAsJSON(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	cluster, file := s.requestFile(t, "np-json")
	out, _, err := runCreate(&createOptions{NewClient: s.factory, ClusterID: cluster, File: file, Yes: true, Output: "json"}, "")
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]string
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("stdout is not one JSON object: %q", out)
	}
	if !strings.HasPrefix(got["nodepool_id"], "np") || !strings.HasPrefix(got["task_id"], "T-") || got["request_id"] == "" {
		t.Fatalf("got %v", got)
	}
}

func TestCreateTextAndWatchToActive(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	cluster, file := s.requestFile(t, "np-watch")
	out, errOut, err := runCreate(&createOptions{NewClient: s.factory, ClusterID: cluster, File: file, Yes: true, Watch: true, Output: "text", Clock: s.clock}, "")
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	for _, want := range []string{"nodepool_id: np", "task_id: T-", "request_id: ", "succeeded: node pool np", "is active, 2/2 nodes healthy"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout %q lacks %q", out, want)
		}
	}
	if !strings.Contains(errOut, "ScaleOutInstances") {
		t.Errorf("progress on stderr should name the stages: %q", errOut)
	}
}

func TestCreateWatchReportsAFailedTask(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{FailTasks: true})
	cluster, file := s.requestFile(t, "np-fail")
	out, _, err := runCreate(&createOptions{NewClient: s.factory, ClusterID: cluster, File: file, Yes: true, Watch: true, Output: "text", Clock: s.clock}, "")
	var silent silentError
	if !errors.As(err, &silent) || silent.code != exitFailure {
		t.Fatalf("want exit 1, got %v", err)
	}
	if !strings.Contains(out, "failed: ScaleOutInstances failed") {
		t.Fatalf("stdout %q", out)
	}
}

// TestCreateWatchJSONKeepsTheFailure: with --output json stdout stays one JSON object,
// and the failed task's detail and next step still reach the person, on stderr.
func TestCreateWatchJSONKeepsTheFailure(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{FailTasks: true})
	cluster, file := s.requestFile(t, "np-fail-json")
	out, errOut, err := runCreate(&createOptions{NewClient: s.factory, ClusterID: cluster, File: file, Yes: true, Watch: true, Output: "json", Clock: s.clock}, "")
	if exitOf(err) != exitFailure {
		t.Fatalf("want exit 1, got %v", err)
	}
	var res map[string]any
	if json.Unmarshal([]byte(out), &res) != nil || res["task_id"] == "" {
		t.Fatalf("stdout is not one JSON object: %q", out)
	}
	if !strings.Contains(errOut, "failed: ScaleOutInstances failed") || !strings.Contains(errOut, "next step:") {
		t.Fatalf("stderr lacks the failure: %q", errOut)
	}
}

func TestCreateRefusesWithoutATerminalOrYes(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	cluster, file := s.requestFile(t, "np-tty")
	_, _, err := runCreate(&createOptions{NewClient: s.factory, StdinIsTTY: func() bool { return false }, ClusterID: cluster, File: file, Output: "text"}, "")
	if !isUsageError(err) || !strings.Contains(err.Error(), "--yes") {
		t.Fatalf("got %v", err)
	}
	if names := s.handler.NodePoolNames(cluster); strings.Contains(strings.Join(names, ","), "np-tty") {
		t.Fatal("the pool was created without confirmation")
	}
}

func TestCreateAsksOnATerminal(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	cluster, file := s.requestFile(t, "np-ask")
	tty := func() bool { return true }
	_, errOut, err := runCreate(&createOptions{NewClient: s.factory, StdinIsTTY: tty, ClusterID: cluster, File: file, Output: "text"}, "n\n")
	if !errors.Is(err, errCancelled) || !strings.Contains(errOut, "SANDBOX") {
		t.Fatalf("answer n: %v %q", err, errOut)
	}
	out, _, err := runCreate(&createOptions{NewClient: s.factory, StdinIsTTY: tty, ClusterID: cluster, File: file, Output: "text"}, "y\n")
	if err != nil || !strings.Contains(out, "nodepool_id:") {
		t.Fatalf("answer y: %v %q", err, out)
	}
}

func TestCreateValidatesLocallyFirst(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	file := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(file, []byte(`{"nodepool_info":{"name":"x"},"scaling_group":{"system_disk_size":5}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	_, errOut, err := runCreate(&createOptions{NewClient: s.factory, ClusterID: "c0123456789abcdef0123456789abcdef", File: file, Yes: true, Output: "text"}, "")
	var silent silentError
	if !errors.As(err, &silent) || silent.code != exitFailure {
		t.Fatalf("want exit 1, got %v", err)
	}
	if !strings.Contains(errOut, "error: scaling_group.system_disk_size") || !strings.Contains(errOut, "nothing was sent") {
		t.Fatalf("stderr %q", errOut)
	}
	if s.calls != 0 {
		t.Fatal("an invalid request must not reach the client")
	}
}

func TestCreateDryRunPrintsTheMaskedBody(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	_, file := s.requestFile(t, "np-dry")
	out, _, err := runCreate(&createOptions{NewClient: s.factory, File: file, DryRun: true, Output: "text"}, "")
	if err != nil {
		t.Fatal(err)
	}
	var body map[string]any
	if err := json.Unmarshal([]byte(out), &body); err != nil {
		t.Fatalf("not JSON: %q", out)
	}
	if strings.Contains(out, "Sandbox-Passw0rd!") || !strings.Contains(out, `"login_password"`) || s.calls != 0 {
		t.Fatalf("dry run must mask the password and send nothing: %s", out)
	}
}

func TestCreateUsageErrors(t *testing.T) {
	cases := map[string]*createOptions{
		"no cluster": {File: "x.yaml", Output: "text"},
		"no file":    {ClusterID: "c1", Output: "text"},
		"bad output": {ClusterID: "c1", File: "x.yaml", Output: "yaml"},
	}
	for name, opts := range cases {
		t.Run(name, func(t *testing.T) {
			if _, _, err := runCreate(opts, ""); !isUsageError(err) {
				t.Fatalf("want a usage error, got %v", err)
			}
		})
	}
}

func TestCreateInUnknownSandboxClusterListsClusters(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	_, file := s.requestFile(t, "np-lost")
	_, errOut, err := runCreate(&createOptions{NewClient: s.factory, ClusterID: "c0123456789abcdef0123456789abcdef", File: file, Yes: true, Output: "text"}, "")
	var ae *api.Error
	if !errors.As(err, &ae) || ae.Code != "ErrorClusterNotFound" || !strings.Contains(errOut, "prod-web") {
		t.Fatalf("err %v stderr %q", err, errOut)
	}
}

// TestCreateProblemsNameTheSource: with --preset (no --file) the summary names the preset
// and the validate command that reproduces the check, never an empty file name.
func TestCreateProblemsNameTheSource(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	_, errOut, err := runCreate(&createOptions{NewClient: s.factory, ClusterID: "c0123456789abcdef0123456789abcdef", Preset: "gpu",
		Sets: []string{"scaling_group.desired_size=1"}, Yes: true, Output: "text"}, "")
	if exitOf(err) != exitFailure {
		t.Fatalf("want exit 1, got %v", err)
	}
	for _, want := range []string{"error: scaling_group.vswitch_ids: required", "[R004]", "preset gpu: 1 error; nothing was sent",
		"ackpool validate --preset gpu --set scaling_group.desired_size=1"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if strings.Contains(errOut, "--file )") || strings.Contains(errOut, "\n: ") {
		t.Errorf("stderr names an empty file:\n%s", errOut)
	}
}

// TestCreateWithAnUnknownOutcomeExitsThree: the create is applied but its answer is
// lost, and every lookup after it fails. The command neither claims the pool nor calls
// it a failure: it says the outcome is unknown, prints the command that checks, and
// exits 3.
func TestCreateWithAnUnknownOutcomeExitsThree(t *testing.T) {
	var mu sync.Mutex
	sent := false
	s := newCmdSandbox(t, sandbox.Options{Inject: func(action string) sandbox.Fault {
		mu.Lock()
		defer mu.Unlock()
		switch {
		case action == "CreateClusterNodePool":
			sent = true
			return sandbox.FaultDropAfterApply
		case action == "DescribeClusterNodePools" && sent:
			return sandbox.FaultServerError
		}
		return sandbox.NoFault
	}})
	cluster, file := s.requestFile(t, "np-unknown")
	_, errOut, err := runCreate(&createOptions{NewClient: s.factory, ClusterID: cluster, File: file, Yes: true, Output: "text"}, "")
	var buf bytes.Buffer
	code := exitCode(IOStreams{Err: &buf}, err)
	msg := errOut + buf.String()
	if code != exitUnknown || !strings.Contains(msg, "outcome unknown") ||
		!strings.Contains(msg, "check with: aliyun cs GET /clusters/"+cluster+"/nodepools --NodepoolName np-unknown") {
		t.Fatalf("exit %d:\n%s", code, msg)
	}
}
