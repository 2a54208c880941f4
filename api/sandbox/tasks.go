package sandbox

import (
	"math"
	"time"
)

// opKind is what a task does to a pool.
type opKind string

// The tasks a pool goes through.
const (
	opCreate    opKind = "create"
	opScaleUp   opKind = "scale_up"
	opScaleDown opKind = "scale_down"
	opDelete    opKind = "delete"
)

// effect is what a stage does to the pool's nodes.
type effect int

const (
	effectNone    effect = iota
	effectLaunch         // instances appear (total grows)
	effectInit           // instances join the cluster (healthy grows to 80%)
	effectReady          // the last nodes become Ready
	effectDrain          // nodes are drained (healthy shrinks)
	effectRelease        // instances are released (total shrinks)
)

// stage is one step of a task with its duration at speed 1.
type stage struct {
	name     string
	duration time.Duration
	message  string
	effect   effect
}

// stagesOf lists the stages of each kind of task, in order.
var stagesOf = map[opKind][]stage{
	opCreate: {
		{"PreCheck", 5 * time.Second, "checking quotas, vSwitches and instance types", effectNone},
		{"CreateScalingGroup", 20 * time.Second, "creating the ESS scaling group and launch template", effectNone},
		{"ScaleOutInstances", 60 * time.Second, "creating ECS instances", effectLaunch},
		{"InitializeNodes", 45 * time.Second, "installing the node components and joining the cluster", effectInit},
		{"WaitNodesReady", 20 * time.Second, "waiting for nodes to become Ready", effectReady},
	},
	opScaleUp: {
		{"PreCheck", 5 * time.Second, "checking quotas and the scaling group", effectNone},
		{"ScaleOutInstances", 60 * time.Second, "creating ECS instances", effectLaunch},
		{"InitializeNodes", 45 * time.Second, "installing the node components and joining the cluster", effectInit},
		{"WaitNodesReady", 20 * time.Second, "waiting for nodes to become Ready", effectReady},
	},
	opScaleDown: {
		{"PreCheck", 5 * time.Second, "checking the scaling group", effectNone},
		{"DrainNodes", 20 * time.Second, "cordoning and draining the nodes to remove", effectDrain},
		{"RemoveInstances", 30 * time.Second, "releasing the ECS instances", effectRelease},
	},
	opDelete: {
		{"PreCheck", 5 * time.Second, "checking the node pool", effectNone},
		{"DrainNodes", 20 * time.Second, "cordoning and draining the nodes", effectDrain},
		{"ReleaseInstances", 30 * time.Second, "releasing the ECS instances", effectRelease},
		{"DeleteScalingGroup", 10 * time.Second, "deleting the ESS scaling group", effectNone},
	},
}

// taskTypes names each kind of task as DescribeTaskInfo does.
var taskTypes = map[opKind]string{
	opCreate: "nodepool_create", opScaleUp: "nodepool_update", opScaleDown: "nodepool_update", opDelete: "nodepool_delete",
}

// A failing creation stops in its third stage (ScaleOutInstances), half-way through.
const (
	failStage    = 2
	failFraction = 0.5
)

// progress is where a task stands at a moment.
type progress struct {
	stage    int     // index of the current stage; len(stages) when finished
	fraction float64 // how far into the current stage
	stageAt  []time.Time
	failed   bool
	done     bool
}

// progressOf computes a task's progress at now.
func (s *state) progressOf(op *operation, now time.Time) progress {
	stages := stagesOf[op.Kind]
	speed := op.Speed
	if speed <= 0 {
		speed = 1
	}
	elapsed := time.Duration(float64(now.Sub(op.Start)) * speed)
	pr := progress{}
	at := op.Start
	for i, st := range stages {
		pr.stageAt = append(pr.stageAt, at)
		if op.Fail && i == failStage {
			limit := time.Duration(float64(st.duration) * failFraction)
			if elapsed < limit {
				pr.stage, pr.fraction = i, float64(elapsed)/float64(st.duration)
				return pr
			}
			pr.stage, pr.fraction, pr.failed, pr.done = i, failFraction, true, true
			return pr
		}
		if elapsed < st.duration {
			pr.stage, pr.fraction = i, float64(elapsed)/float64(st.duration)
			return pr
		}
		elapsed -= st.duration
		at = at.Add(time.Duration(float64(st.duration) / speed))
	}
	pr.stage, pr.done = len(stages), true
	pr.stageAt = append(pr.stageAt, at)
	return pr
}

// counts are a pool's node numbers at one moment.
type counts struct {
	total, healthy, failed, removing int
}

// nodeCountsOf derives the node numbers from a task's progress: the nodes move from
// op.From to op.To through the stages' effects.
func nodeCountsOf(op *operation, pr progress) counts {
	stages := stagesOf[op.Kind]
	from, to := op.From, op.To
	up := to - from
	if up < 0 {
		up = 0
	}
	down := from - to
	if down < 0 {
		down = 0
	}
	c := counts{total: from, healthy: from}
	for i := 0; i < len(stages) && i <= pr.stage; i++ {
		f := 1.0
		if i == pr.stage && !pr.done {
			f = pr.fraction
		}
		if i == pr.stage && pr.failed {
			f = pr.fraction
		}
		switch stages[i].effect {
		case effectLaunch:
			c.total = from + int(math.Round(float64(up)*f))
		case effectInit:
			c.healthy = from + int(math.Floor(float64(up)*f*0.8))
		case effectReady:
			c.healthy = from + int(math.Floor(float64(up)*(0.8+0.2*f)))
		case effectDrain:
			c.healthy = from - int(math.Round(float64(down)*f))
			c.removing = from - c.healthy
		case effectRelease:
			c.total = from - int(math.Round(float64(down)*f))
			c.removing = c.total - c.healthy
		}
	}
	if pr.done && !pr.failed {
		c = counts{total: to, healthy: to}
	}
	if pr.failed {
		c.failed = c.total - c.healthy
	}
	return c
}

// poolState is status.state for a pool whose latest task is op.
func poolState(op *operation, pr progress) string {
	switch {
	case op == nil:
		return "active"
	case pr.failed:
		return "failed"
	case op.Kind == opDelete:
		return "removing"
	case pr.done:
		return "active"
	case op.Kind == opCreate && stagesOf[op.Kind][pr.stage].effect == effectNone:
		return "initial"
	}
	return "scaling"
}
