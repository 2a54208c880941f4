package model

// fieldRule ties a reference path to the rule ID its data-driven checks report, and adds
// what the reference leaves implicit: a lower bound stated only in the rules file, a unit
// for messages, a readable description of a pattern, a softer severity for enum misses,
// and whether presence of a deprecated field is reported.
type fieldRule struct {
	rule        string
	min         *float64 // lower bound not in the field reference
	unit        string   // unit shown after numbers in messages
	help        string   // human form of the field's pattern
	enumWarning bool     // unknown enum values are warnings (the list is not exhaustive)
	quiet       bool     // deprecated, but not reported (children are still the only way to set something)
	handChecked bool     // "required" is checked by a hand-written rule instead
}

func floatPtr(f float64) *float64 { return &f }

// fieldRules returns the rule table, keyed by reference path. Every path with a
// data-driven constraint (enum, range, length, pattern, format, required, deprecated)
// must have an entry; a test enforces it.
func fieldRules() map[string]fieldRule {
	zero := floatPtr(0)
	thresholds := "an integer 1–100000 or a percentage 1%–100% (e.g. \"5\" or \"20%\")"
	return map[string]fieldRule{
		// required and shape
		"nodepool_info.name":                  {rule: "R002"},
		"scaling_group.vswitch_ids":           {rule: "R004"},
		"scaling_group.instance_types":        {rule: "R005", handChecked: true},
		"scaling_group.instance_charge_type":  {rule: "R006"},
		"scaling_group.disk_init[].disk_name": {rule: "R007"},

		// deprecated
		"count":                                                      {rule: "R020"},
		"auto_scaling.is_bond_eip":                                   {rule: "R021"},
		"auto_scaling.eip_internet_charge_type":                      {rule: "R021"},
		"auto_scaling.eip_bandwidth":                                 {rule: "R021"},
		"scaling_group.platform":                                     {rule: "R022"},
		"scaling_group.cis_enabled":                                  {rule: "R023"},
		"scaling_group.security_group_id":                            {rule: "R024"},
		"management.upgrade_config":                                  {rule: "R025", quiet: true},
		"management.upgrade_config.auto_upgrade":                     {rule: "R025"},
		"interconnect_config":                                        {rule: "R026"},
		"interconnect_config.bandwidth":                              {rule: "R026"},
		"interconnect_config.ccn_id":                                 {rule: "R026"},
		"interconnect_config.ccn_region_id":                          {rule: "R026"},
		"interconnect_config.cen_id":                                 {rule: "R026"},
		"interconnect_config.improved_period":                        {rule: "R026"},
		"max_nodes":                                                  {rule: "R026"},
		"scaling_group.data_disks[].auto_format":                     {rule: "R027"},
		"scaling_group.data_disks[].mount_target":                    {rule: "R027"},
		"scaling_group.data_disks[].file_system":                     {rule: "R027"},
		"scaling_group.instance_patterns[].architectures":            {rule: "R028"},
		"scaling_group.instance_patterns[].core":                     {rule: "R028"},
		"scaling_group.instance_patterns[].burst_performance_option": {rule: "R028"},
		"scaling_group.instance_patterns[].max_price":                {rule: "R028"},

		// billing and spot
		"scaling_group.period_unit":                              {rule: "R061"},
		"scaling_group.period":                                   {rule: "R062"},
		"scaling_group.auto_renew_period":                        {rule: "R063"},
		"scaling_group.spot_strategy":                            {rule: "R066"},
		"scaling_group.spot_price_limit[].price_limit":           {rule: "R008"},
		"scaling_group.multi_az_policy":                          {rule: "R069"},
		"scaling_group.on_demand_base_capacity":                  {rule: "R070", min: zero},
		"scaling_group.on_demand_percentage_above_base_capacity": {rule: "R070", min: zero, unit: "%"},
		"scaling_group.spot_instance_pools":                      {rule: "R070"},
		"scaling_group.scaling_policy":                           {rule: "R071"},

		// private and resource pools
		"scaling_group.private_pool_options.match_criteria":    {rule: "R080"},
		"scaling_group.resource_pool_options.strategy":         {rule: "R082"},
		"scaling_group.resource_pool_options.private_pool_ids": {rule: "R083"},

		// disks
		"scaling_group.system_disk_size":               {rule: "R100", unit: "GiB"},
		"scaling_group.system_disk_category":           {rule: "R101"},
		"scaling_group.system_disk_categories":         {rule: "R101"},
		"scaling_group.system_disk_performance_level":  {rule: "R102"},
		"scaling_group.system_disk_provisioned_iops":   {rule: "R104", min: zero, unit: "IOPS"},
		"scaling_group.system_disk_encrypt_algorithm":  {rule: "R105"},
		"scaling_group.data_disks[].category":          {rule: "R106"},
		"scaling_group.data_disks[].size":              {rule: "R107", unit: "GiB"},
		"scaling_group.data_disks[].performance_level": {rule: "R108"},
		"scaling_group.data_disks[].provisioned_iops":  {rule: "R109", min: zero, unit: "IOPS"},
		"scaling_group.data_disks[].encrypted":         {rule: "R110"},
		"scaling_group.data_disks[].device":            {rule: "R111", help: "/dev/xvdb … /dev/xvdz"},
		"scaling_group.data_disks[].disk_name":         {rule: "R112", help: "2–128 characters: a letter first, then letters, digits, ':', '_' or '-'"},

		// management
		"management.auto_repair_policy.max_parallel_repairing_nodes":  {rule: "R132", help: thresholds},
		"management.auto_repair_policy.max_unhealthy_nodes_threshold": {rule: "R132", help: thresholds},
		"management.auto_vul_fix_policy.vul_level":                    {rule: "R134"},
		"management.upgrade_config.max_unavailable":                   {rule: "R135"},
		"management.upgrade_config.surge":                             {rule: "R136", min: zero},
		"management.upgrade_config.surge_percentage":                  {rule: "R136", min: zero, unit: "%"},

		// auto scaling and size
		"auto_scaling.max_instances": {rule: "R151"},
		"auto_scaling.min_instances": {rule: "R151", min: zero},
		"auto_scaling.type":          {rule: "R152"},
		"scaling_group.desired_size": {rule: "R153", min: zero},

		// Kubernetes settings
		"kubernetes_config.user_data":       {rule: "R170"},
		"kubernetes_config.pre_user_data":   {rule: "R170"},
		"kubernetes_config.runtime":         {rule: "R172"},
		"kubernetes_config.cpu_policy":      {rule: "R173"},
		"kubernetes_config.taints[].effect": {rule: "R175"},
		"scaling_group.tags[].key":          {rule: "R176"},

		// kubelet
		"node_config.kubelet_configuration.containerLogMaxFiles":           {rule: "R190"},
		"node_config.kubelet_configuration.containerLogMaxSize":            {rule: "R191"},
		"node_config.kubelet_configuration.eventRecordQPS":                 {rule: "R192"},
		"node_config.kubelet_configuration.eventBurst":                     {rule: "R192"},
		"node_config.kubelet_configuration.cpuCFSQuotaPeriod":              {rule: "R193"},
		"node_config.kubelet_configuration.cpuManagerPolicy":               {rule: "R194"},
		"node_config.kubelet_configuration.imageGCHighThresholdPercent":    {rule: "R196", min: zero, unit: "%"},
		"node_config.kubelet_configuration.imageGCLowThresholdPercent":     {rule: "R196", min: zero, unit: "%"},
		"node_config.kubelet_configuration.topologyManagerPolicy":          {rule: "R197"},
		"node_config.kubelet_configuration.memoryManagerPolicy":            {rule: "R198"},
		"node_config.kubelet_configuration.readOnlyPort":                   {rule: "R199", min: zero},
		"node_config.kubelet_configuration.podPidsLimit":                   {rule: "R199"},
		"node_config.kubelet_configuration.maxPods":                        {rule: "R199", min: zero},
		"node_config.kubelet_configuration.registryPullQPS":                {rule: "R199", min: zero},
		"node_config.kubelet_configuration.registryBurst":                  {rule: "R199", min: zero},
		"node_config.kubelet_configuration.reservedMemory[].numaNode":      {rule: "R200", min: zero},
		"node_config.kubelet_configuration.containerLogMaxWorkers":         {rule: "R199"},
		"node_config.kubelet_configuration.containerLogMonitorInterval":    {rule: "R199"},
		"node_config.kubelet_configuration.tracing.samplingRatePerMillion": {rule: "R199", min: zero},

		// network, identity, security, pool types
		"scaling_group.login_password":                            {rule: "R220"},
		"scaling_group.internet_charge_type":                      {rule: "R221"},
		"scaling_group.internet_max_bandwidth_out":                {rule: "R221", unit: "Mbit/s"},
		"scaling_group.instance_metadata_options.http_tokens":     {rule: "R226"},
		"scaling_group.image_type":                                {rule: "R228", enumWarning: true},
		"scaling_group.cpu_options.nested_virtualization":         {rule: "R229"},
		"nodepool_info.type":                                      {rule: "R230"},
		"interconnect_mode":                                       {rule: "R231"},
		"scaling_group.instance_patterns[].cpu_architectures":     {rule: "R233"},
		"scaling_group.instance_patterns[].instance_categories":   {rule: "R233"},
		"scaling_group.instance_patterns[].instance_family_level": {rule: "R233"},
	}
}
