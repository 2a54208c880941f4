package sandbox

import (
	"net/http"
	"net/url"
	"strings"
)

// call is one authenticated request handed to an action.
type call struct {
	r         *http.Request
	body      []byte
	params    map[string]string // ROA path parameters, decoded
	query     url.Values
	requestID string
}

// route binds an action and version to a handler; ROA routes also name the method
// and the path pattern ("/clusters/{ClusterId}/nodepools").
type route struct {
	action, version string
	method, pattern string // empty pattern: RPC (POST /)
	mutating        bool
	handle          func(*call) (any, *cloudError)
}

// API versions the sandbox serves.
const (
	versionCS  = "2015-12-15"
	versionECS = "2014-05-26"
	versionVPC = "2016-04-28"
	versionRM  = "2020-03-31"
)

// table lists every action the sandbox serves.
func (h *Handler) table() []route {
	return []route{
		{"CreateClusterNodePool", versionCS, "POST", "/clusters/{ClusterId}/nodepools", true, h.createNodePool},
		{"DescribeTaskInfo", versionCS, "GET", "/tasks/{task_id}", false, h.describeTask},
		{"DescribeClusterNodePoolDetail", versionCS, "GET", "/clusters/{ClusterId}/nodepools/{NodepoolId}", false, h.describeNodePool},
		{"DescribeClusterNodePools", versionCS, "GET", "/clusters/{ClusterId}/nodepools", false, h.listNodePools},
		{"DescribeClustersV1", versionCS, "GET", "/api/v1/clusters", false, h.describeClustersV1},
		{"DescribeClustersForRegion", versionCS, "GET", "/regions/{region_id}/clusters", false, h.describeClustersForRegion},
		{"DescribeClusterDetail", versionCS, "GET", "/clusters/{ClusterId}", false, h.describeClusterDetail},
		{"DescribeKubernetesVersionMetadata", versionCS, "GET", "/api/v1/metadata/versions", false, h.versionMetadata},
		{"DescribeVSwitches", versionVPC, "", "", false, h.describeVSwitches},
		{"DescribeVpcs", versionVPC, "", "", false, h.describeVpcs},
		{"DescribeZones", versionECS, "", "", false, h.describeZones},
		{"DescribeAvailableResource", versionECS, "", "", false, h.describeAvailableResource},
		{"DescribeInstanceTypes", versionECS, "", "", false, h.describeInstanceTypes},
		{"DescribeSecurityGroups", versionECS, "", "", false, h.describeSecurityGroups},
		{"DescribeKeyPairs", versionECS, "", "", false, h.describeKeyPairs},
		{"ListResourceGroups", versionRM, "", "", false, h.listResourceGroups},
		{"DescribeUserQuota", versionCS, "GET", "/quota", false, h.describeUserQuota},
		{"CheckServiceRole", versionCS, "POST", "/ram/check-service-role", false, h.checkServiceRole},
		{"DescribePrice", versionECS, "", "", false, h.describePrice},
		{"DescribeSpotPriceHistory", versionECS, "", "", false, h.describeSpotPriceHistory},
		{"DescribeAccountAttributes", versionECS, "", "", false, h.describeAccountAttributes},
	}
}

// match finds the route for a request and extracts its path parameters.
func (h *Handler) match(r *http.Request, action, version string) (route, map[string]string, *cloudError) {
	for _, rt := range h.routes {
		if rt.action != action || rt.version != version {
			continue
		}
		if rt.pattern == "" {
			if !isRPC(r) || (r.Method != http.MethodPost && r.Method != http.MethodGet) {
				break
			}
			return rt, nil, nil
		}
		if r.Method != rt.method {
			break
		}
		if params, ok := matchPath(rt.pattern, r.URL.EscapedPath()); ok {
			return rt, params, nil
		}
		break
	}
	return route{}, nil, errorf(http.StatusNotFound, "InvalidApi.NotFound",
		"Specified api is not found, please check your url and method. (action %q, version %q, %s %s)", action, version, r.Method, r.URL.Path)
}

// matchPath matches an escaped path against a pattern and returns the decoded parameters.
func matchPath(pattern, path string) (map[string]string, bool) {
	ps, xs := splitPath(pattern), splitPath(path)
	if len(ps) != len(xs) {
		return nil, false
	}
	params := map[string]string{}
	for i, p := range ps {
		if strings.HasPrefix(p, "{") && strings.HasSuffix(p, "}") {
			v, err := url.PathUnescape(xs[i])
			if err != nil || v == "" {
				return nil, false
			}
			params[p[1:len(p)-1]] = v
			continue
		}
		if p != xs[i] {
			return nil, false
		}
	}
	return params, true
}
