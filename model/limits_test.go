package model

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// aliasBomb is a "billion laughs" document: levels anchors, each a list of width aliases
// of the previous one, so it expands to width^levels values from a few hundred bytes.
func aliasBomb(levels, width int) string {
	var b strings.Builder
	b.WriteString("a0: &a0 [\"lol\"]\n")
	for i := 1; i <= levels; i++ {
		refs := make([]string, width)
		for j := range refs {
			refs[j] = fmt.Sprintf("*a%d", i-1)
		}
		fmt.Fprintf(&b, "a%d: &a%d [%s]\n", i, i, strings.Join(refs, ","))
	}
	fmt.Fprintf(&b, "node_components:\n- config:\n    custom_config:\n      x: *a%d\n", levels)
	return b.String()
}

// TestParseRefusesAliasBombs checks that nested YAML aliases are refused by the alias
// and expansion budgets, with the file and the line of the alias that crossed it, instead
// of being expanded (nine levels of nine would be 387 million values).
func TestParseRefusesAliasBombs(t *testing.T) {
	tests := []struct {
		name      string
		doc       string
		wantInMsg string
	}{
		{"nine levels of nine", aliasBomb(9, 9), "more than 100 YAML aliases"},
		{"few aliases, huge expansion", "l: &l [" + strings.Repeat("1,", 30000) + "1]\nnode_components:\n- config:\n    custom_config: {a: *l, b: *l}\n", "more than 50000 values"},
		{"few aliases of a long string", "s: &s " + strings.Repeat("x", 60000) + "\nt: &t [*s,*s,*s,*s,*s,*s,*s,*s,*s,*s]\nnode_components:\n- config:\n    custom_config: {a: *t, b: *t}\n", "bytes of keys and values"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.doc), "bomb.yaml")
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse error = %v, want *ParseError", err)
			}
			if !strings.Contains(pe.Message, tt.wantInMsg) || pe.Line == 0 || !strings.HasPrefix(pe.Error(), "bomb.yaml:") {
				t.Errorf("error = %q (line %d); want file, line and %q", pe.Error(), pe.Line, tt.wantInMsg)
			}
		})
	}
}

// TestParseKeepsModestAliases checks that ordinary anchors still work: one data disk
// definition reused by an alias.
func TestParseKeepsModestAliases(t *testing.T) {
	doc := "nodepool_info: {name: np}\nscaling_group:\n  data_disks:\n  - &disk {category: cloud_essd, size: 40}\n  - *disk\n"
	np, err := Parse([]byte(doc), "ok.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got := len(np.ScalingGroup.DataDisks); got != 2 || *np.ScalingGroup.DataDisks[1].Size != 40 {
		t.Fatalf("data disks = %d, want two copies of the anchored disk", got)
	}
}

// TestParseRefusesTooManyValues checks the value budget for JSON, where there are no
// aliases: half a megabyte of one-digit numbers is refused before it is decoded.
func TestParseRefusesTooManyValues(t *testing.T) {
	doc := `{"node_components":[{"config":{"custom_config":{"x":[` + strings.Repeat("1,", 60000) + `1]}}}]}`
	_, err := Parse([]byte(doc), "big.json")
	var pe *ParseError
	if !errors.As(err, &pe) || !strings.Contains(pe.Message, "more than 50000 values") {
		t.Fatalf("Parse error = %v, want the value limit", err)
	}
}

// TestParseRefusesOversizedDocuments checks the size limit.
func TestParseRefusesOversizedDocuments(t *testing.T) {
	doc := "user_data: " + strings.Repeat("A", MaxDocumentSize) + "\n"
	_, err := Parse([]byte(doc), "huge.yaml")
	var pe *ParseError
	if !errors.As(err, &pe) || !strings.Contains(pe.Message, "larger than 262144 bytes") {
		t.Fatalf("Parse error = %v, want the size limit", err)
	}
}

// FuzzParseYAMLAliases feeds Parse YAML documents built around anchors and aliases. Every
// input ends in a *ParseError or in a request whose size stays within what the limits
// allow (so no input can make Parse build a huge tree).
func FuzzParseYAMLAliases(f *testing.F) {
	f.Add(aliasBomb(9, 9), 9)
	f.Add(aliasBomb(3, 4), 2)
	f.Add("d: &d {size: 40}\nscaling_group: {data_disks: [*d, *d]}\n", 1)
	f.Add("l: &l [a, b]\nscaling_group: {instance_types: *l, vswitch_ids: *l}\n", 3)
	f.Add("a: &a [*a]\n", 1)
	f.Fuzz(func(t *testing.T, doc string, repeat int) {
		if repeat < 1 || repeat > 50 {
			repeat = 1
		}
		data := []byte(strings.Repeat(doc, repeat))
		np, err := Parse(data, "fuzz.yaml")
		if err != nil {
			if len(AllParseErrors(err)) == 0 {
				t.Fatalf("error %T holds no *ParseError: %v", err, err)
			}
			return
		}
		js, err := EncodeJSON(np, false)
		if err != nil {
			t.Fatalf("EncodeJSON: %v", err)
		}
		if limit := 6*MaxDocumentSize + 8*MaxDocumentValues; len(js) > limit {
			t.Fatalf("accepted a document that encodes to %d bytes, over the %d the limits allow", len(js), limit)
		}
	})
}
