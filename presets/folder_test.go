package presets

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFolderNoticesForLinksAndOpenModes(t *testing.T) {
	base := t.TempDir()
	private := filepath.Join(base, "private")
	if err := os.Mkdir(private, 0o700); err != nil {
		t.Fatal(err)
	}
	open := filepath.Join(base, "open")
	if err := os.Mkdir(open, 0o700); err != nil || os.Chmod(open, 0o777) != nil {
		t.Fatal("cannot make the open folder")
	}
	link := filepath.Join(base, "link")
	if err := os.Symlink(private, link); err != nil {
		t.Fatal(err)
	}
	if n := NewStore(private).FolderNotices(); len(n) != 0 {
		t.Errorf("private folder: %v", n)
	}
	if n := NewStore(filepath.Join(base, "missing")).FolderNotices(); len(n) != 0 {
		t.Errorf("missing folder: %v", n)
	}
	if n := NewStore(open).FolderNotices(); len(n) != 1 || !strings.Contains(n[0], "mode 0777") || !strings.Contains(n[0], "chmod 700") {
		t.Errorf("open folder: %v", n)
	}
	if n := NewStore(link).FolderNotices(); len(n) != 1 || !strings.Contains(n[0], "symbolic link to "+private) {
		t.Errorf("linked folder: %v", n)
	}
}
