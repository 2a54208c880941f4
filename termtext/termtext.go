// Package termtext makes text from outside ackpool (server messages, file contents,
// pool and preset names, user input echoed back) safe to print on a terminal: control
// characters are shown as visible escapes instead of being sent to the terminal, so
// such text can neither move the cursor, change the window title, clear the screen
// nor hide what follows it. It imports nothing of ackpool's.
package termtext

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Visible returns s with every control character made visible, keeping line breaks
// and tabs: ESC becomes \x1b, NUL \x00, DEL \x7f, a C1 control such as U+009B \u009b,
// a bidirectional override such as U+202E \u202e, and a byte that is not UTF-8 \xNN.
// Text without such characters is returned unchanged.
func Visible(s string) string { return escape(s, true) }

// Line is Visible for text that must stay on one line (a name in a list, a value in a
// message): line breaks and tabs are made visible too (\n, \r, \t).
func Line(s string) string { return escape(s, false) }

func escape(s string, keepLayout bool) string {
	if clean(s, keepLayout) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case keepLayout && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x80 && unsafe(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafe(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// clean reports whether s has nothing to escape.
func clean(s string, keepLayout bool) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		if unsafe(r) && !(keepLayout && (r == '\n' || r == '\t')) {
			return false
		}
		i += size
	}
	return true
}

// unsafe reports characters a terminal acts on or that reorder the text around them:
// C0 and C1 controls, DEL, and the Unicode format characters that override the
// direction of text or hide it (bidi embeddings, overrides and isolates, zero-width
// characters, the line and paragraph separators).
func unsafe(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r == 0x2028, r == 0x2029:
		return true
	}
	return unicode.Is(unicode.Cf, r)
}
