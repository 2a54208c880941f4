package sandbox

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"sort"
	"strings"
)

// Algorithm is the only signature algorithm the sandbox accepts.
const Algorithm = "ACS3-HMAC-SHA256"

// EmptyPayloadHash is the SHA-256 of an empty body.
const EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

// percentEncode encodes a query value keeping only A–Z a–z 0–9 - _ . ~.
func percentEncode(s string) string {
	var b strings.Builder
	const hexDigits = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		c := s[i]
		if ('A' <= c && c <= 'Z') || ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') ||
			c == '-' || c == '_' || c == '.' || c == '~' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hexDigits[c>>4])
		b.WriteByte(hexDigits[c&15])
	}
	return b.String()
}

// CanonicalURI is the escaped request path as sent, "/" when empty, with the
// generated SDKs' replacements applied.
func CanonicalURI(escapedPath string) string {
	if escapedPath == "" {
		return "/"
	}
	r := strings.NewReplacer("+", "%20", "*", "%2A", "%7E", "~")
	return r.Replace(escapedPath)
}

// CanonicalQuery renders decoded query parameters sorted by key, values percent-encoded.
func CanonicalQuery(q url.Values) string {
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		vals := append([]string(nil), q[k]...)
		sort.Strings(vals)
		for _, v := range vals {
			parts = append(parts, k+"="+percentEncode(v))
		}
	}
	return strings.Join(parts, "&")
}

// CanonicalHeaders renders the named headers (lowercase names, trimmed values, sorted,
// repeated values sorted and joined by commas), one "name:value\n" line each. host is
// taken from the host argument, because Go moves it out of the header map.
func CanonicalHeaders(h http.Header, host string, signed []string) string {
	names := append([]string(nil), signed...)
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		var vals []string
		if n == "host" {
			vals = []string{host}
		} else {
			vals = append(vals, h.Values(n)...)
		}
		for i := range vals {
			vals[i] = strings.TrimSpace(vals[i])
		}
		sort.Strings(vals)
		b.WriteString(n)
		b.WriteByte(':')
		b.WriteString(strings.Join(vals, ","))
		b.WriteByte('\n')
	}
	return b.String()
}

// CanonicalRequest builds the ACS3 canonical request of wire-protocol §3.
func CanonicalRequest(method, escapedPath string, q url.Values, h http.Header, host string, signed []string, payloadHash string) string {
	sortedSigned := append([]string(nil), signed...)
	sort.Strings(sortedSigned)
	return method + "\n" +
		CanonicalURI(escapedPath) + "\n" +
		CanonicalQuery(q) + "\n" +
		CanonicalHeaders(h, host, sortedSigned) + "\n" +
		strings.Join(sortedSigned, ";") + "\n" +
		payloadHash
}

// StringToSign hashes the canonical request.
func StringToSign(canonical string) string {
	sum := sha256.Sum256([]byte(canonical))
	return Algorithm + "\n" + hex.EncodeToString(sum[:])
}

// Signature is the lowercase hex HMAC-SHA256 of the string to sign under secret.
func Signature(secret, stringToSign string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(stringToSign))
	return hex.EncodeToString(m.Sum(nil))
}

// authorization is a parsed Authorization header.
type authorization struct {
	accessKeyID   string
	signedHeaders []string
	signature     string
}

// parseAuthorization reads "ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=a;b,Signature=hex".
func parseAuthorization(v string) (authorization, bool) {
	var a authorization
	algo, rest, ok := strings.Cut(strings.TrimSpace(v), " ")
	if !ok || algo != Algorithm {
		return a, false
	}
	for _, part := range strings.Split(rest, ",") {
		k, val, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return a, false
		}
		switch k {
		case "Credential":
			a.accessKeyID = val
		case "SignedHeaders":
			if val != "" {
				a.signedHeaders = strings.Split(val, ";")
			}
		case "Signature":
			a.signature = val
		}
	}
	return a, a.accessKeyID != "" && len(a.signedHeaders) > 0 && a.signature != ""
}
