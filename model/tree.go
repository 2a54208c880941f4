package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"

	yaml "go.yaml.in/yaml/v3"
)

// nodeKind is the JSON type of a parsed document value.
type nodeKind int

const (
	nodeNull nodeKind = iota
	nodeObject
	nodeArray
	nodeString
	nodeNumber
	nodeBool
)

func (k nodeKind) String() string {
	return [...]string{"null", "an object", "an array", "a string", "a number", "a boolean"}[k]
}

// node is one value of a request document with the position it came from, so that
// strict decoding can name the line of an unknown key or a mistyped value.
type node struct {
	kind  nodeKind
	line  int
	col   int
	keys  []string // object keys in document order
	kpos  [][2]int // line and column of each key
	vals  []*node  // object values, parallel to keys
	items []*node  // array items
	text  string   // string value, or number literal, or "true"/"false"
}

// readJSONTree reads one JSON value with positions; trailing data is an error.
func readJSONTree(data []byte, source string) (*node, error) {
	lines := newLineIndex(data)
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	values := 0
	n, err := readJSONValue(dec, data, lines, source, 0, &values)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		line, col := lines.pos(int(dec.InputOffset()))
		return nil, &ParseError{Source: source, Line: line, Column: col, Message: "unexpected data after the request object"}
	}
	return n, nil
}

// maxDepth bounds the nesting of a document; a request body is a few levels deep.
const maxDepth = 100

// readJSONValue reads one value; values counts the values read so far, against MaxDocumentValues.
func readJSONValue(dec *json.Decoder, data []byte, lines lineIndex, source string, depth int, values *int) (*node, error) {
	start := skipJSONSpace(data, int(dec.InputOffset()))
	if depth > maxDepth {
		line, col := lines.pos(start)
		return nil, &ParseError{Source: source, Line: line, Column: col, Message: "nesting is too deep"}
	}
	if *values++; *values > MaxDocumentValues {
		line, col := lines.pos(start)
		return nil, &ParseError{Source: source, Line: line, Column: col, Message: fmt.Sprintf("the document holds more than %d values (a request body needs far fewer)", MaxDocumentValues)}
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, jsonSyntaxError(err, dec, lines, source)
	}
	line, col := lines.pos(start)
	n := &node{line: line, col: col}
	switch t := tok.(type) {
	case json.Delim:
		if t == '[' {
			n.kind = nodeArray
			for dec.More() {
				item, err := readJSONValue(dec, data, lines, source, depth+1, values)
				if err != nil {
					return nil, err
				}
				n.items = append(n.items, item)
			}
		} else {
			n.kind = nodeObject
			for dec.More() {
				kstart := skipJSONSpace(data, int(dec.InputOffset()))
				ktok, err := dec.Token()
				if err != nil {
					return nil, jsonSyntaxError(err, dec, lines, source)
				}
				kl, kc := lines.pos(kstart)
				val, err := readJSONValue(dec, data, lines, source, depth+1, values)
				if err != nil {
					return nil, err
				}
				n.keys = append(n.keys, ktok.(string))
				n.kpos = append(n.kpos, [2]int{kl, kc})
				n.vals = append(n.vals, val)
			}
		}
		if _, err := dec.Token(); err != nil { // closing delimiter
			return nil, jsonSyntaxError(err, dec, lines, source)
		}
	case string:
		n.kind, n.text = nodeString, t
	case json.Number:
		n.kind, n.text = nodeNumber, t.String()
	case bool:
		n.kind, n.text = nodeBool, strconv.FormatBool(t)
	case nil:
		n.kind = nodeNull
	}
	return n, nil
}

// skipJSONSpace advances past white space and the separators ',' and ':' so that an
// offset reported after one token points at the start of the next.
func skipJSONSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\r', '\n', ',', ':':
			i++
		default:
			return i
		}
	}
	return i
}

func jsonSyntaxError(err error, dec *json.Decoder, lines lineIndex, source string) error {
	off := int(dec.InputOffset())
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = int(se.Offset)
	}
	msg := err.Error()
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		msg = "unexpected end of file (an object or array is not closed)"
	} else {
		msg = "invalid JSON: " + trimPrefix(msg, "json: ")
	}
	line, col := lines.pos(off)
	return &ParseError{Source: source, Line: line, Column: col, Message: msg}
}

// lineIndex maps byte offsets to 1-based line and column numbers.
type lineIndex []int

