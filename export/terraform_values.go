package export

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/zclconf/go-cty/cty"
)

// toCty converts a request value (decoded JSON, numbers as json.Number) to the
// provider's type: string, number, bool, list(string), map(string) or map(bool).
// Scalars convert to string as their text, as Terraform itself converts them.
func toCty(typ string, v any) (cty.Value, error) {
	switch typ {
	case "string":
		return scalarString(v)
	case "number":
		n, ok := v.(json.Number)
		if !ok {
			return cty.NilVal, fmt.Errorf("expected a number, got %T", v)
		}
		return cty.ParseNumberVal(n.String())
	case "bool":
		b, ok := v.(bool)
		if !ok {
			return cty.NilVal, fmt.Errorf("expected true or false, got %T", v)
		}
		return cty.BoolVal(b), nil
	case "list(string)":
		list, ok := v.([]any)
		if !ok {
			return cty.NilVal, fmt.Errorf("expected a list, got %T", v)
		}
		if len(list) == 0 {
			return cty.ListValEmpty(cty.String), nil
		}
		items := make([]cty.Value, len(list))
		for i, item := range list {
			s, err := scalarString(item)
			if err != nil {
				return cty.NilVal, err
			}
			items[i] = s
		}
		return cty.ListVal(items), nil
	case "map(string)", "map(bool)":
		m, ok := v.(map[string]any)
		if !ok {
			return cty.NilVal, fmt.Errorf("expected a map, got %T", v)
		}
		elem := typ[4 : len(typ)-1]
		if len(m) == 0 {
			return cty.MapValEmpty(map[string]cty.Type{"string": cty.String, "bool": cty.Bool}[elem]), nil
		}
		out := make(map[string]cty.Value, len(m))
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			val, err := toCty(elem, m[k])
			if err != nil {
				return cty.NilVal, fmt.Errorf("%s: %w", k, err)
			}
			out[k] = val
		}
		return cty.MapVal(out), nil
	}
	return cty.NilVal, fmt.Errorf("unknown provider type %q", typ)
}

func scalarString(v any) (cty.Value, error) {
	switch x := v.(type) {
	case string:
		return cty.StringVal(x), nil
	case json.Number:
		return cty.StringVal(x.String()), nil
	case bool:
		return cty.StringVal(fmt.Sprint(x)), nil
	}
	return cty.NilVal, fmt.Errorf("expected a single value, got %T", v)
}

func ctyString(s string) cty.Value { return cty.StringVal(s) }
