package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newSandboxCmd(g *globalOptions, streams ioStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "sandbox",
		Short: "(being built)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("sandbox: not built yet")
		},
	}
}
