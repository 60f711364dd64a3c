package diff

import (
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
)

func TestRenderText(t *testing.T) {
	a := sampleAct(t)
	r, err := Dates(a, corpustest.Date(t, "2017-07-24"), corpustest.Date(t, "2019-09-01"), "par3.ust2")
	if err != nil {
		t.Fatal(err)
	}
	const amendment = "§ 3 ust. 2 w brzmieniu ustalonym przez § 1 pkt 1 lit. b) rozporządzenia Ministra Edukacji Narodowej z dnia 7 sierpnia 2019 r. zmieniającego rozporządzenie w sprawie procedury przyznawania danych dostępowych do bazy danych systemu informacji oświatowej (Dz.U. poz. 1557). Zmiana weszła w życie 1 września 2019 r."
	tests := []struct {
		colour bool
		want   string
	}{
		{false, `§ 3 ust. 2 of du-2017-1399: 2017-07-24 → 2019-09-01: 1 change

§ 3 ust. 2: modified, wording
  by § 1 pkt 1 lit. b) rozporządzenia Ministra Edukacji Narodowej z dnia 7 sierpnia 2019 r. zmieniającego rozporządzenie w sprawie procedury przyznawania danych dostępowych do bazy danych systemu informacji oświatowej (Dz. U. z 2019 r. poz. 1557), in force 2019-09-01
  W przypadku wniosku osoby upoważnionej do przyznawania danych dostępowych, o której mowa w art. 70 ust. 1{+ i 2+} ustawy, wniosek ten zawiera dodatkowo odpowiednio:
  footnote [2] added: ` + amendment + "\n"},
		{true, "art. 70 ust. 1\x1b[32m{+ i 2+}\x1b[0m ustawy"},
	}
	for _, tt := range tests {
		var b strings.Builder
		if err := RenderText(&b, r, tt.colour); err != nil {
			t.Fatal(err)
		}
		if got := b.String(); (!tt.colour && got != tt.want) || (tt.colour && !strings.Contains(got, tt.want)) {
			t.Errorf("colour %v: mismatch\nwant %s\ngot  %s", tt.colour, tt.want, got)
		}
	}
}

// Every piece of text is escaped; edits are <del> and <ins>.
func TestRenderHTML(t *testing.T) {
	old := corpustest.Version(t, "2019-01-01 2019-12-31", "§ 1. [Tytuł <b>] Wniosek <script>alert(1)</script> & \"x\".\n")
	new := corpustest.Version(t, "2020-01-01", "§ 1. [Tytuł <i>] Wniosek <img src=x onerror=alert(1)> & \"x\".\n")
	r := &Report{Act: "a<b", From: old.Range.From, To: new.Range.From, Changes: Versions(old, new)}
	var b strings.Builder
	if err := RenderHTML(&b, r); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, bad := range []string{"<script", "<img", "<b>", "<i>", "a<b"} {
		if strings.Contains(got, bad) {
			t.Errorf("unescaped %q in\n%s", bad, got)
		}
	}
	for _, want := range []string{"Wniosek &lt;<del>script&gt;</del><ins>img src=x onerror=</ins>alert(1)<del>&lt;/script</del>&gt;", "&amp; &#34;x&#34;.", "heading: <del>Tytuł &lt;b&gt;</del><ins>Tytuł &lt;i&gt;</ins>", `id="unit-par1"`} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in\n%s", want, got)
		}
	}
}

// A unit that lost force other than by repeal is labelled with how it did.
func TestRenderLapsed(t *testing.T) {
	old := corpustest.Version(t, "2019-01-01 2019-12-31", "§ 1. Wniosek zawiera:\n1) imię;\n2) nazwisko.\n")
	new := corpustest.Version(t, "2020-01-01", "§ 1. Wniosek zawiera:\n1) imię;\n2) (pominięty)\n")
	r := &Report{Act: "test", From: old.Range.From, To: new.Range.From, Changes: Versions(old, new)}
	tests := []struct {
		name   string
		render func(*strings.Builder) error
		want   string
	}{
		{"text", func(b *strings.Builder) error { return RenderText(b, r, false) },
			"§ 1 pkt 2: lapsed (omitted from the consolidated text)\n"},
		{"html", func(b *strings.Builder) error { return RenderHTML(b, r) },
			`<article class="change kind-lapsed status-omitted" id="unit-par1.pkt2">
<h3><span class="citation">§ 1 pkt 2</span> <span class="kind">lapsed</span> <span class="status">(omitted from the consolidated text)</span></h3>`},
	}
	for _, tt := range tests {
		var b strings.Builder
		if err := tt.render(&b); err != nil {
			t.Fatal(err)
		}
		if got := b.String(); !strings.Contains(got, tt.want) {
			t.Errorf("%s: no %q in\n%s", tt.name, tt.want, got)
		}
	}
}

// The removal a change replaces is shown inside it, so each unit appears
// once.
func TestRenderReplaces(t *testing.T) {
	old := corpustest.Version(t, "2019-01-01 2019-12-31", "§ 1. Wniosek zawiera:\n1) imię;\n2) nazwisko;\n3) adres.\n")
	new := corpustest.Version(t, "2020-01-01", "§ 1. Wniosek zawiera:\n1) nazwisko;\n2) adres.\n")
	r := &Report{Act: "test", From: old.Range.From, To: new.Range.From, Changes: Versions(old, new)}
	tests := []struct {
		name   string
		render func(*strings.Builder) error
		want   string
	}{
		{"text", func(b *strings.Builder) error { return RenderText(b, r, false) },
			"§ 1 pkt 1: moved from § 1 pkt 2\n  nazwisko;\n  replacing the former § 1 pkt 1: removed\n    [-imię;-]\n"},
		{"html", func(b *strings.Builder) error { return RenderHTML(b, r) },
			`<div class="replaces">
<p>replacing the former <span class="citation">§ 1 pkt 1</span> <span class="kind">removed</span></p>
<p class="text"><del>imię;</del></p>
</div>`},
	}
	for _, tt := range tests {
		var b strings.Builder
		if err := tt.render(&b); err != nil {
			t.Fatal(err)
		}
		got := b.String()
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: no %q in\n%s", tt.name, tt.want, got)
		}
		if n := strings.Count(got, "unit-par1.pkt1\""); n > 1 {
			t.Errorf("%s: %d anchors for one unit", tt.name, n)
		}
	}
}

// TestAttributionWithoutAct: a change a footnote dates without naming the
// act that made it ("Wszedł w życie z dniem 13 listopada 2022 r. na
// podstawie komunikatu …") says only when it took effect.
func TestAttributionWithoutAct(t *testing.T) {
	for _, tt := range []struct {
		at   Attribution
		want string
	}{
		{Attribution{InForce: corpus.MakeDate(2022, 11, 13)}, "in force 2022-11-13"},
		{Attribution{Provision: "art. 1", Act: "ustawy z dnia 5 maja 2025 r.", Ref: "Dz. U. z 2025 r. poz. 600", InForce: corpus.MakeDate(2025, 6, 1)},
			"by art. 1 ustawy z dnia 5 maja 2025 r. (Dz. U. z 2025 r. poz. 600), in force 2025-06-01"},
		{Attribution{Ref: "Dz. U. z 2025 r. poz. 600"}, "by (Dz. U. z 2025 r. poz. 600)"},
	} {
		if got := tt.at.String(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.at, got, tt.want)
		}
	}
}
