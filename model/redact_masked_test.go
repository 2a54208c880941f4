package model

import (
	"bytes"
	"strings"
	"testing"
)

// EncodeMasked writes what EncodeJSON writes for Redact's copy, for requests with
// every field set and with none, and leaves the request as it was.
func TestEncodeMaskedIsTheRedactedBody(t *testing.T) {
	full := fullRequest(t)
	if len(SetSecrets(full)) == 0 {
		t.Fatal("the full request sets no secret")
	}
	for name, np := range map[string]*NodePool{"full": full, "empty": {}, "nil": nil} {
		before, _ := EncodeJSON(np, false)
		for _, indent := range []bool{false, true} {
			want, err := EncodeJSON(Redact(np), indent)
			if err != nil {
				t.Fatal(err)
			}
			got, err := EncodeMasked(np, indent)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s, indent %v: EncodeMasked wrote\n%s\nRedact's copy encodes as\n%s", name, indent, got, want)
			}
		}
		if after, _ := EncodeJSON(np, false); !bytes.Equal(before, after) {
			t.Errorf("%s: EncodeMasked changed the request", name)
		}
	}
	masked, _ := EncodeMasked(full, false)
	if n, secrets := strings.Count(string(masked), Mask), SetSecrets(full); n < len(secrets) {
		t.Errorf("%d masks for the secrets %v: %s", n, secrets, masked)
	}
}
