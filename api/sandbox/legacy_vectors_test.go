package sandbox

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"
)

// legacyVector is one request captured from the aliyun CLI 3.4.11 or the Terraform
// provider 1.240.0 with the signature it carried (testdata/legacy-signature-vectors.json).
type legacyVector struct {
	ID                string      `json:"id"`
	Client            string      `json:"client"`
	Style             string      `json:"style"`
	Method            string      `json:"method"`
	Path              string      `json:"path"`
	RawQuery          string      `json:"raw_query"`
	Headers           [][2]string `json:"headers"`
	Body              string      `json:"body"`
	AccessKeyID       string      `json:"access_key_id"`
	AccessKeySecret   string      `json:"access_key_secret"`
	SecurityToken     string      `json:"security_token"`
	StringToSign      string      `json:"string_to_sign"`
	ExpectedSignature string      `json:"expected_signature"`
}

// legacyVectorFile is the file of captured requests.
type legacyVectorFile struct {
	Vectors []legacyVector `json:"vectors"`
	// Quirks are requests the aliyun CLI signs differently from the documented rule.
	Quirks []struct {
		legacyVector
		Rule string `json:"rule"`
	} `json:"quirk_vectors"`
}

func readLegacyVectorFile(t testing.TB) legacyVectorFile {
	t.Helper()
	data, err := os.ReadFile("testdata/legacy-signature-vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var file legacyVectorFile
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	return file
}

func loadLegacyVectors(t testing.TB) []legacyVector {
	t.Helper()
	file := readLegacyVectorFile(t)
	if len(file.Vectors) != 22 {
		t.Fatalf("%d vectors, want the 22 captured ones", len(file.Vectors))
	}
	return file.Vectors
}

// request rebuilds the captured request as the sandbox's HTTP server would hand it over.
func (v legacyVector) request() *http.Request {
	target := v.Path
	if v.RawQuery != "" {
		target += "?" + v.RawQuery
	}
	r := httptest.NewRequest(v.Method, target, strings.NewReader(v.Body))
	r.Header = http.Header{}
	for _, h := range v.Headers {
		if strings.EqualFold(h[0], "Host") {
			r.Host = h[1]
			continue
		}
		r.Header.Add(h[0], h[1])
	}
	return r
}

// date is the moment the vector was signed (its Date header or Timestamp parameter).
func (v legacyVector) date(t testing.TB) time.Time {
	t.Helper()
	for _, h := range v.Headers {
		if strings.EqualFold(h[0], "Date") {
			d, ok := parseHTTPDate(h[1])
			if !ok {
				t.Fatalf("%s: Date %q", v.ID, h[1])
			}
			return d
		}
	}
	params := parseWirePairs(v.RawQuery)
	ts := paramValue(params, "Timestamp")
	if ts == "" {
		ts = paramValue(params, "TimeStamp")
	}
	d, err := time.Parse("2006-01-02T15:04:05Z", ts)
	if err != nil {
		t.Fatalf("%s: Timestamp %q", v.ID, ts)
	}
	return d
}

// verifier accepts the vector's key (and token) with the clock at the vector's date plus skew.
func (v legacyVector) verifier(t testing.TB, skew time.Duration) *verifier {
	now := v.date(t).Add(skew)
	return &verifier{keys: map[string]credential{v.AccessKeyID: {secret: v.AccessKeySecret, securityToken: v.SecurityToken}},
		now: func() time.Time { return now }}
}

func (v legacyVector) stringToSign(r *http.Request) string {
	if v.Style == "ROA" {
		return ROAStringToSign(r.Method, r.Header, wirePathOf(r), rawQueryOf(r))
	}
	return RPCStringToSign(r.Method, rpcCanonicalQuery(rpcParams(r, []byte(v.Body))))
}

func TestLegacyVectorsReproduceTheirStringToSignAndSignature(t *testing.T) {
	for _, v := range loadLegacyVectors(t) {
		t.Run(v.ID, func(t *testing.T) {
			sts := v.stringToSign(v.request())
			if sts != v.StringToSign {
				t.Fatalf("string to sign\n got %q\nwant %q", sts, v.StringToSign)
			}
			sig := ROASignature(v.AccessKeySecret, sts)
			if v.Style == "RPC" {
				sig = RPCSignature(v.AccessKeySecret, sts)
			}
			if sig != v.ExpectedSignature {
				t.Fatalf("signature %s, want %s", sig, v.ExpectedSignature)
			}
		})
	}
}

func TestLegacyVectorsVerify(t *testing.T) {
	for _, v := range loadLegacyVectors(t) {
		t.Run(v.ID, func(t *testing.T) {
			if err := v.verifier(t, 30*time.Second).verify(v.request(), []byte(v.Body)); err != nil {
				t.Fatalf("refused: %v", err)
			}
		})
	}
}

// TestLegacyVectorsPassTheHandlersGate serves every vector through the whole handler:
// each reaches its action (ROA ones by method and path, without x-acs-action) and,
// whatever the action answers, it is never a signature error.
func TestLegacyVectorsPassTheHandlersGate(t *testing.T) {
	for _, v := range loadLegacyVectors(t) {
		t.Run(v.ID, func(t *testing.T) {
			at := v.date(t)
			h := newTestHandler(t, Options{AccessKeyID: "LTAI5tOTHERKEY", AccessKeySecret: "other-secret",
				Credentials: []Credential{{v.AccessKeyID, v.AccessKeySecret, v.SecurityToken}},
				Now:         func() time.Time { return at }})
			_, body := serve(h, v.request())
			code, _ := body["Code"].(string)
			if isSignatureCode(code) {
				t.Fatalf("refused by the gate: %v", body)
			}
			if code == "InvalidApi.NotFound" || code == "UnsupportedOperation" {
				t.Fatalf("not routed to its action: %v", body)
			}
		})
	}
}

func isSignatureCode(code string) bool {
	for _, p := range []string{"Signature", "IncompleteSignature", "InvalidTimeStamp", "InvalidAccessKeyId", "SecurityToken", "InvalidSignature"} {
		if strings.Contains(code, p) {
			return true
		}
	}
	return false
}

// tamper is a one-byte change to a captured request and the code the gateway answers.
type tamper struct {
	name   string
	apply  func(v *legacyVector) bool // false: not applicable to this vector
	code   string
	skew   time.Duration
	secret string
}

// changeByte replaces the byte at i of s with another byte of the same class.
func changeByte(s string, i int) string {
	c := s[i]
	var n byte
	switch {
	case c >= '0' && c <= '8', c >= 'a' && c <= 'y', c >= 'A' && c <= 'Y':
		n = c + 1
	case c == '9':
		n = '0'
	case c == 'z':
		n = 'a'
	case c == 'Z':
		n = 'A'
	default:
		n = 'x'
	}
	return s[:i] + string(n) + s[i+1:]
}

// headerIndex finds a header of the vector by name.
func (v *legacyVector) headerIndex(name string) int {
	for i, h := range v.Headers {
		if strings.EqualFold(h[0], name) {
			return i
		}
	}
	return -1
}

// changeParam changes one byte in the wire value of a query parameter.
func (v *legacyVector) changeParam(key string) bool {
	pairs := strings.Split(v.RawQuery, "&")
	for i, p := range pairs {
		k, val, _ := strings.Cut(p, "=")
		if k == key && val != "" {
			pairs[i] = k + "=" + changeByte(val, len(val)/2)
			v.RawQuery = strings.Join(pairs, "&")
			return true
		}
	}
	return false
}

var legacyTampers = []tamper{
	{name: "signature", code: "SignatureDoesNotMatch", apply: func(v *legacyVector) bool {
		if v.Style == "RPC" {
			return v.changeParam("Signature")
		}
		i := v.headerIndex("Authorization")
		a := v.Headers[i][1]
		v.Headers[i][1] = changeByte(a, strings.LastIndex(a, ":")+3)
		return true
	}},
	{name: "path or action", code: "SignatureDoesNotMatch", apply: func(v *legacyVector) bool {
		if v.Style == "RPC" {
			return v.changeParam("Action")
		}
		v.Path = changeByte(v.Path, len(v.Path)-2)
		return true
	}},
	{name: "date", code: "SignatureDoesNotMatch", apply: func(v *legacyVector) bool {
		if v.Style == "RPC" {
			q := v.RawQuery
			i := strings.Index(strings.ToLower(q), "timestamp=") // Timestamp or TimeStamp
			j := strings.Index(q[i:], "Z")
			v.RawQuery = changeByte(q, i+j-1)
			return true
		}
		i := v.headerIndex("Date")
		d := v.Headers[i][1]
		v.Headers[i][1] = changeByte(d, strings.LastIndex(d, ":")+2)
		return true
	}},
	{name: "signed x-acs-version", code: "SignatureDoesNotMatch", apply: func(v *legacyVector) bool {
		if v.Style == "RPC" {
			return v.changeParam("Version")
		}
		i := v.headerIndex("x-acs-version")
		v.Headers[i][1] = changeByte(v.Headers[i][1], 9)
		return true
	}},
	{name: "body covered by Content-MD5 or the form", code: "SignatureDoesNotMatch", apply: func(v *legacyVector) bool {
		if v.Body == "" || (v.Style == "ROA" && v.headerIndex("Content-MD5") < 0) {
			return false
		}
		v.Body = changeByte(v.Body, len(v.Body)/2)
		return true
	}},
	{name: "query parameter", code: "SignatureDoesNotMatch", apply: func(v *legacyVector) bool {
		if v.Style == "ROA" && v.RawQuery != "" {
			v.RawQuery = changeByte(v.RawQuery, 1)
			return true
		}
		return v.Style == "RPC" && v.changeParam("RegionId")
	}},
	{name: "security token", code: "InvalidSecurityToken.MismatchWithAccessKey", apply: func(v *legacyVector) bool {
		if v.SecurityToken == "" {
			return false
		}
		if v.Style == "RPC" {
			return v.changeParam("SecurityToken")
		}
		i := v.headerIndex("x-acs-security-token")
		v.Headers[i][1] = changeByte(v.Headers[i][1], 2)
		return true
	}},
	{name: "access key id", code: "InvalidAccessKeyId.NotFound", apply: func(v *legacyVector) bool {
		if v.Style == "RPC" {
			return v.changeParam("AccessKeyId")
		}
		i := v.headerIndex("Authorization")
		v.Headers[i][1] = changeByte(v.Headers[i][1], len(ROAAuthorizationPrefix)+2)
		return true
	}},
	{name: "wrong secret", code: "SignatureDoesNotMatch", secret: "changed", apply: func(*legacyVector) bool { return true }},
	{name: "clock 16 minutes later", code: "InvalidTimeStamp.Expired", skew: 16 * time.Minute, apply: func(*legacyVector) bool { return true }},
	{name: "clock 16 minutes earlier", code: "InvalidTimeStamp.Expired", skew: -16 * time.Minute, apply: func(*legacyVector) bool { return true }},
}

func TestLegacyVectorsRefuseEveryOneByteChange(t *testing.T) {
	for _, v := range loadLegacyVectors(t) {
		applied := 0
		for _, tp := range legacyTampers {
			w := v
			w.Headers = make([][2]string, len(v.Headers))
			copy(w.Headers, v.Headers)
			if !tp.apply(&w) {
				continue
			}
			applied++
			t.Run(v.ID+"/"+tp.name, func(t *testing.T) {
				ver := v.verifier(t, tp.skew)
				if tp.secret != "" {
					k := ver.keys[v.AccessKeyID]
					k.secret = changeByte(k.secret, 3)
					ver.keys[v.AccessKeyID] = k
				}
				err := ver.verify(w.request(), []byte(w.Body))
				if err == nil || err.code != tp.code {
					t.Fatalf("got %v, want %s", err, tp.code)
				}
			})
		}
		if applied < 6 {
			t.Errorf("%s: only %d tampers apply", v.ID, applied)
		}
	}
}

func TestLegacyNoncesAreSingleUse(t *testing.T) {
	for _, v := range loadLegacyVectors(t) {
		nonce := v.headerIndex("x-acs-signature-nonce") >= 0 || hasParam(parseWirePairs(v.RawQuery), "SignatureNonce")
		t.Run(v.ID, func(t *testing.T) {
			ver := v.verifier(t, 0)
			if err := ver.verify(v.request(), []byte(v.Body)); err != nil {
				t.Fatal(err)
			}
			err := ver.verify(v.request(), []byte(v.Body))
			switch {
			case nonce && (err == nil || err.code != "SignatureNonceUsed"):
				t.Fatalf("replay: got %v, want SignatureNonceUsed", err)
			case !nonce && err != nil: // the aliyun CLI signs ROA without a nonce: only the Date window guards
				t.Fatalf("replay without a nonce: %v", err)
			}
		})
	}
}

func TestLegacyRequestsNeedTheirMandatoryParts(t *testing.T) {
	vs := loadLegacyVectors(t)
	byID := map[string]legacyVector{}
	for _, v := range vs {
		byID[v.ID] = v
	}
	cases := []struct {
		id, name, code string
		change         func(r *http.Request)
	}{
		{"ak-cs-get-task", "no Date", "InvalidTimeStamp.Format", func(r *http.Request) { r.Header.Del("Date") }},
		{"ak-cs-get-task", "SHA256 method", "InvalidSignatureMethod", func(r *http.Request) { r.Header.Set("x-acs-signature-method", "HMAC-SHA256") }},
		{"ak-cs-get-task", "version 2.0", "InvalidSignatureVersion", func(r *http.Request) { r.Header.Set("x-acs-signature-version", "2.0") }},
		{"ak-cs-get-task", "no colon", "IncompleteSignature", func(r *http.Request) { r.Header.Set("Authorization", "acs LTAI5tEXAMPLEAKID") }},
		{"sts-cs-get-nodepools", "no token", "MissingSecurityToken", func(r *http.Request) { r.Header.Del("x-acs-security-token") }},
		{"ak-vpc-describevswitches", "no nonce", "MissingSignatureNonce", func(r *http.Request) {
			r.URL.RawQuery = strings.Replace(r.URL.RawQuery, "SignatureNonce=", "X=", 1)
			r.RequestURI = r.URL.RequestURI()
		}},
		{"ak-vpc-describevswitches", "bad timestamp", "InvalidTimeStamp.Format", func(r *http.Request) {
			r.URL.RawQuery = strings.Replace(r.URL.RawQuery, "Timestamp=2026-12-01T", "Timestamp=2026-12-01+", 1)
			r.RequestURI = r.URL.RequestURI()
		}},
	}
	for _, tc := range cases {
		t.Run(tc.id+"/"+tc.name, func(t *testing.T) {
			v := byID[tc.id]
			r := v.request()
			tc.change(r)
			if err := v.verifier(t, 0).verify(r, []byte(v.Body)); err == nil || err.code != tc.code {
				t.Fatalf("got %v, want %s", err, tc.code)
			}
		})
	}
}

func TestSignersProduceWhatTheVerifierAccepts(t *testing.T) {
	v := &verifier{keys: map[string]credential{"AK": {secret: "S"}, "STS.AK": {secret: "T", securityToken: "tok+/="}}, now: time.Now}
	for _, token := range []string{"", "tok+/="} {
		ak, secret := "AK", "S"
		if token != "" {
			ak, secret = "STS.AK", "T"
		}
		body := `{"nodepool_info":{"name":"a b"}}`
		r := httptest.NewRequest("POST", "/clusters/c1/nodepools?x=a+b&y=", strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		SignROA(r, []byte(body), ak, secret, token)
		if err := v.verify(r, []byte(body)); err != nil {
			t.Fatalf("ROA (token %q): %v", token, err)
		}
		form := "VpcId=vpc-1&VSwitchName=" + url.QueryEscape("名 *~")
		r = httptest.NewRequest("POST", "/?Action=DescribeVSwitches&Version=2016-04-28&Format=JSON", strings.NewReader(form))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		SignRPC(r, []byte(form), ak, secret, token, "nonce-"+token, time.Now().UTC().Format("2006-01-02T15:04:05Z"))
		r.RequestURI = r.URL.RequestURI()
		if err := v.verify(r, []byte(form)); err != nil {
			t.Fatalf("RPC (token %q): %v", token, err)
		}
	}
}

// TestLegacyQuirkOfUnsignedMixedCaseHeaders accepts the aliyun CLI's request with a
// user-added X-Acs-Custom-Thing header it did not sign. Its other quirk (values signed
// untrimmed but sent trimmed) cannot be reproduced from the wire by any server.
func TestLegacyQuirkOfUnsignedMixedCaseHeaders(t *testing.T) {
	for _, q := range readLegacyVectorFile(t).Quirks {
		v := q.legacyVector
		t.Run(v.ID, func(t *testing.T) {
			err := v.verifier(t, 0).verify(v.request(), []byte(v.Body))
			switch q.Rule {
			case "lowercase_names_only":
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				w := v
				w.Headers = append([][2]string(nil), v.Headers...)
				i := w.headerIndex("x-acs-region-id")
				w.Headers[i][1] = changeByte(w.Headers[i][1], 1)
				if err := w.verifier(t, 0).verify(w.request(), []byte(w.Body)); err == nil || err.code != "SignatureDoesNotMatch" {
					t.Fatalf("a changed signed header next to the unsigned one: %v", err)
				}
			case "untrimmed_values":
				if err == nil || err.code != "SignatureDoesNotMatch" {
					t.Fatalf("got %v", err)
				}
			default:
				t.Fatalf("unknown quirk rule %q", q.Rule)
			}
		})
	}
}
