package ui

import (
	"crypto/sha256"
	"strconv"

	"ackpool/model"
)

// secretsDigest fingerprints what the masked preview body hides: the path and value
// of every secret field the request sets (the field table says which fields are
// secret). A password typed in changes it, so the password is checked again; the
// rest of the request is compared as the masked body.
func secretsDigest(np *model.NodePool) [sha256.Size]byte {
	h := sha256.New()
	for _, path := range model.SetSecrets(np) {
		p, err := model.ParsePath(path)
		if err != nil {
			continue // a path the field table produced always parses
		}
		v := p.Text(np)
		// lengths first, so no two lists of paths and values give the same bytes
		h.Write(strconv.AppendInt(nil, int64(len(path)), 10))
		h.Write([]byte{':'})
		h.Write([]byte(path))
		h.Write(strconv.AppendInt(nil, int64(len(v)), 10))
		h.Write([]byte{':'})
		h.Write([]byte(v))
	}
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}
