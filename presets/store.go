package presets

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"ackpool/model"
)

// ErrNotFound is returned (wrapped) when a preset of that name does not exist.
var ErrNotFound = errors.New("preset not found")

// ErrExists is returned (wrapped) by Save when a preset of that name already exists
// and overwriting was not asked for.
var ErrExists = errors.New("preset already exists")

// DefaultDir returns the folder of the user's presets: $XDG_CONFIG_HOME/ackpool/presets,
// or the OS configuration folder (os.UserConfigDir) + ackpool/presets.
func DefaultDir() (string, error) {
	base := os.Getenv("XDG_CONFIG_HOME")
	if base == "" || !filepath.IsAbs(base) {
		var err error
		if base, err = os.UserConfigDir(); err != nil {
			return "", fmt.Errorf("find the configuration folder for presets: %w (set XDG_CONFIG_HOME)", err)
		}
	}
	return filepath.Join(base, "ackpool", "presets"), nil
}

// Store is the user's preset folder: one YAML file per preset, named NAME.yaml.
// A Store holds no cache; every call reads the folder.
type Store struct {
	dir string
	o   options
}

// NewStore returns the store kept in dir. The folder is created (0700) on the first save.
func NewStore(dir string, opts ...Option) *Store {
	return &Store{dir: dir, o: newOptions(opts)}
}

// Dir returns the folder of the store.
func (s *Store) Dir() string { return s.dir }

// Path returns the file a preset of that name is kept in.
func (s *Store) Path(name string) string { return filepath.Join(s.dir, name+fileExt) }

// List returns the metadata of every readable preset, sorted by name, and one
// FileError per file that could not be read or parsed (those files are skipped and
// left alone). Only a folder that cannot be read at all is an error; a missing folder
// means no presets.
//
// List reads only the header of files in the format ackpool writes, so a body broken
// by hand is reported by Load, not here; files edited into another layout are parsed
// completely.
func (s *Store) List() ([]Meta, []*FileError, error) {
	entries, err := os.ReadDir(s.dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read the preset folder %s: %w", s.dir, err)
	}
	type result struct {
		meta Meta
		err  *FileError
		ok   bool
	}
	results := make([]result, len(entries))
	var work []int // entries that are preset files to read
	for i, e := range entries {
		file := e.Name()
		if strings.HasPrefix(file, ".") || !strings.HasSuffix(file, fileExt) || e.IsDir() {
			continue // hidden and temporary files, other files, folders
		}
		path := filepath.Join(s.dir, file)
		if nameFromFile(file) == "" {
			results[i] = result{err: &FileError{File: path, Err: fmt.Errorf("%q is not a valid preset name; rename the file (letters, digits, '.', '_', '-')", strings.TrimSuffix(file, fileExt))}}
			continue
		}
		work = append(work, i)
	}
	// Reading is mostly system calls; a few workers keep the disk and the CPU busy.
	forEachParallel(len(work), func(k int) {
		i := work[k]
		file := entries[i].Name()
		path := filepath.Join(s.dir, file)
		meta, err := s.readMeta(path)
		if err != nil {
			results[i] = result{err: asFileError(path, err)}
			return
		}
		meta.Name = nameFromFile(file)
		results[i] = result{meta: meta, ok: true}
	})
	metas := make([]Meta, 0, len(work))
	var skipped []*FileError
	for _, r := range results {
		switch {
		case r.ok:
			metas = append(metas, r.meta)
		case r.err != nil:
			skipped = append(skipped, r.err)
		}
	}
	sort.Slice(metas, func(i, j int) bool { return metas[i].Name < metas[j].Name })
	return metas, skipped, nil
}

func (s *Store) readMeta(path string) (Meta, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Meta{}, err
	}
	meta, err := decodePresetMeta(path, data)
	if err != nil {
		return Meta{}, err
	}
	meta.File = path
	return meta, nil
}

// Load reads the preset of that name. A missing preset wraps ErrNotFound; an
// unreadable or corrupt one is a *FileError naming the file (and the line when known).
func (s *Store) Load(name string) (*Preset, error) {
	if err := ValidateName(name); err != nil {
		return nil, err
	}
	path := s.Path(name)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %q (looked in %s); run \"ackpool preset list\" to see the names", ErrNotFound, name, s.dir)
	}
	if err != nil {
		return nil, &FileError{File: path, Err: err}
	}
	p, err := decodePreset(path, data)
	if err != nil {
		return nil, err
	}
	p.Name = name
	p.File = path
	return p, nil
}

