package presets

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"ackpool/model"
)

func strp(s string) *string { return &s }
func i64(n int64) *int64    { return &n }
func boolp(b bool) *bool    { return &b }

// sampleRequest is a request with a secret in every secret field.
func sampleRequest() *model.NodePool {
	return &model.NodePool{
		NodepoolInfo: &model.NodepoolInfo{Name: strp("web")},
		KubernetesConfig: &model.KubernetesConfig{
			Runtime:  strp("containerd"),
			UserData: strp("ZWNobyBzM2NyM3RVc2VyRGF0YQ=="),
			Labels:   []model.Label{{Key: strp("team"), Value: strp("web: front")}},
		},
		ScalingGroup: &model.ScalingGroup{
			InstanceChargeType: strp("PostPaid"),
			InstanceTypes:      []string{"ecs.g7.xlarge", "ecs.g6.xlarge"},
			VSwitchIDs:         []string{"vsw-1", "vsw-2"},
			LoginPassword:      strp("Sup3r-Secret-Pw!"),
			DesiredSize:        i64(3),
			DataDisks:          []model.DataDisk{{Category: strp("cloud_essd"), Size: i64(200), Encrypted: strp("true")}},
			SpotPriceLimit:     []model.SpotPriceLimit{{InstanceType: strp("ecs.g7.xlarge"), PriceLimit: strp("0.39")}},
		},
	}
}

func fixedClock(t time.Time) Option { return WithClock(func() time.Time { return t }) }

func TestSaveLoadRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "presets")
	created := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	s := NewStore(dir, fixedClock(created))
	np := sampleRequest()
	meta, notices, err := s.Save("web", `front end: "4 vCPU" # not a comment`, np, SaveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(notices) != 2 {
		t.Errorf("want notices for login_password and user_data, got %v", notices)
	}
	if np.ScalingGroup.LoginPassword == nil {
		t.Error("Save modified the caller's request")
	}
	got, err := s.Load("web")
	if err != nil {
		t.Fatal(err)
	}
	want := sampleRequest()
	want.ScalingGroup.LoginPassword = nil
	want.KubernetesConfig.UserData = nil
	if !reflect.DeepEqual(got.Request, want) {
		a, _ := model.EncodeJSON(got.Request, true)
		b, _ := model.EncodeJSON(want, true)
		t.Errorf("round trip changed the request:\n got %s\nwant %s", a, b)
	}
	if got.Description != meta.Description || !got.Created.Equal(created) || !got.Updated.Equal(created) || got.Version != FormatVersion {
		t.Errorf("metadata: got %+v, saved %+v", got.Meta, meta)
	}
	// the fast header path and the full parse agree
	list, skipped, err := s.List()
	if err != nil || len(skipped) != 0 || len(list) != 1 {
		t.Fatalf("List = %v, %v, %v", list, skipped, err)
	}
	if list[0].Description != meta.Description || !list[0].Created.Equal(created) {
		t.Errorf("List metadata %+v differs from saved %+v", list[0], meta)
	}
}

