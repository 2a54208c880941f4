package model

// This file holds the signatures the other packages build against while the
// foundation work fills them in. Each function moves to its own file when implemented.

import (
	"encoding/json"
	"errors"
)

// Validate checks the whole request body against every rule of the reference
// (R001–R234 that can be checked without the cloud) and returns the problems found.
func Validate(np *NodePool) Problems { return nil }

// ValidateClusterID checks the ClusterId path parameter (R001).
func ValidateClusterID(id string) Problems { return nil }

// CheckField validates one field's proposed raw value (as typed) in the context of
// the whole request: it sets raw at path on a copy of np, validates, and returns the
// problems that concern that path.
func CheckField(np *NodePool, path string, raw string) Problems { return nil }

// SetPath sets the value at a dotted wire path from its text form, converting it to
// the field's type ("scaling_group.desired_size=3", "scaling_group.instance_types[1]=ecs.g7.large",
// comma lists for string arrays).
func SetPath(np *NodePool, path string, raw string) error { return errors.New("SetPath: pending") }

// Parse reads a request body from JSON or YAML strictly; source names the file in errors.
func Parse(data []byte, source string) (*NodePool, error) {
	var np NodePool
	if err := json.Unmarshal(data, &np); err != nil {
		return nil, err
	}
	return &np, nil
}

// Migrate moves deprecated fields to their replacements and returns a warning for each.
func Migrate(np *NodePool) Problems { return nil }

// Redact returns a deep copy of np with every secret field masked.
func Redact(np *NodePool) *NodePool { return np }
