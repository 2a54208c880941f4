package sandbox

// describeRegions serves ECS DescribeRegions: the account's regions with their
// endpoints (AcceptLanguage is accepted; names stay in English).
func (h *Handler) describeRegions(c *call) (any, *cloudError) {
	regions := make([]any, 0, len(h.account.Regions))
	for _, r := range h.account.Regions {
		regions = append(regions, map[string]any{
			"RegionId": r.ID, "LocalName": r.Name, "RegionEndpoint": "ecs." + r.ID + ".aliyuncs.com", "Status": "available",
		})
	}
	return map[string]any{"Regions": map[string]any{"Region": regions}, "RequestId": c.requestID}, nil
}
