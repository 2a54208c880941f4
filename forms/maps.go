package forms

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"

	"github.com/charmbracelet/huh"

	"ackpool/model"
)

// mapText is a text area bound to a map field of the kubelet configuration, one
// "key=value" line per entry (map[string]string) or "Name=true" (map[string]bool).
func mapText(b *binder, path, title, desc string, c lineCodec[[2]string]) *huh.Text {
	s := mustSlot(path)
	val := new(string)
	if v := s.get(b.np); v.IsValid() && !v.IsNil() {
		*val = formatLines(c, mapPairs(v))
	}
	toMap := func(pairs [][2]string) reflect.Value {
		m := reflect.MakeMapWithSize(s.leaf, len(pairs))
		for _, kv := range pairs {
			var ev reflect.Value
			if s.leaf.Elem().Kind() == reflect.Bool {
				on, _ := strconv.ParseBool(kv[1])
				ev = reflect.ValueOf(on)
			} else {
				ev = reflect.ValueOf(kv[1])
			}
			m.SetMapIndex(reflect.ValueOf(kv[0]), ev)
		}
		if len(pairs) == 0 {
			return reflect.Zero(s.leaf)
		}
		return m
	}
	var pending error
	b.onSync(func(np *model.NodePool) {
		pairs, _, err := parseLines(c, *val)
		pending = err
		if err == nil {
			s.set(np, toMap(pairs))
		}
	})
	b.checks = append(b.checks, func() *model.Problem {
		if pending == nil {
			return nil
		}
		return &model.Problem{Path: path, Message: pending.Error(), Severity: model.SeverityError}
	})
	validate := func(text string) error {
		pairs, lineNos, err := parseLines(c, text)
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
		probe := b.np.Clone()
		s.set(probe, toMap(pairs))
		for _, p := range model.Validate(probe) {
			if p.Severity == model.SeverityError && under(p.Path, path) {
				return fmt.Errorf("%s", p.Message)
			}
		}
		return nil
	}
	return b.newText().
		Key(path).
		Title(title).
		Description(desc).
		Lines(3).
		Placeholder(c.syntax + "   (one per line; alt+enter or ctrl+j: new line)").
		EditorExtension("txt").
		Value(val).
		Validate(validate)
}

// mapPairs lists a map's entries sorted by key, values as text.
func mapPairs(m reflect.Value) [][2]string {
	keys := make([]string, 0, m.Len())
	for _, k := range m.MapKeys() {
		keys = append(keys, k.String())
	}
	sort.Strings(keys)
	out := make([][2]string, len(keys))
	for i, k := range keys {
		out[i] = [2]string{k, fmt.Sprint(m.MapIndex(reflect.ValueOf(k)).Interface())}
	}
	return out
}

// sortedKeys returns a string map's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
