package model

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
)

// ParseError is a problem reading a request document: where it is (source file, line,
// column, wire path) and what is wrong. Fields that are not known are left empty.
type ParseError struct {
	Source  string // file name, "-" or "stdin" for standard input
	Line    int    // 1-based line, 0 when unknown
	Column  int    // 1-based column, 0 when unknown
	Path    string // dotted wire path such as scaling_group.data_disks[0].size
	Message string // what is wrong and how to fix it
}

// Error formats the error as "source:line:column: path: message".
func (e *ParseError) Error() string {
	var b strings.Builder
	if e.Source != "" {
		b.WriteString(e.Source)
		if e.Line > 0 {
			fmt.Fprintf(&b, ":%d", e.Line)
			if e.Column > 0 {
				fmt.Fprintf(&b, ":%d", e.Column)
			}
		}
		b.WriteString(": ")
	}
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Message)
	return b.String()
}

// The limits on a request document. A request body is a few kilobytes (user data, the
// largest field, is at most 32 KB before encoding), so these leave ample room while
// keeping the memory and time a document can cost small.
const (
	// MaxDocumentSize is the largest document Parse reads, in bytes; it also bounds
	// the bytes of keys and values a YAML document expands to through its aliases.
	MaxDocumentSize = 256 << 10
	// MaxDocumentValues is how many values (objects, arrays, scalars and keys) a
	// document may hold, YAML aliases expanded.
	MaxDocumentValues = 50000
	// MaxYAMLAliases is how many YAML aliases (*name) a document may use.
	MaxYAMLAliases = 100
)

// Parse reads a request body from JSON or YAML strictly; source names the file in errors.
// Every unknown key, mistyped value and duplicated key is reported (up to 20), each as a
// *ParseError; several come as ParseErrors.
// An unknown key, a value of the wrong JSON type or a duplicated key is an error that names
// the key's wire path and its line; unknown keys come with the closest valid name.
// A document that starts with '{' is read as JSON, anything else as YAML. Null values
// leave a field unset. A syntax error is a single *ParseError.
func Parse(data []byte, source string) (*NodePool, error) {
	if len(data) > MaxDocumentSize {
		return nil, &ParseError{Source: source, Message: fmt.Sprintf("the file is larger than %d bytes, the most a request body may have (a request body is a few kilobytes)", MaxDocumentSize)}
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, &ParseError{Source: source, Message: "the file is empty; expected a request object"}
	}
	var (
		root *node
		err  error
	)
	if trimmed[0] == '{' || trimmed[0] == '[' {
		root, err = readJSONTree(data, source)
	} else {
		root, err = readYAMLTree(data, source)
	}
	if err != nil {
		return nil, err
	}
	if root.kind != nodeObject {
		return nil, &ParseError{Source: source, Line: root.line, Column: root.col, Message: "expected a request object at the top level, got " + root.kind.String()}
	}
	np := &NodePool{}
	d := decoder{source: source}
	_ = d.object(root, reflect.ValueOf(np).Elem(), requestSchema().root, "")
	if err := d.result(); err != nil {
		return nil, err
	}
	return np, nil
}

// maxParseErrors is how many problems Parse reports before it stops reading.
const maxParseErrors = 20

// errTooManyProblems stops decoding once maxParseErrors problems were recorded.
var errTooManyProblems = errors.New("too many problems")

// decoder copies a checked document tree into the request structs, collecting the
// problems it finds so that one run reports all of them.
type decoder struct {
	source string
	errs   []*ParseError
}

// record keeps a problem and says whether decoding may go on.
func (d *decoder) record(err error) error {
	if err == errTooManyProblems {
		return err
	}
	var pe *ParseError
	if !errors.As(err, &pe) {
		pe = &ParseError{Source: d.source, Message: err.Error()}
	}
	d.errs = append(d.errs, pe)
	if len(d.errs) >= maxParseErrors {
		return errTooManyProblems
	}
	return nil
}

// result turns the collected problems into Parse's error: nil, one *ParseError, or a ParseErrors list.
func (d *decoder) result() error {
	switch len(d.errs) {
	case 0:
		return nil
	case 1:
		return d.errs[0]
	}
	return ParseErrors(d.errs)
}

