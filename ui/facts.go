package ui

import (
	"fmt"
	"strings"

	"ackpool/model"
)

// poolFacts are the key facts the confirmation names.
type poolFacts struct {
	name          string
	instanceTypes string
	size          string
	billing       string
}

// facts summarises the request for the confirmation.
func facts(np *model.NodePool) poolFacts {
	f := poolFacts{name: "(no name)", instanceTypes: "(none)", size: "(not set)", billing: "PostPaid (pay as you go)"}
	if np.NodepoolInfo != nil && np.NodepoolInfo.Name != nil {
		f.name = *np.NodepoolInfo.Name
	}
	sg := np.ScalingGroup
	if sg != nil {
		if len(sg.InstanceTypes) > 0 {
			f.instanceTypes = strings.Join(sg.InstanceTypes, ", ")
		}
		if sg.InstanceChargeType != nil && *sg.InstanceChargeType == "PrePaid" {
			f.billing = "PrePaid (subscription)"
			if sg.Period != nil {
				unit := "Month"
				if sg.PeriodUnit != nil {
					unit = *sg.PeriodUnit
				}
				f.billing += fmt.Sprintf(", %d %s", *sg.Period, unit)
			}
		}
		if sg.SpotStrategy != nil && *sg.SpotStrategy != "" && *sg.SpotStrategy != "NoSpot" {
			f.billing += ", spot: " + *sg.SpotStrategy
		}
	}
	if as := np.AutoScaling; as != nil && as.Enable != nil && *as.Enable {
		f.size = fmt.Sprintf("auto scaling, %d to %d nodes", deref(as.MinInstances), deref(as.MaxInstances))
	} else if n := desired(np); n >= 0 {
		f.size = fmt.Sprintf("%d nodes", n)
	}
	return f
}

// desired is the node count asked for: desired_size, else count, else -1.
func desired(np *model.NodePool) int64 {
	if np.ScalingGroup != nil && np.ScalingGroup.DesiredSize != nil {
		return *np.ScalingGroup.DesiredSize
	}
	if np.Count != nil {
		return *np.Count
	}
	return -1
}

func deref(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}
