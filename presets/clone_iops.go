package presets

import (
	"strconv"

	"ackpool/model"
)

// autoPLCategory is the only disk category that takes provisioned IOPS.
const autoPLCategory = "cloud_auto"

// dropZeroIOPS removes the provisioned IOPS of 0 the service echoes for a disk that
// is not ESSD AutoPL: only cloud_auto takes the field, so the 0 says "not set", and
// sending it back would be refused.
func (c *cloner) dropZeroIOPS(np *model.NodePool) {
	sg := np.ScalingGroup
	if sg == nil {
		return
	}
	zeroNotAuto := func(iops *int64, category *string) bool {
		return iops != nil && *iops == 0 && (category == nil || *category != autoPLCategory)
	}
	if zeroNotAuto(sg.SystemDiskProvisionedIOPS, sg.SystemDiskCategory) {
		sg.SystemDiskProvisionedIOPS = nil
		c.echoes = append(c.echoes, model.PathScalingGroupSystemDiskProvisionedIOPS+" (0, not an AutoPL disk)")
	}
	for i := range sg.DataDisks {
		d := &sg.DataDisks[i]
		if zeroNotAuto(d.ProvisionedIOPS, d.Category) {
			d.ProvisionedIOPS = nil
			c.echoes = append(c.echoes, "scaling_group.data_disks["+strconv.Itoa(i)+"].provisioned_iops (0, not an AutoPL disk)")
		}
	}
}
