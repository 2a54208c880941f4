package sandbox

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// roaRequest is an ROA call signed with signature 1.0 as the aliyun CLI and Terraform
// sign it: no x-acs-action, routed by method and path only.
func roaRequest(h *Handler, method, target, body string) *http.Request {
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	r.Header.Set("x-acs-version", versionCS)
	r.Header.Set("x-acs-signature-nonce", fmt.Sprint(time.Now().UnixNano()))
	if body != "" {
		r.Header.Set("Content-Type", "application/json; charset=utf-8")
	}
	SignROA(r, []byte(body), h.AccessKeyID(), h.AccessKeySecret(), "")
	return r
}

// rpcFormRequest is an RPC call signed with signature 1.0 the way the Terraform provider
// sends it: common parameters in the query, API parameters in a form body.
func rpcFormRequest(h *Handler, action, version, form string) *http.Request {
	r := httptest.NewRequest("POST", "/?Action="+action+"&Version="+version+"&Format=json", strings.NewReader(form))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	SignRPC(r, []byte(form), h.AccessKeyID(), h.AccessKeySecret(), "", fmt.Sprint(time.Now().UnixNano()), time.Now().UTC().Format("2006-01-02T15:04:05Z"))
	r.RequestURI = r.URL.RequestURI()
	return r
}

// minimalBody is the smallest valid create body for the first running cluster.
func minimalBody(t *testing.T, h *Handler, name string, desired int) (string, string) {
	t.Helper()
	reg := &h.Account().Regions[0]
	c := reg.Clusters[0]
	v, _ := reg.VSwitch(c.VSwitchIDs[0])
	for _, it := range h.Account().InstanceTypes {
		if it.GPUAmount == 0 && h.Account().Availability(v.ZoneID, it.ID) == "Available" {
			return c.ID, fmt.Sprintf(`{"nodepool_info":{"name":%q},"scaling_group":{"vswitch_ids":[%q],"instance_types":[%q],"instance_charge_type":"PostPaid","desired_size":%d}}`, name, v.ID, it.ID, desired)
		}
	}
	t.Fatal("no instance type in stock")
	return "", ""
}

func mustServe(t *testing.T, h *Handler, r *http.Request) map[string]any {
	t.Helper()
	status, body := serve(h, r)
	if status != http.StatusOK {
		t.Fatalf("%s %s: %d %v", r.Method, r.URL, status, body)
	}
	return body
}

