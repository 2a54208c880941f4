package presets

import (
	"fmt"
	"time"

	"ackpool/model"
)

// FormatVersion is the version of the preset and draft file format this package
// writes. Files with a higher version are reported and skipped, never rewritten.
const FormatVersion = 1

// Meta describes a preset without its request body: what `ackpool preset list` shows.
type Meta struct {
	// Name is the preset's name; for user presets it is also the file name without ".yaml".
	Name string `json:"name"`
	// Description is a free-form line written by the person who saved the preset.
	Description string `json:"description,omitempty"`
	// Version is the file format version the preset was written with.
	Version int `json:"version"`
	// Created is when the preset was first saved (zero for built-ins).
	Created time.Time `json:"created,omitzero"`
	// Updated is when the preset was last saved (zero for built-ins).
	Updated time.Time `json:"updated,omitzero"`
	// Builtin is true for the presets embedded in ackpool.
	Builtin bool `json:"builtin"`
	// File is the path of a user preset's file; empty for built-ins.
	File string `json:"file,omitempty"`
}

// Preset is a named, partial CreateClusterNodePool request. Presets normally leave out
// account-specific values (vSwitches, security groups, key pairs); they are filled in
// for the cluster the preset is applied to.
type Preset struct {
	Meta
	// Request is the request body in wire shape; never nil for a loaded preset.
	Request *model.NodePool `json:"request"`
}

// Notice tells the caller about something the package changed or left out, such as a
// secret that was not written to disk. Callers show notices to the person; they are
// not errors.
type Notice struct {
	// Path is the dotted wire path concerned, when there is one.
	Path string `json:"path,omitempty"`
	// Message says what happened and, where useful, what to do about it.
	Message string `json:"message"`
}

// String renders the notice as "path: message".
func (n Notice) String() string {
	if n.Path == "" {
		return n.Message
	}
	return n.Path + ": " + n.Message
}

// FileError reports a preset or draft file that could not be read or parsed.
// The store skips such files; it never deletes or rewrites them.
type FileError struct {
	// File is the path of the file.
	File string
	// Line is the 1-based line of a parse error, or 0 when unknown.
	Line int
	// Err is the underlying problem.
	Err error
}

// Error renders "file:line: problem" (the line only when known) with a hint.
func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the underlying problem.
func (e *FileError) Unwrap() error { return e.Err }
