package lemma

import (
	"bytes"
	"slices"
	"testing"
)

func TestPolishLemmas(t *testing.T) {
	tab, err := Polish()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		form string
		want string // one of the lemmas
	}{
		{"wniosku", "wniosek"},
		{"wnioskiem", "wniosek"},
		{"wnioski", "wniosek"},
		{"kuratorem", "kurator"},
		{"kuratora", "kurator"},
		{"placowkach", "placowka"},
		{"placowke", "placowka"},
		{"dostepowych", "dostepowy"},
		{"niepublicznej", "niepubliczny"},
		{"przyznal", "przyznac"},
		{"szkol", "szkola"},
		{"uczelnia", "uczelnia"},
	}
	for _, tt := range tests {
		t.Run(tt.form, func(t *testing.T) {
			got := tab.Lemmas(nil, tt.form)
			if !slices.Contains(got, tt.want) {
				t.Errorf("Lemmas(%q) = %q, want it to contain %q", tt.form, got, tt.want)
			}
		})
	}
	if got := tab.Lemmas(nil, "qqzzxx"); len(got) != 0 {
		t.Errorf("Lemmas(unknown) = %q, want none", got)
	}
	if got := tab.Lemmas(nil, "publicznej"); slices.Contains(got, "niepubliczny") {
		t.Errorf("Lemmas(publicznej) = %q: a prefix must not be dropped", got)
	}
}

func TestWriteRead(t *testing.T) {
	pairs := []Pair{{"wnioskiem", "wniosek"}, {"dane", "dany"}, {"dane", "dane"}, {"wniosek", "wniosek"}}
	var buf bytes.Buffer
	if err := Write(&buf, pairs); err != nil {
		t.Fatal(err)
	}
	tab, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := tab.Lemmas(nil, "dane"); !slices.Equal(got, []string{"dane", "dany"}) {
		t.Errorf("Lemmas(dane) = %q", got)
	}
	if _, err := Read(bytes.NewReader([]byte("junk"))); err == nil {
		t.Error("Read(junk) succeeded")
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Placówkę": "placowke", "ŻÓŁĆ": "zolc", "Müller": "muller", "2215": "2215"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkLoad measures decompressing and opening the embedded table.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Read(bytes.NewReader(polish)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLemmas(b *testing.B) {
	tab, err := Polish()
	if err != nil {
		b.Fatal(err)
	}
	var dst []string
	for b.Loop() {
		dst = tab.Lemmas(dst[:0], "wnioskiem")
	}
}
