package forms

import (
	"ackpool/model"
)

// disksStep covers the system disk (category and fallbacks, size, performance level,
// encryption, bursting and provisioned IOPS where they apply), the data disks as an
// editable list, and disk initialisation.
func disksStep(np *model.NodePool, env *Env) Step {
	b := newBinder(np, env)
	category := b.text(model.PathScalingGroupSystemDiskCategory)
	encrypted := b.tri(model.PathScalingGroupSystemDiskEncrypted)

	return b.step(StepDisks, "Disks", nil,
		b.group("System disk",
			b.enumSelectOn(category, model.PathScalingGroupSystemDiskCategory),
			b.field(model.PathScalingGroupSystemDiskSize),
		),
		b.group("System disk options",
			b.field(model.PathScalingGroupSystemDiskCategories),
			b.field(model.PathScalingGroupSystemDiskSnapshotPolicyID),
			b.triSelectOn(encrypted, model.PathScalingGroupSystemDiskEncrypted),
		),
		b.appliesIf(func() bool { return *category == "cloud_essd" }, "ESSD performance",
			b.field(model.PathScalingGroupSystemDiskPerformanceLevel),
		),
		b.appliesIf(func() bool { return *category == "cloud_auto" }, "ESSD AutoPL",
			b.field(model.PathScalingGroupSystemDiskBurstingEnabled),
			b.field(model.PathScalingGroupSystemDiskProvisionedIOPS),
		),
		b.appliesIf(func() bool { return *encrypted == triOn }, "System disk encryption",
			b.field(model.PathScalingGroupSystemDiskKMSKeyID),
			b.field(model.PathScalingGroupSystemDiskEncryptAlgorithm),
		),
		b.group("Data disks",
			listText(b, model.PathScalingGroupDataDisks,
				dataDiskCodec),
			b.field(model.PathScalingGroupEnableHighDensityMode),
		),
		b.group("Disk initialisation",
			listText(b, model.PathScalingGroupDiskInit,
				diskInitCodec),
		),
	)
}

// diskInitCodec reads disk_init rules, with short names mkfs, mount, runtime, local.
var diskInitCodec = objectCodec[model.DiskInit](model.PathScalingGroupDiskInit, "disk_name=data1,mkfs=ext4,mount=/mnt/disk0", map[string]string{
	"name":    "disk_name",
	"mkfs":    "mkfs_type",
	"mount":   "mount_target",
	"runtime": "mount_for_runtime",
	"local":   "local_disk",
})
