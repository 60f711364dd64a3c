package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func importSeed(t *testing.T, c *Corpus) *Act {
	t.Helper()
	a, err := importOne(c, ImportRequest{Act: "du-2017-1399", Title: "Rozporządzenie", Files: []File{{"portal-par3.txt", readTestdata(t, "portal-par3.txt")}}})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// importOne imports req into c, which must change one act, and returns it.
func importOne(c *Corpus, req ImportRequest) (*Act, error) {
	res, err := c.Import(req)
	if err != nil {
		return nil, err
	}
	if len(res.Acts) != 1 {
		return nil, fmt.Errorf("the import changed %d acts, want 1", len(res.Acts))
	}
	return res.Acts[0], nil
}

func TestWriteReadRoundTrip(t *testing.T) {
	dir := t.TempDir()
	empty, _ := New()
	a := importSeed(t, empty)
	if err := WriteAct(dir, a); err != nil {
		t.Fatal(err)
	}
	c, err := ReadDir(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.Act("du-2017-1399")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, a) {
		t.Errorf("import → write → read changed the act")
	}
	for _, f := range []string{"act.txt", "par3/2017-07-24.txt", "par3/2019-09-01.txt", "par3/2020-12-07.txt"} {
		if _, err := os.Stat(filepath.Join(dir, "du-2017-1399", f)); err != nil {
			t.Errorf("missing %s: %v", f, err)
		}
	}
}

func TestImportMergesConsolidatedText(t *testing.T) {
	empty, _ := New()
	a := importSeed(t, empty)
	c, _ := New(a)
	next, err := importOne(c, ImportRequest{Act: "du-2017-1399", Unit: "§ 3", Range: Range{From: MakeDate(2023, 1, 1)}, Source: "Dz.U.2023.1",
		Files: []File{{"p.txt", []byte("1. Nowe brzmienie.\n")}}})
	if err != nil {
		t.Fatal(err)
	}
	vs := next.Versions("par3")
	if len(vs) != 4 || vs[2].Range.String() != "2020-12-07 – 2022-12-31" || !vs[3].Range.IsOpen() {
		t.Errorf("a new version inside the open one must close it on the day before; got %v %v", vs[2].Range, vs[3].Range)
	}
	if len(a.Versions("par3")) != 3 || !a.Versions("par3")[2].Range.IsOpen() {
		t.Error("Import changed the act it merged into")
	}
	only, err := importOne(c, ImportRequest{Unit: "§ 3", Range: Range{From: MakeDate(2023, 1, 1)}, Source: "Dz.U.2023.1",
		Files: []File{{"p.txt", []byte("1. Nowe brzmienie.\n")}}})
	if err != nil || only.ID != "du-2017-1399" || len(only.Versions("par3")) != 4 {
		t.Errorf("without -act, a corpus of one act imports into it: %v", err)
	}
	again, err := importOne(c, ImportRequest{Act: "du-2017-1399", Files: []File{{"portal-par3.txt", readTestdata(t, "portal-par3.txt")}}})
	if err != nil || len(again.Versions("par3")) != 3 {
		t.Errorf("re-importing identical versions: %v, %d versions", err, len(again.Versions("par3")))
	}
	_, err = c.Import(ImportRequest{Act: "du-2017-1399", Unit: "§ 3", Range: Range{From: MakeDate(2018, 1, 1), To: MakeDate(2018, 2, 1)}, Source: "x",
		Files: []File{{"p.txt", []byte("1. Inne.\n")}}})
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "overlaps the stored version 2017-07-24 – 2019-08-31") {
		t.Errorf("overlap with a closed version: %v", err)
	}
}

func TestImportRefusals(t *testing.T) {
	empty, _ := New()
	seed := File{"portal-par3.txt", readTestdata(t, "portal-par3.txt")}
	plain := File{"p.txt", []byte("Art. 1. Tekst.\n")}
	for _, tt := range []struct {
		req  ImportRequest
		want string
	}{
		{ImportRequest{Files: []File{seed}}, "the corpus is empty: name the act with -act"},
		{ImportRequest{Act: "x", Title: "T", Source: "s", Files: []File{seed}}, "refused for a portal export"},
		{ImportRequest{Act: "x", Title: "T", Files: []File{plain}}, "p.txt: invalid input: the text does not date itself (it has no front matter and is no obwieszczenie): give -from DATE"},
		{ImportRequest{Act: "x", Source: "s", Files: []File{plain}}, "p.txt: invalid input: a plain text given its dates on the command line needs -from DATE (the first day it applies) (and"},
		{ImportRequest{Act: "x", Range: Range{From: MakeDate(2020, 1, 1)}, Files: []File{plain}}, "needs -source REF"},
		{ImportRequest{Act: "x", Title: "T", Files: []File{seed, {"bad.txt", []byte("Wersja obowiązująca od 2019-02-30\n§ 3. 1. A:\n2) b\n")}}}, `bad.txt:1:24: invalid date "2019-02-30"`},
	} {
		_, err := empty.Import(tt.req)
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Import(%+v) = %v, want %q", tt.req.Act, err, tt.want)
		}
	}
}

