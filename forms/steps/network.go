package steps

import (
	"github.com/charmbracelet/huh"

	"ackpool/forms"
	"ackpool/forms/multipick"
	"ackpool/model"
)

// The login methods of the network step; only one of key pair and password may be set.
const (
	loginKeyPair  = "key_pair"
	loginPassword = "password"
	loginNone     = ""
)

// networkStep covers security groups, login (key pair or password, non-root user),
// public IP billing, the OS image and hardening, and the deployment set.
func networkStep(np *model.NodePool, env *forms.Env) forms.Step {
	b := forms.NewBinder(np, env)
	sgs, sgSel, sgIn := forms.NewPickMany(b, forms.PickSpec{
		Key: model.PathScalingGroupSecurityGroupIDs, What: "security groups", AccountChecked: true,
	}, stringList(np, model.PathScalingGroupSecurityGroupIDs), 5, env.CurrentTarget, func(t forms.Target) ([]forms.Choice, error) {
		if env.Catalog == nil {
			return nil, forms.ErrNoCatalog
		}
		return env.Catalog.SecurityGroups(t)
	}, b.Check(model.PathScalingGroupSecurityGroupIDs))

	regionNow := forms.NewLive(func() string { return env.CurrentTarget().Region })
	keyPair, keySel, keyIn := forms.NewPickOne(b, forms.PickSpec{
		Key: model.PathScalingGroupKeyPair, What: "key pairs", None: "(none)",
	}, model.MustPath(model.PathScalingGroupKeyPair).Text(np), regionNow, func(region string) ([]forms.Choice, error) {
		if env.Catalog == nil {
			return nil, forms.ErrNoCatalog
		}
		return env.Catalog.KeyPairs(region)
	}, b.Check(model.PathScalingGroupKeyPair))

	password := b.Text(model.PathScalingGroupLoginPassword)
	passwordTitle, passwordDesc := forms.TitleDesc(model.PathScalingGroupLoginPassword)
	login := new(string)
	switch {
	case keyPair.Sel != "":
		*login = loginKeyPair
	case *password != "":
		*login = loginPassword
	}
	usesKey := func() bool { return *login == loginKeyPair }
	usesPassword := func() bool { return *login == loginPassword }

	sgPath, keyPath := model.MustPath(model.PathScalingGroupSecurityGroupIDs), model.MustPath(model.PathScalingGroupKeyPair)
	passPath := model.MustPath(model.PathScalingGroupLoginPassword)
	b.OnSync(func(np *model.NodePool) {
		forms.SetValue(np, sgPath, forms.NonEmpty(sgs.Values()))
		// Only the chosen login method reaches the request.
		if usesKey() {
			forms.SetText(np, keyPath, keyPair.Value())
		} else {
			keyPath.Clear(np)
		}
		if !usesPassword() {
			passPath.Clear(np)
		}
	})

	chargeType := b.Text(model.PathScalingGroupInternetChargeType)
	imageType := b.Text(model.PathScalingGroupImageType)
	return b.Step(forms.StepNetwork, "Network & login", []string{
		model.PathScalingGroupSecurityGroupID, model.PathScalingGroupCISEnabled, model.PathScalingGroupPlatform,
	},
		b.Group("Security groups", sgSel),
		b.GroupIf(sgs.Typing, "Security groups", sgIn),
		b.Group("Login",
			loginSelect(b, login),
			b.Field(model.PathScalingGroupLoginAsNonRoot),
		),
		b.GroupIf(usesKey, "Key pair", keySel),
		b.GroupIf(func() bool { return usesKey() && keyPair.Typing() }, "Key pair", keyIn),
		b.GroupIf(usesPassword, "Password",
			b.NewInput().
				Key(model.PathScalingGroupLoginPassword).
				Title(passwordTitle).
				Description(passwordDesc).
				EchoMode(huh.EchoModePassword).
				Value(password).
				Validate(b.Check(model.PathScalingGroupLoginPassword)),
		),
		b.Group("Public IP",
			b.EnumSelectOn(chargeType, model.PathScalingGroupInternetChargeType),
		),
		b.AppliesIf(func() bool { return *chargeType != "" }, "Public IP",
			b.Field(model.PathScalingGroupInternetMaxBandwidthOut),
		),
		b.Group("Operating system",
			imageTypeSelect(b, env, imageType),
			b.Field(model.PathScalingGroupImageID),
			b.Field(model.PathScalingGroupSecurityHardeningOS),
			b.Field(model.PathScalingGroupDeploymentsetID),
		),
	)
}

// imageTypeSelect lists the OS image types the catalog offers for the cluster's
// version, falling back to the reference's list when the lookup fails.
func imageTypeSelect(b *forms.Binder, env *forms.Env, val *string) *huh.Select[string] {
	const path = model.PathScalingGroupImageType
	title, desc := forms.TitleDesc(path)
	initial := *val
	targetNow := forms.NewLive(env.CurrentTarget)
	options := func(t forms.Target) []huh.Option[string] {
		var choices []forms.Choice
		var err error
		if env.Catalog == nil {
			err = forms.ErrNoCatalog
		} else {
			choices, err = env.Catalog.ImageTypes(t)
		}
		if err != nil || len(choices) == 0 {
			return multipick.CurrentFirst(forms.EnumOptions(path, initial, false), []string{initial})
		}
		return multipick.CurrentFirst(multipick.PickOptions(forms.PickSpec{None: "(default)", NoManual: true}, choices, nil, []string{initial}), []string{initial})
	}
	sel := b.NewSelect().
		Key(path).
		Title(title).
		Description(desc).
		Height(8).
		OptionsFunc(func() []huh.Option[string] { return options(targetNow.Get()) }, targetNow).
		Value(val).
		Validate(b.Check(path))
	b.Loaders[sel] = func() { sel.Options(options(targetNow.Now())...) }
	return sel
}

// loginSelect chooses how to log in: no SSH login, a key pair or a password.
func loginSelect(b *forms.Binder, login *string) *huh.Select[string] {
	opts := []huh.Option[string]{
		huh.NewOption("none (no SSH login configured)", loginNone),
		huh.NewOption("key pair", loginKeyPair),
		huh.NewOption("password", loginPassword),
	}
	sel := b.NewSelect().
		Key("login_method").
		Title("Login method").
		Description("How you log in to the nodes over SSH. Use one: a key pair (safer) or a password.").
		Options(opts...).
		Value(login)
	forms.ShowFromTop(sel, opts, *login)
	return sel
}
