package presets

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestDraftRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "drafts")
	at := time.Date(2026, 5, 6, 7, 8, 9, 0, time.UTC)
	d := NewDrafts(dir, fixedClock(at))
	if dr, err := d.Load(); dr != nil || err != nil {
		t.Fatalf("Load with no draft = %v, %v", dr, err)
	}
	notices, err := d.Save(Draft{ClusterID: "c-123", RegionID: "cn-hangzhou", Step: "disks", Origin: Origin{Kind: OriginPreset, Preset: "gpu"}, Request: sampleRequest()})
	if err != nil {
		t.Fatal(err)
	}
	if len(notices) != 2 {
		t.Errorf("notices = %v, want password and user data", notices)
	}
	dr, err := d.Load()
	if err != nil {
		t.Fatal(err)
	}
	want := sampleRequest()
	want.ScalingGroup.LoginPassword = nil
	want.KubernetesConfig.UserData = nil
	if dr.ClusterID != "c-123" || dr.RegionID != "cn-hangzhou" || dr.Step != "disks" || dr.Origin != (Origin{Kind: OriginPreset, Preset: "gpu"}) || !dr.Saved.Equal(at) || dr.Version != FormatVersion {
		t.Errorf("draft metadata = %+v", dr)
	}
	if got := dr.Describe(); got != "saved 2026-05-06 07:08 UTC, cluster c-123, step disks, from preset gpu" {
		t.Errorf("Describe = %q", got)
	}
	if !reflect.DeepEqual(dr.Request, want) {
		t.Errorf("draft request changed: %+v", dr.Request)
	}
	fi, err := os.Stat(d.Path())
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("draft mode = %v, %v", fi.Mode().Perm(), err)
	}
	if err := d.Clear(); err != nil {
		t.Fatal(err)
	}
	if dr, err := d.Load(); dr != nil || err != nil {
		t.Errorf("Load after Clear = %v, %v", dr, err)
	}
	if err := d.Clear(); err != nil {
		t.Errorf("Clear twice = %v", err)
	}
}

func TestCorruptDraftReported(t *testing.T) {
	d := NewDrafts(t.TempDir())
	if err := os.MkdirAll(filepath.Dir(d.Path()), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(d.Path(), []byte("version: 1\nrequest: [\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := d.Load()
	var fe *FileError
	if !errors.As(err, &fe) || fe.File != d.Path() {
		t.Errorf("Load of a corrupt draft = %v", err)
	}
	if _, statErr := os.Stat(d.Path()); statErr != nil {
		t.Error("corrupt draft was removed")
	}
}

func TestDefaultDraftDir(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/xdg/state")
	if d, _ := DefaultDraftDir(); d != filepath.Join("/xdg/state", "ackpool", "drafts") {
		t.Errorf("DefaultDraftDir = %q", d)
	}
	t.Setenv("XDG_STATE_HOME", "")
	t.Setenv("HOME", "/home/someone")
	if d, _ := DefaultDraftDir(); d != filepath.Join("/home/someone", ".local", "state", "ackpool", "drafts") {
		t.Errorf("DefaultDraftDir fallback = %q", d)
	}
}

func TestDebouncer(t *testing.T) {
	d := NewDebouncer(0)
	if d.Delay != DefaultDraftDelay || d.Pending() {
		t.Fatalf("new debouncer = %+v", d)
	}
	t1 := d.Changed()
	t2 := d.Changed()
	t3 := d.Changed()
	if d.Due(t1) || d.Due(t2) {
		t.Error("an older change's wake-up saved")
	}
	if !d.Pending() || !d.Due(t3) {
		t.Error("the latest change's wake-up did not save")
	}
	d.Saved()
	if d.Due(t3) || d.Pending() {
		t.Error("saved twice")
	}
	t4 := d.Changed()
	if !d.Due(t4) {
		t.Error("a change after a save is not due")
	}
}

func TestOrigin(t *testing.T) {
	for _, o := range []Origin{{}, {Kind: OriginPreset, Preset: "gpu"}, {Kind: OriginPool, ClusterID: "c1", NodepoolID: "np2"}} {
		got, err := ParseOrigin(o.String())
		if err != nil || got != o {
			t.Errorf("ParseOrigin(%q) = %+v, %v", o.String(), got, err)
		}
	}
	for _, bad := range []string{"preset:", "preset:../x", "pool:c1", "pool:/np", "elsewhere:x"} {
		if _, err := ParseOrigin(bad); err == nil {
			t.Errorf("ParseOrigin(%q) accepted", bad)
		}
	}
}
