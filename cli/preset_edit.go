package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"ackpool/model"
	"ackpool/presets"
	"ackpool/termtext"
)

// --- show / export --------------------------------------------------------------

type presetShowOptions struct {
	presetDeps
	Name   string
	Format string
}

func newPresetShowCmd(deps presetDeps) *cobra.Command {
	opts := &presetShowOptions{presetDeps: deps}
	cmd := &cobra.Command{
		Use:   "show NAME",
		Short: "Print a preset and check it",
		Long: `Print a preset as YAML (the file format), then report on stderr what validation
finds. A preset leaves out account-specific values (vSwitches, security groups, key
pair); their absence is not reported.`,
		Example: `  $ ackpool preset show gpu`,
		Args:    exactName,
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Name, opts.Format = args[0], "yaml"
			return presetShowRun(opts, true)
		},
	}
	return cmd
}

func newPresetExportCmd(deps presetDeps) *cobra.Command {
	opts := &presetShowOptions{presetDeps: deps}
	cmd := &cobra.Command{
		Use:   "export NAME",
		Short: "Write a preset to stdout for import elsewhere",
		Long: `Write a preset, built-in or saved, to standard output in the preset file format
(name, description, dates, format version and the request body in wire keys), as
YAML or with --format json. Presets hold no passwords, so the output is safe to share;
"ackpool preset import FILE" reads it back.`,
		Example: `  $ ackpool preset export web > web.yaml
  $ ackpool preset export web --format json`,
		Args: exactName,
		RunE: func(_ *cobra.Command, args []string) error {
			if opts.Format != "yaml" && opts.Format != "json" {
				return usageError{fmt.Errorf("--format %q: use yaml or json", opts.Format)}
			}
			opts.Name = args[0]
			return presetShowRun(opts, false)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "yaml", "yaml or json")
	return cmd
}

func presetShowRun(opts *presetShowOptions, check bool) error {
	lib, err := opts.Library()
	if err != nil {
		return err
	}
	p, err := lib.Get(opts.Name)
	if err != nil {
		return err
	}
	// A password never belongs in a preset; one added to the file by hand is not
	// printed (export output is meant to be shared). User data stays: it is only there
	// when the person kept it on purpose.
	if p.Request != nil && p.Request.ScalingGroup != nil && p.Request.ScalingGroup.LoginPassword != nil {
		p.Request, _ = presets.StripSecrets(p.Request, presets.SecretPolicy{KeepUserData: true})
		fmt.Fprintf(opts.Streams.Err, "note: scaling_group.login_password: left out; the preset file %s holds a password, which presets never should: remove it from the file\n", p.File)
	}
	warnUserData(opts.Streams.Err, p.Request)
	data, err := presets.Marshal(p, opts.Format)
	if err != nil {
		return err
	}
	if _, err := opts.Streams.Out.Write(data); err != nil {
		return err
	}
	if check {
		printProblems(opts.Streams.Err, presets.Validate(p.Request))
	}
	return nil
}

// warnUserData says on stderr that the printed preset holds user data, which is kept
// only on request (--keep-user-data) and may hold secrets.
func warnUserData(w io.Writer, np *model.NodePool) {
	if np == nil || np.KubernetesConfig == nil {
		return
	}
	kc := np.KubernetesConfig
	for _, f := range []struct {
		path  string
		value *string
	}{{model.PathKubernetesConfigUserData, kc.UserData}, {model.PathKubernetesConfigPreUserData, kc.PreUserData}} {
		if f.value != nil && *f.value != "" {
			fmt.Fprintf(w, "warning: %s is printed as it was saved (--keep-user-data); user data often holds tokens or keys: read it before you share this output\n", f.path)
		}
	}
}

// --- save / import --------------------------------------------------------------

type presetSaveOptions struct {
	presetDeps
	Name         string
	File         string
	Description  string
	Force        bool
	KeepUserData bool
	Import       bool // the input may be a preset document (import) rather than a body
}

func newPresetSaveCmd(deps presetDeps) *cobra.Command {
	opts := &presetSaveOptions{presetDeps: deps}
	cmd := &cobra.Command{
		Use:   "save NAME --file FILE",
		Short: "Save a request body (JSON or YAML) as a preset",
		Long: `Save a request body as the preset NAME. The body is checked like "ackpool validate"
(missing vSwitches and pool name are allowed in a preset). The password is never
saved; user data only with --keep-user-data. An existing preset is replaced only
with --force.`,
		Example: `  $ ackpool preset save web --file pool.yaml --description "front-end pool"
  $ ackpool create --file pool.yaml --set scaling_group.desired_size=5 --dry-run --output json | ackpool preset save web-5 --file -`,
		Args: exactName,
		RunE: func(_ *cobra.Command, args []string) error {
			if opts.File == "" {
				return usageError{errors.New("preset save needs --file FILE (or --file - for stdin)")}
			}
			opts.Name = args[0]
			return presetSaveRun(opts)
		},
	}
	addSaveFlags(cmd, opts)
	cmd.Flags().StringVarP(&opts.File, "file", "f", "", "request body to save (JSON or YAML); - reads stdin")
	cmd.Flags().StringVar(&opts.Description, "description", "", "one line saying what the preset is for")
	return cmd
}

func newPresetImportCmd(deps presetDeps) *cobra.Command {
	opts := &presetSaveOptions{presetDeps: deps, Import: true}
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Import a preset file (from preset export) or a request body",
		Long: `Import a preset written by "ackpool preset export" (YAML or JSON) or a bare request
body. The name comes from --name, else from the file, else from the file name.`,
		Example: `  $ ackpool preset import web.yaml
  $ ackpool preset import body.json --name web-copy`,
		Args: exactArg("FILE (a preset from ackpool preset export, or a request body)"),
		RunE: func(_ *cobra.Command, args []string) error {
			if opts.Name != "" {
				if err := presets.ValidateName(opts.Name); err != nil {
					return usageError{fmt.Errorf("--name: %w", err)}
				}
			}
			opts.File = args[0]
			return presetSaveRun(opts)
		},
	}
	addSaveFlags(cmd, opts)
	cmd.Flags().StringVar(&opts.Name, "name", "", "save under this name instead of the one in the file")
	return cmd
}

