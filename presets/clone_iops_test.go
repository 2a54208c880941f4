package presets

import (
	"strings"
	"testing"

	"ackpool/model"
)

// TestCloneDropsZeroIOPSOfDisksThatAreNotAutoPL: the service echoes provisioned
// IOPS 0 for every disk; only an ESSD AutoPL disk (cloud_auto) takes the field, so a
// copied 0 on another category would make the copy's create refused.
func TestCloneDropsZeroIOPSOfDisksThatAreNotAutoPL(t *testing.T) {
	raw := []byte(`{"nodepool_info":{"name":"web"},"scaling_group":{
		"system_disk_category":"cloud_essd","system_disk_size":120,"system_disk_provisioned_iops":0,
		"data_disks":[{"category":"cloud_essd","size":200,"performance_level":"PL1","provisioned_iops":0},
		              {"category":"cloud_auto","size":200,"provisioned_iops":0}]}}`)
	np, notices, err := FromNodePoolDetail(raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	sg := np.ScalingGroup
	if sg.SystemDiskProvisionedIOPS != nil || sg.DataDisks[0].ProvisionedIOPS != nil {
		t.Fatalf("a 0 on a cloud_essd disk was copied: system %v, data %v", sg.SystemDiskProvisionedIOPS, sg.DataDisks[0].ProvisionedIOPS)
	}
	if sg.DataDisks[1].ProvisionedIOPS == nil {
		t.Fatalf("the AutoPL disk lost its provisioned IOPS")
	}
	for _, p := range model.Validate(np).Errors() {
		if strings.Contains(p.Path, "provisioned_iops") {
			t.Errorf("the copy is refused: %s: %s", p.Path, p.Message)
		}
	}
	var said bool
	for _, n := range notices {
		said = said || strings.Contains(n.String(), "data_disks[0].provisioned_iops")
	}
	if !said {
		t.Errorf("the notices do not say what was left out: %v", notices)
	}
}
