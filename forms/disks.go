package forms

import (
	"ackpool/model"
)

// disksStep covers the system disk (category and fallbacks, size, performance level,
// encryption, bursting and provisioned IOPS where they apply), the data disks as an
// editable list, and disk initialisation.
func disksStep(np *model.NodePool, env *Env) Step {
	b := newBinder(np, env)
	category := b.text("scaling_group.system_disk_category")
	encrypted := b.tri("scaling_group.system_disk_encrypted")

	return b.step(StepDisks, "Disks", nil,
		b.group("System disk",
			b.enumSelectOn(category, "scaling_group.system_disk_category", "System disk category",
				"cloud_essd is fast and common; cloud_auto (ESSD AutoPL) adds bursting; cloud_efficiency is cheapest."),
			b.number("scaling_group.system_disk_size", "System disk size (GiB)",
				"20–2048 GiB. Images need about 40 GiB; more room helps container images and logs."),
		),
		b.group("System disk options",
			b.input("scaling_group.system_disk_categories", "Fallback categories",
				"Comma-separated, tried in this order when the category is sold out, e.g. cloud_essd,cloud_efficiency."),
			b.input("scaling_group.system_disk_snapshot_policy_id", "Snapshot policy",
				"Automatic snapshot policy ID for the system disk (sp-...); empty for none."),
			b.triSelectOn(encrypted, "scaling_group.system_disk_encrypted", "Encrypt system disk",
				"Encrypts the system disk with KMS; the key and algorithm follow when on."),
		),
		b.appliesIf(func() bool { return *category == "cloud_essd" }, "ESSD performance",
			b.enumSelect("scaling_group.system_disk_performance_level", "Performance level",
				"ESSD level: PL0 up to 10k IOPS, PL1 up to 50k, PL2 (≥ 461 GiB) up to 100k, PL3 (≥ 1261 GiB) up to 1M."),
		),
		b.appliesIf(func() bool { return *category == "cloud_auto" }, "ESSD AutoPL",
			b.triSelect("scaling_group.system_disk_bursting_enabled", "Bursting",
				"Lets the disk burst above its baseline performance when load spikes (billed per use)."),
			b.number("scaling_group.system_disk_provisioned_iops", "Provisioned IOPS",
				"Extra IOPS on top of the baseline; at most min(50000, 1000×size − baseline)."),
		),
		b.appliesIf(func() bool { return *encrypted == triOn }, "System disk encryption",
			b.input("scaling_group.system_disk_kms_key_id", "KMS key",
				"KMS key ID used to encrypt the system disk; empty uses the account's default service key."),
			b.enumSelect("scaling_group.system_disk_encrypt_algorithm", "Encryption algorithm",
				"Only aes-256 is offered."),
		),
		b.group("Data disks",
			listText(b, "scaling_group.data_disks", "Data disks",
				"One disk per line: category,size then PL0–PL3, encrypted, bursting, kms=, iops=, snapshot=, device=, name=. f1 for all.",
				dataDiskCodec),
			b.triSelect("scaling_group.enable_high_density_mode", "High-density disk mode",
				"Allows more disks per instance type than usual; needs instance_types, not patterns."),
		),
		b.group("Disk initialisation",
			listText(b, "scaling_group.disk_init", "Disk initialisation",
				"One rule per line: disk_name=data1,mkfs=ext4,mount=/mnt/disk0[,runtime][,local]. disk_name is required.",
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
