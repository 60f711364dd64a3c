package corpus

// NumberedFrom returns the unit that the unit id, in force on after and
// not on before, can have been numbered from when an amendment gave it its
// number ("Oznaczenie … nadane przez …"): the one unit of its kind under
// the same parent in force on before, under an id that nothing holds on
// after, and the version holding it. ok is false when there is not
// exactly one.
func (a *Act) NumberedFrom(id string, before, after Date) (v *Version, u *Unit, ok bool) {
	_, now, err := a.At(id, after)
	if err != nil {
		return nil, nil, false
	}
	parent := ParentID(id)
	kept := map[string]bool{}
	a.eachChild(parent, after, func(_ *Version, c *Unit) { kept[c.ID] = true })
	a.eachChild(parent, before, func(cv *Version, c *Unit) {
		if c.Kind != now.Kind || kept[c.ID] {
			return
		}
		if v != nil {
			ok = false // more than one it can have been
			return
		}
		v, u, ok = cv, c, true
	})
	if !ok {
		return nil, nil, false
	}
	return v, u, true
}

// NumberedTo returns the unit that the unit id, in force on before and
// not on after, became when an amendment gave it another number: the one
// unit of its kind under the same parent in force on after and not on
// before, whose footnote says an amendment numbered it so after before and
// no later than after, and that NumberedFrom pairs with id; and the
// version holding it.
func (a *Act) NumberedTo(id string, before, after Date) (v *Version, u *Unit, ok bool) {
	_, was, err := a.At(id, before)
	if err != nil {
		return nil, nil, false
	}
	parent := ParentID(id)
	held := map[string]bool{}
	a.eachChild(parent, before, func(_ *Version, c *Unit) { held[c.ID] = true })
	a.eachChild(parent, after, func(cv *Version, c *Unit) {
		if held[c.ID] || c.Kind != was.Kind {
			return
		}
		if day := renumberingDay(cv, c.ID); day <= before || day > after {
			return
		}
		if _, from, paired := a.NumberedFrom(c.ID, before, after); paired && from.ID == id {
			v, u, ok = cv, c, true
		}
	})
	return v, u, ok
}

// eachChild calls fn with each unit that the unit parent ("" for the act
// itself: its top-level units) held on d, and the version holding it.
func (a *Act) eachChild(parent string, d Date, fn func(*Version, *Unit)) {
	if parent == "" {
		for _, v := range a.InForce(d) {
			fn(v, v.Unit)
		}
		return
	}
	v, u, err := a.At(parent, d)
	if err != nil {
		return
	}
	for _, c := range u.Children {
		fn(v, c)
	}
}

// markRenumbered sets e.Was when the unit, not in force on e.Date, has its
// number from an amendment that a footnote dates on After's first day, and
// was another unit before (NumberedFrom).
func (a *Act) markRenumbered(e *NotInForceError) {
	if e.After == nil || e.Unit == "" || renumberingDay(e.After, e.Unit) != e.After.Range.From {
		return
	}
	if _, u, ok := a.NumberedFrom(e.Unit, e.After.Range.From.AddDays(-1), e.After.Range.From); ok {
		e.Was = u.ID
	}
}
