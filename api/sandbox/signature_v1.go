package sandbox

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"encoding/base64"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"
)

// The legacy (signature version 1.0) schemes: ROA `Authorization: acs AK:sig` and the
// RPC `Signature=` parameter, both HMAC-SHA1 and Base64.
const (
	// LegacySignatureMethod is the only method of the v1 schemes.
	LegacySignatureMethod = "HMAC-SHA1"
	// LegacySignatureVersion is the version both v1 schemes declare.
	LegacySignatureVersion = "1.0"
	// ROAAuthorizationPrefix starts an ROA v1 Authorization header.
	ROAAuthorizationPrefix = "acs "
)

// hmacSHA1Base64 is Base64(HMAC-SHA1(key, msg)).
func hmacSHA1Base64(key, msg string) string {
	m := hmac.New(sha1.New, []byte(key))
	m.Write([]byte(msg))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

// ContentMD5 is the Content-MD5 value of a body: Base64 of its MD5.
func ContentMD5(body []byte) string {
	sum := md5.Sum(body)
	return base64.StdEncoding.EncodeToString(sum[:])
}

// wirePair is one decoded key=value of a raw query or form, with whether it had "=".
type wirePair struct{ key, value string }

// parseWirePairs decodes a raw query or form body ("a=b&c=d") pair by pair, splitting
// each on its first "=", so that literal "&" and "=" inside values survive. A pair that
// does not decode is kept raw.
func parseWirePairs(raw string) []wirePair {
	if raw == "" {
		return nil
	}
	parts := strings.Split(raw, "&")
	out := make([]wirePair, 0, len(parts))
	for _, part := range parts {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		if dk, err := url.QueryUnescape(k); err == nil {
			k = dk
		}
		if dv, err := url.QueryUnescape(v); err == nil {
			v = dv
		}
		out = append(out, wirePair{k, v})
	}
	return out
}

// ROACanonicalResource is the path as sent, then "?" and the decoded query sorted by
// key in byte order, values raw, an empty value written as the bare key.
func ROACanonicalResource(wirePath, rawQuery string) string {
	pairs := parseWirePairs(rawQuery)
	if len(pairs) == 0 {
		return wirePath
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].key < pairs[j].key })
	var b strings.Builder
	b.WriteString(wirePath)
	b.WriteByte('?')
	for i, p := range pairs {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(p.key)
		if p.value != "" {
			b.WriteByte('=')
			b.WriteString(p.value)
		}
	}
	return b.String()
}

// ROACanonicalHeaders renders every x-acs-* header as "name:value\n", names lower
// case and sorted, values with control blanks made spaces and trimmed.
func ROACanonicalHeaders(h http.Header) string {
	type line struct{ name, value string }
	var lines []line
	blanks := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ", "\f", " ")
	for name, vals := range h {
		l := strings.ToLower(name)
		if !strings.HasPrefix(l, "x-acs-") {
			continue
		}
		v := strings.TrimSpace(blanks.Replace(strings.Join(vals, ",")))
		lines = append(lines, line{l, v})
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i].name < lines[j].name })
	var b strings.Builder
	for _, ln := range lines {
		b.WriteString(ln.name)
		b.WriteByte(':')
		b.WriteString(ln.value)
		b.WriteByte('\n')
	}
	return b.String()
}

// ROAStringToSign is the v1 ROA string to sign: method, Accept, Content-MD5,
// Content-Type and Date values (an absent one an empty line), the canonical x-acs-*
// headers and the canonical resource.
func ROAStringToSign(method string, h http.Header, wirePath, rawQuery string) string {
	return strings.ToUpper(method) + "\n" +
		h.Get("Accept") + "\n" +
		h.Get("Content-MD5") + "\n" +
		h.Get("Content-Type") + "\n" +
		h.Get("Date") + "\n" +
		ROACanonicalHeaders(h) +
		ROACanonicalResource(wirePath, rawQuery)
}

// ROASignature is Base64(HMAC-SHA1(secret, stringToSign)).
func ROASignature(secret, stringToSign string) string { return hmacSHA1Base64(secret, stringToSign) }

