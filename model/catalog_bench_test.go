package model

import (
	"encoding/json"
	"os"
	"testing"
)

// BenchmarkFieldCatalog measures what the first model call pays to have the field data:
// building the catalog from the generated Go data, against decoding the 228 KB
// reference JSON as the catalog did before it was generated (the baseline).
//
//	go test ./model -run '^$' -bench FieldCatalog -benchmem
func BenchmarkFieldCatalog(b *testing.B) {
	b.Run("generated", func(b *testing.B) {
		for range b.N {
			list := referenceFields()
			byPath := make(map[string]int, len(list))
			for i, fi := range list {
				byPath[fi.Path] = i
			}
		}
	})
	b.Run("json-baseline", func(b *testing.B) {
		data, err := os.ReadFile("reference/create-nodepool-fields.json")
		if err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for range b.N {
			var entries []oldCatalogEntry
			if err := json.Unmarshal(data, &entries); err != nil {
				b.Fatal(err)
			}
			list := make([]FieldInfo, 0, len(entries))
			byPath := make(map[string]int, len(entries))
			for _, e := range entries {
				byPath[e.Path] = len(list)
				list = append(list, e.info())
			}
		}
	})
}
