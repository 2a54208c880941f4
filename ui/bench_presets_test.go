package ui

import (
	"testing"

	"ackpool/presets"
)

// BenchmarkStartScreenKey is one arrow key on the start screen, frame included.
func BenchmarkStartScreenKey(b *testing.B) {
	d := fakeReuseWizard(b, 160, 48)
	keys := []string{"down", "up"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.send(keyMsg(keys[i%2]))
	}
}

// BenchmarkReviewDiff toggles the review's diff against the preset, frame included.
func BenchmarkReviewDiff(b *testing.B) {
	d := fakeReuseWizard(b, 160, 48)
	d.keys("r", "ctrl+r")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.send(keyMsg("d"))
	}
}

// BenchmarkDraftSave is one debounced draft save: the snapshot and the atomic write.
func BenchmarkDraftSave(b *testing.B) {
	d := fakeReuseWizard(b, 160, 48)
	d.keys("r")
	store := presets.NewDrafts(b.TempDir())
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := store.Save(d.m.snapshot()); err != nil {
			b.Fatal(err)
		}
	}
}
