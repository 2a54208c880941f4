package ui

import (
	"testing"
	"time"
)

func TestPoolNamesLoadOnlyOnceTheClusterSettles(t *testing.T) {
	e := newSandbox(t, 5000)
	target, np := e.validBody(t, "settle")
	m := New(Options{Client: e.client, Catalog: NewCatalog(e.client), NodePool: np, Target: target,
		Steps: testSteps(np, target), PoolNamesDelay: time.Second})

	m.target.ClusterID = "c1"
	if m.watchCluster() == nil {
		t.Fatalf("a changed cluster did not schedule a lookup")
	}
	first := m.requests.awaitedTicket(slotPoolNames)
	m.target.ClusterID = "c12" // the next key of an ID typed by hand
	if m.watchCluster() == nil {
		t.Fatalf("the second change did not schedule a lookup")
	}
	if m.Update(clusterSettledMsg{reply{first}}); !m.requests.waiting(slotPoolNames) {
		t.Fatalf("a stale settle message ended the pending lookup")
	}
	if _, cmd := m.Update(clusterSettledMsg{reply{first}}); cmd != nil {
		t.Fatalf("the settle message of an ID typed over loaded its pool names")
	}
	if _, cmd := m.Update(clusterSettledMsg{reply{m.requests.awaitedTicket(slotPoolNames)}}); cmd == nil {
		t.Fatalf("the settled cluster's pool names were not loaded")
	}
}