func newLineIndex(data []byte) lineIndex {
	idx := lineIndex{0}
	for i, b := range data {
		if b == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

func (l lineIndex) pos(off int) (line, col int) {
	lo, hi := 0, len(l)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if l[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo + 1, off - l[lo] + 1
}

// yamlLine finds "line N" in a YAML library error.
var yamlLine = regexp.MustCompile(`^line (\d+)`)

// readYAMLTree reads a YAML document with positions.
func readYAMLTree(data []byte, source string) (*node, error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil && err != io.EOF {
		msg := trimPrefix(err.Error(), "yaml: ")
		pe := &ParseError{Source: source}
		if m := yamlLine.FindStringSubmatchIndex(msg); m != nil {
			pe.Line, _ = strconv.Atoi(msg[m[2]:m[3]])
			msg = trimPrefix(msg[:m[0]]+msg[m[1]:], ": ")
		}
		pe.Message = "invalid YAML: " + msg
		return nil, pe
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, &ParseError{Source: source, Message: "the file is empty; expected a request object"}
	}
	var next yaml.Node
	if err := dec.Decode(&next); err != io.EOF {
		line := next.Line
		if err != nil {
			line = 0
		}
		return nil, &ParseError{Source: source, Line: line, Message: "more than one YAML document (---); a request file holds exactly one"}
	}
	return convertYAML(doc.Content[0], source)
}

// yamlConverter turns a yaml.Node tree into a document tree. It follows aliases, but
// within a budget: a few kilobytes of YAML with nested aliases ("billion laughs") would
// otherwise expand to gigabytes.
type yamlConverter struct {
	source  string
	aliases int // aliases followed so far
	values  int // values produced so far, aliases expanded
	bytes   int // bytes of keys and scalars produced so far, aliases expanded
}

func convertYAML(y *yaml.Node, source string) (*node, error) {
	c := &yamlConverter{source: source}
	return c.convert(y, 0)
}

// spend charges one value of n bytes to the budget; at carries the position an error names.
func (c *yamlConverter) spend(at *yaml.Node, n int) error {
	c.values++
	c.bytes += n
	switch {
	case c.values > MaxDocumentValues:
		return c.overBudget(at, fmt.Sprintf("more than %d values", MaxDocumentValues))
	case c.bytes > MaxDocumentSize:
		return c.overBudget(at, fmt.Sprintf("more than %d bytes of keys and values", MaxDocumentSize))
	}
	return nil
}

func (c *yamlConverter) overBudget(at *yaml.Node, what string) error {
	msg := "the document expands to " + what + " (a request body needs far fewer)"
	if c.aliases > 0 {
		msg += "; its YAML aliases (*name) repeat the same values over and over: write the values out instead"
	}
	return &ParseError{Source: c.source, Line: at.Line, Column: at.Column, Message: msg}
}

func (c *yamlConverter) convert(y *yaml.Node, depth int) (*node, error) {
	if depth > maxDepth {
		return nil, &ParseError{Source: c.source, Line: y.Line, Column: y.Column, Message: "nesting is too deep"}
	}
	if y.Kind == yaml.AliasNode {
		c.aliases++
		if c.aliases > MaxYAMLAliases {
			return nil, &ParseError{Source: c.source, Line: y.Line, Column: y.Column,
				Message: fmt.Sprintf("more than %d YAML aliases (*name); a request body needs few or none: write the values out instead", MaxYAMLAliases)}
		}
		return c.convert(y.Alias, depth+1)
	}
	if err := c.spend(y, len(y.Value)); err != nil {
		return nil, err
	}
	n := &node{line: y.Line, col: y.Column}
	switch y.Kind {
	case yaml.MappingNode:
		n.kind = nodeObject
		for i := 0; i+1 < len(y.Content); i += 2 {
			k, v := y.Content[i], y.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				return nil, &ParseError{Source: c.source, Line: k.Line, Column: k.Column, Message: "object keys must be plain strings"}
			}
			if err := c.spend(k, len(k.Value)); err != nil {
				return nil, err
			}
			val, err := c.convert(v, depth+1)
			if err != nil {
				return nil, err
			}
			n.keys = append(n.keys, k.Value)
			n.kpos = append(n.kpos, [2]int{k.Line, k.Column})
			n.vals = append(n.vals, val)
		}
	case yaml.SequenceNode:
		n.kind = nodeArray
		for _, item := range y.Content {
			conv, err := c.convert(item, depth+1)
			if err != nil {
				return nil, err
			}
			n.items = append(n.items, conv)
		}
	case yaml.ScalarNode:
		if err := yamlScalar(y, n); err != nil {
			return nil, &ParseError{Source: c.source, Line: y.Line, Column: y.Column, Message: err.Error()}
		}
	default:
		return nil, &ParseError{Source: c.source, Line: y.Line, Column: y.Column, Message: "unsupported YAML construct"}
	}
	return n, nil
}

// yamlScalar types a YAML scalar by its resolved tag, writing numbers in JSON form.
func yamlScalar(y *yaml.Node, n *node) error {
	switch y.ShortTag() {
	case "!!null":
		n.kind = nodeNull
	case "!!bool":
		var b bool
		if err := y.Decode(&b); err != nil {
			return err
		}
		n.kind, n.text = nodeBool, strconv.FormatBool(b)
	case "!!int":
		var i int64
		if err := y.Decode(&i); err != nil {
			return fmt.Errorf("%q is not a 64-bit integer", y.Value)
		}
		n.kind, n.text = nodeNumber, strconv.FormatInt(i, 10)
	case "!!float":
		var f float64
		if err := y.Decode(&f); err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			return fmt.Errorf("%q is not a finite number", y.Value)
		}
		n.kind, n.text = nodeNumber, strconv.FormatFloat(f, 'g', -1, 64)
	default:
		n.kind, n.text = nodeString, y.Value
	}
	return nil
}

func trimPrefix(s, prefix string) string {
	if len(s) >= len(prefix) && s[:len(prefix)] == prefix {
		return s[len(prefix):]
	}
	return s
}
