package forms

import (
	"github.com/charmbracelet/huh"

	"ackpool/model"
)

// ShowAdvancedKey is the key of the advanced step's "Show advanced options?" confirm;
// it is not a request field.
const ShowAdvancedKey = "show_advanced"

// advancedPaths are the request parts the advanced step edits; the step starts
// unfolded when the request already sets any of them.
var advancedPaths = []string{
	"scaling_group.ram_role_name", "scaling_group.instance_metadata_options", "scaling_group.private_pool_options",
	"scaling_group.resource_pool_options", "tee_config", "auto_mode", "node_components", "node_config",
	"scaling_group.instance_patterns", "scaling_group.cpu_options", "scaling_group.spot_instance_remedy",
	"scaling_group.rds_instances", "scaling_group.soc_enabled", "scaling_group.tags",
	"interconnect_mode", "intranet", "host_network", "eflo_node_group",
}

// advancedStep is folded by default; unfolded it covers identity and metadata access,
// confidential computing and auto mode, tags, private and resource pools, attribute-based
// instance selection, node components, the kubelet configuration, and the fields of
// edge and Lingjun pools (shown only for those pool types).
func advancedStep(np *model.NodePool, env *Env) Step {
	b := newBinder(np, env)
	show := new(bool)
	*show = anySet(np, advancedPaths)
	shown := func() bool { return *show }
	poolType := func() string { return model.MustPath("nodepool_info.type").Text(b.np) }

	groups := []*huh.Group{
		b.group("Advanced",
			b.newConfirm().
				Key(ShowAdvancedKey).
				Title("Show advanced options?").
				Description("RAM role, metadata access, TEE, pools, node components, kubelet settings, edge and Lingjun fields.").
				Affirmative("Show").
				Negative("Skip").
				Value(show),
		),
		b.group("Identity and security",
			b.input("scaling_group.ram_role_name", "Worker RAM role",
				"RAM role of the nodes; empty uses the cluster's default worker role (managed clusters ≥ 1.22)."),
			b.enumSelect("scaling_group.instance_metadata_options.http_tokens", "Metadata access",
				"required: only token-based (hardened) metadata access. optional: both modes."),
			b.triSelect("scaling_group.soc_enabled", "MLPS 2.0 hardening",
				"Classified-protection hardening; Alibaba Cloud Linux 2 or 3 images only."),
			b.triSelect("tee_config.tee_enable", "Confidential computing (TEE)",
				"Create TEE nodes; allowlisted accounts and containerd only."),
			b.triSelect("auto_mode.enable", "Intelligent managed mode",
				"Let ACK manage the pool fully; the cluster must have auto mode on."),
			b.enumSelect("scaling_group.cpu_options.nested_virtualization", "Nested virtualization",
				"enabled lets VMs run inside the nodes (supported instance types only)."),
		),
		b.group("Instances",
			b.triSelect("scaling_group.spot_instance_remedy", "Replace spot before reclaim",
				"Start a replacement when a spot instance is about to be reclaimed."),
			b.input("scaling_group.rds_instances", "RDS whitelists",
				"Comma-separated ApsaraDB RDS instance IDs whose whitelist gets the nodes' IPs."),
			listText(b, "scaling_group.tags", "ECS tags",
				"One key=value per line, on the ECS instances only; keys must not start with aliyun or acs:.", tagCodec),
			listText(b, "scaling_group.instance_patterns", "Instance patterns",
				"Attribute-based type choice, one per line: cores=4,memory=16,cpu_architectures=X86|ARM.", instancePatternCodec),
		),
		b.group("Private and resource pools",
			b.enumSelect("scaling_group.private_pool_options.match_criteria", "Private pool matching",
				"Open: use any matching private pool. Target: only the one below. None: never."),
			b.input("scaling_group.private_pool_options.id", "Private pool ID",
				"Elasticity assurance or capacity reservation ID; required with Target."),
			b.enumSelect("scaling_group.resource_pool_options.strategy", "Resource pool strategy",
				"PrivatePoolFirst, PrivatePoolOnly or None; not together with private pool options."),
			b.input("scaling_group.resource_pool_options.private_pool_ids", "Resource pool private pools",
				"Comma-separated Target-mode private pool IDs (1–20), needed for PrivatePoolOnly."),
		),
		b.group("Node components",
			listText(b, "node_components", "Node components",
				"One per line: name=version [env:NAME=VALUE] [config:{json}], e.g. kubelet=1.33.3-aliyun.1.", nodeComponentCodec),
		),
	}
	for _, g := range kubeletGroups(b) {
		groups = append(groups, g)
	}
	groups = append(groups,
		b.groupIf(func() bool { return shown() && poolType() == "edge" }, "Edge pool",
			b.enumSelect("interconnect_mode", "Edge interconnect",
				"basic: reach the cloud over the Internet. private: over a dedicated link."),
			b.triSelect("intranet", "Edge intranet", "Whether the edge nodes can reach each other at layer 3."),
			b.triSelect("host_network", "Host network", "Pods use the node's network stack."),
		),
		b.groupIf(func() bool { return shown() && poolType() == "lingjun" }, "Lingjun pool",
			b.input("eflo_node_group.cluster_id", "Lingjun cluster", "Lingjun (EFLO) cluster to bind the pool to."),
			b.input("eflo_node_group.group_id", "Lingjun group", "Group inside that Lingjun cluster."),
			b.input("eflo_node_group.worker_ram_role_name", "Lingjun worker role", "Worker RAM role of the Lingjun pool."),
			b.triSelect("eflo_node_group.auto_attach_enabled", "Attach nodes automatically",
				"Add new Lingjun nodes to the pool automatically."),
		),
	)
	for _, g := range groups[1 : len(groups)-2] {
		b.showWhen(g, shown)
	}
	return b.step(StepAdvanced, "Advanced", []string{"node_config", "tee_config", "auto_mode", "eflo_node_group", "interconnect_config", "max_nodes"}, groups...)
}

// anySet reports whether the request sets any of the paths.
func anySet(np *model.NodePool, paths []string) bool {
	for _, p := range paths {
		if model.MustPath(p).IsSet(np) {
			return true
		}
	}
	return false
}
