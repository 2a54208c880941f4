package forms

import (
	"ackpool/forms/multipick"
	"ackpool/model"
)

// Price is the hourly price of one node of an instance type (see multipick.Price).
type Price = multipick.Price

// Pricer is a Catalog that also prices the instance types of its list. The wizard's
// catalog is one; with a catalog that is not, the list shows no prices.
type Pricer interface {
	// TypePriceKey names what the prices of the types listed for the target and
	// vSwitches depend on in the request (disks, billing, bandwidth). It runs on the
	// UI goroutine after every message: cheap, and it calls nothing.
	TypePriceKey(t Target, vswitchIDs []string, np *model.NodePool) string
	// TypePrices prices one node of each type as the request would buy it in the
	// vSwitches' zones. It runs in a tea.Cmd and may block; np is the caller's copy.
	TypePrices(t Target, vswitchIDs []string, np *model.NodePool, types []string) map[string]Price
}
