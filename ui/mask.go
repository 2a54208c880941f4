package ui

import "ackpool/model"

// encodeBody renders the request body as the user will send it, with every secret
// masked: indented JSON, no HTML escaping. model.EncodeMasked copies only what leads
// to a set secret, so a request of 1,000 labels is not copied on every key, and np
// is never changed, not even for a moment.
func encodeBody(np *model.NodePool) []byte {
	body, err := model.EncodeMasked(np, true)
	if err != nil {
		return []byte("{}")
	}
	return body
}
