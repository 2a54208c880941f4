package api

import (
	"context"
	"encoding/json"
	"net/url"
	"strconv"
	"strings"

	"ackpool/model"
)

// escapePath percent-encodes a path parameter the way the generated SDKs do.
func escapePath(s string) string {
	e := url.QueryEscape(s)
	e = strings.ReplaceAll(e, "+", "%20")
	e = strings.ReplaceAll(e, "*", "%2A")
	return strings.ReplaceAll(e, "%7E", "~")
}

// DescribeTask returns DescribeTaskInfo for a task.
func (c *SDKClient) DescribeTask(ctx context.Context, region, taskID string) (*Task, error) {
	var t Task
	r := roa(region, "DescribeTaskInfo", "GET", "/tasks/"+escapePath(taskID))
	if err := c.read(ctx, r, &t); err != nil {
		return nil, err
	}
	return &t, nil
}

// DescribeNodePool returns DescribeClusterNodePoolDetail for a pool.
func (c *SDKClient) DescribeNodePool(ctx context.Context, region, clusterID, nodepoolID string) (*NodePoolDetail, error) {
	var raw json.RawMessage
	r := roa(region, "DescribeClusterNodePoolDetail", "GET",
		"/clusters/"+escapePath(clusterID)+"/nodepools/"+escapePath(nodepoolID))
	if err := c.read(ctx, r, &raw); err != nil {
		return nil, err
	}
	return decodeNodePool(r.action, raw)
}

// decodeNodePool decodes a DescribeClusterNodePoolDetail answer and keeps it in Raw
// without scaling_group.login_password, which the cloud echoes in clear text.
func decodeNodePool(action string, raw json.RawMessage) (*NodePoolDetail, error) {
	var d NodePoolDetail
	if err := json.Unmarshal(raw, &d); err != nil {
		return nil, &Error{Action: action, Message: "unexpected node pool shape: " + err.Error()}
	}
	var whole map[string]json.RawMessage
	if err := json.Unmarshal(raw, &whole); err != nil {
		return nil, &Error{Action: action, Message: "unexpected node pool shape: " + err.Error()}
	}
	var sg map[string]json.RawMessage
	if json.Unmarshal(whole[model.PathScalingGroup], &sg) == nil {
		if _, ok := sg["login_password"]; ok {
			d.HasLoginPassword = true
			delete(sg, "login_password")
			whole[model.PathScalingGroup], _ = json.Marshal(sg)
		}
	}
	clean, err := json.Marshal(whole)
	if err != nil {
		return nil, &Error{Action: action, Message: "cannot re-encode the node pool: " + err.Error()}
	}
	d.Raw = clean
	return &d, nil
}

// ListNodePools returns the cluster's pools, filtered by exact name when name is not empty.
func (c *SDKClient) ListNodePools(ctx context.Context, region, clusterID, name string) ([]NodePoolDetail, error) {
	r := roa(region, "DescribeClusterNodePools", "GET", "/clusters/"+escapePath(clusterID)+"/nodepools")
	if name != "" {
		r.query = map[string]string{"NodepoolName": name}
	}
	var resp struct {
		Nodepools []json.RawMessage `json:"nodepools"`
	}
	if err := c.read(ctx, r, &resp); err != nil {
		return nil, err
	}
	out := make([]NodePoolDetail, 0, len(resp.Nodepools))
	for _, raw := range resp.Nodepools {
		d, err := decodeNodePool(r.action, raw)
		if err != nil {
			return nil, err
		}
		if name == "" || d.Info.Name == name {
			out = append(out, *d)
		}
	}
	return out, nil
}

// clusterWire is a cluster as CS sends it; auto_mode is nested on the wire.
type clusterWire struct {
	Cluster
	AutoMode *struct {
		Enable bool `json:"enable"`
	} `json:"auto_mode"`
}

func (w clusterWire) cluster() Cluster {
	c := w.Cluster
	if w.AutoMode != nil {
		c.AutoModeEnabled = w.AutoMode.Enable
	}
	return c
}

// ListClusters returns the clusters of a region (DescribeClustersV1, all pages).
func (c *SDKClient) ListClusters(ctx context.Context, region string) ([]Cluster, error) {
	const pageSize = 50
	var out []Cluster
	for page := 1; ; page++ {
		r := roa(region, "DescribeClustersV1", "GET", "/api/v1/clusters")
		r.query = map[string]string{"region_id": region, "page_number": strconv.Itoa(page), "page_size": strconv.Itoa(pageSize)}
		var resp struct {
			Clusters []clusterWire `json:"clusters"`
			PageInfo struct {
				TotalCount int `json:"total_count"`
			} `json:"page_info"`
		}
		if err := c.read(ctx, r, &resp); err != nil {
			return nil, err
		}
		for _, w := range resp.Clusters {
			out = append(out, w.cluster())
		}
		if len(resp.Clusters) < pageSize || len(out) >= resp.PageInfo.TotalCount {
			return out, nil
		}
	}
}

// DescribeCluster returns DescribeClusterDetail.
func (c *SDKClient) DescribeCluster(ctx context.Context, region, clusterID string) (*Cluster, error) {
	var w clusterWire
	if err := c.read(ctx, roa(region, "DescribeClusterDetail", "GET", "/clusters/"+escapePath(clusterID)), &w); err != nil {
		return nil, err
	}
	cl := w.cluster()
	return &cl, nil
}

// VersionMetadata returns DescribeKubernetesVersionMetadata for a cluster version.
func (c *SDKClient) VersionMetadata(ctx context.Context, q VersionQuery) ([]VersionMetadata, error) {
	r := roa(q.Region, "DescribeKubernetesVersionMetadata", "GET", "/api/v1/metadata/versions")
	r.bodyType = "array"
	r.query = map[string]string{"Region": q.Region, "ClusterType": q.ClusterType}
	setIf(r.query, "KubernetesVersion", q.KubernetesVersion)
	setIf(r.query, "Profile", q.Profile)
	setIf(r.query, "runtime", q.Runtime)
	var out []VersionMetadata
	if err := c.read(ctx, r, &out); err != nil {
		return nil, err
	}
	return out, nil
}

func setIf(m map[string]string, k, v string) {
	if v != "" {
		m[k] = v
	}
}
