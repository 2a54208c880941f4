// Package forms is the binding machinery of the wizard's steps: a Binder ties huh
// fields to the request model through model.Path, with live validation through the
// model's own checks, titles, descriptions, widgets and help from the model's field
// table (Binder.Field, FieldHelp), editable lists and maps, and pick-lists fed by a
// Catalog of account lookups. The eight steps that arrange the fields are in
// forms/steps; the filterable multi-select is forms/multipick.
package forms

import (
	"github.com/charmbracelet/huh"

	"ackpool/forms/multipick"
	"ackpool/model"
)

// Target is what the request is sent to; it is not part of the request body.
type Target struct {
	Region    string
	ClusterID string
}

// Choice is one entry of a pick-list (see multipick.Choice).
type Choice = multipick.Choice

// PickSpec describes a pick-list (see multipick.Spec).
type PickSpec = multipick.Spec

// Catalog supplies pick-list data from the account.
//
// Methods documented as blocking may wait on the network: forms call them only from
// huh OptionsFunc callbacks and the lookups of the wizard's own multi-selects, both run
// inside a tea.Cmd, so the UI never freezes (accessible mode, which prompts line by
// line, calls them directly). A lookup error is returned so the field can say so and let the user type
// IDs by hand. Methods documented as non-blocking answer from what is already loaded.
type Catalog interface {
	// Regions lists the regions to offer (blocking).
	Regions() ([]Choice, error)
	// Clusters lists the region's clusters; only usable (running) ones are offered,
	// labelled with version and state (blocking).
	Clusters(region string) ([]Choice, error)
	// ResourceGroups lists resource groups with status OK (blocking).
	ResourceGroups() ([]Choice, error)
	// VSwitches lists the cluster VPC's vSwitches with zone and free IPs (blocking).
	VSwitches(t Target) ([]Choice, error)
	// InstanceTypes lists instance types in stock in at least one zone of the chosen vSwitches,
	// labelled with vCPU, memory and GPU (blocking).
	InstanceTypes(t Target, vswitchIDs []string, chargeType, spotStrategy string) ([]Choice, error)
	// SecurityGroups lists the cluster VPC's security groups (blocking).
	SecurityGroups(t Target) ([]Choice, error)
	// KeyPairs lists the region's key pairs (blocking).
	KeyPairs(region string) ([]Choice, error)
	// Runtimes lists container runtimes ("containerd 1.6.28") for the cluster's version (blocking).
	Runtimes(t Target) ([]Choice, error)
	// ImageTypes lists OS image types for the cluster's version (blocking).
	ImageTypes(t Target) ([]Choice, error)
	// PoolNameTaken reports whether the cluster already has a pool of that name, from
	// the list loaded when the cluster was chosen (non-blocking); known is false while
	// that list is not loaded yet.
	PoolNameTaken(t Target, name string) (taken, known bool)
	// Known returns what the lookups already answered of an account list for t
	// (non-blocking); Preload runs those lookups (blocking).
	Known(list AccountList, t Target) KnownList
	// Preload looks up the account lists for t, so that Known can answer (blocking).
	Preload(t Target, lists ...AccountList)
}

// Step is one screen of the wizard.
type Step struct {
	ID    string // stable identifier, e.g. "disks"
	Title string // shown in the step list, e.g. "Disks"
	// Groups are the step's huh groups; parts that do not apply are hidden with WithHideFunc.
	// Every field's key (huh Key) is its dotted wire path, so problems and help can find it.
	Groups []*huh.Group
	// Keys[i] lists the keys of the fields of Groups[i] in order, so the UI can find the
	// group that holds a problem's field and knows the last field of each group. Some
	// keys are not request paths: "region", "login_method", "show_advanced"; a pick-list
	// and its "typed by hand" input share the key of the field they set.
	Keys [][]string
	// Owns lists the wire path prefixes whose problems belong to this step.
	Owns []string
	// Sync copies the values bound to the form into the model. The UI calls it after
	// every update of the step's form, before validating and rendering the preview.
	Sync func(np *model.NodePool)
	// Pending lists what the user typed on this step that could not be written to the
	// model, so model validation cannot see it: a number that is not a number, a
	// malformed list line, an unreadable @file. Each problem's Path is the field's key.
	// Add them to the step's problems after Sync. Nil for steps that cannot have any.
	Pending func() model.Problems
	// Fit tells the step the height of the form, so its long pick-lists can use the
	// rows their page leaves free. The UI calls it when the terminal or the step
	// changes; nil for steps without long lists.
	Fit func(height int)
	// Full builds the whole step, its pages too, over the request as it is then; set
	// only on a step built headless (Env.Headless), whose Groups are not shown: the UI
	// calls it when it first opens the step.
	Full func() Step
}
