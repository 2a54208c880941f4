package sandbox

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"net/http"
	"strings"
	"sync"
	"time"
)

// nonceWindow is how far x-acs-date may be from the server's time, and how long a
// nonce is remembered.
const nonceWindow = 15 * time.Minute

// nonceCache remembers the signature nonces of the last one to two windows in two
// generations, so that lookups and pruning stay O(1) however many requests arrive.
type nonceCache struct {
	mu        sync.Mutex
	current   map[string]bool
	previous  map[string]bool
	rotatedAt time.Time
}

// use records nonce and reports false when it was already used within the window.
func (c *nonceCache) use(nonce string, now time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.current == nil || now.Sub(c.rotatedAt) > nonceWindow {
		c.previous, c.current, c.rotatedAt = c.current, map[string]bool{}, now
	}
	if c.current[nonce] || c.previous[nonce] {
		return false
	}
	c.current[nonce] = true
	return true
}

// credential is a key pair the sandbox accepts; STS keys also carry their token.
type credential struct {
	secret, securityToken string
}

// verifier checks the signatures the cloud's gateways accept (ACS3-HMAC-SHA256, ROA
// v1, RPC v1), each in the gateway's order of checks.
type verifier struct {
	keys   map[string]credential // AccessKeyId -> secret (and token)
	now    func() time.Time
	nonces nonceCache
}

// verify checks r, whose body has already been read into body, with the scheme its
// Authorization header (or, for RPC v1, its Signature parameter) names.
func (v *verifier) verify(r *http.Request, body []byte) *cloudError {
	auth := r.Header.Get("Authorization")
	switch {
	case strings.HasPrefix(strings.TrimSpace(auth), Algorithm+" "):
		return v.verifyACS3(r, body)
	case strings.HasPrefix(auth, ROAAuthorizationPrefix):
		return v.verifyROA(r, body)
	case strings.TrimSpace(auth) == "" && isRPC(r) && hasParam(rpcParams(r, body), "Signature"):
		return v.verifyRPC(r, body)
	}
	return badRequest("IncompleteSignature", "The request signature does not conform to Aliyun standards. "+
		"Sign with %s (Authorization: %s Credential=...,SignedHeaders=...,Signature=...), ROA signature 1.0 (Authorization: acs AccessKeyId:Signature) "+
		"or, for RPC APIs, signature 1.0 parameters (Signature, SignatureMethod, SignatureNonce, SignatureVersion, Timestamp, AccessKeyId).", Algorithm, Algorithm)
}

// credentialFor looks up a key and checks its security token: an STS key needs the
// token it was issued with.
func (v *verifier) credentialFor(accessKeyID, token string) (credential, *cloudError) {
	c, ok := v.keys[accessKeyID]
	if !ok {
		return c, errorf(http.StatusNotFound, "InvalidAccessKeyId.NotFound", "Specified access key is not found.")
	}
	if c.securityToken == "" {
		return c, nil
	}
	if token == "" {
		return c, badRequest("MissingSecurityToken", "SecurityToken is mandatory for this action.")
	}
	if subtle.ConstantTimeCompare([]byte(token), []byte(c.securityToken)) != 1 {
		return c, badRequest("InvalidSecurityToken.MismatchWithAccessKey", "Specified SecurityToken mismatch with the AccessKey.")
	}
	return c, nil
}

// checkTime applies the ±15 minute window to a request's date.
func (v *verifier) checkTime(date time.Time) *cloudError {
	if d := v.now().Sub(date); d > nonceWindow || d < -nonceWindow {
		return badRequest("InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.")
	}
	return nil
}

// useNonce records a nonce after the signature matched.
func (v *verifier) useNonce(nonce string) *cloudError {
	if !v.nonces.use(nonce, v.now()) {
		return badRequest("SignatureNonceUsed", "Specified signature nonce was used already.")
	}
	return nil
}

// signatureMismatch is the gateway's answer to a signature it computes differently.
func signatureMismatch(stringToSign string) *cloudError {
	return badRequest("SignatureDoesNotMatch", "Specified signature is not matched with our calculation. server string to sign is:%s", stringToSign)
}

// verifyACS3 checks an ACS3-HMAC-SHA256 request.
func (v *verifier) verifyACS3(r *http.Request, body []byte) *cloudError {
	auth, ok := parseAuthorization(r.Header.Get("Authorization"))
	if !ok {
		return badRequest("IncompleteSignature", "The request signature does not conform to Aliyun standards. The Authorization header must be %s Credential=...,SignedHeaders=...,Signature=...", Algorithm)
	}
	cred, cerr := v.credentialFor(auth.accessKeyID, r.Header.Get("x-acs-security-token"))
	if cerr != nil {
		return cerr
	}
	date, err := time.Parse("2006-01-02T15:04:05Z", r.Header.Get("x-acs-date"))
	if err != nil {
		return badRequest("InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.")
	}
	if cerr := v.checkTime(date); cerr != nil {
		return cerr
	}
	nonce := r.Header.Get("x-acs-signature-nonce")
	if nonce == "" {
		return badRequest("MissingSignatureNonce", "SignatureNonce is mandatory for this action.")
	}
	if missing := requiredUnsigned(r, auth.signedHeaders); missing != "" {
		return badRequest("IncompleteSignature", "The header %s must be signed (SignedHeaders=%s).", missing, strings.Join(auth.signedHeaders, ";"))
	}
	sum := sha256.Sum256(body)
	payloadHash := hex.EncodeToString(sum[:])
	if r.Header.Get("x-acs-content-sha256") != payloadHash {
		return badRequest("SignatureDoesNotMatch", "The request body does not match x-acs-content-sha256.")
	}
	canonical := CanonicalRequest(r.Method, r.URL.EscapedPath(), r.URL.Query(), r.Header, r.Host, auth.signedHeaders, payloadHash)
	want := Signature(cred.secret, StringToSign(canonical))
	if subtle.ConstantTimeCompare([]byte(want), []byte(strings.ToLower(auth.signature))) != 1 {
		return badRequest("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method.")
	}
	return v.useNonce(nonce)
}

// requiredUnsigned returns the first header that must be signed but is not listed:
// host, every x-acs-* header present, and content-type when present.
func requiredUnsigned(r *http.Request, signed []string) string {
	set := make(map[string]bool, len(signed))
	for _, s := range signed {
		set[strings.ToLower(s)] = true
	}
	if !set["host"] {
		return "host"
	}
	if r.Header.Get("Content-Type") != "" && !set["content-type"] {
		return "content-type"
	}
	for name := range r.Header {
		l := strings.ToLower(name)
		if strings.HasPrefix(l, "x-acs-") && !set[l] {
			return l
		}
	}
	return ""
}
