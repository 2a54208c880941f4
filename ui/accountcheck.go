package ui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"ackpool/forms"
	"ackpool/model"
)

// accountRule marks a problem found by comparing the request with the account's
// lists, which the offline rules cannot see.
const accountRule = "account"

// accountField is one request field whose values must be among an account list.
type accountField struct {
	path   string
	list   forms.AccountList
	scope  string // where the list comes from, for messages
	values func(np *model.NodePool, t forms.Target) []string
	item   bool // the values are list items: problems name path[i]
}

// accountFields are the fields checked against the account. An ID that a preset or a
// draft brought from another cluster or region is refused by the service; here it is
// an error on the review before anything is sent.
func accountFields() []accountField {
	sg := func(np *model.NodePool) *model.ScalingGroup {
		if np.ScalingGroup == nil {
			return &model.ScalingGroup{}
		}
		return np.ScalingGroup
	}
	one := func(s *string) []string {
		if s == nil || *s == "" {
			return nil
		}
		return []string{*s}
	}
	return []accountField{
		{path: model.PathClusterID, list: forms.ListClusters, scope: "the region's running clusters",
			values: func(_ *model.NodePool, t forms.Target) []string { return one(&t.ClusterID) }},
		{path: model.PathScalingGroupVSwitchIDs, list: forms.ListVSwitches, scope: "the cluster VPC's vSwitches", item: true,
			values: func(np *model.NodePool, _ forms.Target) []string { return sg(np).VSwitchIDs }},
		{path: model.PathScalingGroupSecurityGroupIDs, list: forms.ListSecurityGroups, scope: "the cluster VPC's security groups", item: true,
			values: func(np *model.NodePool, _ forms.Target) []string { return sg(np).SecurityGroupIDs }},
		{path: model.PathScalingGroupSecurityGroupID, list: forms.ListSecurityGroups, scope: "the cluster VPC's security groups",
			values: func(np *model.NodePool, _ forms.Target) []string { return one(sg(np).SecurityGroupID) }},
		{path: model.PathScalingGroupKeyPair, list: forms.ListKeyPairs, scope: "the region's key pairs",
			values: func(np *model.NodePool, _ forms.Target) []string { return one(sg(np).KeyPair) }},
		{path: model.PathNodepoolInfoResourceGroupID, list: forms.ListResourceGroups, scope: "the account's resource groups",
			values: func(np *model.NodePool, _ forms.Target) []string {
				if np.NodepoolInfo == nil {
					return nil
				}
				return one(np.NodepoolInfo.ResourceGroupID)
			}},
	}
}

// accountProblems compares the request with the account lists the catalog already
// holds (it never waits on the network): an ID not among a loaded list is an error;
// while a list could not be loaded, a warning says the field was not checked.
func (m *Model) accountProblems() model.Problems {
	cat := m.opts.Catalog
	if cat == nil {
		return nil
	}
	t := *m.target
	var out model.Problems
	for _, f := range accountFields() {
		values := f.values(m.np, t)
		if len(values) == 0 {
			continue
		}
		known := cat.Known(f.list, t)
		if !known.Loaded {
			if known.Err != nil {
				out = append(out, model.Problem{Path: f.path, Severity: model.SeverityWarning, Rule: accountRule,
					Message: fmt.Sprintf("not checked against the account: %s could not be listed (%v)", f.scope, known.Err)})
			}
			continue
		}
		for i, v := range values {
			if known.Has(v) {
				continue
			}
			path := f.path
			if f.item {
				path = fmt.Sprintf("%s[%d]", f.path, i)
			}
			out = append(out, model.Problem{Path: path, Severity: model.SeverityError, Rule: accountRule,
				Message: fmt.Sprintf("%q is not among %s (%s); pick one from the list", v, f.scope, listedText(known.IDs))})
		}
	}
	return out
}

// listedText names up to three of a list's entries and how many there are.
func listedText(ids []string) string {
	switch {
	case len(ids) == 0:
		return "there are none"
	case len(ids) <= 3:
		return "listed: " + strings.Join(ids, ", ")
	default:
		return fmt.Sprintf("%d listed: %s, …", len(ids), strings.Join(ids[:3], ", "))
	}
}

// accountListsMsg says the account lists for a target were looked up.
type accountListsMsg struct{ reply }

// loadAccountLists looks the account lists up off the UI goroutine; the review (and
// the step list marks) are checked again when they answer.
func (m *Model) loadAccountLists() tea.Cmd {
	cat := m.opts.Catalog
	if cat == nil {
		return nil
	}
	tk := m.requests.issue(slotAccount)
	t := *m.target
	return func() tea.Msg {
		cat.Preload(t, forms.AccountLists()...)
		return accountListsMsg{reply{tk}}
	}
}

// apply validates again with the lists just loaded.
func (msg accountListsMsg) apply(m *Model) tea.Cmd {
	m.requests.done(slotAccount)
	m.refresh(true)
	if m.phase == phaseReview {
		m.review.resize(m.width, m.height, m.reviewProblemRows())
		m.setReviewContent() // the summary names what the lists just told
	}
	return nil
}
