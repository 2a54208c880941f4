package forms

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/huh"

	"ackpool/model"
)

// LineCodec reads and writes one item of an editable list as a line of text.
type LineCodec[T any] struct {
	Syntax string // shown in errors, e.g. "key=value:Effect"
	Parse  func(line string) (T, error)
	Format func(item T) string
}

// lineError is a list line that could not be read; Line counts from 1.
type lineError struct {
	Line int
	Text string
	Err  error
}

func (e *lineError) Error() string {
	return fmt.Sprintf("line %d (%q): %v", e.Line, e.Text, e.Err)
}

// ParseLines reads one item per non-blank line; the error names the first bad line.
// lines[i] is the line number of items[i], so model problems can name lines too.
func ParseLines[T any](c LineCodec[T], text string) (items []T, lines []int, err error) {
	for i, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		item, perr := c.Parse(line)
		if perr != nil {
			return nil, nil, &lineError{Line: i + 1, Text: line, Err: perr}
		}
		items = append(items, item)
		lines = append(lines, i+1)
	}
	return items, lines, nil
}

// parsedLines keeps the lines of a text and what each was read as, so that reading
// the text again after a key reads only the lines that changed.
type parsedLines[T any] struct {
	raw   []string
	items []T
	kinds []lineKind
}

// lineKind is what a line of a list holds.
type lineKind uint8

const (
	lineItem  lineKind = iota
	lineBlank          // blank or a comment
)

// parse is ParseLines over text, reading again only the lines that differ from the
// last call's when the text has as many lines; on an error, ParseLines' error.
func (p *parsedLines[T]) parse(c LineCodec[T], text string) ([]T, error) {
	raw := strings.Split(text, "\n")
	same := len(raw) == len(p.raw)
	items := make([]T, len(raw))
	kinds := make([]lineKind, len(raw))
	n := 0
	for i, r := range raw {
		if same && r == p.raw[i] {
			items[i], kinds[i] = p.items[i], p.kinds[i]
		} else if line := strings.TrimSpace(r); line == "" || strings.HasPrefix(line, "#") {
			kinds[i] = lineBlank
		} else {
			item, err := c.Parse(line)
			if err != nil {
				p.raw = nil
				_, _, err = ParseLines(c, text)
				return nil, err
			}
			items[i] = item
		}
		if kinds[i] == lineItem {
			n++
		}
	}
	p.raw, p.items, p.kinds = raw, items, kinds
	out := make([]T, 0, n)
	for i, k := range kinds {
		if k == lineItem {
			out = append(out, items[i])
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// FormatLines writes one line per item.
func FormatLines[T any](c LineCodec[T], items []T) string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = c.Format(it)
	}
	return strings.Join(out, "\n")
}

// lines binds a list field (a slice of T at path) to a text area with one item per
// line. Sync writes the parsed list; while a line is malformed the model keeps its
// last good list and the step reports the line as pending. The validator also runs
// the model's checks on the parsed list and names the line of the first problem.
func lines[T any](b *Binder, path string, c LineCodec[T]) (*string, func(string) error) {
	s := model.MustPath(path)
	val := new(string)
	if v, ok := s.Get(b.Request); ok {
		*val = FormatLines(c, v.([]T))
	}
	var pending error
	var last parsedLines[T] // the lines synced last: a key changes one line
	b.OnSync(func(np *model.NodePool) {
		items, err := last.parse(c, *val)
		pending = err
		if err == nil {
			SetValue(np, s, items)
		}
	})
	b.Checks = append(b.Checks, func() *model.Problem {
		if pending == nil {
			return nil
		}
		return &model.Problem{Path: path, Message: pending.Error(), Severity: model.SeverityError}
	})
	validate := func(text string) error {
		items, lineNos, err := ParseLines(c, text)
		if err != nil {
			return err
		}
		probe := b.Request.Clone()
		SetValue(probe, s, items)
		for _, p := range model.Validate(probe) {
			if p.Severity != model.SeverityError || !under(p.Path, path) {
				continue
			}
			if i, ok := itemIndex(p.Path, path); ok && i < len(lineNos) {
				return fmt.Errorf("line %d: %s", lineNos[i], p.Message)
			}
			return fmt.Errorf("%s", p.Message)
		}
		return nil
	}
	return val, validate
}

// ListText is a text area for a list bound with lines.
func ListText[T any](b *Binder, path string, c LineCodec[T]) huh.Field {
	title, desc := TitleDesc(path)
	val, validate := lines(b, path, c)
	if b.Env.Headless {
		return b.stand(path)
	}
	t := b.NewText().
		Key(path).
		Title(title).
		Description(desc).
		Lines(4).
		Placeholder(c.Syntax + "   (one per line; alt+enter or ctrl+j: new line)").
		EditorExtension("txt")
	return b.listArea(t, val, validate)
}

// stand is a field that stands for path on a headless step's page, which is never
// shown: a text area costs far more to make.
func (b *Binder) stand(path string) huh.Field { return b.NewInput().Key(path) }

// listArea binds a text area of list lines to val: through a window of the lines it
// shows, so a key costs the same however long the list (see windowText); plainly in
// accessible mode, which prompts for the whole text.
func (b *Binder) listArea(t *huh.Text, val *string, validate func(string) error) huh.Field {
	if b.Env.Accessible {
		return t.Value(val).Validate(validate)
	}
	return newWindowText(t, val, validate)
}

// under reports whether problem path p is path itself or inside it.
func under(p, path string) bool {
	if !strings.HasPrefix(p, path) {
		return false
	}
	rest := p[len(path):]
	return rest == "" || rest[0] == '.' || rest[0] == '['
}

// itemIndex finds N in path[N]... .
func itemIndex(p, path string) (int, bool) {
	rest := strings.TrimPrefix(p, path)
	if !strings.HasPrefix(rest, "[") {
		return 0, false
	}
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return 0, false
	}
	n, err := strconv.Atoi(rest[1:end])
	return n, err == nil
}

// StrPtr returns a pointer to s, or nil when s is empty.
func StrPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Deref returns *p, or "" for nil.
func Deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
