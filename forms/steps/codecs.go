package steps

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"ackpool/forms"
	"ackpool/model"
)

// The line syntaxes of the editable lists. Each is documented in the field's help and
// in the README's "Wizard steps" section.

// labelCodec reads "key=value" (the value may be empty: "key=" or "key").
func labelCodec() forms.LineCodec[model.Label] {
	return forms.LineCodec[model.Label]{
		Syntax: "key=value",
		Parse: func(line string) (model.Label, error) {
			k, v, err := keyValue(line)
			return model.Label{Key: &k, Value: forms.StrPtr(v)}, err
		},
		Format: func(l model.Label) string { return forms.Deref(l.Key) + "=" + forms.Deref(l.Value) },
	}
}

// tagCodec reads ECS tags as "key=value".
func tagCodec() forms.LineCodec[model.Tag] {
	return forms.LineCodec[model.Tag]{
		Syntax: "key=value",
		Parse: func(line string) (model.Tag, error) {
			k, v, err := keyValue(line)
			return model.Tag{Key: &k, Value: forms.StrPtr(v)}, err
		},
		Format: func(t model.Tag) string { return forms.Deref(t.Key) + "=" + forms.Deref(t.Value) },
	}
}

// taintEffects are the effects a taint line may end with.
func taintEffects() []string {
	return []string{"NoSchedule", "NoExecute", "PreferNoSchedule"}
}

// taintCodec reads "key=value:Effect", "key:Effect" or "key=value" (effect left to the
// server default, NoSchedule).
func taintCodec() forms.LineCodec[model.Taint] {
	return forms.LineCodec[model.Taint]{
		Syntax: "key=value:Effect",
		Parse: func(line string) (model.Taint, error) {
			var t model.Taint
			body, effect := line, ""
			if i := strings.LastIndexByte(line, ':'); i >= 0 {
				body, effect = line[:i], strings.TrimSpace(line[i+1:])
				if !forms.IsOneOf(effect, taintEffects()) {
					return t, fmt.Errorf("effect %q is not one of %s; write key=value:NoSchedule", effect, strings.Join(taintEffects(), ", "))
				}
			}
			k, v, err := keyValue(body)
			if err != nil {
				return t, err
			}
			t.Key, t.Value, t.Effect = &k, forms.StrPtr(v), forms.StrPtr(effect)
			return t, nil
		},
		Format: func(t model.Taint) string {
			s := forms.Deref(t.Key)
			if t.Value != nil {
				s += "=" + *t.Value
			}
			if t.Effect != nil {
				s += ":" + *t.Effect
			}
			return s
		},
	}
}

// spotPriceCodec reads "instance_type=price", e.g. "ecs.g7.large=0.39".
func spotPriceCodec() forms.LineCodec[model.SpotPriceLimit] {
	return forms.LineCodec[model.SpotPriceLimit]{
		Syntax: "instance_type=price",
		Parse: func(line string) (model.SpotPriceLimit, error) {
			k, v, err := keyValue(line)
			if err != nil {
				return model.SpotPriceLimit{}, err
			}
			if v == "" {
				return model.SpotPriceLimit{}, errors.New("missing price; write ecs.g7.large=0.39 (hourly price per instance)")
			}
			if f, perr := strconv.ParseFloat(v, 64); perr != nil || f <= 0 {
				return model.SpotPriceLimit{}, fmt.Errorf("price %q is not a positive decimal number such as 0.39", v)
			}
			return model.SpotPriceLimit{InstanceType: &k, PriceLimit: &v}, nil
		},
		Format: func(s model.SpotPriceLimit) string {
			return forms.Deref(s.InstanceType) + "=" + forms.Deref(s.PriceLimit)
		},
	}
}

// keyValue splits "key=value" (or a bare "key") and checks the key is not empty.
func keyValue(s string) (key, value string, err error) {
	key, value, _ = strings.Cut(s, "=")
	key, value = strings.TrimSpace(key), strings.TrimSpace(value)
	if key == "" {
		return "", "", errors.New("missing key before '='; write key=value")
	}
	return key, value, nil
}

// stringMapCodec reads "key=value" lines of a kubelet map such as evictionHard.
func stringMapCodec() forms.LineCodec[[2]string] {
	return forms.LineCodec[[2]string]{
		Syntax: "key=value",
		Parse: func(line string) ([2]string, error) {
			k, v, err := keyValue(line)
			if err == nil && v == "" {
				err = fmt.Errorf("missing value after %q; write %s=value", k+"=", k)
			}
			return [2]string{k, v}, err
		},
		Format: func(kv [2]string) string { return kv[0] + "=" + kv[1] },
	}
}

// featureGateCodec reads "Name=true" or "Name=false".
func featureGateCodec() forms.LineCodec[[2]string] {
	return forms.LineCodec[[2]string]{
		Syntax: "Name=true",
		Parse: func(line string) ([2]string, error) {
			k, v, err := keyValue(line)
			if err != nil {
				return [2]string{}, err
			}
			if _, perr := strconv.ParseBool(v); perr != nil {
				return [2]string{}, fmt.Errorf("%q must be set to true or false, e.g. %s=true", k, k)
			}
			return [2]string{k, v}, nil
		},
		Format: func(kv [2]string) string { return kv[0] + "=" + kv[1] },
	}
}

// reservedMemoryCodec reads "<numa node>:<resource>=<quantity>[,...]", e.g. "0:memory=1Gi".
func reservedMemoryCodec() forms.LineCodec[model.ReservedMemory] {
	return forms.LineCodec[model.ReservedMemory]{
		Syntax: "numaNode:resource=quantity,...",
		Parse: func(line string) (model.ReservedMemory, error) {
			var r model.ReservedMemory
			node, limits, ok := strings.Cut(line, ":")
			if !ok {
				return r, errors.New("missing ':'; write 0:memory=1Gi (NUMA node, then limits)")
			}
			n, err := strconv.ParseInt(strings.TrimSpace(node), 10, 64)
			if err != nil {
				return r, fmt.Errorf("NUMA node %q is not a whole number", strings.TrimSpace(node))
			}
			r.NUMANode = &n
			for _, item := range forms.SplitList(limits) {
				k, v, err := keyValue(item)
				if err == nil && v == "" {
					err = fmt.Errorf("missing quantity for %q; write %s=1Gi", k, k)
				}
				if err != nil {
					return r, err
				}
				if r.Limits == nil {
					r.Limits = map[string]string{}
				}
				r.Limits[k] = v
			}
			return r, nil
		},
		Format: func(r model.ReservedMemory) string {
			s := ""
			if r.NUMANode != nil {
				s = strconv.FormatInt(*r.NUMANode, 10)
			}
			return s + ":" + joinMap(r.Limits, ",")
		},
	}
}

// joinMap writes a string map as sorted "k=v" items joined by sep.
func joinMap(m map[string]string, sep string) string {
	keys := forms.SortedKeys(m)
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = k + "=" + m[k]
	}
	return strings.Join(out, sep)
}
