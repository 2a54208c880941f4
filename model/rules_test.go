package model

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// baseRequest is a small valid request; every rule case starts from it.
func baseRequest(t testing.TB) *NodePool {
	t.Helper()
	np := &NodePool{}
	for _, kv := range []string{
		"nodepool_info.name=np-test",
		"scaling_group.vswitch_ids=vsw-a,vsw-b",
		"scaling_group.instance_types=ecs.g7.large,ecs.g6.large",
		"scaling_group.instance_charge_type=PostPaid",
		"scaling_group.desired_size=2",
	} {
		mustSet(t, np, kv)
	}
	return np
}

func mustSet(t testing.TB, np *NodePool, kv string) {
	t.Helper()
	path, raw, _ := strings.Cut(kv, "=")
	if err := SetPath(np, path, raw); err != nil {
		t.Fatalf("SetPath %s: %v", kv, err)
	}
}

func TestBaseRequestIsValid(t *testing.T) {
	if ps := Validate(baseRequest(t)); len(ps) != 0 {
		t.Fatalf("base request has problems: %+v", ps)
	}
}

// ruleCase is a passing and a failing variant of the base request for one rule.
// A variant is a list of "path=value" edits ("path=" unsets); failDoc, when set,
// is a document that Parse must reject instead.
type ruleCase struct {
	rule    string
	pass    []string
	fail    []string
	failDoc string
	sev     Severity // severity expected on the failing side (error when empty)
}

