'use strict';
// Drives the official TypeScript SDKs (@alicloud/cs20151215, @alicloud/vpc20160428,
// @alicloud/ecs20140526) against a running sandbox, once with the default signature
// (ACS3-HMAC-SHA256) and once with signatureAlgorithm "v2" (ROA `acs AK:sig` and
// RPC signature 1.0). The Go test sandbox_nodesdk_test.go runs it; it prints one JSON
// line per step and exits non-zero on the first failure.
const CS = require('@alicloud/cs20151215');
const VPC = require('@alicloud/vpc20160428');
const ECS = require('@alicloud/ecs20140526');
const { $OpenApiUtil } = require('@alicloud/openapi-core');

const env = process.env;

function config(algorithm) {
  const c = new $OpenApiUtil.Config({
    accessKeyId: env.SANDBOX_AK, accessKeySecret: env.SANDBOX_SECRET,
    endpoint: env.SANDBOX_HOST, protocol: 'HTTP', regionId: 'cn-hangzhou',
  });
  if (algorithm) c.signatureAlgorithm = algorithm;
  return c;
}

function report(mode, step, detail) {
  process.stdout.write(JSON.stringify({ mode, step, ...detail }) + '\n');
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function run(mode, algorithm) {
  const cs = new CS.default(config(algorithm));
  const vpc = new VPC.default(config(algorithm));
  const ecs = new ECS.default(config(algorithm));

  const one = await vpc.describeVSwitches(new VPC.DescribeVSwitchesRequest({ regionId: 'cn-hangzhou', vSwitchId: env.SANDBOX_VSWITCH }));
  const vpcId = one.body.vSwitches.vSwitch[0].vpcId;
  const vs = await vpc.describeVSwitches(new VPC.DescribeVSwitchesRequest({ regionId: 'cn-hangzhou', vpcId, pageSize: 50 }));
  report(mode, 'DescribeVSwitches', { vpc_id: vpcId, count: vs.body.totalCount });
  const zones = await ecs.describeZones(new ECS.DescribeZonesRequest({ regionId: 'cn-hangzhou' }));
  report(mode, 'DescribeZones', { count: zones.body.zones.zone.length });

  const name = 'np-sdk-' + mode;
  const created = await cs.createClusterNodePool(env.SANDBOX_CLUSTER, new CS.CreateClusterNodePoolRequest({
    nodepoolInfo: new CS.CreateClusterNodePoolRequestNodepoolInfo({ name }),
    scalingGroup: new CS.CreateClusterNodePoolRequestScalingGroup({
      vswitchIds: [env.SANDBOX_VSWITCH], instanceTypes: [env.SANDBOX_TYPE], instanceChargeType: 'PostPaid',
      desiredSize: 1, systemDiskCategory: 'cloud_essd', systemDiskSize: 120,
    }),
  }));
  const np = created.body.nodepoolId;
  report(mode, 'CreateClusterNodePool', { nodepool_id: np, task_id: created.body.taskId });

  const waitTask = async (taskId) => {
    for (let i = 0; i < 200; i++) {
      const t = await cs.describeTaskInfo(taskId);
      if (t.body.state === 'success') return t.body;
      if (t.body.state === 'fail' || t.body.state === 'failed') throw new Error('task ' + taskId + ' failed');
      await sleep(100);
    }
    throw new Error('task ' + taskId + ' did not end');
  };
  const states = new Set();
  const tracked = (async () => {
    for (;;) {
      const d = await cs.describeClusterNodePoolDetail(env.SANDBOX_CLUSTER, np);
      states.add(d.body.status.state);
      if (d.body.status.state === 'active' || d.body.status.state === 'failed') return d.body;
      await sleep(50);
    }
  })();
  await waitTask(created.body.taskId);
  const detail = await tracked;
  report(mode, 'DescribeClusterNodePoolDetail', {
    states: [...states], security_group_id: detail.scalingGroup.securityGroupId, image_id: detail.scalingGroup.imageId,
    runtime_version: detail.kubernetesConfig.runtimeVersion, healthy_nodes: detail.status.healthyNodes,
  });

  const modified = await cs.modifyClusterNodePool(env.SANDBOX_CLUSTER, np, new CS.ModifyClusterNodePoolRequest({
    scalingGroup: new CS.ModifyClusterNodePoolRequestScalingGroup({ desiredSize: 2 }),
  }));
  await waitTask(modified.body.taskId);
  const after = await cs.describeClusterNodePoolDetail(env.SANDBOX_CLUSTER, np);
  report(mode, 'ModifyClusterNodePool', { healthy_nodes: after.body.status.healthyNodes, desired_size: after.body.scalingGroup.desiredSize });

  const pools = await cs.describeClusterNodePools(env.SANDBOX_CLUSTER, new CS.DescribeClusterNodePoolsRequest({ nodepoolName: name }));
  report(mode, 'DescribeClusterNodePools', { count: pools.body.nodepools.length });

  const del = await cs.deleteClusterNodepool(env.SANDBOX_CLUSTER, np, new CS.DeleteClusterNodepoolRequest({ force: true }));
  await waitTask(del.body.taskId);
  let gone = '';
  try {
    await cs.describeClusterNodePoolDetail(env.SANDBOX_CLUSTER, np);
  } catch (e) {
    gone = e.code;
  }
  report(mode, 'DeleteClusterNodepool', { after: gone });

  try {
    await cs.createClusterNodePool(env.SANDBOX_CLUSTER, new CS.CreateClusterNodePoolRequest({
      nodepoolInfo: new CS.CreateClusterNodePoolRequestNodepoolInfo({ name: 'default-nodepool' }),
      scalingGroup: new CS.CreateClusterNodePoolRequestScalingGroup({
        vswitchIds: [env.SANDBOX_VSWITCH], instanceTypes: [env.SANDBOX_TYPE], instanceChargeType: 'PostPaid', desiredSize: 1,
      }),
    }));
    report(mode, 'DuplicateName', { code: '' });
  } catch (e) {
    report(mode, 'DuplicateName', { code: e.code, message: e.data && e.data.Message });
  }
}

(async () => {
  for (const [mode, algorithm] of [['acs3', ''], ['v2', 'v2']]) {
    await run(mode, algorithm);
  }
})().catch((e) => {
  process.stdout.write(JSON.stringify({ error: String(e && e.message || e), code: e && e.code, data: e && e.data }) + '\n');
  process.exit(1);
});
