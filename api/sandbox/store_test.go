package sandbox

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestStateSurvivesARestart(t *testing.T) {
	file := filepath.Join(t.TempDir(), "ackpool", "sandbox", "seed-1.json")
	clk := &testClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	first := newTestHandler(t, Options{Clock: clk, Speed: 10, StateFile: file})
	cluster, body := minimalBody(t, first, "np-kept", 2)
	body = strings.Replace(body, `"desired_size":2`, `"desired_size":2,"login_password":"Sandbox-Passw0rd!"`, 1)
	created := mustServe(t, first, roaRequest(first, "POST", "/clusters/"+cluster+"/nodepools", body))
	np, task := created["nodepool_id"].(string), created["task_id"].(string)
	defaultPool := first.state.clusterPools(cluster)[0].ID

	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "Sandbox-Passw0rd!") || !strings.Contains(string(data), np) {
		t.Fatalf("state file holds a secret or lacks the pool:\n%s", data)
	}
	for path, want := range map[string]os.FileMode{file: 0o600, filepath.Dir(file): 0o700} {
		if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != want {
			t.Fatalf("%s: %v %v, want %v", path, fi.Mode().Perm(), err, want)
		}
	}

	// a later process (another handler on the same file) sees the pool and its task,
	// which keeps running on the clock
	clk.t = clk.t.Add(5 * time.Second)
	second := newTestHandler(t, Options{Clock: clk, Speed: 10, StateFile: file})
	if ti := mustServe(t, second, roaRequest(second, "GET", "/tasks/"+task, "")); ti["state"] != "running" {
		t.Fatalf("task after the restart: %v", ti)
	}
	clk.t = clk.t.Add(time.Minute)
	if st := poolStatus(t, second, cluster, np); st["state"] != "active" || st["healthy_nodes"] != 2.0 {
		t.Fatalf("pool after the restart: %v", st)
	}
	if got := second.state.clusterPools(cluster)[0].ID; got != defaultPool {
		t.Fatalf("the seeded pools changed across the restart: %s, want %s", got, defaultPool)
	}
	// new IDs never repeat the ones already kept
	_, body2 := minimalBody(t, second, "np-next", 1)
	again := mustServe(t, second, roaRequest(second, "POST", "/clusters/"+cluster+"/nodepools", body2))
	if again["nodepool_id"] == np || again["task_id"] == task {
		t.Fatalf("IDs repeated after a restart: %v", again)
	}
	// the first process notices what the second one wrote
	if names := first.NodePoolNames(cluster); strings.Join(names, ",") != "default-nodepool,np-kept,np-next" {
		t.Fatalf("first process sees %v", names)
	}
	// a deletion made by one is kept for the next
	mustServe(t, first, roaRequest(first, "DELETE", "/clusters/"+cluster+"/nodepools/"+np+"?force=true", ""))
	clk.t = clk.t.Add(time.Hour)
	third := newTestHandler(t, Options{Clock: clk, StateFile: file})
	if names := third.NodePoolNames(cluster); strings.Join(names, ",") != "default-nodepool,np-next" {
		t.Fatalf("after the deletion: %v", names)
	}
}

func TestResetStartsAfresh(t *testing.T) {
	file := filepath.Join(t.TempDir(), "seed-1.json")
	h := newTestHandler(t, Options{StateFile: file})
	cluster, body := minimalBody(t, h, "np-reset", 1)
	mustServe(t, h, roaRequest(h, "POST", "/clusters/"+cluster+"/nodepools", body))
	if err := ResetState(file); err != nil {
		t.Fatal(err)
	}
	if err := ResetState(file); err != nil {
		t.Fatalf("a second reset: %v", err)
	}
	fresh := newTestHandler(t, Options{StateFile: file})
	if names := fresh.NodePoolNames(cluster); len(names) != 1 {
		t.Fatalf("after reset: %v", names)
	}
}

func TestACorruptOrForeignStateFileIsReportedByName(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"corrupt.json": `{"format":1,"seed":1,"pools":[`,
		"seed-2.json":  `{"format":1,"seed":2,"pools":[]}`,
	} {
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := NewHandler(Options{StateFile: file})
		if err == nil || !strings.Contains(err.Error(), file) || !strings.Contains(err.Error(), "--reset") {
			t.Fatalf("%s: %v", name, err)
		}
		if data, _ := os.ReadFile(file); string(data) != content {
			t.Fatalf("%s was changed", name)
		}
	}
}

func TestDefaultStateFileFollowsXDG(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", dir)
	got, err := DefaultStateFile(3)
	if err != nil || got != filepath.Join(dir, "ackpool", "sandbox", "seed-3.json") {
		t.Fatalf("%q %v", got, err)
	}
}
