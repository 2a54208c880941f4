package formstest

import (
	"errors"
	"sync"
	"testing"

	"ackpool/forms"
)

var _ forms.Catalog = (*Catalog)(nil)

func TestInstanceTypesFollowZones(t *testing.T) {
	c := NewCatalog()
	all, err := c.InstanceTypes(forms.Target{}, nil, "", "")
	if err != nil || len(all) < 300 {
		t.Fatalf("%d types, %v", len(all), err)
	}
	one, _ := c.InstanceTypes(forms.Target{}, []string{VSwitchID(0)}, "", "")
	two, _ := c.InstanceTypes(forms.Target{}, []string{VSwitchID(0), VSwitchID(2)}, "", "")
	if !(len(two) < len(one) && len(one) < len(all)) {
		t.Errorf("types offered: all %d, one zone %d, two zones %d", len(all), len(one), len(two))
	}
	for _, ch := range two {
		if !OfferedIn(ch.Value, 0) || !OfferedIn(ch.Value, 2) {
			t.Errorf("%s is not sold in both zones", ch.Value)
		}
	}
	if big, _ := NewCatalogSized(2000).InstanceTypes(forms.Target{}, nil, "", ""); len(big) != 2000 {
		t.Errorf("sized catalog has %d types", len(big))
	}
}

func TestFailAndPoolNames(t *testing.T) {
	c := NewCatalog()
	boom := errors.New("boom")
	c.Fail("KeyPairs", boom)
	if _, err := c.KeyPairs(Region); !errors.Is(err, boom) {
		t.Errorf("KeyPairs error %v", err)
	}
	c.Fail("KeyPairs", nil)
	if _, err := c.KeyPairs(Region); err != nil || c.Calls("KeyPairs") != 2 {
		t.Errorf("after clearing: %v, %d calls", err, c.Calls("KeyPairs"))
	}
	target := forms.Target{Region: Region, ClusterID: ClusterID}
	if taken, known := c.PoolNameTaken(target, TakenPoolName); !taken || !known {
		t.Errorf("taken name: %v %v", taken, known)
	}
	c.SetPoolsLoaded(false)
	if _, known := c.PoolNameTaken(target, TakenPoolName); known {
		t.Error("pool names known before loading")
	}
}

func TestConcurrentLookups(t *testing.T) {
	c := NewCatalog()
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.VSwitches(forms.Target{})
			c.Fail("Regions", nil)
			c.PoolNameTaken(forms.Target{}, "x")
		}()
	}
	wg.Wait()
	if c.Calls("VSwitches") != 8 {
		t.Errorf("%d calls", c.Calls("VSwitches"))
	}
}
