package model

import (
	"regexp"
	"strings"
)

// labelName is the name part of a Kubernetes label key, or a label value (up to 63 characters).
var labelName = regexp.MustCompile(`^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$`)

// dnsSubdomain is the optional prefix of a Kubernetes label key.
var dnsSubdomain = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`)

// labelKeyProblem says what is wrong with a Kubernetes label or taint key, or "".
func labelKeyProblem(key string) string {
	prefix, name, hasPrefix := strings.Cut(key, "/")
	if !hasPrefix {
		name, prefix = prefix, ""
	}
	switch {
	case hasPrefix && (len(prefix) > 253 || !dnsSubdomain.MatchString(prefix)):
		return "its prefix before '/' must be a lower-case DNS subdomain (e.g. example.com)"
	case len(name) > 63 || !labelName.MatchString(name):
		return "the name must be 1–63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit"
	}
	return ""
}

// labelValueProblem says what is wrong with a Kubernetes label or taint value, or "".
func labelValueProblem(v string) string {
	if v != "" && (len(v) > 63 || !labelName.MatchString(v)) {
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
	seen := map[string]bool{}
	for i, l := range kc.Labels {
		path := indexPath("kubernetes_config.labels", i)
		key, val := str(l.Key), str(l.Value)
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
