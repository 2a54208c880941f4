package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"strings"

	"ackpool/termtext"

	"github.com/alibabacloud-go/tea/tea"
)

// Error is a failed call as the cloud (or the sandbox) answered it, or a call that
// never got an answer. Error() prints the code, the message, the request ID and a
// hint saying what to do next.
type Error struct {
	// Action is the API that failed, e.g. "CreateClusterNodePool".
	Action string
	// HTTPStatus is the response status; 0 when no response arrived.
	HTTPStatus int
	// Code is the cloud's error code, e.g. "Throttling.User" or "InvalidParameter.Name".
	Code string
	// Message is the cloud's message without the core's "code: 400, ..." decoration.
	Message string
	// RequestID identifies the request for Alibaba Cloud support.
	RequestID string
	// Hint is the next step for a person, empty when there is nothing useful to add.
	Hint string
	// Err is the underlying transport error when no response arrived.
	Err error
}

// Error renders the error on one or two lines: what failed, then the hint.
func (e *Error) Error() string {
	var b strings.Builder
	if e.Action != "" {
		b.WriteString(e.Action)
		b.WriteString(": ")
	}
	// code, message and request ID come from the server: their control characters
	// are made visible so that an answer cannot drive the terminal
	switch {
	case e.Code != "":
		b.WriteString(termtext.Line(e.Code))
		if e.Message != "" {
			b.WriteString(": ")
			b.WriteString(termtext.Line(e.Message))
		}
	case e.Err != nil:
		b.WriteString(termtext.Line(e.Err.Error()))
	default:
		b.WriteString(termtext.Line(e.Message))
	}
	if e.HTTPStatus != 0 {
		fmt.Fprintf(&b, " (HTTP %d)", e.HTTPStatus)
	}
	if e.RequestID != "" {
		b.WriteString(" [request id ")
		b.WriteString(termtext.Line(e.RequestID))
		b.WriteString("]")
	}
	if e.Hint != "" {
		b.WriteString("\n  next step: ")
		b.WriteString(e.Hint)
	}
	return b.String()
}

// Summary is the error on one line, without the hint: the code (or the transport
// failure) and the HTTP status.
func (e *Error) Summary() string {
	if e.Code != "" {
		if e.HTTPStatus != 0 {
			return fmt.Sprintf("%s (HTTP %d)", termtext.Line(e.Code), e.HTTPStatus)
		}
		return termtext.Line(e.Code)
	}
	if e.Err != nil {
		return termtext.Line(e.Err.Error())
	}
	return termtext.Line(e.Message)
}

// Unwrap returns the transport error, if any.
func (e *Error) Unwrap() error { return e.Err }

// Throttled reports whether the cloud refused the call because of flow control.
func (e *Error) Throttled() bool { return strings.Contains(e.Code, "Throttling") }

// ServerSide reports whether the cloud answered with a 5xx status.
func (e *Error) ServerSide() bool { return e.HTTPStatus >= 500 && e.HTTPStatus <= 599 }

// NoResponse reports whether the call ended without any HTTP answer.
func (e *Error) NoResponse() bool { return e.HTTPStatus == 0 && e.Err != nil }

// hintRule maps error codes to advice. A rule matches a code exactly or, when prefix
// is set, any code starting with it.
type hintRule struct {
	code   string
	prefix bool
	hint   string
}

// hintRules is the advice for the codes people meet most. Order matters: the first
// match wins, so exact codes come before prefixes.
var hintRules = []hintRule{
	{code: "InvalidCredentials", hint: "set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure a profile with `aliyun configure` and pass --profile"},
	{code: "InvalidAccessKeyId.NotFound", hint: "the AccessKey ID is unknown: check ALIBABA_CLOUD_ACCESS_KEY_ID or the --profile you chose (for the sandbox, use the key it printed)"},
	{code: "InvalidAccessKeyId.Inactive", hint: "the AccessKey is disabled: enable it in the RAM console or use another key"},
	{code: "SignatureDoesNotMatch", hint: "the AccessKey secret does not match the ID: check ALIBABA_CLOUD_ACCESS_KEY_SECRET or the profile's access_key_secret"},
	{code: "IncompleteSignature", hint: "the request signature is malformed: check that no proxy rewrites the Authorization header"},
	{code: "InvalidTimeStamp.Expired", hint: "this machine's clock is more than 15 minutes off: synchronise it (NTP) and retry"},
	{code: "SignatureNonceUsed", hint: "a request was replayed: retry the command"},
	{code: "Forbidden.RAM", hint: "the RAM user lacks permission: grant cs:CreateClusterNodePool (and the read actions) on the cluster"},
	{code: "ErrorCheckAcl", hint: "the RAM user lacks permission on this cluster: ask an administrator to grant ACK access"},
	{code: "Throttling", prefix: true, hint: "the API is rate limited: wait a few seconds and retry"},
	{code: "ErrorClusterNotFound", hint: "no cluster with this ID in this region: check --cluster and --region (list clusters in the wizard)"},
	{code: "ErrorTaskNotFound", hint: "no task with this ID: check TASK_ID and --region (tasks of the in-process sandbox end with the command; use `ackpool sandbox` to keep them)"},
	{code: "ErrorNodePoolNotFound", hint: "no node pool with this ID in the cluster: check --nodepool"},
	{code: "ErrorClusterState", hint: "the cluster is not running: wait until its state is running, then retry"},
	{code: "InvalidParameter.Name", hint: "a node pool with this name already exists in the cluster: choose another pool name (nodepool_info.name)"},
	{code: "InvalidParameter", prefix: true, hint: "the service rejected a value: fix the field the message names and retry (ackpool validate runs the checks that need no cloud first)"},
	{code: "MissingParameter", prefix: true, hint: "a required parameter is missing: add the field named in the message"},
	{code: "QuotaExceeded", prefix: true, hint: "a quota is exhausted: check DescribeUserQuota / the Quota Center and raise it, or use fewer nodes"},
	{code: "OperationDenied.NoStock", prefix: true, hint: "the instance type is out of stock in these zones: add more instance types or vswitches in other zones"},
	{code: "NoStock", prefix: true, hint: "the instance type is out of stock in these zones: add more instance types or vswitches in other zones"},
	{code: "InvalidApi.NotFound", hint: "the endpoint does not serve this API: check --endpoint / ACKPOOL_ENDPOINT and --region"},
	{code: "InternalError", hint: "a server-side failure: retry later; quote the request ID if it persists"},
	{code: "ServiceUnavailable", hint: "the service is temporarily unavailable: retry later"},
}

