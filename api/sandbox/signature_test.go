package sandbox

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"testing"
	"time"

	openapiutil "github.com/alibabacloud-go/darabonba-openapi/v2/utils"
	"github.com/alibabacloud-go/tea/dara"
)

const (
	exampleAK     = "LTAI5tEXAMPLEAKID"
	exampleSecret = "EXAMPLEsecretKEY0123456789abcdef"
	exampleDate   = "2025-01-01T00:00:00Z"
	exampleNonce  = "3f2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d"
)

// workedExample is one of the signature examples of the wire protocol reference.
type workedExample struct {
	method, path, rawQuery, host string
	body                         string
	headers                      map[string]string // x-acs-* and content-type besides the common ones
	canonical                    string            // full canonical request, when the reference prints it
	canonicalQuery               string
	stringToSignHash, signature  string
}

var workedExamples = map[string]workedExample{
	"A CreateClusterNodePool": {
		method: "POST", path: "/clusters/c0123456789abcdef0123456789abcdef/nodepools", host: "cs.cn-hangzhou.aliyuncs.com",
		body:    `{"nodepool_info":{"name":"np-demo"},"scaling_group":{"instance_charge_type":"PostPaid","instance_types":["ecs.g7.xlarge"],"vswitch_ids":["vsw-demo0001"]}}`,
		headers: map[string]string{"content-type": "application/json; charset=utf-8", "x-acs-action": "CreateClusterNodePool", "x-acs-version": "2015-12-15"},
		canonical: "POST\n/clusters/c0123456789abcdef0123456789abcdef/nodepools\n\n" +
			"content-type:application/json; charset=utf-8\nhost:cs.cn-hangzhou.aliyuncs.com\nx-acs-action:CreateClusterNodePool\n" +
			"x-acs-content-sha256:7c67bbaedb3f4d179257ac3e881728a170e8180004a83b477f2848b3d004ab4c\nx-acs-date:2025-01-01T00:00:00Z\n" +
			"x-acs-signature-nonce:3f2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d\nx-acs-version:2015-12-15\n\n" +
			"content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n" +
			"7c67bbaedb3f4d179257ac3e881728a170e8180004a83b477f2848b3d004ab4c",
		stringToSignHash: "562cf5fcb96d7325c868d53b5460ee60af3369c2aa19742b6c54dd47e02388ed",
		signature:        "22f4182ce7fb7b06f6dd3b5b530b8d61e36d765a06accf28cf5600d0717bf2f3",
	},
	"A' CreateClusterNodePool to a sandbox": {
		method: "POST", path: "/clusters/c0123456789abcdef0123456789abcdef/nodepools", host: "127.0.0.1:8443",
		body: `{"nodepool_info":{"name":"np-demo"},"scaling_group":{"instance_charge_type":"PostPaid","instance_types":["ecs.g7.xlarge"],"vswitch_ids":["vsw-demo0001"]}}`,
		headers: map[string]string{"content-type": "application/json; charset=utf-8", "x-acs-action": "CreateClusterNodePool", "x-acs-version": "2015-12-15",
			"x-acs-credentials-provider": "static_ak"},
		stringToSignHash: "ef6d7399bb0e4385a924e25c4f1c8a344576790577a41f9b5ed76e53b55bf58f",
		signature:        "18ae1433cf2cb13b63406e07ba1a07f878d43e261240384af528d691fa514b2a",
	},
	"B DescribeTaskInfo": {
		method: "GET", path: "/tasks/T-0123456789abcdef01234567", host: "cs.cn-hangzhou.aliyuncs.com",
		headers: map[string]string{"x-acs-action": "DescribeTaskInfo", "x-acs-version": "2015-12-15"},
		canonical: "GET\n/tasks/T-0123456789abcdef01234567\n\nhost:cs.cn-hangzhou.aliyuncs.com\nx-acs-action:DescribeTaskInfo\n" +
			"x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\nx-acs-date:2025-01-01T00:00:00Z\n" +
			"x-acs-signature-nonce:3f2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d\nx-acs-version:2015-12-15\n\n" +
			"host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n" + EmptyPayloadHash,
		stringToSignHash: "c014c995db30bc6631b95ee7a642f00ac95cffdac00586cace3d30b5d5894bc3",
		signature:        "23957c42279711c968d0839c9c4c24d6277b9d6f87664bc3d77db69602a7d70c",
	},
	"C DescribeClusterNodePools with a query": {
		method: "GET", path: "/clusters/c0123456789abcdef0123456789abcdef/nodepools", rawQuery: "NodepoolName=np+demo%2A", host: "cs.cn-hangzhou.aliyuncs.com",
		headers:          map[string]string{"x-acs-action": "DescribeClusterNodePools", "x-acs-version": "2015-12-15"},
		canonicalQuery:   "NodepoolName=np%20demo%2A",
		stringToSignHash: "96cabcc7c622c1b2f6be56d3d3d8e438175b218b5ec91b912e5fd400718ff5ee",
		signature:        "757eba6ee30a213798f565349d70105ef5afbbbeedba4dc617d12be4364daed4",
	},
	"D RPC DescribeVSwitches": {
		method: "POST", path: "/", rawQuery: "PageSize=50&RegionId=cn-hangzhou&VpcId=vpc-demo0001", host: "vpc.aliyuncs.com",
		headers: map[string]string{"x-acs-action": "DescribeVSwitches", "x-acs-version": "2016-04-28"},
		canonical: "POST\n/\nPageSize=50&RegionId=cn-hangzhou&VpcId=vpc-demo0001\nhost:vpc.aliyuncs.com\nx-acs-action:DescribeVSwitches\n" +
			"x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\nx-acs-date:2025-01-01T00:00:00Z\n" +
			"x-acs-signature-nonce:3f2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d\nx-acs-version:2016-04-28\n\n" +
			"host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n" + EmptyPayloadHash,
		canonicalQuery:   "PageSize=50&RegionId=cn-hangzhou&VpcId=vpc-demo0001",
		stringToSignHash: "1e89f51c1e6d23d198f5845f5d1dd7737b8b09cfaaa3d8b684a3128a337865a4",
		signature:        "cbda9599e368d1e9a6251cbf3aa20c0953525538334a7d80d38344402acca4a7",
	},
}

