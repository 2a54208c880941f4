package model

import "testing"

func TestCheckField(t *testing.T) {
	np := baseRequest(t)
	tests := []struct {
		path, raw string
		wantRule  string // "" = no problem expected
	}{
		{"scaling_group.system_disk_size", "40", ""},
		{"scaling_group.system_disk_size", "10", "R100"},
		{"scaling_group.system_disk_size", "ten", "R008"},
		{"scaling_group.data_disks[0].size", "20", "R107"},
		{"scaling_group.instance_charge_type", "Prepaid", "R006"},
		{"scaling_group.period", "5", "R064"}, // PostPaid: ignored
		{"kubernetes_config.labels[0].key", "aliyun.com/x", "R174"},
		{"scaling_group.instance_type", "x", "R008"},
	}
	for _, tt := range tests {
		t.Run(tt.path+"="+tt.raw, func(t *testing.T) {
			ps := CheckField(np, tt.path, tt.raw)
			if tt.wantRule == "" {
				if len(ps) != 0 {
					t.Errorf("unexpected %+v", ps)
				}
				return
			}
			if len(ps) == 0 || ps[0].Rule != tt.wantRule {
				t.Errorf("want %s, got %+v", tt.wantRule, ps)
			}
			for _, p := range ps {
				if !Covers(tt.path, p.Path) {
					t.Errorf("problem about another field: %+v", p)
				}
			}
		})
	}
	if np.ScalingGroup.SystemDiskSize != nil {
		t.Error("CheckField changed the request")
	}
	// Problems elsewhere in the request are not reported for this field.
	mustSet(t, np, "scaling_group.system_disk_size=5")
	if ps := CheckField(np, "nodepool_info.name", "ok"); len(ps) != 0 {
		t.Errorf("problems of other fields leaked: %+v", ps)
	}
	// The same check in the context of the request: PL2 needs size ≥ 461 only on an ESSD.
	mustSet(t, np, "scaling_group.system_disk_size=100")
	mustSet(t, np, "scaling_group.system_disk_category=cloud_essd")
	if ps := CheckField(np, "scaling_group.system_disk_performance_level", "PL2"); len(ps) != 1 || ps[0].Rule != "R102" {
		t.Errorf("context-dependent check: %+v", ps)
	}
}
