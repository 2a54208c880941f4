package model

import (
	"os"
	"testing"
)

func fuzzSeeds(f *testing.F) [][]byte {
	f.Helper()
	seed, err := os.ReadFile("testdata/seed-example.json")
	if err != nil {
		f.Fatal(err)
	}
	return [][]byte{
		seed,
		[]byte(`{"nodepool_info":{"name":"np"},"scaling_group":{"vswitch_ids":["vsw-1"],"instance_types":["ecs.g7.large"],"instance_charge_type":"PostPaid"}}`),
		[]byte("nodepool_info:\n  name: np\nscaling_group:\n  data_disks:\n  - size: 40\n    encrypted: \"true\"\n"),
		[]byte("node_config:\n  kubelet_configuration:\n    featureGates: {A: true}\n    evictionSoft: {memory.available: 1Gi}\n"),
		[]byte(`{"scaling_group":{"instance_type":["x"]}}`),
		[]byte(`{"count": 1e400}`),
		[]byte("a: &x [1]\nb: *x\n"),
		[]byte("{\n\"count\": 1,\n\"x\" 2}"),
		[]byte(`{"node_components":[{"config":{"custom_config":{"a":[1,{"b":null}]}}}]}`),
	}
}

// FuzzParse checks that Parse never panics, always returns a *ParseError on failure,
// and that whatever it accepts serialises to JSON that parses back to the same request.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		np, err := Parse(data, "fuzz")
		if err != nil {
			if len(AllParseErrors(err)) == 0 {
				t.Fatalf("error %T holds no *ParseError: %v", err, err)
			}
			return
		}
		js, err := EncodeJSON(np, false)
		if err != nil {
			t.Fatalf("EncodeJSON: %v", err)
		}
		back, err := Parse(js, "re-encoded")
		if err != nil {
			t.Fatalf("re-encoded request does not parse: %v\n%s", err, js)
		}
		js2, _ := EncodeJSON(back, false)
		if string(js) != string(js2) {
			t.Fatalf("round trip differs:\n%s\n%s", js, js2)
		}
	})
}

// FuzzValidate checks that Validate, Migrate, Redact, CheckField and SetPath never panic
// on any parsed request and any path/value, and that every problem is well formed.
func FuzzValidate(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s, "scaling_group.system_disk_size", "10")
	}
	f.Add([]byte(`{}`), "scaling_group.data_disks[2].performance_level", "PL3")
	f.Add([]byte(`{}`), "node_config.kubelet_configuration.evictionHard.memory.available", "1Gi")
	f.Add([]byte(`{}`), "kubernetes_config.labels[0]", "")
	f.Fuzz(func(t *testing.T, data []byte, path, raw string) {
		np, err := Parse(data, "fuzz")
		if err != nil {
			return
		}
		check := func(ps Problems) {
			for _, p := range ps {
				if p.Path == "" || p.Message == "" || p.Rule == "" || (p.Severity != SeverityError && p.Severity != SeverityWarning) {
					t.Fatalf("malformed problem %+v", p)
				}
			}
		}
		check(Validate(np))
		check(CheckField(np, path, raw))
		r := Redact(np)
		if r == nil {
			t.Fatal("Redact returned nil")
		}
		c := np.Clone()
		_ = SetPath(c, path, raw)
		check(Validate(c))
		check(Migrate(c))
		check(Validate(c))
	})
}
