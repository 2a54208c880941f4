package steps

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"ackpool/forms"
	"ackpool/model"
)

// nodeComponentCodec reads one node component per line:
//
//	name[=version] [env:NAME=VALUE ...] [config:{"key":"value"}]
//
// e.g. `kubelet=1.33.3-aliyun.1 env:GOGC=200 config:{"cpuManagerPolicy":"static"}`.
// The config JSON, when present, runs to the end of the line.
func nodeComponentCodec() forms.LineCodec[model.NodeComponent] {
	return forms.LineCodec[model.NodeComponent]{
		Syntax: "name=version [env:NAME=VALUE] [config:{json}]",
		Parse:  parseNodeComponent,
		Format: formatNodeComponent,
	}
}

func parseNodeComponent(line string) (model.NodeComponent, error) {
	var c model.NodeComponent
	head, config, hasConfig := strings.Cut(line, "config:")
	fields := strings.Fields(head)
	if len(fields) == 0 {
		return c, errors.New("start with the component name, e.g. kubelet=1.33.3-aliyun.1")
	}
	name, version, _ := strings.Cut(fields[0], "=")
	if name == "" {
		return c, errors.New("missing component name before '='")
	}
	c.Name, c.Version = &name, forms.StrPtr(version)
	var cfg model.NodeComponentConfig
	for _, f := range fields[1:] {
		kv, ok := strings.CutPrefix(f, "env:")
		if !ok {
			return c, fmt.Errorf("unexpected %q; write env:NAME=VALUE or config:{json}", f)
		}
		k, v, err := keyValue(kv)
		if err != nil {
			return c, fmt.Errorf("env %q: %v", f, err)
		}
		cfg.Envs = append(cfg.Envs, model.EnvVar{Name: &k, Value: &v})
	}
	if hasConfig {
		if err := json.Unmarshal([]byte(strings.TrimSpace(config)), &cfg.CustomConfig); err != nil {
			return c, fmt.Errorf("config: not a JSON object (%v); write config:{\"key\":\"value\"}", err)
		}
	}
	if cfg.Envs != nil || cfg.CustomConfig != nil {
		c.Config = &cfg
	}
	return c, nil
}

func formatNodeComponent(c model.NodeComponent) string {
	s := forms.Deref(c.Name)
	if c.Version != nil {
		s += "=" + *c.Version
	}
	if c.Config == nil {
		return s
	}
	for _, e := range c.Config.Envs {
		s += " env:" + forms.Deref(e.Name) + "=" + forms.Deref(e.Value)
	}
	if c.Config.CustomConfig != nil {
		if data, err := json.Marshal(c.Config.CustomConfig); err == nil {
			s += " config:" + string(data)
		}
	}
	return s
}

// instancePatternCodec reads attribute-based instance type selections, e.g.
// "cores=4,memory=16,cpu_architectures=X86|ARM,instance_family_level=EnterpriseLevel".
func instancePatternCodec() forms.LineCodec[model.InstancePattern] {
	return forms.ObjectCodec[model.InstancePattern](model.PathScalingGroupInstancePatterns, "cores=4,memory=16,cpu_architectures=X86", nil)
}
