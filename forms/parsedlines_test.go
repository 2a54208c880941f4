package forms

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// Reading a list again after a one-line change parses that line only, and reads
// what ParseLines reads, errors included.
func TestParsedLinesReadOnlyWhatChanged(t *testing.T) {
	parsed := 0
	c := LineCodec[string]{Syntax: "k=v", Parse: func(line string) (string, error) {
		parsed++
		if !strings.Contains(line, "=") {
			return "", errors.New("no =")
		}
		return strings.ToUpper(line), nil
	}}
	var lines []string
	for i := range 100 {
		lines = append(lines, fmt.Sprintf("k%d=v", i))
	}
	lines[10], lines[20] = "", "# a comment"
	var p parsedLines[string]
	check := func(what string, wantParsed int) {
		t.Helper()
		text := strings.Join(lines, "\n")
		parsed = 0
		got, err := p.parse(c, text)
		gotParsed := parsed
		want, _, wantErr := ParseLines(c, text)
		if !reflect.DeepEqual(got, want) || fmt.Sprint(err) != fmt.Sprint(wantErr) {
			t.Fatalf("%s: read %v, %v; ParseLines reads %v, %v", what, got, err, want, wantErr)
		}
		if wantParsed >= 0 && gotParsed != wantParsed {
			t.Errorf("%s: parsed %d lines, want %d", what, gotParsed, wantParsed)
		}
	}
	check("first read", 98)
	check("unchanged", 0)
	lines[50] = "k50=changed"
	check("one line changed", 1)
	lines[60] = "broken"
	check("a bad line", -1)
	lines[60] = "k60=fixed"
	check("fixed", -1)
	lines = append(lines, "k100=v")
	check("a line added", -1)
	check("unchanged again", 0)
}