func addSaveFlags(cmd *cobra.Command, opts *presetSaveOptions) {
	cmd.Flags().BoolVar(&opts.Force, "force", false, "replace an existing preset of the same name")
	cmd.Flags().BoolVar(&opts.KeepUserData, "keep-user-data", false, "keep user_data/pre_user_data (only if the scripts hold no credentials)")
}

func presetSaveRun(opts *presetSaveOptions) error {
	data, source, err := readInput(opts.Streams.In, opts.File)
	if err != nil {
		return err
	}
	var p *presets.Preset
	if opts.Import {
		if p, err = presets.Unmarshal(data, source); err != nil {
			return err
		}
	} else {
		np, err := model.Parse(data, source)
		if err != nil {
			return err
		}
		p = &presets.Preset{Request: np}
	}
	name, description := opts.Name, opts.Description
	if name == "" {
		name = p.Name
	}
	if name == "" && source != "stdin" {
		name = strings.TrimSuffix(filepath.Base(source), filepath.Ext(source))
	}
	if err := presets.ValidateNewName(name); err != nil {
		if opts.Import {
			err = fmt.Errorf("%w; import it under another name with --name", err)
		}
		return usageError{err}
	}
	if description == "" {
		description = p.Description
	}
	// Check what will be written: the secrets are dropped first, so a masked
	// "********" from a dry run is neither checked nor saved.
	toSave, _ := presets.StripSecrets(p.Request, presets.SecretPolicy{KeepUserData: opts.KeepUserData})
	problems := presets.Validate(toSave)
	printProblems(opts.Streams.Err, problems)
	if problems.HasErrors() {
		return fmt.Errorf("preset %q not saved: %s has %s; fix them and run again", name, source, countNoun(len(problems.Errors()), "error"))
	}
	lib, err := opts.Library()
	if err != nil {
		return err
	}
	if lib.Store == nil {
		return errors.New("no preset folder is configured")
	}
	if description == "" && opts.Force {
		if old, err := lib.Store.Load(name); err == nil {
			description = old.Description // replacing the body keeps the description
		}
	}
	meta, notices, err := lib.Store.Save(name, description, p.Request, presets.SaveOptions{
		Overwrite: opts.Force,
		Secrets:   presets.SecretPolicy{KeepUserData: opts.KeepUserData},
	})
	for _, n := range notices {
		fmt.Fprintf(opts.Streams.Err, "note: %s\n", termtext.Line(n.String()))
	}
	if errors.Is(err, presets.ErrExists) {
		return fmt.Errorf("%w; add --force to replace it", err)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.Streams.Out, "saved preset %s to %s\n", meta.Name, meta.File)
	// The file's first line points editors at ../schema/preset.schema.json.
	if _, err := installSchemas(filepath.Join(filepath.Dir(filepath.Dir(meta.File)), "schema")); err != nil {
		fmt.Fprintf(opts.Streams.Err, "note: the editor schema was not written: %v\n", err)
	}
	return nil
}

