// Package multipick is the wizard's pick-list support: the entries of a pick-list
// (Choice), how a lookup answer becomes options with a "type it by hand" fallback
// (Spec, PickOptions, CurrentFirst), the state of a multi-choice list (Selection), and
// Field, a filterable multi-select for long lists that implements huh.Field.
package multipick
