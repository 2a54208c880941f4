package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ackpool/api/sandbox"
)

// planRequest writes a request for the sandbox's cluster named cluster: one roomy
// vSwitch in each of two zones and a general-purpose type in stock in both.
func (s *cmdSandbox) planRequest(t *testing.T, cluster, extra string) (string, string) {
	t.Helper()
	reg, _ := s.handler.Account().Region("cn-hangzhou")
	var c sandbox.Cluster
	for _, x := range reg.Clusters {
		if x.Name == cluster {
			c = x
		}
	}
	var vsw, zones []string
	for _, vpc := range reg.VPCs {
		for _, v := range vpc.VSwitches {
			if vpc.ID == c.VpcID && v.AvailableIPs > 100 && len(vsw) < 2 && (len(zones) == 0 || zones[0] != v.ZoneID) {
				vsw, zones = append(vsw, v.ID), append(zones, v.ZoneID)
			}
		}
	}
	itype := ""
	for _, it := range s.handler.Account().InstanceTypes {
		a := s.handler.Account()
		if itype == "" && (it.Family == "ecs.g7" || it.Family == "ecs.g8i") && a.Availability(zones[0], it.ID) == "Available" && a.Availability(zones[1], it.ID) == "Available" {
			itype = it.ID
		}
	}
	body := fmt.Sprintf(`nodepool_info:
  name: planned
scaling_group:
  vswitch_ids: [%s]
  instance_types: [%s]
  instance_charge_type: PostPaid
  system_disk_category: cloud_essd
  system_disk_size: 120
  key_pair: ops-team
%s`, strings.Join(vsw, ", "), itype, extra)
	path := filepath.Join(t.TempDir(), "pool.yaml")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return c.ID, path
}

func runPlan(s *cmdSandbox, cluster, file, output string, sets ...string) (string, string, error) {
	var out, errOut bytes.Buffer
	opts := &planOptions{Source: requestSource{File: file, Sets: sets}, ClusterID: cluster, Output: output,
		Reader: requestReader{ReadFile: os.ReadFile}, NewClient: s.factory, Out: &out, Err: &errOut}
	err := planRun(context.Background(), opts)
	return out.String(), errOut.String(), err
}

