package sandbox

import (
	_ "embed"
	"encoding/json"
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
		{"DeleteClusterNodepool", versionCS, "DELETE", "/clusters/{ClusterId}/nodepools/{NodepoolId}", true, h.deleteNodePool},
		{"ModifyClusterNodePool", versionCS, "PUT", "/clusters/{ClusterId}/nodepools/{NodepoolId}", true, h.modifyNodePool},
		{"ScaleClusterNodePool", versionCS, "POST", "/clusters/{ClusterId}/nodepools/{NodepoolId}", true, h.scaleNodePool},
		{"DescribeClusterNodes", versionCS, "GET", "/clusters/{ClusterId}/nodes", false, h.describeClusterNodes},
		{"DescribeUserQuota", versionCS, "GET", "/quota", false, h.describeUserQuota},
		{"DescribeClustersV1", versionCS, "GET", "/api/v1/clusters", false, h.describeClustersV1},
		{"DescribeClustersForRegion", versionCS, "GET", "/regions/{region_id}/clusters", false, h.describeClustersForRegion},
		{"DescribeClusterDetail", versionCS, "GET", "/clusters/{ClusterId}", false, h.describeClusterDetail},
		{"DescribeKubernetesVersionMetadata", versionCS, "GET", "/api/v1/metadata/versions", false, h.versionMetadata},
		{"DescribeVSwitches", versionVPC, "", "", false, h.describeVSwitches},
		{"DescribeVpcs", versionVPC, "", "", false, h.describeVpcs},
		{"DescribeZones", versionECS, "", "", false, h.describeZones},
		{"DescribeRegions", versionECS, "", "", false, h.describeRegions},
		{"DescribeAvailableResource", versionECS, "", "", false, h.describeAvailableResource},
		{"DescribeInstanceTypes", versionECS, "", "", false, h.describeInstanceTypes},
		{"DescribeSecurityGroups", versionECS, "", "", false, h.describeSecurityGroups},
		{"DescribeKeyPairs", versionECS, "", "", false, h.describeKeyPairs},
		{"ListResourceGroups", versionRM, "", "", false, h.listResourceGroups},
	}
}

// match finds the route of a request as the gateways do: RPC calls (path "/") by
// their Action and Version (the signed parameters, else the x-acs-action and
// x-acs-version headers), ROA calls by method and path; an x-acs-action or
// x-acs-version header sent with an ROA call must agree with the route.
func (h *Handler) match(r *http.Request, query url.Values) (route, map[string]string, *cloudError) {
	if isRPC(r) {
		return h.matchRPC(r, query)
	}
	return h.matchROA(r)
}

func (h *Handler) matchRPC(r *http.Request, query url.Values) (route, map[string]string, *cloudError) {
	action, version := query.Get("Action"), query.Get("Version")
	if action == "" {
		action = r.Header.Get("x-acs-action")
	}
	if version == "" {
		version = r.Header.Get("x-acs-version")
	}
	if r.Method == http.MethodPost || r.Method == http.MethodGet {
		for _, rt := range h.routes {
			if rt.pattern == "" && rt.action == action && rt.version == version {
				return rt, nil, nil
			}
		}
	}
	return route{}, nil, errorf(http.StatusNotFound, "InvalidApi.NotFound",
		"Specified api is not found, please check your url and method. (action %q, version %q, %s /)", action, version, r.Method)
}

func (h *Handler) matchROA(r *http.Request) (route, map[string]string, *cloudError) {
	action, version := r.Header.Get("x-acs-action"), r.Header.Get("x-acs-version")
	path := r.URL.EscapedPath()
	rt, params, ok := bestROARoute(h.routes, r.Method, path)
	switch {
	case ok && (action == "" || action == rt.action) && (version == "" || version == rt.version):
		return rt, params, nil
	case ok:
		return route{}, nil, errorf(http.StatusNotFound, "InvalidApi.NotFound",
			"Specified api is not found, please check your url and method. (%s %s is %s %s, but the request names action %q, version %q)",
			r.Method, r.URL.Path, rt.action, rt.version, action, version)
	}
	if known, ok := h.knownCSAction(r.Method, path); ok && version != versionECS && version != versionVPC {
		return route{}, nil, badRequest("UnsupportedOperation", "The sandbox does not emulate %s (%s %s).", known, r.Method, r.URL.Path)
	}
	return route{}, nil, errorf(http.StatusNotFound, "InvalidApi.NotFound",
		"Specified api is not found, please check your url and method. (action %q, version %q, %s %s)", action, version, r.Method, r.URL.Path)
}

// bestROARoute is the ROA route that matches method and path with the most literal
// segments, so that "/clusters/{id}/nodepools" never shadows a literal route.
func bestROARoute(routes []route, method, path string) (route, map[string]string, bool) {
	var best route
	var bestParams map[string]string
	bestScore := -1
	for _, rt := range routes {
		if rt.pattern == "" || rt.method != method {
			continue
		}
		params, ok := matchPath(rt.pattern, path)
		if !ok {
			continue
		}
		if score := len(splitPath(rt.pattern)) - len(params); score > bestScore {
			best, bestParams, bestScore = rt, params, score
		}
	}
	return best, bestParams, bestScore >= 0
}

// csRoutesJSON lists every action of CS 2015-12-15 with its method and path.
//
//go:embed cs-routes.json
var csRoutesJSON []byte

// csRoute is one action of CS with its method and path pattern.
type csRoute struct{ Action, Method, Pattern string }

// parseCSRoutes reads the embedded list of CS actions.
func parseCSRoutes() []csRoute {
	var all []csRoute
	if err := json.Unmarshal(csRoutesJSON, &all); err != nil {
		panic("sandbox: the embedded cs-routes.json does not parse: " + err.Error())
	}
	return all
}

// knownCSAction names the CS action of a method and path the sandbox does not serve.
func (h *Handler) knownCSAction(method, path string) (string, bool) {
	for _, a := range h.csRoutes {
		if a.Method == method {
			if _, ok := matchPath(a.Pattern, path); ok {
				return a.Action, true
			}
		}
	}
	return "", false
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
