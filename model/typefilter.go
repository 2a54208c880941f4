package model

import (
	"fmt"
	"strconv"
	"strings"
)

// TypeSpec is what an instance type filter looks at.
type TypeSpec struct {
	ID        string  // ecs.g7.xlarge
	Family    string  // ecs.g7
	VCPU      int     // cores
	MemoryGiB float64 // memory
	GPU       int     // GPU cards
	Arch      string  // X86 or ARM
}

// TypeFilter is a parsed instance type filter such as "vcpu>=8 mem>=32 arch=arm":
// every term must hold.
type TypeFilter struct {
	terms []typeTerm
}

type typeTerm struct {
	key string
	op  string
	num float64
	str string
}

// typeFilterKey says what a filter key compares: "number", "text", or "" for a key
// that does not exist.
func typeFilterKey(key string) string {
	switch key {
	case "vcpu", "cpu", "mem", "memory", "gpu":
		return "number"
	case "arch", "family", "type":
		return "text"
	}
	return ""
}

// maxTypeFilter bounds a filter's length.
const maxTypeFilter = 512

// ParseTypeFilter reads space-separated terms KEY OP VALUE: vcpu (or cpu), mem (or
// memory, in GiB) and gpu compare numbers with >=, <=, >, <, = or !=; arch (x86, arm),
// family (g7 or ecs.g7) and type (a substring of the ID) compare text, case
// insensitively, with = or !=. An empty filter matches everything.
func ParseTypeFilter(s string) (TypeFilter, error) {
	if len(s) > maxTypeFilter {
		return TypeFilter{}, fmt.Errorf("filter is %d characters long; the limit is %d", len(s), maxTypeFilter)
	}
	var f TypeFilter
	for _, word := range strings.Fields(s) {
		t, err := parseTypeTerm(word)
		if err != nil {
			return TypeFilter{}, fmt.Errorf("filter term %q: %w", word, err)
		}
		f.terms = append(f.terms, t)
	}
	return f, nil
}

func parseTypeTerm(word string) (typeTerm, error) {
	at := strings.IndexAny(word, "<>=!")
	if at <= 0 {
		return typeTerm{}, fmt.Errorf("expected KEY OP VALUE, e.g. vcpu>=8; keys: vcpu, mem, gpu, arch, family, type")
	}
	key := strings.ToLower(word[:at])
	rest := word[at:]
	op := ""
	for _, o := range []string{">=", "<=", "!=", ">", "<", "="} {
		if strings.HasPrefix(rest, o) {
			op = o
			break
		}
	}
	if op == "" {
		return typeTerm{}, fmt.Errorf("unknown operator; use >=, <=, >, <, = or !=")
	}
	value := rest[len(op):]
	kind := typeFilterKey(key)
	switch {
	case kind == "":
		return typeTerm{}, fmt.Errorf("unknown key %q; use vcpu, mem, gpu, arch, family or type", key)
	case value == "":
		return typeTerm{}, fmt.Errorf("no value after %s", op)
	case kind == "text" && op != "=" && op != "!=":
		return typeTerm{}, fmt.Errorf("%s compares text; use = or !=", key)
	case kind == "text":
		return typeTerm{key: key, op: op, str: strings.ToLower(value)}, nil
	}
	n, err := strconv.ParseFloat(value, 64)
	if err != nil || n < 0 || n > 1e6 {
		return typeTerm{}, fmt.Errorf("%q is not a number from 0 to 1000000", value)
	}
	return typeTerm{key: key, op: op, num: n}, nil
}

// Match reports whether the type satisfies every term.
func (f TypeFilter) Match(t TypeSpec) bool {
	for _, term := range f.terms {
		if !term.match(t) {
			return false
		}
	}
	return true
}

// String writes the filter back in its canonical form.
func (f TypeFilter) String() string {
	parts := make([]string, len(f.terms))
	for i, t := range f.terms {
		v := t.str
		if typeFilterKey(t.key) == "number" {
			v = strconv.FormatFloat(t.num, 'f', -1, 64)
		}
		parts[i] = t.key + t.op + v
	}
	return strings.Join(parts, " ")
}

func (t typeTerm) match(s TypeSpec) bool {
	switch t.key {
	case "vcpu", "cpu":
		return compare(float64(s.VCPU), t.op, t.num)
	case "mem", "memory":
		return compare(s.MemoryGiB, t.op, t.num)
	case "gpu":
		return compare(float64(s.GPU), t.op, t.num)
	}
	var ok bool
	switch t.key {
	case "arch":
		ok = strings.EqualFold(s.Arch, t.str) || t.str == "x86" && strings.EqualFold(s.Arch, "x86_64") ||
			t.str == "arm" && strings.EqualFold(s.Arch, "arm64")
	case "family":
		fam := strings.ToLower(s.Family)
		ok = fam == t.str || strings.TrimPrefix(fam, "ecs.") == strings.TrimPrefix(t.str, "ecs.")
	case "type":
		ok = strings.Contains(strings.ToLower(s.ID), t.str)
	}
	return ok == (t.op == "=")
}

func compare(a float64, op string, b float64) bool {
	switch op {
	case ">=":
		return a >= b
	case "<=":
		return a <= b
	case ">":
		return a > b
	case "<":
		return a < b
	case "!=":
		return a != b
	}
	return a == b
}
