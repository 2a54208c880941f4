package ui

import (
	"fmt"
	"testing"

	"ackpool/model"
)

// BenchmarkPreviewRender measures rendering the preview of a changed body: line
// paths, change marks, highlighting and the side panel. The two bodies differ in
// the name and in 20 label values, with brackets between them.
func BenchmarkPreviewRender(b *testing.B) {
	d := benchWizard(b, 0)
	benchPreview(b, d, func(i int) (int, func(j int) string) {
		return 20, func(j int) string { return fmt.Sprintf("value-%d-%d", i, j) }
	})
}

// BenchmarkPreviewRebuild measures rendering the preview of a body whose structure
// changed (a label added or removed, and the name changed), which walks the whole
// body: line paths, change marks, highlighting and the side panel, with 200 labels.
func BenchmarkPreviewRebuild(b *testing.B) {
	d := benchWizard(b, 0)
	benchPreview(b, d, func(i int) (int, func(j int) string) {
		return 200 + i, func(j int) string { return fmt.Sprintf("value-%d", j) }
	})
}

// benchPreview times the preview of two bodies by turns: the wizard's request named
// pool-0 and pool-1, labels(i) giving body i's count of labels and their values.
func benchPreview(b *testing.B, d *driver, labels func(i int) (int, func(j int) string)) {
	bodies := [2][]byte{}
	for i := range bodies {
		np := d.m.np.Clone()
		name := fmt.Sprintf("pool-%d", i)
		np.NodepoolInfo.Name = &name
		np.KubernetesConfig = &model.KubernetesConfig{}
		n, value := labels(i)
		for j := 0; j < n; j++ {
			k, v := fmt.Sprintf("team-%d", j), value(j)
			np.KubernetesConfig.Labels = append(np.KubernetesConfig.Labels, model.Label{Key: &k, Value: &v})
		}
		bodies[i] = encodeBody(np)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		d.m.preview.update(bodies[i%2], d.m.styles)
		d.m.renderPreview()
		i++
	}
}
