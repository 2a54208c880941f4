package multipick

import (
	"regexp"
	"strings"
)

// keyHint matches a clause that names a full-screen key and what it does
// ("space: tick", "/: filter by name", "ctrl+f: next step"): plain prompts have no
// such keys.
var keyHint = regexp.MustCompile(`^(space|/|\?|tab|shift\+tab|esc|enter|alt\+enter|ctrl\+[a-z]): `)

// helpMark matches the "(? help)" mark of the full-screen wizard.
var helpMark = regexp.MustCompile(`\s*\(\? help\)`)

// PlainText is a field description for plain prompts: the clauses that name
// full-screen keys ("space: tick, /: filter.") and the "(? help)" mark are left out,
// the rest is kept as written.
func PlainText(desc string) string {
	desc = helpMark.ReplaceAllString(desc, "")
	var sentences []string
	for _, s := range strings.SplitAfter(desc, ". ") {
		s = strings.TrimSpace(s)
		end := ""
		if strings.HasSuffix(s, ".") {
			s, end = strings.TrimSuffix(s, "."), "."
		}
		var kept []string
		for _, clause := range strings.Split(s, ", ") {
			if !keyHint.MatchString(clause) {
				kept = append(kept, clause)
			}
		}
		if len(kept) > 0 {
			sentences = append(sentences, strings.Join(kept, ", ")+end)
		}
	}
	return strings.Join(sentences, " ")
}
