package export

import (
	"encoding/json"
	"fmt"
	"strings"

	"ackpool/model"
)

// JSON Schema identifiers of the two documents `ackpool schema` writes.
const (
	RequestSchemaID = "urn:ackpool:schema:request"
	PresetSchemaID  = "urn:ackpool:schema:preset"
	schemaDialect   = "https://json-schema.org/draft/2020-12/schema"
)

// RequestSchema returns the JSON Schema (draft 2020-12) of a request file: the
// CreateClusterNodePool body with its wire names, generated from the field reference
// (types, enums, ranges, lengths, patterns, descriptions, required fields), with
// additionalProperties false on every object that is not a free-form map.
func RequestSchema() map[string]any {
	s := objectSchema(buildFieldTree(), nil)
	s["$schema"] = schemaDialect
	s["$id"] = RequestSchemaID
	s["title"] = "ackpool node pool request (CreateClusterNodePool body)"
	return s
}

// PresetSchema returns the JSON Schema of a preset file: the metadata keys and the
// request under "request". Paths in optional are not required there, because a preset
// leaves out what only exists per cluster (see presets.Validate).
func PresetSchema(nameMaxLength int, formatVersion int, optional []string) map[string]any {
	req := objectSchema(buildFieldTree(), optional)
	req["description"] = "The request (CreateClusterNodePool body, wire names); account-specific values may be left out."
	return map[string]any{
		"$schema":              schemaDialect,
		"$id":                  PresetSchemaID,
		"title":                "ackpool preset file",
		"type":                 "object",
		"additionalProperties": false,
		"required":             []string{"version", "name", "request"},
		"properties": map[string]any{
			"version": map[string]any{"type": "integer", "minimum": 1, "maximum": formatVersion,
				"description": fmt.Sprintf("Preset file format version; this ackpool writes %d.", formatVersion)},
			"name": map[string]any{"type": "string", "minLength": 1, "maxLength": nameMaxLength,
				"pattern": `^[A-Za-z0-9][A-Za-z0-9._-]*$`, "not": map[string]any{"pattern": `\.\.`},
				"description": "Preset name: letters, digits, '.', '_' and '-', starting with a letter or digit; no \"..\"."},
			"description": map[string]any{"type": "string", "description": "A line saying what the preset is for."},
			"created":     map[string]any{"type": "string", "description": "When the preset was first saved (RFC 3339)."},
			"updated":     map[string]any{"type": "string", "description": "When the preset was last saved (RFC 3339)."},
			"request":     req,
		},
	}
}

// MarshalSchema writes a schema as indented JSON with a final newline.
func MarshalSchema(s map[string]any) ([]byte, error) {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// fieldNode is one key of the request with its reference entry and children.
type fieldNode struct {
	info     model.FieldInfo
	item     *fieldNode // the item of an array of objects
	children map[string]*fieldNode
	order    []string
}

func newFieldNode() *fieldNode { return &fieldNode{children: map[string]*fieldNode{}} }

func (n *fieldNode) child(name string) *fieldNode {
	c, ok := n.children[name]
	if !ok {
		c = newFieldNode()
		n.children[name] = c
		n.order = append(n.order, name)
	}
	return c
}

// buildFieldTree arranges the reference's body fields by path.
func buildFieldTree() *fieldNode {
	root := newFieldNode()
	for fi := range model.EachField {
		if fi.Location != "body" {
			continue
		}
		n := root
		parts := strings.Split(fi.Path, ".")
		for i, part := range parts {
			name := strings.TrimSuffix(part, "[]")
			n = n.child(name)
			if strings.HasSuffix(part, "[]") && i < len(parts)-1 {
				if n.item == nil {
					n.item = newFieldNode()
				}
				n = n.item
			}
		}
		n.info = fi
	}
	return root
}

// objectSchema is the schema of an object whose keys are n's children.
func objectSchema(n *fieldNode, optional []string) map[string]any {
	props := map[string]any{}
	var required []string
	for _, name := range n.order {
		c := n.children[name]
		props[name] = fieldSchema(c, optional)
		if c.info.Type == "object" && c.info.MapValueType == "" && hasRequired(c, optional) ||
			c.info.Required && !contains(optional, c.info.Path) {
			required = append(required, name)
		}
	}
	s := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		s["required"] = required
	}
	return s
}

