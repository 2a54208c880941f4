package ui

import (
	"reflect"
	"strings"
	"testing"

	"ackpool/forms"
	"ackpool/forms/formstest"
	"ackpool/model"
)

// TestEncodeBodyIsTheRedactedEncoding checks that the preview body is exactly the
// request encoded after model.Redact, with no secret, one or all of them set, and
// that the request is left as it was: the same values behind the same pointers.
func TestEncodeBodyIsTheRedactedEncoding(t *testing.T) {
	cat := formstest.NewCatalogSized(0)
	target := forms.Target{Region: formstest.Region, ClusterID: formstest.ClusterID}
	password, script, pre := "Real-Passw0rd!", "#!/bin/sh\necho token=abc", "echo before"
	cases := map[string]func(np *model.NodePool){
		"none":     func(np *model.NodePool) { np.ScalingGroup.LoginPassword = nil },
		"password": func(np *model.NodePool) { np.ScalingGroup.LoginPassword = &password },
		"all": func(np *model.NodePool) {
			np.ScalingGroup.LoginPassword = &password
			np.KubernetesConfig = &model.KubernetesConfig{UserData: &script, PreUserData: &pre}
		},
	}
	for name, set := range cases {
		t.Run(name, func(t *testing.T) {
			np := sampleBody(t, cat, target)
			set(np)
			before := np.Clone()
			passwordPtr := np.ScalingGroup.LoginPassword
			want, err := model.EncodeJSON(model.Redact(np), true)
			if err != nil {
				t.Fatal(err)
			}
			got := encodeBody(np)
			if string(got) != string(want) {
				t.Fatalf("preview body:\n%s\nwant\n%s", got, want)
			}
			for _, secret := range []string{password, "token=abc", pre} {
				if strings.Contains(string(got), secret) {
					t.Fatalf("the preview body shows a secret:\n%s", got)
				}
			}
			if !reflect.DeepEqual(np, before) || np.ScalingGroup.LoginPassword != passwordPtr {
				t.Fatalf("encoding changed the request:\n%+v\nwas\n%+v", np.ScalingGroup, before.ScalingGroup)
			}
		})
	}
}
