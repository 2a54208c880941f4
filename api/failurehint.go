package api

import "strings"

// genericFailureHint is the next step for a failed task or pool whose detail names no
// known code.
const genericFailureHint = "look at the pool's events in the ACK console (Node Pools, then the pool) or run DescribeTaskInfo for the full detail; fix the cause, delete the failed pool, and create it again"

// FailureHint returns the next step for a failed task's or pool's detail (as in
// WatchEvent.Failure): the advice for the first known cloud error code the detail
// names (OperationDenied.NoStock, QuotaExceeded...), or a general one.
func FailureHint(failure string) string {
	words := strings.FieldsFunc(failure, func(r rune) bool {
		return !(r == '.' || r == '_' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z')
	})
	for _, word := range words {
		if h := hintFor(strings.TrimRight(word, ".")); h != "" {
			return h
		}
	}
	return genericFailureHint
}
