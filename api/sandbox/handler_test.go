package sandbox

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// testClock is a settable task clock.
type testClock struct{ t time.Time }

func (c *testClock) Now() time.Time { return c.t }

// signedRequest builds a request signed with the handler's key, as the OpenAPI core does.
func signedRequest(h *Handler, method, target, action, version, body string) *http.Request {
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	sum := sha256.Sum256([]byte(body))
	hash := hex.EncodeToString(sum[:])
	r.Header.Set("x-acs-action", action)
	r.Header.Set("x-acs-version", version)
	r.Header.Set("x-acs-date", time.Now().UTC().Format("2006-01-02T15:04:05Z"))
	r.Header.Set("x-acs-signature-nonce", fmt.Sprintf("%d", time.Now().UnixNano()))
	r.Header.Set("x-acs-content-sha256", hash)
	signed := []string{"host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version"}
	if body != "" {
		r.Header.Set("content-type", "application/json; charset=utf-8")
		signed = append([]string{"content-type"}, signed...)
	}
	canonical := CanonicalRequest(r.Method, r.URL.EscapedPath(), r.URL.Query(), r.Header, r.Host, signed, hash)
	r.Header.Set("Authorization", Algorithm+" Credential="+h.AccessKeyID()+",SignedHeaders="+strings.Join(signed, ";")+
		",Signature="+Signature(h.AccessKeySecret(), StringToSign(canonical)))
	return r
}

func serve(h *Handler, r *http.Request) (int, map[string]any) {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	var body map[string]any
	_ = json.Unmarshal(w.Body.Bytes(), &body)
	return w.Code, body
}

func newTestHandler(t *testing.T, opts Options) *Handler {
	t.Helper()
	h, err := NewHandler(opts)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestErrorsUseTheCloudFormatAndNeverCrash(t *testing.T) {
	h := newTestHandler(t, Options{})
	running := ""
	for _, c := range h.Account().Regions[0].Clusters {
		if c.State == "running" {
			running = c.ID
			break
		}
	}
	cases := map[string]struct {
		req    *http.Request
		status int
		code   string
	}{
		"unknown action":        {signedRequest(h, "GET", "/nothing", "DescribeNothing", versionCS, ""), 404, "InvalidApi.NotFound"},
		"wrong version":         {signedRequest(h, "GET", "/tasks/T-1", "DescribeTaskInfo", "2099-01-01", ""), 404, "InvalidApi.NotFound"},
		"method mismatch":       {signedRequest(h, "DELETE", "/tasks/T-1", "DescribeTaskInfo", versionCS, ""), 404, "InvalidApi.NotFound"},
		"unknown task":          {signedRequest(h, "GET", "/tasks/T-1", "DescribeTaskInfo", versionCS, ""), 404, "ErrorTaskNotFound"},
		"malformed JSON":        {signedRequest(h, "POST", "/clusters/"+running+"/nodepools", "CreateClusterNodePool", versionCS, `{"nodepool_info":`), 400, "InvalidParameter"},
		"unknown body key":      {signedRequest(h, "POST", "/clusters/"+running+"/nodepools", "CreateClusterNodePool", versionCS, `{"nodepool_infos":{}}`), 400, "InvalidParameter"},
		"body is an array":      {signedRequest(h, "POST", "/clusters/"+running+"/nodepools", "CreateClusterNodePool", versionCS, `[1,2]`), 400, "InvalidParameter"},
		"empty body":            {signedRequest(h, "POST", "/clusters/"+running+"/nodepools", "CreateClusterNodePool", versionCS, ``), 400, "MissingParameter"},
		"rpc without region":    {signedRequest(h, "POST", "/?PageSize=5", "DescribeVSwitches", versionVPC, ""), 400, "MissingRegionId"},
		"rpc bad page size":     {signedRequest(h, "POST", "/?RegionId=cn-hangzhou&PageSize=500", "DescribeKeyPairs", versionECS, ""), 400, "InvalidParameter"},
		"rpc unknown region":    {signedRequest(h, "POST", "/?RegionId=mars-1", "DescribeZones", versionECS, ""), 400, "InvalidRegionId.NotFound"},
		"metadata without args": {signedRequest(h, "GET", "/api/v1/metadata/versions", "DescribeKubernetesVersionMetadata", versionCS, ""), 400, "MissingParameter"},
		"unsigned garbage":      {httptest.NewRequest("POST", "/", strings.NewReader("\x00\x01")), 400, "IncompleteSignature"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			status, body := serve(h, tc.req)
			if status != tc.status || body["Code"] != tc.code || body["RequestId"] == "" || body["Message"] == "" {
				t.Fatalf("got %d %v, want %d %s", status, body, tc.status, tc.code)
			}
			if isRPC(tc.req) && body["HostId"] == nil {
				t.Fatalf("RPC errors carry HostId: %v", body)
			}
		})
	}
}

