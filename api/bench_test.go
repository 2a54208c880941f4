package api_test

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"ackpool/api"
	"ackpool/api/sandbox"

	credential "github.com/aliyun/credentials-go/credentials"
)

// BenchmarkSignedDescribeTaskRoundTrip measures a signed DescribeTaskInfo through the
// real client and the sandbox over loopback HTTP (signature verified on every call).
func BenchmarkSignedDescribeTaskRoundTrip(b *testing.B) {
	e := newEnv(b, sandbox.Options{})
	cl, body := e.runningCluster(b, "np-bench", 3)
	res, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := e.client.DescribeTask(ctx, "cn-hangzhou", res.TaskID); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
}

// cannedTransport answers every request with the same DescribeTaskInfo body without
// any network, so the benchmark below measures only the client's own work.
type cannedTransport struct{ body string }

func (c cannedTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Body != nil {
		_, _ = io.Copy(io.Discard, r.Body)
		r.Body.Close()
	}
	return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(strings.NewReader(c.body)), Request: r}, nil
}

const cannedTask = `{"task_id":"T-0123456789abcdef01234567","cluster_id":"c0123","task_type":"nodepool_create","state":"running",` +
	`"current_stage":"ScaleOutInstances","target":{"id":"np1","type":"nodepool"},` +
	`"stages":[{"state":"success","start_time":"2026-01-01 00:00:00","end_time":"2026-01-01 00:00:05","message":"checking"},` +
	`{"state":"running","start_time":"2026-01-01 00:00:05","end_time":"","message":"creating ECS instances"}],` +
	`"events":[{"action":"start","level":"Normal","reason":"PreCheckStart","source":"ACK","message":"checking","timestamp":"1767225600000"}],` +
	`"task_result":[{"data":"i-1","status":"initial"}],"request_id":"R"}`

// BenchmarkClientOverheadPerCall measures signing, the OpenAPI core and decoding for
// one DescribeTaskInfo, with the HTTP round trip replaced by a canned answer.
func BenchmarkClientOverheadPerCall(b *testing.B) {
	cred, err := credential.NewCredential(&credential.Config{Type: ptr("access_key"), AccessKeyId: ptr("LTAI5tBENCH"), AccessKeySecret: ptr("secret")})
	if err != nil {
		b.Fatal(err)
	}
	c, err := api.New(api.Options{Endpoint: "http://127.0.0.1:1", Credential: cred,
		HTTPClient: &http.Client{Transport: cannedTransport{body: cannedTask}}})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		t, err := c.DescribeTask(ctx, "cn-hangzhou", "T-0123456789abcdef01234567")
		if err != nil || t.CurrentStage != "ScaleOutInstances" {
			b.Fatal(err)
		}
	}
}
