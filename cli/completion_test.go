package cli

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
)

// complete runs cobra's hidden __complete command and returns the candidates (the
// lines before the ":directive" line) and the directive.
func complete(t *testing.T, args ...string) ([]string, string) {
	t.Helper()
	out, errOut, code := runPresetCLI(t, "", append([]string{"__complete"}, args...)...)
	if code != 0 {
		t.Fatalf("__complete %v: exit %d: %s", args, code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	directive := lines[len(lines)-1]
	var values []string
	for _, l := range lines[:len(lines)-1] {
		v, _, _ := strings.Cut(l, "\t")
		values = append(values, v)
	}
	return values, directive
}

func completionEnv(t *testing.T) {
	t.Helper()
	presetEnv(t)
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("XDG_STATE_HOME", t.TempDir())
}

func hasAll(got []string, want ...string) bool {
	set := map[string]bool{}
	for _, g := range got {
		set[g] = true
	}
	for _, w := range want {
		if !set[w] {
			return false
		}
	}
	return true
}

func TestCompleteOutputAndPresets(t *testing.T) {
	completionEnv(t)
	got, _ := complete(t, "create", "--output", "")
	if !hasAll(got, "text", "json", "yaml", "aliyun", "terraform") {
		t.Errorf("create --output: %v", got)
	}
	got, _ = complete(t, "validate", "-o", "")
	if len(got) != 2 || !hasAll(got, "text", "json") {
		t.Errorf("validate -o: %v", got)
	}
	got, _ = complete(t, "create", "--preset", "")
	if !hasAll(got, "general-purpose", "gpu", "secure-baseline", "spot-cost-optimised") {
		t.Errorf("--preset: %v", got)
	}
	got, _ = complete(t, "validate", "--preset", "sp")
	if len(got) != 1 || got[0] != "spot-cost-optimised" {
		t.Errorf("--preset sp: %v", got)
	}
	// a saved preset is offered too, and by preset show
	file := writeTemp(t, "web.yaml", presetBody)
	if _, errOut, code := runPresetCLI(t, "", "preset", "save", "webfront", "--file", file); code != 0 {
		t.Fatal(errOut)
	}
	got, _ = complete(t, "preset", "show", "web")
	if len(got) != 1 || got[0] != "webfront" {
		t.Errorf("preset show web: %v", got)
	}
	got, _ = complete(t, "create", "--terraform-provider", "")
	if !hasAll(got, "1.240.0", "1.242.0", "1.252.0", "1.266.0") || got[0] != "1.240.0" {
		t.Errorf("--terraform-provider: %v", got)
	}
}

func TestCompleteSetPathsAndValues(t *testing.T) {
	completionEnv(t)
	got, directive := complete(t, "create", "--set", "scaling_group.system_disk_c")
	if !hasAll(got, "scaling_group.system_disk_category=", "scaling_group.system_disk_categories=") {
		t.Errorf("paths: %v", got)
	}
	if !strings.Contains(directive, ":6") { // NoSpace|NoFileComp: the value follows the "="
		t.Errorf("directive %s", directive)
	}
	got, _ = complete(t, "create", "--set", "scaling_group.data_disks[0].s")
	if !hasAll(got, "scaling_group.data_disks[0].size=", "scaling_group.data_disks[0].snapshot_id=") {
		t.Errorf("array paths: %v", got)
	}
	got, _ = complete(t, "validate", "--set", "scaling_group.instance_charge_type=")
	if len(got) != 2 || !hasAll(got, "scaling_group.instance_charge_type=PrePaid", "scaling_group.instance_charge_type=PostPaid") {
		t.Errorf("enum: %v", got)
	}
	got, _ = complete(t, "create", "--set", "kubernetes_config.taints[2].effect=No")
	if !hasAll(got, "kubernetes_config.taints[2].effect=NoSchedule", "kubernetes_config.taints[2].effect=NoExecute") || len(got) != 2 {
		t.Errorf("enum in an array item: %v", got)
	}
	got, _ = complete(t, "create", "--set", "auto_scaling.enable=")
	if !hasAll(got, "auto_scaling.enable=true", "auto_scaling.enable=false") {
		t.Errorf("boolean: %v", got)
	}
}

// TestCompleteClusterIDs: the first completion asks the (sandbox) account and fills
// the cache; later ones are served from the cache without asking.
func TestCompleteClusterIDs(t *testing.T) {
	completionEnv(t)
	got, _ := complete(t, "--sandbox", "--region", "cn-hangzhou", "create", "--cluster", "")
	if len(got) < 3 {
		t.Fatalf("cluster IDs: %v", got)
	}
	path, _ := clusterCachePath()
	data, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(data), got[0]) {
		t.Fatalf("cache %s: %v %s", path, err, data)
	}
	// Replace the cached list: the next completion must come from it.
	var c clusterCache
	if err := json.Unmarshal(data, &c); err != nil || len(c.Entries) != 1 {
		t.Fatalf("cache: %v %s", err, data)
	}
	for k := range c.Entries {
		c.Entries[k] = clusterCacheEntry{Saved: time.Now().UTC(), Clusters: []cachedCluster{{ID: "c-from-cache", Name: "x", State: "running"}}}
	}
	data, _ = json.Marshal(c)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	got, _ = complete(t, "--sandbox", "--region", "cn-hangzhou", "pools", "--cluster", "c-")
	if len(got) != 1 || got[0] != "c-from-cache" {
		t.Errorf("from the cache: %v", got)
	}
	// Another region is another cache entry.
	got, _ = complete(t, "--sandbox", "--region", "cn-beijing", "vswitches", "--cluster", "")
	if len(got) == 0 || got[0] == "c-from-cache" {
		t.Errorf("cn-beijing: %v", got)
	}
	// A stale entry is not used.
	saveClusterCache("old", nil)
	if _, ok := cachedClusters("old", time.Now().Add(clusterCacheTTL+time.Minute)); ok {
		t.Error("an entry older than the TTL was served")
	}
	if _, ok := cachedClusters("old", time.Now()); !ok {
		t.Error("a fresh entry was not served")
	}
}

func TestCompletionScriptsForEveryShell(t *testing.T) {
	completionEnv(t)
	for shell, marker := range map[string]string{"bash": "__start_ackpool", "zsh": "#compdef ackpool", "fish": "complete -c ackpool", "powershell": "Register-ArgumentCompleter"} {
		out, errOut, code := runPresetCLI(t, "", "completion", shell)
		if code != 0 || !strings.Contains(out, marker) {
			t.Errorf("%s: exit %d %s; script lacks %q", shell, code, errOut, marker)
		}
	}
	out, _, code := runPresetCLI(t, "", "completion", "--help")
	for _, want := range []string{"bash-completion", "fpath", "fish/completions", "$PROFILE", "clusters.json"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("completion --help lacks %q", want)
		}
	}
	if _, _, code := runPresetCLI(t, "", "completion", "tcsh"); code != exitUsage {
		t.Errorf("tcsh: exit %d", code)
	}
}
