package sandbox

// scarceIPs is how many free IPs the nearly full vSwitch of every VPC has left.
const scarceIPs = 6

// markScarceVSwitch leaves the last vSwitch of a VPC nearly full, so every cluster
// has a vSwitch in its VPC where a pool of more than a few nodes does not fit. It
// draws nothing from the account's random source, so the other IDs stay the same.
func markScarceVSwitch(vpc *VPC) {
	if n := len(vpc.VSwitches); n > 0 {
		vpc.VSwitches[n-1].AvailableIPs = scarceIPs
	}
}
