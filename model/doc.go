// Package model is the CreateClusterNodePool request as plain data plus its rules: Go
// types whose JSON tags are the wire names (zz_types.go, generated with
// `go generate ./...` from the reference and the field table fieldtable.yaml), strict JSON/YAML parsing with
// line numbers (Parse), a typed setter for dotted wire paths (SetPath), the embedded
// field reference (Field, Fields, IsSecret), validation of every offline rule
// R001–R234 (Validate, CheckField, ValidateClusterID), migration of deprecated fields
// (Migrate) and redaction of secrets (Redact).
//
// Data-driven checks (allowed values, ranges, lengths, patterns, formats, required and
// deprecated fields) come from the field reference through a plan built once; the
// cross-field rules are hand-written, one topic per file (billing.go, disks.go,
// management.go, scaling.go, kubernetes.go, kubelet.go, network.go, deprecated.go).
// The package has no UI, network or disk access.
package model

//go:generate go run ./internal/fieldgen
