// Package preflight checks a node pool request against the account before anything
// is sent and prices it. The checks cover the commonest ways a pool fails after the
// create is accepted: instance types out of stock in a zone, vSwitches out of IPs,
// disk categories a family cannot attach, an image that does not fit the types or
// the cluster version, quotas, a busy cluster, missing service roles, and security
// groups or key pairs that do not exist. The cost comes from the ECS price API
// (DescribePrice, DescribeSpotPriceHistory) at the desired, minimum and maximum size.
//
// A Planner runs the lookups concurrently through an api.Client and caches the
// answers that do not change from one run to the next (stock, catalog entries,
// disk categories, prices), so the wizard can plan after every change and a second
// run makes only the calls whose answers change: the cluster, its vSwitches, pools,
// quotas and roles. It depends on api and model only.
package preflight
