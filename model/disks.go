package model

// diskDefaultCategory is the server's default disk category.
const diskDefaultCategory = "cloud_efficiency"

// essdMinSize is the smallest ESSD size in GiB for each performance level (ECS ESSD table).
func essdMinSize(level string) int64 {
	switch level {
	case "PL1":
		return 20
	case "PL2":
		return 461
	case "PL3":
		return 1261
	}
	return 0
}

// maxProvisionedIOPS is the largest extra IOPS an ESSD AutoPL disk of size GiB accepts:
// min(50000, 1000×size − baseline) with baseline = min(1800 + 50×size, 50000).
func maxProvisionedIOPS(size int64) int64 {
	baseline := min(1800+50*size, 50000)
	return max(0, min(50000, 1000*size-baseline))
}

// diskFacts is what the disk rules need to know about one system or data disk.
type diskFacts struct {
	path     string // prefix of the disk's fields, e.g. scaling_group.data_disks[0]. or scaling_group.system_disk_
	category string
	size     *int64
	level    *string
	burst    *bool
	iops     *int64
	rule     struct{ level, auto, iops string }
}

// checkDiskPerformance applies the ESSD level rules (R102/R108) and the AutoPL rules (R103/R104/R109).
func checkDiskPerformance(d diskFacts, r *report) {
	if d.level != nil {
		path := d.path + "performance_level"
		if d.category != "cloud_essd" {
			r.warnf(d.rule.level, path, "only applies to ESSD disks (category cloud_essd); the category here is %s", d.category)
		} else if d.size != nil && *d.size < essdMinSize(*d.level) {
			r.errorf(d.rule.level, path, "%s needs an ESSD of at least %d GiB; the disk is %d GiB", *d.level, essdMinSize(*d.level), *d.size)
		}
	}
	if d.category != "cloud_auto" {
		if isTrue(d.burst) {
			r.errorf(d.rule.auto, d.path+"bursting_enabled", "only possible with category cloud_auto (ESSD AutoPL); the category here is %s", d.category)
		}
		if d.iops != nil {
			r.errorf(d.rule.auto, d.path+"provisioned_iops", "only possible with category cloud_auto (ESSD AutoPL); the category here is %s", d.category)
		}
		return
	}
	if d.iops != nil && d.size != nil && *d.iops > maxProvisionedIOPS(*d.size) {
		r.errorf(d.rule.iops, d.path+"provisioned_iops", "%d is above the maximum %d for a %d GiB disk (allowed 0–%d: min(50000, 1000×size − baseline))", *d.iops, maxProvisionedIOPS(*d.size), *d.size, maxProvisionedIOPS(*d.size))
	}
}

// checkSystemDisk applies R102–R105 to the system disk.
func checkSystemDisk(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg == nil {
		return
	}
	cat := str(sg.SystemDiskCategory)
	if cat == "" {
		cat = diskDefaultCategory
	}
	d := diskFacts{path: "scaling_group.system_disk_", category: cat, size: sg.SystemDiskSize,
		level: sg.SystemDiskPerformanceLevel, burst: sg.SystemDiskBurstingEnabled, iops: sg.SystemDiskProvisionedIOPS}
	d.rule.level, d.rule.auto, d.rule.iops = "R102", "R103", "R104"
	checkDiskPerformance(d, r)
	if !isTrue(sg.SystemDiskEncrypted) {
		if sg.SystemDiskEncryptAlgorithm != nil {
			r.warnf("R105", "scaling_group.system_disk_encrypt_algorithm", "only used when system_disk_encrypted is true; ignored here")
		}
		if sg.SystemDiskKMSKeyID != nil {
			r.warnf("R105", "scaling_group.system_disk_kms_key_id", "only used when system_disk_encrypted is true; ignored here")
		}
	}
}

// checkDataDisks applies R107–R110 and R113 to each data disk.
func checkDataDisks(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg == nil {
		return
	}
	for i := range sg.DataDisks {
		disk := &sg.DataDisks[i]
		prefix := indexPath("scaling_group.data_disks", i) + "."
		cat := str(disk.Category)
		if cat == "" {
			cat = diskDefaultCategory
		}
		d := diskFacts{path: prefix, category: cat, size: disk.Size, level: disk.PerformanceLevel,
			burst: disk.BurstingEnabled, iops: disk.ProvisionedIOPS}
		if disk.SnapshotID != nil {
			d.size = nil // the snapshot's size wins; it is not known offline
			if disk.Size != nil {
				r.warnf("R107", prefix+"size", "ignored because snapshot_id is set; the disk gets the snapshot's size")
			}
		}
		d.rule.level, d.rule.auto, d.rule.iops = "R108", "R109", "R109"
		checkDiskPerformance(d, r)
		if str(disk.Encrypted) != "true" && disk.KMSKeyID != nil {
			r.warnf("R110", prefix+"kms_key_id", "only used when encrypted is \"true\"; ignored here")
		}
		if !isTrue(disk.AutoFormat) {
			if disk.FileSystem != nil {
				r.warnf("R113", prefix+"file_system", "only used when auto_format is true; use scaling_group.disk_init to format disks")
			}
			if disk.MountTarget != nil {
				r.warnf("R113", prefix+"mount_target", "only used when auto_format is true; use scaling_group.disk_init to mount disks")
			}
		}
	}
}

// checkHighDensity applies R115: high-density mode needs explicit instance types.
func checkHighDensity(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg != nil && isTrue(sg.EnableHighDensityMode) && len(sg.InstanceTypes) == 0 && len(sg.InstancePatterns) > 0 {
		r.warnf("R115", "scaling_group.enable_high_density_mode", "only works with instance_types, not instance_patterns")
	}
}