func ruleCases() []ruleCase {
	return []ruleCase{
		{rule: "R002", pass: []string{"nodepool_info.name=pool-a"}, fail: []string{"nodepool_info.name= "}},
		{rule: "R004", pass: []string{"scaling_group.vswitch_ids=a,b,c"}, fail: []string{"scaling_group.vswitch_ids=a,b,c,d,e,f,g,h,i"}},
		{rule: "R004", pass: []string{"scaling_group.vswitch_ids=a,b"}, fail: []string{"scaling_group.vswitch_ids=a"}, sev: SeverityWarning},
		{rule: "R005", pass: []string{"scaling_group.instance_types=a,b"}, fail: []string{"scaling_group.instance_types="}},
		{rule: "R005", pass: []string{"scaling_group.instance_types=a,b,c"}, fail: []string{"scaling_group.instance_types=a,b,c,d,e,f,g,h,i,j,k"}},
		{rule: "R006", pass: []string{"scaling_group.instance_charge_type=PostPaid"}, fail: []string{"scaling_group.instance_charge_type="}},
		{rule: "R006", pass: []string{"scaling_group.instance_charge_type=PostPaid"}, fail: []string{"scaling_group.instance_charge_type=postpaid"}},
		{rule: "R007", pass: []string{"scaling_group.disk_init[0].disk_name=data"}, fail: []string{"scaling_group.disk_init[0].mkfs_type=ext4"}},
		{rule: "R008", pass: []string{"scaling_group.spot_price_limit[0].price_limit=0.39", "scaling_group.spot_price_limit[0].instance_type=ecs.g7.large", "scaling_group.spot_strategy=SpotWithPriceLimit"},
			failDoc: `{"scaling_group":{"spot_price_limit":[{"price_limit":0.39}]}}`},
		{rule: "R008", pass: []string{"scaling_group.spot_price_limit[0].price_limit=1.5", "scaling_group.spot_price_limit[0].instance_type=ecs.g7.large", "scaling_group.spot_strategy=SpotWithPriceLimit"},
			fail: []string{"scaling_group.spot_price_limit[0].price_limit=1,5", "scaling_group.spot_price_limit[0].instance_type=ecs.g7.large", "scaling_group.spot_strategy=SpotWithPriceLimit"}},
		{rule: "R009", pass: []string{"node_config.kubelet_configuration.maxPods=64"}, failDoc: `{"node_config":{"kubelet_configuration":{"max_pods":64}}}`},
		{rule: "R010", pass: []string{"scaling_group.cpu_options.nested_virtualization=enabled", "scaling_group.instance_metadata_options.http_tokens=optional"},
			fail: []string{"scaling_group.platform=Ubuntu"}},
		{rule: "R011", pass: nil, fail: []string{"nodepool_info="}},
		{rule: "R011", pass: nil, fail: []string{"scaling_group="}},

		{rule: "R020", pass: []string{"count=3", "scaling_group.desired_size="}, fail: []string{"count=3"}},
		{rule: "R020", pass: []string{"scaling_group.desired_size=3"}, fail: []string{"count=3", "scaling_group.desired_size="}, sev: SeverityWarning},
		{rule: "R021", pass: []string{"scaling_group.internet_charge_type=PayByTraffic", "scaling_group.internet_max_bandwidth_out=5"}, fail: []string{"auto_scaling.is_bond_eip=true"}, sev: SeverityWarning},
		{rule: "R022", pass: []string{"scaling_group.image_type=AliyunLinux3"}, fail: []string{"scaling_group.platform=AliyunLinux"}, sev: SeverityWarning},
		{rule: "R023", pass: []string{"scaling_group.security_hardening_os=true"}, fail: []string{"scaling_group.cis_enabled=true"}, sev: SeverityWarning},
		{rule: "R024", pass: []string{"scaling_group.security_group_ids=sg-1"}, fail: []string{"scaling_group.security_group_id=sg-1"}, sev: SeverityWarning},
		{rule: "R025", pass: []string{"management.enable=true", "management.upgrade_config.surge=1"}, fail: []string{"management.enable=true", "management.upgrade_config.auto_upgrade=true"}, sev: SeverityWarning},
		{rule: "R026", pass: []string{"interconnect_mode=basic", "nodepool_info.type=edge"}, fail: []string{"max_nodes=10"}, sev: SeverityWarning},
		{rule: "R026", pass: nil, fail: []string{"interconnect_config.cen_id=cen-1"}, sev: SeverityWarning},
		{rule: "R027", pass: []string{"scaling_group.data_disks[0].size=100"}, fail: []string{"scaling_group.data_disks[0].auto_format=true"}, sev: SeverityWarning},
		{rule: "R028", pass: []string{"scaling_group.instance_patterns[0].cores=4"}, fail: []string{"scaling_group.instance_patterns[0].core=4"}, sev: SeverityWarning},

		{rule: "R040", pass: []string{"scaling_group.key_pair=kp"}, fail: []string{"scaling_group.key_pair=kp", "scaling_group.login_password=Abcdef12!"}},
		{rule: "R041", pass: []string{"scaling_group.image_type=ContainerOS", "scaling_group.key_pair=kp"}, fail: []string{"scaling_group.image_type=ContainerOS", "scaling_group.login_password=Abcdef12!"}},
		{rule: "R042", pass: []string{"scaling_group.security_group_ids=sg-1"}, fail: []string{"scaling_group.security_group_ids=sg-1", "scaling_group.security_group_id=sg-1"}, sev: SeverityWarning},
		{rule: "R043", pass: []string{"management.enable=true", "management.upgrade_config.surge=1"}, fail: []string{"management.enable=true", "management.upgrade_config.surge=1", "management.upgrade_config.surge_percentage=10"}},
		{rule: "R044", pass: []string{"scaling_group.resource_pool_options.strategy=PrivatePoolFirst"}, fail: []string{"scaling_group.resource_pool_options.strategy=PrivatePoolFirst", "scaling_group.private_pool_options.match_criteria=Open"}},
		{rule: "R045", pass: []string{"scaling_group.platform=CentOS", "scaling_group.image_type=CentOS"}, fail: []string{"scaling_group.platform=CentOS", "scaling_group.image_type=AliyunLinux3"}},
		{rule: "R045", pass: []string{"scaling_group.security_group_ids=sg-1,sg-2", "scaling_group.security_group_id=sg-2"}, fail: []string{"scaling_group.security_group_ids=sg-1", "scaling_group.security_group_id=sg-2"}},

		{rule: "R060", pass: []string{"scaling_group.instance_charge_type=PrePaid", "scaling_group.period=1", "scaling_group.period_unit=Month"}, fail: []string{"scaling_group.instance_charge_type=PrePaid"}},
		{rule: "R061", pass: []string{"scaling_group.instance_charge_type=PrePaid", "scaling_group.period=1", "scaling_group.period_unit=Week"}, fail: []string{"scaling_group.instance_charge_type=PrePaid", "scaling_group.period=1", "scaling_group.period_unit=Day"}},
		{rule: "R062", pass: []string{"scaling_group.instance_charge_type=PrePaid", "scaling_group.period=12", "scaling_group.period_unit=Month"}, fail: []string{"scaling_group.instance_charge_type=PrePaid", "scaling_group.period=12", "scaling_group.period_unit=Week"}},
		{rule: "R062", pass: []string{"scaling_group.instance_charge_type=PrePaid", "scaling_group.period=9", "scaling_group.period_unit=Month"}, fail: []string{"scaling_group.instance_charge_type=PrePaid", "scaling_group.period=10", "scaling_group.period_unit=Month"}},
		{rule: "R063", pass: []string{"scaling_group.instance_charge_type=PrePaid", "scaling_group.period=1", "scaling_group.period_unit=Week", "scaling_group.auto_renew=true", "scaling_group.auto_renew_period=3"},
			fail: []string{"scaling_group.instance_charge_type=PrePaid", "scaling_group.period=1", "scaling_group.period_unit=Week", "scaling_group.auto_renew=true", "scaling_group.auto_renew_period=6"}},
		{rule: "R063", pass: nil, fail: []string{"scaling_group.auto_renew=true"}, sev: SeverityWarning},
		{rule: "R064", pass: []string{"scaling_group.instance_charge_type=PrePaid", "scaling_group.period=1", "scaling_group.period_unit=Month"}, fail: []string{"scaling_group.period=1"}, sev: SeverityWarning},
		{rule: "R065", pass: []string{"scaling_group.resource_pool_options.strategy=PrivatePoolFirst"},
			fail: []string{"scaling_group.resource_pool_options.strategy=PrivatePoolFirst", "scaling_group.instance_charge_type=PrePaid", "scaling_group.period=1", "scaling_group.period_unit=Month"}, sev: SeverityWarning},
		{rule: "R066", pass: []string{"scaling_group.spot_strategy=SpotAsPriceGo"}, fail: []string{"scaling_group.spot_strategy=SpotAsPriceGo", "scaling_group.instance_charge_type=PrePaid", "scaling_group.period=1", "scaling_group.period_unit=Month"}},
		{rule: "R066", pass: []string{"scaling_group.spot_strategy=NoSpot"}, fail: []string{"scaling_group.spot_strategy=Spot"}},
		{rule: "R067", pass: []string{"scaling_group.spot_strategy=SpotWithPriceLimit", "scaling_group.spot_price_limit[0].instance_type=ecs.g7.large", "scaling_group.spot_price_limit[0].price_limit=0.5"},
			fail: []string{"scaling_group.spot_strategy=SpotWithPriceLimit", "scaling_group.spot_price_limit[0].instance_type=ecs.c9.large", "scaling_group.spot_price_limit[0].price_limit=0.5"}, sev: SeverityWarning},
		{rule: "R068", pass: []string{"scaling_group.multi_az_policy=COST_OPTIMIZED", "scaling_group.compensate_with_on_demand=true"}, fail: []string{"scaling_group.compensate_with_on_demand=true"}, sev: SeverityWarning},
		{rule: "R069", pass: []string{"scaling_group.multi_az_policy=BALANCE"}, fail: []string{"scaling_group.multi_az_policy=balance"}},
		{rule: "R069", pass: []string{"scaling_group.multi_az_policy=COST_OPTIMIZED"}, fail: []string{"scaling_group.multi_az_policy=COST_OPTIMIZED", "scaling_group.instance_types=ecs.g7.large"}, sev: SeverityWarning},
		{rule: "R070", pass: []string{"scaling_group.on_demand_base_capacity=0", "scaling_group.on_demand_percentage_above_base_capacity=100", "scaling_group.spot_instance_pools=10"}, fail: []string{"scaling_group.on_demand_percentage_above_base_capacity=101"}},
		{rule: "R070", pass: []string{"scaling_group.spot_instance_pools=1"}, fail: []string{"scaling_group.spot_instance_pools=0"}},
		{rule: "R070", pass: []string{"scaling_group.on_demand_base_capacity=1000"}, fail: []string{"scaling_group.on_demand_base_capacity=-1"}},
		{rule: "R071", pass: []string{"scaling_group.scaling_policy=recycle"}, fail: []string{"scaling_group.scaling_policy=stop"}},

		{rule: "R080", pass: []string{"scaling_group.private_pool_options.match_criteria=Open"}, fail: []string{"scaling_group.private_pool_options.match_criteria=open"}},
		{rule: "R081", pass: []string{"scaling_group.private_pool_options.match_criteria=Target", "scaling_group.private_pool_options.id=eap-1"}, fail: []string{"scaling_group.private_pool_options.match_criteria=Target"}},
		{rule: "R082", pass: []string{"scaling_group.resource_pool_options.strategy=None"}, fail: []string{"scaling_group.resource_pool_options.strategy=PrivateOnly"}},
		{rule: "R083", pass: []string{"scaling_group.resource_pool_options.strategy=PrivatePoolOnly", "scaling_group.resource_pool_options.private_pool_ids=eap-1"}, fail: []string{"scaling_group.resource_pool_options.strategy=PrivatePoolOnly"}},

		{rule: "R100", pass: []string{"scaling_group.system_disk_size=20"}, fail: []string{"scaling_group.system_disk_size=10"}},
		{rule: "R100", pass: []string{"scaling_group.system_disk_size=2048"}, fail: []string{"scaling_group.system_disk_size=2049"}},
		{rule: "R101", pass: []string{"scaling_group.system_disk_category=cloud_essd", "scaling_group.system_disk_categories=cloud_essd,cloud_auto"}, fail: []string{"scaling_group.system_disk_categories=cloud_essd,cloud"}},
		{rule: "R102", pass: []string{"scaling_group.system_disk_category=cloud_essd", "scaling_group.system_disk_size=500", "scaling_group.system_disk_performance_level=PL2"},
			fail: []string{"scaling_group.system_disk_category=cloud_essd", "scaling_group.system_disk_size=100", "scaling_group.system_disk_performance_level=PL2"}},
		{rule: "R102", pass: []string{"scaling_group.system_disk_category=cloud_essd", "scaling_group.system_disk_performance_level=PL0"}, fail: []string{"scaling_group.system_disk_performance_level=PL0"}, sev: SeverityWarning},
		{rule: "R103", pass: []string{"scaling_group.system_disk_category=cloud_auto", "scaling_group.system_disk_bursting_enabled=true"}, fail: []string{"scaling_group.system_disk_category=cloud_essd", "scaling_group.system_disk_bursting_enabled=true"}},
		{rule: "R104", pass: []string{"scaling_group.system_disk_category=cloud_auto", "scaling_group.system_disk_size=40", "scaling_group.system_disk_provisioned_iops=36200"},
			fail: []string{"scaling_group.system_disk_category=cloud_auto", "scaling_group.system_disk_size=40", "scaling_group.system_disk_provisioned_iops=36201"}},
		{rule: "R105", pass: []string{"scaling_group.system_disk_encrypted=true", "scaling_group.system_disk_encrypt_algorithm=aes-256"}, fail: []string{"scaling_group.system_disk_encrypted=true", "scaling_group.system_disk_encrypt_algorithm=sm4"}},
		{rule: "R105", pass: []string{"scaling_group.system_disk_encrypted=true", "scaling_group.system_disk_kms_key_id=key-1"}, fail: []string{"scaling_group.system_disk_kms_key_id=key-1"}, sev: SeverityWarning},
		{rule: "R106", pass: []string{"scaling_group.data_disks[0].category=elastic_ephemeral_disk_standard"}, fail: []string{"scaling_group.data_disks[0].category=ssd"}},
		{rule: "R107", pass: []string{"scaling_group.data_disks[0].size=40"}, fail: []string{"scaling_group.data_disks[0].size=39"}},
		{rule: "R107", pass: []string{"scaling_group.data_disks[0].snapshot_id=s-1"}, fail: []string{"scaling_group.data_disks[0].snapshot_id=s-1", "scaling_group.data_disks[0].size=100"}, sev: SeverityWarning},
		{rule: "R108", pass: []string{"scaling_group.data_disks[0].category=cloud_essd", "scaling_group.data_disks[0].size=1261", "scaling_group.data_disks[0].performance_level=PL3"},
			fail: []string{"scaling_group.data_disks[0].category=cloud_essd", "scaling_group.data_disks[0].size=1260", "scaling_group.data_disks[0].performance_level=PL3"}},
		{rule: "R109", pass: []string{"scaling_group.data_disks[0].category=cloud_auto", "scaling_group.data_disks[0].size=100", "scaling_group.data_disks[0].provisioned_iops=1000"},
			fail: []string{"scaling_group.data_disks[0].category=cloud_essd", "scaling_group.data_disks[0].provisioned_iops=1000"}},
		{rule: "R110", pass: []string{"scaling_group.data_disks[0].encrypted=true", "scaling_group.data_disks[0].kms_key_id=k"}, fail: []string{"scaling_group.data_disks[0].encrypted=yes"}},
		{rule: "R110", pass: []string{"scaling_group.data_disks[0].encrypted=true", "scaling_group.data_disks[0].kms_key_id=k"}, fail: []string{"scaling_group.data_disks[0].kms_key_id=k"}, sev: SeverityWarning},
		{rule: "R111", pass: []string{"scaling_group.data_disks[0].device=/dev/xvdz"}, fail: []string{"scaling_group.data_disks[0].device=/dev/xvda"}},
		{rule: "R112", pass: []string{"scaling_group.data_disks[0].disk_name=data:disk_1-a"}, fail: []string{"scaling_group.data_disks[0].disk_name=http://x"}},
		{rule: "R113", pass: []string{"scaling_group.data_disks[0].auto_format=true", "scaling_group.data_disks[0].file_system=ext4"}, fail: []string{"scaling_group.data_disks[0].file_system=ext4"}, sev: SeverityWarning},
		{rule: "R115", pass: []string{"scaling_group.enable_high_density_mode=true"}, fail: []string{"scaling_group.enable_high_density_mode=true", "scaling_group.instance_types=", "scaling_group.instance_patterns[0].cores=4"}, sev: SeverityWarning},

		{rule: "R130", pass: []string{"management.enable=true", "management.auto_repair=true"}, fail: []string{"management.auto_repair=true"}, sev: SeverityWarning},
		{rule: "R131", pass: []string{"management.enable=true", "management.auto_repair_policy.restart_node=true"}, fail: []string{"management.enable=true", "management.auto_repair=false", "management.auto_repair_policy.restart_node=true"}, sev: SeverityWarning},
		{rule: "R132", pass: []string{"management.auto_repair_policy.max_unhealthy_nodes_threshold=100%", "management.auto_repair_policy.max_parallel_repairing_nodes=100000"},
			fail: []string{"management.auto_repair_policy.max_unhealthy_nodes_threshold=101%"}},
		{rule: "R133", pass: []string{"management.enable=true", "management.auto_upgrade_policy.auto_upgrade_os=true"}, fail: []string{"management.enable=true", "management.auto_upgrade=false", "management.auto_upgrade_policy.auto_upgrade_os=true"}, sev: SeverityWarning},
		{rule: "R134", pass: []string{"management.auto_vul_fix_policy.vul_level=asap,later,nntf"}, fail: []string{"management.auto_vul_fix_policy.vul_level=asap,critical"}},
		{rule: "R134", pass: []string{"management.enable=true", "management.auto_vul_fix_policy.restart_node=false"}, fail: []string{"management.enable=true", "management.auto_vul_fix=false", "management.auto_vul_fix_policy.restart_node=false"}, sev: SeverityWarning},
		{rule: "R135", pass: []string{"management.enable=true", "management.upgrade_config.max_unavailable=1000"}, fail: []string{"management.enable=true", "management.upgrade_config.max_unavailable=0"}},
		{rule: "R136", pass: []string{"management.enable=true", "management.upgrade_config.surge=2"}, fail: []string{"management.enable=true", "management.upgrade_config.surge=3"}, sev: SeverityWarning},
		{rule: "R137", pass: []string{"auto_mode.enable=true", "management.drift_enabled=true"}, fail: []string{"management.drift_enabled=true"}, sev: SeverityWarning},

		{rule: "R150", pass: []string{"auto_scaling.enable=true", "auto_scaling.max_instances=5"}, fail: []string{"auto_scaling.max_instances=5"}, sev: SeverityWarning},
		{rule: "R151", pass: []string{"auto_scaling.enable=true", "auto_scaling.min_instances=1", "auto_scaling.max_instances=2000"}, fail: []string{"auto_scaling.enable=true", "auto_scaling.min_instances=1", "auto_scaling.max_instances=2001"}},
		{rule: "R151", pass: []string{"auto_scaling.enable=true", "auto_scaling.min_instances=3", "auto_scaling.max_instances=3"}, fail: []string{"auto_scaling.enable=true", "auto_scaling.min_instances=4", "auto_scaling.max_instances=3"}},
		{rule: "R152", pass: []string{"auto_scaling.enable=true", "auto_scaling.max_instances=3", "auto_scaling.type=gpushare"}, fail: []string{"auto_scaling.enable=true", "auto_scaling.max_instances=3", "auto_scaling.type=GPU"}},
		{rule: "R153", pass: []string{"scaling_group.desired_size=0", "auto_scaling.enable=true", "auto_scaling.max_instances=3"}, fail: []string{"scaling_group.desired_size=-1"}},
		{rule: "R153", pass: []string{"scaling_group.desired_size=2"}, fail: []string{"scaling_group.desired_size=1"}, sev: SeverityWarning},
		{rule: "R154", pass: []string{"scaling_group.deploymentset_id=ds-1", "scaling_group.desired_size=40"}, fail: []string{"scaling_group.deploymentset_id=ds-1", "scaling_group.desired_size=41"}, sev: SeverityWarning},

		{rule: "R170", pass: []string{"kubernetes_config.user_data=ZWNobyBoaQ=="}, fail: []string{"kubernetes_config.user_data=echo hi"}},
		{rule: "R170", pass: []string{"kubernetes_config.pre_user_data=ZWNobyBoaQ=="}, fail: []string{"kubernetes_config.pre_user_data=dGhpcyBpcyBhIGV4YW1wbGU"}, sev: SeverityWarning},
		{rule: "R171", pass: []string{"kubernetes_config.node_name_mode=customized,aliyun.com,ip,test"}, fail: []string{"kubernetes_config.node_name_mode=aliyun.com192.XX.YY.55test"}},
		{rule: "R171", pass: []string{"kubernetes_config.node_name_mode=customized,node,ip,"}, fail: []string{"kubernetes_config.node_name_mode=customized,node-,ip,"}},
		{rule: "R172", pass: []string{"kubernetes_config.runtime=Sandboxed-Container.runv"}, fail: []string{"kubernetes_config.runtime=cri-o"}},
		{rule: "R173", pass: []string{"kubernetes_config.cpu_policy=static"}, fail: []string{"kubernetes_config.cpu_policy=Static"}},
		{rule: "R174", pass: []string{"kubernetes_config.labels[0].key=example.com/app", "kubernetes_config.labels[0].value="}, fail: []string{"kubernetes_config.labels[0].key=app", "kubernetes_config.labels[1].key=app"}},
		{rule: "R174", pass: []string{"kubernetes_config.labels[0].key=team", "kubernetes_config.labels[0].value=web"}, fail: []string{"kubernetes_config.labels[0].key=acs:team"}},
		{rule: "R175", pass: []string{"kubernetes_config.taints[0].key=gpu", "kubernetes_config.taints[0].effect=NoExecute"}, fail: []string{"kubernetes_config.taints[0].key=gpu", "kubernetes_config.taints[0].effect=NoRun"}},
		{rule: "R176", pass: []string{"scaling_group.tags[0].key=team", "scaling_group.tags[0].value=a"}, fail: []string{"scaling_group.tags[0].key=team", "scaling_group.tags[0].value=see https://x"}},
		{rule: "R177", pass: []string{"tee_config.tee_enable=false"}, fail: []string{"tee_config.tee_enable=true"}, sev: SeverityWarning},
		{rule: "R178", pass: nil, fail: []string{"node_config.kubelet_configuration.maxPods=64"}, sev: SeverityWarning},

		{rule: "R190", pass: []string{"node_config.kubelet_configuration.containerLogMaxFiles=2"}, fail: []string{"node_config.kubelet_configuration.containerLogMaxFiles=11"}},
		{rule: "R191", pass: []string{"node_config.kubelet_configuration.containerLogMaxSize=100Mi"}, fail: []string{"node_config.kubelet_configuration.containerLogMaxSize=100MB"}},
		{rule: "R192", pass: []string{"node_config.kubelet_configuration.eventRecordQPS=50", "node_config.kubelet_configuration.eventBurst=50"}, fail: []string{"node_config.kubelet_configuration.eventRecordQPS=50", "node_config.kubelet_configuration.eventBurst=49"}},
		{rule: "R192", pass: []string{"node_config.kubelet_configuration.eventBurst=100"}, fail: []string{"node_config.kubelet_configuration.eventBurst=0"}},
		{rule: "R193", pass: []string{"node_config.kubelet_configuration.cpuCFSQuotaPeriod=1s", "node_config.kubelet_configuration.featureGates.CustomCPUCFSQuotaPeriod=true"},
			fail: []string{"node_config.kubelet_configuration.cpuCFSQuotaPeriod=2s", "node_config.kubelet_configuration.featureGates.CustomCPUCFSQuotaPeriod=true"}},
		{rule: "R193", pass: []string{"node_config.kubelet_configuration.cpuCFSQuotaPeriod=50ms", "node_config.kubelet_configuration.featureGates.CustomCPUCFSQuotaPeriod=true"}, fail: []string{"node_config.kubelet_configuration.cpuCFSQuotaPeriod=50ms"}},
		{rule: "R194", pass: []string{"node_config.kubelet_configuration.cpuManagerPolicy=none"}, fail: []string{"node_config.kubelet_configuration.cpuManagerPolicy=dynamic"}},
		{rule: "R195", pass: []string{"node_config.kubelet_configuration.allowedUnsafeSysctls=net.core.somaxconn,kernel.shm*,kernel.sem"}, fail: []string{"node_config.kubelet_configuration.allowedUnsafeSysctls=vm.swappiness"}},
		{rule: "R196", pass: []string{"node_config.kubelet_configuration.imageGCLowThresholdPercent=70", "node_config.kubelet_configuration.imageGCHighThresholdPercent=85"},
			fail: []string{"node_config.kubelet_configuration.imageGCLowThresholdPercent=85", "node_config.kubelet_configuration.imageGCHighThresholdPercent=85"}},
		{rule: "R196", pass: []string{"node_config.kubelet_configuration.imageGCHighThresholdPercent=100"}, fail: []string{"node_config.kubelet_configuration.imageGCHighThresholdPercent=101"}},
		{rule: "R197", pass: []string{"node_config.kubelet_configuration.topologyManagerPolicy=single-numa-node"}, fail: []string{"node_config.kubelet_configuration.topologyManagerPolicy=strict"}},
		{rule: "R198", pass: []string{"node_config.kubelet_configuration.memoryManagerPolicy=Static"}, fail: []string{"node_config.kubelet_configuration.memoryManagerPolicy=none"}},
		{rule: "R199", pass: []string{"node_config.kubelet_configuration.readOnlyPort=0", "node_config.kubelet_configuration.podPidsLimit=-1", "node_config.kubelet_configuration.tracing.samplingRatePerMillion=1000000"},
			fail: []string{"node_config.kubelet_configuration.podPidsLimit=-2"}},
		{rule: "R199", pass: []string{"node_config.kubelet_configuration.readOnlyPort=65535"}, fail: []string{"node_config.kubelet_configuration.readOnlyPort=65536"}},
		{rule: "R199", pass: []string{"node_config.kubelet_configuration.containerLogMaxWorkers=1"}, fail: []string{"node_config.kubelet_configuration.containerLogMaxWorkers=0"}},
		{rule: "R200", pass: []string{"node_config.kubelet_configuration.evictionSoft.memory.available=500Mi", "node_config.kubelet_configuration.evictionSoftGracePeriod.memory.available=30s"},
			fail: []string{"node_config.kubelet_configuration.evictionSoft.memory.available=500Mi"}},
		{rule: "R200", pass: []string{"node_config.kubelet_configuration.evictionHard.nodefs.available=10%"}, fail: []string{"node_config.kubelet_configuration.kubeReserved.cpu=lots"}},
		{rule: "R201", pass: []string{"node_config.kubelet_configuration.featureGates.Foo=true"}, failDoc: `{"node_config":{"kubelet_configuration":{"featureGates":{"Foo":"on"}}}}`},

		{rule: "R220", pass: []string{"scaling_group.login_password=Abcdefg1"}, fail: []string{"scaling_group.login_password=abcdefgh1"}},
		{rule: "R220", pass: []string{"scaling_group.login_password=Abcdefg1!"}, fail: []string{"scaling_group.login_password=Ab1!"}},
		{rule: "R220", pass: []string{"scaling_group.image_type=Windows", "scaling_group.login_password=Abcdefg1!"}, fail: []string{"scaling_group.image_type=Windows", "scaling_group.login_password=/Abcdefg1"}},
		{rule: "R221", pass: []string{"scaling_group.internet_charge_type=PayByTraffic", "scaling_group.internet_max_bandwidth_out=100"}, fail: []string{"scaling_group.internet_charge_type=PayByTraffic", "scaling_group.internet_max_bandwidth_out=101"}},
		{rule: "R221", pass: []string{"scaling_group.internet_charge_type=PayByBandwidth", "scaling_group.internet_max_bandwidth_out=1"}, fail: []string{"scaling_group.internet_max_bandwidth_out=1"}, sev: SeverityWarning},
		{rule: "R224", pass: []string{"scaling_group.security_group_ids=a,b,c,d,e"}, fail: []string{"scaling_group.security_group_ids=a,b,c,d,e,f"}, sev: SeverityWarning},
		{rule: "R225", pass: []string{"scaling_group.ram_role_name=MyNodeRole"}, fail: []string{"scaling_group.ram_role_name=KubernetesWorkerRole-abc"}},
		{rule: "R226", pass: []string{"scaling_group.instance_metadata_options.http_tokens=optional"}, fail: []string{"scaling_group.instance_metadata_options.http_tokens=required"}, sev: SeverityWarning},
		{rule: "R226", pass: []string{"scaling_group.instance_metadata_options.http_tokens=optional"}, fail: []string{"scaling_group.instance_metadata_options.http_tokens=always"}},
		{rule: "R227", pass: []string{"scaling_group.image_type=AliyunLinux3", "scaling_group.soc_enabled=true"}, fail: []string{"scaling_group.image_type=CentOS", "scaling_group.soc_enabled=true"}},
		{rule: "R228", pass: []string{"scaling_group.image_type=AliyunLinux3ContainerOptimized"}, fail: []string{"scaling_group.image_type=AliyunLinuxUEFI"}, sev: SeverityWarning},
		{rule: "R229", pass: []string{"scaling_group.cpu_options.nested_virtualization=disabled"}, fail: []string{"scaling_group.cpu_options.nested_virtualization=on"}},
		{rule: "R230", pass: []string{"nodepool_info.type=ess"}, fail: []string{"nodepool_info.type=ecs"}},
		{rule: "R231", pass: []string{"nodepool_info.type=edge", "interconnect_mode=private", "intranet=true"}, fail: []string{"intranet=true"}, sev: SeverityWarning},
		{rule: "R231", pass: []string{"nodepool_info.type=edge", "interconnect_mode=basic"}, fail: []string{"nodepool_info.type=edge", "interconnect_mode=public"}},
		{rule: "R232", pass: []string{"nodepool_info.type=lingjun", "eflo_node_group.cluster_id=c-1"}, fail: []string{"eflo_node_group.cluster_id=c-1"}, sev: SeverityWarning},
		{rule: "R233", pass: []string{"scaling_group.instance_patterns[0].min_cpu_cores=2", "scaling_group.instance_patterns[0].max_cpu_cores=8"}, fail: []string{"scaling_group.instance_patterns[0].min_cpu_cores=16", "scaling_group.instance_patterns[0].max_cpu_cores=8"}},
		{rule: "R233", pass: []string{"scaling_group.instance_patterns[0].cpu_architectures=X86,ARM", "scaling_group.instance_patterns[0].instance_family_level=EnterpriseLevel"}, fail: []string{"scaling_group.instance_patterns[0].cpu_architectures=x86"}},
		{rule: "R234", pass: nil, fail: []string{"scaling_group.instance_patterns[0].cores=4"}, sev: SeverityWarning},
	}
}