func TestROAIsRoutedByMethodAndPathWithoutAction(t *testing.T) {
	h := newTestHandler(t, Options{})
	cluster, body := minimalBody(t, h, "np-roa", 2)
	created := mustServe(t, h, roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools", body))
	np, task := created["nodepool_id"].(string), created["task_id"].(string)
	if !strings.HasPrefix(np, "np") || !strings.HasPrefix(task, "T-") {
		t.Fatalf("create answer %v", created)
	}
	if got := mustServe(t, h, roaRequest(h, "GET", "/tasks/"+task, "")); got["task_id"] != task {
		t.Fatalf("DescribeTaskInfo by path: %v", got)
	}
	detail := mustServe(t, h, roaRequest(h, "GET", "/clusters/"+cluster+"/nodepools/"+np, ""))
	if info := detail["nodepool_info"].(map[string]any); info["nodepool_id"] != np || info["name"] != "np-roa" {
		t.Fatalf("DescribeClusterNodePoolDetail by path: %v", info)
	}
	list := mustServe(t, h, roaRequest(h, "GET", "/clusters/"+cluster+"/nodepools?NodepoolName=np-roa", ""))
	if n := len(list["nodepools"].([]any)); n != 1 {
		t.Fatalf("DescribeClusterNodePools by path: %d pools", n)
	}
	// ACS3 without x-acs-action is routed the same way
	r := signedRequest(h, "GET", "/tasks/"+task, "", versionCS, "")
	if got := mustServe(t, h, r); got["task_id"] != task {
		t.Fatalf("ACS3 without action: %v", got)
	}
}

func TestRoutingRefusesWhatTheCloudRefuses(t *testing.T) {
	h := newTestHandler(t, Options{})
	cluster := h.Account().Regions[0].Clusters[0].ID
	cases := map[string]struct {
		req    *http.Request
		status int
		code   string
	}{
		"action disagrees with the path": {signedRequest(h, "GET", "/tasks/T-1", "DescribeClusterNodePools", versionCS, ""), 404, "InvalidApi.NotFound"},
		"unknown path":                   {roaRequest(h, "GET", "/nothing/here", ""), 404, "InvalidApi.NotFound"},
		"known CS action not emulated":   {roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools/np1/upgrade", "{}"), 400, "UnsupportedOperation"},
		"unknown RPC action":             {rpcFormRequest(h, "DescribeNothing", versionVPC, "RegionId=cn-hangzhou"), 404, "InvalidApi.NotFound"},
		"RPC action of another version":  {rpcFormRequest(h, "DescribeVSwitches", versionECS, "RegionId=cn-hangzhou"), 404, "InvalidApi.NotFound"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			status, body := serve(h, tc.req)
			if status != tc.status || body["Code"] != tc.code {
				t.Fatalf("got %d %v, want %d %s", status, body, tc.status, tc.code)
			}
		})
	}
}

func TestRPCFormParametersAreRead(t *testing.T) {
	h := newTestHandler(t, Options{})
	reg := h.Account().Regions[0]
	vpc := reg.VPCs[0]
	got := mustServe(t, h, rpcFormRequest(h, "DescribeVSwitches", versionVPC, "PageNumber=1&PageSize=50&RegionId="+reg.ID+"&VpcId="+vpc.ID))
	n := int(got["TotalCount"].(float64))
	if n != len(vpc.VSwitches) {
		t.Fatalf("%d vswitches for %s, want %d: %v", n, vpc.ID, len(vpc.VSwitches), got)
	}
}

// sdkPaths lists the dotted paths of an SDK model file (array items written "[]").
func sdkPaths(t *testing.T, file string) []sdkField {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("sdkmodel", file))
	if err != nil {
		t.Fatal(err)
	}
	return parseSDKModel(string(data))
}

// missingFields walks v along every model path and lists the paths it lacks. Items of
// arrays are checked when there are some; exempt groups may be absent.
func missingFields(v any, fields []sdkField, exempt map[string]bool) []string {
	var missing []string
	for _, f := range fields {
		missing = append(missing, walkMissing(v, f.path, "", exempt)...)
	}
	return missing
}

func walkMissing(v any, path []string, prefix string, exempt map[string]bool) []string {
	if len(path) == 0 {
		return nil
	}
	key := strings.TrimSuffix(path[0], "[]")
	full := strings.TrimPrefix(prefix+"."+key, ".")
	m, ok := v.(map[string]any)
	if !ok {
		return []string{prefix + " (not an object)"}
	}
	cur, present := m[key]
	if !present || cur == nil {
		if exempt[full] {
			return nil
		}
		return []string{full}
	}
	if strings.HasSuffix(path[0], "[]") {
		items, ok := cur.([]any)
		if !ok {
			return []string{full + " (not an array)"}
		}
		var out []string
		for _, it := range items {
			if len(path) > 1 {
				out = append(out, walkMissing(it, path[1:], full+"[]", exempt)...)
			}
		}
		return out
	}
	return walkMissing(cur, path[1:], full, exempt)
}

// leftOutUnlessConfigured are the groups the service omits for a pool that did not set them.
var leftOutUnlessConfigured = map[string]bool{
	"eflo_node_group": true, "interconnect_config": true, "node_config": true, "scaling_group.login_password": true,
	"scaling_group.system_disk_provisioned_iops": true, // ESSD AutoPL only
}