// hintFor returns the advice for a code, or "" when there is none.
func hintFor(code string) string {
	for _, r := range hintRules {
		if r.code == code || (r.prefix && strings.HasPrefix(code, r.code)) {
			return r.hint
		}
	}
	return ""
}

// toError turns whatever the OpenAPI core returned into an *Error. Context
// cancellation is passed through unchanged so callers can test errors.Is(err, context.Canceled).
func toError(action string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	var sdk *tea.SDKError
	if errors.As(err, &sdk) {
		return fromSDKError(action, sdk)
	}
	e := &Error{Action: action, Err: err, Hint: transportHint(err)}
	return e
}

// fromSDKError reads the fields of the core's error. The core's Message is decorated
// ("code: 400, <message> request id: <id>"), so the message is taken from Data, the
// raw error body, when it is there.
func fromSDKError(action string, sdk *tea.SDKError) *Error {
	e := &Error{
		Action:     action,
		HTTPStatus: tea.IntValue(sdk.StatusCode),
		Code:       tea.StringValue(sdk.Code),
		Message:    tea.StringValue(sdk.Message),
	}
	if data := tea.StringValue(sdk.Data); data != "" {
		var body map[string]any
		if json.Unmarshal([]byte(data), &body) == nil {
			if m := firstString(body, "Message", "message"); m != "" {
				e.Message = m
			}
			e.RequestID = firstString(body, "RequestId", "requestId", "request_id")
		}
	}
	if e.RequestID == "" {
		if i := strings.LastIndex(e.Message, " request id: "); i >= 0 {
			e.RequestID = strings.TrimSpace(e.Message[i+len(" request id: "):])
		}
	}
	if e.HTTPStatus == 0 && e.Code == "" {
		// not an HTTP answer: a local failure the core wrapped (credentials chain, ...)
		e.Hint = "check your credentials: " + hintFor("InvalidCredentials")
	} else {
		e.Hint = hintFor(e.Code)
	}
	if e.Code == "InvalidCredentials" || strings.Contains(e.Message, "unable to get credentials") {
		e.Hint = hintFor("InvalidCredentials")
	}
	return e
}

func firstString(m map[string]any, keys ...string) string {
	for _, k := range keys {
		if s, ok := m[k].(string); ok && s != "" {
			return s
		}
	}
	return ""
}

// transportHint explains a call that got no HTTP answer.
func transportHint(err error) string {
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return "the request timed out: check the network (or the sandbox) and retry"
	}
	var dns *net.DNSError
	if errors.As(err, &dns) && dns.IsNotFound {
		return fmt.Sprintf("the host %s does not exist: check --region (each region has its own endpoint), or --endpoint / ACKPOOL_ENDPOINT", dns.Name)
	}
	if notSent(err) {
		return "could not connect: check --endpoint / ACKPOOL_ENDPOINT, the network, or whether `ackpool sandbox` is still running"
	}
	return "the connection broke before an answer arrived: retry; for a create, ackpool checks whether the pool exists first"
}

// notSent reports whether a transport error happened before the request could reach
// the server (a failed dial), so sending it again cannot duplicate anything.
func notSent(err error) bool {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return true
	}
	var dns *net.DNSError
	return errors.As(err, &dns)
}

// retryable reports whether a read may be sent again after err: throttling, 5xx and
// transport failures are; anything the cloud rejected on its merits is not.
func retryable(err error) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	return e.Throttled() || e.ServerSide() || e.NoResponse()
}
