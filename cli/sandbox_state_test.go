package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ackpool/api/sandbox"
	"ackpool/model"
)

// sandboxPoolBody is a valid minimal pool for the first running cluster of seed 1.
func sandboxPoolBody(t *testing.T, name string) (string, *model.NodePool) {
	t.Helper()
	a := sandbox.NewAccount(1)
	reg := &a.Regions[0]
	c := reg.Clusters[0]
	vsw, _ := reg.VSwitch(c.VSwitchIDs[0])
	for _, it := range a.InstanceTypes {
		if it.GPUAmount == 0 && a.Availability(vsw.ZoneID, it.ID) == "Available" {
			one, charge := int64(1), "PostPaid"
			return c.ID, &model.NodePool{NodepoolInfo: &model.NodepoolInfo{Name: &name},
				ScalingGroup: &model.ScalingGroup{VSwitchIDs: []string{vsw.ID}, InstanceTypes: []string{it.ID}, DesiredSize: &one, InstanceChargeType: &charge}}
		}
	}
	t.Fatal("no instance type in stock")
	return "", nil
}

func TestInProcessSandboxKeepsItsWorldAcrossRestarts(t *testing.T) {
	state := t.TempDir()
	env := fakeEnvironment(map[string]string{"XDG_STATE_HOME": state}, nil)
	ctx := context.Background()
	cluster, body := sandboxPoolBody(t, "np-later")

	f := newClientFactoryIn(&globalOptions{}, IOStreams{Err: &bytes.Buffer{}}, env)
	c, cleanup, err := f(ctx)
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.CreateNodePool(ctx, "cn-hangzhou", cluster, body)
	cleanup() // the in-process sandbox stops with the command
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(state, "ackpool", "sandbox", "seed-1.json")); err != nil {
		t.Fatalf("no state file: %v", err)
	}

	c, cleanup, err = newClientFactoryIn(&globalOptions{}, IOStreams{Err: &bytes.Buffer{}}, env)(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer cleanup()
	task, err := c.DescribeTask(ctx, "cn-hangzhou", res.TaskID)
	if err != nil || task.TaskID != res.TaskID {
		t.Fatalf("a later command cannot follow the task: %v %+v", err, task)
	}
	pools, err := c.ListNodePools(ctx, "cn-hangzhou", cluster, "np-later")
	if err != nil || len(pools) != 1 || pools[0].Info.NodepoolID != res.NodepoolID {
		t.Fatalf("a later command cannot see the pool: %v %+v", err, pools)
	}
}

func TestStandaloneSandboxSharesTheWorldAndResets(t *testing.T) {
	file := filepath.Join(t.TempDir(), "seed-1.json")
	cluster, body := sandboxPoolBody(t, "np-shared")
	run := func(reset bool, printConfig string, ready func(*sandbox.Server)) string {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		out := &lockedBuffer{}
		opts := &sandboxOptions{IO: IOStreams{Out: out, Err: &lockedBuffer{}}, Listen: "127.0.0.1:0", Speed: 5, Seed: 1,
			StateFile: file, Reset: reset, PrintConfig: printConfig,
			ready: func(s *sandbox.Server) { ready(s); cancel() }}
		if err := sandboxRun(ctx, opts); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	out := run(false, "terraform", func(s *sandbox.Server) {
		raw, _ := json.Marshal(body)
		req, _ := http.NewRequest("POST", s.Endpoint()+"/clusters/"+cluster+"/nodepools", bytes.NewReader(raw))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("x-acs-version", "2015-12-15")
		sandbox.SignROA(req, raw, s.AccessKeyID(), s.AccessKeySecret(), "")
		resp, err := http.DefaultClient.Do(req)
		if err != nil || resp.StatusCode != 200 {
			t.Errorf("create through ROA v1: %v %v", err, resp)
			return
		}
		resp.Body.Close()
	})
	if !strings.HasPrefix(out, `provider "alicloud" {`) || !strings.Contains(out, `protocol               = "HTTP"`) ||
		!strings.Contains(out, `cs  = "127.0.0.1:`) || strings.Contains(out, "ACKPOOL_ENDPOINT") {
		t.Fatalf("--print-config terraform:\n%s", out)
	}
	var names []string
	run(false, "", func(s *sandbox.Server) { names = s.NodePoolNames(cluster) })
	if strings.Join(names, ",") != "default-nodepool,np-shared" {
		t.Fatalf("a later sandbox sees %v", names)
	}
	run(true, "", func(s *sandbox.Server) { names = s.NodePoolNames(cluster) })
	if strings.Join(names, ",") != "default-nodepool" {
		t.Fatalf("after --reset: %v", names)
	}
}