// SaveOptions change how Save treats an existing preset and secrets.
type SaveOptions struct {
	// Overwrite replaces an existing preset of the same name (its created time is kept).
	// Without it Save fails with ErrExists, so the caller can ask for confirmation.
	Overwrite bool
	// Secrets decides what happens to fields that may hold secrets; see SecretPolicy.
	Secrets SecretPolicy
}

// Save writes np as the preset name, atomically, without secrets, and returns the
// saved metadata and the notices about what was left out. A built-in name is refused.
// An existing file that cannot be parsed is never replaced: Save fails and names it.
func (s *Store) Save(name, description string, np *model.NodePool, opts SaveOptions) (*Meta, []Notice, error) {
	if err := ValidateNewName(name); err != nil {
		return nil, nil, err
	}
	if np == nil {
		return nil, nil, errors.New("save preset: the request is empty")
	}
	now := s.o.now().UTC().Truncate(1e9)
	meta := Meta{Name: name, Description: description, Version: FormatVersion, Created: now, Updated: now, File: s.Path(name)}
	if old, err := s.Load(name); err == nil {
		if !opts.Overwrite {
			return nil, nil, fmt.Errorf("%w: %q (%s)", ErrExists, name, old.File)
		}
		if !old.Created.IsZero() {
			meta.Created = old.Created
		}
	} else if !errors.Is(err, ErrNotFound) {
		return nil, nil, fmt.Errorf("not replacing %s because it cannot be read (fix or move the file first): %w", s.Path(name), err)
	}
	body, notices := StripSecrets(np, opts.Secrets)
	data, err := encodePreset(&Preset{Meta: meta, Request: body})
	if err != nil {
		return nil, nil, err
	}
	if err := writeAtomic(s.o, meta.File, data); err != nil {
		return nil, notices, err
	}
	return &meta, notices, nil
}

// ValidateNewName checks a name for a preset about to be saved: a valid name that is
// not taken by a built-in. The wizard's "save as preset" field uses it as its validator.
func ValidateNewName(name string) error {
	if err := ValidateName(name); err != nil {
		return err
	}
	if IsBuiltin(name) {
		return fmt.Errorf("%q is the name of a built-in preset; choose another name (for example %s-custom)", name, name)
	}
	return nil
}

// Delete removes the preset file of that name. Deleting is an explicit request, so it
// works on a file that cannot be parsed too. Built-in presets cannot be deleted.
func (s *Store) Delete(name string) error {
	if err := ValidateName(name); err != nil {
		return err
	}
	if IsBuiltin(name) {
		return fmt.Errorf("%q is a built-in preset and cannot be deleted", name)
	}
	err := os.Remove(s.Path(name))
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: %q (looked in %s)", ErrNotFound, name, s.dir)
	}
	if err != nil {
		return fmt.Errorf("delete preset %q: %w", name, err)
	}
	return syncDir(s.dir)
}

// asFileError makes sure err names path.
func asFileError(path string, err error) *FileError {
	var fe *FileError
	if errors.As(err, &fe) {
		return fe
	}
	return &FileError{File: path, Err: err}
}

// forEachParallel calls fn(0..n-1) on a few goroutines and waits for them.
func forEachParallel(n int, fn func(int)) {
	workers := min(runtime.GOMAXPROCS(0)*2, n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1)) - 1
				if k >= n {
					return
				}
				fn(k)
			}
		}()
	}
	wg.Wait()
}

// Verify parses every preset file completely, body included, and returns one
// FileError per file that fails (List reads only the headers, so a body broken by
// hand shows up here and in Load).
func (s *Store) Verify() ([]*FileError, error) {
	metas, bad, err := s.List()
	if err != nil {
		return bad, err
	}
	for _, m := range metas {
		if _, err := s.Load(m.Name); err != nil {
			bad = append(bad, asFileError(m.File, err))
		}
	}
	return bad, nil
}
