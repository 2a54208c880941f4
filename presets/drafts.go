package presets

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"ackpool/model"
)

// draftFile is the name of the wizard's draft inside the drafts folder.
const draftFile = "draft" + fileExt

// Draft is the wizard's state saved after each change so an interrupted session can
// be resumed: where the request goes, which step the person was on, what it started
// from, and the request body (without secrets).
type Draft struct {
	// Version is the file format version (set by Save).
	Version int `json:"version"`
	// Saved is when the draft was written (set by Save).
	Saved time.Time `json:"saved"`
	// ClusterID is the target cluster, when one was picked.
	ClusterID string `json:"cluster_id,omitempty"`
	// RegionID is the target region, when known.
	RegionID string `json:"region_id,omitempty"`
	// Step is the wizard step the person was on (the UI's own step key).
	Step string `json:"step,omitempty"`
	// Origin says what the request started from, for the review screen's diff.
	Origin Origin `json:"-"`
	// Request is the request body as far as it was filled in.
	Request *model.NodePool `json:"request"`
}

// Describe summarises the draft for the wizard's "resume" choice, e.g.
// "saved 2026-01-02 15:04 UTC, cluster c123, step disks, from preset gpu".
func (dr *Draft) Describe() string {
	parts := []string{"saved " + dr.Saved.UTC().Format("2006-01-02 15:04 UTC")}
	if dr.ClusterID != "" {
		parts = append(parts, "cluster "+dr.ClusterID)
	}
	if dr.Step != "" {
		parts = append(parts, "step "+dr.Step)
	}
	switch dr.Origin.Kind {
	case OriginPreset:
		parts = append(parts, "from preset "+dr.Origin.Preset)
	case OriginPool:
		parts = append(parts, "cloned from pool "+dr.Origin.NodepoolID)
	}
	return strings.Join(parts, ", ")
}

// draftHeaderKeys returns the metadata keys of a draft file.
func draftHeaderKeys() map[string]bool {
	return map[string]bool{"version": true, "saved": true, "cluster_id": true, "region_id": true, "step": true, "origin": true}
}

// DefaultDraftDir returns the folder of the wizard's draft: $XDG_STATE_HOME/ackpool/drafts,
// or ~/.local/state/ackpool/drafts.
func DefaultDraftDir() (string, error) {
	base := os.Getenv("XDG_STATE_HOME")
	if base == "" || !filepath.IsAbs(base) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("find the state folder for drafts: %w (set XDG_STATE_HOME)", err)
		}
		base = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(base, "ackpool", "drafts"), nil
}

// Drafts keeps the wizard's single draft in a folder.
type Drafts struct {
	dir string
	o   options
}

// NewDrafts returns the draft store kept in dir (created 0700 on the first save).
func NewDrafts(dir string, opts ...Option) *Drafts {
	return &Drafts{dir: dir, o: newOptions(opts)}
}

// Path returns the draft's file.
func (d *Drafts) Path() string { return filepath.Join(d.dir, draftFile) }

// Save writes the draft atomically, with secrets removed (login password always;
// user data too, since a draft is written without asking), and returns notices about
// what was left out so the UI can say it will have to be entered again on resume.
// A previous draft, even an unreadable one, is replaced: the draft is the wizard's
// own scratch file.
func (d *Drafts) Save(dr Draft) ([]Notice, error) {
	body, notices := StripSecrets(dr.Request, SecretPolicy{})
	header := []field{
		{"version", strconv.Itoa(FormatVersion)},
		{"saved", formatTime(d.o.now())},
		{"cluster_id", dr.ClusterID},
		{"region_id", dr.RegionID},
		{"step", dr.Step},
		{"origin", dr.Origin.String()},
	}
	data, err := encodeDoc("ackpool wizard draft; resumed on the next start, removed after a successful submit", header, body)
	if err != nil {
		return notices, err
	}
	return notices, writeAtomic(d.o, d.Path(), data)
}

// Load returns the saved draft, or (nil, nil) when there is none. A draft that cannot
// be read is a *FileError naming the file; it is left in place.
func (d *Drafts) Load() (*Draft, error) {
	path := d.Path()
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, &FileError{File: path, Err: err}
	}
	doc, err := decodeDocFull(path, data, draftHeaderKeys())
	if err != nil {
		return nil, err
	}
	h := map[string]string{}
	for k := range draftHeaderKeys() {
		if h[k], err = doc.headerString(k); err != nil {
			return nil, &FileError{File: path, Err: err}
		}
	}
	dr := &Draft{ClusterID: h["cluster_id"], RegionID: h["region_id"], Step: h["step"]}
	if dr.Origin, err = ParseOrigin(h["origin"]); err != nil {
		return nil, &FileError{File: path, Err: err}
	}
	if dr.Version, err = strconv.Atoi(h["version"]); err != nil || dr.Version < 1 {
		return nil, &FileError{File: path, Err: fmt.Errorf("version %q is not a positive whole number", h["version"])}
	}
	if dr.Version > FormatVersion {
		return nil, &FileError{File: path, Err: fmt.Errorf("format version %d was written by a newer ackpool; this one reads up to %d", dr.Version, FormatVersion)}
	}
	if h["saved"] != "" {
		if dr.Saved, err = time.Parse(time.RFC3339Nano, h["saved"]); err != nil {
			return nil, &FileError{File: path, Err: fmt.Errorf("saved: %q is not an RFC 3339 time", h["saved"])}
		}
	}
	if dr.Request, err = model.Parse(doc.body, path+": "+bodyKey); err != nil {
		return nil, parseError(path, err)
	}
	return dr, nil
}

// Clear removes the draft (after a successful submit). No draft is not an error.
func (d *Drafts) Clear() error {
	err := os.Remove(d.Path())
	if err == nil || errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return fmt.Errorf("remove the draft %s: %w", d.Path(), err)
}