// hasRule reports whether ps holds a problem of rule with severity sev.
func hasRule(ps Problems, rule string, sev Severity) bool {
	for _, p := range ps {
		if p.Rule == rule && p.Severity == sev {
			return true
		}
	}
	return false
}

func applyEdits(t *testing.T, edits []string) *NodePool {
	np := baseRequest(t)
	for _, kv := range edits {
		mustSet(t, np, kv)
	}
	return np
}

func TestRules(t *testing.T) {
	for i, tc := range ruleCases() {
		sev := tc.sev
		if sev == "" {
			sev = SeverityError
		}
		t.Run(tc.rule+"/pass", func(t *testing.T) {
			ps := Validate(applyEdits(t, tc.pass))
			for _, p := range ps {
				if p.Rule == tc.rule && p.Severity == sev {
					t.Errorf("case %d: unexpected %s %s %s: %s", i, p.Severity, p.Rule, p.Path, p.Message)
				}
			}
		})
		t.Run(tc.rule+"/fail", func(t *testing.T) {
			if tc.failDoc != "" {
				_, err := Parse([]byte(tc.failDoc), "case.json")
				if err == nil {
					t.Fatalf("case %d: Parse accepted %s", i, tc.failDoc)
				}
				return
			}
			ps := Validate(applyEdits(t, tc.fail))
			if !hasRule(ps, tc.rule, sev) {
				t.Errorf("case %d: no %s %s among %+v", i, sev, tc.rule, ps)
			}
			for _, p := range ps {
				if p.Message == "" || p.Path == "" {
					t.Errorf("case %d: problem without path or message: %+v", i, p)
				}
			}
		})
	}
}

