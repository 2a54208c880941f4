// Package export renders a CreateClusterNodePool request in the three forms
// `ackpool create --dry-run --output ...` and the wizard's review screen offer: the
// JSON body, the equivalent aliyun CLI command, and a Terraform
// alicloud_cs_kubernetes_node_pool resource.
//
// Secrets are masked unless Options.RevealSecrets is set: the JSON body and the aliyun
// command show model.Mask (with a comment in the command), and Terraform refers to
// sensitive variables instead of literal values.
package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"ackpool/model"

	"sigs.k8s.io/yaml"
)

// Format is one of the export formats.
type Format string

// The export formats.
const (
	JSON      Format = "json"
	YAML      Format = "yaml"
	Aliyun    Format = "aliyun"
	Terraform Format = "terraform"
)

// Formats returns every format, in the order help texts list them.
func Formats() []Format { return []Format{JSON, YAML, Aliyun, Terraform} }

// ParseFormat turns a flag value into a Format; the error lists the valid values.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats() {
		if string(f) == s {
			return f, nil
		}
	}
	names := make([]string, len(Formats()))
	for i, f := range Formats() {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown output format %q; use one of: %s", s, strings.Join(names, ", "))
}

// Target is where the request would be sent.
type Target struct {
	// ClusterID is the cluster of the new pool; a placeholder is written when empty.
	ClusterID string
	// RegionID is the cluster's region; left out when empty.
	RegionID string
}

// Options change how a request is rendered.
type Options struct {
	// RevealSecrets writes secret values as they are instead of masking them.
	RevealSecrets bool
	// SchemaRef is where editors find the request schema; the YAML export starts
	// with a yaml-language-server line naming it when it is set.
	SchemaRef string
	// TerraformProvider is the aliyun/alicloud provider version the Terraform export
	// targets (e.g. "1.240.0"); empty means the oldest version that has every argument
	// the request uses. Arguments the target lacks are listed in a comment.
	TerraformProvider string
}

// Render writes np in format f.
func Render(w io.Writer, f Format, t Target, np *model.NodePool, opts Options) error {
	switch f {
	case JSON:
		return WriteJSON(w, np, opts)
	case YAML:
		return WriteYAML(w, np, opts)
	case Aliyun:
		return WriteAliyun(w, t, np, opts)
	case Terraform:
		return WriteTerraform(w, t, np, opts)
	}
	_, err := ParseFormat(string(f))
	return err
}

// WriteJSON writes the request body as the API receives it, indented, with a final newline.
func WriteJSON(w io.Writer, np *model.NodePool, opts Options) error {
	data, err := model.EncodeJSON(prepare(np, opts), true)
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

// WriteYAML writes the request body as a YAML request file (wire keys, sorted), after
// a yaml-language-server line naming opts.SchemaRef when it is set, so editors check
// and complete the file.
func WriteYAML(w io.Writer, np *model.NodePool, opts Options) error {
	data, err := model.EncodeJSON(prepare(np, opts), false)
	if err != nil {
		return err
	}
	y, err := yaml.JSONToYAML(data)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if opts.SchemaRef != "" {
		b.WriteString(SchemaModeline(opts.SchemaRef))
	}
	b.Write(y)
	_, err = w.Write(b.Bytes())
	return err
}

// SchemaModeline is the first line of a YAML file that tells the YAML language
// server (VS Code, Neovim, Helix, ...) which JSON Schema checks the file.
func SchemaModeline(ref string) string {
	return "# yaml-language-server: $schema=" + ref + "\n"
}

// prepare returns the request to render: masked unless secrets are revealed.
func prepare(np *model.NodePool, opts Options) *model.NodePool {
	if np == nil {
		np = &model.NodePool{}
	}
	if opts.RevealSecrets {
		return np
	}
	return model.Redact(np)
}

// SecretPaths returns the wire paths of the secrets set in np, in path order: the
// values a masked export does not show.
func SecretPaths(np *model.NodePool) []string {
	return model.SetSecrets(np)
}

// leaf is one scalar of the request's wire JSON with its path.
type leaf struct {
	path  string
	value any
}

// tree decodes the request's wire JSON generically (numbers kept as json.Number).
func tree(np *model.NodePool) map[string]any {
	data, err := model.EncodeJSON(np, false)
	if err != nil {
		return map[string]any{}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var m map[string]any
	if dec.Decode(&m) != nil || m == nil {
		return map[string]any{}
	}
	return m
}

// leaves lists the scalars of np in a stable order; free-form maps are one leaf each
// entry, arrays of strings one leaf per item.
func leaves(np *model.NodePool) []leaf {
	var out []leaf
	walkLeaves(tree(np), "", &out)
	return out
}

func walkLeaves(v any, path string, out *[]leaf) {
	switch x := v.(type) {
	case map[string]any:
		for _, k := range sortedKeys(x) {
			walkLeaves(x[k], joinPath(path, k), out)
		}
	case []any:
		for i, item := range x {
			walkLeaves(item, fmt.Sprintf("%s[%d]", path, i), out)
		}
	default:
		*out = append(*out, leaf{path, x})
	}
}

func joinPath(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + "." + key
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

// underPath reports whether path equals prefix or lies inside it.
func underPath(path, prefix string) bool {
	return path == prefix || strings.HasPrefix(path, prefix+".") || strings.HasPrefix(path, prefix+"[")
}