// ParseErrors is what Parse returns when a document has several problems, in document
// order. errors.As(err, &pe) with a *ParseError finds the first one.
type ParseErrors []*ParseError

// Error lists every problem, one per line.
func (es ParseErrors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap exposes the individual problems to errors.Is and errors.As.
func (es ParseErrors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// AllParseErrors returns every *ParseError in err: the list of a ParseErrors, the single
// *ParseError, or nil when err holds none.
func AllParseErrors(err error) []*ParseError {
	var list ParseErrors
	if errors.As(err, &list) {
		return list
	}
	var pe *ParseError
	if errors.As(err, &pe) {
		return []*ParseError{pe}
	}
	return nil
}

func (d *decoder) fail(n *node, path, format string, args ...any) error {
	return &ParseError{Source: d.source, Line: n.line, Column: n.col, Path: path, Message: fmt.Sprintf(format, args...)}
}

func joinPath(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + "." + name
}

func (d *decoder) object(n *node, v reflect.Value, spec *structSpec, path string) error {
	seen := make(map[string]bool, len(n.keys))
	for i, key := range n.keys {
		kpath := joinPath(path, key)
		at := &node{line: n.kpos[i][0], col: n.kpos[i][1]}
		if seen[key] {
			if err := d.record(d.fail(at, kpath, "duplicate key; keep only one")); err != nil {
				return err
			}
			continue
		}
		seen[key] = true
		f, ok := spec.field(key)
		if !ok {
			msg := "unknown field" + didYouMean(closest(key, spec.names()))
			if path == "" && key == "ClusterId" {
				msg = "ClusterId is not part of the body; pass it with --cluster"
			}
			if err := d.record(d.fail(at, kpath, "%s", msg)); err != nil {
				return err
			}
			continue
		}
		if err := d.field(n.vals[i], v.Field(f.index), f, kpath); err != nil {
			if err := d.record(err); err != nil {
				return err
			}
		}
	}
	return nil
}

func (d *decoder) field(n *node, v reflect.Value, f *fieldSpec, path string) error {
	if n.kind == nodeNull {
		return nil
	}
	switch f.kind {
	case kindStruct:
		if n.kind != nodeObject {
			return d.typeError(n, path, f.kind)
		}
		p := reflect.New(v.Type().Elem())
		if err := d.object(n, p.Elem(), f.elem, path); err != nil {
			return err
		}
		v.Set(p)
	case kindStructSlice:
		if n.kind != nodeArray {
			return d.typeError(n, path, f.kind)
		}
		s := reflect.MakeSlice(v.Type(), len(n.items), len(n.items))
		for i, item := range n.items {
			ipath := fmt.Sprintf("%s[%d]", path, i)
			if item.kind != nodeObject {
				return d.fail(item, ipath, "expected an object, got %s", item.kind)
			}
			if err := d.object(item, s.Index(i), f.elem, ipath); err != nil {
				return err
			}
		}
		v.Set(s)
	case kindStringSlice:
		if n.kind != nodeArray {
			hint := ""
			if n.kind == nodeString {
				hint = fmt.Sprintf("; write a list, e.g. [%q]", n.text)
			}
			return d.fail(n, path, "expected an array of strings, got %s%s", n.kind, hint)
		}
		s := make([]string, len(n.items))
		for i, item := range n.items {
			if item.kind != nodeString {
				return d.typeError(item, fmt.Sprintf("%s[%d]", path, i), kindString)
			}
			s[i] = item.text
		}
		v.Set(reflect.ValueOf(s))
	case kindStringMap, kindBoolMap, kindAnyMap:
		return d.mapField(n, v, f.kind, path)
	default:
		return d.scalar(n, v, f.kind, path)
	}
	return nil
}

func (d *decoder) mapField(n *node, v reflect.Value, k kind, path string) error {
	if n.kind != nodeObject {
		return d.typeError(n, path, k)
	}
	m := reflect.MakeMapWithSize(v.Type(), len(n.keys))
	for i, key := range n.keys {
		kpath := path + "." + key
		val := n.vals[i]
		if m.MapIndex(reflect.ValueOf(key)).IsValid() {
			return d.fail(val, kpath, "duplicate key; keep only one")
		}
		switch k {
		case kindStringMap:
			if val.kind != nodeString {
				return d.typeError(val, kpath, kindString)
			}
			m.SetMapIndex(reflect.ValueOf(key), reflect.ValueOf(val.text))
		case kindBoolMap:
			if val.kind != nodeBool {
				return d.typeError(val, kpath, kindBool)
			}
			m.SetMapIndex(reflect.ValueOf(key), reflect.ValueOf(val.text == "true"))
		default:
			a, err := d.anyValue(val, kpath, 0)
			if err != nil {
				return err
			}
			if a == nil {
				m.SetMapIndex(reflect.ValueOf(key), reflect.Zero(v.Type().Elem()))
			} else {
				m.SetMapIndex(reflect.ValueOf(key), reflect.ValueOf(a))
			}
		}
	}
	v.Set(m)
	return nil
}

// anyValue converts a free-form value the way encoding/json does for interface{}.
func (d *decoder) anyValue(n *node, path string, depth int) (any, error) {
	if depth > 64 {
		return nil, d.fail(n, path, "nesting is too deep")
	}
	switch n.kind {
	case nodeObject:
		m := make(map[string]any, len(n.keys))
		for i, k := range n.keys {
			v, err := d.anyValue(n.vals[i], path+"."+k, depth+1)
			if err != nil {
				return nil, err
			}
			m[k] = v
		}
		return m, nil
	case nodeArray:
		s := make([]any, len(n.items))
		for i, item := range n.items {
			v, err := d.anyValue(item, fmt.Sprintf("%s[%d]", path, i), depth+1)
			if err != nil {
				return nil, err
			}
			s[i] = v
		}
		return s, nil
	case nodeString:
		return n.text, nil
	case nodeBool:
		return n.text == "true", nil
	case nodeNumber:
		f, err := strconv.ParseFloat(n.text, 64)
		if err != nil || math.IsInf(f, 0) {
			return nil, d.fail(n, path, "%s is out of range for a number", n.text)
		}
		return f, nil
	}
	return nil, nil
}

func (d *decoder) scalar(n *node, v reflect.Value, k kind, path string) error {
	p := reflect.New(v.Type().Elem())
	switch k {
	case kindString:
		if n.kind != nodeString {
			return d.typeError(n, path, k)
		}
		p.Elem().SetString(n.text)
	case kindBool:
		if n.kind != nodeBool {
			return d.typeError(n, path, k)
		}
		p.Elem().SetBool(n.text == "true")
	case kindInt:
		if n.kind != nodeNumber {
			return d.typeError(n, path, k)
		}
		i, err := strconv.ParseInt(n.text, 10, 64)
		if err != nil {
			if _, ferr := strconv.ParseFloat(n.text, 64); ferr == nil && !strings.ContainsAny(n.text, "eE.") {
				return d.fail(n, path, "%s does not fit in a 64-bit integer", n.text)
			}
			return d.fail(n, path, "expected an integer, got %s", n.text)
		}
		p.Elem().SetInt(i)
	case kindFloat:
		if n.kind != nodeNumber {
			return d.typeError(n, path, k)
		}
		f, err := strconv.ParseFloat(n.text, 64)
		if err != nil || math.IsInf(f, 0) {
			return d.fail(n, path, "%s is out of range for a number", n.text)
		}
		p.Elem().SetFloat(f)
	}
	v.Set(p)
	return nil
}

// typeError names the expected type; for strings given as numbers or booleans it says to quote them.
func (d *decoder) typeError(n *node, path string, want kind) error {
	got := n.kind.String()
	if IsSecret(path) { // never echo a secret, even a mistyped one
		return d.fail(n, path, "expected %s, got %s", want.typeName(), got)
	}
	if want == kindString && (n.kind == nodeBool || n.kind == nodeNumber) {
		return d.fail(n, path, "expected a string, got %s; quote it: %q", got, n.text)
	}
	if (want == kindInt || want == kindFloat || want == kindBool) && n.kind == nodeString {
		hint := ""
		if _, err := parseScalar(want, n.text); err == nil {
			hint = "; remove the quotes"
		}
		return d.fail(n, path, "expected %s, got a string (%q)%s", want.typeName(), n.text, hint)
	}
	return d.fail(n, path, "expected %s, got %s", want.typeName(), got)
}
