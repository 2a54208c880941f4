package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"ackpool/export"
	"ackpool/model"
	"ackpool/presets"

	"github.com/spf13/cobra"
)

// schemaOptions are the inputs of `ackpool schema`.
type schemaOptions struct {
	IO      IOStreams
	Install bool
	// Dir is where --install writes; empty means schemaDir().
	Dir string
}

func newSchemaCmd(_ *globalOptions, streams IOStreams) *cobra.Command {
	opts := &schemaOptions{IO: streams}
	cmd := &cobra.Command{
		Use:   "schema [request|preset]",
		Short: "Print the JSON Schema of request files or preset files, for editors",
		Long: `Schema prints a JSON Schema (draft 2020-12) generated from ackpool's field
reference: every wire key with its type, allowed values, ranges, patterns, required
keys and help text, and no other keys. Editors that speak the YAML language server
(VS Code with the YAML extension, Neovim, Helix, ...) use it to complete and check
request files and presets as you type.

"request" (the default) describes a request file (ackpool create --file);
"preset" describes a preset file. --install writes both to
$XDG_CONFIG_HOME/ackpool/schema/ (request.schema.json, preset.schema.json). Saved
presets and "ackpool create --dry-run --output yaml" start with a line such as

  # yaml-language-server: $schema=../schema/preset.schema.json

that points the editor at them.`,
		Example: `  $ ackpool schema --install
  $ ackpool schema > request.schema.json
  $ ackpool schema preset | jq '.properties | keys'
  $ ackpool create --preset gpu --dry-run --output yaml > pool.yaml`,
		Args:      cobra.MaximumNArgs(1),
		ValidArgs: []string{"request", "preset"},
		RunE: func(_ *cobra.Command, args []string) error {
			kind := "request"
			if len(args) == 1 {
				kind = args[0]
			}
			return schemaRun(opts, kind)
		},
	}
	cmd.Flags().BoolVar(&opts.Install, "install", false, "write both schemas to the ackpool config folder and print their paths")
	return cmd
}

// schemaRun prints one schema or installs both.
func schemaRun(opts *schemaOptions, kind string) error {
	if opts.Install {
		paths, err := installSchemas(opts.Dir)
		if err != nil {
			return err
		}
		for _, p := range paths {
			fmt.Fprintln(opts.IO.Out, p)
		}
		return nil
	}
	docs := schemaDocuments()
	data, ok := docs[kind]
	if !ok {
		return usageError{fmt.Errorf("unknown schema %q: use request or preset", kind)}
	}
	_, err := opts.IO.Out.Write(data)
	return err
}

// schemaDocuments renders both schemas, keyed request and preset.
func schemaDocuments() map[string][]byte {
	req, err := export.MarshalSchema(export.RequestSchema())
	if err != nil {
		panic(err) // the schema is built from maps of plain values
	}
	pre, err := export.MarshalSchema(export.PresetSchema(presets.MaxNameLength, presets.FormatVersion, presetPlaceholderPaths()))
	if err != nil {
		panic(err)
	}
	return map[string][]byte{"request": req, "preset": pre}
}

// presetPlaceholderPaths are the required paths a preset may leave out: the ones
// presets.Validate fills with placeholders.
func presetPlaceholderPaths() []string {
	return []string{model.PathScalingGroupVSwitchIDs, model.PathNodepoolInfoName}
}

// schemaDir is $XDG_CONFIG_HOME/ackpool/schema, next to the presets folder (saved
// presets refer to it as presets.PresetSchemaRef).
func schemaDir() (string, error) {
	dir, err := presets.DefaultDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(filepath.Dir(dir), "schema"), nil
}

// installSchemas writes request.schema.json and preset.schema.json into dir (default
// schemaDir), rewriting a file only when its content changed. It returns the paths.
func installSchemas(dir string) ([]string, error) {
	if dir == "" {
		var err error
		if dir, err = schemaDir(); err != nil {
			return nil, err
		}
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create the schema folder: %w", err)
	}
	var paths []string
	for _, kind := range []string{"request", "preset"} {
		data := schemaDocuments()[kind]
		path := filepath.Join(dir, kind+".schema.json")
		if old, err := os.ReadFile(path); err != nil || !bytes.Equal(old, data) {
			tmp := path + ".tmp"
			if err := os.WriteFile(tmp, data, 0o600); err != nil {
				return nil, fmt.Errorf("write %s: %w", path, err)
			}
			if err := os.Rename(tmp, path); err != nil {
				return nil, fmt.Errorf("write %s: %w", path, err)
			}
		}
		paths = append(paths, path)
	}
	return paths, nil
}

// requestSchemaRef installs the schemas and returns the request schema's path for the
// modeline of a YAML dry run; on failure it returns "" and the reason.
func requestSchemaRef() (string, error) {
	paths, err := installSchemas("")
	if err != nil {
		return "", err
	}
	return paths[0], nil
}
