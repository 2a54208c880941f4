package sandbox

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"ackpool/model"
)

// stateFormat is the version of the state file's layout.
const stateFormat = 1

// stateFile is what the sandbox keeps on disk: the pools of the account (the seeded
// ones included, so that deleting one sticks) with their tasks. Secrets (login
// password, user data) are never written: a pool read back from the file has lost them.
type stateFile struct {
	Format int       `json:"format"`
	Seed   uint64    `json:"seed"`
	Saved  time.Time `json:"saved"`
	Pools  []*pool   `json:"pools"`
}

// store keeps the state in one file, written atomically (temporary file, fsync,
// rename) with mode 0600 in a 0700 folder, and locked while a change is made so that
// several ackpool processes sharing it do not lose each other's pools.
type store struct {
	path string
	seed uint64
	seen os.FileInfo // the file as last read or written, to notice other writers
}

// DefaultStateFile is where the embedded sandbox keeps the account of a seed:
// $XDG_STATE_HOME/ackpool/sandbox/seed-N.json, or ~/.local/state/ackpool/sandbox/seed-N.json.
func DefaultStateFile(seed uint64) (string, error) {
	if seed == 0 {
		seed = 1
	}
	base := os.Getenv("XDG_STATE_HOME")
	if base == "" || !filepath.IsAbs(base) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("find the state folder for the sandbox: %w (set XDG_STATE_HOME)", err)
		}
		base = filepath.Join(home, ".local", "state")
	}
	return StateFileUnder(base, seed), nil
}

// StateFileUnder is the state file of a seed under a state folder (what
// $XDG_STATE_HOME names): BASE/ackpool/sandbox/seed-N.json.
func StateFileUnder(base string, seed uint64) string {
	if seed == 0 {
		seed = 1
	}
	return filepath.Join(base, "ackpool", "sandbox", fmt.Sprintf("seed-%d.json", seed))
}

// ResetState removes the state file at path (and its lock file), so that the next
// sandbox starts from the generated account. A missing file is not an error.
func ResetState(path string) error {
	for _, p := range []string{path, path + ".lock"} {
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("reset the sandbox state: %w", err)
		}
	}
	return nil
}

// openStore loads the state file into s when it exists, or writes the generated
// account to it.
func openStore(path string, seed uint64, s *state) (*store, error) {
	st := &store{path: path, seed: seed}
	unlock, err := st.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	if err := st.reload(s); err != nil {
		return nil, err
	}
	if st.seen == nil {
		if err := st.save(s); err != nil {
			return nil, err
		}
	}
	return st, nil
}

// reload reads the file into s when it changed since it was last seen.
func (st *store) reload(s *state) error {
	fi, err := os.Stat(st.path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("sandbox state %s: %w", st.path, err)
	}
	if st.seen != nil && os.SameFile(st.seen, fi) && st.seen.ModTime().Equal(fi.ModTime()) && st.seen.Size() == fi.Size() {
		return nil
	}
	data, err := os.ReadFile(st.path)
	if err != nil {
		return fmt.Errorf("sandbox state %s: %w", st.path, err)
	}
	var f stateFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&f); err != nil {
		return fmt.Errorf("sandbox state %s is not valid JSON (%v); start afresh with `ackpool sandbox --reset`", st.path, err)
	}
	if f.Format != stateFormat || f.Seed != st.seed {
		return fmt.Errorf("sandbox state %s has format %d and seed %d, not format %d and seed %d; start afresh with `ackpool sandbox --reset`",
			st.path, f.Format, f.Seed, stateFormat, st.seed)
	}
	s.load(f.Pools)
	st.seen = fi
	return nil
}

// load replaces the pools and tasks with those read from a file, keeping the pools
// of clusters the account has.
func (s *state) load(pools []*pool) {
	s.pools, s.tasks = map[string][]*pool{}, map[string]*pool{}
	for _, p := range pools {
		if p == nil || p.Body == nil {
			continue
		}
		if _, _, ok := s.account.Cluster(p.ClusterID); !ok {
			continue
		}
		s.pools[p.ClusterID] = append(s.pools[p.ClusterID], p)
		for _, op := range p.Ops {
			s.tasks[op.TaskID] = p
		}
	}
}

// save writes s atomically; the caller holds the state lock and the file lock.
func (st *store) save(s *state) error {
	f := stateFile{Format: stateFormat, Seed: st.seed, Saved: time.Now().UTC()}
	for _, ps := range s.pools {
		for _, p := range ps {
			c := *p
			c.Body = withoutSecrets(p.Body)
			f.Pools = append(f.Pools, &c)
		}
	}
	sortedPools(f.Pools)
	data, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		return err
	}
	if err := writeFileAtomic(st.path, append(data, '\n')); err != nil {
		return err
	}
	fi, err := os.Stat(st.path)
	if err != nil {
		return err
	}
	st.seen = fi
	return nil
}

// withoutSecrets copies a body without the fields that may carry credentials.
func withoutSecrets(body map[string]any) map[string]any {
	out := deepCopy(body).(map[string]any)
	for f := range model.EachField {
		if !f.Secret || strings.Contains(f.Path, "[]") {
			continue
		}
		parts := strings.Split(f.Path, ".")
		m := out
		for _, k := range parts[:len(parts)-1] {
			next, ok := m[k].(map[string]any)
			if !ok {
				m = nil
				break
			}
			m = next
		}
		if m != nil {
			delete(m, parts[len(parts)-1])
		}
	}
	return out
}

// writeFileAtomic replaces path with data: a temporary file in the same folder,
// fsync, rename, fsync of the folder. The folder is created 0700, the file is 0600.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	name := tmp.Name()
	defer os.Remove(name) // a no-op after the rename
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(name, path); err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}
