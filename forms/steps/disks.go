package steps

import (
	"ackpool/forms"
	"ackpool/model"
)

// disksStep covers the system disk (category and fallbacks, size, performance level,
// encryption, bursting and provisioned IOPS where they apply), the data disks as an
// editable list, and disk initialisation.
func disksStep(np *model.NodePool, env *forms.Env) forms.Step {
	b := forms.NewBinder(np, env)
	category := b.Text(model.PathScalingGroupSystemDiskCategory)
	encrypted := b.Tri(model.PathScalingGroupSystemDiskEncrypted)

	return b.Step(forms.StepDisks, "Disks", nil,
		b.Group("System disk",
			b.EnumSelectOn(category, model.PathScalingGroupSystemDiskCategory),
			b.Field(model.PathScalingGroupSystemDiskSize),
		),
		b.Group("System disk options",
			b.Field(model.PathScalingGroupSystemDiskCategories),
			b.Field(model.PathScalingGroupSystemDiskSnapshotPolicyID),
			b.TriSelectOn(encrypted, model.PathScalingGroupSystemDiskEncrypted),
		),
		b.AppliesIf(func() bool { return *category == "cloud_essd" }, "ESSD performance",
			b.Field(model.PathScalingGroupSystemDiskPerformanceLevel),
		),
		b.AppliesIf(func() bool { return *category == "cloud_auto" }, "ESSD AutoPL",
			b.Field(model.PathScalingGroupSystemDiskBurstingEnabled),
			b.Field(model.PathScalingGroupSystemDiskProvisionedIOPS),
		),
		b.AppliesIf(func() bool { return *encrypted == forms.TriOn }, "System disk encryption",
			b.Field(model.PathScalingGroupSystemDiskKMSKeyID),
			b.Field(model.PathScalingGroupSystemDiskEncryptAlgorithm),
		),
		b.Group("Data disks",
			forms.ListText(b, model.PathScalingGroupDataDisks,
				dataDiskCodec()),
			b.Field(model.PathScalingGroupEnableHighDensityMode),
		),
		b.Group("Disk initialisation",
			forms.ListText(b, model.PathScalingGroupDiskInit,
				diskInitCodec()),
		),
	)
}

// diskInitCodec reads disk_init rules, with short names mkfs, mount, runtime, local.
func diskInitCodec() forms.LineCodec[model.DiskInit] {
	return forms.ObjectCodec[model.DiskInit](model.PathScalingGroupDiskInit, "disk_name=data1,mkfs=ext4,mount=/mnt/disk0", map[string]string{
		"name":    "disk_name",
		"mkfs":    "mkfs_type",
		"mount":   "mount_target",
		"runtime": "mount_for_runtime",
		"local":   "local_disk",
	})
}