// allHeaders is the example's headers plus the common signed ones.
func (ex workedExample) allHeaders() map[string]string {
	sum := sha256.Sum256([]byte(ex.body))
	h := map[string]string{"x-acs-date": exampleDate, "x-acs-signature-nonce": exampleNonce, "x-acs-content-sha256": hex.EncodeToString(sum[:])}
	for k, v := range ex.headers {
		h[k] = v
	}
	return h
}

func (ex workedExample) signedNames() []string {
	names := []string{"host"}
	for k := range ex.allHeaders() {
		names = append(names, k)
	}
	return names
}

// httpRequest is the example as a server receives it.
func (ex workedExample) httpRequest(authorization string) *http.Request {
	target := ex.path
	if ex.rawQuery != "" {
		target += "?" + ex.rawQuery
	}
	r := httptest.NewRequest(ex.method, target, strings.NewReader(ex.body))
	r.Host = ex.host
	for k, v := range ex.allHeaders() {
		r.Header.Set(k, v)
	}
	r.Header.Set("Authorization", authorization)
	return r
}

func (ex workedExample) authorization() string {
	names := ex.signedNames()
	sort.Strings(names)
	return Algorithm + " Credential=" + exampleAK + ",SignedHeaders=" + strings.Join(names, ";") + ",Signature=" + ex.signature
}

func TestCanonicalisationReproducesTheWorkedExamples(t *testing.T) {
	for name, ex := range workedExamples {
		t.Run(name, func(t *testing.T) {
			r := ex.httpRequest("")
			canonical := CanonicalRequest(r.Method, r.URL.EscapedPath(), r.URL.Query(), r.Header, r.Host, ex.signedNames(), ex.allHeaders()["x-acs-content-sha256"])
			if ex.canonical != "" && canonical != ex.canonical {
				t.Fatalf("canonical request:\n%s\nwant:\n%s", canonical, ex.canonical)
			}
			if ex.canonicalQuery != "" && strings.Split(canonical, "\n")[2] != ex.canonicalQuery {
				t.Fatalf("canonical query %q, want %q", strings.Split(canonical, "\n")[2], ex.canonicalQuery)
			}
			sts := StringToSign(canonical)
			if sts != Algorithm+"\n"+ex.stringToSignHash {
				t.Fatalf("string to sign %q, want hash %s", sts, ex.stringToSignHash)
			}
			if got := Signature(exampleSecret, sts); got != ex.signature {
				t.Fatalf("signature %s, want %s", got, ex.signature)
			}
		})
	}
}

