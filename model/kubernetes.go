package model

import "strings"

// isLabelName reports whether s is the name part of a Kubernetes label key, or a
// label value: letters, digits, '-', '_' and '.', starting and ending with a letter
// or digit (the length is checked apart).
func isLabelName(s string) bool {
	if s == "" || !isAlnum(s[0]) || !isAlnum(s[len(s)-1]) {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		if c := s[i]; !isAlnum(c) && c != '-' && c != '_' && c != '.' {
			return false
		}
	}
	return true
}

// isDNSSubdomain reports whether s is a lower-case DNS subdomain (the optional prefix
// of a Kubernetes label key): dot-separated parts of lower-case letters, digits and
// '-', each starting and ending with a letter or digit.
func isDNSSubdomain(s string) bool {
	for part := range strings.SplitSeq(s, ".") {
		if part == "" || !isLowerAlnum(part[0]) || !isLowerAlnum(part[len(part)-1]) {
			return false
		}
		for i := 1; i < len(part)-1; i++ {
			if c := part[i]; !isLowerAlnum(c) && c != '-' {
				return false
			}
		}
	}
	return true
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return isLowerAlnum(c) || 'A' <= c && c <= 'Z'
}

// isLowerAlnum reports whether c is a lower-case ASCII letter or a digit.
func isLowerAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
}

// labelKeyProblem says what is wrong with a Kubernetes label or taint key, or "".
func labelKeyProblem(key string) string {
	prefix, name, hasPrefix := strings.Cut(key, "/")
	if !hasPrefix {
		name, prefix = prefix, ""
	}
	switch {
	case hasPrefix && (len(prefix) > 253 || !isDNSSubdomain(prefix)):
		return "its prefix before '/' must be a lower-case DNS subdomain (e.g. example.com)"
	case len(name) > 63 || !isLabelName(name):
		return "the name must be 1–63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit"
	}
	return ""
}

// labelValueProblem says what is wrong with a Kubernetes label or taint value, or "".
func labelValueProblem(v string) string {
	if v != "" && (len(v) > 63 || !isLabelName(v)) {
		return "must be empty or 1–63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit"
	}
	return ""
}

// reservedPrefix returns the reserved prefix s starts with (labels and tags), or "".
func reservedPrefix(s string, prefixes ...string) string {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return p
		}
	}
	return ""
}

// checkLabels applies R174 to kubernetes_config.labels.
func checkLabels(np *NodePool, r *report) {
	kc := np.KubernetesConfig
	if kc == nil {
		return
	}
	if len(kc.Labels) > 20 {
		r.errorf("R174", "kubernetes_config.labels", "%d labels; at most 20 are allowed", len(kc.Labels))
	}
	seen := make(map[string]bool, len(kc.Labels))
	for i, l := range kc.Labels {
		key, val := str(l.Key), str(l.Value)
		if key != "" && !seen[key] && len(key) <= 64 && validLabel(key, val) {
			seen[key] = true
			continue // the common case, without building the label's path
		}
		path := indexPath("kubernetes_config.labels", i)
		switch {
		case key == "":
			r.errorf("R174", path+".key", "required; a label needs a key")
		case seen[key]:
			r.errorf("R174", path+".key", "%q is used by another label; keys must be unique", key)
		case len(key) > 64:
			r.errorf("R174", path+".key", "%d characters; at most 64 allowed", len(key))
		case reservedPrefix(key, "aliyun", "acs:", "https://", "http://") != "":
			r.errorf("R174", path+".key", "%q starts with the reserved prefix %q", key, reservedPrefix(key, "aliyun", "acs:", "https://", "http://"))
		default:
			if msg := labelKeyProblem(key); msg != "" {
				r.errorf("R174", path+".key", "%q is not a valid Kubernetes label key: %s", key, msg)
			}
		}
		seen[key] = true
		if p := reservedPrefix(val, "aliyun", "acs:", "https://", "http://"); p != "" {
			r.errorf("R174", path+".value", "%q starts with the reserved prefix %q", val, p)
		} else if msg := labelValueProblem(val); msg != "" {
			r.errorf("R174", path+".value", "%q is not a valid Kubernetes label value: it %s", val, msg)
		}
	}
}

// validLabel reports whether a label's key and value pass every check but the
// key's length and uniqueness.
func validLabel(key, val string) bool {
	return labelKeyProblem(key) == "" && labelValueProblem(val) == "" &&
		reservedPrefix(key, "aliyun", "acs:", "https://", "http://") == "" &&
		reservedPrefix(val, "aliyun", "acs:", "https://", "http://") == ""
}

