package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"ackpool/model"
)

// encodeBody renders the request body as the user will send it, with every secret
// masked: indented JSON, no HTML escaping.
func encodeBody(np *model.NodePool) []byte {
	body, err := model.EncodeJSON(model.Redact(np), true)
	if err != nil {
		return []byte("{}")
	}
	return body
}

// jsonLine is one line of the indented body with the wire path it shows.
type jsonLine struct {
	text string // the raw line
	path string // dotted wire path, "" for closing brackets
	leaf bool   // a scalar value (not an opening or closing bracket)
}

// preview is the rendered request body: the text, the styled lines and which lines
// the last edit changed. It is rebuilt in Update when the body changes.
type preview struct {
	body    []byte
	lines   []jsonLine
	styled  []string // lines with syntax colours; changed lines highlighted
	changed []bool
	first   int    // index of the first changed line, -1 if none
	pane    string // the side panel, sized for the terminal
}

// update replaces the body and marks the leaf lines whose path or value is new.
func (p *preview) update(body []byte, st Styles) {
	old := make(map[string]bool, len(p.lines))
	styledBefore := make(map[string]string, len(p.lines))
	for i, l := range p.lines {
		if l.leaf {
			old[l.path+"\x00"+strings.TrimSpace(l.text)] = true
		}
		if !p.changed[i] {
			styledBefore[l.text] = p.styled[i]
		}
	}
	hadBody := p.body != nil
	p.body = body
	p.lines = splitJSON(body)
	p.styled = make([]string, len(p.lines))
	p.changed = make([]bool, len(p.lines))
	p.first = -1
	for i, l := range p.lines {
		p.changed[i] = hadBody && l.leaf && !old[l.path+"\x00"+strings.TrimSpace(l.text)]
		if p.changed[i] && p.first < 0 {
			p.first = i
		}
		if s, ok := styledBefore[l.text]; ok && !p.changed[i] {
			p.styled[i] = s // unchanged lines keep their colours
			continue
		}
		p.styled[i] = highlightLine(l.text, p.changed[i], st)
	}
}

// splitJSON walks indented JSON line by line and names each line's wire path
// ("scaling_group.data_disks[0].size").
func splitJSON(body []byte) []jsonLine {
	type frame struct {
		name  string
		array bool
		next  int
	}
	var stack []frame
	raw := strings.Split(string(body), "\n")
	out := make([]jsonLine, 0, len(raw))
	for _, text := range raw {
		t := strings.TrimSpace(text)
		if strings.HasPrefix(t, "}") || strings.HasPrefix(t, "]") {
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			out = append(out, jsonLine{text: text})
			continue
		}
		name := ""
		if strings.HasPrefix(t, `"`) && !(len(stack) > 0 && stack[len(stack)-1].array) {
			if end := strings.Index(t[1:], `"`); end >= 0 {
				name = t[1 : end+1]
			}
		} else if len(stack) > 0 && stack[len(stack)-1].array {
			top := &stack[len(stack)-1]
			name = "[" + strconv.Itoa(top.next) + "]"
			top.next++
		}
		path := joinPath(stack, name, func(f frame) string { return f.name })
		opens := strings.HasSuffix(t, "{") || strings.HasSuffix(t, "[")
		out = append(out, jsonLine{text: text, path: path, leaf: !opens})
		if opens {
			stack = append(stack, frame{name: name, array: strings.HasSuffix(t, "[")})
		}
	}
	return out
}

// joinPath builds a dotted path from the enclosing frames and the line's own name.
func joinPath[F any](stack []F, name string, nameOf func(F) string) string {
	var b strings.Builder
	add := func(part string) {
		if part == "" {
			return
		}
		if b.Len() > 0 && !strings.HasPrefix(part, "[") {
			b.WriteByte('.')
		}
		b.WriteString(part)
	}
	for _, f := range stack {
		add(nameOf(f))
	}
	add(name)
	return b.String()
}

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

// window returns height lines of the styled body, scrolled so the first changed
// line is visible, each cut to width.
func (p *preview) window(width, height int) []string {
	if height <= 0 {
		return nil
	}
	start := 0
	if p.first >= height {
		start = min(p.first-height/3, len(p.styled)-height)
	}
	end := min(len(p.styled), start+height)
	out := make([]string, 0, height)
	for _, l := range p.styled[start:end] {
		out = append(out, truncate(l, width))
	}
	return out
}

// renderPreview rebuilds the side panel for the current size; called from Update.
func (m *Model) renderPreview() {
	l := m.layout()
	if l.previewWidth == 0 {
		m.preview.pane = ""
		return
	}
	inner := l.previewWidth - 4 // border and padding
	lines := append([]string{m.styles.previewTitle}, m.preview.window(inner, l.bodyHeight-3)...)
	m.preview.pane = m.styles.box(lines, l.previewWidth, l.bodyHeight)
}