func TestImportWithoutTitle(t *testing.T) {
	empty, _ := New()
	a, err := importOne(empty, ImportRequest{Act: "x", Ref: "Dz. U. z 2017 r. poz. 1399", Files: []File{{"portal-par3.txt", readTestdata(t, "portal-par3.txt")}}})
	if err != nil || a.Title != "" || a.Ref != "Dz. U. z 2017 r. poz. 1399" {
		t.Fatalf("a new act needs no title (it is shown by its id); -ref sets its reference: %v %+v", err, a)
	}
}

func TestWriteActReplacesWhole(t *testing.T) {
	dir := t.TempDir()
	empty, _ := New()
	a := importSeed(t, empty)
	if err := WriteAct(dir, a); err != nil {
		t.Fatal(err)
	}
	smaller, _ := NewAct(a.ActInfo, a.Versions("par3")[:1])
	if err := WriteAct(dir, smaller); err != nil {
		t.Fatal(err)
	}
	c, err := ReadDir(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := c.Act(a.ID)
	if n := len(got.AllVersions()); n != 1 {
		t.Errorf("after rewriting, %d versions stored, want 1", n)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != a.ID && e.Name() != lockFile {
			t.Errorf("leftover in the corpus directory: %s", e.Name())
		}
	}
}

func TestReadDirReportsBadFiles(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "a", "par1"), 0o755)
	os.WriteFile(filepath.Join(dir, "a", "act.txt"), []byte("id: a\ntitle: A\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "a", "par1", "2020-01-01.txt"), []byte("from: 2020-01-01\n\n§ 1. 1. A:\n2) x\n1) y\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "a", "par1", "2021-01-01.txt"), []byte("from: 2020-06-01\n\n§ 1. Tekst.\n"), 0o644)
	_, err := ReadDir(os.DirFS(dir))
	for _, w := range []string{"a/par1/2020-01-01.txt:5:1: numbering goes backwards", "a/par1/2021-01-01.txt: invalid input: the file holds § 1 from 2020-06-01, so it must be named .../par1/2020-06-01.txt"} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("ReadDir error %v lacks %q", err, w)
		}
	}
}

