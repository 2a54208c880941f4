package sandbox

import (
	"fmt"
	"net/url"
	"strings"
)

// ClientConfigKinds are the outside tools ClientConfig writes settings for.
var ClientConfigKinds = []string{"aliyun", "terraform"}

// SandboxProfile is the aliyun CLI profile name the printed settings create.
const SandboxProfile = "ackpool-sandbox"

// ClientConfig renders copy-pasteable settings that point an outside tool at a
// running sandbox: for "aliyun", the `aliyun configure set` line of a profile made
// from the sandbox's keys and the flags every call needs; for "terraform", the
// provider "alicloud" block. endpoint is the sandbox's base URL.
func ClientConfig(kind, endpoint, accessKeyID, secret, region string) (string, error) {
	u, err := url.Parse(endpoint)
	if err != nil || u.Host == "" {
		return "", fmt.Errorf("sandbox endpoint %q is not a URL such as http://127.0.0.1:8443", endpoint)
	}
	if region == "" {
		region = "cn-hangzhou"
	}
	hostPort := u.Host
	switch kind {
	case "aliyun":
		return aliyunConfig(hostPort, accessKeyID, secret, region), nil
	case "terraform":
		return terraformConfig(hostPort, accessKeyID, secret, region), nil
	}
	return "", fmt.Errorf("--print-config %q: choose one of %s", kind, strings.Join(ClientConfigKinds, ", "))
}

func aliyunConfig(hostPort, ak, secret, region string) string {
	flags := fmt.Sprintf("--endpoint %s --insecure", hostPort)
	return fmt.Sprintf(`# a profile made from the sandbox's keys (run once per sandbox start); configure set
# also makes it the current profile. Do not pass --profile to the calls: the CLI
# also sends it as the profile filter of APIs that have one (DescribeClustersV1),
# which then lists nothing. Back from another profile: aliyun configure switch --profile %s
aliyun configure set --profile %s --mode AK --region %s --access-key-id %s --access-key-secret %s

# every call to the sandbox adds these flags (plain HTTP to the loopback port)
#   %s
aliyun cs GET /api/v1/clusters %s
aliyun cs GET /clusters/CLUSTER_ID/nodepools %s
aliyun vpc DescribeVSwitches --RegionId %s %s
`, SandboxProfile, SandboxProfile, region, ak, secret, flags, flags, flags, region, flags)
}

func terraformConfig(hostPort, ak, secret, region string) string {
	return fmt.Sprintf(`provider "alicloud" {
  access_key             = %q
  secret_key             = %q
  region                 = %q
  protocol               = "HTTP"
  skip_region_validation = true
  account_type           = "Domestic"

  endpoints {
    cs  = %q
    vpc = %q
    ecs = %q
  }
}
`, ak, secret, region, hostPort, hostPort, hostPort)
}
