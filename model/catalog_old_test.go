package model

import (
	"fmt"
	"strconv"
)

// The decoding of the reference JSON as model did it before the field data was generated,
// kept for BenchmarkFieldCatalog's baseline.

// oldCatalogEntry is the JSON shape of one entry of the field reference.
type oldCatalogEntry struct {
	Path                 string           `json:"path"`
	Location             string           `json:"location"`
	Type                 string           `json:"type"`
	Required             bool             `json:"required"`
	Deprecated           bool             `json:"deprecated"`
	Replacement          *string          `json:"replacement"`
	Enum                 []any            `json:"enum"`
	ItemEnum             []any            `json:"item_enum"`
	EnumBy               map[string][]any `json:"enum_by"`
	Min                  *float64         `json:"min"`
	Max                  *float64         `json:"max"`
	MinRef               *string          `json:"min_ref"`
	MaxRef               *string          `json:"max_ref"`
	MinItems             *int             `json:"min_items"`
	MaxItems             *int             `json:"max_items"`
	MinLength            *int             `json:"min_length"`
	MaxLength            *int             `json:"max_length"`
	Pattern              *string          `json:"pattern"`
	Format               *string          `json:"format"`
	MapValueType         *string          `json:"map_value_type"`
	Default              any              `json:"default"`
	DependsOn            *string          `json:"depends_on"`
	MutuallyExclusive    []string         `json:"mutually_exclusive_with"`
	ImmutableAfterCreate *bool            `json:"immutable_after_create"`
	InModifyRequest      bool             `json:"in_modify_request"`
	Secret               bool             `json:"secret"`
	Summary              string           `json:"summary"`
	Notes                *string          `json:"notes"`
	Example              any              `json:"example"`
}

func (e oldCatalogEntry) info() FieldInfo {
	fi := FieldInfo{
		Path: e.Path, Location: e.Location, Type: e.Type, Required: e.Required,
		Deprecated: e.Deprecated, Replacement: oldDeref(e.Replacement),
		Enum: oldTexts(e.Enum), ItemEnum: oldTexts(e.ItemEnum),
		Min: e.Min, Max: e.Max, MinRef: oldDeref(e.MinRef), MaxRef: oldDeref(e.MaxRef),
		MinItems: e.MinItems, MaxItems: e.MaxItems, MinLength: e.MinLength, MaxLength: e.MaxLength,
		Pattern: oldDeref(e.Pattern), Format: oldDeref(e.Format), MapValueType: oldDeref(e.MapValueType),
		Default: e.Default, DependsOn: oldDeref(e.DependsOn), Exclusive: e.MutuallyExclusive,
		Immutable: e.ImmutableAfterCreate != nil && *e.ImmutableAfterCreate, Modifiable: e.InModifyRequest,
		Secret: e.Secret, Summary: e.Summary, Notes: oldDeref(e.Notes), Example: e.Example,
	}
	if len(e.EnumBy) > 0 {
		fi.EnumBy = make(map[string][]string, len(e.EnumBy))
		for k, v := range e.EnumBy {
			fi.EnumBy[k] = oldTexts(v)
		}
	}
	return fi
}

func oldDeref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// texts renders enum values (strings or numbers) as the text a person types.
func oldTexts(vs []any) []string {
	if vs == nil {
		return nil
	}
	out := make([]string, len(vs))
	for i, v := range vs {
		switch x := v.(type) {
		case string:
			out[i] = x
		case float64:
			out[i] = strconv.FormatFloat(x, 'f', -1, 64)
		default:
			out[i] = fmt.Sprint(x)
		}
	}
	return out
}
