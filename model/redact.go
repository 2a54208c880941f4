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

// EncodeMasked is EncodeJSON of Redact(np) without copying the whole request: only
// the objects and arrays that lead to a set secret are copied, the rest is read
// from np (a request of 1,000 labels is encoded, not copied and then encoded).
func EncodeMasked(np *NodePool, indent bool) ([]byte, error) {
	return EncodeJSON(maskedView(np), indent)
}

// maskedView is np with every set secret replaced by Mask, sharing with np all that
// leads to no secret; it is for reading only.
func maskedView(np *NodePool) *NodePool {
	if np == nil {
		return nil
	}
	out := *np
	for _, fi := range fieldCatalog().list {
		if fi.Secret && fi.Location == "body" {
			maskAt(reflect.ValueOf(&out).Elem(), requestSchema().root, strings.Split(fi.Path, "."))
		}
	}
	return &out
}

// maskAt replaces the set secret at a path under v with Mask, copying each object
// and array on the way before changing it; v itself is already a copy.
func maskAt(v reflect.Value, spec *structSpec, parts []string) {
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
		own := reflect.New(fv.Type().Elem())
		own.Elem().Set(fv.Elem())
		fv.Set(own)
		maskAt(own.Elem(), f.elem, parts[1:])
	case f.kind == kindStructSlice && each && len(parts) > 1 && fv.Len() > 0:
		own := reflect.MakeSlice(fv.Type(), fv.Len(), fv.Len())
		reflect.Copy(own, fv)
		fv.Set(own)
		for i := 0; i < own.Len(); i++ {
			maskAt(own.Index(i), f.elem, parts[1:])
		}
	}
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
