package sandbox

import (
	"fmt"
	"math"
	"sort"
	"sync"
	"time"
)

// stage is one step of a node pool creation task with its duration at speed 1.
type stage struct {
	name     string
	duration time.Duration
	message  string
}

// createStages are the steps a creation goes through, in order.
var createStages = []stage{
	{"PreCheck", 5 * time.Second, "checking quotas, vSwitches and instance types"},
	{"CreateScalingGroup", 20 * time.Second, "creating the ESS scaling group and launch template"},
	{"ScaleOutInstances", 60 * time.Second, "creating ECS instances"},
	{"InitializeNodes", 45 * time.Second, "installing the node components and joining the cluster"},
	{"WaitNodesReady", 20 * time.Second, "waiting for nodes to become Ready"},
}

// failStage is the stage where a failing task stops, and how far into it.
const (
	failStage    = 2
	failFraction = 0.5
)

// pool is a node pool held by the sandbox.
type pool struct {
	id, clusterID, regionID, name string
	body                          map[string]any // the create body as received
	desired                       int
	created                       time.Time
	taskID                        string // "" for the pools the account starts with
	fail                          bool
	scalingGroupID                string
	instanceIDs                   []string
}

// task is a creation task.
type task struct {
	id   string
	pool *pool
}

// state holds everything the sandbox's clients change. Progress is computed from the
// clock whenever it is read, so nothing runs in the background.
type state struct {
	account *Account
	clock   Clock
	speed   float64
	fail    bool
	newID   func(prefix string, n int, alphabet string) string

	createMu sync.Mutex // makes a create's name check and add one step (addUniquePool)
	mu       sync.Mutex
	pools    map[string][]*pool // by cluster ID, creation order
	tasks    map[string]*task
}

const hexAlphabet = "0123456789abcdef"

func newState(a *Account, clock Clock, speed float64, fail bool, newID func(string, int, string) string) *state {
	s := &state{account: a, clock: clock, speed: speed, fail: fail, newID: newID,
		pools: map[string][]*pool{}, tasks: map[string]*task{}}
	for _, reg := range a.Regions {
		for _, c := range reg.Clusters {
			if c.State == "failed" {
				continue
			}
			p := &pool{id: "np" + newID("", 32, hexAlphabet), clusterID: c.ID, regionID: reg.ID, name: "default-nodepool",
				desired: 3, created: c.Created, scalingGroupID: "asg-" + newID("", 20, "0123456789abcdefghijklmnopqrstuvwxyz"),
				body: map[string]any{
					"nodepool_info": map[string]any{"name": "default-nodepool", "type": "ess"},
					"scaling_group": map[string]any{"instance_types": []any{"ecs.g7.xlarge"}, "vswitch_ids": toAny(c.VSwitchIDs),
						"system_disk_category": "cloud_essd", "system_disk_size": 120, "instance_charge_type": "PostPaid", "desired_size": 3},
				}}
			p.instanceIDs = s.instances(p)
			s.pools[c.ID] = append(s.pools[c.ID], p)
		}
	}
	return s
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func (s *state) instances(p *pool) []string {
	ids := make([]string, p.desired)
	for i := range ids {
		ids[i] = "i-" + s.newID("", 20, "0123456789abcdefghijklmnopqrstuvwxyz")
	}
	return ids
}

// addPool records a new pool and its task; the name must already be checked unique.
func (s *state) addPool(p *pool) *task {
	s.mu.Lock()
	defer s.mu.Unlock()
	p.id = "np" + s.newID("", 32, hexAlphabet)
	p.taskID = "T-" + s.newID("", 24, hexAlphabet)
	p.created = s.clock.Now()
	p.fail = s.fail
	p.scalingGroupID = "asg-" + s.newID("", 20, "0123456789abcdefghijklmnopqrstuvwxyz")
	p.instanceIDs = s.instances(p)
	s.pools[p.clusterID] = append(s.pools[p.clusterID], p)
	t := &task{id: p.taskID, pool: p}
	s.tasks[t.id] = t
	return t
}

// poolByName finds a cluster's pool by exact name.
func (s *state) poolByName(clusterID, name string) *pool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range s.pools[clusterID] {
		if p.name == name {
			return p
		}
	}
	return nil
}

