package steps

import (
	"fmt"
	"strings"

	"ackpool/forms"
	"ackpool/model"
)

const nameDesc = "Unique within the cluster; shown in the console and in node labels."

// basicsStep names the pool and places it: name (checked against the cluster's pools
// as you type), resource group and pool type.
func basicsStep(np *model.NodePool, env *forms.Env) forms.Step {
	b := forms.NewBinder(np, env)
	name := b.Text(model.PathNodepoolInfoName)
	type nameQuery struct {
		Name   string
		Target forms.Target
	}
	nameNow := forms.NewLive(func() nameQuery { return nameQuery{strings.TrimSpace(*name), env.CurrentTarget()} })
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

	rgQuery := forms.NewLive(func() struct{} { return struct{}{} })
	rg, rgSel, rgIn := forms.NewPickOne(b, forms.PickSpec{
		Key: model.PathNodepoolInfoResourceGroupID, Title: "Resource group", What: "resource groups",
		None: "(the account's default resource group)",
		Desc: "Resource group the pool's instances are placed in, for access control and billing.",
	}, model.MustPath(model.PathNodepoolInfoResourceGroupID).Text(np), rgQuery, func(struct{}) ([]forms.Choice, error) {
		if env.Catalog == nil {
			return nil, forms.ErrNoCatalog
		}
		return env.Catalog.ResourceGroups()
	}, b.Check(model.PathNodepoolInfoResourceGroupID))
	rgSlot := model.MustPath(model.PathNodepoolInfoResourceGroupID)
	b.OnSync(func(np *model.NodePool) { forms.SetText(np, rgSlot, rg.Value()) })

	return b.Step(forms.StepBasics, "Basics", []string{model.PathNodepoolInfo},
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
func nameTakenNote(cat forms.Catalog, t forms.Target, name string) string {
	if cat == nil || name == "" || t.ClusterID == "" {
		return ""
	}
	if taken, known := cat.PoolNameTaken(t, name); known && taken {
		return fmt.Sprintf("\nA pool named %q already exists in this cluster.", name)
	}
	return ""
}

// takenNameError refuses a name the cluster already has, as far as the catalog knows.
func takenNameError(env *forms.Env, raw string) error {
	name := strings.TrimSpace(raw)
	if nameTakenNote(env.Catalog, env.CurrentTarget(), name) == "" {
		return nil
	}
	return fmt.Errorf("%s already has a pool named %q; choose another name", env.CurrentTarget().ClusterID, name)
}
