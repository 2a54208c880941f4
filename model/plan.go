package model

import (
	"regexp"
	"slices"
	"strings"
	"sync"
)

// fieldPlan is the precompiled set of data-driven checks for one field.
type fieldPlan struct {
	spec           *fieldSpec
	rule           string
	enumRule       string // rule of enum misses: the field's own rule, or R010 for deprecated fields
	required       bool
	enum           []string
	enumWarning    bool
	itemEnum       []string
	commaItems     bool                // item_enum applies to comma-separated parts of a string
	enumBy         map[string][]string // sibling value -> allowed values
	enumBySib      string              // sibling wire name the allowed values depend on
	enumByDef      string              // sibling default when it is unset
	enumBySibIndex int                 // Go field index of that sibling
	min, max       *float64
	unit           string
	minItems       *int
	maxItems       *int
	minLen         *int
	maxLen         *int
	secret         bool
	pattern        *regexp.Regexp
	help           string
	format         string
	deprecated     string   // replacement text when the field is deprecated and reported
	id             *idShape // shape of the resource IDs the field holds
	child          *structPlan
}

// structPlan holds the plans of one object's fields.
type structPlan struct {
	fields []fieldPlan
	inert  bool // no field of the object has a check: walking it reports nothing
}

// validationPlan is built once from the schema, the field reference and the rule table;
// it is immutable afterwards and shared by every Validate call.
var validationPlan = sync.OnceValue(func() *structPlan {
	rules := fieldRules()
	return buildPlan(requestSchema().root, "", rules, resourceIDShapes())
})

func buildPlan(spec *structSpec, prefix string, rules map[string]fieldRule, ids map[string]idShape) *structPlan {
	sp := &structPlan{fields: make([]fieldPlan, len(spec.fields))}
	for i := range spec.fields {
		f := &spec.fields[i]
		ref := joinPath(prefix, f.name)
		fi, _ := Field(ref)
		fr := rules[ref]
		fp := fieldPlan{
			spec: f, rule: fr.rule,
			required:    fi.Required && !fr.handChecked,
			enum:        fi.Enum,
			enumWarning: fr.enumWarning,
			itemEnum:    fi.ItemEnum,
			min:         fi.Min, max: fi.Max, unit: fr.unit,
			minItems: fi.MinItems, maxItems: fi.MaxItems,
			minLen: fi.MinLength, maxLen: fi.MaxLength,
			secret: fi.Secret, help: fr.help, format: fi.Format,
		}
		if shape, ok := ids[ref]; ok {
			fp.id = &shape
		}
		fp.enumRule = fr.rule
		if fi.Deprecated {
			fp.enumRule = "R010"
		}
		if fr.min != nil && fp.min == nil {
			fp.min = fr.min
		}
		if fi.Pattern != "" {
			fp.pattern = regexp.MustCompile(fi.Pattern)
		}
		if strings.HasPrefix(fi.Format, "comma-separated") {
			fp.commaItems, fp.format = true, ""
		}
		if len(fi.EnumBy) > 0 {
			fp.enumBy = map[string][]string{}
			for key, vals := range fi.EnumBy {
				other, val, _ := strings.Cut(key, "=")
				fp.enumBySib = other[strings.LastIndexByte(other, '.')+1:]
				sibling, ok := spec.field(fp.enumBySib)
				if !ok {
					panic("model: enum_by of " + ref + " names an unknown field " + other)
				}
				fp.enumBySibIndex = sibling.index
				fp.enumBy[val] = vals
				if ofi, ok := Field(other); ok {
					if d, ok := ofi.Default.(string); ok {
						fp.enumByDef = d
					}
				}
			}
		}
		if fi.Deprecated && !fr.quiet && !parentDeprecated(ref, rules) {
			fp.deprecated = fi.Replacement
			if fp.deprecated == "" {
				fp.deprecated = "-"
			}
		}
		switch f.kind {
		case kindStruct:
			fp.child = buildPlan(f.elem, ref, rules, ids)
		case kindStructSlice:
			fp.child = buildPlan(f.elem, ref+"[]", rules, ids)
		}
		sp.fields[i] = fp
	}
	sp.inert = !slices.ContainsFunc(sp.fields, func(fp fieldPlan) bool { return !fp.inert() })
	return sp
}

// inert reports whether the field has no check that walk could report: then the
// objects of a list of them need not be walked one by one (a list of 1,000 labels,
// whose keys and values are checked by their own rule).
func (fp *fieldPlan) inert() bool {
	return fp.spec.kind != kindStringSlice && // every string list is checked for empty items
		!fp.required && fp.deprecated == "" && fp.enum == nil && !fp.commaItems && fp.itemEnum == nil &&
		fp.enumBy == nil && fp.min == nil && fp.max == nil && fp.minItems == nil && fp.maxItems == nil &&
		fp.minLen == nil && fp.maxLen == nil && fp.pattern == nil && fp.format == "" && fp.id == nil &&
		(fp.child == nil || fp.child.inert)
}

// parentDeprecated reports whether an ancestor of ref is deprecated and reported, so
// that a retired object is reported once rather than once per child.
func parentDeprecated(ref string, rules map[string]fieldRule) bool {
	for p := ref; ; {
		cut := strings.LastIndexByte(p, '.')
		if cut < 0 {
			return false
		}
		p = strings.TrimSuffix(p[:cut], "[]")
		if fi, ok := Field(p); ok && fi.Deprecated && !rules[p].quiet {
			return true
		}
	}
}
