package e2e

import (
	"testing"

	"ackpool/api"
	"ackpool/api/sandbox"
	"ackpool/api/sandbox/sandboxtest"
	"ackpool/forms"
	"ackpool/model"
	"ackpool/ui"
)

// sandboxEnv is the sandbox on a loopback httptest server and the real client.
type sandboxEnv struct {
	client   *api.SDKClient
	handler  *sandbox.Handler
	endpoint string
}

// newSandbox starts a sandbox whose tasks run speed times faster than real time.
func newSandbox(t testing.TB, speed float64) *sandboxEnv {
	t.Helper()
	c, h, url := sandboxtest.Start(t, sandbox.Options{Speed: speed})
	return &sandboxEnv{client: c, handler: h, endpoint: url}
}

// validBody picks a running cluster and builds a request the sandbox accepts.
func (e *sandboxEnv) validBody(t testing.TB, name string) (*forms.Target, *model.NodePool) {
	t.Helper()
	cat := ui.NewCatalog(e.client)
	clusters, err := cat.Clusters("cn-hangzhou")
	if err != nil || len(clusters) == 0 {
		t.Fatalf("no running cluster: %v", err)
	}
	target := &forms.Target{Region: "cn-hangzhou", ClusterID: clusters[0].Value}
	vsws, err := cat.VSwitches(*target)
	if err != nil || len(vsws) == 0 {
		t.Fatalf("no vswitch: %v", err)
	}
	types, err := cat.InstanceTypes(*target, []string{vsws[0].Value}, "PostPaid", "")
	if err != nil || len(types) == 0 {
		t.Fatalf("no instance type: %v", err)
	}
	str := func(s string) *string { return &s }
	n, disk := int64(2), int64(120)
	return target, &model.NodePool{
		NodepoolInfo: &model.NodepoolInfo{Name: str(name)},
		ScalingGroup: &model.ScalingGroup{
			VSwitchIDs:         []string{vsws[0].Value},
			InstanceTypes:      []string{types[0].Value},
			DesiredSize:        &n,
			InstanceChargeType: str("PostPaid"),
			SystemDiskCategory: str("cloud_essd"),
			SystemDiskSize:     &disk,
			LoginPassword:      str("Sandbox-Passw0rd!"),
		},
	}
}