// checkTaints applies R175 beyond the effect enum: a taint needs a valid key and value.
func checkTaints(np *NodePool, r *report) {
	if np.KubernetesConfig == nil {
		return
	}
	for i, t := range np.KubernetesConfig.Taints {
		path := indexPath("kubernetes_config.taints", i)
		if str(t.Key) == "" {
			r.errorf("R175", path+".key", "required; a taint needs a key")
		} else if msg := labelKeyProblem(*t.Key); msg != "" {
			r.errorf("R175", path+".key", "%q is not a valid taint key: %s", *t.Key, msg)
		}
		if msg := labelValueProblem(str(t.Value)); msg != "" {
			r.errorf("R175", path+".value", "%q is not a valid taint value: it %s", str(t.Value), msg)
		}
	}
}

// checkTags applies R176 to scaling_group.tags (ECS tags on the instances).
func checkTags(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg == nil {
		return
	}
	if len(sg.Tags) > 20 {
		r.errorf("R176", "scaling_group.tags", "%d tags; ECS allows at most 20 per instance", len(sg.Tags))
	}
	seen := map[string]bool{}
	for i, t := range sg.Tags {
		path := indexPath("scaling_group.tags", i)
		key := str(t.Key)
		switch {
		case key == "":
			r.errorf("R176", path+".key", "required; a tag needs a key")
		case seen[key]:
			r.errorf("R176", path+".key", "%q is used by another tag; keys must be unique", key)
		}
		seen[key] = true
		for _, f := range []struct{ field, v string }{{"key", key}, {"value", str(t.Value)}} {
			if p := reservedPrefix(f.v, "aliyun", "acs:"); p != "" {
				r.errorf("R176", path+"."+f.field, "%q starts with the reserved prefix %q", f.v, p)
			}
			if strings.Contains(f.v, "http://") || strings.Contains(f.v, "https://") {
				r.errorf("R176", path+"."+f.field, "%q must not contain http:// or https://", f.v)
			}
		}
	}
}

// checkTEE applies R177: confidential computing is allowlisted and containerd-only.
func checkTEE(np *NodePool, r *report) {
	if np.TEEConfig == nil || !isTrue(np.TEEConfig.TEEEnable) {
		return
	}
	r.warnf("R177", "tee_config.tee_enable", "confidential computing pools are only available to allowlisted accounts")
	if kc := np.KubernetesConfig; kc != nil && kc.Runtime != nil && *kc.Runtime != "containerd" {
		r.warnf("R177", "kubernetes_config.runtime", "confidential computing nodes need the containerd runtime, not %s", *kc.Runtime)
	}
}

// checkNodeNameMode applies R171 to kubernetes_config.node_name_mode
// ("customized,<prefix>,ip,<suffix>").
func checkNodeNameMode(np *NodePool, r *report) {
	if np.KubernetesConfig == nil || np.KubernetesConfig.NodeNameMode == nil {
		return
	}
	const path = "kubernetes_config.node_name_mode"
	mode := *np.KubernetesConfig.NodeNameMode
	parts := strings.Split(mode, ",")
	if len(parts) != 4 || parts[0] != "customized" || parts[2] != "ip" {
		r.errorf("R171", path, "%q is not in the form customized,<prefix>,ip,<suffix> (e.g. customized,node,ip,prod)", mode)
		return
	}
	prefix, suffix := parts[1], parts[3]
	if prefix == "" {
		r.errorf("R171", path, "the prefix is required (customized,<prefix>,ip,<suffix>)")
		return
	}
	if c := prefix[0]; c < 'a' || c > 'z' {
		if c < 'A' || c > 'Z' {
			r.errorf("R171", path, "the prefix %q must start with a letter", prefix)
		}
	}
	for _, part := range []string{prefix, suffix} {
		if part == "" {
			continue
		}
		if strings.ContainsFunc(part, func(c rune) bool {
			return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.')
		}) {
			r.errorf("R171", path, "%q may only contain letters, digits, '-' and '.'", part)
		} else if strings.ContainsAny(part[:1], "-.") || strings.ContainsAny(part[len(part)-1:], "-.") {
			r.errorf("R171", path, "%q must not start or end with '-' or '.'", part)
		} else if strings.ContainsAny(part, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			r.warnf("R171", path, "%q has upper-case letters; some ACK APIs accept only lower case, so prefer lower case", part)
		}
		if strings.Contains(part, "--") || strings.Contains(part, "..") || strings.Contains(part, ".-") || strings.Contains(part, "-.") {
			r.errorf("R171", path, "%q must not contain consecutive '-' or '.'", part)
		}
	}
	// The longest private IPv4 address has 15 characters.
	if n := len(prefix) + 15 + len(suffix); n > 64 {
		r.errorf("R171", path, "prefix and suffix are too long: the node name could reach %d characters, at most 64 allowed", n)
	}
}
