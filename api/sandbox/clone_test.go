package sandbox

import (
	"encoding/json"
	"testing"

	"ackpool/model"
	"ackpool/presets"
)

// TestAPoolReadBackClonesIntoAValidCreate clones the full-shape detail of a pool (the
// wizard's "start from an existing pool") and creates the clone: the defaults and zero
// values the sandbox fills in must not make the copy invalid.
func TestAPoolReadBackClonesIntoAValidCreate(t *testing.T) {
	h := newTestHandler(t, Options{})
	cluster, body := minimalBody(t, h, "np-original", 2)
	created := mustServe(t, h, roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools", body))
	for _, np := range []string{created["nodepool_id"].(string), h.state.clusterPools(cluster)[0].ID} {
		detail := mustServe(t, h, roaRequest(h, "GET", "/clusters/"+cluster+"/nodepools/"+np, ""))
		raw, _ := json.Marshal(detail)
		clone, _, err := presets.FromNodePoolDetail(raw, h.NodePoolNames(cluster))
		if err != nil {
			t.Fatalf("clone of %s: %v", np, err)
		}
		if errs := model.Validate(clone).Errors(); len(errs) > 0 {
			t.Fatalf("clone of %s is invalid: %v", np, errs)
		}
		again, _ := json.Marshal(clone)
		mustServe(t, h, roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools", string(again)))
	}
}
