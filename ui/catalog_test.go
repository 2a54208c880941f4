package ui

import (
	"context"
	"strings"
	"testing"

	"ackpool/forms"
	"ackpool/model"
)

func TestCatalogOverSandbox(t *testing.T) {
	e := newSandbox(t, 1000)
	cat := NewCatalog(e.client)

	regions, err := cat.Regions()
	if err != nil || len(regions) == 0 || regions[0].Value != "cn-hangzhou" {
		t.Fatalf("Regions() = %v, %v; want the client's region first", regions, err)
	}
	clusters, err := cat.Clusters("cn-hangzhou")
	if err != nil || len(clusters) == 0 {
		t.Fatalf("Clusters: %v, %v", clusters, err)
	}
	all, err := e.client.ListClusters(context.Background(), "cn-hangzhou")
	if err != nil {
		t.Fatal(err)
	}
	running := 0
	for _, c := range all {
		if c.Usable() {
			running++
		}
	}
	if len(clusters) != running {
		t.Fatalf("Clusters offers %d, want only the %d running ones of %d", len(clusters), running, len(all))
	}
	if !strings.Contains(clusters[0].Label, "running") {
		t.Fatalf("cluster label %q lacks the state", clusters[0].Label)
	}
	// the columns line up: every label has its state at the same place
	at := strings.Index(clusters[0].Label, "running")
	for _, c := range clusters {
		if i := strings.Index(c.Label, "running"); i != at {
			t.Errorf("cluster labels are not aligned: %q vs %q", clusters[0].Label, c.Label)
		}
	}

	target := forms.Target{Region: "cn-hangzhou", ClusterID: clusters[0].Value}
	vsws, err := cat.VSwitches(target)
	if err != nil || len(vsws) == 0 || !strings.Contains(vsws[0].Label, "IPs free") {
		t.Fatalf("VSwitches = %v, %v; want labels with free IPs", vsws, err)
	}
	one, err := cat.InstanceTypes(target, []string{vsws[0].Value}, "PostPaid", "")
	if err != nil || len(one) == 0 || !strings.Contains(one[0].Label, "vCPU") {
		t.Fatalf("InstanceTypes = %d, %v", len(one), err)
	}
	var ids []string
	for _, v := range vsws {
		ids = append(ids, v.Value)
	}
	some, err := cat.InstanceTypes(target, ids, "PostPaid", "")
	if err != nil || len(some) < len(one) {
		t.Fatalf("types offered in some zone (%d) are fewer than those of one zone (%d): %v", len(some), len(one), err)
	}
	partial := 0
	for _, c := range some {
		if i := strings.Index(c.Note, "(only "); i >= 0 {
			partial++
			if !strings.Contains(c.Note[i:], "cn-hangzhou-") {
				t.Fatalf("a partial type does not name its zones: %q", c.Note)
			}
		}
	}
	if partial == 0 {
		t.Fatalf("no instance type is labelled with the chosen zones that have it")
	}
	if _, err := cat.InstanceTypes(target, nil, "PostPaid", ""); err == nil {
		t.Fatalf("InstanceTypes without vswitches did not ask for one")
	}
	for name, lookup := range map[string]func() (int, error){
		"SecurityGroups": func() (int, error) { l, err := cat.SecurityGroups(target); return len(l), err },
		"KeyPairs":       func() (int, error) { l, err := cat.KeyPairs("cn-hangzhou"); return len(l), err },
		"ResourceGroups": func() (int, error) { l, err := cat.ResourceGroups(); return len(l), err },
		"Runtimes":       func() (int, error) { l, err := cat.Runtimes(target); return len(l), err },
		"ImageTypes":     func() (int, error) { l, err := cat.ImageTypes(target); return len(l), err },
	} {
		if n, err := lookup(); err != nil || n == 0 {
			t.Errorf("%s: %d choices, %v", name, n, err)
		}
	}

	// a failed lookup is surfaced, not swallowed
	if _, err := cat.VSwitches(forms.Target{Region: "cn-hangzhou", ClusterID: "c-does-not-exist"}); err == nil {
		t.Errorf("VSwitches of an unknown cluster returned no error")
	}
	if _, err := cat.SecurityGroups(forms.Target{}); err == nil || !strings.Contains(err.Error(), "choose a region and a cluster") {
		t.Errorf("SecurityGroups without a target: %v", err)
	}

	if _, known := cat.PoolNameTaken(target, "x"); known {
		t.Fatalf("pool names known before they were loaded")
	}
	cat.SetPoolNames(target.ClusterID, []string{"web"})
	if taken, known := cat.PoolNameTaken(target, "web"); !taken || !known {
		t.Fatalf("PoolNameTaken(web) = %v, %v; want taken and known", taken, known)
	}
}

