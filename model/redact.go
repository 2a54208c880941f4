package model

import (
	"reflect"
	"strings"
)

// Mask is what a secret value is replaced with in a redacted request.
const Mask = "********"

// Redact returns a deep copy of np with every secret field masked: each field the field
// table marks secret (scaling_group.login_password, kubernetes_config.user_data,
// kubernetes_config.pre_user_data) that is set is replaced by Mask. Unset fields stay
// unset, so a preview shows exactly which secrets will be sent. np is not changed.
func Redact(np *NodePool) *NodePool {
	out := np.Clone()
	if out == nil {
		return nil
	}
	forEachSecret(out, func(_ string, fv reflect.Value) { fv.Set(reflect.ValueOf(ptr(Mask))) })
	return out
}

// SetSecrets lists the concrete wire paths (with array indexes) of the secret fields
// that np sets, in the field table's order, e.g. [scaling_group.login_password].
func SetSecrets(np *NodePool) []string {
	if np == nil {
		return nil
	}
	var out []string
	forEachSecret(np, func(path string, _ reflect.Value) { out = append(out, path) })
	return out
}

// forEachSecret calls fn with the concrete path and the field of every set secret string.
func forEachSecret(np *NodePool, fn func(path string, fv reflect.Value)) {
	for _, fi := range fieldCatalog().list {
		if fi.Secret && fi.Location == "body" {
			walkSet(reflect.ValueOf(np).Elem(), requestSchema().root, strings.Split(fi.Path, "."), "", fn)
		}
	}
}

// walkSet finds the set string at a path (which may cross object arrays written
// "name[]") and calls fn for each one found.
func walkSet(v reflect.Value, spec *structSpec, parts []string, prefix string, fn func(string, reflect.Value)) {
	name, each := strings.CutSuffix(parts[0], "[]")
	f, ok := spec.field(name)
	if !ok {
		return
	}
	here := joinPath(prefix, name)
	fv := v.Field(f.index)
	switch {
	case len(parts) == 1 && f.kind == kindString:
		if !fv.IsNil() {
			fn(here, fv)
		}
	case f.kind == kindStruct && !fv.IsNil() && len(parts) > 1:
		walkSet(fv.Elem(), f.elem, parts[1:], here, fn)
	case f.kind == kindStructSlice && each && len(parts) > 1:
		for i := 0; i < fv.Len(); i++ {
			walkSet(fv.Index(i), f.elem, parts[1:], indexPath(here, i), fn)
		}
	}
}

// ptr returns a pointer to a copy of v.
func ptr[T any](v T) *T { return &v }
