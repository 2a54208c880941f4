package export

import (
	"fmt"
	"io"
	"net/url"
	"strings"

	"ackpool/model"
)

// WriteAliyun writes the aliyun CLI command that sends the same request:
//
//	aliyun cs POST /clusters/CLUSTER_ID/nodepools \
//	  --region REGION \
//	  --header 'Content-Type=application/json' \
//	  --body '{...}'
//
// Every argument is quoted for a POSIX shell. Comments above the command say which
// values are masked or missing.
func WriteAliyun(w io.Writer, t Target, np *model.NodePool, opts Options) error {
	body, err := model.EncodeJSON(prepare(np, opts), false)
	if err != nil {
		return err
	}
	var b strings.Builder
	if secrets := SecretPaths(np); len(secrets) > 0 && !opts.RevealSecrets {
		fmt.Fprintf(&b, "# Masked (replace %s before running): %s\n", model.Mask, strings.Join(secrets, ", "))
	}
	cluster := t.ClusterID
	if cluster == "" {
		cluster = "CLUSTER_ID"
		b.WriteString("# Replace CLUSTER_ID with the ID of the cluster.\n")
	}
	b.WriteString("aliyun cs POST " + ShellQuote("/clusters/"+url.PathEscape(cluster)+"/nodepools") + " \\\n")
	if t.RegionID != "" {
		b.WriteString("  --region " + ShellQuote(t.RegionID) + " \\\n")
	}
	b.WriteString("  --header " + ShellQuote("Content-Type=application/json") + " \\\n")
	b.WriteString("  --body " + ShellQuote(string(body)) + "\n")
	_, err = io.WriteString(w, b.String())
	return err
}

// ShellQuote quotes s as one word for a POSIX shell. Words made only of characters
// that are never special are left bare; anything else is put in single quotes, with
// each single quote written as quote, backslash, quote, quote.
func ShellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.,/:@%+=") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
