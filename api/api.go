// Package api talks to Alibaba Cloud ACK and the ECS, VPC and ResourceManager lookups
// the wizard needs. The UI depends only on the Client interface; the real
// implementation uses the official OpenAPI core, and api/sandbox serves the same
// HTTP API on loopback.
package api

import (
	"context"

	"ackpool/model"
)

// Client is every call ackpool makes. Region-scoped calls take the region explicitly so
// one client serves a wizard whose region changes.
type Client interface {
	// Target describes what the client talks to, for headers and confirmations.
	Target() Target

	// CreateNodePool sends CreateClusterNodePool. It is never blindly retried: after an
	// ambiguous failure it claims a pool of that name only when the pool carries the
	// call's ownership tag, says so in the result's Recovery, and returns an
	// *OutcomeUnknownError when the outcome cannot be known.
	CreateNodePool(ctx context.Context, region, clusterID string, body *model.NodePool) (*CreateResult, error)
	// DescribeTask returns DescribeTaskInfo for a task.
	DescribeTask(ctx context.Context, region, taskID string) (*Task, error)
	// DescribeNodePool returns DescribeClusterNodePoolDetail for a pool.
	DescribeNodePool(ctx context.Context, region, clusterID, nodepoolID string) (*NodePoolDetail, error)
	// ListNodePools returns the cluster's pools, filtered by exact name when name is not empty.
	ListNodePools(ctx context.Context, region, clusterID, name string) ([]NodePoolDetail, error)
	// ListClusters returns the clusters of a region (DescribeClustersV1, all pages).
	ListClusters(ctx context.Context, region string) ([]Cluster, error)
	// DescribeCluster returns DescribeClusterDetail.
	DescribeCluster(ctx context.Context, region, clusterID string) (*Cluster, error)
	// VersionMetadata returns DescribeKubernetesVersionMetadata for a cluster version.
	VersionMetadata(ctx context.Context, q VersionQuery) ([]VersionMetadata, error)

	// ListVSwitches returns the vSwitches of a VPC (VPC DescribeVSwitches, all pages).
	ListVSwitches(ctx context.Context, region, vpcID string) ([]VSwitch, error)
	// ListZones returns the zones of a region (ECS DescribeZones).
	ListZones(ctx context.Context, region string) ([]Zone, error)
	// AvailableInstanceTypes returns the IDs of instance types in stock in a zone
	// (ECS DescribeAvailableResource with DestinationResource=InstanceType).
	AvailableInstanceTypes(ctx context.Context, q AvailabilityQuery) ([]string, error)
	// ListInstanceTypes returns the instance type catalog (ECS DescribeInstanceTypes, all pages).
	ListInstanceTypes(ctx context.Context, region string) ([]InstanceType, error)
	// ListSecurityGroups returns the security groups of a VPC (ECS DescribeSecurityGroups).
	ListSecurityGroups(ctx context.Context, region, vpcID string) ([]SecurityGroup, error)
	// ListKeyPairs returns the region's key pairs (ECS DescribeKeyPairs).
	ListKeyPairs(ctx context.Context, region string) ([]KeyPair, error)
	// ListResourceGroups returns resource groups with Status=OK (ResourceManager).
	ListResourceGroups(ctx context.Context) ([]ResourceGroup, error)
}

// Target says where requests go.
type Target struct {
	Sandbox bool // true when talking to the loopback sandbox
	// InProcess is true when the sandbox runs inside this process: its tasks and
	// pools end when ackpool exits.
	InProcess bool
	Endpoint  string // endpoint override, empty for the cloud's own endpoints
	Profile   string // credential profile or provider name, e.g. "default/env"
	Region    string // default region
}

