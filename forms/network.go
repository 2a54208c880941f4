package forms

import (
	"github.com/charmbracelet/huh"

	"ackpool/model"
)

// The login methods of the network step; only one of key pair and password may be set.
const (
	loginKeyPair  = "key_pair"
	loginPassword = "password"
	loginNone     = ""
)

// passwordRules is the password field's description: the ECS strength rules (R220).
const passwordRules = "8–30 characters with at least three of: upper case, lower case, digits, " +
	"special characters ()`~!@#$%^&*-_+=|{}[]:;'<>,.?/ . Never saved in presets or drafts."

// networkStep covers security groups, login (key pair or password, non-root user),
// public IP billing, the OS image and hardening, and the deployment set.
func networkStep(np *model.NodePool, env *Env) Step {
	b := newBinder(np, env)
	sgs, sgSel, sgIn := newPickMany(b, pickSpec{
		key: model.PathScalingGroupSecurityGroupIDs, title: "Security groups", what: "security groups",
		desc: "Firewall groups the nodes join (at most 5); empty uses the cluster's default group.",
	}, stringList(np, model.PathScalingGroupSecurityGroupIDs), 5, env.target, func(t Target) ([]Choice, error) {
		if env.Catalog == nil {
			return nil, errNoCatalog
		}
		return env.Catalog.SecurityGroups(t)
	}, b.check(model.PathScalingGroupSecurityGroupIDs))

	regionNow := newLive(func() string { return env.target().Region })
	keyPair, keySel, keyIn := newPickOne(b, pickSpec{
		key: model.PathScalingGroupKeyPair, title: "Key pair", what: "key pairs", none: "(none)",
		desc: "ECS key pair whose public key is installed for SSH login.",
	}, model.MustPath(model.PathScalingGroupKeyPair).Text(np), regionNow, func(region string) ([]Choice, error) {
		if env.Catalog == nil {
			return nil, errNoCatalog
		}
		return env.Catalog.KeyPairs(region)
	}, b.check(model.PathScalingGroupKeyPair))

	password := b.text(model.PathScalingGroupLoginPassword)
	login := new(string)
	switch {
	case keyPair.sel != "":
		*login = loginKeyPair
	case *password != "":
		*login = loginPassword
	}
	usesKey := func() bool { return *login == loginKeyPair }
	usesPassword := func() bool { return *login == loginPassword }

	sgSlot, keySlot := model.MustPath(model.PathScalingGroupSecurityGroupIDs), model.MustPath(model.PathScalingGroupKeyPair)
	passSlot := model.MustPath(model.PathScalingGroupLoginPassword)
	b.onSync(func(np *model.NodePool) {
		setValue(np, sgSlot, nonEmpty(sgs.values()))
		// Only the chosen login method reaches the request.
		if usesKey() {
			setText(np, keySlot, keyPair.value())
		} else {
			keySlot.Clear(np)
		}
		if !usesPassword() {
			passSlot.Clear(np)
		}
	})

	chargeType := b.text(model.PathScalingGroupInternetChargeType)
	imageType := b.text(model.PathScalingGroupImageType)
	return b.step(StepNetwork, "Network & login", []string{
		model.PathScalingGroupSecurityGroupID, model.PathScalingGroupCISEnabled, model.PathScalingGroupPlatform,
	},
		b.group("Security groups", sgSel),
		b.groupIf(sgs.typing, "Security groups", sgIn),
		b.group("Login",
			loginSelect(b, login),
			b.field(model.PathScalingGroupLoginAsNonRoot),
		),
		b.groupIf(usesKey, "Key pair", keySel),
		b.groupIf(func() bool { return usesKey() && keyPair.typing() }, "Key pair", keyIn),
		b.groupIf(usesPassword, "Password",
			b.newInput().
				Key(model.PathScalingGroupLoginPassword).
				Title("Login password").
				Description(passwordRules).
				EchoMode(huh.EchoModePassword).
				Value(password).
				Validate(b.check(model.PathScalingGroupLoginPassword)),
		),
		b.group("Public IP",
			b.enumSelectOn(chargeType, model.PathScalingGroupInternetChargeType),
		),
		b.appliesIf(func() bool { return *chargeType != "" }, "Public IP",
			b.field(model.PathScalingGroupInternetMaxBandwidthOut),
		),
		b.group("Operating system",
			imageTypeSelect(b, env, imageType),
			b.field(model.PathScalingGroupImageID),
			b.field(model.PathScalingGroupSecurityHardeningOS),
			b.field(model.PathScalingGroupDeploymentsetID),
		),
	)
}

// imageTypeSelect lists the OS image types the catalog offers for the cluster's
// version, falling back to the reference's list when the lookup fails.
func imageTypeSelect(b *binder, env *Env, val *string) *huh.Select[string] {
	const path = model.PathScalingGroupImageType
	initial := *val
	targetNow := newLive(env.target)
	options := func(t Target) []huh.Option[string] {
		var choices []Choice
		var err error
		if env.Catalog == nil {
			err = errNoCatalog
		} else {
			choices, err = env.Catalog.ImageTypes(t)
		}
		if err != nil || len(choices) == 0 {
			return currentFirst(enumOptions(path, initial, false), []string{initial})
		}
		return currentFirst(pickOptions(pickSpec{none: "(default)", noManual: true}, choices, nil, []string{initial}), []string{initial})
	}
	sel := b.newSelect().
		Key(path).
		Title("Image type").
		Description("Operating system family of the nodes; ContainerOS allows key pair login only.").
		Height(8).
		OptionsFunc(func() []huh.Option[string] { return options(targetNow.get()) }, targetNow).
		Value(val).
		Validate(b.check(path))
	b.loaders[sel] = func() { sel.Options(options(targetNow.now())...) }
	return sel
}

// loginSelect chooses how to log in: no SSH login, a key pair or a password.
func loginSelect(b *binder, login *string) *huh.Select[string] {
	opts := []huh.Option[string]{
		huh.NewOption("none (no SSH login configured)", loginNone),
		huh.NewOption("key pair", loginKeyPair),
		huh.NewOption("password", loginPassword),
	}
	sel := b.newSelect().
		Key("login_method").
		Title("Login method").
		Description("How you log in to the nodes over SSH. Use one: a key pair (safer) or a password.").
		Options(opts...).
		Value(login)
	showFromTop(sel, opts, *login)
	return sel
}
