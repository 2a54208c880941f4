package forms

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"
)

func TestEncodeUserData(t *testing.T) {
	script := "#!/bin/bash\necho hello > /tmp/hi\n"
	enc := base64.StdEncoding.EncodeToString([]byte(script))
	files := map[string]string{"init.sh": script, "encoded.txt": enc + "\n"}
	read := func(name string) ([]byte, error) {
		if s, ok := files[name]; ok {
			return []byte(s), nil
		}
		return nil, errors.New("no such file")
	}
	tests := []struct {
		name, text, want, wantErr string
	}{
		{name: "empty stays unset", text: "  \n", want: ""},
		{name: "script is encoded", text: script, want: enc},
		{name: "base64 is kept", text: enc, want: enc},
		{name: "base64 with line breaks is joined", text: enc[:8] + "\n" + enc[8:], want: enc},
		{name: "unpadded base64 is kept", text: "dGhpcyBpcyBhIGV4YW1wbGU", want: "dGhpcyBpcyBhIGV4YW1wbGU"},
		{name: "a word that happens to be base64 is encoded", text: "test", want: base64.StdEncoding.EncodeToString([]byte("test"))},
		{name: "file is loaded and encoded", text: "@init.sh", want: enc},
		{name: "file that is already base64", text: " @encoded.txt ", want: enc},
		{name: "missing file", text: "@nope.sh", wantErr: "cannot read nope.sh: no such file"},
		{name: "bare @", text: "@", wantErr: "write a file name after @"},
		{name: "home directory", text: "@~/init.sh", wantErr: "init.sh: no such file"},
		{name: "@ inside a script is text", text: "echo @home\nls", want: base64.StdEncoding.EncodeToString([]byte("echo @home\nls"))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := encodeUserData(tc.text, read)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Errorf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func TestDecodeForDisplay(t *testing.T) {
	script := "echo hi\n"
	if got := decodeForDisplay(base64.StdEncoding.EncodeToString([]byte(script))); got != script {
		t.Errorf("readable base64 shows as %q", got)
	}
	binary := base64.StdEncoding.EncodeToString([]byte{0, 1, 2, 0xff})
	if got := decodeForDisplay(binary); got != binary {
		t.Errorf("binary base64 shows as %q, want it untouched", got)
	}
}
