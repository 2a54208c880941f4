package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newWatchCmd(g *globalOptions, streams ioStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "watch",
		Short: "(being built)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("watch: not built yet")
		},
	}
}
