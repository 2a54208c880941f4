package presets

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ackpool/model"
)

func TestBuiltinsValidate(t *testing.T) {
	names := BuiltinNames()
	want := []string{"general-purpose", "gpu", "secure-baseline", "spot-cost-optimised"}
	if len(names) != len(want) {
		t.Fatalf("built-ins = %v, want %v", names, want)
	}
	for i, name := range names {
		if name != want[i] {
			t.Errorf("built-in %d = %q, want %q", i, name, want[i])
		}
		t.Run(name, func(t *testing.T) {
			p, err := Builtin(name)
			if err != nil {
				t.Fatal(err)
			}
			if !p.Builtin || p.Description == "" || p.Request == nil {
				t.Errorf("built-in %s: %+v", name, p.Meta)
			}
			if probs := Validate(p.Request); probs.HasErrors() {
				t.Errorf("presets.Validate: %v", probs.Errors())
			}
			for _, path := range AccountSpecificPaths() {
				if v := Diff(nil, p.Request); hasPath(v, path) {
					t.Errorf("built-in carries the account-specific %s", path)
				}
			}
			// filled with a cluster's values, it is a valid full request
			full := p.Request.Clone()
			full.ScalingGroup.VSwitchIDs = []string{"vsw-a", "vsw-b"}
			full.ScalingGroup.KeyPair = strp("my-key")
			if probs := model.Validate(full); probs.HasErrors() {
				t.Errorf("model.Validate with vSwitches and key pair: %v", probs.Errors())
			}
		})
	}
}

func hasPath(changes []Change, prefix string) bool {
	for _, c := range changes {
		if underAny(c.Path, []string{prefix}) {
			return true
		}
	}
	return false
}

func TestValidateToleratesMissingAccountValues(t *testing.T) {
	partial := sampleRequest()
	partial.ScalingGroup.VSwitchIDs = nil
	partial.NodepoolInfo = nil
	partial.ScalingGroup.LoginPassword = nil
	for _, p := range Validate(partial).Errors() {
		if p.Path == "scaling_group.vswitch_ids" || p.Path == "nodepool_info.name" {
			t.Errorf("presets.Validate reports the missing account value: %v", p)
		}
	}
	// other rules still apply
	partial.ScalingGroup.SystemDiskSize = i64(5)
	found := false
	for _, p := range Validate(partial).Errors() {
		found = found || p.Path == "scaling_group.system_disk_size"
	}
	if !found {
		t.Error("presets.Validate let system_disk_size=5 through")
	}
}

func TestLibrary(t *testing.T) {
	s := NewStore(t.TempDir())
	if _, _, err := s.Save("mine", "my pool", sampleRequest(), SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	lib := Library{Store: s}
	list, skipped, err := lib.List()
	if err != nil || len(skipped) != 0 || len(list) != 5 {
		t.Fatalf("List = %d entries, %v, %v", len(list), skipped, err)
	}
	if !list[0].Builtin || list[4].Builtin || list[4].Name != "mine" {
		t.Errorf("order/marks wrong: %+v", list)
	}
	if p, err := lib.Get("gpu"); err != nil || !p.Builtin {
		t.Errorf("Get(gpu) = %v, %v", p, err)
	}
	if p, err := lib.Get("mine"); err != nil || p.Description != "my pool" {
		t.Errorf("Get(mine) = %v, %v", p, err)
	}
	if _, err := lib.Get("nope"); err == nil {
		t.Error("Get(nope) succeeded")
	}
	// a hand-made file with a built-in's name is reported, not listed twice
	if err := os.WriteFile(filepath.Join(s.Dir(), "gpu.yaml"), []byte("version: 1\nname: gpu\nrequest: {}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	list, skipped, _ = lib.List()
	if len(list) != 5 || len(skipped) != 1 || !strings.Contains(skipped[0].Error(), "built-in") {
		t.Errorf("shadowing file: list %d, skipped %v", len(list), skipped)
	}
}
