package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"ackpool/model"
	"ackpool/termtext"

	"github.com/spf13/cobra"
)

// validateOptions is everything `ackpool validate` needs; tests fill it directly.
type validateOptions struct {
	Source    requestSource
	ClusterID string // optional; checked by R001 when given
	Output    string // text or json
	Reader    requestReader
	Out       io.Writer // results
	Err       io.Writer // parse errors in text mode
}

func newValidateCmd(_ *globalOptions, streams IOStreams) *cobra.Command {
	opts := &validateOptions{Output: "text"}
	cmd := &cobra.Command{
		Use:   "validate --file FILE",
		Short: "Check a node pool request file against every rule, offline",
		Long: `Validate reads a CreateClusterNodePool request body (JSON or YAML, wire field
names) and checks it against the field reference and every rule that can be
checked without the cloud: types, allowed values, ranges, required fields,
combinations that do not go together, and deprecated fields.

Problems are printed with their dotted wire path, errors first. The exit status
is 0 when there are no errors (warnings are allowed), 1 when there are errors or
the file cannot be parsed, and 2 when the command is called wrongly.`,
		Example: `  $ ackpool validate --file pool.yaml
  $ ackpool validate --file pool.json --cluster c61da77e8bfbc4c4c999af2b51b65xxxx
  $ cat pool.json | ackpool validate --file - --output json
  $ ackpool validate --preset gpu --set scaling_group.vswitch_ids=vsw-a,vsw-b
  $ ackpool validate --preset gpu --vswitches vsw-a,vsw-b --nodes-max 8 --taint nvidia.com/gpu=true:NoSchedule`,
		Args: noArgs("pass the request with --file or --preset"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Reader = requestReader{Stdin: streams.In, ReadFile: readFileLimited}
			opts.Out, opts.Err = streams.Out, streams.Err
			return validateRun(opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Source.File, "file", "f", "", "request file, JSON or YAML (- reads standard input)")
	f.StringVar(&opts.ClusterID, "cluster", "", "cluster ID the pool is meant for (checked too when given)")
	f.StringVar(&opts.Source.Preset, "preset", "", "start from this preset instead of a file (see ackpool preset list)")
	f.StringArrayVar(&opts.Source.Sets, "set", nil, "set path=value on top of the file or preset (repeatable; lists by index or comma list)")
	opts.Source.Fields = addFieldFlags(f)
	f.StringVarP(&opts.Output, "output", "o", "text", "output format: text or json")
	return cmd
}

// validateReport is the --output json document.
type validateReport struct {
	Valid    bool           `json:"valid"`
	Problems model.Problems `json:"problems"`
}

// validateRun validates the request and prints the result; it returns silentError{1}
// when the request has errors or cannot be parsed.
func validateRun(opts *validateOptions) error {
	if err := checkOutput(opts.Output); err != nil {
		return err
	}
	np, err := loadRequest(opts.Source, opts.Reader)
	if err != nil {
		parseErrs := model.AllParseErrors(err)
		if len(parseErrs) == 0 {
			return err
		}
		if opts.Output == "json" {
			rep := validateReport{Problems: make(model.Problems, len(parseErrs))}
			for i, pe := range parseErrs {
				at := *pe
				at.Path = "" // the path has its own key; the message keeps the position
				rep.Problems[i] = model.Problem{Path: pe.Path, Message: at.Error(), Severity: model.SeverityError}
			}
			if err := writeValidateJSON(opts.Out, rep); err != nil {
				return err
			}
		} else {
			for _, pe := range parseErrs {
				fmt.Fprintln(opts.Err, termtext.Line(pe.Error()))
			}
		}
		return silentError{exitFailure}
	}
	var problems model.Problems
	if opts.ClusterID != "" {
		problems = append(problems, model.ValidateClusterID(opts.ClusterID)...)
	}
	problems = append(problems, model.Validate(np)...)
	if problems == nil {
		problems = model.Problems{}
	}
	if opts.Output == "json" {
		err = writeValidateJSON(opts.Out, validateReport{Valid: !problems.HasErrors(), Problems: problems})
	} else {
		err = writeProblemsText(opts.Out, opts.Source.sourceName(), problems)
	}
	if err != nil {
		return err
	}
	if problems.HasErrors() {
		return silentError{exitFailure}
	}
	return nil
}

func writeValidateJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeProblemsText prints errors, then warnings, each with its path, and a summary line.
func writeProblemsText(w io.Writer, source string, problems model.Problems) error {
	var b strings.Builder
	for _, group := range []struct {
		title string
		list  model.Problems
	}{{"Errors", problems.Errors()}, {"Warnings", problems.Warnings()}} {
		if len(group.list) == 0 {
			continue
		}
		fmt.Fprintf(&b, "%s:\n", group.title)
		for _, p := range group.list {
			fmt.Fprintf(&b, "  %s: %s", termtext.Line(p.Path), termtext.Line(p.Message))
			if p.Rule != "" {
				fmt.Fprintf(&b, " [%s]", p.Rule)
			}
			b.WriteByte('\n')
		}
		b.WriteByte('\n')
	}
	nErr, nWarn := len(problems.Errors()), len(problems.Warnings())
	verdict := "valid"
	if nErr > 0 {
		verdict = "invalid"
	}
	fmt.Fprintf(&b, "%s: %s (%s, %s)\n", source, verdict, countNoun(nErr, "error"), countNoun(nWarn, "warning"))
	_, err := io.WriteString(w, b.String())
	return err
}

func countNoun(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