// rpcCanonicalQuery percent-encodes every parameter but Signature, sorts by encoded
// name and joins "name=value" with "&" (empty values kept as "name=").
func rpcCanonicalQuery(params []wirePair) string {
	enc := make([]string, 0, len(params))
	for _, p := range params {
		if p.key == "Signature" {
			continue
		}
		enc = append(enc, percentEncode(p.key)+"="+percentEncode(p.value))
	}
	sort.Strings(enc)
	return strings.Join(enc, "&")
}

// RPCStringToSign is METHOD&%2F&percentEncode(canonical query).
func RPCStringToSign(method, canonicalQuery string) string {
	return strings.ToUpper(method) + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery)
}

// RPCSignature is Base64(HMAC-SHA1(secret + "&", stringToSign)).
func RPCSignature(secret, stringToSign string) string {
	return hmacSHA1Base64(secret+"&", stringToSign)
}

// rpcParams collects the parameters of an RPC request: the query's, then the form
// body's when the body is form-urlencoded.
func rpcParams(r *http.Request, body []byte) []wirePair {
	params := parseWirePairs(rawQueryOf(r))
	if isForm(r) {
		params = append(params, parseWirePairs(string(body))...)
	}
	return params
}

// isForm reports whether the request body is form-urlencoded.
func isForm(r *http.Request) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(r.Header.Get("Content-Type"))), "application/x-www-form-urlencoded")
}

// wirePathOf is the request path exactly as sent on the request line.
func wirePathOf(r *http.Request) string {
	if r.RequestURI != "" && r.RequestURI != "*" {
		p, _, _ := strings.Cut(r.RequestURI, "?")
		if u, err := url.Parse(p); err == nil && u.Host != "" { // absolute form
			return u.EscapedPath()
		}
		return p
	}
	return r.URL.EscapedPath()
}

// rawQueryOf is the query exactly as sent on the request line.
func rawQueryOf(r *http.Request) string {
	if r.RequestURI != "" {
		if _, q, ok := strings.Cut(r.RequestURI, "?"); ok {
			return q
		}
		return ""
	}
	return r.URL.RawQuery
}

// SignROA signs r with the ROA v1 scheme the way the aliyun CLI does (Date,
// Content-MD5, x-acs-signature-*; a security token when given). Tools and tests use it
// to talk to the sandbox as the older clients do; body must be r's body.
func SignROA(r *http.Request, body []byte, accessKeyID, secret, securityToken string) {
	h := r.Header
	if h.Get("Accept") == "" {
		h.Set("Accept", "application/json")
	}
	h.Set("Content-MD5", ContentMD5(body))
	h.Set("x-acs-signature-method", LegacySignatureMethod)
	h.Set("x-acs-signature-version", LegacySignatureVersion)
	if securityToken != "" {
		h.Set("x-acs-security-token", securityToken)
	}
	if h.Get("Date") == "" {
		h.Set("Date", timeNowGMT())
	}
	sts := ROAStringToSign(r.Method, h, r.URL.EscapedPath(), r.URL.RawQuery)
	h.Set("Authorization", ROAAuthorizationPrefix+accessKeyID+":"+ROASignature(secret, sts))
}

// SignRPC adds the v1 common parameters (AccessKeyId, SignatureMethod,
// SignatureVersion, SignatureNonce, Timestamp, SecurityToken when given) to the query
// of r and signs query and form body together, as the RPC SDKs do; body must be r's body.
func SignRPC(r *http.Request, body []byte, accessKeyID, secret, securityToken, nonce, timestamp string) {
	q := r.URL.RawQuery
	add := func(k, v string) {
		if q != "" {
			q += "&"
		}
		q += percentEncode(k) + "=" + percentEncode(v)
	}
	add("AccessKeyId", accessKeyID)
	add("SignatureMethod", LegacySignatureMethod)
	add("SignatureVersion", LegacySignatureVersion)
	add("SignatureNonce", nonce)
	add("Timestamp", timestamp)
	if securityToken != "" {
		add("SecurityToken", securityToken)
	}
	params := parseWirePairs(q)
	if isForm(r) {
		params = append(params, parseWirePairs(string(body))...)
	}
	add("Signature", RPCSignature(secret, RPCStringToSign(r.Method, rpcCanonicalQuery(params))))
	r.URL.RawQuery = q
}

// timeNowGMT is the current time in the Date header's format.
func timeNowGMT() string { return time.Now().UTC().Format(http.TimeFormat) }
