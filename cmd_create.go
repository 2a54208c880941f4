package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newCreateCmd(g *globalOptions, streams ioStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "create",
		Short: "(being built)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("create: not built yet")
		},
	}
}
