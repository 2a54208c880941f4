package cli

import (
	"github.com/charmbracelet/huh"

	"ackpool/forms"
	"ackpool/forms/steps"
	"ackpool/model"
	"ackpool/presets"
	"ackpool/ui"
)

// reuseDirs returns the folders of the user's presets and of the wizard's draft
// ($XDG_CONFIG_HOME/ackpool/presets, $XDG_STATE_HOME/ackpool/drafts); a folder that
// cannot be found (no home directory) is empty, which turns that feature off.
func reuseDirs() (presetDir, draftDir string) {
	presetDir, _ = presets.DefaultDir()
	draftDir, _ = presets.DefaultDraftDir()
	return presetDir, draftDir
}

// wizardPresets turns on the wizard's start screen (blank, preset, draft, clone),
// drafts and save-as-preset, in the full screen and in plain prompts alike. The steps
// are rebuilt over the request the start screen chooses, bound to the same catalog
// and target, for the same mode.
func wizardPresets(opts *wizardOptions, catalog *ui.Catalog, target *forms.Target, theme *huh.Theme, accessible bool) *ui.Presets {
	p := &ui.Presets{
		Build: func(np *model.NodePool) []forms.Step {
			return steps.BuildLazy(np, &forms.Env{Catalog: catalog, Target: target, Theme: theme, Accessible: accessible})
		},
	}
	if opts.PresetDir != "" {
		p.Library.Store = presets.NewStore(opts.PresetDir)
	}
	if opts.DraftDir != "" {
		p.Drafts = presets.NewDrafts(opts.DraftDir)
	}
	return p
}
