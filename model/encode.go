package model

import (
	"bytes"
	"encoding/json"
)

// EncodeJSON serialises the request body as the API receives it: wire names, unset
// fields omitted, and no HTML escaping (so "<" and "&" stay as typed, as the Alibaba
// Cloud OpenAPI core sends them). With indent it is pretty-printed with two spaces.
// The output has no trailing newline.
func EncodeJSON(np *NodePool, indent bool) ([]byte, error) {
	if np == nil {
		np = &NodePool{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(np); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
