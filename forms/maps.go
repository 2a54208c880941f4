package forms

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/charmbracelet/huh"

	"ackpool/model"
)

// MapText is a text area bound to a map field of the kubelet configuration, one
// "key=value" line per entry (map[string]string) or "Name=true" (map[string]bool).
func MapText(b *Binder, path string, c LineCodec[[2]string]) huh.Field {
	title, desc := TitleDesc(path)
	s := model.MustPath(path)
	fi, _ := model.Field(path)
	text := ""
	if v, ok := s.Get(b.Request); ok {
		text = FormatLines(c, mapPairs(v))
	}
	val := newListLines(text)
	toMap := func(pairs [][2]string) any {
		if len(pairs) == 0 {
			return nil
		}
		if fi.MapValueType == "boolean" {
			m := make(map[string]bool, len(pairs))
			for _, kv := range pairs {
				m[kv[0]], _ = strconv.ParseBool(kv[1])
			}
			return m
		}
		m := make(map[string]string, len(pairs))
		for _, kv := range pairs {
			m[kv[0]] = kv[1]
		}
		return m
	}
	var pending error
	var parsed parsedLines[[2]string]
	b.OnSync(func(np *model.NodePool) {
		val.pull()
		pending = parsed.parse(c, val)
		if pending == nil {
			SetValue(np, s, toMap(parsed.items())) // a map of its own for each request
		}
	})
	b.Checks = append(b.Checks, func() *model.Problem {
		if pending == nil {
			return nil
		}
		return &model.Problem{Path: path, Message: pending.Error(), Severity: model.SeverityError}
	})
	validate := func(text string) error {
		pairs, lineNos, err := ParseLines(c, text)
		if err != nil {
			return err
		}
		seen := map[string]int{}
		for i, kv := range pairs {
			if first, dup := seen[kv[0]]; dup {
				return fmt.Errorf("line %d: %q is already set on line %d", lineNos[i], kv[0], first)
			}
			seen[kv[0]] = lineNos[i]
		}
		probe := b.Request.Clone()
		SetValue(probe, s, toMap(pairs))
		for _, p := range model.Validate(probe) {
			if p.Severity == model.SeverityError && model.Covers(path, p.Path) {
				return fmt.Errorf("%s", p.Message)
			}
		}
		return nil
	}
	if b.Env.Headless {
		return b.stand(path)
	}
	t := b.NewText().
		Key(path).
		Title(title).
		Description(desc).
		Lines(3).
		Placeholder(c.Syntax + "   (one per line; alt+enter or ctrl+j: new line)").
		EditorExtension("txt")
	return b.listArea(t, title+", one per line as "+c.Syntax, val, validate)
}

// mapPairs lists the entries of a string or boolean map sorted by key, values as text.
func mapPairs(m any) [][2]string {
	var out [][2]string
	switch m := m.(type) {
	case map[string]string:
		for _, k := range SortedKeys(m) {
			out = append(out, [2]string{k, m[k]})
		}
	case map[string]bool:
		for _, k := range SortedKeys(m) {
			out = append(out, [2]string{k, strconv.FormatBool(m[k])})
		}
	}
	return out
}

// SortedKeys returns a string map's keys in order.
func SortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
