package export

import (
	"encoding/json"
	"fmt"
	"strings"
)

// hclItem is an attribute (name = value, or name = expr for a reference such as
// var.x) or a nested block (name { ... }).
type hclItem struct {
	name  string
	value any    // JSON value of an attribute
	expr  string // literal expression; wins over value
	block []hclItem
	isBlk bool
}

func (it hclItem) isBlock() bool { return it.isBlk }

// render returns the attribute's expression at the given depth.
func (it hclItem) render(depth int) string {
	if it.expr != "" {
		return it.expr
	}
	return hclValue(it.value, depth)
}

// writeBody writes items at the given depth the way `terraform fmt` lays them out:
// the "=" of consecutive single-line attributes aligned, blocks separated by blank lines.
func writeBody(b *strings.Builder, items []hclItem, depth int) {
	pad := strings.Repeat("  ", depth)
	for i := 0; i < len(items); {
		it := items[i]
		if it.isBlock() {
			if i > 0 {
				b.WriteString("\n")
			}
			b.WriteString(pad + it.name + " {\n")
			writeBody(b, it.block, depth+1)
			b.WriteString(pad + "}\n")
			i++
			continue
		}
		// a run of attributes up to the next block
		j := i
		width := 0
		for j < len(items) && !items[j].isBlock() {
			width = max(width, len(items[j].name))
			j++
		}
		if i > 0 {
			b.WriteString("\n")
		}
		for _, at := range items[i:j] {
			b.WriteString(pad + at.name + strings.Repeat(" ", width-len(at.name)) + " = " + at.render(depth) + "\n")
		}
		i = j
	}
}

// hclValue renders a JSON value as an HCL expression; depth indents multi-line maps.
func hclValue(v any, depth int) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return hclString(x)
	case bool:
		if x {
			return "true"
		}
		return "false"
	case json.Number:
		return x.String()
	case []any:
		parts := make([]string, len(x))
		for i, item := range x {
			parts[i] = hclValue(item, depth)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		if len(x) == 0 {
			return "{}"
		}
		keys := sortedKeys(x)
		width := 0
		for _, k := range keys {
			width = max(width, len(hclString(k)))
		}
		pad := strings.Repeat("  ", depth+1)
		var b strings.Builder
		b.WriteString("{\n")
		for _, k := range keys {
			q := hclString(k)
			b.WriteString(pad + q + strings.Repeat(" ", width-len(q)) + " = " + hclValue(x[k], depth+1) + "\n")
		}
		b.WriteString(strings.Repeat("  ", depth) + "}")
		return b.String()
	default:
		return hclString(fmt.Sprint(x))
	}
}

// hclString quotes s as an HCL string literal: backslash escapes for quotes,
// backslashes and control characters, and "${" / "%{" doubled so they stay literal
// instead of starting an interpolation or a directive.
func hclString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04x`, r)
		case (r == '$' || r == '%') && i+1 < len(s) && s[i+1] == '{':
			b.WriteRune(r)
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
