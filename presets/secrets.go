package presets

import (
	"ackpool/model"
)

// SecretPolicy decides what happens to fields that may hold secrets when a request is
// about to be written to disk. The field table says which fields those are and of what
// kind:
//
//   - a password (model.SecretPassword, scaling_group.login_password) is always dropped:
//     a password never reaches disk.
//   - a script (model.SecretScript, kubernetes_config.user_data and pre_user_data) may
//     carry credentials. It is dropped unless KeepUserData is set, which the person must
//     ask for explicitly (`preset save --keep-user-data`); either way a notice says what
//     happened.
type SecretPolicy struct {
	// KeepUserData keeps the scripts (user_data, pre_user_data) in the written file.
	KeepUserData bool
}

// StripSecrets returns a deep copy of np without the fields the policy keeps off disk,
// and one notice per field it dropped or kept with a warning, passwords first. Objects
// that held only dropped secrets are dropped too, so the file shows no empty
// "kubernetes_config: {}". np is not modified.
func StripSecrets(np *model.NodePool, policy SecretPolicy) (*model.NodePool, []Notice) {
	out := np.Clone()
	if out == nil {
		return nil, nil
	}
	var passwords, scripts []Notice
	for _, path := range model.SetSecrets(out) {
		fi, _ := model.Field(path)
		switch {
		case fi.SecretKind == model.SecretScript && policy.KeepUserData:
			scripts = append(scripts, Notice{Path: path, Message: "saved because you asked to keep user data; make sure the script holds no credentials"})
			continue
		case fi.SecretKind == model.SecretScript:
			scripts = append(scripts, Notice{Path: path, Message: "not saved: user data may hold credentials (keep it with --keep-user-data when it does not)"})
		default:
			passwords = append(passwords, Notice{Path: path, Message: "not saved: passwords never go to disk; set it again when you use this request (or use a key pair)"})
		}
		model.MustPath(path).Clear(out)
	}
	return out, append(passwords, scripts...)
}
