package presets

import (
	"strings"
	"testing"

	"ackpool/model"
)

func TestDiff(t *testing.T) {
	a := sampleRequest()
	b := sampleRequest()
	b.ScalingGroup.DesiredSize = i64(5)
	b.ScalingGroup.InstanceTypes = append(b.ScalingGroup.InstanceTypes, "ecs.g8i.xlarge")
	b.ScalingGroup.LoginPassword = strp("another-Secret-1")
	b.KubernetesConfig.Labels = nil
	b.NodeConfig = &model.NodeConfig{KubeletConfiguration: &model.KubeletConfig{EvictionHard: map[string]string{"memory.available": "300Mi"}}}
	got := Diff(a, b)
	var lines []string
	for _, c := range got {
		lines = append(lines, c.String())
	}
	want := []string{
		`- kubernetes_config.labels[0].key: "team"`,
		`- kubernetes_config.labels[0].value: "web: front"`,
		`+ node_config.kubelet_configuration.evictionHard["memory.available"]: "300Mi"`,
		`~ scaling_group.desired_size: 3 -> 5`,
		`+ scaling_group.instance_types[2]: "ecs.g8i.xlarge"`,
		`~ scaling_group.login_password: "********" -> "********"`,
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("Diff:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if d := Diff(a, a); len(d) != 0 {
		t.Errorf("Diff of equal requests = %v", d)
	}
	if d := Diff(nil, a); len(d) == 0 || d[0].Kind != Added {
		t.Errorf("Diff from nil = %v", d)
	}
}

func TestNaturalLess(t *testing.T) {
	if !naturalLess("x[2]", "x[10]") || naturalLess("x[10]", "x[2]") || !naturalLess("a", "b") || !naturalLess("a", "a.b") {
		t.Error("naturalLess order wrong")
	}
}
