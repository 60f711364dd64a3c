package amend

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"lexdiff/corpus"
)

// An Amending is an amending act as Parse reads it: the operations of each
// act it amends, in the order of its text, each with the day it takes
// effect.
type Amending struct {
	Doc        *Document
	Operations []*Operation
	InForce    corpus.Date // the day the act enters into force
	Exceptions []Exception // provisions that enter into force on another day
}

// An Exception is a part of the amending act that enters into force on
// its own day: "z wyjątkiem § 1 pkt 3, który wchodzi w życie z dniem …",
// or as far as it changes a unit of the amended act: "z wyjątkiem § 1 pkt
// 3 w zakresie § 5 ust. 2, …".
type Exception struct {
	Provisions []string // ids of the amending provisions: "par1.pkt3"
	Scope      string   `json:",omitempty"` // the unit of the amended act they enter into force for, as cited: "§ 5 ust. 2"; "" for all they change
	InForce    corpus.Date
	scope      []seg
}

// covers reports whether the exception, naming provision, sets the day
// of what the amending provision provID changes in the units of path.
func (e Exception) covers(provID string, path []seg, provision string) bool {
	return corpus.IsPathPrefix(provision, provID) && within(path, e.scope)
}

// within reports whether a path of units stands within scope, or holds
// it: the steps both have agree in kind and share a label. An empty scope
// holds every path.
func within(path, scope []seg) bool {
	for i := range min(len(path), len(scope)) {
		if path[i].kind != scope[i].kind || !slices.ContainsFunc(expandLabels(path[i]), func(l string) bool { return slices.Contains(expandLabels(scope[i]), l) }) {
			return false
		}
	}
	return true
}

// Targets returns the acts the operations amend, in the order the text
// first names them.
func (a *Amending) Targets() []*Target {
	var out []*Target
	for _, op := range a.Operations {
		if len(out) == 0 || out[len(out)-1] != op.Act {
			out = append(out, op.Act)
		}
	}
	return out
}

// Parse reads the instructions of an amending act and the days they take
// effect. Its provisions that name an act ("W rozporządzeniu … (Dz. U. …)
// …") are read as instructions to that act, nested to any depth; the
// others (transitional rules) are its own, and the final one says when it
// enters into force.
//
// The error is a corpus.ErrorList naming, for every instruction that
// cannot be read, where it stands (file:line:col), its provision and why;
// and for an entry into force that cannot be worked out, what is missing.
func Parse(doc *Document) (*Amending, error) {
	p := parse(doc)
	if err := p.errs.Err(); err != nil {
		return nil, err
	}
	return p.am, nil
}

// parse reads an amending act as Parse does, and returns what it read with
// the errors met, each with the act its instruction amends (nil for an
// error of the act's own provisions).
func parse(doc *Document) *parser {
	if r, err := corpus.ParsePubRef(doc.Ref); err == nil {
		norm := *doc
		norm.Ref = r.String() // "Dz. U. z 2026 r. poz. 53", whatever form the source gave
		if norm.ELI == "" {
			norm.ELI = r.ELI()
		}
		doc = &norm
	}
	p := &parser{am: &Amending{Doc: doc}}
	provs := splitProvisions(doc.Body)
	if len(provs) == 0 {
		p.errorf(nil, corpus.Pos{File: doc.Name, Line: 1, Col: 1}, "no provision found: want \"§ 1.\" or \"Art. 1.\" at the start of a line")
		return p
	}
	var entry *item
	for _, prov := range provs {
		s := &scanner{src: prov.src, i: prov.start, end: prov.end}
		t, loc0, err := s.target()
		if errors.Is(err, errNoTarget) {
			if reEntersIntoForce.MatchString(prov.src.text[prov.start:]) {
				entry = prov
			}
			continue
		}
		p.item(prov, s, t, loc{}.with(loc0))
	}
	p.entry(entry)
	if len(p.am.Operations) == 0 && len(p.errs) == 0 {
		p.errorf(nil, provs[0].src.at(provs[0].start), "no instruction found: an amending act's provision opens by naming the act it amends, as in \"W rozporządzeniu … (Dz. U. … poz. …) …\"")
	}
	p.date()
	return p
}

// A parser collects the operations of an amending act and the errors met,
// with the act each erring instruction amends (nil for others).
type parser struct {
	am       *Amending
	errs     corpus.ErrorList
	targetOf []*Target // parallel to errs
	// badException is the error of an exception to the entry into force
	// that cannot be read (one of errs): the days of all the act's
	// changes are unknown.
	badException *corpus.SyntaxError
}

