package api

import "testing"

func TestErrorField(t *testing.T) {
	for name, tc := range map[string]struct {
		code, message, want string
	}{
		"duplicate name":    {"InvalidParameter.Name", "nodepool name web is already exist in cluster c1.", "nodepool_info.name"},
		"vSwitch elsewhere": {"InvalidParameter.VSwitchIds", "The vSwitch vsw-a belongs to vpc-b.", "scaling_group.vswitch_ids"},
		"no IPs":            {"InvalidVSwitchId.IpNotEnough", "The vSwitch has not enough IPs.", "scaling_group.vswitch_ids"},
		"sold out":          {"OperationDenied.NoStock", "sold out", "scaling_group.instance_types"},
		"disk category":     {"InvalidInstanceType.NotSupportDiskCategory", "not supported", "scaling_group.system_disk_category"},
		"path in message":   {"InvalidParameter", "scaling_group.system_disk_size: 5 is below the minimum 20", "scaling_group.system_disk_size"},
		"longest path wins": {"InvalidParameter", "scaling_group.data_disks[0].size must be 20 or more", "scaling_group.data_disks"},
		"cluster":           {"ErrorClusterNotFound", "The specified cluster c1 does not exist.", "ClusterId"},
		"nothing to go on":  {"InternalError", "boom", ""},
	} {
		t.Run(name, func(t *testing.T) {
			if got := (&Error{Code: tc.code, Message: tc.message}).Field(); got != tc.want {
				t.Fatalf("Field() = %q, want %q", got, tc.want)
			}
		})
	}
}
