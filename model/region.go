package model

import "regexp"

// regionPattern is the shape of every Alibaba Cloud region ID: lowercase words joined
// by hyphens, the first of letters only (cn-hangzhou, ap-southeast-1,
// cn-shanghai-finance-1).
var regionPattern = regexp.MustCompile(`^[a-z]{2,}(-[a-z0-9]+){1,4}$`)

// regionRule is the rule ID of a malformed region; like idRule it is ackpool's own.
const regionRule = "R236"

// ValidateRegionID checks the shape of a region ID. It cannot say whether the region
// exists; callers that can reach the account check that against its region list.
// An empty region is valid here: it means "the profile's default".
func ValidateRegionID(region string) Problems {
	if region == "" || regionPattern.MatchString(region) {
		return nil
	}
	r := &report{}
	r.errorf(regionRule, "RegionId", "%s is not a region ID; expected lowercase words joined by '-', e.g. cn-hangzhou or ap-southeast-1", shownValue{s: region})
	return r.problems
}