func (p *parser) errorf(t *Target, pos corpus.Pos, format string, args ...any) *corpus.SyntaxError {
	e := &corpus.SyntaxError{Pos: pos, Msg: fmt.Sprintf(format, args...)}
	p.errs = append(p.errs, e)
	p.targetOf = append(p.targetOf, t)
	return e
}

// item reads one item of a provision that amends the act t, standing at
// l: a location that its sub-items share ("w § 2:"), or, without
// sub-items, its instructions.
func (p *parser) item(it *item, s *scanner, t *Target, l loc) {
	if len(it.children) > 0 {
		cp := &clauseParser{s: s}
		l = cp.locs(l)
		s.oneOf("wprowadza się następujące zmiany", "wprowadza się następującą zmianę", "wprowadza się zmiany")
		s.punct(":")
		if !s.done() {
			p.errorf(t, s.src.at(s.i), "%s: cannot read %s: before the points that follow, want where they apply, such as \"w § 2:\"", it.citation(), quoted(s.rest()))
		}
		for _, c := range it.children {
			p.item(c, &scanner{src: c.src, i: c.start, end: c.end}, t, l)
		}
		return
	}
	s.oneOf("wprowadza się następującą zmianę:", "wprowadza się zmianę:")
	s.space()
	start, text := s.src.at(s.i), strings.Join(strings.Fields(s.src.text[s.i:s.end]), " ")
	cp := &clauseParser{s: s, base: l}
	if err := cp.instructions(); err != nil {
		p.errorf(t, start, "%s (%s): %v", it.citation(), quoted(text), err)
		return
	}
	for _, op := range cp.ops {
		op.Act, op.Provision, op.provID, op.Pos, op.Text = t, it.citation(), it.id, start, text
		p.am.Operations = append(p.am.Operations, op)
	}
}

// date gives each operation the day it takes effect: its exception's, or
// the act's. An operation on several units whose days differ ("dodaje
// się art. 17b i 17c" with an exception "w zakresie dodawanego art.
// 17c") is split into one operation for the units of each day.
func (p *parser) date() {
	var ops []*Operation
	for _, op := range p.am.Operations {
		ops = append(ops, p.splitByDay(op)...)
	}
	p.am.Operations = ops
}

// dayOf returns the day the changes op makes to the units of path take
// effect: that of the exception naming the innermost provision that
// holds op's, or the act's.
func (p *parser) dayOf(op *Operation, path []seg) corpus.Date {
	day, best := p.am.InForce, ""
	for _, e := range p.am.Exceptions {
		for _, id := range e.Provisions {
			if e.covers(op.provID, path, id) && len(id) > len(best) {
				best, day = id, e.InForce
			}
		}
	}
	return day
}

// splitByDay dates op, unit by unit when a step of its path names several
// units: it returns op, or, where the units of a step take effect on
// different days, one operation for the units of each day, in the order
// of their first units, each split further as its own steps say. The
// parts of an operation that brings a wording keep the whole of it
// (quoted); units added after the first day's stand in the order of their
// numbers rather than after the anchor.
func (p *parser) splitByDay(op *Operation) []*Operation {
	op.InForce = p.dayOf(op, op.Path)
	if len(op.Path) == 0 || op.Path[0].kind == kindAnnex {
		return []*Operation{op}
	}
	for i := range op.Path {
		parts := p.splitAt(op, i)
		if parts == nil {
			continue
		}
		var out []*Operation
		for _, part := range parts {
			out = append(out, p.splitByDay(part)...)
		}
		return out
	}
	return []*Operation{op}
}

// splitAt returns the parts of op, one for the units step i names that
// take effect on each day, or nil when they take effect on one day.
func (p *parser) splitAt(op *Operation, i int) []*Operation {
	s, last := op.Path[i], i == len(op.Path)-1
	labels, listed := rangeLabels(s)
	if !s.isUnit() || !listed || len(labels) < 2 || last && op.Part.kind != "" {
		return nil
	}
	var days []corpus.Date
	byDay := map[corpus.Date][]string{}
	for _, l := range labels {
		day := p.dayOf(op, withStep(op.Path, i, l))
		if _, ok := byDay[day]; !ok {
			days = append(days, day)
		}
		byDay[day] = append(byDay[day], l)
	}
	if len(days) == 1 {
		return nil
	}
	out := make([]*Operation, len(days))
	for j, day := range days {
		part := *op
		part.Path, part.InForce = withStep(op.Path, i, byDay[day]...), day
		if last && op.Wording != nil && part.quoted == nil {
			part.quoted = &s
		}
		if last && j > 0 {
			part.Anchor = nil
		}
		out[j] = &part
	}
	return out
}

// withStep returns a copy of path whose step i names the given labels.
func withStep(path []seg, i int, labels ...string) []seg {
	out := slices.Clone(path)
	out[i].labels, out[i].upTo = labels, false
	return out
}
