package model

import (
	"encoding/base64"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// walk applies the data-driven checks of p to the object v found at path.
func (p *structPlan) walk(r *report, v reflect.Value, path string) {
	for i := range p.fields {
		fp := &p.fields[i]
		fv := v.Field(fp.spec.index)
		switch fp.spec.kind {
		case kindStruct:
			if fv.IsNil() {
				continue
			}
			fpath := joinPath(path, fp.spec.name)
			fp.checkDeprecated(r, fpath)
			fp.child.walk(r, fv.Elem(), fpath)
		case kindStructSlice:
			n := fv.Len()
			if n == 0 {
				if fp.required {
					r.errorf(fp.rule, joinPath(path, fp.spec.name), "required; add at least one item")
				}
				continue
			}
			fpath := joinPath(path, fp.spec.name)
			fp.checkItems(r, fpath, n)
			if fp.child.inert {
				continue
			}
			for j := 0; j < n; j++ {
				fp.child.walk(r, fv.Index(j), indexPath(fpath, j))
			}
		case kindStringSlice:
			fp.checkStrings(r, path, fv)
		case kindStringMap, kindBoolMap, kindAnyMap:
			if fv.Len() > 0 {
				fp.checkDeprecated(r, joinPath(path, fp.spec.name))
			}
		default:
			if fv.IsNil() {
				if fp.required {
					r.errorf(fp.rule, joinPath(path, fp.spec.name), "required")
				}
				continue
			}
			if fp.required && fp.spec.kind == kindString && strings.TrimSpace(fv.Elem().String()) == "" {
				r.errorf(fp.rule, joinPath(path, fp.spec.name), "required; it must not be empty")
				continue
			}
			fp.checkScalar(r, v, path, fv.Elem())
		}
	}
}

func (fp *fieldPlan) checkDeprecated(r *report, fpath string) {
	switch fp.deprecated {
	case "":
	case "-":
		r.warnf(fp.rule, fpath, "deprecated and has no replacement; the service may ignore it, so remove it")
	default:
		r.warnf(fp.rule, fpath, "deprecated; use %s instead", fp.deprecated)
	}
}

func (fp *fieldPlan) checkItems(r *report, fpath string, n int) {
	if fp.minItems != nil && n < *fp.minItems {
		r.errorf(fp.rule, fpath, "%d items, at least %d required (allowed %s)", n, *fp.minItems, itemsText(fp.minItems, fp.maxItems))
	}
	if fp.maxItems != nil && n > *fp.maxItems {
		r.errorf(fp.rule, fpath, "%d items, at most %d allowed (allowed %s)", n, *fp.maxItems, itemsText(fp.minItems, fp.maxItems))
	}
}

func itemsText(lo, hi *int) string {
	var l, h *float64
	if lo != nil {
		l = floatPtr(float64(*lo))
	}
	if hi != nil {
		h = floatPtr(float64(*hi))
	}
	return rangeText(l, h)
}

func (fp *fieldPlan) checkStrings(r *report, path string, items reflect.Value) {
	n := items.Len()
	if n == 0 {
		if fp.required {
			r.errorf(fp.rule, joinPath(path, fp.spec.name), "required; add at least one item")
		}
		return
	}
	fpath := ""
	for j := 0; j < n; j++ {
		if strings.TrimSpace(items.Index(j).String()) == "" {
			if fpath == "" {
				fpath = joinPath(path, fp.spec.name)
			}
			r.errorf(fp.emptyItemRule(), indexPath(fpath, j), "empty item; remove it or give a value")
		}
	}
	if fp.id != nil {
		if fpath == "" {
			fpath = joinPath(path, fp.spec.name)
		}
		for j := 0; j < n; j++ {
			fp.checkID(r, indexPath(fpath, j), shownValue{s: items.Index(j).String()})
		}
	}
	if fp.deprecated == "" && fp.minItems == nil && fp.maxItems == nil && fp.itemEnum == nil {
		return
	}
	if fpath == "" {
		fpath = joinPath(path, fp.spec.name)
	}
	fp.checkDeprecated(r, fpath)
	fp.checkItems(r, fpath, n)
	if fp.itemEnum == nil {
		return
	}
	for j := 0; j < n; j++ {
		if item := items.Index(j).String(); strings.TrimSpace(item) != "" && !contains(fp.itemEnum, item) {
			r.errorf(fp.rule, indexPath(fpath, j), "%q is not allowed; use one of: %s%s", item, oneOf(fp.itemEnum), caseHint(item, fp.itemEnum))
		}
	}
}

// emptyItemRule is the rule an empty list item is reported under: the field's own rule,
// or R008 (values must have the field's type; an empty string is no ID or name).
func (fp *fieldPlan) emptyItemRule() string {
	if fp.rule != "" {
		return fp.rule
	}
	return "R008"
}

func contains(list []string, v string) bool {
	for _, s := range list {
		if s == v {
			return true
		}
	}
	return false
}

// checkScalar checks a set string, number or boolean; parent is the object holding it
// (needed for enum_by, whose allowed values depend on a sibling).
func (fp *fieldPlan) checkScalar(r *report, parent reflect.Value, path string, v reflect.Value) {
	if fp.deprecated != "" {
		fp.checkDeprecated(r, joinPath(path, fp.spec.name))
	}
	switch fp.spec.kind {
	case kindString:
		fp.checkString(r, path, v.String())
	case kindInt:
		n := v.Int()
		fp.checkNumber(r, path, float64(n))
		if fp.enumBy != nil {
			fp.checkEnumBy(r, parent, path, strconv.FormatInt(n, 10))
		}
	case kindFloat:
		fp.checkNumber(r, path, v.Float())
	}
}

func (fp *fieldPlan) checkNumber(r *report, path string, n float64) {
	if fp.min != nil && n < *fp.min {
		r.errorf(fp.rule, joinPath(path, fp.spec.name), "%s is below the minimum %s (allowed %s)", formatNumber(n, ""), formatNumber(*fp.min, fp.unit), rangeText(fp.min, fp.max))
	}
	if fp.max != nil && n > *fp.max {
		r.errorf(fp.rule, joinPath(path, fp.spec.name), "%s is above the maximum %s (allowed %s)", formatNumber(n, ""), formatNumber(*fp.max, fp.unit), rangeText(fp.min, fp.max))
	}
}

func (fp *fieldPlan) checkEnumBy(r *report, parent reflect.Value, path, val string) {
	sib := fp.enumByDef
	if f := parent.Field(fp.enumBySibIndex); !f.IsNil() {
		sib = f.Elem().String()
	}
	allowed, ok := fp.enumBy[sib]
	if ok && !contains(allowed, val) {
		r.errorf(fp.rule, joinPath(path, fp.spec.name), "%s is not allowed when %s is %s; use one of: %s", val, fp.enumBySib, sib, oneOf(allowed))
	}
}

// shownValue is how a string value appears in a message: quoted, or "it" for a secret.
// It is formatted only when a problem is reported.
type shownValue struct {
	s      string
	secret bool
}

// String quotes the value, or hides it when it is secret.
func (v shownValue) String() string {
	if v.secret {
		return "it"
	}
	return strconv.Quote(v.s)
}

func (fp *fieldPlan) checkString(r *report, path, s string) {
	fpath := ""
	at := func() string {
		if fpath == "" {
			fpath = joinPath(path, fp.spec.name)
		}
		return fpath
	}
	shown := shownValue{s: s, secret: fp.secret}
	if fp.enum != nil && !contains(fp.enum, s) {
		if fp.enumWarning {
			r.warnf(fp.enumRule, at(), "%s is not a known value (known: %s%s); check it against the versions the cluster offers", shown, oneOf(fp.enum), caseHint(s, fp.enum))
		} else {
			r.errorf(fp.enumRule, at(), "%s is not allowed; use one of: %s%s", shown, oneOf(fp.enum), caseHint(s, fp.enum))
		}
	}
	if fp.commaItems {
		for _, part := range strings.Split(s, ",") {
			if !contains(fp.itemEnum, strings.TrimSpace(part)) {
				r.errorf(fp.rule, at(), "%q is not allowed in this comma-separated list; use any of: %s", strings.TrimSpace(part), oneOf(fp.itemEnum))
			}
		}
	}
	n := 0
	if fp.minLen != nil || fp.maxLen != nil {
		n = utf8.RuneCountInString(s)
	}
	if fp.minLen != nil && n < *fp.minLen {
		r.errorf(fp.rule, at(), "%s is %d characters, at least %d required (allowed %s characters)", shown, n, *fp.minLen, itemsText(fp.minLen, fp.maxLen))
	}
	if fp.maxLen != nil && n > *fp.maxLen {
		r.errorf(fp.rule, at(), "%s is %d characters, at most %d allowed (allowed %s characters)", shown, n, *fp.maxLen, itemsText(fp.minLen, fp.maxLen))
	}
	if fp.pattern != nil && !fp.pattern.MatchString(s) {
		help := fp.help
		if help == "" {
			help = "the pattern " + fp.pattern.String()
		}
		r.errorf(fp.rule, at(), "%s is not valid; expected %s", shown, help)
	}
	if fp.format != "" {
		fp.checkFormat(r, at, shown, s)
	}
	if fp.id != nil && !fp.id.matches(s) {
		fp.checkID(r, at(), shown)
	}
}

// quantityPattern is a Kubernetes resource quantity such as 100Mi, 1.5Gi or 500m.
var quantityPattern = regexp.MustCompile(`^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$`)

// percentPattern is a percentage such as 10% or 5.5%.
var percentPattern = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?%$`)

// decimalPattern is a non-negative decimal number written as text.
var decimalPattern = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?$`)

