package store

import (
	"context"
	"database/sql"
	"fmt"

	"lexdiff/corpus"
)

// readSources reads the sources of an act's versions.
func readSources(ctx context.Context, conn *sql.Conn, act string) ([]corpus.Source, error) {
	var ids []int64
	var sources []corpus.Source
	err := eachRow(ctx, conn, `SELECT id, ref, eli, kind, title, date, promulgated, file FROM sources WHERE act = ? ORDER BY seq`, act,
		func(scan func(...any) error) error {
			var id int64
			var s corpus.Source
			var date, promulgated string
			if err := scan(&id, &s.Ref, &s.ELI, &s.Kind, &s.Title, &date, &promulgated, &s.File); err != nil {
				return err
			}
			var err error
			if s.Date, err = dateOf(date); err == nil {
				s.Promulgated, err = dateOf(promulgated)
			}
			if err != nil {
				return fmt.Errorf("act %s: source %s: %w", act, s.Ref, err)
			}
			ids, sources = append(ids, id), append(sources, s)
			return nil
		})
	if err != nil || len(sources) == 0 {
		return nil, err
	}
	at := make(map[int64]*corpus.Source, len(ids))
	for i, id := range ids {
		at[id] = &sources[i]
	}
	if err := readSourceLists(ctx, conn, act, at); err != nil {
		return nil, err
	}
	for i := range sources {
		sources[i].Footnotes = corpus.ResolveAmendments(sources[i].Footnotes)
	}
	return sources, nil
}

// readSourceLists reads the lists of the sources of an act into at, by
// source row id: the amending acts, the notice's paragraphs, the
// signatures, the footnotes and the warnings.
func readSourceLists(ctx context.Context, conn *sql.Conn, act string, at map[int64]*corpus.Source) error {
	err := eachRow(ctx, conn, `SELECT i.source, i.field, i.value FROM source_items i JOIN sources s ON s.id = i.source
		WHERE s.act = ? ORDER BY i.source, i.field, i.seq`, act, func(scan func(...any) error) error {
		var id int64
		var field, value string
		if err := scan(&id, &field, &value); err != nil {
			return err
		}
		switch field {
		case "amending":
			at[id].Amending = append(at[id].Amending, value)
		case "notice":
			at[id].Notice = append(at[id].Notice, value)
		case "signature":
			at[id].Signatures = append(at[id].Signatures, value)
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = eachFootnote(ctx, conn, `SELECT f.source, f.label, f.body FROM source_footnotes f JOIN sources s ON s.id = f.source
		WHERE s.act = ? ORDER BY f.source, f.seq`, act, func(id int64, f corpus.Footnote) {
		at[id].Footnotes = append(at[id].Footnotes, f)
	})
	if err != nil {
		return err
	}
	return eachWarning(ctx, conn, `SELECT w.source, w.kind, w.file, w.line, w.col, w.message FROM source_warnings w
		JOIN sources s ON s.id = w.source WHERE s.act = ? ORDER BY w.source, w.seq`, act, func(id int64, w corpus.Warning) {
		at[id].Warnings = append(at[id].Warnings, w)
	})
}
