package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newValidateCmd(g *globalOptions, streams ioStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "validate",
		Short: "(being built)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("validate: not built yet")
		},
	}
}
