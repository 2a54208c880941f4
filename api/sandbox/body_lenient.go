package sandbox

import (
	"encoding/json"
	"strings"

	"ackpool/model"
)

// lenientCopy copies a decoded body with the values of free-form maps turned into the
// type the model keeps them in, as the service accepts them: the SDK types those maps
// map<string,any>, so {"evictionHard":{"memory.available":100}} is as good as "100",
// and a feature gate may be "true".
//
// The official clients also send what they leave unset as its zero value: the
// Terraform provider writes every data disk's device, name, file system and encrypted
// flag as "", and management.upgrade_config's surge, surge_percentage and
// max_unavailable as 0. The service takes those as not given, and so does the sandbox.
func lenientCopy(body map[string]any) map[string]any {
	out := deepCopy(body).(map[string]any)
	dropUnsetStrings(out)
	if mg, ok := out["management"].(map[string]any); ok {
		if uc, ok := mg["upgrade_config"].(map[string]any); ok {
			for _, k := range []string{"surge", "surge_percentage", "max_unavailable"} {
				if n, ok := uc[k].(json.Number); ok && n.String() == "0" {
					delete(uc, k)
				}
			}
		}
	}
	for f := range model.EachField {
		if f.MapValueType != "string" && f.MapValueType != "boolean" {
			continue
		}
		for _, m := range mapsAt(out, strings.Split(f.Path, ".")) {
			for k, v := range m {
				m[k] = coerce(v, f.MapValueType)
			}
		}
	}
	return out
}

// dropUnsetStrings removes the "" values of a decoded body, which the service reads
// as not given; a label's or taint's empty value is a value and is kept.
func dropUnsetStrings(v any) {
	switch x := v.(type) {
	case map[string]any:
		for k, item := range x {
			if s, ok := item.(string); ok && s == "" && k != "value" {
				delete(x, k)
				continue
			}
			dropUnsetStrings(item)
		}
	case []any:
		for _, item := range x {
			dropUnsetStrings(item)
		}
	}
}

// mapsAt finds the objects at a path whose array steps are written "name[]".
func mapsAt(v any, path []string) []map[string]any {
	if len(path) == 0 {
		if m, ok := v.(map[string]any); ok {
			return []map[string]any{m}
		}
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	key, isArray := strings.CutSuffix(path[0], "[]")
	next := m[key]
	if !isArray {
		return mapsAt(next, path[1:])
	}
	items, _ := next.([]any)
	var out []map[string]any
	for _, it := range items {
		out = append(out, mapsAt(it, path[1:])...)
	}
	return out
}

// coerce turns a scalar into a string or a boolean; other values are kept, so that the
// model's decoding names them.
func coerce(v any, to string) any {
	switch to {
	case "string":
		switch x := v.(type) {
		case json.Number:
			return x.String()
		case bool:
			if x {
				return "true"
			}
			return "false"
		}
	case "boolean":
		if s, ok := v.(string); ok && (s == "true" || s == "false") {
			return s == "true"
		}
	}
	return v
}
