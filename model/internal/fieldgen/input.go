package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	yaml "go.yaml.in/yaml/v3"
)

// referencePath and tablePath are the inputs, relative to the model folder.
const (
	referencePath = "reference/create-nodepool-fields.json"
	tablePath     = "fieldtable.yaml"
)

// entry is one field of the reference, as far as the generator uses it.
type entry struct {
	Path                 string           `json:"path"`
	Location             string           `json:"location"`
	Type                 string           `json:"type"`
	Required             bool             `json:"required"`
	Deprecated           bool             `json:"deprecated"`
	Replacement          *string          `json:"replacement"`
	Enum                 []any            `json:"enum"`
	ItemEnum             []any            `json:"item_enum"`
	EnumBy               map[string][]any `json:"enum_by"`
	Min                  *float64         `json:"min"`
	Max                  *float64         `json:"max"`
	MinRef               *string          `json:"min_ref"`
	MaxRef               *string          `json:"max_ref"`
	MinItems             *int             `json:"min_items"`
	MaxItems             *int             `json:"max_items"`
	MinLength            *int             `json:"min_length"`
	MaxLength            *int             `json:"max_length"`
	Pattern              *string          `json:"pattern"`
	Format               *string          `json:"format"`
	MapValueType         *string          `json:"map_value_type"`
	Default              any              `json:"default"`
	DependsOn            *string          `json:"depends_on"`
	MutuallyExclusive    []string         `json:"mutually_exclusive_with"`
	ImmutableAfterCreate *bool            `json:"immutable_after_create"`
	InModifyRequest      bool             `json:"in_modify_request"`
	Secret               bool             `json:"secret"`
	Summary              string           `json:"summary"`
	Notes                *string          `json:"notes"`
	Example              any              `json:"example"`
}

// row is one row of the field table; see the comment at the top of fieldtable.yaml.
type row struct {
	Go      string `yaml:"go"`
	Type    string `yaml:"type"`
	Step    string `yaml:"step"`
	Title   string `yaml:"title"`
	Widget  string `yaml:"widget"`
	Unit    string `yaml:"unit"`
	Desc    string `yaml:"desc"`
	Help    string `yaml:"help"`
	Syntax  string `yaml:"syntax"`
	Secret  string `yaml:"secret"`
	Account bool   `yaml:"account"`

	// The Terraform columns: the argument of alicloud_cs_kubernetes_node_pool that
	// expresses the field, its provider type, and the first provider version with it.
	Terraform      string `yaml:"terraform"`
	TerraformType  string `yaml:"terraform_type"`
	TerraformSince string `yaml:"terraform_since"`

	// The columns of the data-driven checks (model's fieldRule).
	Rule        string   `yaml:"rule"`
	Min         *float64 `yaml:"min"`
	PatternHelp string   `yaml:"pattern_help"`
	EnumWarning bool     `yaml:"enum_warning"`
	Quiet       bool     `yaml:"quiet"`
	HandChecked bool     `yaml:"hand_checked"`
}

// field is a reference entry with its table row.
type field struct {
	entry
	row
}

// steps, widgets and secretKinds are the values the step, widget and secret columns take.
func steps() []string {
	return []string{"target", "basics", "instances", "disks", "network", "management", "kubernetes", "advanced"}
}

func widgets() []string {
	return []string{"input", "number", "toggle", "select", "multi-select", "lines", "pick", "pick-many", "secret", "script"}
}

func secretKinds() []string { return []string{"password", "script"} }

// load reads both inputs and joins them; every reference path needs exactly one row.
func load(dir string) ([]field, error) {
	refData, err := os.ReadFile(filepath.Join(dir, referencePath))
	if err != nil {
		return nil, err
	}
	var entries []entry
	if err := json.Unmarshal(refData, &entries); err != nil {
		return nil, fmt.Errorf("%s: %w", referencePath, err)
	}
	tableData, err := os.ReadFile(filepath.Join(dir, tablePath))
	if err != nil {
		return nil, err
	}
	var rows map[string]row
	yd := yaml.NewDecoder(bytes.NewReader(tableData))
	yd.KnownFields(true)
	if err := yd.Decode(&rows); err != nil {
		return nil, fmt.Errorf("%s: %w", tablePath, err)
	}
	var out []field
	seen := map[string]bool{}
	for _, e := range entries {
		r, ok := rows[e.Path]
		if !ok {
			return nil, fmt.Errorf("%s: no row for %s (add one with at least its go name)", tablePath, e.Path)
		}
		seen[e.Path] = true
		if err := check(e, r); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", tablePath, e.Path, err)
		}
		out = append(out, field{e, r})
	}
	for _, f := range out {
		parent := strings.TrimSuffix(parentOf(f.Path), "[]")
		if parent != "" && !seen[parent] {
			return nil, fmt.Errorf("%s: %s has no parent entry %s", referencePath, f.Path, parent)
		}
	}
	for p := range rows {
		if !seen[p] {
			return nil, fmt.Errorf("%s: row %s is not a path of %s", tablePath, p, referencePath)
		}
	}
	return out, nil
}

// check refuses a row that does not fit its reference entry.
func check(e entry, r row) error {
	switch {
	case r.Go == "":
		return fmt.Errorf("no go name")
	case r.Step != "" && !slices.Contains(steps(), r.Step):
		return fmt.Errorf("step %q is not one of %s", r.Step, strings.Join(steps(), ", "))
	case r.Widget != "" && !slices.Contains(widgets(), r.Widget):
		return fmt.Errorf("widget %q is not one of %s", r.Widget, strings.Join(widgets(), ", "))
	case e.Secret != (r.Secret != ""):
		return fmt.Errorf("the reference says secret=%v; the secret column must be set exactly for secret fields", e.Secret)
	case r.Secret != "" && !slices.Contains(secretKinds(), r.Secret):
		return fmt.Errorf("secret %q is not one of %s", r.Secret, strings.Join(secretKinds(), ", "))
	case r.Rule != "" && !ruleID.MatchString(r.Rule):
		return fmt.Errorf("rule %q is not a rule ID such as R100", r.Rule)
	case (r.Type != "") != (isStruct(e)):
		return fmt.Errorf("type names exactly the objects and arrays of objects")
	}
	return nil
}

// ruleID is the form of a rule ID of the rules file (compiled once, never changed).
var ruleID = regexp.MustCompile(`^R[0-9]{3}$`)

// isStruct reports whether the field is a Go struct (an object with fields, or items of one).
func isStruct(e entry) bool {
	return (e.Type == "object" && e.MapValueType == nil) || e.Type == "array<object>"
}