func TestPoolNamesLoadWhenTheClusterIsChosen(t *testing.T) {
	e := newSandbox(t, 5000)
	target, np := e.validBody(t, "existing")
	if _, err := e.client.CreateNodePool(context.Background(), target.Region, target.ClusterID, np); err != nil {
		t.Fatal(err)
	}
	cat := NewCatalog(e.client)
	// the wizard starts with no cluster; typing one in the target step starts the load
	blank := &forms.Target{Region: "cn-hangzhou"}
	d := newDriver(t, Options{Client: e.client, Catalog: cat, NodePool: np, Target: blank, Steps: testSteps(np, blank)}, 160, 48)
	if _, known := cat.PoolNameTaken(*target, "existing"); known {
		t.Fatalf("names known before a cluster was chosen")
	}
	d.keys("tab", target.ClusterID)
	if taken, known := cat.PoolNameTaken(*target, "existing"); !taken || !known {
		t.Fatalf("after choosing the cluster: taken %v known %v, want both", taken, known)
	}
	if d.m.requests.waiting(slotPoolNames) {
		t.Fatalf("the load is still marked in flight")
	}
}

func TestLatePoolNamesAreDropped(t *testing.T) {
	e := newSandbox(t, 1000)
	cat := NewCatalog(e.client)
	m := &Model{opts: Options{Catalog: cat}}
	old := m.requests.issue(slotPoolNames)
	current := m.requests.issue(slotPoolNames)
	m.applyAnswer(poolNamesMsg{reply: reply{old}, clusterID: "c-old", names: []string{"a"}})
	if _, known := cat.PoolNameTaken(forms.Target{ClusterID: "c-old"}, "a"); known || !m.requests.current(current) {
		t.Fatalf("a late answer was applied (known %v)", known)
	}
	m.applyAnswer(poolNamesMsg{reply: reply{current}, clusterID: "c-new", names: []string{"a"}})
	if taken, _ := cat.PoolNameTaken(forms.Target{ClusterID: "c-new"}, "a"); !taken || m.requests.waiting(slotPoolNames) {
		t.Fatalf("the current answer was not applied")
	}
}

func TestLoadedPoolNamesRevalidateTheSteps(t *testing.T) {
	e := newSandbox(t, 5000)
	target, np := e.validBody(t, "existing")
	if _, err := e.client.CreateNodePool(context.Background(), target.Region, target.ClusterID, np); err != nil {
		t.Fatal(err)
	}
	cat := NewCatalog(e.client)
	blank := &forms.Target{Region: "cn-hangzhou"}
	steps := testSteps(np, blank)
	// like the real basics step: a taken name is a problem of the step once the names are known
	steps[1].Pending = func() model.Problems {
		if taken, _ := cat.PoolNameTaken(*blank, "existing"); taken {
			return model.Problems{{Path: "nodepool_info.name", Message: "taken", Severity: model.SeverityError}}
		}
		return nil
	}
	d := newDriver(t, Options{Client: e.client, Catalog: cat, NodePool: np, Target: blank, Steps: steps}, 160, 48)
	d.keys("tab", target.ClusterID)
	if !d.m.steps[1].problems.HasErrors() {
		t.Fatalf("the pool names arrived but the basics step was not checked again: %+v", d.m.steps[1].problems)
	}
}
