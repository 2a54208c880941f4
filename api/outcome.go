package api

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// OutcomeUnknownError reports a create whose result cannot be known: the request may
// or may not have created the pool, and nothing ackpool could look up proves either.
// It is neither a success nor a failure; Check is the command that tells.
type OutcomeUnknownError struct {
	Region, ClusterID, Name string
	// Cause is the failure that made the outcome ambiguous.
	Cause error
	// Lookup is why looking for the pool failed; nil when the lookup answered but
	// could not prove whose the pool is.
	Lookup error
	// Reason says in words why the outcome cannot be known.
	Reason string
	// Check is a shell command that lists the cluster's pools of this name.
	Check string
	// OwnerTag is the "key=value" ownership tag the request carried, "" when none.
	OwnerTag string
}

// Error says the outcome is unknown, why, and the command that checks it.
func (e *OutcomeUnknownError) Error() string {
	var b strings.Builder
	b.WriteString("outcome unknown: node pool ")
	b.WriteString(strconv.Quote(e.Name))
	b.WriteString(" may or may not have been created")
	if e.Cause != nil {
		b.WriteString("\n  the request failed after it was sent: ")
		b.WriteString(oneLine(e.Cause))
	}
	if e.Reason != "" {
		b.WriteString("\n  ")
		b.WriteString(e.Reason)
	}
	if e.Lookup != nil {
		b.WriteString(": ")
		b.WriteString(oneLine(e.Lookup))
	}
	b.WriteString("\n  check with: ")
	b.WriteString(e.Check)
	if e.OwnerTag != "" {
		b.WriteString("\n  the pool is this command's if its scaling_group.tags hold ")
		b.WriteString(e.OwnerTag)
	}
	b.WriteString("\n  do not send the request again before checking: a second pool of the same name is refused")
	return b.String()
}

// Unwrap returns the failure that made the outcome ambiguous.
func (e *OutcomeUnknownError) Unwrap() error { return e.Cause }

// poolsCheckCommand is the aliyun CLI command that lists a cluster's pools of a name,
// with the endpoint override when there is one.
func (c *SDKClient) poolsCheckCommand(region, clusterID, name string) string {
	parts := []string{"aliyun", "cs", "GET", shellWord("/clusters/" + url.PathEscape(clusterID) + "/nodepools"), "--NodepoolName", shellWord(name)}
	if region != "" {
		parts = append(parts, "--region", shellWord(region))
	}
	if ep := c.opts.Endpoint; ep != "" {
		parts = append(parts, "--endpoint", shellWord(ep))
	}
	return strings.Join(parts, " ")
}

// plainWord is a shell word that needs no quotes.
var plainWord = regexp.MustCompile(`^[A-Za-z0-9_./:=@%+-]+$`)

// shellWord quotes s for a POSIX shell when it needs it.
func shellWord(s string) string {
	if plainWord.MatchString(s) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
