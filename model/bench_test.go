package model

import (
	"fmt"
	"strings"
	"testing"
)

// fullRequest sets every path of the field reference, using the reference's example
// value where it has one, so that validation visits every field.
func fullRequest(t testing.TB) *NodePool {
	t.Helper()
	np := &NodePool{}
	for _, fi := range Fields() {
		if fi.Location != "body" {
			continue
		}
		path, raw, ok := samplePath(fi)
		if !ok {
			continue
		}
		switch ex := fi.Example.(type) {
		case string:
			if fi.MapValueType == "" {
				raw = ex
			}
		case bool, float64:
			if fi.MapValueType == "" {
				raw = fmt.Sprint(ex)
			}
		case []any:
			parts := make([]string, len(ex))
			for i, e := range ex {
				parts[i] = fmt.Sprint(e)
			}
			raw = strings.Join(parts, ",")
		}
		if err := SetPath(np, path, raw); err != nil {
			t.Fatalf("%s=%s: %v", path, raw, err)
		}
	}
	return np
}

func TestFullRequestSetsEveryField(t *testing.T) {
	np := fullRequest(t)
	js, _ := EncodeJSON(np, false)
	if n := strings.Count(string(js), `":`); n < 190 {
		t.Errorf("full request has only %d keys", n)
	}
	_ = Validate(np) // must not panic
}

// BenchmarkValidateFull validates a request with every field of the reference set.
func BenchmarkValidateFull(b *testing.B) {
	np := fullRequest(b)
	Validate(np) // build the plan outside the timed loop
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Validate(np)
	}
}

// BenchmarkValidateBase validates a minimal valid request.
func BenchmarkValidateBase(b *testing.B) {
	np := baseRequest(b)
	Validate(np)
	b.ReportAllocs()
	for b.Loop() {
		Validate(np)
	}
}

// BenchmarkCheckField measures one live per-field check on a full request.
func BenchmarkCheckField(b *testing.B) {
	np := fullRequest(b)
	CheckField(np, "scaling_group.system_disk_size", "40")
	b.ReportAllocs()
	for b.Loop() {
		CheckField(np, "scaling_group.system_disk_size", "40")
	}
}

// BenchmarkParseSeed parses the API document's example request.
func BenchmarkParseSeed(b *testing.B) {
	np := fullRequest(b)
	js, _ := EncodeJSON(np, true)
	b.SetBytes(int64(len(js)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(js, "full.json"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidateLabels validates a request holding 1,000 labels (more than the
// service takes: a problem for the count, none for the labels themselves), which
// the wizard does on every key typed in the labels text area.
func BenchmarkValidateLabels(b *testing.B) {
	np := &NodePool{KubernetesConfig: &KubernetesConfig{}}
	for i := range 1000 {
		k, v := fmt.Sprintf("example.com/team-%d", i), fmt.Sprintf("value-%d", i)
		np.KubernetesConfig.Labels = append(np.KubernetesConfig.Labels, Label{Key: &k, Value: &v})
	}
	for _, p := range Validate(np) {
		if strings.HasPrefix(p.Path, "kubernetes_config.labels[") {
			b.Fatalf("a problem with a label: %v", p)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		Validate(np)
	}
}
