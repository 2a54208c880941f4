package api

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	openapi "github.com/alibabacloud-go/darabonba-openapi/v2/client"
	openapiutil "github.com/alibabacloud-go/darabonba-openapi/v2/utils"
	"github.com/alibabacloud-go/tea/dara"
	credential "github.com/aliyun/credentials-go/credentials"
)

// Options configure the real client.
type Options struct {
	// Endpoint sends every product to one address, e.g. "http://127.0.0.1:8443"
	// (the sandbox). A bare host:port means HTTPS. Empty uses the cloud's endpoints.
	Endpoint string
	// Region is the default region shown in Target; every call names its region.
	Region string
	// Credential signs the requests. Required.
	Credential credential.Credential
	// Sandbox marks the target as the loopback sandbox (for headers and prompts).
	Sandbox bool
	// InProcess marks a sandbox that runs inside this process and stops with it.
	InProcess bool
	// Profile names where the credential came from, for display.
	Profile string
	// Clock drives retry backoff; nil means the system clock.
	Clock Clock
	// Retry bounds read retries; the zero value means DefaultRetryPolicy.
	Retry RetryPolicy
	// Timeout bounds one HTTP attempt (default 30s).
	Timeout time.Duration
	// HTTPClient sends the requests; nil builds one with its own connection pool.
	HTTPClient *http.Client
	// SignatureAlgorithm is the OpenAPI core's signing mode: "" for ACS3-HMAC-SHA256,
	// "v2" for signature 1.0 (ROA `acs AK:sig`, RPC signed parameters), as older tools sign.
	SignatureAlgorithm string
}

// SDKClient is the Client implementation on the official OpenAPI core
// (darabonba-openapi CallApi, ACS3-HMAC-SHA256 signatures). Safe for concurrent use.
type SDKClient struct {
	opts     Options
	protocol string // "HTTP" or "HTTPS" when Endpoint overrides; "" otherwise
	host     string // override host:port, "" otherwise
	http     dara.HttpClient

	mu    sync.Mutex
	cores map[string]*openapi.Client // by endpoint host
}

// SDKClient implements Client.
var _ Client = (*SDKClient)(nil)

