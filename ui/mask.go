package ui

import "ackpool/model"

// encodeBody renders the request body as the user will send it, with every secret
// masked: indented JSON, no HTML escaping. It is model.EncodeJSON(model.Redact(np))
// without Redact's deep copy of the whole request: each secret the request sets
// (model.SetSecrets) is pointed at the mask while np is encoded, then pointed back at
// its own value, so np ends as it was (the same pointers). np must not be read
// elsewhere meanwhile: it is the wizard's own request, read only in Update.
func encodeBody(np *model.NodePool) []byte {
	restore, ok := maskSecrets(np)
	if !ok {
		return encodeMasked(model.Redact(np))
	}
	defer restore()
	return encodeMasked(np)
}

// encodeMasked encodes a request whose secrets are masked.
func encodeMasked(np *model.NodePool) []byte {
	body, err := model.EncodeJSON(np, true)
	if err != nil {
		return []byte("{}")
	}
	return body
}

// maskSecrets points every set secret of np at the mask and returns the function that
// puts the values back; ok is false, and np is as it was, when a secret cannot be
// reached by its path.
func maskSecrets(np *model.NodePool) (restore func(), ok bool) {
	type saved struct {
		path  model.Path
		value any
	}
	var undo []saved
	restore = func() {
		for i := len(undo) - 1; i >= 0; i-- {
			_ = undo[i].path.Set(np, undo[i].value) // the value it had, by the same path
		}
	}
	mask := model.Mask
	for _, path := range model.SetSecrets(np) {
		p, err := model.ParsePath(path)
		if err != nil {
			restore()
			return nil, false
		}
		v, set := p.Get(np)
		if _, isString := v.(*string); !set || !isString || p.Set(np, &mask) != nil {
			restore()
			return nil, false
		}
		undo = append(undo, saved{p, v})
	}
	return restore, true
}
