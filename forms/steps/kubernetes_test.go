package steps_test

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"

	"ackpool/forms"
	"ackpool/model"
)

func TestLabelsAndTaints(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepKubernetes)
	labels, _ := field(t, s, "kubernetes_config.labels")
	taints, _ := field(t, s, "kubernetes_config.taints")
	typeInto(t, labels, "workload=batch\nteam=")
	typeInto(t, taints, "gpu=true:NoSchedule\nspot:PreferNoSchedule")
	fx.sync()
	kc := fx.np.KubernetesConfig
	if got := jsonOf(t, kc.Labels); got != `[{"key":"workload","value":"batch"},{"key":"team"}]` {
		t.Errorf("labels %s", got)
	}
	if got := jsonOf(t, kc.Taints); got != `[{"effect":"NoSchedule","key":"gpu","value":"true"},{"effect":"PreferNoSchedule","key":"spot"}]` {
		t.Errorf("taints %s", got)
	}
	typeInto(t, labels, "ok=1\naliyun.com/x=1")
	var modelMsg string
	probe := fx.np.Clone()
	probe.KubernetesConfig.Labels = []model.Label{{Key: ptr("ok"), Value: ptr("1")}, {Key: ptr("aliyun.com/x"), Value: ptr("1")}}
	for _, p := range model.Validate(probe) {
		if strings.HasPrefix(p.Path, "kubernetes_config.labels[1]") && p.Severity == model.SeverityError {
			modelMsg = p.Message
			break
		}
	}
	if err := validate(labels); modelMsg == "" || err == nil || err.Error() != "line 2: "+modelMsg {
		t.Errorf("reserved label prefix: %v, want line 2: %s", err, modelMsg)
	}
	typeInto(t, taints, "gpu=true:Sometimes")
	if err := validate(taints); err == nil || !strings.Contains(err.Error(), "line 1") || !strings.Contains(err.Error(), "NoSchedule") {
		t.Errorf("bad effect: %v", err)
	}
	typeInto(t, labels, "")
	typeInto(t, taints, "")
	fx.sync()
	if fx.np.KubernetesConfig != nil {
		t.Errorf("emptied lists leave %s", jsonOf(t, fx.np.KubernetesConfig))
	}
}

func TestNodeNameBuilderPreviewsTheName(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepKubernetes)
	prefix, g := field(t, s, "kubernetes_config.node_name_mode")
	suffix := groupFields(g)[1]
	typeInto(t, prefix, "prod-")
	typeInto(t, suffix, ".gpu")
	settle(g)
	if view := prefix.View(); !strings.Contains(view, "prod-192.168.0.10.gpu") {
		t.Errorf("no preview of the name:\n%s", view)
	}
	fx.sync()
	if got := *fx.np.KubernetesConfig.NodeNameMode; got != "customized,prod-,ip,.gpu" {
		t.Errorf("node_name_mode %q", got)
	}
	typeInto(t, prefix, "-bad")
	want := model.CheckField(fx.np, "kubernetes_config.node_name_mode", "customized,-bad,ip,.gpu").Errors()
	if err := validate(prefix); len(want) == 0 || err == nil || err.Error() != want[0].Message {
		t.Errorf("bad prefix: %v, want the model's %v", err, want)
	}
}

func TestUserDataTypedOrLoadedIsSentAsBase64(t *testing.T) {
	fx := newFixture(t, nil)
	fx.files["init.sh"] = "#!/bin/sh\necho from file\n"
	s := fx.step(t, forms.StepKubernetes)
	ud, _ := field(t, s, "kubernetes_config.user_data")
	pre, _ := field(t, s, "kubernetes_config.pre_user_data")
	typeInto(t, ud, "@init.sh")
	typeInto(t, pre, "sysctl -w vm.max_map_count=262144")
	fx.sync()
	kc := fx.np.KubernetesConfig
	if got := *kc.UserData; got != base64.StdEncoding.EncodeToString([]byte(fx.files["init.sh"])) {
		t.Errorf("user data from file: %q", got)
	}
	if got := *kc.PreUserData; got != base64.StdEncoding.EncodeToString([]byte("sysctl -w vm.max_map_count=262144")) {
		t.Errorf("typed pre user data: %q", got)
	}
	typeInto(t, ud, "@missing.sh")
	fx.sync()
	pending := s.Pending()
	if len(pending) != 1 || pending[0].Path != "kubernetes_config.user_data" || !strings.Contains(pending[0].Message, "missing.sh") {
		t.Errorf("unreadable file: pending %v", pending)
	}
	if err := validate(ud); err == nil || !strings.Contains(err.Error(), "cannot read missing.sh") {
		t.Errorf("unreadable file: %v", err)
	}
}

