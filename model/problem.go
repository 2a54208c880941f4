package model

// Severity says whether a problem blocks a submit (error) or only deserves attention (warning).
type Severity string

// The two severities a Problem can have.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
)

// Problem is one finding of validation: the dotted wire path it is about
// (for example "scaling_group.data_disks[0].size"), a message a person can act on,
// its severity and the ID of the reference rule that produced it.
type Problem struct {
	Path     string   `json:"path"`
	Message  string   `json:"message"`
	Severity Severity `json:"severity"`
	Rule     string   `json:"rule,omitempty"`
}

// Problems is a list of findings in a stable order.
type Problems []Problem

// HasErrors reports whether any problem has error severity.
func (ps Problems) HasErrors() bool {
	for _, p := range ps {
		if p.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Errors returns the problems with error severity.
func (ps Problems) Errors() Problems { return ps.filter(SeverityError) }

// Warnings returns the problems with warning severity.
func (ps Problems) Warnings() Problems { return ps.filter(SeverityWarning) }

func (ps Problems) filter(s Severity) Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == s {
			out = append(out, p)
		}
	}
	return out
}
