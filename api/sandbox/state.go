package sandbox

import (
	"sort"
	"sync"
	"time"

	"ackpool/model"
)

// pool is a node pool held by the sandbox. Its fields are exported for the state file.
type pool struct {
	ID        string `json:"id"`
	ClusterID string `json:"cluster_id"`
	RegionID  string `json:"region_id"`
	Name      string `json:"name"`
	// Body is the create body as received, updated by ModifyClusterNodePool.
	Body    map[string]any `json:"body"`
	Created time.Time      `json:"created"`
	Updated time.Time      `json:"updated"`
	// Default marks the pools the account starts with (no task).
	Default        bool   `json:"default,omitempty"`
	ScalingGroupID string `json:"scaling_group_id"`
	// InstanceIDs are the pool's instances in launch order; the first total_nodes exist.
	InstanceIDs []string `json:"instance_ids"`
	// Ops are the pool's tasks (create, scale, delete) in order; the last one rules.
	Ops []*operation `json:"ops"`
	// Nodes is how many nodes a pool without tasks has.
	Nodes int `json:"nodes,omitempty"`
}

// operation is one task on a pool.
type operation struct {
	TaskID string    `json:"task_id"`
	Kind   opKind    `json:"kind"`
	Start  time.Time `json:"start"`
	Speed  float64   `json:"speed"`
	Fail   bool      `json:"fail,omitempty"`
	From   int       `json:"from"`
	To     int       `json:"to"`
}

// state holds everything the sandbox's clients change. Progress is computed from the
// clock whenever it is read, so nothing runs in the background; when a store is set,
// every change is written through to it.
type state struct {
	account *Account
	clock   Clock
	speed   float64
	fail    bool
	newID   func(prefix string, n int, alphabet string) string
	store   *store

	mu    sync.Mutex
	pools map[string][]*pool // by cluster ID, creation order
	tasks map[string]*pool   // task ID -> its pool
}

const (
	hexAlphabet   = "0123456789abcdef"
	alnumAlphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
)

