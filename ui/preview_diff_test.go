package ui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/muesli/termenv"
)

// TestPreviewPatchMatchesRebuild applies random edits to random bodies (values
// changed, keys renamed, members and items added and removed, scalars turned into
// nested objects and back) and checks after every edit that the preview updated in
// place, when it can be, is exactly the one a full walk gives for the same previous
// state and new body, and that both are what the preview showed before it was made
// incremental (referenceUpdate).
func TestPreviewPatchMatchesRebuild(t *testing.T) {
	for _, profile := range []termenv.Profile{termenv.ANSI256, termenv.Ascii} {
		st := NewStyles(rendererWith(profile))
		rng := rand.New(rand.NewPCG(12, uint64(profile)))
		patched, several, rebuilt := 0, 0, 0
		for chain := 0; chain < 60; chain++ {
			doc := randomNode(rng, 3)
			var inc preview
			ref := referencePreview{}
			body := doc.encode()
			inc.update(body, st)
			ref.update(body, st)
			for edit := 0; edit < 30; edit++ {
				for range 1 + rng.IntN(3) { // several values at once, brackets between them
					randomEdit(rng, doc)
				}
				prev := clonePreview(inc)
				body = doc.encode()
				if inc.patch(body, st) {
					patched++
					if len(inc.edited) > 2 { // more than one line rewritten
						several++
					}
				} else {
					inc.rebuild(body, st)
					rebuilt++
				}
				full := clonePreview(prev)
				full.rebuild(body, st)
				ref.update(body, st)
				where := fmt.Sprintf("profile %v, chain %d, edit %d:\n%s\nafter\n%s", profile, chain, edit, prev.body, body)
				comparePreviews(t, where, inc, full)
				compareReference(t, where, inc, ref)
				if t.Failed() {
					return
				}
			}
		}
		t.Logf("profile %v: %d edits patched in place (%d of several lines), %d rebuilt", profile, patched, several, rebuilt)
		if patched < 300 || several < 100 || rebuilt < 300 {
			t.Fatalf("profile %v: %d edits patched in place (%d of several lines), %d rebuilt; the test must exercise all", profile, patched, several, rebuilt)
		}
	}
}

// comparePreviews fails unless two previews hold the same state.
func comparePreviews(t *testing.T, where string, got, want preview) {
	t.Helper()
	switch {
	case !bytes.Equal(got.body, want.body):
		t.Errorf("%s\nbody differs", where)
	case !slices.Equal(got.lines, want.lines):
		t.Errorf("%s\nlines:\n%v\nwant\n%v", where, got.lines, want.lines)
	case !slices.Equal(got.changed, want.changed):
		t.Errorf("%s\nchanged %v, want %v", where, got.changed, want.changed)
	case !slices.Equal(got.styled, want.styled):
		t.Errorf("%s\nstyled:\n%q\nwant\n%q", where, got.styled, want.styled)
	case got.first != want.first:
		t.Errorf("%s\nfirst %d, want %d", where, got.first, want.first)
	case !slices.Equal(got.marked, want.marked):
		t.Errorf("%s\nmarked %v, want %v", where, got.marked, want.marked)
	case !reflect.DeepEqual(got.seen, want.seen):
		t.Errorf("%s\nseen %v, want %v", where, got.seen, want.seen)
	}
}

// compareReference fails unless the preview shows what referenceUpdate computes.
func compareReference(t *testing.T, where string, got preview, want referencePreview) {
	t.Helper()
	for i := range max(len(got.lines), len(want.lines)) {
		if i >= len(got.lines) || i >= len(want.lines) {
			t.Errorf("%s\n%d lines, want %d", where, len(got.lines), len(want.lines))
			return
		}
		g, w := got.lines[i], want.lines[i]
		if g.text != w.text || g.path != w.path || g.leaf != w.leaf || got.changed[i] != want.changed[i] || got.styled[i] != want.styled[i] {
			t.Errorf("%s\nline %d: %q %q leaf %v changed %v %q, want %q %q leaf %v changed %v %q", where, i,
				g.text, g.path, g.leaf, got.changed[i], got.styled[i], w.text, w.path, w.leaf, want.changed[i], want.styled[i])
			return
		}
	}
	if got.first != want.first {
		t.Errorf("%s\nfirst %d, want %d", where, got.first, want.first)
	}
}

// clonePreview is a deep copy of p, so updating one leaves the other as it was.
func clonePreview(p preview) preview {
	p.body = slices.Clone(p.body)
	p.lines = slices.Clone(p.lines)
	p.styled = slices.Clone(p.styled)
	p.changed = slices.Clone(p.changed)
	p.marked = slices.Clone(p.marked)
	seen := make(map[leafKey]int, len(p.seen))
	for k, n := range p.seen {
		seen[k] = n
	}
	if p.seen != nil {
		p.seen = seen
	}
	return p
}

// jnode is a JSON value that keeps the order of its members: an object (keys and
// kids), an array (kids) or a scalar (raw JSON text).
type jnode struct {
	object bool
	array  bool
	keys   []string
	kids   []*jnode
	scalar string
}

// keyPool and scalarPool are small on purpose: keys and values repeat, so paths
// and lines collide ("a.b" next to a nested "a"."b", a key "" naming its parent).
var (
	keyPool    = []string{"a", "b", "c", "a.b", "", "[0]", "name", "size", "x{", "y["}
	scalarPool = []string{`1`, `2`, `true`, `null`, `"x"`, `"y"`, `"}"`, `"{"`, `"a\"b"`, `""`}
)