// maxInputSize bounds what preset save and import read: a request document and the
// preset's metadata.
const maxInputSize = 2 * model.MaxDocumentSize

// readInput reads a file, or stdin for "-", and names the source for errors. Input
// over maxInputSize is refused without being read whole.
func readInput(stdin io.Reader, file string) ([]byte, string, error) {
	source, r := file, stdin
	if file == "-" {
		source = "stdin"
	} else {
		f, err := os.Open(file)
		if err != nil {
			return nil, file, fmt.Errorf("read %s: %w", file, err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInputSize+1))
	if err != nil {
		return nil, source, fmt.Errorf("read %s: %w", source, err)
	}
	if len(data) > maxInputSize {
		return nil, source, fmt.Errorf("%s: larger than %d bytes, the most a preset may have (a preset is a few kilobytes)", source, maxInputSize)
	}
	return data, source, nil
}

// printProblems writes validation problems, errors first, one per line, with the rule
// ID in brackets as `ackpool validate` shows it.
func printProblems(w io.Writer, ps model.Problems) {
	for _, p := range append(ps.Errors(), ps.Warnings()...) {
		rule := ""
		if p.Rule != "" {
			rule = " [" + p.Rule + "]"
		}
		fmt.Fprintf(w, "%s: %s: %s%s\n", p.Severity, termtext.Line(p.Path), termtext.Line(p.Message), rule)
	}
}

// --- delete -----------------------------------------------------------------------

type presetDeleteOptions struct {
	presetDeps
	Name string
}

func newPresetDeleteCmd(deps presetDeps) *cobra.Command {
	opts := &presetDeleteOptions{presetDeps: deps}
	return &cobra.Command{
		Use:   "delete NAME",
		Short: "Delete a saved preset",
		Long: `Delete one of your saved presets: its file in the preset folder is removed.
Built-in presets cannot be deleted. To keep a copy first, run "ackpool preset
export NAME > NAME.yaml"; "ackpool preset import NAME.yaml" brings it back.`,
		Example: `  $ ackpool preset delete web`,
		Args:    exactName,
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Name = args[0]
			return presetDeleteRun(opts)
		},
	}
}

func presetDeleteRun(opts *presetDeleteOptions) error {
	lib, err := opts.Library()
	if err != nil {
		return err
	}
	if lib.Store == nil {
		return errors.New("no preset folder is configured")
	}
	if err := lib.Store.Delete(opts.Name); err != nil {
		return err
	}
	fmt.Fprintf(opts.Streams.Out, "deleted preset %s (%s)\n", opts.Name, lib.Store.Path(opts.Name))
	return nil
}
