package corpus

import (
	"errors"
	"fmt"
	"strings"
)

// An ImportRequest is what `lexdiff import` is asked to do: add the
// versions in Files to the act Act (created when the corpus lacks it; when
// Act is "", the corpus's only act).
//
// Unit names the top-level unit a file holds when its text leaves the label
// out. Range and Source are required for a plain text and refused for a
// portal export, which carries its own.
type ImportRequest struct {
	Act    string
	Title  string
	Unit   string
	Range  Range
	Source string
	Files  []File
}

// A File is one input: its name, for positions in errors, and its bytes.
type File struct {
	Name string
	Data []byte
}

// Import parses every file of req and returns the act with the new versions
// merged in (see Act.Merge). It does not change c. Every problem in every
// file is reported, and then nothing is imported: the error wraps
// ErrInvalid.
func (c *Corpus) Import(req ImportRequest) (*Act, error) {
	if req.Act == "" {
		list, err := c.Summaries()
		if err != nil {
			return nil, err
		}
		if len(list) != 1 {
			return nil, fmt.Errorf("%w: name the act to import into with -act (%s)", ErrInvalid, actChoices(list))
		}
		req.Act = list[0].ID // the corpus holds one act: that is the one
	}
	if err := CheckActID(req.Act); err != nil {
		if s, lookupErr := c.Summary(req.Act); lookupErr == nil {
			req.Act = s.ID // a reference to a stored act names it too
		} else {
			return nil, err
		}
	}
	info := ActInfo{ID: req.Act}
	existing, err := c.Act(req.Act)
	switch {
	case err == nil:
		info = existing.ActInfo
	case errors.Is(err, ErrNotFound):
		existing = &Act{versions: map[string][]*Version{}}
	default:
		return nil, err
	}
	var versions []*Version
	var errs []error
	for _, f := range req.Files {
		vs, title, err := parseFile(f, req)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if info.Title == "" {
			info.Title, info.Type = title.Title, title.Type
		}
		versions = append(versions, vs...)
	}
	if req.Title != "" {
		info.Title = req.Title
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if info.Title == "" {
		return nil, fmt.Errorf("%w: act %s is new and its text has no title block: give its title with -title", ErrInvalid, req.Act)
	}
	return existing.Merge(info, versions)
}

// parseFile parses one input as a portal export or as a plain text.
func parseFile(f File, req ImportRequest) ([]*Version, ActInfo, error) {
	if IsPortalExport(f.Data) {
		if !req.Range.From.IsZero() || !req.Range.To.IsZero() || req.Source != "" {
			return nil, ActInfo{}, fmt.Errorf("%s: %w: -from, -to and -source are refused for a portal export, which carries its own dates and sources", f.Name, ErrInvalid)
		}
		vs, err := ParsePortal(f.Name, f.Data, req.Unit)
		return vs, ActInfo{}, err
	}
	if req.Range.From.IsZero() || req.Source == "" {
		return nil, ActInfo{}, fmt.Errorf("%s: %w: a plain text needs -from DATE and -source REF (and -to DATE unless it still applies)", f.Name, ErrInvalid)
	}
	title, vs, err := ParsePlain(f.Name, f.Data, PlainOptions{Unit: req.Unit, Range: req.Range, Source: req.Source})
	return vs, title, err
}

// actChoices lists the ids -act accepts, for a message.
func actChoices(list []ActSummary) string {
	if len(list) == 0 {
		return "the corpus is empty: give the new act an id such as du-2017-1399"
	}
	ids := make([]string, len(list))
	for i, a := range list {
		ids[i] = a.ID
	}
	return "the corpus holds " + strings.Join(ids, ", ")
}
