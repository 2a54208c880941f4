package model

// OwnerTagKey is the key of the ECS tag (in scaling_group.tags) that ackpool adds to
// every create it sends, with a random value per create, so that a client that lost the
// answer can tell its own pool from another of the same name. A request written by a
// person never needs it; a clone of a pool leaves the old pool's value out.
const OwnerTagKey = "ackpool-create-token"
