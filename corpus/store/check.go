package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"lexdiff/corpus"
)

// A Problem is something wrong that Check found: where (an act, or "" for
// the database) and what.
type Problem struct {
	Act string
	Msg string
}

func (p Problem) String() string {
	if p.Act == "" {
		return p.Msg
	}
	return p.Act + ": " + p.Msg
}

// Check verifies the stored corpus: SQLite's own integrity and foreign-key
// checks, then every act read back whole — its versions parse, none
// overlaps another of its unit, no gap lies between versions that the
// sources did not leave, its summary matches its versions, and its rows
// are what lexdiff stored (the digest kept at the import). It returns the
// problems found, none for a sound corpus; the error is a failure to run
// the check at all.
func (s *Store) Check(ctx context.Context) ([]Problem, error) {
	problems, err := s.checkPages(ctx)
	if err != nil || len(problems) > 0 {
		return problems, err // damaged pages make the rest unreliable
	}
	if problems, err = s.checkForeignKeys(ctx); err != nil {
		return nil, err
	}
	sn, err := s.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	defer sn.Close()
	acts, err := sn.storedActs(ctx)
	if err != nil {
		return nil, err
	}
	for _, st := range acts {
		problems = append(problems, sn.checkAct(ctx, st)...)
	}
	return problems, nil
}

// checkPages runs SQLite's integrity check.
func (s *Store) checkPages(ctx context.Context) ([]Problem, error) {
	var problems []Problem
	rows, err := s.db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return []Problem{{Msg: fmt.Sprintf("the database cannot be checked: %v", err)}}, nil
	}
	defer rows.Close()
	for rows.Next() {
		var msg string
		if err := rows.Scan(&msg); err != nil {
			return nil, err
		}
		if msg == "ok" {
			continue
		}
		for _, line := range strings.Split(strings.TrimSpace(msg), "\n") { // a row may report several faults
			if line = strings.TrimSpace(line); !strings.HasPrefix(line, "*** in database") { // a heading, not a fault
				problems = append(problems, Problem{Msg: "database damaged: " + line})
			}
		}
	}
	if err := rows.Err(); err != nil {
		return append(problems, Problem{Msg: fmt.Sprintf("database damaged: %v", err)}), nil
	}
	return problems, nil
}

// checkForeignKeys finds rows that refer to rows that do not exist.
func (s *Store) checkForeignKeys(ctx context.Context) ([]Problem, error) {
	var problems []Problem
	fk, err := s.db.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return nil, err
	}
	defer fk.Close()
	for fk.Next() {
		var table, parent string
		var rowid, index any // the row id (none in a table without), the constraint
		if err := fk.Scan(&table, &rowid, &parent, &index); err != nil {
			return nil, err
		}
		problems = append(problems, Problem{Msg: fmt.Sprintf("a row of %s refers to a row of %s that does not exist", table, parent)})
	}
	return problems, fk.Err()
}

// A storedAct is what the acts table says of an act.
type storedAct struct {
	summary corpus.ActSummary
	digest  string
	gaps    string
}

// storedActs reads the acts table.
func (sn *Snapshot) storedActs(ctx context.Context) ([]storedAct, error) {
	list, _, err := sn.r.summaries()
	if err != nil {
		return nil, err
	}
	out := make([]storedAct, len(list))
	byID := make(map[string]*storedAct, len(list))
	for i, s := range list {
		out[i].summary = s
		byID[s.ID] = &out[i]
	}
	sn.r.mu.Lock()
	defer sn.r.mu.Unlock()
	rows, err := sn.r.conn.QueryContext(ctx, "SELECT id, digest, gaps FROM acts")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, digest, gaps string
		if err := rows.Scan(&id, &digest, &gaps); err != nil {
			return nil, err
		}
		if st := byID[id]; st != nil {
			st.digest, st.gaps = digest, gaps
		}
	}
	return out, rows.Err()
}

// checkAct reads one act back whole and compares it with what the acts
// table says of it.
func (sn *Snapshot) checkAct(ctx context.Context, st storedAct) []Problem {
	id := st.summary.ID
	sn.r.mu.Lock()
	a, _, err := readAct(ctx, sn.r.conn, st.summary.ActInfo)
	sn.r.mu.Unlock()
	if err != nil {
		return []Problem{{id, fmt.Sprintf("cannot be read back: %v", err)}}
	}
	var problems []Problem
	recorded := strings.Split(strings.TrimSpace(st.gaps), "\n")
	for _, gap := range strings.Split(strings.TrimSpace(Gaps(a)), "\n") {
		if gap != "" && !slices.Contains(recorded, gap) {
			unit, days, _ := strings.Cut(gap, " ")
			from, to, _ := strings.Cut(days, " ")
			problems = append(problems, Problem{id, fmt.Sprintf("%s has no version from %s to %s, a gap its sources did not leave (a version deleted?)", corpus.CitationOf(unit), from, to)})
		}
	}
	if got := a.Summary(); got.First != st.summary.First || got.Last != st.summary.Last {
		problems = append(problems, Problem{id, fmt.Sprintf("the listing says its versions change from %s to %s, its versions say %s to %s", st.summary.First, st.summary.Last, got.First, got.Last)})
	}
	if Digest(a) != st.digest {
		problems = append(problems, Problem{id, "its rows are not what the last import stored (changed outside lexdiff?)"})
	}
	return problems
}