func newState(a *Account, clock Clock, speed float64, fail bool, newID func(string, int, string) string) *state {
	s := &state{account: a, clock: clock, speed: speed, fail: fail, newID: newID,
		pools: map[string][]*pool{}, tasks: map[string]*pool{}}
	for _, reg := range a.Regions {
		for _, c := range reg.Clusters {
			if c.State == "failed" {
				continue
			}
			p := &pool{ID: "np" + newID("", 32, hexAlphabet), ClusterID: c.ID, RegionID: reg.ID, Name: "default-nodepool",
				Created: c.Created, Updated: c.Created, Default: true, Nodes: 3,
				ScalingGroupID: "asg-" + newID("", 20, alnumAlphabet),
				Body: map[string]any{
					model.PathNodepoolInfo: map[string]any{"name": "default-nodepool", "type": "ess"},
					model.PathScalingGroup: map[string]any{"instance_types": []any{"ecs.g7.xlarge"}, "vswitch_ids": toAny(c.VSwitchIDs),
						"system_disk_category": "cloud_essd", "system_disk_size": 120, "instance_charge_type": "PostPaid", "desired_size": 3},
				}}
			s.growInstances(p, 3)
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

// growInstances makes sure the pool has IDs for n instances.
func (s *state) growInstances(p *pool, n int) {
	for len(p.InstanceIDs) < n {
		p.InstanceIDs = append(p.InstanceIDs, "i-"+s.newID("", 20, alnumAlphabet))
	}
}

// change runs f under the lock on the latest state and writes the result through to
// the store. f's error leaves the state as it was on disk.
func (s *state) change(f func() *cloudError) *cloudError {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.store == nil {
		return f()
	}
	unlock, err := s.store.lock()
	if err != nil {
		return errorf(500, "InternalError", "The sandbox could not lock its state file: %v", err)
	}
	defer unlock()
	if err := s.store.reload(s); err != nil {
		return errorf(500, "InternalError", "The sandbox could not read its state file: %v", err)
	}
	if cerr := f(); cerr != nil {
		return cerr
	}
	if err := s.store.save(s); err != nil {
		return errorf(500, "InternalError", "The sandbox could not save its state: %v", err)
	}
	return nil
}

// refresh picks up what another process wrote to the store.
func (s *state) refresh() {
	if s.store == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	_ = s.store.reload(s) // a state file that cannot be read keeps the state in memory
}

// newOp starts a task on p; the caller holds the lock.
func (s *state) newOp(p *pool, kind opKind, from, to int) *operation {
	op := &operation{TaskID: "T-" + s.newID("", 24, hexAlphabet), Kind: kind, Start: s.clock.Now(), Speed: s.speed, From: from, To: to,
		Fail: kind == opCreate && s.fail}
	p.Ops = append(p.Ops, op)
	p.Updated = op.Start
	s.tasks[op.TaskID] = p
	if to > from {
		s.growInstances(p, to)
	}
	return op
}

// addPool records a new pool and its creation task, unless the name is taken.
func (s *state) addPool(p *pool, desired int) (*operation, *cloudError) {
	var op *operation
	cerr := s.change(func() *cloudError {
		for _, q := range s.pools[p.ClusterID] {
			if q.Name == p.Name && !s.gone(q) {
				return errNameTaken(p.Name, p.ClusterID)
			}
		}
		p.ID = "np" + s.newID("", 32, hexAlphabet)
		p.Created = s.clock.Now()
		p.ScalingGroupID = "asg-" + s.newID("", 20, alnumAlphabet)
		s.pools[p.ClusterID] = append(s.pools[p.ClusterID], p)
		op = s.newOp(p, opCreate, 0, desired)
		return nil
	})
	return op, cerr
}

// errNameTaken is the cloud's answer to a duplicate pool name.
func errNameTaken(name, clusterID string) *cloudError {
	return badRequest("InvalidParameter.Name", "nodepool name %s is already exist in cluster %s.", name, clusterID)
}

// gone reports whether a pool's deletion finished; the caller holds the lock.
func (s *state) gone(p *pool) bool {
	op := lastOp(p)
	return op != nil && op.Kind == opDelete && s.progressOf(op, s.clock.Now()).done
}

// poolByName finds a cluster's live pool by exact name.
func (s *state) poolByName(clusterID, name string) *pool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range s.pools[clusterID] {
		if p.Name == name && !s.gone(p) {
			return p
		}
	}
	return nil
}

// poolNames lists the names of a cluster's live pools in creation order.
func (s *state) poolNames(clusterID string) []string {
	pools := s.clusterPools(clusterID)
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, p := range pools {
		out = append(out, p.Name)
	}
	return out
}

// clusterPools returns the live pools of a cluster (deleted ones left out).
func (s *state) clusterPools(clusterID string) []*pool {
	s.refresh()
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*pool
	for _, p := range s.pools[clusterID] {
		if !s.gone(p) {
			out = append(out, p)
		}
	}
	return out
}

// livePool finds a cluster's pool by ID unless it was deleted; the caller holds the lock.
func (s *state) livePool(clusterID, id string) *pool {
	for _, p := range s.pools[clusterID] {
		if p.ID == id && !s.gone(p) {
			return p
		}
	}
	return nil
}

// task finds a task and its pool.
func (s *state) task(id string) (*pool, *operation, bool) {
	s.refresh()
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.tasks[id]
	if !ok {
		return nil, nil, false
	}
	for _, op := range p.Ops {
		if op.TaskID == id {
			return p, op, true
		}
	}
	return nil, nil, false
}

// lastOp is the pool's latest task, or nil.
func lastOp(p *pool) *operation {
	if len(p.Ops) == 0 {
		return nil
	}
	return p.Ops[len(p.Ops)-1]
}

// snapshot is what a view needs of a pool at one moment, taken under the lock.
type snapshot struct {
	pool     pool
	op       *operation // the latest task, nil for a pool without one
	progress progress
	now      time.Time
}

// snapshotOf copies a pool and its progress at now.
func (s *state) snapshotOf(p *pool) snapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock.Now()
	snap := snapshot{pool: *p, now: now}
	snap.pool.Body = deepCopy(p.Body).(map[string]any)
	if op := lastOp(p); op != nil {
		c := *op
		snap.op = &c
		snap.progress = s.progressOf(op, now)
	}
	return snap
}

// deepCopy copies decoded JSON so that views never share maps with the state.
func deepCopy(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = deepCopy(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = deepCopy(e)
		}
		return out
	}
	return v
}

// sortedPools orders pools by creation time, for stable listings.
func sortedPools(ps []*pool) []*pool {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Created.Before(ps[j].Created) })
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
