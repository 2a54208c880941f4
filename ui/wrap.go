package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// wrapAtSpaces wraps text to width columns, breaking lines only at spaces, so that a
// word, an ID or a command-line flag is never split (ansi's word wrap also breaks at
// hyphens, which cuts "vsw-bp1..." or "--region" in two). A word wider than a whole
// line is cut at the width; nothing is dropped. Continuation lines keep the
// indentation of the line they continue. Runs of spaces inside a line are kept.
func wrapAtSpaces(text string, width int) string {
	if width <= 0 {
		return text
	}
	lines := strings.Split(text, "\n")
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		out = append(out, wrapLine(l, width)...)
	}
	return strings.Join(out, "\n")
}

// wrapLine wraps one line of text; see wrapAtSpaces.
func wrapLine(line string, width int) []string {
	if ansi.StringWidth(line) <= width {
		return []string{line}
	}
	indent := line[:len(line)-len(strings.TrimLeft(line, " "))]
	if len(indent) >= width/2 {
		indent = ""
	}
	var out []string
	var cur strings.Builder
	curW := 0
	flush := func() {
		out = append(out, strings.TrimRight(cur.String(), " "))
		cur.Reset()
		cur.WriteString(indent)
		curW = len(indent)
	}
	for i, tok := range spaceTokens(line) {
		w := ansi.StringWidth(tok)
		isSpace := strings.TrimLeft(tok, " ") == ""
		switch {
		case isSpace && curW+w > width: // a break: the spaces are dropped
			flush()
		case isSpace:
			if i > 0 || curW == 0 {
				cur.WriteString(tok)
				curW += w
			}
		case curW+w <= width:
			cur.WriteString(tok)
			curW += w
		default:
			if curW > len(indent) {
				flush()
			}
			for _, piece := range strings.Split(ansi.Hardwrap(tok, max(width-curW, 1), false), "\n") {
				if curW+ansi.StringWidth(piece) > width {
					flush()
				}
				cur.WriteString(piece)
				curW += ansi.StringWidth(piece)
			}
		}
	}
	if strings.TrimSpace(cur.String()) != "" {
		out = append(out, strings.TrimRight(cur.String(), " "))
	}
	return out
}

// spaceTokens splits s into alternating runs of spaces and of other characters.
func spaceTokens(s string) []string {
	var toks []string
	start := 0
	for i := 1; i <= len(s); i++ {
		if i == len(s) || (s[i] == ' ') != (s[start] == ' ') {
			toks = append(toks, s[start:i])
			start = i
		}
	}
	return toks
}
