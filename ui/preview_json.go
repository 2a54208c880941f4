package ui

import (
	"strconv"
	"strings"
)

// jsonLine is one line of the indented body with the wire path it shows.
type jsonLine struct {
	text   string // the raw line
	path   string // dotted wire path, "" for closing brackets
	leaf   bool   // a scalar value (not an opening or closing bracket)
	parent int    // index of the line opening the enclosing object or array, -1 at the top
}

// lineShape classifies a trimmed line of indented JSON: it closes an object or array
// ("}", "],"), opens one ("\"disks\": [", "{"), or is a leaf (a scalar, "{}", "[]").
func lineShape(t string) (closes, opens bool) {
	if strings.HasPrefix(t, "}") || strings.HasPrefix(t, "]") {
		return true, false
	}
	return false, strings.HasSuffix(t, "{") || strings.HasSuffix(t, "[")
}

// keyName is the name a line gives itself inside an object (or at the top): the
// text between its first two quotes, "" when it has no quoted key.
func keyName(t string) string {
	if !strings.HasPrefix(t, `"`) {
		return ""
	}
	if end := strings.IndexByte(t[1:], '"'); end >= 0 {
		return t[1 : end+1]
	}
	return ""
}

// childPath is the path of a member named name under parent: "parent.name", or
// "parent[3]" for an index; an empty name is the parent itself.
func childPath(parent, name string) string {
	switch {
	case name == "":
		return parent
	case parent == "" || name[0] == '[':
		return parent + name
	}
	return parent + "." + name
}

// indexPath is the path of item i of the array at parent ("parent[i]").
func indexPath(parent string, i int) string {
	return parent + "[" + strconv.Itoa(i) + "]"
}

// jsonFrame is an object or array the walk is inside: the line that opened it, its
// full path and, for an array, the index of its next item.
type jsonFrame struct {
	line  int
	path  string
	array bool
	next  int
}

// splitJSON walks indented JSON line by line and names each line's wire path
// ("scaling_group.data_disks[0].size"). Each frame keeps its full path, so a line's
// path is one concatenation.
func splitJSON(body []byte) []jsonLine {
	var stack []jsonFrame
	raw := strings.Split(string(body), "\n")
	out := make([]jsonLine, len(raw))
	for i, text := range raw {
		t := strings.TrimSpace(text)
		closes, opens := lineShape(t)
		if closes {
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			out[i] = jsonLine{text: text, parent: -1}
			continue
		}
		parent, path := -1, keyName(t)
		if len(stack) > 0 {
			top := &stack[len(stack)-1]
			parent = top.line
			if top.array {
				path = indexPath(top.path, top.next)
				top.next++
			} else {
				path = childPath(top.path, path)
			}
		}
		out[i] = jsonLine{text: text, path: path, leaf: !opens, parent: parent}
		if opens {
			stack = append(stack, jsonFrame{line: i, path: path, array: strings.HasSuffix(t, "[")})
		}
	}
	return out
}

// memberPath is the path a leaf line with trimmed text t has under the line at index
// parent of lines (-1: the top), given the path it had at the same place before: an
// item of an array keeps its index, a member of an object is named by its key.
func memberPath(lines []jsonLine, parent int, t, before string) string {
	if parent < 0 {
		return keyName(t)
	}
	open := &lines[parent]
	if strings.HasSuffix(strings.TrimSpace(open.text), "[") {
		return before
	}
	return childPath(open.path, keyName(t))
}
