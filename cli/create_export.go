package cli

import (
	"fmt"

	"ackpool/export"
	"ackpool/model"
)

// checkCreateOutput checks create's --output: text or json for a real creation; with
// --dry-run also aliyun and terraform, the export formats.
func checkCreateOutput(opts *createOptions) error {
	switch opts.Output {
	case string(export.Aliyun), string(export.Terraform):
		if !opts.DryRun {
			return usageError{fmt.Errorf("--output %s prints the request instead of sending it; add --dry-run", opts.Output)}
		}
		return nil
	}
	if err := checkOutput(opts.Output); err != nil {
		return usageError{fmt.Errorf("--output %q: use text or json (with --dry-run also aliyun or terraform)", opts.Output)}
	}
	return nil
}

// writeDryRun prints the request instead of sending it: the JSON body for text and
// json, the equivalent aliyun CLI command, or a Terraform resource. Secrets are masked.
func writeDryRun(opts *createOptions, np *model.NodePool) error {
	format := export.JSON
	if opts.Output == string(export.Aliyun) || opts.Output == string(export.Terraform) {
		format = export.Format(opts.Output)
	}
	if secrets := export.SecretPaths(np); len(secrets) > 0 && format == export.JSON {
		fmt.Fprintf(opts.IO.Err, "note: secrets are masked in the printed body: %v\n", secrets)
	}
	return export.Render(opts.IO.Out, format, export.Target{ClusterID: opts.ClusterID, RegionID: opts.Region}, np, export.Options{})
}
