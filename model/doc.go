// Package model is the CreateClusterNodePool request as plain data plus its rules.
//
// Every field is described once: reference/create-nodepool-fields.json says what the API
// accepts, and the field table fieldtable.yaml says how ackpool names, shows and handles
// it (Go name, wizard step, title, widget, description, help, rule ID, unit, secret kind,
// account-specific). `go generate ./...` turns both into the request types whose JSON
// tags are the wire names (zz_types.go), one Path… constant per wire path (zz_paths.go),
// the field data read by Field, Fields and IsSecret (zz_fields.go) and the rule columns
// of the data-driven checks (zz_rules.go); a test fails when those files are stale.
//
// Besides the types the package has strict JSON/YAML parsing with line numbers (Parse),
// one path engine for dotted wire paths (ParsePath and Path's Get, Set, Clear, Text and
// SetText; SetPath for --set), validation of every offline rule R001–R234 (Validate,
// CheckField, ValidateClusterID), migration of deprecated fields (Migrate) and redaction
// of secrets (Redact, SetSecrets).
//
// Data-driven checks (allowed values, ranges, lengths, patterns, formats, required and
// deprecated fields) come from the field data through a plan built once; the
// cross-field rules are hand-written, one topic per file (billing.go, disks.go,
// management.go, scaling.go, kubernetes.go, kubelet.go, network.go, deprecated.go).
// The package has no UI, network or disk access.
package model

//go:generate go run ./internal/fieldgen
