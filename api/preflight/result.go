package preflight

// Status is the outcome of one check.
type Status string

// The outcomes of a check.
const (
	OK      Status = "ok"      // nothing to change
	Warn    Status = "warn"    // the pool can be created, but something may go wrong later
	Fail    Status = "fail"    // the create, or the nodes, would fail: change the request
	Unknown Status = "unknown" // the account did not tell (no permission, lookup failed)
)

// Check is one preflight check: a stable ID, its outcome, a message that says what
// to change, and the wire path of the field to change (empty when none applies).
type Check struct {
	ID      string `json:"id"`
	Status  Status `json:"status"`
	Message string `json:"message"`
	Path    string `json:"path"`
}

// Result is everything a plan found.
type Result struct {
	// Region and ClusterID say where the pool was planned.
	Region    string `json:"-"`
	ClusterID string `json:"-"`
	Checks    []Check
	// Stock is the instance type x zone matrix of the pool's types and vSwitch zones.
	Stock Stock
	// Cost is the price of the pool; nil when no instance type could be priced.
	Cost *Cost
}

// Blocked reports whether a check failed.
func (r *Result) Blocked() bool {
	for _, c := range r.Checks {
		if c.Status == Fail {
			return true
		}
	}
	return false
}

// Stock is the stock of each instance type in each zone the pool uses.
type Stock struct {
	Types []string
	Zones []string
	// Status[type][zone] is "Available", "SoldOut", "" (not offered) or "unknown".
	Status map[string]map[string]string
}

// Cell returns the stock status of a type in a zone.
func (s Stock) Cell(instanceType, zone string) string { return s.Status[instanceType][zone] }

// Cost is the price of the pool at one size. Hourly and Monthly are totals; Items
// break the per-node price down, each with its count.
type Cost struct {
	Currency string     `json:"currency"`
	Hourly   float64    `json:"hourly"`
	Monthly  float64    `json:"monthly"`
	Nodes    int        `json:"nodes"`
	Items    []CostItem `json:"items"`
	// AtMin and AtMax are the cost at the auto scaling bounds (nil without auto scaling).
	AtMin *Cost `json:"at_min,omitempty"`
	AtMax *Cost `json:"at_max,omitempty"`
	// InstanceType is the type the per-node price assumes (the one ESS would launch first).
	InstanceType string `json:"instance_type,omitempty"`
	// PerType is the hourly price of one node of each instance type of the pool.
	PerType []TypePrice `json:"per_type,omitempty"`
	// Notes say what the estimate leaves out or assumes.
	Notes []string `json:"notes,omitempty"`
}

// CostItem is one line of a cost: what is paid for, its hourly price per unit,
// how many units, and the hourly total.
type CostItem struct {
	What       string  `json:"what"`
	UnitHourly float64 `json:"unit_hourly"`
	Count      int     `json:"count"`
	Hourly     float64 `json:"hourly"`
}

// TypePrice is the hourly price of one node of an instance type, disks included.
type TypePrice struct {
	InstanceType string  `json:"instance_type"`
	Hourly       float64 `json:"hourly"`
	Spot         bool    `json:"spot,omitempty"`
	// Error says why the type could not be priced.
	Error string `json:"error,omitempty"`
}
