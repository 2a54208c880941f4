package sandbox

import (
	"crypto/subtle"
	"net/http"
	"strings"
	"time"
)

// verifyROA checks an ROA signature 1.0 request (Authorization: acs AK:signature) as
// the CS gateway does: key and token, signature method and version, Date within the
// window, Content-MD5 against the body when sent, the signature, and the nonce when sent
// (the aliyun CLI sends none; the Date window is then the only replay guard).
func (v *verifier) verifyROA(r *http.Request, body []byte) *cloudError {
	cred := strings.TrimPrefix(r.Header.Get("Authorization"), ROAAuthorizationPrefix)
	i := strings.LastIndex(cred, ":")
	if i <= 0 || i == len(cred)-1 {
		return badRequest("IncompleteSignature", "The request signature does not conform to Aliyun standards. The Authorization header must be acs AccessKeyId:Signature.")
	}
	ak, sig := strings.TrimSpace(cred[:i]), strings.TrimSpace(cred[i+1:])
	key, cerr := v.credentialFor(ak, r.Header.Get("x-acs-security-token"))
	if cerr != nil {
		return cerr
	}
	if cerr := checkMethodAndVersion(r.Header.Get("x-acs-signature-method"), r.Header.Get("x-acs-signature-version")); cerr != nil {
		return cerr
	}
	date, ok := parseHTTPDate(r.Header.Get("Date"))
	if !ok {
		return badRequest("InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted. The Date header must be an RFC 1123 date in GMT, e.g. %s.", "Tue, 01 Dec 2026 12:16:08 GMT")
	}
	if cerr := v.checkTime(date); cerr != nil {
		return cerr
	}
	if md5 := r.Header.Get("Content-MD5"); md5 != "" && md5 != ContentMD5(body) {
		return badRequest("SignatureDoesNotMatch", "The Content-MD5 you specified did not match what we received.")
	}
	stringToSign := ROAStringToSign(r.Method, r.Header, wirePathOf(r), rawQueryOf(r))
	if subtle.ConstantTimeCompare([]byte(ROASignature(key.secret, stringToSign)), []byte(sig)) != 1 {
		// the aliyun CLI leaves headers a user added in mixed case (X-Acs-Foo) out of
		// what it signs; the server cannot see the case, so it tries once more
		// without the x-acs-* headers the SDKs never add themselves
		sdkOnly := sdkHeadersOnly(r.Header)
		if len(sdkOnly) == len(r.Header) ||
			subtle.ConstantTimeCompare([]byte(ROASignature(key.secret, ROAStringToSign(r.Method, sdkOnly, wirePathOf(r), rawQueryOf(r)))), []byte(sig)) != 1 {
			return signatureMismatch(stringToSign)
		}
	}
	if nonce := r.Header.Get("x-acs-signature-nonce"); nonce != "" {
		return v.useNonce(nonce)
	}
	return nil
}

// verifyRPC checks an RPC signature 1.0 request: the common parameters travel in the
// query, the API parameters in the query or a form body, and all of them are signed.
func (v *verifier) verifyRPC(r *http.Request, body []byte) *cloudError {
	params := rpcParams(r, body)
	get := func(k string) string { return paramValue(params, k) }
	ak := get("AccessKeyId")
	if ak == "" {
		return badRequest("MissingAccessKeyId", "AccessKeyId is mandatory for this action.")
	}
	key, cerr := v.credentialFor(ak, get("SecurityToken"))
	if cerr != nil {
		return cerr
	}
	if cerr := checkMethodAndVersion(get("SignatureMethod"), get("SignatureVersion")); cerr != nil {
		return cerr
	}
	ts := get("Timestamp")
	if ts == "" {
		ts = get("TimeStamp") // the spelling of the documentation's example
	}
	if ts == "" {
		return badRequest("MissingTimestamp", "Timestamp is mandatory for this action.")
	}
	date, err := time.Parse("2006-01-02T15:04:05Z", ts)
	if err != nil {
		return badRequest("InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.")
	}
	if cerr := v.checkTime(date); cerr != nil {
		return cerr
	}
	nonce := get("SignatureNonce")
	if nonce == "" {
		return badRequest("MissingSignatureNonce", "SignatureNonce is mandatory for this action.")
	}
	stringToSign := RPCStringToSign(r.Method, rpcCanonicalQuery(params))
	if subtle.ConstantTimeCompare([]byte(RPCSignature(key.secret, stringToSign)), []byte(get("Signature"))) != 1 {
		return signatureMismatch(stringToSign)
	}
	return v.useNonce(nonce)
}

// checkMethodAndVersion wants HMAC-SHA1 and 1.0, the only v1 method and version.
func checkMethodAndVersion(method, version string) *cloudError {
	if method != LegacySignatureMethod {
		return badRequest("InvalidSignatureMethod", "Specified signature method %q is not supported; signature version 1.0 uses HMAC-SHA1.", method)
	}
	if version != LegacySignatureVersion {
		return badRequest("InvalidSignatureVersion", "Specified signature version %q is not supported; use 1.0 (or sign with %s).", version, Algorithm)
	}
	return nil
}

// parseHTTPDate reads an RFC 1123 GMT date leniently: the documentation's example
// writes a dot after the month ("26 Aug. 2015").
func parseHTTPDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	if t, err := http.ParseTime(s); err == nil {
		return t, true
	}
	if t, err := http.ParseTime(strings.Replace(s, ". ", " ", 1)); err == nil {
		return t, true
	}
	return time.Time{}, false
}

// hasParam reports whether a parameter is present.
func hasParam(params []wirePair, key string) bool {
	for _, p := range params {
		if p.key == key {
			return true
		}
	}
	return false
}

// paramValue is the first value of a parameter, or "".
func paramValue(params []wirePair, key string) string {
	for _, p := range params {
		if p.key == key {
			return p.value
		}
	}
	return ""
}

// sdkSignedHeaders are the x-acs-* headers the SDKs and the aliyun CLI add themselves.
var sdkSignedHeaders = map[string]bool{
	"x-acs-version": true, "x-acs-action": true, "x-acs-region-id": true, "x-acs-security-token": true,
	"x-acs-signature-method": true, "x-acs-signature-version": true, "x-acs-signature-nonce": true,
	"x-acs-credentials-provider": true, "x-acs-date": true, "x-acs-content-sha256": true,
}

// sdkHeadersOnly copies h without the x-acs-* headers the SDKs never add.
func sdkHeadersOnly(h http.Header) http.Header {
	out := make(http.Header, len(h))
	for k, v := range h {
		l := strings.ToLower(k)
		if strings.HasPrefix(l, "x-acs-") && !sdkSignedHeaders[l] {
			continue
		}
		out[k] = v
	}
	return out
}