// CreateResult is the answer to CreateClusterNodePool.
type CreateResult struct {
	NodepoolID string `json:"nodepool_id"`
	TaskID     string `json:"task_id"`
	RequestID  string `json:"request_id"`
	// Recovery explains what happened after an ambiguous failure ("found the pool the
	// first attempt created" or "pool absent, sent again"); empty on a plain success.
	Recovery string `json:"recovery,omitempty"`
	// OwnerTag is the "key=value" ownership tag (OwnerTagKey) the request carried in
	// scaling_group.tags, empty when it had no room for one.
	OwnerTag string `json:"owner_tag,omitempty"`
}

// Cluster is a cluster from DescribeClustersV1 or DescribeClusterDetail.
type Cluster struct {
	ClusterID       string   `json:"cluster_id"`
	Name            string   `json:"name"`
	RegionID        string   `json:"region_id"`
	State           string   `json:"state"`
	ClusterType     string   `json:"cluster_type"`
	ClusterSpec     string   `json:"cluster_spec"`
	Profile         string   `json:"profile"`
	CurrentVersion  string   `json:"current_version"`
	VpcID           string   `json:"vpc_id"`
	VSwitchIDs      []string `json:"vswitch_ids"`
	SecurityGroupID string   `json:"security_group_id"`
	ResourceGroupID string   `json:"resource_group_id"`
	AutoModeEnabled bool     `json:"auto_mode_enabled"`
}

// Usable reports whether a node pool can be created in the cluster now.
func (c Cluster) Usable() bool { return c.State == "running" }

// VersionQuery selects DescribeKubernetesVersionMetadata results.
type VersionQuery struct {
	Region            string
	ClusterType       string
	KubernetesVersion string
	Profile           string
	Runtime           string
}

// VersionMetadata is one Kubernetes version with its runtimes and images.
type VersionMetadata struct {
	Version   string        `json:"version"`
	Runtimes  []RuntimeInfo `json:"runtimes"`
	Images    []ImageInfo   `json:"images"`
	Creatable bool          `json:"creatable"`
}

// RuntimeInfo is a container runtime offered for a version.
type RuntimeInfo struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// ImageInfo is an OS image offered for a version.
type ImageInfo struct {
	ImageID       string `json:"image_id"`
	ImageName     string `json:"image_name"`
	ImageType     string `json:"image_type"`
	OSType        string `json:"os_type"`
	ImageCategory string `json:"image_category"`
	Architecture  string `json:"architecture"`
}

// VSwitch is a vSwitch of the cluster's VPC.
type VSwitch struct {
	VSwitchID    string `json:"VSwitchId"`
	VSwitchName  string `json:"VSwitchName"`
	VpcID        string `json:"VpcId"`
	ZoneID       string `json:"ZoneId"`
	CidrBlock    string `json:"CidrBlock"`
	AvailableIPs int64  `json:"AvailableIpAddressCount"`
	Status       string `json:"Status"`
}

// Zone is an ECS zone.
type Zone struct {
	ZoneID    string `json:"ZoneId"`
	LocalName string `json:"LocalName"`
}

// AvailabilityQuery asks which instance types are in stock in a zone.
type AvailabilityQuery struct {
	Region             string
	ZoneID             string
	InstanceChargeType string // PostPaid or PrePaid; empty means PostPaid
	SpotStrategy       string // empty or NoSpot for on-demand
}

// InstanceType is one entry of the ECS instance type catalog.
type InstanceType struct {
	InstanceTypeID string  `json:"InstanceTypeId"`
	Family         string  `json:"InstanceTypeFamily"`
	Category       string  `json:"InstanceCategory"`
	FamilyLevel    string  `json:"InstanceFamilyLevel"`
	Architecture   string  `json:"CpuArchitecture"`
	CPUCores       int     `json:"CpuCoreCount"`
	MemoryGiB      float64 `json:"MemorySize"`
	GPUAmount      int     `json:"GPUAmount"`
	GPUSpec        string  `json:"GPUSpec"`
}

