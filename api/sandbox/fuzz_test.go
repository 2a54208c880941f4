package sandbox

import (
	"net/http"
	"strings"
	"testing"
)

// FuzzCreateBody sends arbitrary, correctly signed bodies to CreateClusterNodePool:
// every answer must be a success or a 4xx in the cloud's format, never a crash (500).
func FuzzCreateBody(f *testing.F) {
	h, err := NewHandler(Options{})
	if err != nil {
		f.Fatal(err)
	}
	cluster := h.Account().Regions[0].Clusters[0].ID
	for _, seed := range []string{
		`{"nodepool_info":{"name":"np"},"scaling_group":{"vswitch_ids":["vsw-x"],"instance_types":["ecs.g7.large"]}}`,
		`{"scaling_group":{"data_disks":[{"size":-1}]}}`, `{"count":1e99}`, `[]`, `null`, `{"kubernetes_config":{"labels":[{}]}}`, ``,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, body string) {
		status, answer := serve(h, signedRequest(h, http.MethodPost, "/clusters/"+cluster+"/nodepools", "CreateClusterNodePool", versionCS, body))
		if status != http.StatusOK && (status < 400 || status >= 500 || answer["Code"] == nil) {
			t.Fatalf("body %q: status %d %v", body, status, answer)
		}
	})
}

// FuzzLegacySignedRequests sends arbitrary Authorization headers, queries and bodies
// to the handler: every answer is in the cloud's format and none is a crash (500).
func FuzzLegacySignedRequests(f *testing.F) {
	h, err := NewHandler(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Add("acs LTAI5t:abc=", "/tasks/T-1", "", "")
	f.Add("", "/", "Action=DescribeZones&Signature=x&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&Timestamp=2026-01-01T00:00:00Z", "a=%zz&b")
	f.Add("acs :", "/clusters/%zz/nodepools", "x=%&&=&", "{")
	f.Fuzz(func(t *testing.T, auth, path, query, body string) {
		if !strings.HasPrefix(path, "/") || strings.ContainsAny(path, " ?#\r\n\t") || strings.ContainsAny(query, " #\r\n\t") {
			return
		}
		target := path
		if query != "" {
			target += "?" + query
		}
		r, err := http.NewRequest(http.MethodPost, "http://127.0.0.1"+target, strings.NewReader(body))
		if err != nil {
			return
		}
		r.RequestURI = target
		r.Header.Set("Authorization", auth)
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		r.Header.Set("Date", "Tue, 01 Dec 2026 12:16:08 GMT")
		status, answer := serve(h, r)
		if status >= 500 || answer["Code"] == nil {
			t.Fatalf("%q %q %q %q: %d %v", auth, path, query, body, status, answer)
		}
	})
}
