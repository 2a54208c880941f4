package steps

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"ackpool/forms"
	"ackpool/model"
)

// dataDiskAliases are the short keys of the data disk line syntax.
func dataDiskAliases() map[string]string {
	return map[string]string{
		"kms":             "kms_key_id",
		"snapshot":        "snapshot_id",
		"name":            "disk_name",
		"iops":            "provisioned_iops",
		"snapshot_policy": "auto_snapshot_policy_id",
		"pl":              "performance_level",
	}
}

// dataDiskSyntax is the one-line help of the data disk list.
const dataDiskSyntax = "category,size[,PL1][,encrypted][,bursting][,kms=ID][,iops=N][,snapshot=ID][,device=/dev/xvdb][,name=NAME]"

// dataDiskCodec reads one data disk per line: the category, the size in GiB, then any of
// a performance level (PL0–PL3), the words "encrypted" and "bursting", and key=value
// items: kms, iops, snapshot, snapshot_policy, device, name (or any wire name).
// Example: cloud_essd,200,PL1,encrypted,kms=key-123,name=data1
func dataDiskCodec() forms.LineCodec[model.DataDisk] {
	return forms.LineCodec[model.DataDisk]{
		Syntax: "cloud_essd,200,PL1,encrypted",
		Parse:  parseDataDisk,
		Format: formatDataDisk,
	}
}

func parseDataDisk(line string) (model.DataDisk, error) {
	var d model.DataDisk
	tokens := forms.SplitList(line)
	if len(tokens) == 0 || strings.Contains(tokens[0], "=") {
		return d, errors.New("start with the disk category, e.g. cloud_essd,200")
	}
	d.Category = &tokens[0]
	rest := tokens[1:]
	if len(rest) > 0 {
		if n, err := strconv.ParseInt(rest[0], 10, 64); err == nil {
			d.Size = &n
			rest = rest[1:]
		}
	}
	for _, tok := range rest {
		switch {
		case len(tok) == 3 && strings.HasPrefix(tok, "PL"):
			d.PerformanceLevel = &tok
		case tok == "encrypted":
			d.Encrypted = forms.StrPtr("true")
		case tok == "unencrypted":
			d.Encrypted = forms.StrPtr("false")
		case tok == "bursting":
			on := true
			d.BurstingEnabled = &on
		default:
			k, raw, hasValue := strings.Cut(tok, "=")
			if !hasValue {
				if _, err := strconv.ParseInt(tok, 10, 64); err == nil {
					return d, fmt.Errorf("size %s must come right after the category", tok)
				}
				return d, fmt.Errorf("unknown word %q; expected PL0–PL3, encrypted, bursting or key=value", tok)
			}
			k = strings.TrimSpace(k)
			if a, ok := dataDiskAliases()[k]; ok {
				k = a
			}
			if !forms.IsItemKey(model.PathScalingGroupDataDisks, k) {
				return d, fmt.Errorf("unknown key %q; use kms, iops, snapshot, snapshot_policy, device or name", k)
			}
			var err error
			if d, err = forms.SetItemKey(d, model.PathScalingGroupDataDisks, k, strings.TrimSpace(raw), true); err != nil {
				return d, fmt.Errorf("%s: %w", k, err)
			}
		}
	}
	if d.Size == nil && d.SnapshotID == nil {
		return d, errors.New("missing size; write the size in GiB after the category, e.g. cloud_essd,200 (or give snapshot=ID)")
	}
	return d, nil
}

func formatDataDisk(d model.DataDisk) string {
	parts := []string{forms.Deref(d.Category)}
	if d.Size != nil {
		parts = append(parts, strconv.FormatInt(*d.Size, 10))
	}
	if d.PerformanceLevel != nil {
		parts = append(parts, *d.PerformanceLevel)
	}
	switch forms.Deref(d.Encrypted) {
	case "true":
		parts = append(parts, "encrypted")
	case "false":
		parts = append(parts, "unencrypted")
	}
	if d.BurstingEnabled != nil && *d.BurstingEnabled {
		parts = append(parts, "bursting")
	}
	add := func(k string, p *string) {
		if p != nil {
			parts = append(parts, k+"="+*p)
		}
	}
	add("kms", d.KMSKeyID)
	if d.ProvisionedIOPS != nil {
		parts = append(parts, "iops="+strconv.FormatInt(*d.ProvisionedIOPS, 10))
	}
	add("snapshot", d.SnapshotID)
	add("snapshot_policy", d.AutoSnapshotPolicyID)
	add("device", d.Device)
	add("name", d.DiskName)
	if d.BurstingEnabled != nil && !*d.BurstingEnabled {
		parts = append(parts, "bursting_enabled=false")
	}
	if d.AutoFormat != nil {
		parts = append(parts, "auto_format="+strconv.FormatBool(*d.AutoFormat))
	}
	add("file_system", d.FileSystem)
	add("mount_target", d.MountTarget)
	return strings.Join(parts, ",")
}
