package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"ackpool/presets"
	"ackpool/termtext"
)

// presetDeps are what every preset subcommand needs: the streams and a way to open
// the preset library (built-ins + the user's folder).
type presetDeps struct {
	Streams IOStreams
	Library func() (presets.Library, error)
}

// defaultLibrary opens the built-ins and the store in presets.DefaultDir().
func defaultLibrary() (presets.Library, error) {
	dir, err := presets.DefaultDir()
	if err != nil {
		return presets.Library{}, err
	}
	return presets.Library{Store: presets.NewStore(dir)}, nil
}

// withFolderNotices opens the library with open and prints what is unusual about the
// presets folder (a symbolic link, a mode that lets others in) on stderr.
func withFolderNotices(streams IOStreams, open func() (presets.Library, error)) func() (presets.Library, error) {
	return func() (presets.Library, error) {
		lib, err := open()
		if err == nil && lib.Store != nil {
			for _, n := range lib.Store.FolderNotices() {
				fmt.Fprintf(streams.Err, "note: %s\n", termtext.Line(n))
			}
		}
		return lib, err
	}
}

func newPresetCmd(_ *globalOptions, streams IOStreams) *cobra.Command {
	deps := presetDeps{Streams: streams, Library: withFolderNotices(streams, defaultLibrary)}
	cmd := &cobra.Command{
		Use:   "preset",
		Short: "Manage reusable node pool presets",
		Long: `Presets are reusable, partial node pool requests. ackpool ships built-in presets
(general-purpose, spot-cost-optimised, gpu, secure-baseline); your own presets are
readable YAML files in $XDG_CONFIG_HOME/ackpool/presets (one file per preset).
Passwords are never written to a preset; user data only with --keep-user-data.

Use a preset with "ackpool create --preset NAME" or "ackpool validate --preset NAME".`,
		Example: `  $ ackpool preset list
  $ ackpool preset save web --file pool.yaml --description "front-end pool"
  $ ackpool create --preset web --cluster c123 --set scaling_group.desired_size=5`,
		RunE: unknownSubcommand,
	}
	cmd.AddCommand(
		newPresetListCmd(deps),
		newPresetShowCmd(deps),
		newPresetSaveCmd(deps),
		newPresetDeleteCmd(deps),
		newPresetExportCmd(deps),
		newPresetImportCmd(deps),
	)
	return cmd
}

// exactName checks the single NAME argument; a bad name is a usage error.
func exactName(cmd *cobra.Command, args []string) error {
	if len(args) != 1 {
		return usageError{fmt.Errorf("%s needs exactly one preset NAME, got %d arguments", cmd.CommandPath(), len(args))}
	}
	if err := presets.ValidateName(args[0]); err != nil {
		return usageError{err}
	}
	return nil
}

// --- list ---------------------------------------------------------------------

type presetListOptions struct {
	presetDeps
	Output string
	Check  bool
}

func newPresetListCmd(deps presetDeps) *cobra.Command {
	opts := &presetListOptions{presetDeps: deps}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List built-in and saved presets",
		Long: `List the built-in presets and your saved ones. Files in the preset folder that
cannot be read are reported on stderr by name and skipped; they are never changed.
List reads only each file's header; --check parses every preset completely.`,
		Example: `  $ ackpool preset list
  $ ackpool preset list --output json`,
		Args: noArgs(""),
		RunE: func(*cobra.Command, []string) error {
			if opts.Output != "text" && opts.Output != "json" {
				return usageError{fmt.Errorf("--output %q: use text or json", opts.Output)}
			}
			return presetListRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "text", "output format: text or json")
	cmd.Flags().BoolVar(&opts.Check, "check", false, "parse every preset completely and report broken ones (exit 1 if any)")
	return cmd
}

// skippedJSON is one unreadable file in `preset list --output json`.
type skippedJSON struct {
	File  string `json:"file"`
	Line  int    `json:"line,omitempty"`
	Error string `json:"error"`
}

func presetListRun(opts *presetListOptions) error {
	lib, err := opts.Library()
	if err != nil {
		return err
	}
	metas, skipped, err := lib.List()
	if err != nil {
		return err
	}
	if opts.Check && lib.Store != nil {
		broken, err := lib.Store.Verify()
		if err != nil {
			return err
		}
		skipped = mergeSkipped(skipped, broken)
		metas = withoutFiles(metas, broken)
	}
	if opts.Output == "json" {
		out := struct {
			Presets []presets.Meta `json:"presets"`
			Skipped []skippedJSON  `json:"skipped"`
		}{Presets: metas, Skipped: []skippedJSON{}}
		if out.Presets == nil {
			out.Presets = []presets.Meta{}
		}
		for _, fe := range skipped {
			out.Skipped = append(out.Skipped, skippedJSON{File: fe.File, Line: fe.Line, Error: fe.Err.Error()})
		}
		if err := writeJSON(opts.Streams.Out, out); err != nil {
			return err
		}
	} else {
		tw := tabwriter.NewWriter(opts.Streams.Out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "NAME\tSOURCE\tUPDATED\tDESCRIPTION")
		for _, m := range metas {
			source, updated := "user", "-"
			if m.Builtin {
				source = "built-in"
			}
			if !m.Updated.IsZero() {
				updated = m.Updated.UTC().Format("2006-01-02 15:04")
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", termtext.Line(m.Name), source, updated, termtext.Line(oneLine(m.Description)))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	for _, fe := range skipped {
		fmt.Fprintf(opts.Streams.Err, "warning: skipped %s\n", termtext.Visible(fe.Error()))
	}
	n := len(skipped)
	switch {
	case n == 0:
	case opts.Check && n == 1:
		return errors.New("1 preset file is broken; fix or move it (ackpool never changes it)")
	case opts.Check:
		return fmt.Errorf("%d preset files are broken; fix or move them (ackpool never changes them)", n)
	case n == 1:
		fmt.Fprintln(opts.Streams.Err, "1 preset file skipped; fix or move it (ackpool never changes it), then check with: ackpool preset list --check")
	default:
		fmt.Fprintf(opts.Streams.Err, "%d preset files skipped; fix or move them (ackpool never changes them), then check with: ackpool preset list --check\n", n)
	}
	return nil
}

func mergeSkipped(a, b []*presets.FileError) []*presets.FileError {
	seen := map[string]bool{}
	var out []*presets.FileError
	for _, fe := range append(a, b...) {
		if !seen[fe.File] {
			seen[fe.File] = true
			out = append(out, fe)
		}
	}
	return out
}

func withoutFiles(metas []presets.Meta, broken []*presets.FileError) []presets.Meta {
	bad := map[string]bool{}
	for _, fe := range broken {
		bad[fe.File] = true
	}
	var out []presets.Meta
	for _, m := range metas {
		if m.File == "" || !bad[m.File] {
			out = append(out, m)
		}
	}
	return out
}

func oneLine(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\n", " "))
	if len(s) > 80 {
		s = s[:77] + "..."
	}
	return s
}

func writeJSON(w io.Writer, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}
