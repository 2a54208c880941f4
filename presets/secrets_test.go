package presets

import (
	"testing"

	"ackpool/model"
)

// TestStripSecretsLeavesNoEmptyObject: when user data was all that kubernetes_config
// held, the saved preset has no empty "kubernetes_config: {}" left behind.
func TestStripSecretsLeavesNoEmptyObject(t *testing.T) {
	np := &model.NodePool{
		NodepoolInfo:     &model.NodepoolInfo{Name: strp("web")},
		KubernetesConfig: &model.KubernetesConfig{UserData: strp("ZWNobyBoaQ==")},
		ScalingGroup:     &model.ScalingGroup{LoginPassword: strp("Sup3r-Secret-Pw!")},
	}
	out, notices := StripSecrets(np, SecretPolicy{})
	if len(notices) != 2 {
		t.Fatalf("notices %+v", notices)
	}
	js, _ := model.EncodeJSON(out, false)
	if want := `{"nodepool_info":{"name":"web"}}`; string(js) != want {
		t.Errorf("stripped request %s, want %s", js, want)
	}
	if np.KubernetesConfig == nil || np.KubernetesConfig.UserData == nil || np.ScalingGroup.LoginPassword == nil {
		t.Error("StripSecrets changed its input")
	}
}
