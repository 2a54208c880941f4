package cli

import (
	"context"
	"errors"
	"fmt"

	"ackpool/api"
	"ackpool/termtext"
)

// Exit codes, in one place.
const (
	exitOK        = 0
	exitFailure   = 1
	exitUsage     = 2
	exitUnknown   = 3 // a create whose outcome cannot be known; the message says how to check
	exitCancelled = 130
)

// ExitCode prints err (unless it was already reported) and maps it to a process exit
// code: 0 ok, 1 failure, 2 usage error, 3 outcome unknown, 130 cancelled. Every message
// is printed with its control characters made visible (termtext), since errors carry
// text from servers, files and flags.
func ExitCode(streams IOStreams, err error) int {
	return exitCode(streams, err)
}

func exitCode(streams IOStreams, err error) int {
	if err == nil {
		return exitOK
	}
	var (
		silent  silentError
		unknown *api.OutcomeUnknownError
	)
	switch {
	case errors.As(err, &silent):
		return silent.code
	case errors.Is(err, errCancelled), errors.Is(err, context.Canceled):
		fmt.Fprintln(streams.Err, "cancelled")
		return exitCancelled
	case errors.As(err, &unknown):
		fmt.Fprintln(streams.Err, termtext.Visible(err.Error()))
		return exitUnknown
	case isUsageError(err):
		fmt.Fprintln(streams.Err, "error:", termtext.Visible(err.Error()))
		return exitUsage
	default:
		fmt.Fprintln(streams.Err, "error:", termtext.Visible(err.Error()))
		return exitFailure
	}
}
