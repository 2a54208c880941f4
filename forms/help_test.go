package forms

import (
	"strings"
	"testing"
)

func TestFieldHelp(t *testing.T) {
	tests := []struct {
		key  string
		want []string
	}{
		{"scaling_group.system_disk_size", []string{"System disk size in GiB", "Allowed: 20 to 2048", "When to change it:"}},
		{"scaling_group.instance_charge_type", []string{"Allowed: one of PrePaid, PostPaid", "Default: PostPaid (applied by the server"}},
		{"scaling_group.data_disks", []string{"How to write it: one disk per line", "cloud_essd,200,PL1"}},
		{"kubernetes_config.taints", []string{"key=value:Effect"}},
		{"kubernetes_config.user_data", []string{"@path/to/file", "Secret: Masked"}},
		{"scaling_group.login_password", []string{"Secret: Masked"}},
		{"auto_scaling.type", []string{"Later: Cannot be changed after the pool is created."}},
		{"management.auto_vul_fix_policy.vul_level", []string{"any of asap, later, nntf"}},
		{"region", []string{"type it by hand"}},
		{"login_method", []string{"key pair"}},
		{ShowAdvancedKey, []string{"kubelet"}},
		{"scaling_group.data_disks[3].size", []string{"Allowed: 40 to 32768"}},
	}
	for _, tc := range tests {
		help := FieldHelp(tc.key)
		for _, w := range tc.want {
			if !strings.Contains(help, w) {
				t.Errorf("FieldHelp(%q) lacks %q:\n%s", tc.key, w, help)
			}
		}
	}
	if got := FieldHelp("no.such.field"); got != "" {
		t.Errorf("unknown key has help %q", got)
	}
}
