package cli

import (
	"fmt"
	"strings"

	"ackpool/export"
	"ackpool/model"

	"github.com/spf13/pflag"
)

// flagKind says how a field flag's value becomes --set values.
type flagKind int

const (
	flagScalar flagKind = iota // one value, typed by the model (--name, --nodes, --disk-size)
	flagList                   // a comma list of strings (--instance-types a,b)
	flagSwitch                 // a boolean flag that sets fixed values (--spot)
	flagLabel                  // repeatable k=v, one item of an array of {key, value}
	flagTaint                  // repeatable k=v:Effect, one item of an array of {key, value, effect}
)

// fieldFlag is one plain flag for a common field. sets are "path=value" templates in
// which %s is the flag's value (for labels and taints %d is the item's index and the
// parts are filled in order).
type fieldFlag struct {
	name  string
	kind  flagKind
	usage string
	sets  []string
}

// fieldFlags is the one table of the plain flags and the model paths they set; each
// is applied exactly like --set path=value (model.SetPath), before the --set values.
func fieldFlags() []fieldFlag {
	return []fieldFlag{
		{"name", flagScalar, "pool name (nodepool_info.name)", []string{"nodepool_info.name=%s"}},
		{"instance-types", flagList, "instance types, comma list, in order of preference (scaling_group.instance_types)", []string{"scaling_group.instance_types=%s"}},
		{"vswitches", flagList, "vSwitch IDs, comma list (scaling_group.vswitch_ids); see ackpool vswitches", []string{"scaling_group.vswitch_ids=%s"}},
		{"nodes", flagScalar, "desired number of nodes (scaling_group.desired_size)", []string{"scaling_group.desired_size=%s"}},
		{"nodes-min", flagScalar, "auto scaling minimum; turns auto scaling on (auto_scaling.min_instances)", []string{"auto_scaling.enable=true", "auto_scaling.min_instances=%s"}},
		{"nodes-max", flagScalar, "auto scaling maximum; turns auto scaling on (auto_scaling.max_instances)", []string{"auto_scaling.enable=true", "auto_scaling.max_instances=%s"}},
		{"spot", flagSwitch, "spot instances at the market price (scaling_group.spot_strategy=SpotAsPriceGo)", []string{"scaling_group.spot_strategy=SpotAsPriceGo"}},
		{"disk-size", flagScalar, "system disk size in GiB (scaling_group.system_disk_size)", []string{"scaling_group.system_disk_size=%s"}},
		{"label", flagLabel, "Kubernetes label k=v on every node, repeatable (kubernetes_config.labels)", []string{"kubernetes_config.labels[%d].key=%s", "kubernetes_config.labels[%d].value=%s"}},
		{"taint", flagTaint, "Kubernetes taint k=v:Effect (NoSchedule, NoExecute, PreferNoSchedule), repeatable (kubernetes_config.taints)", []string{"kubernetes_config.taints[%d].key=%s", "kubernetes_config.taints[%d].value=%s", "kubernetes_config.taints[%d].effect=%s"}},
		{"key-pair", flagScalar, "SSH key pair name for logging in to the nodes (scaling_group.key_pair)", []string{"scaling_group.key_pair=%s"}},
	}
}

// fieldFlagValues holds what the plain field flags were given.
type fieldFlagValues struct {
	fs     *pflag.FlagSet
	values map[string]any // *string, *[]string, *bool by flag name
}

// addFieldFlags registers the table's flags on fs.
func addFieldFlags(fs *pflag.FlagSet) *fieldFlagValues {
	v := &fieldFlagValues{fs: fs, values: map[string]any{}}
	for _, ff := range fieldFlags() {
		switch ff.kind {
		case flagScalar:
			v.values[ff.name] = fs.String(ff.name, "", ff.usage)
		case flagList:
			v.values[ff.name] = fs.StringSlice(ff.name, nil, ff.usage)
		case flagSwitch:
			v.values[ff.name] = fs.Bool(ff.name, false, ff.usage)
		case flagLabel, flagTaint:
			v.values[ff.name] = fs.StringArray(ff.name, nil, ff.usage)
		}
	}
	return v
}

// fieldSet is one path=value produced by a flag.
type fieldSet struct {
	flag string // as typed: --nodes 3
	set  string // path=value
}

