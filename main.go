// Command ackpool creates Alibaba Cloud ACK node pools: an interactive wizard, plus
// non-interactive commands for scripts. This file only wires the process to the
// commands of package cli and turns their error into the exit code.
package main

import (
	"context"
	"os"
	"os/signal"

	"ackpool/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	streams := cli.IOStreams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}
	err := cli.NewRootCmd(streams).ExecuteContext(ctx)
	code := cli.ExitCode(streams, err)
	stop()
	os.Exit(code)
}
