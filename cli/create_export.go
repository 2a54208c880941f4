package cli

import (
	"fmt"

	"ackpool/export"
	"ackpool/model"
)

// checkCreateOutput checks create's --output: text or json for a real creation; with
// --dry-run also yaml, aliyun and terraform, the export formats.
func checkCreateOutput(opts *createOptions) error {
	if opts.TerraformProvider != "" {
		if opts.Output != string(export.Terraform) {
			return usageError{fmt.Errorf("--terraform-provider applies to --output terraform (with --dry-run)")}
		}
		if _, err := export.ParseProviderVersion(opts.TerraformProvider); err != nil {
			return usageError{fmt.Errorf("--terraform-provider: %w", err)}
		}
	}
	switch opts.Output {
	case string(export.Aliyun), string(export.Terraform), string(export.YAML):
		if !opts.DryRun {
			return usageError{fmt.Errorf("--output %s prints the request instead of sending it; add --dry-run", opts.Output)}
		}
		return nil
	}
	if err := checkOutput(opts.Output); err != nil {
		return usageError{fmt.Errorf("--output %q: use text or json (with --dry-run also yaml, aliyun or terraform)", opts.Output)}
	}
	return nil
}

// writeDryRun prints the request instead of sending it: the JSON body for text and
// json, the equivalent aliyun CLI command, or a Terraform resource. Secrets are masked.
func writeDryRun(opts *createOptions, np *model.NodePool) error {
	format := export.JSON
	switch opts.Output {
	case string(export.Aliyun), string(export.Terraform), string(export.YAML):
		format = export.Format(opts.Output)
	}
	if secrets := export.SecretPaths(np); len(secrets) > 0 && (format == export.JSON || format == export.YAML) {
		fmt.Fprintf(opts.IO.Err, "note: secrets are masked in the printed body: %v\n", secrets)
	}
	eo := export.Options{TerraformProvider: opts.TerraformProvider}
	if format == export.YAML {
		ref, err := requestSchemaRef()
		if err != nil {
			fmt.Fprintf(opts.IO.Err, "note: no editor schema line: %v\n", err)
		}
		eo.SchemaRef = ref
	}
	return export.Render(opts.IO.Out, format, export.Target{ClusterID: opts.ClusterID, RegionID: opts.Region}, np, eo)
}
