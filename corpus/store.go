package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// The on-disk layout of a corpus directory:
//
//	DIR/<act id>/act.txt                     the act's ActInfo
//	DIR/<act id>/source-<ELI>.txt            a source of its versions (see Source)
//	DIR/<act id>/<unit id>/<YYYY-MM-DD>.txt  one version, named by its start (see FormatVersion)
//
// Entries whose names start with "." (such as a search index), and
// directories without an act.txt, are not part of the corpus.
const actFile = "act.txt"

// ReadDir reads a corpus stored in fsys in the on-disk layout. A missing or
// empty directory is an empty corpus. Every file that does not parse is
// reported, with its positions, in the error.
func ReadDir(fsys fs.FS) (*Corpus, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	var acts []*Act
	var errs []error
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if _, err := fs.Stat(fsys, path.Join(e.Name(), actFile)); errors.Is(err, fs.ErrNotExist) {
			continue // not an act: notes, a folder of sources
		}
		a, err := readAct(fsys, e.Name())
		if err != nil {
			errs = append(errs, err)
			continue
		}
		acts = append(acts, a)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return New(acts...)
}

func readAct(fsys fs.FS, dir string) (*Act, error) {
	data, err := fs.ReadFile(fsys, path.Join(dir, actFile))
	if err != nil {
		return nil, err
	}
	info, err := parseActInfo(path.Join(dir, actFile), data)
	if err != nil {
		return nil, err
	}
	sources, err := readSources(fsys, dir)
	if err != nil {
		return nil, err
	}
	files, err := fs.Glob(fsys, path.Join(dir, "*", "*.txt"))
	if err != nil {
		return nil, err
	}
	var versions []*Version
	var errs []error
	for _, f := range files {
		v, err := readVersion(fsys, f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		versions = append(versions, v)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	a, err := NewAct(info, versions, sources...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %w", dir, ErrInvalid, err)
	}
	return a, nil
}

// readSources reads the source files of the act in dir.
func readSources(fsys fs.FS, dir string) ([]Source, error) {
	files, err := fs.Glob(fsys, path.Join(dir, sourcePrefix+"*.txt"))
	if err != nil {
		return nil, err
	}
	var sources []Source
	var errs []error
	for _, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		s, err := parseSource(f, data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		sources = append(sources, s)
	}
	return sources, errors.Join(errs...)
}

// readVersion reads one version file and checks that its place in the
// layout matches its content.
func readVersion(fsys fs.FS, name string) (*Version, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	v, err := ParseVersion(name, data)
	if err != nil {
		return nil, err
	}
	if want := versionPath(v); !strings.HasSuffix(name, want) {
		return nil, fmt.Errorf("%s: %w: the file holds %s from %s, so it must be named .../%s", name, ErrInvalid, v.Unit.Citation(), v.Range.From, want)
	}
	return v, nil
}

// versionPath is where a version lives inside its act's directory.
func versionPath(v *Version) string {
	return path.Join(v.Unit.ID, v.Range.From.String()+".txt")
}