func TestActIDsAreNames(t *testing.T) {
	for _, id := range []string{"../escaped", "a/b", "a b", "Du-2017", "", ".hidden", "a..b", "x/../../y"} {
		if err := CheckActID(id); !errors.Is(err, ErrInvalid) {
			t.Errorf("CheckActID(%q) = %v, want ErrInvalid", id, err)
		}
	}
	for _, id := range []string{"du-2017-1399", "mp-2020-5", "kodeks.cywilny", "x_1"} {
		if err := CheckActID(id); err != nil {
			t.Errorf("CheckActID(%q) = %v", id, err)
		}
	}
	dir := t.TempDir()
	a := &Act{ActInfo: ActInfo{ID: "../escaped", Title: "T"}}
	if err := WriteAct(filepath.Join(dir, "corpus"), a); !errors.Is(err, ErrInvalid) {
		t.Errorf("WriteAct with act ../escaped: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "escaped")); !os.IsNotExist(err) {
		t.Errorf("an act was written outside the corpus directory")
	}
}

// TestWriteActRecoversInterrupted simulates a crash between the two renames
// of WriteAct: the old tree sits in a staging directory and no act is in
// its place. The next write puts it back.
func TestWriteActRecoversInterrupted(t *testing.T) {
	dir := t.TempDir()
	empty, _ := New()
	a := importSeed(t, empty)
	if err := WriteAct(dir, a); err != nil {
		t.Fatal(err)
	}
	staging := filepath.Join(dir, stagingPrefix+"crashed")
	os.MkdirAll(staging, 0o755)
	if err := os.Rename(filepath.Join(dir, a.ID), filepath.Join(staging, replacedName)); err != nil {
		t.Fatal(err)
	}
	other, _ := NewAct(ActInfo{ID: "other", Title: "Inny"}, a.Versions("par3")[:1])
	if err := WriteAct(dir, other); err != nil {
		t.Fatal(err)
	}
	c, err := ReadDir(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := c.Act(a.ID); err != nil || len(got.AllVersions()) != 3 {
		t.Errorf("the act replaced before the crash was not put back: %v", err)
	}
	if _, err := os.Stat(staging); !os.IsNotExist(err) {
		t.Error("the staging directory was left behind")
	}
}

// TestImportRetitledAct: an act an amendment retitled is named as the
// title block of its newest text names it ("… o finansowaniu Akademii
// Katolickiej …", DU-2024-1033), while ust. 1 of the obwieszczenie names it
// as published ("… Papieskiego Wydziału Teologicznego …"); the act keeps
// the id made from the published title. Neither depends on the order in
// which its texts are imported, also when they share no reference; a title
// given with -title stays when the same text is imported again.
func TestImportRetitledAct(t *testing.T) {
	const published = "Ustawa z dnia 5 kwietnia 2006 r. o finansowaniu Papieskiego Wydziału Teologicznego w Warszawie z budżetu państwa"
	const now = "Ustawa z dnia 5 kwietnia 2006 r. o finansowaniu Akademii Katolickiej w Warszawie z budżetu państwa"
	newer := File{"DU-2024-1033.md", readTestdata(t, "du-2024-1033.md")}
	// An older text of the act, before it was retitled: the title block as
	// published, no note on it, announced in 2019.
	older := func(ref string) File {
		return File{"DU-2019-500.md", []byte(strings.NewReplacer(
			"o finansowaniu Akademii Katolickiej w Warszawie z budżetu państwa[^1]", "o finansowaniu Papieskiego Wydziału Teologicznego w Warszawie z budżetu państwa",
			"w sprawie ogłoszenia jednolitego tekstu ustawy o finansowaniu Akademii Katolickiej", "w sprawie ogłoszenia jednolitego tekstu ustawy o finansowaniu Papieskiego Wydziału Teologicznego",
			"(Dz. U. poz. 648)", ref, "DU/2024/1033", "DU/2019/500", "poz. 1033", "poz. 500", "2024-07-10", "2019-05-10", "z dnia 10 lipca 2024 r.", "z dnia 10 maja 2019 r.").Replace(string(newer.Data)))}
	}
	id := ActIDFor(ActInfo{Type: "ustawa", Date: MakeDate(2006, 4, 5), Title: published})
	importAll := func(files ...File) *Act {
		t.Helper()
		c, _ := New()
		var a *Act
		for _, f := range files {
			var err error
			if a, err = importOne(c, ImportRequest{Files: []File{f}}); err != nil {
				t.Fatal(err)
			}
			c, _ = New(a)
		}
		return a
	}
	for _, ref := range []string{"(Dz. U. poz. 648)", "(Dz. U. z 2016 r. poz. 7)"} { // the same reference, and none in common
		old := older(ref)
		if strings.Contains(string(old.Data), "Akademii") {
			t.Fatal("the older text is not as the test expects")
		}
		for _, order := range [][]File{{old, newer}, {newer, old}} {
			if a := importAll(order...); a.ID != id || a.Title != now {
				t.Errorf("%s then %s, ust. 1 naming %s: act %q titled %q, want %q titled %q", order[0].Name, order[1].Name, ref, a.ID, a.Title, id, now)
			}
		}
	}
	c, _ := New()
	a, err := importOne(c, ImportRequest{Title: "Ustawa o Akademii", Files: []File{newer}})
	if err != nil {
		t.Fatal(err)
	}
	c, _ = New(a)
	if a, err = importOne(c, ImportRequest{Files: []File{newer}}); err != nil || a.Title != "Ustawa o Akademii" {
		t.Errorf("the same text again: title %q, %v", a.Title, err)
	}
}

// TestImportActsWhoseTitlesMakeOneID: acts of one type and date whose
// titles, cut to an id's length, make one id get it numbered in turn; a
// text of the second that shares no reference with the first goes into the
// second, and a third act takes a third id (a retitled act, matched by the
// id its published title makes, is not matched so).
func TestImportActsWhoseTitlesMakeOneID(t *testing.T) {
	base := string(readTestdata(t, "du-2024-1033.md"))
	const long = "o finansowaniu Akademii Katolickiej w Warszawie z budżetu państwa oraz innych uczelni kościelnych i świeckich w zakresie"
	text := func(subject, eli, pos, ref string) File {
		return File{"DU-" + eli + ".md", []byte(strings.NewReplacer(
			"o finansowaniu Akademii Katolickiej w Warszawie z budżetu państwa[^1]", long+" "+subject,
			"o finansowaniu Papieskiego Wydziału Teologicznego w Warszawie z budżetu państwa", long+" "+subject,
			"(Dz. U. poz. 648)", ref, "DU/2024/1033", "DU/2024/"+pos, "poz. 1033", "poz. "+pos).Replace(base))}
	}
	c, _ := New()
	var ids []string
	for _, f := range []File{
		text("nauki", "2024-1", "1", "(Dz. U. poz. 11)"),
		text("sztuki", "2024-2", "2", "(Dz. U. poz. 12)"),
		text("sztuki", "2024-3", "3", "(Dz. U. poz. 13)"),
		text("sportu", "2024-4", "4", "(Dz. U. poz. 14)"),
	} {
		a, err := importOne(c, ImportRequest{Files: []File{f}})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
		var all []*Act
		c.Each(func(x *Act) error { all = append(all, x); return nil })
		c, _ = New(append(slices.DeleteFunc(all, func(x *Act) bool { return x.ID == a.ID }), a)...)
	}
	id := ids[0]
	if want := []string{id, id + "-2", id + "-2", id + "-3"}; !slices.Equal(ids, want) || len(id) > 100 {
		t.Errorf("ids %q, want %q", ids, want)
	}
}
