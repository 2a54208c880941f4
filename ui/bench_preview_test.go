package ui

import (
	"fmt"
	"testing"

	"ackpool/model"
)

// BenchmarkPreviewRebuild measures rendering the preview of a body whose structure
// changed (a label added or removed, and the name changed), which walks the whole
// body: line paths, change marks, highlighting and the side panel, with 200 labels.
func BenchmarkPreviewRebuild(b *testing.B) {
	d := benchWizard(b, 0)
	bodies := [2][]byte{}
	for i := range bodies {
		np := d.m.np.Clone()
		name := fmt.Sprintf("pool-%d", i)
		np.NodepoolInfo.Name = &name
		np.KubernetesConfig = &model.KubernetesConfig{}
		for j := 0; j < 200+i; j++ {
			k, v := fmt.Sprintf("team-%d", j), fmt.Sprintf("value-%d", j)
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