func TestRuleR001ClusterID(t *testing.T) {
	t.Run("R001/pass", func(t *testing.T) {
		if ps := ValidateClusterID("c61da77e8bfbc4c4c999af2b51b65abcd"); len(ps) != 0 {
			t.Errorf("unexpected %+v", ps)
		}
	})
	t.Run("R001/fail", func(t *testing.T) {
		for _, id := range []string{"", "  ", "c1/../x", "c 1"} {
			if ps := ValidateClusterID(id); !hasRule(ps, "R001", SeverityError) {
				t.Errorf("ValidateClusterID(%q) = %+v", id, ps)
			}
		}
	})
}

// serverSideRules cannot be checked offline; the service (or the sandbox with the
// account's data) enforces them. R116 documents that disk_init has no value rules.
func serverSideRules() map[string]string {
	return map[string]string{
		"R003": "pool name unique in the cluster",
		"R114": "snapshot creation date",
		"R116": "no value rules documented for disk_init",
		"R138": "cluster has intelligent managed mode",
		"R222": "vSwitches in the cluster's VPC",
		"R223": "instance types offered in the zones",
	}
}

// TestEveryRuleHasACase reads the rules file and makes sure each rule ID has a pass and
// a fail case, or is listed as server-side.
func TestEveryRuleHasACase(t *testing.T) {
	data, err := os.ReadFile("reference/create-nodepool-rules.md")
	if err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{"R001": true}
	for _, tc := range ruleCases() {
		covered[tc.rule] = true
	}
	ids := regexp.MustCompile(`(?m)^\| (R\d{3}) \|`).FindAllStringSubmatch(string(data), -1)
	if len(ids) < 100 {
		t.Fatalf("found only %d rule IDs in the rules file", len(ids))
	}
	for _, m := range ids {
		if !covered[m[1]] && serverSideRules()[m[1]] == "" {
			t.Errorf("%s has no test case", m[1])
		}
	}
}

// TestRuleTableCoversConstraints makes sure every constrained field of the reference
// reports under a rule ID.
func TestRuleTableCoversConstraints(t *testing.T) {
	rules := fieldRules()
	for _, fi := range Fields() {
		constrained := fi.Enum != nil || fi.ItemEnum != nil || fi.EnumBy != nil || fi.Min != nil || fi.Max != nil ||
			fi.MinItems != nil || fi.MaxItems != nil || fi.MinLength != nil || fi.MaxLength != nil ||
			fi.Pattern != "" || fi.Format != "" || fi.Deprecated || (fi.Required && fi.Location == "body")
		if constrained && rules[fi.Path].rule == "" {
			t.Errorf("%s has constraints but no rule ID in fieldRules", fi.Path)
		}
	}
	for path := range rules {
		if _, ok := Field(path); !ok {
			t.Errorf("fieldRules names %s, which is not in the reference", path)
		}
	}
}