// sets turns the flags that were given into path=value settings, in table order;
// labels and taints are appended after the items np already has.
func (v *fieldFlagValues) sets(np *model.NodePool) ([]fieldSet, error) {
	if v == nil {
		return nil, nil
	}
	var out []fieldSet
	for _, ff := range fieldFlags() {
		if !v.fs.Changed(ff.name) {
			continue
		}
		switch ff.kind {
		case flagScalar:
			raw := *v.values[ff.name].(*string)
			out = append(out, expand(ff, "--"+ff.name+" "+export.ShellQuote(raw), raw)...)
		case flagList:
			raw := strings.Join(*v.values[ff.name].(*[]string), ",")
			out = append(out, expand(ff, "--"+ff.name+" "+export.ShellQuote(raw), raw)...)
		case flagSwitch:
			if *v.values[ff.name].(*bool) {
				out = append(out, expand(ff, "--"+ff.name, "")...)
			}
		case flagLabel, flagTaint:
			start := existingItems(np, ff.kind)
			for i, raw := range *v.values[ff.name].(*[]string) {
				parts, err := splitItem(ff.kind, raw)
				if err != nil {
					return nil, usageError{fmt.Errorf("--%s %q: %w", ff.name, raw, err)}
				}
				flag := "--" + ff.name + " " + export.ShellQuote(raw)
				for j, tmpl := range ff.sets {
					out = append(out, fieldSet{flag: flag, set: fmt.Sprintf(tmpl, start+i, parts[j])})
				}
			}
		}
	}
	return out, nil
}

// words returns the given flags as command-line words, for messages that show the
// command to run again.
func (v *fieldFlagValues) words() []string {
	if v == nil {
		return nil
	}
	var out []string
	for _, ff := range fieldFlags() {
		if !v.fs.Changed(ff.name) {
			continue
		}
		switch ff.kind {
		case flagScalar:
			out = append(out, "--"+ff.name, export.ShellQuote(*v.values[ff.name].(*string)))
		case flagList:
			out = append(out, "--"+ff.name, export.ShellQuote(strings.Join(*v.values[ff.name].(*[]string), ",")))
		case flagSwitch:
			out = append(out, fmt.Sprintf("--%s=%t", ff.name, *v.values[ff.name].(*bool)))
		case flagLabel, flagTaint:
			for _, raw := range *v.values[ff.name].(*[]string) {
				out = append(out, "--"+ff.name, export.ShellQuote(raw))
			}
		}
	}
	return out
}

// given reports whether any field flag was given.
func (v *fieldFlagValues) given() bool {
	return len(v.words()) > 0
}

func expand(ff fieldFlag, flag, raw string) []fieldSet {
	out := make([]fieldSet, len(ff.sets))
	for i, tmpl := range ff.sets {
		set := tmpl
		if strings.Contains(tmpl, "%s") {
			set = fmt.Sprintf(tmpl, raw)
		}
		out[i] = fieldSet{flag: flag, set: set}
	}
	return out
}

// existingItems is how many labels or taints the request already has.
func existingItems(np *model.NodePool, kind flagKind) int {
	if np == nil || np.KubernetesConfig == nil {
		return 0
	}
	if kind == flagLabel {
		return len(np.KubernetesConfig.Labels)
	}
	return len(np.KubernetesConfig.Taints)
}

// splitItem reads k=v (a label) or k=v:Effect / k:Effect (a taint).
func splitItem(kind flagKind, raw string) ([]string, error) {
	if kind == flagLabel {
		k, v, ok := strings.Cut(raw, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("expected key=value, e.g. --label team=web")
		}
		return []string{k, v}, nil
	}
	cut := strings.LastIndexByte(raw, ':')
	if cut < 0 {
		return nil, fmt.Errorf("expected key=value:Effect, e.g. --taint dedicated=gpu:NoSchedule (Effect: NoSchedule, NoExecute or PreferNoSchedule)")
	}
	kv, effect := raw[:cut], raw[cut+1:]
	k, v, _ := strings.Cut(kv, "=")
	if k == "" || effect == "" {
		return nil, fmt.Errorf("expected key=value:Effect, e.g. --taint dedicated=gpu:NoSchedule")
	}
	return []string{k, v, effect}, nil
}

// applyFieldFlags applies the field flags to np with model.SetPath, as --set does.
func applyFieldFlags(np *model.NodePool, v *fieldFlagValues) error {
	sets, err := v.sets(np)
	if err != nil {
		return err
	}
	for _, s := range sets {
		path, value, _ := strings.Cut(s.set, "=")
		if err := model.SetPath(np, path, value); err != nil {
			return usageError{fmt.Errorf("%s: %w", s.flag, err)}
		}
	}
	return nil
}
