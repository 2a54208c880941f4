package presets

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"ackpool/model"
)

// presetHeaderKeys returns the metadata keys of a preset file.
func presetHeaderKeys() map[string]bool {
	return map[string]bool{"version": true, "name": true, "description": true, "created": true, "updated": true}
}

// PresetSchemaRef is where a saved preset's editor finds the preset schema: the file
// `ackpool schema --install` writes, relative to the presets folder.
const PresetSchemaRef = "../schema/preset.schema.json"

const presetComment = "yaml-language-server: $schema=" + PresetSchemaRef + "\n" + "ackpool preset. Keys under \"request:\" are CreateClusterNodePool wire keys;\n" +
	"edit freely, then check with: ackpool validate --preset NAME"

// encodePreset renders a preset file. The caller has already stripped secrets.
func encodePreset(p *Preset) ([]byte, error) {
	header := []field{
		{"version", strconv.Itoa(FormatVersion)},
		{"name", p.Name},
		{"description", p.Description},
		{"created", formatTime(p.Created)},
		{"updated", formatTime(p.Updated)},
	}
	return encodeDoc(presetComment, header, p.Request)
}

// decodePresetMeta reads only the metadata of a preset file when it can, falling back
// to a full parse (which also checks the body) for files that were edited by hand.
func decodePresetMeta(file string, data []byte) (Meta, error) {
	if h, err := readHeaderFast(data, presetHeaderKeys()); err == nil {
		return metaFromHeader(file, func(k string) (string, error) { return h[k], nil })
	}
	p, err := decodePreset(file, data)
	if err != nil {
		return Meta{}, err
	}
	return p.Meta, nil
}

// decodePreset parses a whole preset file, the body strictly through model.Parse.
func decodePreset(file string, data []byte) (*Preset, error) {
	doc, err := decodeDocFull(file, data, presetHeaderKeys())
	if err != nil {
		return nil, err
	}
	meta, err := metaFromHeader(file, doc.headerString)
	if err != nil {
		return nil, err
	}
	np, err := model.Parse(doc.body, file+": "+bodyKey)
	if err != nil {
		return nil, parseError(file, err)
	}
	return &Preset{Meta: meta, Request: np}, nil
}

// metaFromHeader builds and checks Meta from header values.
func metaFromHeader(file string, get func(string) (string, error)) (Meta, error) {
	var m Meta
	vals := map[string]string{}
	for k := range presetHeaderKeys() {
		v, err := get(k)
		if err != nil {
			return m, &FileError{File: file, Err: err}
		}
		vals[k] = v
	}
	if vals["version"] == "" {
		return m, &FileError{File: file, Err: errors.New("no \"version:\" line; is this an ackpool preset?")}
	}
	v, err := strconv.Atoi(vals["version"])
	if err != nil || v < 1 {
		return m, &FileError{File: file, Err: fmt.Errorf("version %q is not a positive whole number", vals["version"])}
	}
	if v > FormatVersion {
		return m, &FileError{File: file, Err: fmt.Errorf("format version %d was written by a newer ackpool; this one reads up to %d (upgrade ackpool)", v, FormatVersion)}
	}
	m.Version = v
	m.Name = vals["name"]
	m.Description = vals["description"]
	for _, t := range []struct {
		key string
		dst *time.Time
	}{{"created", &m.Created}, {"updated", &m.Updated}} {
		if vals[t.key] == "" {
			continue
		}
		ts, err := time.Parse(time.RFC3339Nano, vals[t.key])
		if err != nil {
			return m, &FileError{File: file, Err: fmt.Errorf("%s: %q is not an RFC 3339 time such as 2026-01-02T15:04:05Z", t.key, vals[t.key])}
		}
		*t.dst = ts
	}
	return m, nil
}

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
