package forms

import (
	"fmt"
	"strings"

	"ackpool/model"
)

const nameDesc = "Unique within the cluster; shown in the console and in node labels."

// basicsStep names the pool and places it: name (checked against the cluster's pools
// as you type), resource group and pool type.
func basicsStep(np *model.NodePool, env *Env) Step {
	b := newBinder(np, env)
	name := b.text(model.PathNodepoolInfoName)
	type nameQuery struct {
		Name   string
		Target Target
	}
	nameNow := newLive(func() nameQuery { return nameQuery{strings.TrimSpace(*name), env.target()} })
	nameField := b.newInput().
		Key(model.PathNodepoolInfoName).
		Title("Pool name").
		DescriptionFunc(func() string {
			q := nameNow.get()
			return nameDesc + nameTakenNote(env.Catalog, q.Target, q.Name)
		}, nameNow).
		Value(name).
		Validate(func(raw string) error {
			if err := b.check(model.PathNodepoolInfoName)(raw); err != nil {
				return err
			}
			return takenNameError(env, raw)
		})
	// the field refuses a taken name; the step's problems say so too, so the step
	// list and the review do not claim the step is fine while its field is blocked
	b.checks = append(b.checks, func() *model.Problem {
		if err := takenNameError(env, *name); err != nil {
			return &model.Problem{Path: model.PathNodepoolInfoName, Message: err.Error(), Severity: model.SeverityError}
		}
		return nil
	})

	rgQuery := newLive(func() struct{} { return struct{}{} })
	rg, rgSel, rgIn := newPickOne(b, pickSpec{
		key: model.PathNodepoolInfoResourceGroupID, title: "Resource group", what: "resource groups",
		none: "(the account's default resource group)",
		desc: "Resource group the pool's instances are placed in, for access control and billing.",
	}, model.MustPath(model.PathNodepoolInfoResourceGroupID).Text(np), rgQuery, func(struct{}) ([]Choice, error) {
		if env.Catalog == nil {
			return nil, errNoCatalog
		}
		return env.Catalog.ResourceGroups()
	}, b.check(model.PathNodepoolInfoResourceGroupID))
	rgSlot := model.MustPath(model.PathNodepoolInfoResourceGroupID)
	b.onSync(func(np *model.NodePool) { setText(np, rgSlot, rg.value()) })

	return b.step(StepBasics, "Basics", []string{model.PathNodepoolInfo},
		b.group("Basics",
			nameField,
			b.field(model.PathNodepoolInfoType),
			rgSel,
		),
		b.groupIf(rg.typing, "Resource group", rgIn),
	)
}

// nameTakenNote says when the cluster already has a pool of that name; it answers from
// what the catalog already loaded and never blocks.
func nameTakenNote(cat Catalog, t Target, name string) string {
	if cat == nil || name == "" || t.ClusterID == "" {
		return ""
	}
	if taken, known := cat.PoolNameTaken(t, name); known && taken {
		return fmt.Sprintf("\nA pool named %q already exists in this cluster.", name)
	}
	return ""
}

// takenNameError refuses a name the cluster already has, as far as the catalog knows.
func takenNameError(env *Env, raw string) error {
	name := strings.TrimSpace(raw)
	if nameTakenNote(env.Catalog, env.target(), name) == "" {
		return nil
	}
	return fmt.Errorf("%s already has a pool named %q; choose another name", env.target().ClusterID, name)
}

// setText writes a text value to a string field, unsetting it when empty; a string
// field takes any text, so there is no error to report.
func setText(np *model.NodePool, p model.Path, v string) {
	_ = p.SetText(np, v)
}

// setValue stores a value of the field's own Go type; a mismatch is a programming
// error that the tests catch.
func setValue(np *model.NodePool, p model.Path, v any) {
	if err := p.Set(np, v); err != nil {
		panic("forms: " + err.Error())
	}
}