func TestRuntimeFromTheCatalog(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepKubernetes)
	rt, g := field(t, s, "kubernetes_config.runtime")
	settle(g)
	if got := optionValues(rt); len(got) != 5 || got[1] != "containerd 1.6.36" {
		t.Fatalf("runtime options %q", got)
	}
	press(rt, keyDown, keyDown) // (default) -> containerd 1.6.36 -> containerd 2.1.1
	fx.sync()
	kc := fx.np.KubernetesConfig
	if *kc.Runtime != "containerd" || *kc.RuntimeVersion != "2.1.1" {
		t.Errorf("runtime %s", jsonOf(t, kc))
	}

	fx2 := newFixture(t, nil)
	fx2.cat.Fail("Runtimes", errors.New("InvalidClusterId.NotFound"))
	s2 := fx2.step(t, forms.StepKubernetes)
	rt2, g2 := field(t, s2, "kubernetes_config.runtime")
	settle(g2)
	press(rt2, keyDown) // (default) -> type it by hand
	typed := s2.Groups[2]
	if hidden(typed) {
		t.Fatal("the typed runtime input stays hidden")
	}
	in := groupFields(typed)[0]
	typeInto(t, in, "containerd 1.7.0")
	fx2.sync()
	if got := jsonOf(t, fx2.np.KubernetesConfig); got != `{"runtime":"containerd","runtime_version":"1.7.0"}` {
		t.Errorf("typed runtime %s", got)
	}
}

func TestAdvancedIsFoldedUnlessUsed(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepAdvanced)
	if visible(t, s, "scaling_group.ram_role_name") || visible(t, s, "node_config.kubelet_configuration.maxPods") {
		t.Error("advanced options shown while folded")
	}
	show, _ := field(t, s, forms.ShowAdvancedKey)
	press(show, keyLeft) // Skip -> Show
	if !visible(t, s, "scaling_group.ram_role_name") || !visible(t, s, "node_config.kubelet_configuration.maxPods") {
		t.Error("unfolding does not show the advanced options")
	}
	if visible(t, s, "interconnect_mode") || visible(t, s, "eflo_node_group.cluster_id") {
		t.Error("edge or Lingjun fields shown for an ordinary pool")
	}

	used := newFixture(t, parseBody(t, `{"scaling_group": {"ram_role_name": "r"}}`))
	if !visible(t, used.step(t, forms.StepAdvanced), "scaling_group.ram_role_name") {
		t.Error("a request that sets an advanced field starts folded")
	}
	edge := newFixture(t, parseBody(t, `{"nodepool_info": {"type": "edge"}, "intranet": true}`))
	es := edge.step(t, forms.StepAdvanced)
	if !visible(t, es, "interconnect_mode") || visible(t, es, "eflo_node_group.cluster_id") {
		t.Error("edge pool: edge fields hidden or Lingjun shown")
	}
	lj := newFixture(t, parseBody(t, `{"nodepool_info": {"type": "lingjun"}, "eflo_node_group": {"group_id": "g"}}`))
	ls := lj.step(t, forms.StepAdvanced)
	if visible(t, ls, "interconnect_mode") || !visible(t, ls, "eflo_node_group.cluster_id") {
		t.Error("Lingjun pool: Lingjun fields hidden or edge shown")
	}
}

func TestKubeletConfiguration(t *testing.T) {
	fx := newFixture(t, parseBody(t, `{"node_config": {"kubelet_configuration": {"maxPods": 64}}}`))
	s := fx.step(t, forms.StepAdvanced)
	set := func(key, text string) {
		f, _ := field(t, s, "node_config.kubelet_configuration."+key)
		typeInto(t, f, text)
	}
	set("maxPods", "110")
	set("evictionHard", "memory.available=300Mi\nnodefs.available=10%")
	set("featureGates", "CustomCPUCFSQuotaPeriod=true")
	set("cpuCFSQuotaPeriod", "50ms")
	set("allowedUnsafeSysctls", "net.core.somaxconn, kernel.msgmax")
	fx.sync()
	want := `{"allowedUnsafeSysctls":["net.core.somaxconn","kernel.msgmax"],"cpuCFSQuotaPeriod":"50ms","evictionHard":{"memory.available":"300Mi","nodefs.available":"10%"},"featureGates":{"CustomCPUCFSQuotaPeriod":true},"maxPods":110}`
	if got := jsonOf(t, fx.np.NodeConfig.KubeletConfiguration); got != want {
		t.Errorf("kubelet\n got %s\nwant %s", got, want)
	}
	low, _ := field(t, s, "node_config.kubelet_configuration.imageGCLowThresholdPercent")
	set("imageGCHighThresholdPercent", "50")
	typeInto(t, low, "80")
	fx.sync()
	want2 := model.CheckField(fx.np, "node_config.kubelet_configuration.imageGCLowThresholdPercent", "80").Errors()
	if err := validate(low); len(want2) == 0 || err == nil || err.Error() != want2[0].Message {
		t.Errorf("GC low above high: %v, want the model's %v", err, want2)
	}
	gates, _ := field(t, s, "node_config.kubelet_configuration.featureGates")
	typeInto(t, gates, "A=true\nA=false")
	if err := validate(gates); err == nil || !strings.Contains(err.Error(), `line 2: "A" is already set on line 1`) {
		t.Errorf("duplicate gate: %v", err)
	}
}
