package ui

import (
	"testing"

	"ackpool/model"
)

// TestChangedPasswordIsValidatedAgain checks that a password changed behind the mask
// (the preview body shows the same "********") is validated again: the mask itself
// as a password is refused, a real one is not, and only the secret's digest tells
// the two apart.
func TestChangedPasswordIsValidatedAgain(t *testing.T) {
	d := newTestWizard(t, 160, 48)
	if d.m.np.ScalingGroup == nil {
		t.Fatal("the sample request has no scaling group")
	}
	refused := func() bool {
		for _, p := range d.m.problems {
			if p.Path == model.PathScalingGroupLoginPassword && p.Rule == "R220" {
				return true
			}
		}
		return false
	}
	mask, real := model.Mask, "Real-Passw0rd!"
	d.m.np.ScalingGroup.LoginPassword = &mask
	d.m.refresh(false)
	body, validations := string(d.m.preview.body), d.m.validations
	if !refused() {
		t.Fatalf("the mask as a password is not refused: %v", d.m.problems)
	}
	d.m.np.ScalingGroup.LoginPassword = &real
	d.m.refresh(false)
	if string(d.m.preview.body) != body {
		t.Fatalf("the masked body changed with the password:\n%s", d.m.preview.body)
	}
	if d.m.validations != validations+1 || refused() {
		t.Fatalf("the new password was not validated again (%d validations, was %d): %v", d.m.validations, validations, d.m.problems)
	}
	d.m.refresh(false)
	if d.m.validations != validations+1 {
		t.Fatalf("an unchanged request was validated again")
	}
	if secretsDigest(d.m.np) == secretsDigest(&model.NodePool{}) {
		t.Fatal("a request with a password has the digest of one without")
	}
}
