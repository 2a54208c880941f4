package model

import (
	"reflect"
	"strings"
)

// Mask is what a secret value is replaced with in a redacted request.
const Mask = "********"

// Redact returns a deep copy of np with every secret field masked: each field the
// reference marks secret (scaling_group.login_password, kubernetes_config.user_data,
// kubernetes_config.pre_user_data) that is set is replaced by Mask. Unset fields stay
// unset, so a preview shows exactly which secrets will be sent. np is not changed.
func Redact(np *NodePool) *NodePool {
	out := np.Clone()
	if out == nil {
		return nil
	}
	for _, fi := range fieldCatalog().list {
		if fi.Secret {
			maskPath(reflect.ValueOf(out).Elem(), requestSchema().root, strings.Split(fi.Path, "."))
		}
	}
	return out
}

// maskPath replaces the string at a path (which may cross object arrays written "name[]")
// with Mask when it is set.
func maskPath(v reflect.Value, spec *structSpec, parts []string) {
	name, each := strings.CutSuffix(parts[0], "[]")
	f, ok := spec.field(name)
	if !ok {
		return
	}
	fv := v.Field(f.index)
	switch {
	case len(parts) == 1 && f.kind == kindString:
		if !fv.IsNil() {
			fv.Set(reflect.ValueOf(ptr(Mask)))
		}
	case f.kind == kindStruct && !fv.IsNil() && len(parts) > 1:
		maskPath(fv.Elem(), f.elem, parts[1:])
	case f.kind == kindStructSlice && each && len(parts) > 1:
		for i := 0; i < fv.Len(); i++ {
			maskPath(fv.Index(i), f.elem, parts[1:])
		}
	}
}

// ptr returns a pointer to a copy of v.
func ptr[T any](v T) *T { return &v }