func TestDetailOfAMinimalPoolHasTheSDKModelsFullShape(t *testing.T) {
	h := newTestHandler(t, Options{})
	cluster, body := minimalBody(t, h, "np-shape", 1)
	created := mustServe(t, h, roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools", body))
	if missing := missingFields(created, sdkPaths(t, "CreateClusterNodePoolResponseBody.tsv"), nil); len(missing) > 0 {
		t.Fatalf("create answer lacks %v", missing)
	}
	detail := mustServe(t, h, roaRequest(h, "GET", "/clusters/"+cluster+"/nodepools/"+created["nodepool_id"].(string), ""))
	if missing := missingFields(detail, sdkPaths(t, "DescribeClusterNodePoolDetailResponseBody.tsv"), leftOutUnlessConfigured); len(missing) > 0 {
		t.Fatalf("%d fields missing: %v", len(missing), missing)
	}
	cl, _, _ := h.Account().Cluster(cluster)
	sg := detail["scaling_group"].(map[string]any)
	kc := detail["kubernetes_config"].(map[string]any)
	info := detail["nodepool_info"].(map[string]any)
	want := map[string]any{
		"security_group_id": cl.SecurityGroupID, "image_type": "AliyunLinux3", "image_id": imageFor("AliyunLinux3"),
		"system_disk_category": "cloud_efficiency", "system_disk_size": 120.0, "instance_charge_type": "PostPaid",
		"multi_az_policy": "PRIORITY", "scaling_policy": "release", "spot_strategy": "NoSpot", "platform": "AliyunLinux",
	}
	for k, v := range want {
		if sg[k] != v {
			t.Errorf("scaling_group.%s = %v, want %v", k, sg[k], v)
		}
	}
	if ids := sg["security_group_ids"].([]any); len(ids) != 1 || ids[0] != cl.SecurityGroupID {
		t.Errorf("security_group_ids %v", ids)
	}
	if id, _ := sg["scaling_group_id"].(string); !strings.HasPrefix(id, "asg-") {
		t.Errorf("scaling_group_id %q", id)
	}
	if kc["runtime"] != "containerd" || kc["runtime_version"] != h.runtimeVersion(cl.Version, "containerd") || kc["runtime_version"] == "" ||
		kc["cms_enabled"] != false || kc["cpu_policy"] != "none" {
		t.Errorf("kubernetes_config %v", kc)
	}
	if m := detail["management"].(map[string]any); m["enable"] != false || m["auto_repair"] != false {
		t.Errorf("management of a pool without management: %v", m)
	}
	if info["resource_group_id"] != cl.ResourceGroupID || info["created"] == "" || info["is_default"] != false || info["type"] != "ess" {
		t.Errorf("nodepool_info %v", info)
	}
	list := mustServe(t, h, roaRequest(h, "GET", "/clusters/"+cluster+"/nodepools", ""))
	exempt := map[string]bool{}
	for k := range leftOutUnlessConfigured {
		exempt["nodepools[]."+k] = true
	}
	if missing := missingFields(list, sdkPaths(t, "DescribeClusterNodePoolsResponseBody.tsv"), exempt); len(missing) > 0 {
		t.Fatalf("list: %d fields missing: %v", len(missing), missing)
	}
	task := mustServe(t, h, roaRequest(h, "GET", "/tasks/"+created["task_id"].(string), ""))
	if missing := missingFields(task, sdkPaths(t, "DescribeTaskInfoResponseBody.tsv"), map[string]bool{"error": true}); len(missing) > 0 {
		t.Fatalf("task: %d fields missing: %v", len(missing), missing)
	}
}

func TestManagedPoolGetsTheManagementDefaults(t *testing.T) {
	h := newTestHandler(t, Options{})
	cluster, body := minimalBody(t, h, "np-managed", 1)
	body = strings.Replace(body, `{"nodepool_info"`, `{"management":{"enable":true},"kubernetes_config":{"cms_enabled":true},"nodepool_info"`, 1)
	created := mustServe(t, h, roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools", body))
	detail := mustServe(t, h, roaRequest(h, "GET", "/clusters/"+cluster+"/nodepools/"+created["nodepool_id"].(string), ""))
	m := detail["management"].(map[string]any)
	if m["auto_repair"] != true || m["auto_upgrade"] != true || m["auto_vul_fix"] != true ||
		m["auto_repair_policy"].(map[string]any)["restart_node"] != true || m["upgrade_config"].(map[string]any)["max_unavailable"] != 1.0 {
		t.Fatalf("management %v", m)
	}
	if detail["kubernetes_config"].(map[string]any)["cms_enabled"] != true {
		t.Fatal("cms_enabled sent true must stay true")
	}
}

// poolStatus reads a pool's status block.
func poolStatus(t *testing.T, h *Handler, cluster, np string) map[string]any {
	t.Helper()
	return mustServe(t, h, roaRequest(h, "GET", "/clusters/"+cluster+"/nodepools/"+np, ""))["status"].(map[string]any)
}

func TestPoolGoesInitialScalingActive(t *testing.T) {
	clk := &testClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	h := newTestHandler(t, Options{Clock: clk})
	cluster, body := minimalBody(t, h, "np-states", 4)
	np := mustServe(t, h, roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools", body))["nodepool_id"].(string)
	var seen []string
	for i := 0; i < 40; i++ {
		st := poolStatus(t, h, cluster, np)
		if s := st["state"].(string); len(seen) == 0 || seen[len(seen)-1] != s {
			seen = append(seen, s)
		}
		total, healthy := st["total_nodes"].(float64), st["healthy_nodes"].(float64)
		if healthy > total || total > 4 || st["initial_nodes"].(float64) != total-healthy {
			t.Fatalf("inconsistent counts %v", st)
		}
		clk.t = clk.t.Add(5 * time.Second)
	}
	if strings.Join(seen, ",") != "initial,scaling,active" {
		t.Fatalf("states %v", seen)
	}
	if st := poolStatus(t, h, cluster, np); st["healthy_nodes"] != 4.0 || st["total_nodes"] != 4.0 {
		t.Fatalf("final %v", st)
	}
}

func TestDeleteTakesThePoolThroughRemovingToGone(t *testing.T) {
	clk := &testClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	h := newTestHandler(t, Options{Clock: clk, Speed: 10})
	cluster, body := minimalBody(t, h, "np-gone", 2)
	np := mustServe(t, h, roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools", body))["nodepool_id"].(string)
	clk.t = clk.t.Add(time.Minute)
	del := mustServe(t, h, roaRequest(h, "DELETE", "/clusters/"+cluster+"/nodepools/"+np+"?force=true", ""))
	task, _ := del["task_id"].(string)
	if !strings.HasPrefix(task, "T-") {
		t.Fatalf("delete answer %v", del)
	}
	if st := poolStatus(t, h, cluster, np); st["state"] != "removing" {
		t.Fatalf("right after the delete: %v", st)
	}
	clk.t = clk.t.Add(3 * time.Second) // 30 s of task time: draining
	if st := poolStatus(t, h, cluster, np); st["state"] != "removing" || st["removing_nodes"].(float64) < 1 {
		t.Fatalf("while draining: %v", st)
	}
	if ti := mustServe(t, h, roaRequest(h, "GET", "/tasks/"+task, "")); ti["state"] != "running" || ti["task_type"] != "nodepool_delete" {
		t.Fatalf("delete task while running: %v", ti)
	}
	clk.t = clk.t.Add(time.Minute)
	if ti := mustServe(t, h, roaRequest(h, "GET", "/tasks/"+task, "")); ti["state"] != "success" {
		t.Fatalf("delete task at the end: %v", ti)
	}
	status, answer := serve(h, roaRequest(h, "GET", "/clusters/"+cluster+"/nodepools/"+np, ""))
	if status != 404 || answer["Code"] != "ErrorNodePoolNotFound" {
		t.Fatalf("deleted pool: %d %v", status, answer)
	}
	status, answer = serve(h, roaRequest(h, "DELETE", "/clusters/"+cluster+"/nodepools/"+np+"?force=true", ""))
	if status != 404 || answer["Code"] != "ErrorNodePoolNotFound" {
		t.Fatalf("second delete: %d %v", status, answer)
	}
	mustServe(t, h, roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools", body)) // the name is free again
}

func TestDeleteWithoutForceRefusesAPoolWithNodes(t *testing.T) {
	h := newTestHandler(t, Options{})
	reg := h.Account().Regions[0]
	def := h.state.clusterPools(reg.Clusters[0].ID)[0]
	status, answer := serve(h, roaRequest(h, "DELETE", "/clusters/"+reg.Clusters[0].ID+"/nodepools/"+def.ID, ""))
	if status != 400 || answer["Code"] != "OperationDenied.NodePoolNotEmpty" {
		t.Fatalf("%d %v", status, answer)
	}
}

func TestModifyDesiredSizeAndTheNodesFollow(t *testing.T) {
	clk := &testClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	h := newTestHandler(t, Options{Clock: clk, Speed: 10})
	cluster, body := minimalBody(t, h, "np-resize", 1)
	np := mustServe(t, h, roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools", body))["nodepool_id"].(string)
	path := "/clusters/" + cluster + "/nodepools/" + np
	status, answer := serve(h, roaRequest(h, "PUT", path, `{"scaling_group":{"desired_size":3}}`))
	if status != 400 || answer["Code"] != "OperationDenied.NodePoolState" {
		t.Fatalf("modify while creating: %d %v", status, answer)
	}
	clk.t = clk.t.Add(time.Minute)
	mod := mustServe(t, h, roaRequest(h, "PUT", path, `{"kubernetes_config":{},"nodepool_info":{},"scaling_group":{"desired_size":3}}`))
	if mod["nodepool_id"] != np || !strings.HasPrefix(mod["task_id"].(string), "T-") {
		t.Fatalf("modify answer %v", mod)
	}
	clk.t = clk.t.Add(4 * time.Second) // inside ScaleOutInstances
	if st := poolStatus(t, h, cluster, np); st["state"] != "scaling" || st["total_nodes"].(float64) < 1 || st["total_nodes"].(float64) > 3 {
		t.Fatalf("while scaling: %v", st)
	}
	clk.t = clk.t.Add(time.Minute)
	detail := mustServe(t, h, roaRequest(h, "GET", path, ""))
	st := detail["status"].(map[string]any)
	if st["state"] != "active" || st["healthy_nodes"] != 3.0 || detail["scaling_group"].(map[string]any)["desired_size"] != 3.0 {
		t.Fatalf("after scaling: %v %v", st, detail["scaling_group"])
	}
	nodes := mustServe(t, h, roaRequest(h, "GET", "/clusters/"+cluster+"/nodes?nodepool_id="+np, ""))
	if list := nodes["nodes"].([]any); len(list) != 3 || list[0].(map[string]any)["state"] != "running" {
		t.Fatalf("DescribeClusterNodes %v", nodes)
	}
	mustServe(t, h, roaRequest(h, "PUT", path, `{"scaling_group":{"desired_size":1}}`))
	clk.t = clk.t.Add(time.Minute)
	if st := poolStatus(t, h, cluster, np); st["state"] != "active" || st["total_nodes"] != 1.0 {
		t.Fatalf("after scaling in: %v", st)
	}
	status, answer = serve(h, roaRequest(h, "PUT", path, `{"scaling_group":{"desired_size":"three"}}`))
	if status != 400 || !strings.Contains(answer["Message"].(string), "scaling_group.desired_size") {
		t.Fatalf("bad modify: %d %v", status, answer)
	}
}

func TestBodyErrorsAreWordedAsTheCloudWordsThem(t *testing.T) {
	h := newTestHandler(t, Options{})
	cluster, body := minimalBody(t, h, "np-words", 1)
	mustServe(t, h, roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools", body))
	_, dup := serve(h, roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools", body))
	if dup["Code"] != "InvalidParameter.Name" || dup["Message"] != "nodepool name np-words is already exist in cluster "+cluster+"." {
		t.Fatalf("duplicate: %v", dup)
	}
	for _, bad := range []string{
		strings.Replace(body, `"desired_size":1`, `"desired_size":"1"`, 1),
		`{"nodepool_info":`, `[1]`, `null`, `{"nodepool_info":{"name":true}}`,
	} {
		status, answer := serve(h, roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools", bad))
		msg, _ := answer["Message"].(string)
		if status != 400 || answer["Code"] != "InvalidParameter" || strings.Contains(msg, "unmarshal") || strings.Contains(msg, "Go ") || strings.Contains(msg, "json:") {
			t.Errorf("body %s: %d %v", bad, status, answer)
		}
	}
	_, answer := serve(h, roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools", strings.Replace(body, `"desired_size":1`, `"desired_size":"1"`, 1)))
	if answer["Message"] != "The parameter scaling_group.desired_size must be an integer, not a JSON string." {
		t.Fatalf("type error: %v", answer["Message"])
	}
}

func TestUserQuota(t *testing.T) {
	h := newTestHandler(t, Options{})
	q := mustServe(t, h, roaRequest(h, "GET", "/quota", ""))
	if q["cluster_nodepool_quota"] != float64(quotaNodePoolsPerCluster) || q["quotas"] == nil {
		t.Fatalf("%v", q)
	}
}

func TestFreeFormMapsAcceptAnyJSONValueAsTheSDKDoes(t *testing.T) {
	h := newTestHandler(t, Options{})
	cluster, body := minimalBody(t, h, "np-maps", 1)
	body = strings.Replace(body, `{"nodepool_info"`, `{"node_config":{"kubelet_configuration":{"evictionHard":{"memory.available":100,"nodefs.available":"10%"},"featureGates":{"CPUManager":"true"}}},"nodepool_info"`, 1)
	created := mustServe(t, h, roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools", body))
	detail := mustServe(t, h, roaRequest(h, "GET", "/clusters/"+cluster+"/nodepools/"+created["nodepool_id"].(string), ""))
	kc := detail["node_config"].(map[string]any)["kubelet_configuration"].(map[string]any)
	if kc["evictionHard"].(map[string]any)["nodefs.available"] != "10%" {
		t.Fatalf("node_config echoed as %v", kc)
	}
}

func TestSTSKeysNeedTheirTokenInEveryScheme(t *testing.T) {
	sts := Credential{AccessKeyID: "STS.NEXAMPLEkey", AccessKeySecret: "sts-secret", SecurityToken: "CAIS.token+/="}
	h := newTestHandler(t, Options{Credentials: []Credential{sts}})
	acs3 := func(token string) *http.Request {
		r := httptest.NewRequest("GET", "/quota", nil)
		r.Header.Set("x-acs-version", versionCS)
		r.Header.Set("x-acs-date", time.Now().UTC().Format("2006-01-02T15:04:05Z"))
		r.Header.Set("x-acs-signature-nonce", fmt.Sprint(time.Now().UnixNano()))
		r.Header.Set("x-acs-content-sha256", EmptyPayloadHash)
		signed := []string{"host", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version"}
		if token != "" {
			r.Header.Set("x-acs-security-token", token)
			signed = append(signed, "x-acs-security-token")
		}
		canonical := CanonicalRequest(r.Method, r.URL.EscapedPath(), r.URL.Query(), r.Header, r.Host, signed, EmptyPayloadHash)
		r.Header.Set("Authorization", Algorithm+" Credential="+sts.AccessKeyID+",SignedHeaders="+strings.Join(signed, ";")+
			",Signature="+Signature(sts.AccessKeySecret, StringToSign(canonical)))
		return r
	}
	roa := func(token string) *http.Request {
		r := httptest.NewRequest("GET", "/quota", nil)
		r.Header.Set("x-acs-version", versionCS)
		SignROA(r, nil, sts.AccessKeyID, sts.AccessKeySecret, token)
		return r
	}
	rpc := func(token string) *http.Request {
		r := httptest.NewRequest("POST", "/?Action=DescribeZones&Version="+versionECS+"&RegionId=cn-hangzhou", nil)
		SignRPC(r, nil, sts.AccessKeyID, sts.AccessKeySecret, token, fmt.Sprint(time.Now().UnixNano()), time.Now().UTC().Format("2006-01-02T15:04:05Z"))
		r.RequestURI = r.URL.RequestURI()
		return r
	}
	for name, build := range map[string]func(string) *http.Request{"ACS3": acs3, "ROA v1": roa, "RPC v1": rpc} {
		t.Run(name, func(t *testing.T) {
			if status, body := serve(h, build(sts.SecurityToken)); status != 200 {
				t.Fatalf("with the token: %d %v", status, body)
			}
			for token, code := range map[string]string{"": "MissingSecurityToken", "CAIS.other": "InvalidSecurityToken.MismatchWithAccessKey"} {
				if _, body := serve(h, build(token)); body["Code"] != code {
					t.Fatalf("token %q: %v, want %s", token, body, code)
				}
			}
		})
	}
}

func TestScaleClusterNodePoolAddsNodes(t *testing.T) {
	clk := &testClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	h := newTestHandler(t, Options{Clock: clk, Speed: 10})
	cluster, body := minimalBody(t, h, "np-scale", 1)
	np := mustServe(t, h, roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools", body))["nodepool_id"].(string)
	clk.t = clk.t.Add(time.Minute)
	path := "/clusters/" + cluster + "/nodepools/" + np
	if status, answer := serve(h, roaRequest(h, "POST", path, `{"count":0}`)); status != 400 || answer["Code"] != "InvalidParameter" {
		t.Fatalf("count 0: %d %v", status, answer)
	}
	mustServe(t, h, roaRequest(h, "POST", path, `{"count":2}`))
	clk.t = clk.t.Add(time.Minute)
	if st := poolStatus(t, h, cluster, np); st["state"] != "active" || st["healthy_nodes"] != 3.0 {
		t.Fatalf("after adding 2: %v", st)
	}
}

// TestZeroValuesTheProviderSendsAreNotGiven: the Terraform provider writes the data
// disk fields it leaves unset as "" and upgrade_config's numbers as 0; the service
// takes them as not given, and so does the sandbox (seen with provider 1.240.0).
func TestZeroValuesTheProviderSendsAreNotGiven(t *testing.T) {
	h := newTestHandler(t, Options{})
	cluster, body := minimalBody(t, h, "np-provider-zeros", 1)
	body = strings.Replace(body, `{"nodepool_info"`, `{"management":{"enable":true,"upgrade_config":{"surge":0,"surge_percentage":0,"max_unavailable":0}},"kubernetes_config":{"labels":[{"key":"team","value":""}]},"nodepool_info"`, 1)
	body = strings.Replace(body, `"scaling_group":{`, `"scaling_group":{"data_disks":[{"category":"cloud_essd","size":40,"device":"","disk_name":"","encrypted":"","file_system":""}],`, 1)
	created := mustServe(t, h, roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools", body))
	if created["nodepool_id"] == nil {
		t.Fatalf("the provider's zero values were refused: %v", created)
	}
}
