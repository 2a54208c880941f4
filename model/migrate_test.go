package model

import (
	"strings"
	"testing"
)

func TestMigrateMovesDeprecatedFields(t *testing.T) {
	np := baseRequest(t)
	for _, kv := range []string{
		"scaling_group.desired_size=", "count=4",
		"scaling_group.security_group_id=sg-1",
		"scaling_group.platform=CentOS",
		"scaling_group.cis_enabled=true",
		"management.enable=true", "management.upgrade_config.auto_upgrade=false",
		"scaling_group.instance_patterns[0].architectures=X86", "scaling_group.instance_patterns[0].core=8",
		"auto_scaling.is_bond_eip=true", "auto_scaling.eip_bandwidth=10",
	} {
		mustSet(t, np, kv)
	}
	ps := Migrate(np)
	if ps.HasErrors() {
		t.Fatalf("unexpected errors: %+v", ps)
	}
	got, _ := EncodeJSON(np, false)
	for _, want := range []string{
		`"desired_size":4`, `"security_group_ids":["sg-1"]`, `"image_type":"CentOS"`, `"security_hardening_os":true`,
		`"auto_upgrade":false`, `"cpu_architectures":["X86"]`, `"cores":8`,
		`"internet_charge_type":"PayByBandwidth"`, `"internet_max_bandwidth_out":10`,
	} {
		if !strings.Contains(string(got), want) {
			t.Errorf("migrated request lacks %s:\n%s", want, got)
		}
	}
	for _, gone := range []string{`"count"`, `"security_group_id"`, `"platform"`, `"cis_enabled"`, `"upgrade_config"`, `"architectures"`, `"core"`, `"is_bond_eip"`, `"eip_bandwidth"`} {
		if strings.Contains(string(got), gone) {
			t.Errorf("migrated request still has %s:\n%s", gone, got)
		}
	}
	if len(ps) != 8 {
		t.Errorf("want one warning per moved field, got %d: %+v", len(ps), ps)
	}
	for _, p := range Validate(np) {
		if p.Rule >= "R020" && p.Rule <= "R028" || p.Rule == "R045" {
			t.Errorf("deprecation problem left after Migrate: %+v", p)
		}
	}
}

func TestMigrateConflicts(t *testing.T) {
	tests := []struct {
		edits []string
		path  string
	}{
		{[]string{"count=5"}, "count"}, // base has desired_size=2
		{[]string{"scaling_group.platform=CentOS", "scaling_group.image_type=AliyunLinux3"}, "scaling_group.platform"},
		{[]string{"scaling_group.security_group_ids=sg-2", "scaling_group.security_group_id=sg-1"}, "scaling_group.security_group_id"},
		{[]string{"management.auto_upgrade=true", "management.upgrade_config.auto_upgrade=false"}, "management.upgrade_config.auto_upgrade"},
		{[]string{"scaling_group.instance_patterns[0].cores=4", "scaling_group.instance_patterns[0].core=8"}, "scaling_group.instance_patterns[0].core"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			np := applyEdits(t, tt.edits)
			before, _ := EncodeJSON(np, false)
			ps := Migrate(np)
			if !ps.HasErrors() || ps.Errors()[0].Path != tt.path {
				t.Errorf("want an error at %s, got %+v", tt.path, ps)
			}
			after, _ := EncodeJSON(np, false)
			if string(before) != string(after) {
				t.Errorf("a conflicting field was moved:\n%s\n%s", before, after)
			}
		})
	}
}

func TestMigrateNilAndNoop(t *testing.T) {
	if ps := Migrate(nil); ps != nil {
		t.Errorf("Migrate(nil) = %+v", ps)
	}
	np := baseRequest(t)
	if ps := Migrate(np); len(ps) != 0 {
		t.Errorf("nothing to migrate, got %+v", ps)
	}
}
