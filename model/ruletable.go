package model

// fieldRule is the rule columns of one row of the field table (fieldtable.yaml; the
// generated fieldRules in zz_rules.go holds them). It ties a reference path to the rule ID its data-driven checks report, and adds
// what the reference leaves implicit: a lower bound stated only in the rules file, a unit
// for messages, a readable description of a pattern, a softer severity for enum misses,
// and whether presence of a deprecated field is reported.
type fieldRule struct {
	rule        string
	min         *float64 // lower bound not in the field reference
	unit        string   // unit shown after numbers in messages
	help        string   // human form of the field's pattern
	enumWarning bool     // unknown enum values are warnings (the list is not exhaustive)
	quiet       bool     // deprecated, but not reported (children are still the only way to set something)
	handChecked bool     // "required" is checked by a hand-written rule instead
}

func floatPtr(f float64) *float64 { return &f }
