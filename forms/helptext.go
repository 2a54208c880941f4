package forms

// whenToChange is hand-written advice for the fields people most often wonder about:
// when the default is wrong for them. Read-only.
var whenToChange = map[string]string{
	"ClusterId": "Pick the cluster that should run the new nodes. Only running clusters are offered; " +
		"a cluster that is upgrading or failed cannot take a new pool.",
	"nodepool_info.name": "Always: give the pool a name that says what runs on it (gpu-training, " +
		"spot-batch). It must be unique in the cluster; the wizard warns as you type.",
	"nodepool_info.type": "Leave it for ordinary ECS nodes (ess). Choose edge, lingjun or hybrid only " +
		"for those special cluster kinds; their own fields then appear in the advanced step.",
	"nodepool_info.resource_group_id": "When your account separates teams or projects by resource " +
		"group for permissions or billing.",
	"scaling_group.vswitch_ids": "Always: pick at least two vSwitches in different zones so the pool " +
		"survives a zone outage and finds capacity. Check that they have enough free IPs.",
	"scaling_group.instance_types": "Always: list several similar types (same vCPU and memory, different " +
		"families) so a scale-out still succeeds when one type is sold out.",
	"scaling_group.instance_charge_type": "Choose PrePaid for long-lived, steady capacity that is cheaper " +
		"on subscription; keep PostPaid (pay as you go) for anything that scales.",
	"scaling_group.period": "With PrePaid: how long you commit. Shorter is more flexible, longer is cheaper.",
	"scaling_group.spot_strategy": "Use spot (SpotAsPriceGo) for fault-tolerant, interruptible work such " +
		"as batch jobs or CI to save up to 90%; never for stateful workloads.",
	"scaling_group.spot_price_limit": "Only with SpotWithPriceLimit: cap what you pay per instance per hour.",
	"auto_scaling.enable": "Turn it on when load varies and you want ACK to add and remove nodes; leave it " +
		"off for a fixed-size pool.",
	"scaling_group.desired_size": "The number of nodes you want now when auto scaling is off. 0 creates " +
		"an empty pool you can grow later; 2 or more keeps system pods available.",
	"auto_scaling.max_instances": "Set it to the most nodes you are willing to pay for at peak.",
	"auto_scaling.type": "Choose gpu for GPU workloads, spot to scale out with spot instances. It cannot " +
		"be changed after creation.",
	"scaling_group.multi_az_policy": "BALANCE when you need an even spread across zones; COST_OPTIMIZED " +
		"with spot or several instance types to get the cheapest capacity first.",
	"scaling_group.system_disk_category": "cloud_essd for most production pools; cloud_auto when disk " +
		"load is spiky; cloud_efficiency only for cheap test pools.",
	"scaling_group.system_disk_size": "Raise it when nodes pull many or large container images or keep " +
		"logs locally; 120 GiB is a comfortable start.",
	"scaling_group.system_disk_performance_level": "Raise it (PL1 and up) for I/O-heavy nodes; higher " +
		"levels need larger disks.",
	"scaling_group.system_disk_encrypted": "When your compliance rules require encryption at rest.",
	"scaling_group.data_disks": "Add a data disk when pods need fast local scratch space or the container " +
		"runtime should store images apart from the system disk.",
	"scaling_group.security_group_ids": "When your network rules live in specific security groups; empty " +
		"uses the cluster's default group, which is right for most pools.",
	"scaling_group.key_pair": "Prefer a key pair over a password for SSH. Create one in the ECS console " +
		"first if the list is empty.",
	"scaling_group.login_password": "Only when you cannot use a key pair. The password is masked in the " +
		"preview and never saved.",
	"scaling_group.internet_charge_type": "Only when nodes need their own public IP; most pools reach the " +
		"Internet through a NAT gateway instead.",
	"scaling_group.image_type": "Keep the default unless you need a specific OS: ContainerOS for fast boot, " +
		"AliyunLinux3Arm64 for ARM instance types, Windows for Windows containers.",
	"scaling_group.image_id":         "Only when you built your own node image; it must match the cluster version.",
	"scaling_group.deploymentset_id": "When the pool runs replicas that must not share a physical host.",
	"management.enable": "Turn it on to let ACK repair, patch and upgrade nodes in maintenance windows; " +
		"recommended unless you manage nodes yourself.",
	"management.auto_repair_policy.restart_node": "Turn off when restarting a node could hurt a workload " +
		"that cannot move.",
	"management.auto_vul_fix_policy.vul_level": "Add later (medium) and nntf (low) when you want every " +
		"available fix, not only the urgent ones.",
	"management.upgrade_config.surge": "Add extra nodes during upgrades so capacity does not drop; costs the " +
		"extra nodes while the upgrade runs.",
	"kubernetes_config.labels": "When workloads select nodes by label (nodeSelector, affinity), e.g. " +
		"workload=batch.",
	"kubernetes_config.taints": "To keep ordinary pods off special nodes (GPU, spot): only pods with a " +
		"matching toleration land there.",
	"kubernetes_config.runtime": "Keep containerd. Sandboxed containers are for untrusted workloads; docker " +
		"only exists for very old clusters.",
	"kubernetes_config.cpu_policy": "static for latency-sensitive Guaranteed pods that need dedicated CPUs.",
	"kubernetes_config.node_name_mode": "When node names should say where they belong, e.g. prefix " +
		"prod-gpu- gives prod-gpu-192.168.0.10.",
	"kubernetes_config.user_data": "To run your own setup after the node joins (agents, sysctls, mounts).",
	"kubernetes_config.pre_user_data": "To prepare the instance before it joins (e.g. kernel parameters the " +
		"kubelet needs at start).",
	"kubernetes_config.unschedulable": "When you want to check new nodes before pods land on them.",
	"kubernetes_config.cms_enabled":   "Turn on to see node metrics and set alerts in CloudMonitor.",
	"scaling_group.ram_role_name":     "When nodes need permissions other than the cluster's default worker role.",
	"scaling_group.instance_metadata_options.http_tokens": "required hardens nodes against SSRF attacks " +
		"that read instance credentials; check that your agents support token access.",
	"node_config.kubelet_configuration.maxPods": "Raise it for many small pods per node, within the IP " +
		"addresses your network plugin gives each node.",
	"node_config.kubelet_configuration.evictionHard": "Raise memory.available on nodes that run memory-hungry " +
		"daemons, so the kubelet evicts pods before the OS kills processes.",
}

