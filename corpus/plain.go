package corpus

// PlainOptions is what the command line says about a plain text: the
// top-level unit it holds when its text leaves the label out, and the range
// and source of the version it is.
type PlainOptions struct {
	Unit   string
	Range  Range
	Source string
}

// ParsePlain parses a plain text of an act or of one unit, such as a
// consolidated text copied from the official PDF. A title block before the
// first unit ("USTAWA / z dnia … / o …") becomes the returned title, type
// and date; text between it and the first unit becomes the preamble; a
// collapsed range "Art. 19–29. (pominięte)" becomes the units it names.
// Every top-level unit becomes one version with the range and source of
// opts, with the warnings found in its lines (ParseDocument returns the
// others too). The error is an ErrorList of every problem that makes the
// text unreadable.
func ParsePlain(file string, data []byte, opts PlainOptions) (ActInfo, []*Version, error) {
	var d diag
	implicit := implicitUnit(opts.Unit, &d.errs)
	if err := checkRange(opts.Range); err != nil {
		d.errorf(Pos{File: "-from/-to"}, "%v", err)
	}
	lines := splitLines(file, data, &d.errs)
	title, rest := readTitleBlock(lines, anyMarkers, &d)
	b := parseBlock(rest, implicit, true, anyMarkers, sourceMode, &d)
	if !b.hasProvisions() && len(lines) > 0 {
		d.errorf(lines[0].pos, "no unit found: want \"Art. N.\" or \"§ N.\" at the start of a line (or the text of one unit, with -unit)")
	}
	if err := d.errs.Err(); err != nil {
		return ActInfo{}, nil, err
	}
	versions, outer := b.versions(func(*part) Range { return opts.Range }, opts.Source, d.warns)
	if len(versions) > 0 { // a plain text has no source to keep them: the first unit does
		versions[0].Warnings = append(outer, versions[0].Warnings...)
	}
	return ActInfo{Title: title.Title(), Type: title.Type, Date: title.Date}, versions, nil
}
