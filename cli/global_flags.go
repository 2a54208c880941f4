package cli

import (
	"fmt"

	"ackpool/model"
)

// checkGlobalFlags refuses global flag values that can never work before a command
// runs, so that a region like "b3 I4?4xU237e" never reaches a request or an export.
func checkGlobalFlags(g *globalOptions) error {
	if ps := model.ValidateRegionID(g.Region); len(ps) > 0 {
		return usageError{fmt.Errorf("--region: %s", ps[0].Message)}
	}
	return nil
}
