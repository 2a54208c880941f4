package presets

import (
	"reflect"
	"testing"
	"time"
)

func TestMarshalUnmarshal(t *testing.T) {
	p := &Preset{Meta: Meta{Name: "web", Description: "front: \"end\"", Created: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}, Request: sampleRequest()}
	for _, format := range []string{"yaml", "json"} {
		data, err := Marshal(p, format)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Unmarshal(data, "exported."+format)
		if err != nil {
			t.Fatalf("%s: %v\n%s", format, err, data)
		}
		if got.Name != "web" || got.Description != p.Description || !got.Created.Equal(p.Created) || !reflect.DeepEqual(got.Request, p.Request) {
			t.Errorf("%s round trip: %+v", format, got.Meta)
		}
	}
	if _, err := Marshal(p, "toml"); err == nil {
		t.Error("Marshal accepted toml")
	}
}

func TestUnmarshalBareBody(t *testing.T) {
	got, err := Unmarshal([]byte(`{"scaling_group": {"desired_size": 2}}`), "body.json")
	if err != nil || got.Name != "" || *got.Request.ScalingGroup.DesiredSize != 2 {
		t.Fatalf("Unmarshal(body) = %+v, %v", got, err)
	}
	if _, err := Unmarshal([]byte(`{"scaling_grup": {}}`), "typo.json"); err == nil {
		t.Error("a typo in a bare body was accepted")
	}
}

func TestYAMLScalarRoundTrip(t *testing.T) {
	for _, s := range []string{"front end", "a: b", "a:", "yes", "No", "1.5", "007", "x #y", " lead", "trail ", "two  spaces", "é", "'q'", `"dq"`, "-dash", "null", "~", "a\nb", ""} {
		p := &Preset{Meta: Meta{Name: "n", Description: s}, Request: sampleRequest()}
		data, err := Marshal(p, "yaml")
		if err != nil {
			t.Fatal(err)
		}
		fast, err := decodePresetMeta("f", data)
		if err != nil || fast.Description != s {
			t.Errorf("fast path read %q as %q (%v)", s, fast.Description, err)
		}
		full, err := decodePreset("f", data)
		if err != nil || full.Description != s {
			t.Errorf("full parse read %q as %q (%v)", s, full.Description, err)
		}
	}
}