// maxUserData is the ECS limit on user data before Base64 encoding.
const maxUserData = 32 * 1024

func (fp *fieldPlan) checkFormat(r *report, at func() string, shown shownValue, s string) {
	switch fp.format {
	case "base64":
		data, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			if data, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(s, "=")); err == nil {
				r.warnf(fp.rule, at(), "Base64 text without '=' padding; it is accepted, but pad it to be safe")
			}
		}
		if err != nil {
			r.errorf(fp.rule, at(), "not valid Base64; encode the script, e.g. with `base64 -w0 script.sh`")
		} else if len(data) > maxUserData {
			r.errorf(fp.rule, at(), "decodes to %d bytes; ECS allows at most %d bytes (32 KiB) of user data", len(data), maxUserData)
		}
	case "duration":
		if _, err := time.ParseDuration(s); err != nil {
			r.errorf(fp.rule, at(), "%s is not a duration; write it like 10s, 100ms or 1m30s", shown)
		}
	case "kubernetes-quantity":
		if !quantityPattern.MatchString(s) {
			r.errorf(fp.rule, at(), "%s is not a Kubernetes quantity; write it like 100Mi, 1Gi or 500m", shown)
		}
	case "decimal":
		if !decimalPattern.MatchString(s) {
			r.errorf(fp.rule, at(), "%s is not a decimal number; write it like \"0.39\" (a string)", shown)
		}
	}
}
