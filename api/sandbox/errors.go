package sandbox

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// cloudError is an error answer in the cloud's format.
type cloudError struct {
	status  int
	code    string
	message string
}

func (e *cloudError) Error() string { return e.code + ": " + e.message }

func errorf(status int, code, format string, args ...any) *cloudError {
	return &cloudError{status: status, code: code, message: fmt.Sprintf(format, args...)}
}

// badRequest is the common 400 InvalidParameter answer.
func badRequest(code, format string, args ...any) *cloudError {
	return errorf(http.StatusBadRequest, code, format, args...)
}

// writeError sends e with the request ID; RPC answers carry HostId and Recommend
// like the RPC gateways do.
func writeError(w http.ResponseWriter, r *http.Request, requestID string, rpcStyle bool, e *cloudError) {
	body := map[string]any{"Code": e.code, "Message": e.message, "RequestId": requestID}
	if rpcStyle {
		body["HostId"] = r.Host
		body["Recommend"] = "https://api.aliyun.com/troubleshoot?q=" + e.code + "&product=sandbox&requestId=" + requestID
	}
	writeJSON(w, requestID, e.status, body)
}

// writeJSON sends v as JSON with the request ID header.
func writeJSON(w http.ResponseWriter, requestID string, status int, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		data = []byte(`{"Code":"InternalError","Message":"the sandbox could not encode its answer","RequestId":"` + requestID + `"}`)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json;charset=utf-8")
	h.Set("X-Acs-Request-Id", requestID)
	w.WriteHeader(status)
	_, _ = w.Write(data)
}