// hasRequired reports whether an object has a required key: then the object itself is
// required (the model reports a missing scaling_group at its required keys, R011).
func hasRequired(n *fieldNode, optional []string) bool {
	for _, c := range n.children {
		if c.info.Required && !contains(optional, c.info.Path) {
			return true
		}
	}
	return false
}

// fieldSchema is the schema of one field.
func fieldSchema(n *fieldNode, optional []string) map[string]any {
	fi := n.info
	var s map[string]any
	switch {
	case fi.Type == "object" && fi.MapValueType != "":
		s = map[string]any{"type": "object", "additionalProperties": map[string]any{"type": jsonType(fi.MapValueType)}}
	case fi.Type == "object":
		s = objectSchema(n, optional)
	case fi.Type == "array<object>":
		item := newFieldNode()
		if n.item != nil {
			item = n.item
		}
		s = map[string]any{"type": "array", "items": objectSchema(item, optional)}
	case fi.Type == "array<string>":
		items := map[string]any{"type": "string"}
		if len(fi.ItemEnum) > 0 {
			items["enum"] = fi.ItemEnum
		}
		s = map[string]any{"type": "array", "items": items}
	default:
		s = map[string]any{"type": jsonType(fi.Type)}
		if len(fi.Enum) > 0 {
			s["enum"] = enumValues(fi.Type, fi.Enum)
		}
	}
	addBounds(s, fi)
	if d := describe(fi); d != "" {
		s["description"] = d
	}
	if fi.Deprecated {
		s["deprecated"] = true
	}
	return s
}

// addBounds copies ranges, lengths and the pattern.
func addBounds(s map[string]any, fi model.FieldInfo) {
	if fi.Min != nil {
		s["minimum"] = *fi.Min
	}
	if fi.Max != nil {
		s["maximum"] = *fi.Max
	}
	if fi.MinItems != nil {
		s["minItems"] = *fi.MinItems
	}
	if fi.MaxItems != nil {
		s["maxItems"] = *fi.MaxItems
	}
	if fi.MinLength != nil {
		s["minLength"] = *fi.MinLength
	}
	if fi.MaxLength != nil {
		s["maxLength"] = *fi.MaxLength
	}
	if fi.Pattern != "" {
		s["pattern"] = fi.Pattern
	}
}

// describe is the field's help: summary, default, replacement and notes.
func describe(fi model.FieldInfo) string {
	parts := []string{fi.Summary}
	if fi.Default != nil {
		parts = append(parts, fmt.Sprintf("Default: %v.", fi.Default))
	}
	if fi.Deprecated && fi.Replacement != "" {
		parts = append(parts, "Deprecated: use "+fi.Replacement+".")
	}
	if fi.Format != "" {
		parts = append(parts, "Format: "+fi.Format+".")
	}
	if fi.Notes != "" {
		parts = append(parts, fi.Notes)
	}
	return strings.TrimSpace(strings.Join(parts, " "))
}

func jsonType(t string) string {
	switch t {
	case "integer", "number", "boolean", "string", "object":
		return t
	}
	return "string"
}

// enumValues types enum entries as the field's type (the reference writes them as text).
func enumValues(typ string, vals []string) []any {
	out := make([]any, len(vals))
	for i, v := range vals {
		out[i] = v
		if typ == "integer" || typ == "number" {
			var n json.Number = json.Number(v)
			if f, err := n.Float64(); err == nil {
				out[i] = f
			}
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