// New builds the real client. It does not contact the network.
func New(opts Options) (*SDKClient, error) {
	if opts.Credential == nil {
		return nil, &Error{Code: "InvalidCredentials", Message: "no credential configured", Hint: hintFor("InvalidCredentials")}
	}
	if opts.Clock == nil {
		opts.Clock = SystemClock{}
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	c := &SDKClient{opts: opts, cores: map[string]*openapi.Client{}}
	if opts.Endpoint != "" {
		proto, host, err := splitEndpoint(opts.Endpoint)
		if err != nil {
			return nil, err
		}
		c.protocol, c.host = proto, host
	}
	hc := opts.HTTPClient
	if hc == nil {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost = 16
		hc = &http.Client{Transport: tr, Timeout: opts.Timeout}
	}
	c.http = stdHTTP{hc}
	return c, nil
}

// splitEndpoint turns "http://127.0.0.1:8443", "https://x" or "host:port" into the
// protocol and host the core wants.
func splitEndpoint(ep string) (protocol, host string, err error) {
	if !strings.Contains(ep, "://") {
		return "HTTPS", strings.TrimSuffix(ep, "/"), nil
	}
	u, err := url.Parse(ep)
	if err != nil || u.Host == "" {
		return "", "", fmt.Errorf("endpoint %q: want http://HOST:PORT or https://HOST (check --endpoint / ACKPOOL_ENDPOINT)", ep)
	}
	switch strings.ToLower(u.Scheme) {
	case "http":
		return "HTTP", u.Host, nil
	case "https":
		return "HTTPS", u.Host, nil
	}
	return "", "", fmt.Errorf("endpoint %q: scheme must be http or https (check --endpoint / ACKPOOL_ENDPOINT)", ep)
}

// stdHTTP adapts *http.Client to the core's HttpClient, ignoring the per-call
// transport the core builds so that connections are reused.
type stdHTTP struct{ c *http.Client }

// Call sends req. A GET without a body would be replayed by net/http on its own when
// a kept-alive connection breaks, with the same signature nonce, which the gateway
// rejects as SignatureNonceUsed; an explicit empty body makes the request
// non-replayable so that retries go through retry() and are signed afresh.
func (s stdHTTP) Call(req *http.Request, _ *http.Transport) (*http.Response, error) {
	if req.Body == nil || req.Body == http.NoBody {
		req.Body = io.NopCloser(strings.NewReader(""))
		req.GetBody = nil
	}
	return s.c.Do(req)
}

// Target describes where requests go.
func (c *SDKClient) Target() Target {
	return Target{Sandbox: c.opts.Sandbox, InProcess: c.opts.InProcess, Endpoint: c.opts.Endpoint, Profile: c.opts.Profile, Region: c.opts.Region}
}

// core returns the OpenAPI client for a product's endpoint in a region.
func (c *SDKClient) core(p Product, region string) (*openapi.Client, error) {
	host, proto := c.host, c.protocol
	if host == "" {
		host, proto = Endpoint(p, region), "HTTPS"
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if cl, ok := c.cores[host]; ok {
		return cl, nil
	}
	cfg := &openapiutil.Config{
		Endpoint:   dara.String(host),
		Protocol:   dara.String(proto),
		RegionId:   dara.String(region),
		Credential: c.opts.Credential,
		UserAgent:  dara.String("ackpool"),
		HttpClient: c.http,
	}
	if c.opts.SignatureAlgorithm != "" {
		cfg.SignatureAlgorithm = dara.String(c.opts.SignatureAlgorithm)
	}
	cl, err := openapi.NewClient(cfg)
	if err != nil {
		return nil, err
	}
	c.cores[host] = cl
	return cl, nil
}

// request is one API call: the Params of related-apis.md plus its inputs.
type request struct {
	product  Product
	region   string
	action   string
	version  string
	style    string // ROA or RPC
	method   string
	path     string
	query    map[string]string
	body     any
	bodyType string // json (object) or array
}

// roa builds a CS request.
func roa(region, action, method, path string) request {
	return request{product: ProductCS, region: region, action: action, version: "2015-12-15",
		style: "ROA", method: method, path: path, bodyType: "json"}
}

// rpc builds an RPC request for ECS, VPC or ResourceManager.
func rpc(p Product, region, action string, query map[string]string) request {
	versions := map[Product]string{ProductECS: "2014-05-26", ProductVPC: "2016-04-28", ProductResourceManager: "2020-03-31"}
	return request{product: p, region: region, action: action, version: versions[p],
		style: "RPC", method: "POST", path: "/", query: query, bodyType: "json"}
}

// send performs one attempt of r and decodes the response body into out.
func (c *SDKClient) send(ctx context.Context, r request, out any) error {
	cl, err := c.core(r.product, r.region)
	if err != nil {
		return toError(r.action, err)
	}
	// Resolve the credential first so that a broken chain is reported as a
	// credentials problem, not as a network failure (the core does not tell them apart).
	if _, err := c.opts.Credential.GetCredential(); err != nil {
		return &Error{Action: r.action, Code: "InvalidCredentials", Message: "no usable credentials: " + err.Error(),
			Hint: hintFor("InvalidCredentials")}
	}
	reqBodyType := "json"
	if r.style == "RPC" {
		reqBodyType = "formData"
	}
	params := &openapiutil.Params{
		Action:      dara.String(r.action),
		Version:     dara.String(r.version),
		Protocol:    dara.String("HTTPS"),
		Pathname:    dara.String(r.path),
		Method:      dara.String(r.method),
		AuthType:    dara.String("AK"),
		Style:       dara.String(r.style),
		ReqBodyType: dara.String(reqBodyType),
		BodyType:    dara.String(r.bodyType),
	}
	req := &openapiutil.OpenApiRequest{}
	if len(r.query) > 0 {
		req.Query = make(map[string]*string, len(r.query))
		for k, v := range r.query {
			req.Query[k] = dara.String(v)
		}
	}
	if r.body != nil {
		req.Body = r.body
	}
	resp, err := cl.CallApiWithCtx(ctx, params, req, &dara.RuntimeOptions{})
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return toError(r.action, err)
	}
	if out == nil {
		return nil
	}
	raw, err := json.Marshal(resp["body"])
	if err != nil {
		return &Error{Action: r.action, Message: "cannot re-encode the response: " + err.Error()}
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return &Error{Action: r.action, Message: "unexpected response shape: " + err.Error(),
			Hint: "the endpoint answered something that is not this API's response; check --endpoint"}
	}
	return nil
}

// read performs r with the retry policy for reads.
func (c *SDKClient) read(ctx context.Context, r request, out any) error {
	return retry(ctx, c.opts.Retry, c.opts.Clock, func() error { return c.send(ctx, r, out) })
}