// The signer side: the OpenAPI core's own GetAuthorization must produce the same
// Authorization header for the same inputs.
func TestOpenAPICoreSignsTheWorkedExamplesIdentically(t *testing.T) {
	for name, ex := range workedExamples {
		t.Run(name, func(t *testing.T) {
			req := dara.NewRequest()
			req.Method = dara.String(ex.method)
			req.Pathname = dara.String(ex.path)
			q, _ := url.ParseQuery(ex.rawQuery)
			for k := range q {
				req.Query[k] = dara.String(q.Get(k))
			}
			req.Headers["host"] = dara.String(ex.host)
			for k, v := range ex.allHeaders() {
				req.Headers[k] = dara.String(v)
			}
			req.Headers["accept"] = dara.String("application/json") // not signed
			payload := ex.allHeaders()["x-acs-content-sha256"]
			got := dara.StringValue(openapiutil.GetAuthorization(req, dara.String(Algorithm), dara.String(payload), dara.String(exampleAK), dara.String(exampleSecret)))
			if got != ex.authorization() {
				t.Fatalf("core Authorization:\n%s\nwant:\n%s", got, ex.authorization())
			}
		})
	}
}

func exampleVerifier() *verifier {
	now, _ := time.Parse(time.RFC3339, exampleDate)
	return &verifier{keys: map[string]credential{exampleAK: {secret: exampleSecret}}, now: func() time.Time { return now.Add(time.Minute) }}
}

func TestVerifierAcceptsTheWorkedExamples(t *testing.T) {
	for name, ex := range workedExamples {
		t.Run(name, func(t *testing.T) {
			if err := exampleVerifier().verify(ex.httpRequest(ex.authorization()), []byte(ex.body)); err != nil {
				t.Fatalf("verify: %v", err)
			}
		})
	}
}

func TestVerifierRejectsLikeTheGateway(t *testing.T) {
	ex := workedExamples["A CreateClusterNodePool"]
	good := ex.authorization()
	cases := map[string]struct {
		mutate func(r *http.Request) []byte
		code   string
	}{
		"wrong signature": {func(r *http.Request) []byte {
			r.Header.Set("Authorization", strings.Replace(good, "Signature=22", "Signature=33", 1))
			return []byte(ex.body)
		}, "SignatureDoesNotMatch"},
		"tampered body": {func(r *http.Request) []byte { return []byte(strings.Replace(ex.body, "np-demo", "np-evil", 1)) }, "SignatureDoesNotMatch"},
		"tampered path": {func(r *http.Request) []byte {
			r.URL.Path = "/clusters/cX/nodepools"
			r.URL.RawPath = ""
			return []byte(ex.body)
		}, "SignatureDoesNotMatch"},
		"unknown key": {func(r *http.Request) []byte {
			r.Header.Set("Authorization", strings.Replace(good, exampleAK, "LTAI5tOTHER", 1))
			return []byte(ex.body)
		}, "InvalidAccessKeyId.NotFound"},
		"other algorithm": {func(r *http.Request) []byte {
			r.Header.Set("Authorization", strings.Replace(good, Algorithm, "ACS3-HMAC-SM3", 1))
			return []byte(ex.body)
		}, "IncompleteSignature"},
		"no authorization": {func(r *http.Request) []byte { r.Header.Del("Authorization"); return []byte(ex.body) }, "IncompleteSignature"},
		"content-type not signed": {func(r *http.Request) []byte {
			r.Header.Set("Authorization", strings.Replace(good, "content-type;", "", 1))
			return []byte(ex.body)
		}, "IncompleteSignature"},
		"bad date": {func(r *http.Request) []byte { r.Header.Set("x-acs-date", "yesterday"); return []byte(ex.body) }, "InvalidTimeStamp.Format"},
		"expired date": {func(r *http.Request) []byte {
			r.Header.Set("x-acs-date", "2024-12-31T23:00:00Z")
			return []byte(ex.body)
		}, "InvalidTimeStamp.Expired"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			r := ex.httpRequest(good)
			body := tc.mutate(r)
			err := exampleVerifier().verify(r, body)
			if err == nil || err.code != tc.code {
				t.Fatalf("got %v, want %s", err, tc.code)
			}
		})
	}
	t.Run("replayed nonce", func(t *testing.T) {
		v := exampleVerifier()
		if err := v.verify(ex.httpRequest(good), []byte(ex.body)); err != nil {
			t.Fatal(err)
		}
		if err := v.verify(ex.httpRequest(good), []byte(ex.body)); err == nil || err.code != "SignatureNonceUsed" {
			t.Fatalf("got %v", err)
		}
	})
}
