package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// noArgs refuses positional arguments with a usage error that names the command, what
// was given and, when hint is set, the flag to use instead.
func noArgs(hint string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return nil
		}
		msg := fmt.Sprintf("%s takes no arguments, got %q", cmd.CommandPath(), strings.Join(args, " "))
		if hint != "" {
			msg += "; " + hint
		}
		return usageError{fmt.Errorf("%s", msg)}
	}
}

// unknownSubcommand makes a command group refuse a mistyped subcommand (cobra would
// print the group's help and exit 0) and prints the help when called alone.
func unknownSubcommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return cmd.Help()
	}
	msg := fmt.Sprintf("unknown command %q for %s", args[0], cmd.CommandPath())
	if cmd.SuggestionsMinimumDistance <= 0 {
		cmd.SuggestionsMinimumDistance = 2
	}
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += "; did you mean " + strings.Join(s, " or ") + "?"
	} else {
		msg += fmt.Sprintf("; see %s --help", cmd.CommandPath())
	}
	return usageError{fmt.Errorf("%s", msg)}
}

// exactArg wants one positional argument, described by what (e.g. "TASK_ID (the task_id
// printed by ackpool create)"), and says so with a usage error otherwise.
func exactArg(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != 1 {
			return usageError{fmt.Errorf("%s needs exactly one %s, got %d arguments", cmd.CommandPath(), what, len(args))}
		}
		return nil
	}
}
