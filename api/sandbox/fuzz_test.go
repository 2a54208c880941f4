package sandbox

import (
	"net/http"
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
