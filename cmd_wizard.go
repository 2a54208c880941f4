package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// addWizard makes the root command open the wizard.
func addWizard(root *cobra.Command, g *globalOptions, streams ioStreams) {
	root.RunE = func(*cobra.Command, []string) error {
		return errors.New("wizard: not built yet")
	}
}