// SecurityGroup is an ECS security group.
type SecurityGroup struct {
	SecurityGroupID   string `json:"SecurityGroupId"`
	SecurityGroupName string `json:"SecurityGroupName"`
	SecurityGroupType string `json:"SecurityGroupType"`
	VpcID             string `json:"VpcId"`
}

// KeyPair is an ECS SSH key pair.
type KeyPair struct {
	KeyPairName        string `json:"KeyPairName"`
	KeyPairFingerPrint string `json:"KeyPairFingerPrint"`
}

// ResourceGroup is a ResourceManager resource group.
type ResourceGroup struct {
	ID          string `json:"Id"`
	Name        string `json:"Name"`
	DisplayName string `json:"DisplayName"`
	Status      string `json:"Status"`
}

// Task is DescribeTaskInfo's answer.
type Task struct {
	TaskID       string       `json:"task_id"`
	ClusterID    string       `json:"cluster_id"`
	TaskType     string       `json:"task_type"`
	State        string       `json:"state"`
	Created      string       `json:"created"`
	Updated      string       `json:"updated"`
	CurrentStage string       `json:"current_stage"`
	Target       TaskTarget   `json:"target"`
	Stages       []TaskStage  `json:"stages"`
	Events       []TaskEvent  `json:"events"`
	TaskResult   []TaskResult `json:"task_result"`
	Error        *TaskError   `json:"error,omitempty"`
}

// Terminal reports whether the task has ended, and whether it succeeded.
func (t Task) Terminal() (done, ok bool) {
	switch t.State {
	case "success":
		return true, true
	case "fail", "failed":
		return true, false
	}
	return false, false
}

// TaskTarget is the object a task acts on.
type TaskTarget struct {
	ID   string `json:"id"`
	Type string `json:"type"`
}

// TaskStage is one stage of a task.
type TaskStage struct {
	State     string `json:"state"`
	StartTime string `json:"start_time"`
	EndTime   string `json:"end_time"`
	Message   string `json:"message"`
}

// TaskEvent is one event of a task.
type TaskEvent struct {
	Action    string `json:"action"`
	Level     string `json:"level"`
	Message   string `json:"message"`
	Reason    string `json:"reason"`
	Source    string `json:"source"`
	Timestamp string `json:"timestamp"`
}

// TaskResult is the outcome for one resource of a task.
type TaskResult struct {
	Data   string `json:"data"`
	Status string `json:"status"`
}

// TaskError is the failure detail of a task.
type TaskError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// NodePoolDetail is DescribeClusterNodePoolDetail's answer: the pool's settings in
// create-body shape plus its identity and status. Raw keeps the whole answer so a pool
// can be cloned into a new request.
type NodePoolDetail struct {
	Info   NodePoolInfo   `json:"nodepool_info"`
	Status NodePoolStatus `json:"status"`
	Raw    []byte         `json:"-"`
	// HasLoginPassword reports that the cloud echoed scaling_group.login_password.
	// The password itself is dropped from Raw when the answer is decoded, so it never
	// reaches a preview, a preset or a log.
	HasLoginPassword bool `json:"-"`
}

// NodePoolInfo identifies an existing pool.
type NodePoolInfo struct {
	NodepoolID      string `json:"nodepool_id"`
	Name            string `json:"name"`
	Type            string `json:"type"`
	RegionID        string `json:"region_id"`
	ResourceGroupID string `json:"resource_group_id"`
	IsDefault       bool   `json:"is_default"`
}

// NodePoolStatus is the pool's state and node counts.
type NodePoolStatus struct {
	State         string `json:"state"`
	TotalNodes    int    `json:"total_nodes"`
	HealthyNodes  int    `json:"healthy_nodes"`
	ServingNodes  int    `json:"serving_nodes"`
	InitialNodes  int    `json:"initial_nodes"`
	OfflineNodes  int    `json:"offline_nodes"`
	FailedNodes   int    `json:"failed_nodes"`
	RemovingNodes int    `json:"removing_nodes"`
}
