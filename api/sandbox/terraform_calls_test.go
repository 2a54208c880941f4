package sandbox

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// tfRequest signs an ROA call the way the Terraform provider 1.240.0 does: signature
// 1.0 with a nonce, no Content-MD5, no x-acs-action, a JSON content type on bodies only.
func tfRequest(h *Handler, method, target, body string) *http.Request {
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	r.Header = http.Header{}
	r.Header.Set("accept", "application/json")
	r.Header.Set("date", time.Now().UTC().Format(http.TimeFormat))
	r.Header.Set("x-acs-signature-method", LegacySignatureMethod)
	r.Header.Set("x-acs-signature-nonce", fmt.Sprintf("%032x", time.Now().UnixNano()))
	r.Header.Set("x-acs-signature-version", LegacySignatureVersion)
	r.Header.Set("x-acs-version", versionCS)
	if body != "" {
		r.Header.Set("content-type", "application/json; charset=utf-8")
	}
	sig := ROASignature(h.AccessKeySecret(), ROAStringToSign(method, r.Header, wirePathOf(r), rawQueryOf(r)))
	r.Header.Set("authorization", "acs "+h.AccessKeyID()+":"+sig)
	return r
}

// TestTerraformProviderCallSequence replays the calls the provider makes for one
// alicloud_cs_kubernetes_node_pool (apply, plan, a changed desired_size, destroy, apply
// again) with its exact bodies, and checks that every answer is what the provider
// needs and that the sandbox's state ends as the cloud's would.
func TestTerraformProviderCallSequence(t *testing.T) {
	clk := &testClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	h := newTestHandler(t, Options{Clock: clk, Speed: 20})
	const cluster = "cca8e523b617a3082904c476f6d86589e" // seed 1, prod-web, cn-hangzhou
	const create = `{"kubernetes_config":{"cms_enabled":true},"nodepool_info":{"name":"tf-demo"},"scaling_group":{"desired_size":1,"instance_charge_type":"PostPaid","instance_types":["ecs.g7.xlarge"],"system_disk_category":"cloud_essd","system_disk_size":120,"vswitch_ids":["vsw-ac0ie62038a17mpc4uxj"]}}`
	untilSuccess := func(task string) {
		t.Helper()
		for i := 0; i < 100; i++ {
			ti := mustServe(t, h, tfRequest(h, "GET", "/tasks/"+task, ""))
			switch ti["state"] {
			case "success":
				return
			case "fail", "failed":
				t.Fatalf("task %s failed: %v", task, ti["error"])
			}
			clk.t = clk.t.Add(3 * time.Second)
		}
		t.Fatalf("task %s never ended", task)
	}
	apply := func() string {
		t.Helper()
		created := mustServe(t, h, tfRequest(h, "POST", "/clusters/"+cluster+"/nodepools", create))
		clk.t = clk.t.Add(5 * time.Second)
		untilSuccess(created["task_id"].(string))
		return created["nodepool_id"].(string)
	}
	np := apply()
	pool := "/clusters/" + cluster + "/nodepools/" + np
	detail := mustServe(t, h, tfRequest(h, "GET", pool, ""))
	sg, kc := detail["scaling_group"].(map[string]any), detail["kubernetes_config"].(map[string]any)
	if kc["cms_enabled"] != true || sg["desired_size"] != 1.0 || sg["system_disk_category"] != "cloud_essd" ||
		sg["image_id"] == "" || sg["security_group_id"] == "" || kc["runtime_version"] == "" || detail["status"].(map[string]any)["state"] != "active" {
		t.Fatalf("detail after apply: %v", detail)
	}
	mustServe(t, h, tfRequest(h, "GET", pool, "")) // plan: a refresh

	mod := mustServe(t, h, tfRequest(h, "PUT", pool, `{"kubernetes_config":{},"nodepool_info":{},"scaling_group":{"desired_size":2}}`))
	untilSuccess(mod["task_id"].(string))
	if st := mustServe(t, h, tfRequest(h, "GET", pool, ""))["status"].(map[string]any); st["healthy_nodes"] != 2.0 || st["state"] != "active" {
		t.Fatalf("after the change: %v", st)
	}

	mustServe(t, h, tfRequest(h, "GET", pool, "")) // destroy: a refresh
	del := mustServe(t, h, tfRequest(h, "DELETE", pool+"?force=true", ""))
	clk.t = clk.t.Add(5 * time.Second)
	untilSuccess(del["task_id"].(string))
	if status, answer := serve(h, tfRequest(h, "GET", pool, "")); status != 404 || answer["Code"] != "ErrorNodePoolNotFound" {
		t.Fatalf("after destroy: %d %v", status, answer)
	}
	if names := h.NodePoolNames(cluster); strings.Join(names, ",") != "default-nodepool" {
		t.Fatalf("pools left after destroy: %v", names)
	}
	if again := apply(); again == np {
		t.Fatal("the second apply got the deleted pool's ID")
	}
}

// TestTerraformDestroyOfAFailedPool follows the provider's path after a failed
// creation (the resource is tainted): refresh, DeleteClusterNodepool, its task.
func TestTerraformDestroyOfAFailedPool(t *testing.T) {
	clk := &testClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	h := newTestHandler(t, Options{Clock: clk, Speed: 20, FailTasks: true})
	cluster, body := minimalBody(t, h, "tf-doomed", 3)
	created := mustServe(t, h, tfRequest(h, "POST", "/clusters/"+cluster+"/nodepools", body))
	clk.t = clk.t.Add(time.Minute)
	task := mustServe(t, h, tfRequest(h, "GET", "/tasks/"+created["task_id"].(string), ""))
	if task["state"] != "fail" || task["error"].(map[string]any)["message"] == "" {
		t.Fatalf("failed task: %v", task)
	}
	pool := "/clusters/" + cluster + "/nodepools/" + created["nodepool_id"].(string)
	st := mustServe(t, h, tfRequest(h, "GET", pool, ""))["status"].(map[string]any)
	if st["state"] != "failed" || st["failed_nodes"].(float64) != st["total_nodes"].(float64)-st["healthy_nodes"].(float64) {
		t.Fatalf("failed pool: %v", st)
	}
	del := mustServe(t, h, tfRequest(h, "DELETE", pool+"?force=true", ""))
	clk.t = clk.t.Add(time.Minute)
	if ti := mustServe(t, h, tfRequest(h, "GET", "/tasks/"+del["task_id"].(string), "")); ti["state"] != "success" {
		t.Fatalf("delete task: %v", ti)
	}
	if status, _ := serve(h, tfRequest(h, "GET", pool, "")); status != 404 {
		t.Fatalf("the failed pool is still there: %d", status)
	}
}
