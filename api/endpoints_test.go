package api

import "testing"

func TestEndpointPerProductAndRegion(t *testing.T) {
	cases := map[string]struct {
		product Product
		region  string
		want    string
	}{
		"cs hangzhou":          {ProductCS, "cn-hangzhou", "cs.cn-hangzhou.aliyuncs.com"},
		"cs beijing":           {ProductCS, "cn-beijing", "cs.cn-beijing.aliyuncs.com"},
		"cs singapore":         {ProductCS, "ap-southeast-1", "cs.ap-southeast-1.aliyuncs.com"},
		"cs wuhan central":     {ProductCS, "cn-wuhan", "cs.aliyuncs.com"},
		"cs zhangbei central":  {ProductCS, "cn-zhangbei", "cs.aliyuncs.com"},
		"cs rule for others":   {ProductCS, "me-central-1", "cs.me-central-1.aliyuncs.com"},
		"ecs hangzhou special": {ProductECS, "cn-hangzhou", "ecs-cn-hangzhou.aliyuncs.com"},
		"ecs beijing":          {ProductECS, "cn-beijing", "ecs.cn-beijing.aliyuncs.com"},
		"ecs wuhan central":    {ProductECS, "cn-wuhan", "ecs.aliyuncs.com"},
		"ecs finance central":  {ProductECS, "cn-hangzhou-finance", "ecs.aliyuncs.com"},
		"ecs gov central":      {ProductECS, "cn-north-2-gov-1", "ecs.aliyuncs.com"},
		"vpc hangzhou central": {ProductVPC, "cn-hangzhou", "vpc.aliyuncs.com"},
		"vpc wuhan central":    {ProductVPC, "cn-wuhan", "vpc.aliyuncs.com"},
		"vpc fujian central":   {ProductVPC, "cn-fujian", "vpc.aliyuncs.com"},
		"vpc shanghai":         {ProductVPC, "cn-shanghai", "vpc.cn-shanghai.aliyuncs.com"},
		"vpc frankfurt":        {ProductVPC, "eu-central-1", "vpc.eu-central-1.aliyuncs.com"},
		"resource manager":     {ProductResourceManager, "cn-beijing", "resourcemanager.aliyuncs.com"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if got := Endpoint(tc.product, tc.region); got != tc.want {
				t.Fatalf("Endpoint(%s, %s) = %s, want %s", tc.product, tc.region, got, tc.want)
			}
		})
	}
}

func TestSplitEndpoint(t *testing.T) {
	cases := map[string]struct{ in, proto, host string }{
		"sandbox url": {"http://127.0.0.1:8443", "HTTP", "127.0.0.1:8443"},
		"https url":   {"https://cs.example.com", "HTTPS", "cs.example.com"},
		"bare host":   {"127.0.0.1:8443", "HTTPS", "127.0.0.1:8443"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			p, h, err := splitEndpoint(tc.in)
			if err != nil || p != tc.proto || h != tc.host {
				t.Fatalf("got %s %s %v", p, h, err)
			}
		})
	}
	if _, _, err := splitEndpoint("ftp://x"); err == nil {
		t.Fatal("ftp scheme accepted")
	}
}
