package sandbox

import (
	"strings"
	"testing"
)

func TestClientConfigPointsToolsAtTheSandbox(t *testing.T) {
	aliyun, err := ClientConfig("aliyun", "http://127.0.0.1:8443", "LTAI5tKEY", "SECRET", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"aliyun configure set --profile ackpool-sandbox --mode AK --region cn-hangzhou --access-key-id LTAI5tKEY --access-key-secret SECRET",
		"aliyun cs GET /clusters/CLUSTER_ID/nodepools --endpoint 127.0.0.1:8443 --insecure",
	} {
		if !strings.Contains(aliyun, want) {
			t.Errorf("aliyun settings lack %q:\n%s", want, aliyun)
		}
	}
	tf, err := ClientConfig("terraform", "http://127.0.0.1:8443", "LTAI5tKEY", "SECRET", "cn-beijing")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`access_key             = "LTAI5tKEY"`, `region                 = "cn-beijing"`, `protocol               = "HTTP"`,
		`skip_region_validation = true`, `cs  = "127.0.0.1:8443"`, `vpc = "127.0.0.1:8443"`, `ecs = "127.0.0.1:8443"`} {
		if !strings.Contains(tf, want) {
			t.Errorf("terraform block lacks %q:\n%s", want, tf)
		}
	}
	if _, err := ClientConfig("pulumi", "http://127.0.0.1:8443", "a", "b", ""); err == nil || !strings.Contains(err.Error(), "aliyun, terraform") {
		t.Fatalf("unknown tool: %v", err)
	}
}
