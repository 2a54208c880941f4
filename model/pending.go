package model

// This file holds the signatures the other packages build against while the
// foundation work fills them in. Each function moves to its own file when implemented.

// Validate checks the whole request body against every rule of the reference
// (R001–R234 that can be checked without the cloud) and returns the problems found.
func Validate(np *NodePool) Problems { return nil }

// ValidateClusterID checks the ClusterId path parameter (R001).
func ValidateClusterID(id string) Problems { return nil }

// CheckField validates one field's proposed raw value (as typed) in the context of
// the whole request: it sets raw at path on a copy of np, validates, and returns the
// problems that concern that path.
func CheckField(np *NodePool, path string, raw string) Problems { return nil }

// Migrate moves deprecated fields to their replacements and returns a warning for each.
func Migrate(np *NodePool) Problems { return nil }
