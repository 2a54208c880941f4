package api_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"ackpool/api/sandbox"
)

// TestOfficialTypeScriptSDKsAgainstTheSandbox drives the official TypeScript SDKs
// (@alicloud/cs20151215 7.2.0, @alicloud/vpc20160428, @alicloud/ecs20140526) against a
// sandbox on loopback, with the default ACS3 signature and with signatureAlgorithm
// "v2" (ROA and RPC signature 1.0): lookups, create, task polling, detail, modify,
// list, delete and a duplicate name. It runs only when ACKPOOL_TEST_NODE names the node
// binary and ACKPOOL_TEST_NODE_PATH the node_modules folder holding those packages.
func TestOfficialTypeScriptSDKsAgainstTheSandbox(t *testing.T) {
	node, modules := os.Getenv("ACKPOOL_TEST_NODE"), os.Getenv("ACKPOOL_TEST_NODE_PATH")
	if node == "" || modules == "" {
		t.Skip("set ACKPOOL_TEST_NODE (node binary) and ACKPOOL_TEST_NODE_PATH (node_modules with @alicloud/cs20151215, vpc20160428, ecs20140526)")
	}
	srv, err := sandbox.Start(sandbox.Options{Speed: 200})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	e := &env{sandbox: srv.Handler}
	cl, body := e.runningCluster(t, "unused", 1)

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	script, _ := filepath.Abs(filepath.Join("testdata", "official-sdk-check.js"))
	cmd := exec.CommandContext(ctx, node, script)
	cmd.Env = append(os.Environ(), "NODE_PATH="+modules,
		"SANDBOX_HOST="+srv.Addr(), "SANDBOX_AK="+srv.AccessKeyID(), "SANDBOX_SECRET="+srv.AccessKeySecret(),
		"SANDBOX_CLUSTER="+cl.ID, "SANDBOX_VSWITCH="+body.ScalingGroup.VSwitchIDs[0], "SANDBOX_TYPE="+body.ScalingGroup.InstanceTypes[0])
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s\n%s", err, out, stderr.String())
	}
	steps := map[string]map[string]any{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		var line map[string]any
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		steps[line["mode"].(string)+"/"+line["step"].(string)] = line
	}
	for _, mode := range []string{"acs3", "v2"} {
		get := func(step string) map[string]any {
			s, ok := steps[mode+"/"+step]
			if !ok {
				t.Fatalf("%s: no %s step in\n%s", mode, step, out)
			}
			return s
		}
		if get("DescribeVSwitches")["count"].(float64) < 1 || get("DescribeZones")["count"].(float64) < 1 {
			t.Errorf("%s lookups: %v %v", mode, get("DescribeVSwitches"), get("DescribeZones"))
		}
		d := get("DescribeClusterNodePoolDetail")
		if d["security_group_id"] != cl.SecurityGroupID || d["image_id"] == "" || d["runtime_version"] == "" || d["healthy_nodes"] != 1.0 {
			t.Errorf("%s detail: %v", mode, d)
		}
		if states, _ := d["states"].([]any); len(states) == 0 || states[len(states)-1] != "active" {
			t.Errorf("%s states: %v", mode, d["states"])
		}
		if m := get("ModifyClusterNodePool"); m["healthy_nodes"] != 2.0 || m["desired_size"] != 2.0 {
			t.Errorf("%s modify: %v", mode, m)
		}
		if g := get("DeleteClusterNodepool"); g["after"] != "ErrorNodePoolNotFound" {
			t.Errorf("%s delete: %v", mode, g)
		}
		if dup := get("DuplicateName"); dup["code"] != "InvalidParameter.Name" {
			t.Errorf("%s duplicate: %v", mode, dup)
		}
	}
}
