package ui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// highlightLine colours one line of indented JSON: keys, strings, numbers and
// punctuation; a changed line is drawn in the highlight style instead.
func highlightLine(text string, changed bool, st Styles) string {
	if changed {
		if st.plain && strings.HasPrefix(text, " ") {
			text = "›" + text[1:] // without colour, a mark in the indentation
		}
		return st.Changed.Render(text)
	}
	indent := len(text) - len(strings.TrimLeft(text, " "))
	t := text[indent:]
	var b strings.Builder
	b.WriteString(text[:indent])
	if strings.HasPrefix(t, `"`) {
		if i := strings.Index(t, `": `); i >= 0 {
			b.WriteString(st.JSONKey.Render(t[:i+1]))
			b.WriteString(st.JSONPunct.Render(":"))
			b.WriteString(" ")
			t = t[i+3:]
		} else if strings.HasSuffix(t, `":`) {
			return b.String() + st.JSONKey.Render(t)
		}
	}
	b.WriteString(valueStyle(t, st))
	return b.String()
}

// valueStyle colours a JSON value (with its trailing comma, if any).
func valueStyle(v string, st Styles) string {
	comma := ""
	if strings.HasSuffix(v, ",") {
		v, comma = v[:len(v)-1], ","
	}
	var s lipgloss.Style
	switch {
	case strings.HasPrefix(v, `"`):
		s = st.JSONString
	case v == "{" || v == "[" || v == "}" || v == "]" || v == "{}" || v == "[]":
		s = st.JSONPunct
	default:
		s = st.JSONNumber
	}
	return s.Render(v) + st.JSONPunct.Render(comma)
}