func TestSaveRefusesExistingUnlessOverwrite(t *testing.T) {
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	dir := t.TempDir()
	if _, _, err := NewStore(dir, fixedClock(t0)).Save("web", "one", sampleRequest(), SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	s := NewStore(dir, fixedClock(t0.Add(time.Hour)))
	if _, _, err := s.Save("web", "two", sampleRequest(), SaveOptions{}); !errors.Is(err, ErrExists) {
		t.Fatalf("second save without overwrite: err = %v, want ErrExists", err)
	}
	meta, _, err := s.Save("web", "two", sampleRequest(), SaveOptions{Overwrite: true})
	if err != nil {
		t.Fatal(err)
	}
	if !meta.Created.Equal(t0) || !meta.Updated.Equal(t0.Add(time.Hour)) || meta.Description != "two" {
		t.Errorf("overwrite metadata = %+v", meta)
	}
}

func TestInterruptedWriteKeepsOldPreset(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := NewStore(dir).Save("web", "original", sampleRequest(), SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(filepath.Join(dir, "web.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	crash := errors.New("simulated crash before rename")
	var tmpSeen string
	s := NewStore(dir, WithRename(func(oldpath, newpath string) error {
		tmpSeen = oldpath
		data, err := os.ReadFile(oldpath)
		if err != nil || !bytes.Contains(data, []byte("changed")) {
			t.Errorf("temporary file %s not fully written before the rename: %v", oldpath, err)
		}
		return crash
	}))
	changed := sampleRequest()
	changed.ScalingGroup.DesiredSize = i64(9)
	if _, _, err := s.Save("web", "changed", changed, SaveOptions{Overwrite: true}); !errors.Is(err, crash) {
		t.Fatalf("Save error = %v, want the rename failure", err)
	}
	after, err := os.ReadFile(filepath.Join(dir, "web.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Errorf("old preset changed by an interrupted write:\n%s", after)
	}
	if _, err := os.Stat(tmpSeen); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("temporary file %s left behind (err %v)", tmpSeen, err)
	}
	p, err := NewStore(dir).Load("web")
	if err != nil || p.Description != "original" {
		t.Errorf("Load after interrupted write = %+v, %v", p, err)
	}
}

func TestCrashLeftoverTempFileIsIgnored(t *testing.T) {
	dir := t.TempDir()
	s := NewStore(dir)
	if _, _, err := s.Save("web", "x", sampleRequest(), SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	// what a crash between write and rename leaves behind
	if err := os.WriteFile(filepath.Join(dir, ".web.yaml.tmp-123"), []byte("half a fi"), 0o600); err != nil {
		t.Fatal(err)
	}
	list, skipped, err := s.List()
	if err != nil || len(list) != 1 || len(skipped) != 0 {
		t.Errorf("List = %v, %v, %v; want one preset and no complaints", list, skipped, err)
	}
}

func TestModes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "presets")
	s := NewStore(dir)
	if _, _, err := s.Save("web", "", sampleRequest(), SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o700 {
		t.Errorf("folder mode = %v, want 0700", fi.Mode().Perm())
	}
	fi, err = os.Stat(s.Path("web"))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("file mode = %v, want 0600", fi.Mode().Perm())
	}
}

// assertNoSecretsOnDisk greps every file under root for each secret.
func assertNoSecretsOnDisk(t *testing.T, root string, secrets ...string) {
	t.Helper()
	files := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files++
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, s := range secrets {
			if bytes.Contains(data, []byte(s)) {
				t.Errorf("%s contains the secret %q", path, s)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files == 0 {
		t.Fatalf("no files written under %s", root)
	}
}

func TestSecretsNeverOnDisk(t *testing.T) {
	root := t.TempDir()
	s := NewStore(filepath.Join(root, "presets"))
	np := sampleRequest()
	np.KubernetesConfig.PreUserData = strp("cHJlU2VjcmV0")
	if _, _, err := s.Save("web", "", np, SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Save("web", "again", np, SaveOptions{Overwrite: true}); err != nil {
		t.Fatal(err)
	}
	d := NewDrafts(filepath.Join(root, "drafts"))
	if _, err := d.Save(Draft{ClusterID: "c1", Step: "login", Request: np}); err != nil {
		t.Fatal(err)
	}
	assertNoSecretsOnDisk(t, root, "Sup3r-Secret-Pw!", "ZWNobyBzM2NyM3RVc2VyRGF0YQ==", "cHJlU2VjcmV0")
}

func TestKeepUserDataOnRequest(t *testing.T) {
	s := NewStore(t.TempDir())
	_, notices, err := s.Save("web", "", sampleRequest(), SaveOptions{Secrets: SecretPolicy{KeepUserData: true}})
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.Load("web")
	if err != nil {
		t.Fatal(err)
	}
	if p.Request.KubernetesConfig.UserData == nil || p.Request.ScalingGroup.LoginPassword != nil {
		t.Errorf("KeepUserData: user data %v, password %v", p.Request.KubernetesConfig.UserData, p.Request.ScalingGroup.LoginPassword)
	}
	if len(notices) != 2 || !strings.Contains(notices[1].Message, "credentials") {
		t.Errorf("notices = %v", notices)
	}
}

func TestCorruptFileSkippedWithName(t *testing.T) {
	dir := t.TempDir()
	s := NewStore(dir)
	if _, _, err := s.Save("good", "", sampleRequest(), SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"truncated.yaml": "version: 1\nname: trunc\ndescription: \"half",
		"badheader.yaml": "version: 1\nname: [x\nrequest: {}\n",
		"noheader.yaml":  "just some text\n",
		"future.yaml":    "version: 99\nname: future\nrequest: {}\n",
		"bad name.yaml":  "version: 1\nrequest: {}\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	list, skipped, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Name != "good" {
		t.Errorf("listed %v, want only good", list)
	}
	if len(skipped) != len(files) {
		t.Fatalf("skipped %v, want %d files", skipped, len(files))
	}
	for _, fe := range skipped {
		base := filepath.Base(fe.File)
		if _, ok := files[base]; !ok || !strings.Contains(fe.Error(), base) {
			t.Errorf("skip message %q does not name a corrupt file", fe.Error())
		}
	}
	// never rewritten: saving over a corrupt file is refused, and the file is unchanged
	if _, _, err := s.Save("badheader", "", sampleRequest(), SaveOptions{Overwrite: true}); err == nil || !strings.Contains(err.Error(), "badheader.yaml") {
		t.Errorf("Save over a corrupt file: err = %v", err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "badheader.yaml"))
	if string(data) != files["badheader.yaml"] {
		t.Errorf("corrupt file was modified: %q", data)
	}
}

func TestBrokenBodyReportedByLoadAndVerify(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"broken.yaml": "version: 1\nname: broken\nrequest:\n  scaling_group: [unclosed\n",
		"typo.yaml":   "version: 1\nname: typo\nrequest:\n  scaling_group:\n    instance_type: [ecs.g7.large]\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	s := NewStore(dir)
	_, err := s.Load("broken")
	var fe *FileError
	if !errors.As(err, &fe) || fe.Line == 0 || !strings.Contains(err.Error(), "broken.yaml") {
		t.Errorf("Load(broken) = %v; want a FileError with file and line", err)
	}
	if _, err := s.Load("typo"); err == nil || !strings.Contains(err.Error(), "typo.yaml") || !strings.Contains(err.Error(), "instance_type") {
		t.Errorf("Load with an unknown key: %v", err)
	}
	bad, err := s.Verify()
	if err != nil || len(bad) != 2 {
		t.Fatalf("Verify = %v, %v; want both files", bad, err)
	}
}

func TestHandEditedFileIsRead(t *testing.T) {
	dir := t.TempDir()
	body := "# my notes\nrequest:\n  nodepool_info:\n    name: x\nname: edited\ndescription: |\n  two\n  lines\nversion: 1\ncreated: \"2026-01-02T03:04:05Z\"\n"
	if err := os.WriteFile(filepath.Join(dir, "edited.yaml"), []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	list, skipped, err := NewStore(dir).List()
	if err != nil || len(skipped) != 0 || len(list) != 1 {
		t.Fatalf("List = %v %v %v", list, skipped, err)
	}
	if list[0].Description != "two\nlines\n" || list[0].Created.IsZero() {
		t.Errorf("meta = %+v", list[0])
	}
}

func TestNames(t *testing.T) {
	for _, bad := range []string{"", ".hidden", "a/b", `a\b`, "..", "a..b", "-x", "x y", strings.Repeat("a", 65), "é"} {
		if ValidateName(bad) == nil {
			t.Errorf("ValidateName(%q) accepted", bad)
		}
	}
	for _, good := range []string{"web", "gpu-v2", "a.b_c", "9lives", strings.Repeat("a", 64)} {
		if err := ValidateName(good); err != nil {
			t.Errorf("ValidateName(%q) = %v", good, err)
		}
	}
	s := NewStore(t.TempDir())
	if _, _, err := s.Save("../escape", "", sampleRequest(), SaveOptions{}); !errors.Is(err, ErrInvalidName) {
		t.Errorf("Save(../escape) = %v", err)
	}
	if _, _, err := s.Save("gpu", "", sampleRequest(), SaveOptions{}); err == nil {
		t.Error("Save with a built-in name accepted")
	}
}

func TestDelete(t *testing.T) {
	s := NewStore(t.TempDir())
	if _, _, err := s.Save("web", "", sampleRequest(), SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete("web"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load("web"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Load after Delete = %v", err)
	}
	if err := s.Delete("web"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second Delete = %v", err)
	}
	if err := s.Delete("gpu"); err == nil {
		t.Error("deleting a built-in accepted")
	}
}

func TestDefaultDir(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "/xdg/config")
	if d, err := DefaultDir(); err != nil || d != filepath.Join("/xdg/config", "ackpool", "presets") {
		t.Errorf("DefaultDir = %q, %v", d, err)
	}
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("HOME", "/home/someone")
	if d, err := DefaultDir(); err != nil || !strings.HasSuffix(d, filepath.Join("ackpool", "presets")) || !filepath.IsAbs(d) {
		t.Errorf("DefaultDir fallback = %q, %v", d, err)
	}
}

func TestUnreadableFileReported(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files regardless of their mode")
	}
	dir := t.TempDir()
	s := NewStore(dir)
	if _, _, err := s.Save("locked", "", sampleRequest(), SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(s.Path("locked"), 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(s.Path("locked"), 0o600)
	list, skipped, err := s.List()
	if err != nil || len(list) != 0 || len(skipped) != 1 || !strings.Contains(skipped[0].Error(), "locked.yaml") {
		t.Errorf("List = %v, %v, %v", list, skipped, err)
	}
}

func TestDanglingSymlinkReported(t *testing.T) {
	dir := t.TempDir()
	if err := os.Symlink(filepath.Join(dir, "missing-target"), filepath.Join(dir, "gone.yaml")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	list, skipped, err := NewStore(dir).List()
	if err != nil || len(list) != 0 || len(skipped) != 1 || !strings.Contains(skipped[0].Error(), "gone.yaml") {
		t.Errorf("List = %v, %v, %v", list, skipped, err)
	}
}
