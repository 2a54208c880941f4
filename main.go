// Command ackpool creates Alibaba Cloud ACK node pools: an interactive wizard, plus
// non-interactive commands for scripts. This file only wires the commands together
// and maps errors to exit codes.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
)

// Exit codes, in one place.
const (
	exitOK        = 0
	exitFailure   = 1
	exitUsage     = 2
	exitCancelled = 130
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	streams := ioStreams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}
	root := newRootCmd(streams)
	err := root.ExecuteContext(ctx)
	os.Exit(exitCode(streams, err))
}

// exitCode prints err (unless it was already reported) and maps it to a process exit code.
func exitCode(streams ioStreams, err error) int {
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
