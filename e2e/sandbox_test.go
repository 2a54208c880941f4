package e2e

import (
	"net/http/httptest"
	"testing"

	credential "github.com/aliyun/credentials-go/credentials"

	"ackpool/api"
	"ackpool/api/sandbox"
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
	h, err := sandbox.NewHandler(sandbox.Options{Speed: speed})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	typ, id, secret := "access_key", h.AccessKeyID(), h.AccessKeySecret()
	cred, err := credential.NewCredential(&credential.Config{Type: &typ, AccessKeyId: &id, AccessKeySecret: &secret})
	if err != nil {
		t.Fatal(err)
	}
	c, err := api.New(api.Options{Endpoint: srv.URL, Region: "cn-hangzhou", Credential: cred, Sandbox: true})
	if err != nil {
		t.Fatal(err)
	}
	return &sandboxEnv{client: c, handler: h, endpoint: srv.URL}
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
