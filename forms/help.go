package forms

import (
	"fmt"
	"strconv"
	"strings"

	"ackpool/model"
)

// FieldHelp returns the full help of a field for the key of a wizard field (its dotted
// wire path, or one of the wizard's own keys: "region", "login_method",
// ShowAdvancedKey): what it does, the allowed values or range, the server default,
// when it applies, when to change it and, for lists, the line syntax. It is "" for an
// unknown key.
func FieldHelp(key string) string {
	if text, ok := wizardKeyHelp()[key]; ok {
		return text
	}
	fi, ok := model.Field(key)
	if !ok {
		return ""
	}
	var b strings.Builder
	b.WriteString(key + "\n\n")
	b.WriteString(fi.Summary + "\n")
	if fi.Deprecated {
		b.WriteString("\nDeprecated")
		if fi.Replacement != "" {
			b.WriteString(": use " + fi.Replacement + " instead")
		}
		b.WriteString(".\n")
	}
	section(&b, "Allowed", allowedText(fi))
	section(&b, "Default", defaultHelp(fi))
	section(&b, "Applies", fi.DependsOn)
	section(&b, "Notes", fi.Notes)
	section(&b, "When to change it", fi.Help)
	section(&b, "How to write it", fi.Syntax)
	if fi.Type == "array<object>" {
		section(&b, "Each item", itemHelp(fi.Path))
	}
	if fi.Syntax != "" && (fi.Type == "array<object>" || fi.Type == "object" || fi.Format == "base64") {
		section(&b, "Keys", textKeys(fi.Secret))
	}
	if fi.Secret {
		section(&b, "Secret", "Masked in the preview and never saved in presets, drafts or logs.")
	}
	if fi.Immutable {
		section(&b, "Later", "Cannot be changed after the pool is created.")
	}
	return strings.TrimRight(b.String(), "\n")
}

// section writes "title: text" when text is not empty.
func section(b *strings.Builder, title, text string) {
	if text != "" {
		fmt.Fprintf(b, "\n%s: %s\n", title, text)
	}
}

// allowedText says which values a field takes, from the reference.
func allowedText(fi model.FieldInfo) string {
	var parts []string
	switch {
	case len(fi.Enum) > 0:
		parts = append(parts, "one of "+strings.Join(fi.Enum, ", "))
	case len(fi.ItemEnum) > 0:
		parts = append(parts, "any of "+strings.Join(fi.ItemEnum, ", "))
	}
	switch {
	case fi.Min != nil && fi.Max != nil:
		parts = append(parts, fmt.Sprintf("%s to %s", num(*fi.Min), num(*fi.Max)))
	case fi.Min != nil:
		parts = append(parts, "at least "+num(*fi.Min))
	case fi.Max != nil:
		parts = append(parts, "at most "+num(*fi.Max))
	}
	if fi.MaxItems != nil {
		parts = append(parts, fmt.Sprintf("at most %d items", *fi.MaxItems))
	}
	if fi.MaxLength != nil {
		parts = append(parts, fmt.Sprintf("at most %d characters", *fi.MaxLength))
	}
	switch fi.Format {
	case "base64":
		parts = append(parts, "base64 text (the wizard encodes for you)")
	case "duration":
		parts = append(parts, "a duration such as 10s or 100ms")
	case "kubernetes-quantity":
		parts = append(parts, "a Kubernetes quantity such as 100Mi")
	case "decimal":
		parts = append(parts, "a decimal number such as 0.39")
	}
	if len(parts) == 0 && fi.Type == "boolean" {
		parts = append(parts, "on or off; \"(default)\" leaves it to the server")
	}
	return strings.Join(parts, "; ")
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// defaultHelp explains the server default; the wizard never sends it unless chosen.
func defaultHelp(fi model.FieldInfo) string {
	if fi.Default == nil {
		return ""
	}
	d := fmt.Sprint(fi.Default)
	switch v := fi.Default.(type) {
	case float64:
		d = num(v)
	case bool:
		d = onOff(d)
	}
	return d + " (applied by the server when you leave the field empty)"
}

// textKeys explains the keys of a text area.
func textKeys(secret bool) string {
	s := "enter moves on; alt+enter or ctrl+j starts a new line"
	if !secret {
		s += "; ctrl+e opens the text in $EDITOR"
	}
	return s + "."
}

// itemHelp lists the fields of a list's items with what they allow, e.g. for data disks
// "category (one of cloud, ...; default cloud_efficiency), size (40 to 32768), ...".
func itemHelp(listPath string) string {
	prefix := model.NormalizePath(listPath) + "[]."
	var parts []string
	for fi := range model.EachField {
		rest, ok := strings.CutPrefix(fi.Path, prefix)
		if !ok || fi.Deprecated || strings.ContainsAny(rest, ".[") {
			continue
		}
		item := rest
		if fi.Type == "boolean" {
			item += " (a flag)"
		} else if a := allowedText(fi); a != "" {
			item += " (" + a + ")"
		}
		parts = append(parts, item)
	}
	return strings.Join(parts, "; ")
}

// wizardKeyHelp is the help of keys that are not request fields.
func wizardKeyHelp() map[string]string {
	return map[string]string{
		"region": "region\n\nThe Alibaba Cloud region of the cluster, e.g. cn-hangzhou. Lookups and the " +
			"request go to this region's endpoints; it is not part of the request body.\n\n" +
			"When to change it: when your cluster is in another region. If the list cannot be loaded, choose " +
			"\"type it by hand\" and enter the region ID.",
		"login_method": "login_method\n\nHow you log in to the nodes over SSH. Choose a key pair (scaling_group.key_pair), " +
			"a password (scaling_group.login_password), or none. The API accepts at most one of the two; the " +
			"wizard sends only the chosen one.\n\nWhen to change it: key pairs are safer and the only choice for " +
			"ContainerOS images; choose none when you reach nodes through other means (e.g. Cloud Assistant).",
		ShowAdvancedKey: ShowAdvancedKey + "\n\nUnfolds the advanced settings: RAM role, instance metadata access, " +
			"TEE, auto mode, tags, private and resource pools, instance patterns, node components, kubelet " +
			"configuration, and edge or Lingjun fields.\n\nWhen to change it: most pools need none of these; " +
			"unfold them when you know you need one.",
	}
}
