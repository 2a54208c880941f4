package cli

import (
	"context"
	"errors"
	"fmt"
)

// Exit codes, in one place.
const (
	exitOK        = 0
	exitFailure   = 1
	exitUsage     = 2
	exitCancelled = 130
)

// ExitCode prints err (unless it was already reported) and maps it to a process exit
// code: 0 ok, 1 failure, 2 usage error, 130 cancelled.
func ExitCode(streams IOStreams, err error) int {
	return exitCode(streams, err)
}

func exitCode(streams IOStreams, err error) int {
	if err == nil {
		return exitOK
	}
	var silent silentError
	switch {
	case errors.As(err, &silent):
		return silent.code
	case errors.Is(err, errCancelled), errors.Is(err, context.Canceled):
		fmt.Fprintln(streams.Err, "cancelled")
		return exitCancelled
	case isUsageError(err):
		fmt.Fprintln(streams.Err, "error:", err)
		return exitUsage
	default:
		fmt.Fprintln(streams.Err, "error:", err)
		return exitFailure
	}
}