// syntaxHelp explains the line syntaxes of the editable lists and the fields that
// accept more than one way of writing. Read-only.
var syntaxHelp = map[string]string{
	"kubernetes_config.labels": "one label per line as key=value (key= or key alone for an empty value), " +
		"e.g.\n  workload=batch\n  team=data",
	"kubernetes_config.taints": "one taint per line as key=value:Effect, key:Effect or key=value (the server " +
		"then uses NoSchedule). Effect is NoSchedule, NoExecute or PreferNoSchedule, e.g.\n  gpu=true:NoSchedule",
	"scaling_group.tags":             "one tag per line as key=value, e.g.\n  cost-center=42",
	"scaling_group.spot_price_limit": "one cap per line as instance_type=price, e.g.\n  ecs.g7.large=0.39",
	"scaling_group.data_disks": "one disk per line: category,size then, in any order, a performance level " +
		"(PL0–PL3), the words encrypted and bursting, and key=value items kms, iops, snapshot, snapshot_policy, " +
		"device, name, e.g.\n  cloud_essd,200,PL1\n  cloud_auto,500,bursting,iops=5000,encrypted,kms=key-123\n" +
		"  cloud_essd,snapshot=s-123,name=restore\n(iops and bursting only for cloud_auto; a snapshot sets the size).",
	"scaling_group.disk_init": "one rule per line as comma-separated key=value: disk_name (or name), mkfs_type " +
		"(mkfs), mount_target (mount), and the flags mount_for_runtime (runtime) and local_disk (local), e.g.\n" +
		"  disk_name=data1,mkfs=ext4,mount=/mnt/disk0,runtime",
	"scaling_group.instance_patterns": "one pattern per line as comma-separated key=value with the wire names " +
		"(cores, memory, min_cpu_cores, max_memory_size, instance_family_level, ...); list values are " +
		"separated by |, e.g.\n  cores=4,memory=16,cpu_architectures=X86|ARM",
	"node_components": "one component per line: name=version, then env:NAME=VALUE items and a trailing " +
		"config:{json}, e.g.\n  kubelet=1.33.3-aliyun.1 env:GOGC=200 config:{\"cpuManagerPolicy\":\"static\"}",
	"kubernetes_config.user_data": "type the script itself, paste base64, or write @path/to/file to load " +
		"a file; the wizard sends base64 (text that already is base64 is kept as is).",
	"kubernetes_config.pre_user_data": "type the script itself, paste base64, or write @path/to/file to " +
		"load a file; the wizard sends base64.",
	"kubernetes_config.node_name_mode": "type a prefix and an optional suffix; the wizard writes " +
		"customized,<prefix>,ip,<suffix>. Use lower-case letters, digits, - and ., starting with a letter.",
	"node_config.kubelet_configuration.featureGates":            "one gate per line as Name=true or Name=false.",
	"node_config.kubelet_configuration.evictionHard":            "one signal per line as signal=threshold, e.g. memory.available=300Mi.",
	"node_config.kubelet_configuration.evictionSoft":            "one signal per line as signal=threshold; give each a grace period.",
	"node_config.kubelet_configuration.evictionSoftGracePeriod": "one signal per line as signal=duration, e.g. memory.available=30s.",
	"node_config.kubelet_configuration.kubeReserved":            "one resource per line as resource=quantity, e.g. cpu=100m.",
	"node_config.kubelet_configuration.systemReserved":          "one resource per line as resource=quantity, e.g. memory=500Mi.",
	"node_config.kubelet_configuration.reservedMemory":          "one NUMA node per line as node:resource=quantity,..., e.g. 0:memory=1Gi.",
	"management.auto_vul_fix_policy.vul_level":                  "tick the severities; the wizard sends them as a comma list.",
	"management.auto_vul_fix_policy.exclude_packages":           "comma-separated package names, e.g. kernel,docker-ce.",
	"scaling_group.vswitch_ids": "tick them in the list (space); they are sent in the list's order, which is the " +
		"priority with the PRIORITY multi-zone policy. For another order, tick only \"type it by hand\" and write " +
		"the IDs in order, comma-separated.",
	"scaling_group.instance_types": "tick up to 10 (space); they are sent in the list's order. For another order, " +
		"tick only \"type it by hand\" and write the types in order. / filters: text matches the names " +
		"(g7, xlarge); comparisons select by attributes, all of them at once: vcpu>=8 mem>=32 gpu>=1 " +
		"arch=arm family=g7 type=large (vcpu and mem, in GiB, and gpu take >=, <=, >, <, = and !=; " +
		"arch, family and type take = and !=).",
	"scaling_group.rds_instances":          "comma-separated RDS instance IDs.",
	"scaling_group.system_disk_categories": "comma-separated categories in priority order, e.g. cloud_essd,cloud_efficiency.",
}
