package sandbox

import (
	_ "embed"
	"strings"

	"ackpool/model"
)

// poolDetailModel lists every field of the official SDK's
// DescribeClusterNodePoolDetailResponseBody (path, type, model name, SDK name), tab-separated.
//
//go:embed sdkmodel/DescribeClusterNodePoolDetailResponseBody.tsv
var poolDetailModel string

// sdkField is one field of an SDK response model.
type sdkField struct {
	path []string // "scaling_group", "data_disks[]", ...
	typ  string   // string, number, boolean, object, array<...>, map<string,any>
}

// parseSDKModel reads a model listing.
func parseSDKModel(tsv string) []sdkField {
	var out []sdkField
	for _, line := range strings.Split(tsv, "\n") {
		cols := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(cols) < 2 || cols[0] == "" {
			continue
		}
		out = append(out, sdkField{path: splitModelPath(cols[0]), typ: cols[1]})
	}
	return out
}

// splitModelPath splits "a.b[].c" into ["a", "b[]", "c"].
func splitModelPath(p string) []string { return strings.Split(p, ".") }

// omittedUnlessSet are the fields of a pool the service leaves out when they were not
// configured (Lingjun and edge pools, custom node configuration, the login password,
// the IOPS of ESSD AutoPL disks).
var omittedUnlessSet = map[string]bool{
	model.PathEfloNodeGroup:                         true,
	model.PathInterconnectConfig:                    true,
	model.PathNodeConfig:                            true,
	model.PathScalingGroupLoginPassword:             true,
	model.PathScalingGroupSystemDiskProvisionedIOPS: true,
}

// fillShape adds every field of the model that v lacks, with the zero value of its
// type, the way the service serialises its whole model: "" for strings, 0, false, []
// for arrays and {} for objects and maps. Elements of arrays are filled too. Groups in
// omittedUnlessSet are left alone when absent.
func fillShape(v map[string]any, fields []sdkField) {
	for _, f := range fields {
		fillPath(v, f.path, f.typ, "")
	}
}

func fillPath(v map[string]any, path []string, typ, prefix string) {
	name := path[0]
	key := strings.TrimSuffix(name, "[]")
	full := key
	if prefix != "" {
		full = prefix + "." + key
	}
	cur, present := v[key]
	if !present && omittedUnlessSet[full] {
		return
	}
	if len(path) == 1 {
		if !present || cur == nil {
			v[key] = zeroOf(typ)
		}
		return
	}
	if strings.HasSuffix(name, "[]") {
		items, ok := cur.([]any)
		if !ok {
			if present && cur != nil {
				return // not an array: leave what was sent
			}
			items = []any{}
			v[key] = items
		}
		for _, it := range items {
			if m, ok := it.(map[string]any); ok {
				fillPath(m, path[1:], typ, full)
			}
		}
		return
	}
	m, ok := cur.(map[string]any)
	if !ok {
		if present && cur != nil {
			return
		}
		m = map[string]any{}
		v[key] = m
	}
	fillPath(m, path[1:], typ, full)
}

// zeroOf is the zero JSON value of a model type.
func zeroOf(typ string) any {
	switch {
	case typ == "string":
		return ""
	case typ == "number":
		return 0
	case typ == "boolean":
		return false
	case strings.HasPrefix(typ, "array"):
		return []any{}
	}
	return map[string]any{}
}
