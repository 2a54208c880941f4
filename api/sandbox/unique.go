package sandbox

// addUniquePool records p and its task unless the cluster already has a pool of p's
// name. The check and the add happen under one lock, so concurrent creates of the same
// name end with exactly one pool, as the cloud's unique-name rule does. It returns nil
// when the name is taken.
func (s *state) addUniquePool(p *pool) *task {
	s.createMu.Lock()
	defer s.createMu.Unlock()
	if s.poolByName(p.clusterID, p.name) != nil {
		return nil
	}
	return s.addPool(p)
}