// randomNode is a random value nested at most depth levels.
func randomNode(rng *rand.Rand, depth int) *jnode {
	switch k := rng.IntN(5); {
	case depth > 0 && k == 0:
		n := &jnode{array: true}
		for range rng.IntN(4) {
			n.kids = append(n.kids, randomNode(rng, depth-1))
		}
		return n
	case depth > 0 && k <= 2:
		n := &jnode{object: true}
		for range rng.IntN(5) {
			n.keys = append(n.keys, keyPool[rng.IntN(len(keyPool))])
			n.kids = append(n.kids, randomNode(rng, depth-1))
		}
		return n
	}
	return &jnode{scalar: scalarPool[rng.IntN(len(scalarPool))]}
}

// nodes lists n and every value inside it.
func (n *jnode) nodes() []*jnode {
	out := []*jnode{n}
	for _, k := range n.kids {
		out = append(out, k.nodes()...)
	}
	return out
}

// randomEdit changes doc in place: mostly a scalar's value (what typing does), else
// a key renamed, a member or item added or removed, or a value's kind changed.
func randomEdit(rng *rand.Rand, doc *jnode) {
	all := doc.nodes()
	n := all[rng.IntN(len(all))]
	switch op := rng.IntN(10); {
	case op < 5 && !n.object && !n.array:
		n.scalar = scalarPool[rng.IntN(len(scalarPool))]
	case op < 7 && n.object && len(n.keys) > 0:
		n.keys[rng.IntN(len(n.keys))] = keyPool[rng.IntN(len(keyPool))]
	case op == 7 && (n.object || n.array):
		i := rng.IntN(len(n.kids) + 1)
		n.kids = slices.Insert(n.kids, i, randomNode(rng, 1))
		if n.object {
			n.keys = slices.Insert(n.keys, i, keyPool[rng.IntN(len(keyPool))])
		}
	case op == 8 && len(n.kids) > 0:
		i := rng.IntN(len(n.kids))
		n.kids = slices.Delete(n.kids, i, i+1)
		if n.object {
			n.keys = slices.Delete(n.keys, i, i+1)
		}
	case op == 9 && n != doc:
		*n = *randomNode(rng, 2)
	default:
		for _, m := range all { // some scalar changes, so most edits reach a value
			if !m.object && !m.array {
				m.scalar = scalarPool[rng.IntN(len(scalarPool))]
				return
			}
		}
	}
}

// encode is the value as the request body is written: indented with two spaces.
func (n *jnode) encode() []byte {
	var compact, out bytes.Buffer
	n.write(&compact)
	if err := json.Indent(&out, compact.Bytes(), "", "  "); err != nil {
		panic(err)
	}
	return out.Bytes()
}

// write appends the value as compact JSON.
func (n *jnode) write(b *bytes.Buffer) {
	switch {
	case n.object:
		b.WriteByte('{')
		for i, k := range n.keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Quote(k) + ":")
			n.kids[i].write(b)
		}
		b.WriteByte('}')
	case n.array:
		b.WriteByte('[')
		for i, k := range n.kids {
			if i > 0 {
				b.WriteByte(',')
			}
			k.write(b)
		}
		b.WriteByte(']')
	default:
		b.WriteString(n.scalar)
	}
}

// referencePreview is the preview as it was computed before it was made
// incremental, kept as the oracle of the tests: the whole body walked on every
// update, the path of each line joined from the whole stack and the previous lines
// looked up by path and value.
type referencePreview struct {
	body    []byte
	lines   []jsonLine
	styled  []string
	changed []bool
	first   int
}

// update replaces the body and marks the leaf lines whose path or value is new.
func (p *referencePreview) update(body []byte, st Styles) {
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
	p.lines = referenceSplit(body)
	p.styled = make([]string, len(p.lines))
	p.changed = make([]bool, len(p.lines))
	p.first = -1
	for i, l := range p.lines {
		p.changed[i] = hadBody && l.leaf && !old[l.path+"\x00"+strings.TrimSpace(l.text)]
		if p.changed[i] && p.first < 0 {
			p.first = i
		}
		if s, ok := styledBefore[l.text]; ok && !p.changed[i] {
			p.styled[i] = s
			continue
		}
		p.styled[i] = highlightLine(l.text, p.changed[i], st)
	}
}

// referenceSplit names each line's wire path by joining the names of the whole
// stack of enclosing objects and arrays.
func referenceSplit(body []byte) []jsonLine {
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
		var b strings.Builder
		for _, part := range append(slicesMap(stack, func(f frame) string { return f.name }), name) {
			if part == "" {
				continue
			}
			if b.Len() > 0 && !strings.HasPrefix(part, "[") {
				b.WriteByte('.')
			}
			b.WriteString(part)
		}
		opens := strings.HasSuffix(t, "{") || strings.HasSuffix(t, "[")
		out = append(out, jsonLine{text: text, path: b.String(), leaf: !opens})
		if opens {
			stack = append(stack, frame{name: name, array: strings.HasSuffix(t, "[")})
		}
	}
	return out
}

// slicesMap applies f to every element of s.
func slicesMap[T, U any](s []T, f func(T) U) []U {
	out := make([]U, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}
