package presets

import "testing"

// FuzzDecodePreset feeds arbitrary bytes to the header reader and the full parser:
// they must never panic, and when both succeed they must agree on the metadata.
func FuzzDecodePreset(f *testing.F) {
	good, err := encodePreset(&Preset{Meta: Meta{Name: "web", Description: "a: b # c"}, Request: sampleRequest()})
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range []string{string(good), "version: 1\nrequest: {}\n", "version: 1\nname: \"x\\u00e9\"\nrequest:\n  a: [\n", "request:\nversion: 2\n", "\x00\xff", "version: 1\ndescription: |\n  x\nrequest: {}\n"} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fast, fastErr := decodePresetMeta("f.yaml", data)
		full, fullErr := decodePreset("f.yaml", data)
		if fastErr == nil && fullErr == nil && (fast.Description != full.Description || fast.Version != full.Version || !fast.Created.Equal(full.Created)) {
			t.Errorf("fast %+v and full %+v disagree", fast, full.Meta)
		}
		_, _ = Unmarshal(data, "f.yaml")
	})
}
