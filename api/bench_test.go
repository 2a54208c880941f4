package api_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

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

// signACS3 signs r by hand with ACS3-HMAC-SHA256, as the OpenAPI core does, so that
// the schemes below are compared on the same HTTP path.
func signACS3(r *http.Request, body []byte, action, version, ak, secret, nonce string) {
	sum := sha256.Sum256(body)
	hash := hex.EncodeToString(sum[:])
	r.Header.Set("x-acs-action", action)
	r.Header.Set("x-acs-version", version)
	r.Header.Set("x-acs-date", time.Now().UTC().Format("2006-01-02T15:04:05Z"))
	r.Header.Set("x-acs-signature-nonce", nonce)
	r.Header.Set("x-acs-content-sha256", hash)
	signed := []string{"host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version"}
	canonical := sandbox.CanonicalRequest(r.Method, r.URL.EscapedPath(), r.URL.Query(), r.Header, r.URL.Host, signed, hash)
	r.Header.Set("Authorization", sandbox.Algorithm+" Credential="+ak+",SignedHeaders="+strings.Join(signed, ";")+
		",Signature="+sandbox.Signature(secret, sandbox.StringToSign(canonical)))
}

// BenchmarkSignedRoundTripPerScheme measures one signed call through the sandbox over
// loopback HTTP for each signature scheme the sandbox verifies: the ROA call
// DescribeTaskInfo signed with ACS3 and with ROA signature 1.0, and the RPC call
// DescribeKeyPairs signed with ACS3 and with RPC signature 1.0 (form body, as the
// Terraform provider sends it). Each includes signing on the client side.
func BenchmarkSignedRoundTripPerScheme(b *testing.B) {
	e := newEnv(b, sandbox.Options{})
	cl, body := e.runningCluster(b, "np-bench-schemes", 3)
	res, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body)
	if err != nil {
		b.Fatal(err)
	}
	ak, secret := e.sandbox.AccessKeyID(), e.sandbox.AccessKeySecret()
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 4}}
	var nonce atomic.Uint64
	schemes := []struct {
		name string
		req  func() *http.Request
	}{
		{"ROA/ACS3", func() *http.Request {
			r, _ := http.NewRequest("GET", e.url+"/tasks/"+res.TaskID, nil)
			signACS3(r, nil, "DescribeTaskInfo", "2015-12-15", ak, secret, fmt.Sprint(nonce.Add(1)))
			return r
		}},
		{"ROA/v1", func() *http.Request {
			r, _ := http.NewRequest("GET", e.url+"/tasks/"+res.TaskID, nil)
			r.Header.Set("x-acs-version", "2015-12-15")
			r.Header.Set("x-acs-signature-nonce", fmt.Sprint(nonce.Add(1)))
			sandbox.SignROA(r, nil, ak, secret, "")
			return r
		}},
		{"RPC/ACS3", func() *http.Request {
			r, _ := http.NewRequest("POST", e.url+"/?RegionId=cn-hangzhou", nil)
			signACS3(r, nil, "DescribeKeyPairs", "2014-05-26", ak, secret, fmt.Sprint(nonce.Add(1)))
			return r
		}},
		{"RPC/v1", func() *http.Request {
			form := "RegionId=cn-hangzhou"
			r, _ := http.NewRequest("POST", e.url+"/?Action=DescribeKeyPairs&Version=2014-05-26&Format=json", strings.NewReader(form))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			sandbox.SignRPC(r, []byte(form), ak, secret, "", fmt.Sprint(nonce.Add(1)), time.Now().UTC().Format("2006-01-02T15:04:05Z"))
			return r
		}},
	}
	for _, s := range schemes {
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				resp, err := hc.Do(s.req())
				if err != nil {
					b.Fatal(err)
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					b.Fatalf("%s: HTTP %d", s.name, resp.StatusCode)
				}
			}
		})
	}
}

// BenchmarkStateFileOverheadPerRead compares a signed DescribeTaskInfo through a
// sandbox that keeps its account in memory with one that keeps it in a state file
// (each read checks whether another process changed the file).
func BenchmarkStateFileOverheadPerRead(b *testing.B) {
	for _, kept := range []string{"memory", "state-file"} {
		b.Run(kept, func(b *testing.B) {
			opts := sandbox.Options{}
			if kept == "state-file" {
				opts.StateFile = b.TempDir() + "/seed-1.json"
			}
			e := newEnv(b, opts)
			cl, body := e.runningCluster(b, "np-bench-state", 3)
			res, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body)
			if err != nil {
				b.Fatal(err)
			}
			ak, secret := e.sandbox.AccessKeyID(), e.sandbox.AccessKeySecret()
			hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 4}}
			var nonce atomic.Uint64
			b.ReportAllocs()
			for b.Loop() {
				r, _ := http.NewRequest("GET", e.url+"/tasks/"+res.TaskID, nil)
				r.Header.Set("x-acs-version", "2015-12-15")
				r.Header.Set("x-acs-signature-nonce", fmt.Sprint(nonce.Add(1)))
				sandbox.SignROA(r, nil, ak, secret, "")
				resp, err := hc.Do(r)
				if err != nil {
					b.Fatal(err)
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					b.Fatalf("HTTP %d", resp.StatusCode)
				}
			}
		})
	}
}

// BenchmarkRealClientRoundTripPerSignature measures DescribeTaskInfo through the real
// client on the official core, in its default ACS3 mode and in its signature 1.0 mode.
func BenchmarkRealClientRoundTripPerSignature(b *testing.B) {
	e := newEnv(b, sandbox.Options{})
	cl, body := e.runningCluster(b, "np-bench-modes", 3)
	res, err := e.client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body)
	if err != nil {
		b.Fatal(err)
	}
	for _, mode := range []struct{ name, algorithm string }{{"ACS3", ""}, {"v1", "v2"}} {
		b.Run(mode.name, func(b *testing.B) {
			cred, err := credential.NewCredential(&credential.Config{Type: ptr("access_key"), AccessKeyId: ptr(e.sandbox.AccessKeyID()), AccessKeySecret: ptr(e.sandbox.AccessKeySecret())})
			if err != nil {
				b.Fatal(err)
			}
			c, err := api.New(api.Options{Endpoint: e.url, Region: "cn-hangzhou", Credential: cred, Sandbox: true, Clock: e.clock, SignatureAlgorithm: mode.algorithm})
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.DescribeTask(ctx, "cn-hangzhou", res.TaskID); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
