package presets

import (
	"encoding/json"
	"fmt"

	"sigs.k8s.io/yaml"

	"ackpool/model"
)

// Marshal renders p as a preset document for `preset export`: "yaml" is the on-disk
// format, "json" the same fields as a JSON object. Either one is read back by Unmarshal.
// The caller decides about secrets; presets loaded from disk never hold a password.
func Marshal(p *Preset, format string) ([]byte, error) {
	switch format {
	case "yaml", "":
		return encodePreset(p)
	case "json":
		doc := struct {
			Version     int             `json:"version"`
			Name        string          `json:"name"`
			Description string          `json:"description,omitempty"`
			Created     string          `json:"created,omitempty"`
			Updated     string          `json:"updated,omitempty"`
			Request     *model.NodePool `json:"request"`
		}{FormatVersion, p.Name, p.Description, formatTime(p.Created), formatTime(p.Updated), p.Request}
		if doc.Request == nil {
			doc.Request = &model.NodePool{}
		}
		out, err := json.MarshalIndent(doc, "", "  ")
		return append(out, '\n'), err
	}
	return nil, fmt.Errorf("unknown preset format %q; use yaml or json", format)
}

// Unmarshal reads what `preset import` accepts: a preset document (YAML or JSON, with
// a "request:" section, as Marshal writes it) or a bare request body (then the
// returned preset has no name or description). source names the input in errors.
func Unmarshal(data []byte, source string) (*Preset, error) {
	j, err := yaml.YAMLToJSON(data)
	if err != nil {
		return nil, parseError(source, err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(j, &top); err != nil || top == nil {
		return nil, &FileError{File: source, Err: fmt.Errorf("expected a preset (with a %q section) or a request body object", bodyKey)}
	}
	if _, isDoc := top[bodyKey]; isDoc {
		return decodePreset(source, data)
	}
	np, err := model.Parse(data, source)
	if err != nil {
		return nil, err
	}
	return &Preset{Meta: Meta{Version: FormatVersion}, Request: np}, nil
}
