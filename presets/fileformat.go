package presets

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"sigs.k8s.io/yaml"

	"ackpool/model"
)

// A preset or draft file is YAML with the metadata first, one "key: value" per line,
// and the request body last under "request:", in wire keys:
//
//	# ackpool preset (format 1). ...
//	version: 1
//	name: web
//	description: "front-end pool, 4 vCPU"
//	created: 2026-01-02T03:04:05Z
//	updated: 2026-01-02T03:04:05Z
//	request:
//	  scaling_group:
//	    instance_types:
//	    - ecs.g7.xlarge
//
// Writing the header first lets List read the metadata without parsing the body.
// Files edited by hand (keys reordered, block scalars, comments) are still read: the
// reader falls back to a full YAML parse whenever the fast path is unsure.

// bodyKey is the top-level key that holds the request body.
const bodyKey = "request"

// field is one header line.
type field struct {
	key   string
	value string
}

// encodeDoc renders a file: a comment line, the header fields in order, then the body.
func encodeDoc(comment string, header []field, body *model.NodePool) ([]byte, error) {
	var b bytes.Buffer
	for _, line := range strings.Split(comment, "\n") {
		b.WriteString("# " + line + "\n")
	}
	for _, f := range header {
		b.WriteString(f.key + ": " + yamlScalar(f.value) + "\n")
	}
	if body == nil {
		body = &model.NodePool{}
	}
	y, err := yaml.Marshal(body)
	if err != nil {
		return nil, fmt.Errorf("encode the request as YAML: %w", err)
	}
	if strings.TrimSpace(string(y)) == "{}" {
		b.WriteString(bodyKey + ": {}\n")
		return b.Bytes(), nil
	}
	b.WriteString(bodyKey + ":\n")
	for _, line := range strings.SplitAfter(string(y), "\n") {
		if line == "" {
			continue
		}
		if line != "\n" {
			b.WriteString("  ")
		}
		b.WriteString(line)
	}
	return b.Bytes(), nil
}

// plainSafe matches values that YAML reads back as the same string when written bare.
var plainSafe = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.:/+ -]*[A-Za-z0-9_./+-]$|^[A-Za-z0-9_]$`)

// yamlAmbiguous reports bare words YAML 1.1 would read as something other than a string.
func yamlAmbiguous(word string) bool {
	switch word {
	case "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~":
		return true
	}
	return false
}

// yamlScalar writes s bare when that is unambiguous, otherwise as a double-quoted
// string (JSON escaping is valid YAML).
func yamlScalar(s string) string {
	if isTimestamp(s) || isSmallInt(s) {
		return s
	}
	if plainSafe.MatchString(s) && !strings.Contains(s, ": ") && !strings.Contains(s, "  ") && !yamlAmbiguous(strings.ToLower(s)) && !looksNumeric(s) {
		return s
	}
	q, _ := json.Marshal(s)
	return string(q)
}

func looksNumeric(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil || strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0o")
}

// isSmallInt reports a decimal integer header value (the format version).
func isSmallInt(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n >= 0 && strconv.Itoa(n) == s
}

var timestampRE = regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$`)

func isTimestamp(s string) bool { return timestampRE.MatchString(s) }

// errSlowPath tells the caller that the fast header reader gave up.
var errSlowPath = errors.New("header needs a full parse")

// readHeaderFast reads the "key: value" lines before "request:" without a YAML parser.
// It returns errSlowPath when the file uses anything beyond the simple form it writes.
func readHeaderFast(data []byte, known map[string]bool) (map[string]string, error) {
	out := make(map[string]string, len(known))
	for len(data) > 0 {
		var line []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			line, data = data, nil
		}
		line = bytes.TrimRight(line, "\r")
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		if line[0] == ' ' || line[0] == '\t' || line[0] == '-' {
			return nil, errSlowPath
		}
		key, value, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			return nil, errSlowPath
		}
		k := string(key)
		if k == bodyKey {
			if v := bytes.TrimSpace(value); len(v) > 0 && string(v) != "{}" {
				return nil, errSlowPath
			}
			if topLevelKeyAfter(data) {
				return nil, errSlowPath // header keys after the body: edited by hand
			}
			return out, nil
		}
		if !known[k] {
			return nil, errSlowPath
		}
		if _, dup := out[k]; dup {
			return nil, errSlowPath
		}
		v, ok := fastScalar(bytes.TrimSpace(value))
		if !ok {
			return nil, errSlowPath
		}
		out[k] = v
	}
	return nil, errSlowPath // no body key: let the full parser report it
}

// topLevelKeyAfter reports whether the rest of the file has a line at column 0 that
// is not blank or a comment, i.e. something other than the indented body.
func topLevelKeyAfter(rest []byte) bool {
	for len(rest) > 0 {
		if c := rest[0]; c != ' ' && c != '\n' && c != '\r' && c != '#' && c != '\t' {
			return true
		}
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			return false
		}
		rest = rest[i+1:]
	}
	return false
}

// fastScalar decodes a bare or double-quoted single-line scalar.
func fastScalar(v []byte) (string, bool) {
	if len(v) == 0 {
		return "", true
	}
	if v[0] == '"' {
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return "", false
		}
		return s, true
	}
	if strings.ContainsAny(string(v[:1]), "'|>[]{}&*!%@`,?") || bytes.Contains(v, []byte(" #")) || bytes.Contains(v, []byte(": ")) {
		return "", false
	}
	return string(v), true
}

// yamlLineRE finds the "line N" a YAML parser puts in its errors.
var yamlLineRE = regexp.MustCompile(`line (\d+)`)

// parseError wraps a YAML/JSON parse failure as a FileError, keeping the line when the
// parser reported one.
func parseError(file string, err error) *FileError {
	fe := &FileError{File: file, Err: err}
	if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
		fe.Line, _ = strconv.Atoi(m[1])
	}
	return fe
}

// rawDoc is a whole file decoded generically: the header values as JSON values and the
// body as raw JSON for model.Parse.
type rawDoc struct {
	header map[string]json.RawMessage
	body   json.RawMessage
}

// decodeDocFull parses the whole file. known lists the header keys allowed besides the
// body key; any other top-level key is an error that names it.
func decodeDocFull(file string, data []byte, known map[string]bool) (*rawDoc, error) {
	j, err := yaml.YAMLToJSON(data)
	if err != nil {
		return nil, parseError(file, err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(j, &top); err != nil || top == nil {
		return nil, &FileError{File: file, Err: errors.New("not a YAML mapping: expected header keys and a \"request:\" section")}
	}
	doc := &rawDoc{header: map[string]json.RawMessage{}}
	for k, v := range top {
		switch {
		case k == bodyKey:
			doc.body = v
		case known[k]:
			doc.header[k] = v
		default:
			return nil, &FileError{File: file, Err: fmt.Errorf("unknown top-level key %q; allowed: %s and %q", k, strings.Join(sortedKeys(known), ", "), bodyKey)}
		}
	}
	if doc.body == nil || string(doc.body) == "null" {
		return nil, &FileError{File: file, Err: fmt.Errorf("no %q section: the request body is missing", bodyKey)}
	}
	return doc, nil
}

// headerString returns a header value as text (numbers and booleans are formatted).
func (d *rawDoc) headerString(key string) (string, error) {
	raw, ok := d.header[key]
	if !ok || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", fmt.Errorf("%s: expected a single value, found %s", key, raw)
}

func sortedKeys(m map[string]bool) []string { return slices.Sorted(maps.Keys(m)) }
