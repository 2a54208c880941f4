package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"ackpool/export"
	"ackpool/model"
	"ackpool/presets"
)

// requestSource says where a command reads its request body from. Commands fill it
// from their flags (--file or --preset, then --set overrides) and call loadRequest, so
// every command reads requests the same way.
type requestSource struct {
	File   string   // path of a JSON or YAML file; "-" reads standard input
	Preset string   // name of a built-in or saved preset to start from (instead of File)
	Sets   []string // "path=value" overrides applied in order on top (--set, repeatable)
	// Fields are the plain flags for common fields (--name, --nodes, ...), applied
	// after the file or preset and before Sets; nil when the command has none.
	Fields *fieldFlagValues
}

// sourceName is how the request is named in messages ("stdin" for "-").
func (s requestSource) sourceName() string {
	switch {
	case s.File == "-":
		return "stdin"
	case s.File != "":
		return s.File
	case s.Preset != "":
		return "preset " + s.Preset
	}
	return "the flags"
}

// validateCommand is the `ackpool validate` line that reads the same request, quoted
// for a POSIX shell, for messages that say how to check a request again. Secret --set
// values are masked (model.RedactAssignment): the line is printed, so it must not
// carry a password.
func (s requestSource) validateCommand() string {
	parts := []string{"ackpool", "validate"}
	switch {
	case s.File != "":
		parts = append(parts, "--file", export.ShellQuote(s.File))
	case s.Preset != "":
		parts = append(parts, "--preset", export.ShellQuote(s.Preset))
	}
	parts = append(parts, s.Fields.words()...)
	for _, kv := range s.Sets {
		parts = append(parts, "--set", export.ShellQuote(model.RedactAssignment(kv)))
	}
	return strings.Join(parts, " ")
}

// requestReader is what loadRequest needs from the process: standard input, the file
// system and the preset library (nil opens the default one).
type requestReader struct {
	Stdin    io.Reader
	ReadFile func(string) ([]byte, error)
	Presets  func() (presets.Library, error)
}

// errNoRequest is returned when no request source was given.
var errNoRequest = errors.New("no request given; pass --file FILE (JSON or YAML, - for standard input) or --preset NAME (see ackpool preset list), or build one with --name, --instance-types, --vswitches ... and --set path=value")

// loadRequest reads and strictly parses the request named by src. A missing source is
// a usage error; an unreadable file is an error naming the file; a document that does
// not parse returns its *model.ParseError, or model.ParseErrors when it has several
// problems (each prints as file:line:column: path: message).
//
// With --preset the preset's request is the starting point; --set values are then
// applied in order with model.SetPath (typed by the model; list items by index or as
// comma lists) and a bad one is a usage error naming the flag value and the path.
// The result is validated by the caller like any other request.
func loadRequest(src requestSource, rd requestReader) (*model.NodePool, error) {
	np, err := loadBase(src, rd)
	if err != nil {
		return nil, err
	}
	if err := applyFieldFlags(np, src.Fields); err != nil {
		return nil, err
	}
	if err := applySets(np, src.Sets); err != nil {
		return nil, err
	}
	return np, nil
}

// loadBase reads the file or the preset that --set values apply to.
func loadBase(src requestSource, rd requestReader) (*model.NodePool, error) {
	switch {
	case src.File != "" && src.Preset != "":
		return nil, usageError{errors.New("use either --file or --preset, not both (add changes to a preset with --set path=value)")}
	case src.Preset != "":
		return loadPresetRequest(src.Preset, rd)
	case src.File == "" && (len(src.Sets) > 0 || src.Fields.given()):
		return &model.NodePool{}, nil // built from flags and --set values alone
	case src.File == "":
		return nil, usageError{errNoRequest}
	}
	return loadRequestFile(src, rd)
}

// loadPresetRequest returns a copy of the request of a built-in or saved preset.
func loadPresetRequest(name string, rd requestReader) (*model.NodePool, error) {
	if err := presets.ValidateName(name); err != nil {
		return nil, usageError{fmt.Errorf("--preset: %w", err)}
	}
	open := rd.Presets
	if open == nil {
		open = defaultLibrary
	}
	lib, err := open()
	if err != nil {
		return nil, err
	}
	p, err := lib.Get(name)
	if err != nil {
		return nil, fmt.Errorf("--preset %s: %w", name, err)
	}
	return p.Request, nil
}

// applySets applies "path=value" overrides in order. Its errors echo the setting with
// secret values masked.
func applySets(np *model.NodePool, sets []string) error {
	for _, set := range sets {
		path, value, ok := strings.Cut(set, "=")
		path = strings.TrimSpace(path)
		if !ok || path == "" {
			return usageError{fmt.Errorf("--set %q: expected path=value, e.g. --set scaling_group.desired_size=3", model.RedactAssignment(set))}
		}
		if err := model.SetPath(np, path, value); err != nil {
			if model.LooksSecret(path) && value != "" {
				err = errors.New(strings.ReplaceAll(err.Error(), value, model.Mask))
			}
			return usageError{fmt.Errorf("--set %q: %w", model.RedactAssignment(set), err)}
		}
	}
	return nil
}

// readLimited reads at most one byte more than a request document may have, so that
// model.Parse refuses an oversized one without it being read whole (/dev/zero, a log).
func readLimited(r io.Reader) ([]byte, error) {
	return io.ReadAll(io.LimitReader(r, model.MaxDocumentSize+1))
}

// readFileLimited is os.ReadFile within the document size limit.
func readFileLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readLimited(f)
}

// loadRequestFile reads and parses --file.
func loadRequestFile(src requestSource, rd requestReader) (*model.NodePool, error) {
	var (
		data []byte
		err  error
	)
	if src.File == "-" {
		if rd.Stdin == nil {
			return nil, errors.New("cannot read the request from standard input")
		}
		data, err = readLimited(rd.Stdin)
	} else {
		readFile := rd.ReadFile
		if readFile == nil {
			readFile = readFileLimited
		}
		data, err = readFile(src.File)
	}
	if err != nil {
		return nil, fmt.Errorf("read the request %s: %w", src.sourceName(), err)
	}
	return model.Parse(data, src.sourceName())
}
