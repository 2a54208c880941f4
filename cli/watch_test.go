package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"ackpool/api/sandbox"
)

func TestWatchFollowsATaskToItsEnd(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	cluster, file := s.requestFile(t, "np-w")
	out, _, err := runCreate(&createOptions{NewClient: s.factory, ClusterID: cluster, File: file, Yes: true, Output: "json"}, "")
	if err != nil {
		t.Fatal(err)
	}
	var res map[string]string
	_ = json.Unmarshal([]byte(out), &res)

	var stdout, stderr bytes.Buffer
	err = watchRun(context.Background(), &watchOptions{IO: IOStreams{Out: &stdout, Err: &stderr}, NewClient: s.factory,
		TaskID: res["task_id"], Output: "json", Clock: s.clock})
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	var o outcome
	if err := json.Unmarshal(stdout.Bytes(), &o); err != nil {
		t.Fatalf("stdout %q", stdout.String())
	}
	if !o.Succeeded || o.PoolState != "active" || o.NodepoolID != res["nodepool_id"] || o.Healthy != 2 {
		t.Fatalf("outcome %+v", o)
	}
}

func TestWatchExitsOneOnFailure(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{FailTasks: true})
	cluster, file := s.requestFile(t, "np-wf")
	out, _, err := runCreate(&createOptions{NewClient: s.factory, ClusterID: cluster, File: file, Yes: true, Output: "json"}, "")
	if err != nil {
		t.Fatal(err)
	}
	var res map[string]string
	_ = json.Unmarshal([]byte(out), &res)
	var stdout bytes.Buffer
	err = watchRun(context.Background(), &watchOptions{IO: IOStreams{Out: &stdout, Err: &bytes.Buffer{}}, NewClient: s.factory,
		TaskID: res["task_id"], Output: "text", Clock: s.clock})
	var silent silentError
	if !errors.As(err, &silent) || silent.code != exitFailure || !strings.Contains(stdout.String(), "OperationDenied.NoStock") ||
		!strings.Contains(stdout.String(), "\n  next step: the instance type is out of stock") {
		t.Fatalf("err %v stdout %q", err, stdout.String())
	}
}

// TestWatchUnknownTaskIsAnAPIError: when the task cannot be read at all there is no
// outcome to print; the API error goes to stderr like every other command's errors, with
// its code and next step, and stdout stays empty for scripts.
func TestWatchUnknownTaskIsAnAPIError(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	var stdout, stderr bytes.Buffer
	streams := IOStreams{Out: &stdout, Err: &stderr}
	err := watchRun(context.Background(), &watchOptions{IO: streams, NewClient: s.factory,
		TaskID: "T-000000000000000000000000", Output: "text", Clock: s.clock})
	if code := exitCode(streams, err); code != exitFailure {
		t.Fatalf("exit %d, want 1 (err %v)", code, err)
	}
	if stdout.Len() != 0 || !strings.Contains(stderr.String(), "error: DescribeTaskInfo: ErrorTaskNotFound") || !strings.Contains(stderr.String(), "next step:") {
		t.Fatalf("stdout %q\nstderr %q", stdout.String(), stderr.String())
	}
}

func TestWatchCancelPrintsTheResumeCommand(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	cluster, file := s.requestFile(t, "np-wc")
	out, _, err := runCreate(&createOptions{NewClient: s.factory, ClusterID: cluster, File: file, Yes: true, Output: "json"}, "")
	if err != nil {
		t.Fatal(err)
	}
	var res map[string]string
	_ = json.Unmarshal([]byte(out), &res)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var stderr bytes.Buffer
	err = watchRun(ctx, &watchOptions{IO: IOStreams{Out: &bytes.Buffer{}, Err: &stderr}, NewClient: s.factory,
		TaskID: res["task_id"], ClusterID: cluster, Output: "text", Clock: s.clock})
	if !errors.Is(err, errCancelled) || !strings.Contains(stderr.String(), "ackpool watch "+res["task_id"]+" --region cn-hangzhou --cluster "+cluster) {
		t.Fatalf("err %v stderr %q", err, stderr.String())
	}
}
