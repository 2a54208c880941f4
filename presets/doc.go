// Package presets keeps reusable node pool requests: the built-in presets embedded in
// the binary, the user's preset store (one YAML file per preset in the XDG config
// folder), the wizard's draft (XDG state folder), and the helpers that turn an
// existing pool into a new request (FromNodePoolDetail) and compare two requests (Diff).
//
// Every write is atomic (temporary file in the same folder, fsync, rename, fsync of the
// folder); files are created 0600 and folders 0700. Secrets never reach disk: see
// StripSecrets for the exact policy. A file that cannot be read or parsed is reported
// with its name and skipped; it is never deleted or overwritten by the store.
//
// The package imports model but no UI code: the wizard drives it through plain
// function calls and the Debouncer type.
package presets
