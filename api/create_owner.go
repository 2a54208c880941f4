package api

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"ackpool/model"
)

// OwnerTagKey is the ECS tag ackpool adds to scaling_group.tags of every create it
// sends, with a random value chosen per call. It lets a client that lost the answer
// to its create tell its own pool from one another client created with the same name.
// The tag goes to the pool's instances (like every scaling_group tag); it is not part
// of previews or exports, because its value exists only once the request is sent.
const OwnerTagKey = model.OwnerTagKey

// maxInstanceTags is the ECS limit on tags per instance; a body already at the limit
// is sent without the ownership tag.
const maxInstanceTags = 20

// clockSkew is how far the service's clock may be behind this machine's before a
// pool's creation time proves it older than the first send.
const clockSkew = 5 * time.Minute

// withOwnerTag returns a copy of body carrying a fresh ownership tag, and the tag's
// value; an ownership tag copied from another pool (a clone) is replaced. When the
// body has no scaling group or no room for another tag it is returned unchanged with "".
func withOwnerTag(body *model.NodePool) (*model.NodePool, string) {
	out := body.Clone()
	sg := out.ScalingGroup
	if sg == nil {
		return body, ""
	}
	sg.Tags = slices.DeleteFunc(sg.Tags, func(t model.Tag) bool { return t.Key != nil && *t.Key == OwnerTagKey })
	if len(sg.Tags) >= maxInstanceTags {
		return body, ""
	}
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return body, ""
	}
	value := hex.EncodeToString(b[:])
	key := OwnerTagKey
	sg.Tags = append(sg.Tags, model.Tag{Key: &key, Value: &value})
	return out, value
}

// ownership is what a lookup proves about a pool of the requested name.
type ownership int

const (
	ownerUnknown ownership = iota
	ownedByUs
	ownedByOthers
)

// poolFacts are the parts of a listed pool that tell whose it is.
type poolFacts struct {
	NodepoolInfo struct {
		Created string `json:"created"`
	} `json:"nodepool_info"`
	ScalingGroup struct {
		Tags          []model.Tag `json:"tags"`
		InstanceTypes []string    `json:"instance_types"`
		VSwitchIDs    []string    `json:"vswitch_ids"`
	} `json:"scaling_group"`
}

// whose decides whether pool is the one this call created, with the reason when it
// is not or cannot be told.
func (a *createAttempt) whose(pool NodePoolDetail) (ownership, string) {
	if a.nameKnown && a.nameTaken {
		return ownedByOthers, "it existed before this command sent its request"
	}
	var f poolFacts
	_ = json.Unmarshal(pool.Raw, &f) // a shape we cannot read proves nothing either way
	if a.tag != "" {
		for _, t := range f.ScalingGroup.Tags {
			if t.Key != nil && *t.Key == OwnerTagKey {
				if t.Value != nil && *t.Value == a.tag {
					return ownedByUs, ""
				}
				return ownedByOthers, "it carries another run's " + OwnerTagKey + " tag"
			}
		}
		return ownedByOthers, "it does not carry this command's " + OwnerTagKey + " tag"
	}
	if created, err := time.Parse(time.RFC3339, f.NodepoolInfo.Created); err == nil && created.Before(a.firstSend.Add(-clockSkew)) {
		return ownedByOthers, fmt.Sprintf("it was created at %s, before this command sent its request", f.NodepoolInfo.Created)
	}
	if sg := a.body.ScalingGroup; sg != nil {
		if differ(sg.InstanceTypes, f.ScalingGroup.InstanceTypes) || differ(sg.VSwitchIDs, f.ScalingGroup.VSwitchIDs) {
			return ownedByOthers, "its instance types or vSwitches differ from this request's"
		}
	}
	why := "a pool of that name exists and matches this request, but it may be another client's"
	if !a.nameKnown {
		why += " (the check before sending failed)"
	}
	return ownerUnknown, why + "; the request had no room for the " + OwnerTagKey + " tag that would tell"
}

// differ reports two lists that are both given and not equal as sets.
func differ(want, got []string) bool {
	if len(want) == 0 || len(got) == 0 {
		return false
	}
	w, g := slices.Clone(want), slices.Clone(got)
	slices.Sort(w)
	slices.Sort(g)
	return !slices.Equal(w, g)
}

// nameTakenError is the InvalidParameter.Name answer for a pool of the requested name
// that this call did not create.
func nameTakenError(name, clusterID, why string) *Error {
	return &Error{Action: "CreateClusterNodePool", Code: "InvalidParameter.Name",
		Message: fmt.Sprintf("a node pool named %q already exists in cluster %s and was not created by this command (%s)", name, clusterID, why),
		Hint:    hintFor("InvalidParameter.Name")}
}
