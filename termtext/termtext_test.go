package termtext

import "testing"

func TestVisibleEscapesWhatATerminalWouldActOn(t *testing.T) {
	tests := []struct{ in, visible, line string }{
		{"plain text, ünïcode 漢字", "plain text, ünïcode 漢字", "plain text, ünïcode 漢字"},
		{"np\x1b]0;pwned\x07", `np\x1b]0;pwned\x07`, `np\x1b]0;pwned\x07`},
		{"a\x00b", `a\x00b`, `a\x00b`},
		{"two\nlines\tand tab", "two\nlines\tand tab", `two\nlines\tand tab`},
		{"cr\roverwrite", `cr\roverwrite`, `cr\roverwrite`},
		{"csi\u009b2J", `csi\u009b2J`, `csi\u009b2J`},
		{"del\x7f", `del\x7f`, `del\x7f`},
		{"rtl\u202eevil", `rtl\u202eevil`, `rtl\u202eevil`},
		{"zero\u200bwidth", `zero\u200bwidth`, `zero\u200bwidth`},
		{"bad \xff byte", `bad \xff byte`, `bad \xff byte`},
	}
	for _, tt := range tests {
		if got := Visible(tt.in); got != tt.visible {
			t.Errorf("Visible(%q) = %q, want %q", tt.in, got, tt.visible)
		}
		if got := Line(tt.in); got != tt.line {
			t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.line)
		}
	}
}

// FuzzVisibleLeavesNoControlCharacter checks that the output never holds a control
// character other than the kept line breaks and tabs.
func FuzzVisibleLeavesNoControlCharacter(f *testing.F) {
	f.Add("np\x1b[31mred\x00")
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range Line(s) {
			if unsafe(r) {
				t.Fatalf("Line(%q) keeps %U", s, r)
			}
		}
		for _, r := range Visible(s) {
			if unsafe(r) && r != '\n' && r != '\t' {
				t.Fatalf("Visible(%q) keeps %U", s, r)
			}
		}
	})
}
