package model

import "strings"

// secretWords are parts of a path that mark its value as a secret even when the path
// is not a known field (a misspelt --set scaling_group.login_pasword=... still carries
// a password).
var secretWords = []string{"password", "passwd", "secret", "user_data", "token", "private_key"}

// LooksSecret reports whether the value at path must not be echoed: the field is
// secret, the path reads like one, or its last name is a near miss of a secret
// field's (login_pasword).
func LooksSecret(path string) bool {
	if IsSecret(path) {
		return true
	}
	lower := strings.ToLower(path)
	for _, w := range secretWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	last := lower[strings.LastIndexAny(lower, ".]")+1:]
	var secrets []string
	for _, fi := range fieldCatalog().list {
		if fi.Secret {
			secrets = append(secrets, fi.Path[strings.LastIndex(fi.Path, ".")+1:])
		}
	}
	return last != "" && closest(last, secrets) != ""
}

// RedactAssignment returns a "path=value" setting (as given to --set) with the value
// replaced by Mask when LooksSecret(path), for messages that echo what the user typed.
// A setting without '=' is returned as it is unless it reads like a secret.
func RedactAssignment(setting string) string {
	path, _, ok := strings.Cut(setting, "=")
	if !LooksSecret(path) {
		return setting
	}
	if !ok {
		return Mask
	}
	return path + "=" + Mask
}
