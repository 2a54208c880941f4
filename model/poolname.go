package model

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Pool name rule (R002): the service documents node pool names as 1–63 characters of
// letters, digits, Chinese characters and '-', not starting with '-'; the console also
// accepts '_'. Names are checked against that union, so no name the cloud takes is
// refused here while white space, control characters and the rest are.
const (
	maxPoolNameLength = 63
	poolNameRule      = "1–63 characters: letters, digits, Chinese characters, '-' and '_', starting with a letter, digit or Chinese character"
)

// checkPoolName applies the character rules of nodepool_info.name. The name itself is
// not repeated (it may hold control characters); the offending character is named by
// its position and code point.
func checkPoolName(np *NodePool, r *report) {
	info := np.NodepoolInfo
	if info == nil || info.Name == nil || *info.Name == "" {
		return // a missing name is reported by the required-field check
	}
	const path = "nodepool_info.name"
	name := *info.Name
	if !utf8.ValidString(name) {
		r.errorf("R002", path, "is not valid UTF-8; use %s", poolNameRule)
		return
	}
	if n := utf8.RuneCountInString(name); n > maxPoolNameLength {
		r.errorf("R002", path, "is %d characters long; use %s", n, poolNameRule)
		return
	}
	for i, c := range []rune(name) {
		ok := poolNameLetter(c) || c == '-' || c == '_'
		if i == 0 && !poolNameLetter(c) {
			r.errorf("R002", path, "starts with %s; use %s", describeRune(c), poolNameRule)
			return
		}
		if !ok {
			r.errorf("R002", path, "character %d is %s, which is not allowed; use %s", i+1, describeRune(c), poolNameRule)
			return
		}
	}
}

// poolNameLetter reports the characters a pool name may start with.
func poolNameLetter(c rune) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || unicode.Is(unicode.Han, c)
}

// describeRune names a character for a message: printable ones quoted, others by code point.
func describeRune(c rune) string {
	if unicode.IsGraphic(c) && c != ' ' {
		return fmt.Sprintf("%q", c)
	}
	if c == ' ' {
		return "a space"
	}
	return fmt.Sprintf("the control or invisible character %U", c)
}
