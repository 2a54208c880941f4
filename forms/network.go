package forms

import (
	"reflect"

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
		key: "scaling_group.security_group_ids", title: "Security groups", what: "security groups", accountChecked: true,
		desc: "Firewall groups the nodes join (at most 5); empty uses the cluster's default group.",
	}, stringList(np, "scaling_group.security_group_ids"), 5, env.target, func(t Target) ([]Choice, error) {
		if env.Catalog == nil {
			return nil, errNoCatalog
		}
		return env.Catalog.SecurityGroups(t)
	}, b.check("scaling_group.security_group_ids"))

	regionNow := newLive(func() string { return env.target().Region })
	keyPair, keySel, keyIn := newPickOne(b, pickSpec{
		key: "scaling_group.key_pair", title: "Key pair", what: "key pairs", none: "(none)",
		desc: "ECS key pair whose public key is installed for SSH login.",
	}, formatLeaf(mustSlot("scaling_group.key_pair").get(np)), regionNow, func(region string) ([]Choice, error) {
		if env.Catalog == nil {
			return nil, errNoCatalog
		}
		return env.Catalog.KeyPairs(region)
	}, b.check("scaling_group.key_pair"))

	password := b.text("scaling_group.login_password")
	login := new(string)
	switch {
	case keyPair.sel != "":
		*login = loginKeyPair
	case *password != "":
		*login = loginPassword
	}
	usesKey := func() bool { return *login == loginKeyPair }
	usesPassword := func() bool { return *login == loginPassword }

	sgSlot, keySlot := mustSlot("scaling_group.security_group_ids"), mustSlot("scaling_group.key_pair")
	passSlot := mustSlot("scaling_group.login_password")
	b.onSync(func(np *model.NodePool) {
		sgSlot.set(np, reflect.ValueOf(nonEmpty(sgs.values())))
		// Only the chosen login method reaches the request.
		if usesKey() {
			setText(np, keySlot, keyPair.value())
		} else {
			keySlot.clear(np)
		}
		if !usesPassword() {
			passSlot.clear(np)
		}
	})

	chargeType := b.text("scaling_group.internet_charge_type")
	imageType := b.text("scaling_group.image_type")
	return b.step(StepNetwork, "Network & login", []string{
		"scaling_group.security_group_id", "scaling_group.cis_enabled", "scaling_group.platform",
	},
		b.group("Security groups", sgSel),
		b.groupIf(sgs.typing, "Security groups", sgIn),
		b.group("Login",
			loginSelect(b, login),
			b.triSelect("scaling_group.login_as_non_root", "Log in as ecs-user",
				"Create the nodes with the non-root user ecs-user for login instead of root."),
		),
		b.groupIf(usesKey, "Key pair", keySel),
		b.groupIf(func() bool { return usesKey() && keyPair.typing() }, "Key pair", keyIn),
		b.groupIf(usesPassword, "Password",
			b.newInput().
				Key("scaling_group.login_password").
				Title("Login password").
				Description(passwordRules).
				EchoMode(huh.EchoModePassword).
				Value(password).
				Validate(b.check("scaling_group.login_password")),
		),
		b.group("Public IP",
			b.enumSelectOn(chargeType, "scaling_group.internet_charge_type", "Public IP billing",
				"Give every node a public IP: PayByTraffic (per GB) or PayByBandwidth (per Mbit/s). Default: no public IP."),
		),
		b.appliesIf(func() bool { return *chargeType != "" }, "Public IP",
			b.number("scaling_group.internet_max_bandwidth_out", "Public bandwidth (Mbit/s)",
				"Outbound bandwidth cap per node, 1–100 Mbit/s."),
		),
		b.group("Operating system",
			imageTypeSelect(b, env, imageType),
			b.input("scaling_group.image_id", "Custom image",
				"ID of your own image (m-...) to boot from; empty uses the image type's system image."),
			b.triSelect("scaling_group.security_hardening_os", "OS security hardening",
				"Applies Alibaba Cloud Linux security hardening (Alibaba Cloud Linux images only)."),
			b.input("scaling_group.deploymentset_id", "Deployment set",
				"Deployment set ID (ds-...) that spreads nodes over physical hosts; limits the pool to 20 nodes per zone."),
		),
	)
}

// imageTypeSelect lists the OS image types the catalog offers for the cluster's
// version, falling back to the reference's list when the lookup fails.
func imageTypeSelect(b *binder, env *Env, val *string) *huh.Select[string] {
	const path = "scaling_group.image_type"
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