// poolNames lists a cluster's pool names in creation order.
func (s *state) poolNames(clusterID string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, p := range s.pools[clusterID] {
		out = append(out, p.name)
	}
	return out
}

// clusterPools returns a copy of a cluster's pool list.
func (s *state) clusterPools(clusterID string) []*pool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*pool(nil), s.pools[clusterID]...)
}

func (s *state) task(id string) (*task, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.tasks[id]
	return t, ok
}

// progress is where a pool's creation stands at a moment.
type progress struct {
	stage    int     // index of the current stage; len(createStages) when finished
	fraction float64 // how far into the current stage
	stageAt  []time.Time
	failed   bool
	done     bool
}

// progressOf computes a pool's creation progress at now. Pools without a task are done.
func (s *state) progressOf(p *pool, now time.Time) progress {
	if p.taskID == "" {
		return progress{stage: len(createStages), done: true}
	}
	elapsed := time.Duration(float64(now.Sub(p.created)) * s.speed)
	pr := progress{}
	at := p.created
	for i, st := range createStages {
		pr.stageAt = append(pr.stageAt, at)
		if p.fail && i == failStage && elapsed < time.Duration(float64(st.duration)*failFraction) {
			pr.stage, pr.fraction = i, float64(elapsed)/float64(st.duration)
			return pr
		}
		if p.fail && i == failStage {
			pr.stage, pr.fraction, pr.failed, pr.done = i, failFraction, true, true
			return pr
		}
		if elapsed < st.duration {
			pr.stage, pr.fraction = i, float64(elapsed)/float64(st.duration)
			return pr
		}
		elapsed -= st.duration
		at = at.Add(time.Duration(float64(st.duration) / s.speed))
	}
	pr.stage, pr.done = len(createStages), true
	pr.stageAt = append(pr.stageAt, at)
	return pr
}

// nodeCounts derives the pool's status block from its progress.
func nodeCounts(p *pool, pr progress) map[string]any {
	total, healthy := 0, 0
	switch {
	case pr.stage > 3 || pr.done && !pr.failed:
		total, healthy = p.desired, p.desired
		if pr.stage == 4 && !pr.done {
			healthy = int(math.Floor(float64(p.desired) * (0.8 + 0.2*pr.fraction)))
		}
	case pr.stage == 3:
		total = p.desired
		healthy = int(math.Floor(float64(p.desired) * pr.fraction * 0.8))
	case pr.stage == 2:
		total = int(math.Round(float64(p.desired) * pr.fraction))
	}
	state := "initial"
	switch {
	case pr.failed:
		state = "failed"
	case pr.done:
		state = "active"
	}
	failed := 0
	if pr.failed {
		failed = total
	}
	return map[string]any{
		"state": state, "total_nodes": total, "healthy_nodes": healthy, "serving_nodes": healthy,
		"initial_nodes": total - healthy - failed, "offline_nodes": 0, "failed_nodes": failed, "removing_nodes": 0,
		"conditions": []any{},
	}
}

// sortedPools orders pools by creation time then name, for stable listings.
func sortedPools(ps []*pool) []*pool {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].created.Before(ps[j].created) })
	return ps
}

// cstTime formats a time the way CS does in task fields (ISO 8601 with +08:00).
func cstTime(t time.Time) string {
	return t.In(time.FixedZone("CST", 8*3600)).Format("2006-01-02T15:04:05+08:00")
}

// stageTime formats stage times ("2022-12-15 23:00:00").
func stageTime(t time.Time) string {
	return t.In(time.FixedZone("CST", 8*3600)).Format("2006-01-02 15:04:05")
}

func itoa(n int) string { return fmt.Sprint(n) }
