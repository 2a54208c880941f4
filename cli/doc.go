// Package cli holds ackpool's commands: one file per command, each an options struct
// filled by cobra and a run function that does the work, plus the helpers they share
// (request loading, output, exit codes). Package main only calls NewRootCmd and
// ExitCode.
package cli
