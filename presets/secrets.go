package presets

import (
	"reflect"

	"ackpool/model"
)

// SecretPolicy decides what happens to fields that may hold secrets when a request is
// about to be written to disk.
//
//   - scaling_group.login_password is always dropped: a password never reaches disk.
//   - kubernetes_config.user_data and pre_user_data are scripts that the reference marks
//     secret because they may carry credentials. They are dropped unless KeepUserData is
//     set, which the person must ask for explicitly (`preset save --keep-user-data`);
//     either way a notice says what happened.
type SecretPolicy struct {
	// KeepUserData keeps user_data and pre_user_data in the written file.
	KeepUserData bool
}

// StripSecrets returns a deep copy of np without the fields the policy keeps off disk,
// and one notice per field it dropped or kept with a warning. np is not modified.
func StripSecrets(np *model.NodePool, policy SecretPolicy) (*model.NodePool, []Notice) {
	out := cloneRequest(np)
	if out == nil {
		return nil, nil
	}
	var notices []Notice
	if sg := out.ScalingGroup; sg != nil && sg.LoginPassword != nil {
		sg.LoginPassword = nil
		notices = append(notices, Notice{
			Path:    "scaling_group.login_password",
			Message: "not saved: passwords never go to disk; set it again when you use this request (or use a key pair)",
		})
	}
	if kc := out.KubernetesConfig; kc != nil {
		for _, f := range []struct {
			path string
			ptr  **string
		}{
			{"kubernetes_config.user_data", &kc.UserData},
			{"kubernetes_config.pre_user_data", &kc.PreUserData},
		} {
			if *f.ptr == nil {
				continue
			}
			if policy.KeepUserData {
				notices = append(notices, Notice{Path: f.path, Message: "saved because you asked to keep user data; make sure the script holds no credentials"})
				continue
			}
			*f.ptr = nil
			notices = append(notices, Notice{Path: f.path, Message: "not saved: user data may hold credentials (keep it with --keep-user-data when it does not)"})
		}
	}
	// Objects that held only the dropped secrets are dropped too, so the file shows
	// no empty "kubernetes_config: {}" or "scaling_group: {}".
	if len(notices) > 0 {
		if out.KubernetesConfig != nil && reflect.ValueOf(*out.KubernetesConfig).IsZero() {
			out.KubernetesConfig = nil
		}
		if out.ScalingGroup != nil && reflect.ValueOf(*out.ScalingGroup).IsZero() {
			out.ScalingGroup = nil
		}
	}
	return out, notices
}

// cloneRequest deep-copies a request (nil stays nil).
func cloneRequest(np *model.NodePool) *model.NodePool { return np.Clone() }
