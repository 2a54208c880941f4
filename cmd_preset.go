package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newPresetCmd(g *globalOptions, streams ioStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "preset",
		Short: "(being built)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("preset: not built yet")
		},
	}
}
