package forms

import (
	"errors"
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// upperCodec reads "k=v" lines as their upper case and counts the lines it reads.
func upperCodec(parsed *int) LineCodec[string] {
	return LineCodec[string]{Syntax: "k=v", Parse: func(line string) (string, error) {
		*parsed++
		if !strings.Contains(line, "=") {
			return "", errors.New("no =")
		}
		return strings.ToUpper(line), nil
	}}
}

// read is what the binder reads: the items, or the error and none.
func read[T any](p *parsedLines[T], c LineCodec[T], l *listLines) ([]T, error) {
	if err := p.parse(c, l); err != nil {
		return nil, err
	}
	return p.items(), nil
}

// Reading a list again after a one-line change parses that line only, and reads
// what ParseLines reads, errors included.
func TestParsedLinesReadOnlyWhatChanged(t *testing.T) {
	parsed := 0
	c := upperCodec(&parsed)
	var lines []string
	for i := range 100 {
		lines = append(lines, fmt.Sprintf("k%d=v", i))
	}
	lines[10], lines[20] = "", "# a comment"
	store := newListLines(strings.Join(lines, "\n"))
	var p parsedLines[string]
	check := func(what string, wantParsed int) {
		t.Helper()
		parsed = 0
		got, err := read(&p, c, store)
		gotParsed := parsed
		want, _, wantErr := ParseLines(c, store.String())
		if !reflect.DeepEqual(got, want) || fmt.Sprint(err) != fmt.Sprint(wantErr) {
			t.Fatalf("%s: read %v, %v; ParseLines reads %v, %v", what, got, err, want, wantErr)
		}
		if wantParsed >= 0 && gotParsed != wantParsed {
			t.Errorf("%s: parsed %d lines, want %d", what, gotParsed, wantParsed)
		}
	}
	check("first read", 98)
	check("unchanged", 0)
	store.replace(49, 3, []string{"k49=v", "k50=changed", "k51=v"}) // a window of three lines
	check("one line changed", 1)
	store.replace(60, 1, []string{"broken"})
	check("a bad line", 1)
	store.replace(60, 1, []string{"k60=fixed"})
	check("fixed", 1)
	store.replace(100, 0, []string{"k100=v"})
	check("a line added", 1)
	check("unchanged again", 0)
	store.replace(5, 1, nil)
	check("a line removed", 0)
	store.replace(5, 1, []string{"k5=a"})
	store.replace(6, 1, []string{"k6=b"})
	check("two changes between reads: every line read again", 98)
	store.set(store.String())
	check("the same text set again", 0)
}

// Any run of changes to a list's lines (windows replaced, lines added, joined,
// removed, the whole text set) reads as ParseLines reads the joined text.
func TestParsedLinesFollowAnyChanges(t *testing.T) {
	parsed := 0
	c := upperCodec(&parsed)
	words := []string{"a=1", "b=2", "", "# note", "bad", "  c=3  ", "d="}
	rnd := rand.New(rand.NewSource(7))
	store := newListLines("")
	var p parsedLines[string]
	for n := range 3000 {
		lines := len(store.lines)
		at := rnd.Intn(lines + 1)
		removed := 0
		if at < lines {
			removed = rnd.Intn(min(4, lines-at) + 1)
		}
		var with []string
		for range rnd.Intn(4) {
			with = append(with, words[rnd.Intn(len(words))])
		}
		switch {
		case n%97 == 0:
			store.set(strings.Join(with, "\n"))
		case len(store.lines)-removed+len(with) == 0:
			continue // a text always has a line
		default:
			store.replace(at, removed, with)
		}
		if rnd.Intn(5) == 0 {
			continue // read after two changes now and then
		}
		got, err := read(&p, c, store)
		want, _, wantErr := ParseLines(c, store.String())
		if !reflect.DeepEqual(got, want) || fmt.Sprint(err) != fmt.Sprint(wantErr) {
			t.Fatalf("change %d: read %q, %v; ParseLines reads %q, %v", n, got, err, want, wantErr)
		}
	}
}

// The text is joined only when asked for, and again only after a change.
func TestListLinesJoinsOnDemand(t *testing.T) {
	store := newListLines("a\nb\nc")
	store.replace(1, 1, []string{"B", "B2"})
	if got := store.String(); got != "a\nB\nB2\nc" {
		t.Fatalf("text %q", got)
	}
	if store.last != (lineEdit{at: 1, removed: 1, added: 2}) {
		t.Errorf("last change %+v", store.last)
	}
	seq := store.seq
	store.replace(0, 4, []string{"a", "B", "B2", "c"})
	if store.seq != seq {
		t.Errorf("replacing lines with themselves counted as a change")
	}
}
