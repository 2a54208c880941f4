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
func lines[T any](b *Binder, path string, c LineCodec[T]) (*listLines, func(string) error) {
	s := model.MustPath(path)
	text := ""
	if v, ok := s.Get(b.Request); ok {
		text = FormatLines(c, v.([]T))
	}
	val := newListLines(text)
	var pending error
	var parsed parsedLines[T] // what each line was read as: a key changes a line or two
	var given []T             // the list last written into a request, as read at change givenSeq
	var givenSeq uint64
	b.OnSync(func(np *model.NodePool) {
		val.pull()
		pending = parsed.parse(c, val)
		if pending == nil && (parsed.seq != givenSeq || !holdsList(np, s, given)) {
			given, givenSeq = parsed.items(), parsed.seq // a list of its own for each request
			SetValue(np, s, given)
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
			if p.Severity != model.SeverityError || !model.Covers(path, p.Path) {
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

// holdsList reports whether np holds list itself at s (not a copy): then the lines as
// read last are in the request already.
func holdsList[T any](np *model.NodePool, s model.Path, list []T) bool {
	v, ok := s.Get(np)
	if !ok {
		return len(list) == 0
	}
	got, _ := v.([]T)
	return len(got) == len(list) && (len(got) == 0 || &got[0] == &list[0])
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
	return b.listArea(t, title+", one per line as "+c.Syntax, val, validate)
}

// stand is a field that stands for path on a headless step's page, which is never
// shown: a text area costs far more to make.
func (b *Binder) stand(path string) huh.Field { return b.NewInput().Key(path) }

// listArea binds a text area of list lines to val: through a window of the lines it
// shows, so a key costs the same however long the list (see windowText); in
// accessible mode as a prompt that asks for a line at a time (see listPrompt), with
// question.
func (b *Binder) listArea(t *huh.Text, question string, val *listLines, validate func(string) error) huh.Field {
	if b.Env.Accessible {
		return newListPrompt(t, question, val, validate)
	}
	return newWindowText(t, val, validate)
}

// wholeTextArea binds t to the whole text of val, which then follows what t writes.
func wholeTextArea(t *huh.Text, val *listLines, validate func(string) error) huh.Field {
	bindWhole(t, val, validate)
	return t
}

// bindWhole binds t to a text holding the whole text of val, which then follows
// what t writes there, and returns that text.
func bindWhole(t *huh.Text, val *listLines, validate func(string) error) *string {
	text := val.String()
	val.follow(&text)
	t.Value(&text).Validate(validate)
	return &text
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
