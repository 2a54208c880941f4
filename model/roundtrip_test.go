package model

import (
	"encoding/json"
	"maps"
	"os"
	"slices"
	"testing"
)

// canonical re-encodes JSON with sorted keys so documents can be compared.
func canonical(t *testing.T, data []byte) string {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, data)
	}
	out, _ := json.Marshal(v)
	return string(out)
}

// TestSeedExampleRoundTrip parses the API document's example values and serialises them
// back to the same JSON.
func TestSeedExampleRoundTrip(t *testing.T) {
	data, err := os.ReadFile("testdata/seed-example.json")
	if err != nil {
		t.Fatal(err)
	}
	np, err := Parse(data, "testdata/seed-example.json")
	if err != nil {
		t.Fatal(err)
	}
	out, err := EncodeJSON(np, true)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := canonical(t, out), canonical(t, data); got != want {
		t.Errorf("round trip differs:\n got %s\nwant %s", got, want)
	}
	// The same values as YAML give the same request.
	if y, err := Parse(jsonToYAML(t, data), "seed.yaml"); err != nil {
		t.Fatalf("YAML form: %v", err)
	} else if out2, _ := EncodeJSON(y, true); string(out2) != string(out) {
		t.Errorf("YAML form differs:\n%s\n%s", out2, out)
	}
}

// jsonToYAML writes a JSON document as block-style YAML (JSON is valid YAML, but the
// block form exercises the YAML reader's own paths).
func jsonToYAML(t *testing.T, data []byte) []byte {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	var out []byte
	var write func(v any, indent string, inList bool)
	write = func(v any, indent string, inList bool) {
		switch x := v.(type) {
		case map[string]any:
			first := true
			for _, k := range sortedKeys(x) {
				prefix := indent
				if inList && first {
					prefix = ""
				}
				first = false
				switch c := x[k].(type) {
				case map[string]any, []any:
					out = append(out, prefix+k+":\n"...)
					write(c, indent+"  ", false)
				default:
					b, _ := json.Marshal(c)
					out = append(out, prefix+k+": "+string(b)+"\n"...)
				}
			}
		case []any:
			for _, item := range x {
				out = append(out, indent+"- "...)
				switch c := item.(type) {
				case map[string]any:
					write(c, indent+"  ", true)
				default:
					b, _ := json.Marshal(c)
					out = append(out, string(b)+"\n"...)
				}
			}
		}
	}
	write(v, "", false)
	return out
}

func sortedKeys(m map[string]any) []string {
	return slices.Sorted(maps.Keys(m))
}
