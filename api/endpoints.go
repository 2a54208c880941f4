package api

import "fmt"

// Product is an Alibaba Cloud service ackpool calls.
type Product string

// The products ackpool talks to.
const (
	ProductCS              Product = "cs"
	ProductECS             Product = "ecs"
	ProductVPC             Product = "vpc"
	ProductResourceManager Product = "resourcemanager"
)

// centralEndpoints lists, per product, the regions the generated SDKs route to the
// product's central endpoint instead of the regional one.
var centralEndpoints = map[Product]map[string]bool{
	ProductCS: setOf("cn-wuhan", "cn-zhangbei", "cn-fujian", "eu-west-1-oxs", "rus-west-1-pop",
		"cn-hangzhou-finance", "cn-shanghai-finance-1", "cn-shenzhen-finance-1", "cn-north-2-gov-1",
		"cn-hangzhou-internal-prod-1", "cn-hangzhou-internal-test-1", "cn-hangzhou-internal-test-2",
		"cn-hangzhou-internal-test-3", "cn-hangzhou-test-306", "cn-shanghai-et15-b01", "cn-shanghai-et2-b01",
		"cn-shanghai-inner", "cn-shanghai-internal-test-1", "cn-shenzhen-inner", "cn-shenzhen-st4-d01",
		"cn-shenzhen-su18-b01", "cn-qingdao-nebula", "cn-beijing-finance-pop", "cn-beijing-gov-1",
		"cn-beijing-nu16-b01", "cn-edge-1", "cn-yushanfang", "cn-chengdu-inner"),
	ProductECS: setOf("cn-wuhan", "cn-zhangbei", "cn-hangzhou-finance", "cn-north-2-gov-1",
		"cn-beijing-finance-pop", "cn-beijing-gov-1", "cn-beijing-nu16-b01", "cn-edge-1", "cn-fujian",
		"cn-haidian-cm12-c01", "cn-hangzhou-bj-b01", "cn-hangzhou-internal-prod-1",
		"cn-hangzhou-internal-test-1", "cn-hangzhou-internal-test-2", "cn-hangzhou-internal-test-3",
		"cn-hangzhou-test-306", "cn-hongkong-finance-pop", "cn-qingdao-nebula", "cn-shanghai-et15-b01",
		"cn-shanghai-et2-b01", "cn-shanghai-inner", "cn-shanghai-internal-test-1", "cn-shenzhen-inner",
		"cn-shenzhen-st4-d01", "cn-shenzhen-su18-b01", "cn-wuhan", "cn-yushanfang", "cn-zhengzhou-nebula-1",
		"rus-west-1-pop", "cn-shanghai-finance-1", "cn-shenzhen-finance-1"),
	ProductVPC: setOf("cn-hangzhou", "cn-wuhan", "cn-zhangbei", "cn-fujian", "cn-hangzhou-finance",
		"cn-north-2-gov-1", "cn-beijing-finance-pop", "cn-beijing-gov-1", "cn-beijing-nu16-b01",
		"cn-edge-1", "cn-haidian-cm12-c01", "cn-hangzhou-bj-b01", "cn-hangzhou-internal-prod-1",
		"cn-hangzhou-internal-test-1", "cn-hangzhou-internal-test-2", "cn-hangzhou-internal-test-3",
		"cn-hangzhou-test-306", "cn-hongkong-finance-pop", "cn-qingdao-nebula", "cn-shanghai-et15-b01",
		"cn-shanghai-et2-b01", "cn-shanghai-inner", "cn-shanghai-internal-test-1", "cn-shenzhen-inner",
		"cn-shenzhen-st4-d01", "cn-shenzhen-su18-b01", "cn-yushanfang", "cn-zhengzhou-nebula-1",
		"rus-west-1-pop", "cn-shanghai-finance-1", "cn-shenzhen-finance-1"),
}

// specialEndpoints are map entries that are neither the regional rule nor the central endpoint.
var specialEndpoints = map[Product]map[string]string{
	ProductECS: {"cn-hangzhou": "ecs-cn-hangzhou.aliyuncs.com"},
}

func setOf(items ...string) map[string]bool {
	m := make(map[string]bool, len(items))
	for _, s := range items {
		m[s] = true
	}
	return m
}

// Endpoint returns the public endpoint host of a product in a region, as the
// official SDKs resolve it: the product's endpoint map first, then the rule
// "<product>.<region>.aliyuncs.com". ResourceManager is global.
func Endpoint(p Product, region string) string {
	if p == ProductResourceManager {
		return "resourcemanager.aliyuncs.com"
	}
	if host, ok := specialEndpoints[p][region]; ok {
		return host
	}
	if centralEndpoints[p][region] {
		return fmt.Sprintf("%s.aliyuncs.com", p)
	}
	return fmt.Sprintf("%s.%s.aliyuncs.com", p, region)
}
