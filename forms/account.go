package forms

// AccountList names one of the account's lists that IDs in the request must be
// among: a vSwitch must be one of the cluster VPC's, a key pair one of the region's.
type AccountList string

// The account lists the wizard checks the request against.
const (
	ListClusters       AccountList = "clusters"        // running clusters of the region
	ListVSwitches      AccountList = "vSwitches"       // vSwitches of the cluster's VPC
	ListSecurityGroups AccountList = "security groups" // security groups of the cluster's VPC
	ListKeyPairs       AccountList = "key pairs"       // key pairs of the region
	ListResourceGroups AccountList = "resource groups" // usable resource groups of the account
)

// AccountLists are every list Catalog.Known answers for.
func AccountLists() []AccountList {
	return []AccountList{ListClusters, ListVSwitches, ListSecurityGroups, ListKeyPairs, ListResourceGroups}
}

// KnownList is what a Catalog knows of one account list for a target without asking
// the network: the IDs (names for key pairs) once a lookup answered, or the error of
// the last lookup that failed. Neither is set while no lookup has answered.
type KnownList struct {
	IDs    []string
	Loaded bool
	Err    error
}

// Has reports whether the list holds id.
func (k KnownList) Has(id string) bool {
	for _, v := range k.IDs {
		if v == id {
			return true
		}
	}
	return false
}
