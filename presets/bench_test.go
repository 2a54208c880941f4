package presets

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkPresetList lists a folder of 10,000 presets (goal: under 200 ms per List).
func BenchmarkPresetList(b *testing.B) {
	dir := b.TempDir()
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	for i := 0; i < 10000; i++ {
		name := fmt.Sprintf("preset-%05d", i)
		data, err := encodePreset(&Preset{Meta: Meta{Name: name, Description: "benchmark preset " + name, Created: at, Updated: at}, Request: sampleRequest()})
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+fileExt), data, 0o600); err != nil {
			b.Fatal(err)
		}
	}
	s := NewStore(dir)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		metas, skipped, err := s.List()
		if err != nil || len(skipped) != 0 || len(metas) != 10000 {
			b.Fatalf("List = %d presets, %v, %v", len(metas), skipped, err)
		}
	}
}
