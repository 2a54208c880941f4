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
	b := NewBinder(np, env)
	name := b.Text(model.PathNodepoolInfoName)
	type nameQuery struct {
		Name   string
		Target Target
	}
	nameNow := NewLive(func() nameQuery { return nameQuery{strings.TrimSpace(*name), env.CurrentTarget()} })
	nameField := b.NewInput().
		Key(model.PathNodepoolInfoName).
		Title("Pool name").
		DescriptionFunc(func() string {
			q := nameNow.Get()
			return nameDesc + nameTakenNote(env.Catalog, q.Target, q.Name)
		}, nameNow).
		Value(name).
		Validate(func(raw string) error {
			if err := b.Check(model.PathNodepoolInfoName)(raw); err != nil {
				return err
			}
			return takenNameError(env, raw)
		})
	// the field refuses a taken name; the step's problems say so too, so the step
	// list and the review do not claim the step is fine while its field is blocked
	b.Checks = append(b.Checks, func() *model.Problem {
		if err := takenNameError(env, *name); err != nil {
			return &model.Problem{Path: model.PathNodepoolInfoName, Message: err.Error(), Severity: model.SeverityError}
		}
		return nil
	})

	rgQuery := NewLive(func() struct{} { return struct{}{} })
	rg, rgSel, rgIn := NewPickOne(b, PickSpec{
		Key: model.PathNodepoolInfoResourceGroupID, Title: "Resource group", What: "resource groups",
		None: "(the account's default resource group)",
		Desc: "Resource group the pool's instances are placed in, for access control and billing.",
	}, model.MustPath(model.PathNodepoolInfoResourceGroupID).Text(np), rgQuery, func(struct{}) ([]Choice, error) {
		if env.Catalog == nil {
			return nil, ErrNoCatalog
		}
		return env.Catalog.ResourceGroups()
	}, b.Check(model.PathNodepoolInfoResourceGroupID))
	rgSlot := model.MustPath(model.PathNodepoolInfoResourceGroupID)
	b.OnSync(func(np *model.NodePool) { SetText(np, rgSlot, rg.Value()) })

	return b.Step(StepBasics, "Basics", []string{model.PathNodepoolInfo},
		b.Group("Basics",
			nameField,
			b.Field(model.PathNodepoolInfoType),
			rgSel,
		),
		b.GroupIf(rg.Typing, "Resource group", rgIn),
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
	if nameTakenNote(env.Catalog, env.CurrentTarget(), name) == "" {
		return nil
	}
	return fmt.Errorf("%s already has a pool named %q; choose another name", env.CurrentTarget().ClusterID, name)
}

// SetText writes a text value to a string field, unsetting it when empty; a string
// field takes any text, so there is no error to report.
func SetText(np *model.NodePool, p model.Path, v string) {
	_ = p.SetText(np, v)
}

// SetValue stores a value of the field's own Go type; a mismatch is a programming
// error that the tests catch.
func SetValue(np *model.NodePool, p model.Path, v any) {
	if err := p.Set(np, v); err != nil {
		panic("forms: " + err.Error())
	}
}