func TestPlanReadyPrintsChecksStockAndCost(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	id, file := s.planRequest(t, "prod-web", "  desired_size: 3\n")
	out, _, err := runPlan(s, id, file, "text")
	if err != nil {
		t.Fatalf("plan: %v\n%s", err, out)
	}
	for _, want := range []string{"(SANDBOX)", "Checks:", "cluster.state", "Stock (instance type x zone):", "in stock",
		"Cost (CNY, estimate):", "instance (pay-as-you-go)", "total at 3 nodes:", "CNY/month", "ready: 0 validation errors, 0 failed checks"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestPlanJSONShape(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	id, file := s.planRequest(t, "prod-web", "  spot_strategy: SpotAsPriceGo\n")
	out, _, _ := runPlan(s, id, file, "json", "auto_scaling.enable=true", "auto_scaling.min_instances=1", "auto_scaling.max_instances=4")
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	for _, k := range []string{"ready", "problems", "checks", "cost"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("no %q key", k)
		}
	}
	var checks []map[string]any
	_ = json.Unmarshal(doc["checks"], &checks)
	for _, c := range checks {
		for _, k := range []string{"id", "status", "message", "path"} {
			if _, ok := c[k]; !ok {
				t.Errorf("check %v lacks %q", c, k)
			}
		}
		if st := c["status"]; st != "ok" && st != "warn" && st != "fail" && st != "unknown" {
			t.Errorf("status %v", st)
		}
	}
	var cost struct {
		Currency string  `json:"currency"`
		Hourly   float64 `json:"hourly"`
		Monthly  float64 `json:"monthly"`
		Nodes    int     `json:"nodes"`
		Items    []struct {
			What       string  `json:"what"`
			UnitHourly float64 `json:"unit_hourly"`
			Count      int     `json:"count"`
			Hourly     float64 `json:"hourly"`
		} `json:"items"`
		AtMin *struct{ Nodes int } `json:"at_min"`
		AtMax *struct{ Nodes int } `json:"at_max"`
	}
	if err := json.Unmarshal(doc["cost"], &cost); err != nil {
		t.Fatal(err)
	}
	if cost.Currency != "CNY" || cost.Hourly <= 0 || cost.Nodes != 1 || len(cost.Items) == 0 || cost.Items[0].What == "" ||
		cost.AtMin == nil || cost.AtMax == nil || cost.AtMin.Nodes != 1 || cost.AtMax.Nodes != 4 {
		t.Errorf("cost %s", doc["cost"])
	}
}

func TestPlanBlockedByABusyClusterExitsOne(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	id, file := s.planRequest(t, "legacy-batch", "  desired_size: 2\n")
	out, _, err := runPlan(s, id, file, "json")
	if code := exitCode(IOStreams{Err: &bytes.Buffer{}}, err); code != exitFailure {
		t.Fatalf("exit %d (%v)", code, err)
	}
	var rep struct {
		Ready  bool
		Checks []struct{ ID, Status, Message string }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range rep.Checks {
		found = found || (c.ID == "cluster.state" && c.Status == "fail" && strings.Contains(c.Message, "updating"))
	}
	if rep.Ready || !found {
		t.Errorf("report %+v", rep)
	}
}

func TestPlanValidationErrorsBlock(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	id, file := s.planRequest(t, "prod-web", "  desired_size: -1\n")
	out, _, err := runPlan(s, id, file, "text")
	if code := exitCode(IOStreams{Err: &bytes.Buffer{}}, err); code != exitFailure || !strings.Contains(out, "scaling_group.desired_size") || !strings.Contains(out, "blocked:") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestPlanUsageErrors(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	id, file := s.planRequest(t, "prod-web", "")
	for name, run := range map[string]func() error{
		"no cluster":  func() error { _, _, err := runPlan(s, "", file, "text"); return err },
		"bad output":  func() error { _, _, err := runPlan(s, id, file, "yaml"); return err },
		"no request":  func() error { _, _, err := runPlan(s, id, "", "text"); return err },
		"bad --set":   func() error { _, _, err := runPlan(s, id, file, "text", "scaling_group.nope=1"); return err },
		"bad command": func() error { return runCommand(t, "plan", "--cluster", id, "--file", file, "extra") },
	} {
		if code := exitCode(IOStreams{Err: &bytes.Buffer{}}, run()); code != exitUsage {
			t.Errorf("%s: exit %d", name, code)
		}
	}
	if s.calls != 0 {
		t.Errorf("%d clients made for usage errors", s.calls)
	}
}

func TestPlanParseErrorExitsOne(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	path := filepath.Join(t.TempDir(), "bad.yaml")
	_ = os.WriteFile(path, []byte("scaling_group:\n  desird_size: 3\n"), 0o600)
	_, errOut, err := runPlan(s, "c0123456789abcdef0123456789abcdef", path, "text")
	if code := exitCode(IOStreams{Err: &bytes.Buffer{}}, err); code != exitFailure || !strings.Contains(errOut, "desired_size") {
		t.Errorf("exit %d: %s", code, errOut)
	}
}

// runCommand runs the root command with args and no client.
func runCommand(t *testing.T, args ...string) error {
	t.Helper()
	streams := IOStreams{In: strings.NewReader(""), Out: &bytes.Buffer{}, Err: &bytes.Buffer{}}
	root := NewRootCmd(streams)
	root.SetArgs(args)
	return root.Execute()
}

// TestPlanTakesThePlainFieldFlags: plan reads the same --name, --nodes, --vswitches...
// as create and validate, so a plan and its create are typed the same way.
func TestPlanTakesThePlainFieldFlags(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	id, file := s.planRequest(t, "prod-web", "")
	var out, errOut bytes.Buffer
	root := NewRootCmd(IOStreams{In: strings.NewReader(""), Out: &out, Err: &errOut})
	root.SetArgs([]string{"plan", "--cluster", id, "--file", file, "--nodes", "many"})
	if err := root.Execute(); err == nil || !strings.Contains(err.Error(), "--nodes") {
		t.Fatalf("--nodes many: %v (stderr %s)", err, errOut.String())
	}
	fields := addFieldFlags(root.Flags())
	if err := root.Flags().Parse([]string{"--nodes", "4"}); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	opts := &planOptions{Source: requestSource{File: file, Fields: fields}, ClusterID: id, Output: "text",
		Reader: requestReader{ReadFile: os.ReadFile}, NewClient: s.factory, Out: &out, Err: &errOut}
	if err := planRun(context.Background(), opts); err != nil || !strings.Contains(out.String(), "total at 4 nodes") {
		t.Fatalf("plan with --nodes 4: %v\n%s", err, out.String())
	}
}