func TestAccountIsDeterministicAndBelievable(t *testing.T) {
	a, b := NewAccount(7), NewAccount(7)
	if a.Regions[0].Clusters[0].ID != b.Regions[0].Clusters[0].ID || a.Regions[2].VPCs[1].VSwitches[3].ID != b.Regions[2].VPCs[1].VSwitches[3].ID {
		t.Fatal("same seed, different IDs")
	}
	if NewAccount(8).Regions[0].Clusters[0].ID == a.Regions[0].Clusters[0].ID {
		t.Fatal("different seeds, same IDs")
	}
	if len(a.Regions) < 3 || len(a.InstanceTypes) < 300 || len(a.ResourceGroups) < 3 {
		t.Fatalf("%d regions, %d types, %d resource groups", len(a.Regions), len(a.InstanceTypes), len(a.ResourceGroups))
	}
	for _, r := range a.Regions {
		states := map[string]int{}
		for _, c := range r.Clusters {
			states[c.State]++
			zones := map[string]bool{}
			for _, id := range c.VSwitchIDs {
				v, ok := r.VSwitch(id)
				if !ok || v.VpcID != c.VpcID {
					t.Fatalf("cluster %s vswitch %s not in its VPC", c.ID, id)
				}
				zones[v.ZoneID] = true
			}
			if len(zones) < 3 {
				t.Fatalf("cluster %s spans %d zones", c.ID, len(zones))
			}
		}
		if states["running"] < 2 || len(r.Clusters)-states["running"] < 1 {
			t.Fatalf("region %s cluster states %v", r.ID, states)
		}
		if len(r.KeyPairs) == 0 || len(r.SecurityGroups) == 0 {
			t.Fatalf("region %s lacks key pairs or security groups", r.ID)
		}
	}
	families := map[string]bool{}
	for _, it := range a.InstanceTypes {
		families[it.Family] = true
	}
	for _, f := range []string{"ecs.g7", "ecs.c7", "ecs.r7", "ecs.g8i", "ecs.c8i", "ecs.r8i", "ecs.gn7i", "ecs.gn6i", "ecs.ebmg7", "ecs.g8y"} {
		if !families[f] {
			t.Errorf("family %s missing", f)
		}
	}
}

func TestTasksProgressWithTheClockAndSpeed(t *testing.T) {
	clk := &testClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	h := newTestHandler(t, Options{Clock: clk, Speed: 10})
	reg := &h.Account().Regions[0]
	c := reg.Clusters[0]
	v, _ := reg.VSwitch(c.VSwitchIDs[0])
	itype := ""
	for _, it := range h.Account().InstanceTypes {
		if h.Account().Availability(v.ZoneID, it.ID) == "Available" {
			itype = it.ID
			break
		}
	}
	body := fmt.Sprintf(`{"nodepool_info":{"name":"np-clock"},"scaling_group":{"vswitch_ids":[%q],"instance_types":[%q],"desired_size":4,"system_disk_category":"cloud_essd","system_disk_size":120,"instance_charge_type":"PostPaid"}}`, v.ID, itype)
	status, created := serve(h, signedRequest(h, "POST", "/clusters/"+c.ID+"/nodepools", "CreateClusterNodePool", versionCS, body))
	if status != 200 {
		t.Fatalf("create: %d %v", status, created)
	}
	taskURL := "/tasks/" + created["task_id"].(string)
	poolURL := "/clusters/" + c.ID + "/nodepools/" + created["nodepool_id"].(string)
	look := func() (string, string, map[string]any) {
		_, task := serve(h, signedRequest(h, "GET", taskURL, "DescribeTaskInfo", versionCS, ""))
		_, pool := serve(h, signedRequest(h, "GET", poolURL, "DescribeClusterNodePoolDetail", versionCS, ""))
		return task["state"].(string), task["current_stage"].(string), pool["status"].(map[string]any)
	}
	state, stage, st := look()
	if state != "running" || stage != "PreCheck" || st["state"] != "initial" || st["total_nodes"].(float64) != 0 {
		t.Fatalf("at start: %s %s %v", state, stage, st)
	}
	clk.t = clk.t.Add(6 * time.Second) // 60s of task time at speed 10: inside ScaleOutInstances
	state, stage, st = look()
	if state != "running" || stage != "ScaleOutInstances" || st["total_nodes"].(float64) < 1 || st["total_nodes"].(float64) > 3 {
		t.Fatalf("mid-way: %s %s %v", state, stage, st)
	}
	clk.t = clk.t.Add(time.Minute)
	state, stage, st = look()
	if state != "success" || stage != "" || st["state"] != "active" || st["healthy_nodes"].(float64) != 4 {
		t.Fatalf("at the end: %s %s %v", state, stage, st)
	}
}

func TestFaultRatesAndDrops(t *testing.T) {
	h := newTestHandler(t, Options{ThrottleRate: 1})
	status, body := serve(h, signedRequest(h, "POST", "/?RegionId=cn-hangzhou", "DescribeZones", versionECS, ""))
	if status != 400 || body["Code"] != "Throttling.User" {
		t.Fatalf("throttle: %d %v", status, body)
	}
	h = newTestHandler(t, Options{ErrorRate: 1})
	if status, body = serve(h, signedRequest(h, "POST", "/?RegionId=cn-hangzhou", "DescribeZones", versionECS, "")); status != 503 {
		t.Fatalf("5xx: %d %v", status, body)
	}
	if _, err := NewHandler(Options{DropRate: 2}); err == nil {
		t.Fatal("a rate above 1 was accepted")
	}
	h = newTestHandler(t, Options{DropRate: 1})
	srv := httptest.NewServer(h)
	defer srv.Close()
	req := signedRequest(h, "POST", srv.URL+"/?RegionId=cn-hangzhou", "DescribeZones", versionECS, "")
	req.RequestURI = ""
	u, _ := url.Parse(srv.URL)
	req.Host = u.Host
	resp, err := http.DefaultClient.Do(req)
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		t.Fatalf("drop: got an answer %d %s", resp.StatusCode, b)
	}
}

func TestStartListensOnLoopbackOnly(t *testing.T) {
	if _, err := Start(Options{Listen: "0.0.0.0:0"}); err == nil {
		t.Fatal("a non-loopback address was accepted")
	}
	s, err := Start(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !strings.HasPrefix(s.Endpoint(), "http://127.0.0.1:") {
		t.Fatalf("endpoint %s", s.Endpoint())
	}
	resp, err := http.Get(s.Endpoint() + "/")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 400 || resp.Header.Get("X-Acs-Request-Id") == "" {
		t.Fatalf("unsigned request: %d", resp.StatusCode)
	}
}
