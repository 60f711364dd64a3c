package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"lexdiff/corpus"
)

// words builds sentences and list items from the vocabulary. It knows the
// act's kind, so that references read "art. 12" or "§ 12", and the year
// the text is written in, so that Dz. U. references are plausible.
type words struct {
	r     *rand.Rand
	kind  Kind
	units int // top-level units of the act, the range of "art. N"
	year  int
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func (w *words) chance(p float64) bool { return w.r.Float64() < p }

func (w *words) organ() organ {
	if w.chance(0.3) {
		d := pick(w.r, ministerDomains)
		return organ{"minister właściwy do spraw " + d, "ministra właściwego do spraw " + d, "ministrem właściwym do spraw " + d, masculine}
	}
	return pick(w.r, organs)
}

func (w *words) object() object { return pick(w.r, objects) }

// top cites a top-level unit of the act: "art. 12" or "§ 12".
func (w *words) top() string {
	n := 1 + w.r.IntN(max(w.units, 1))
	if w.kind == Regulation {
		return fmt.Sprintf("§ %d", n)
	}
	return fmt.Sprintf("art. %d", n)
}

func (w *words) ust() string { return fmt.Sprintf("ust. %d", 1+w.r.IntN(3)) }

// ref returns a Dz. U. reference in the long form, from a year up to two
// before the text's own.
func (w *words) ref() string {
	r := corpus.PubRef{Journal: "DU", Items: []corpus.PubItem{{Year: w.year - w.r.IntN(3), Position: 50 + w.r.IntN(2400)}}}
	return r.String()
}

// citedAct cites an act enacted before the text's year, with its Dz. U.
// reference.
func (w *words) citedAct() string {
	start := w.r.IntN(len(citedActs))
	a := citedActs[start]
	for i := range citedActs {
		if c := citedActs[(start+i)%len(citedActs)]; c.enacted < w.year {
			a = c
			break
		}
	}
	return a.title + " (" + w.ref() + ")"
}

// adjunct returns a circumstantial phrase, fixed or built.
func (w *words) adjunct() string {
	switch w.r.IntN(10) {
	case 0:
		return "w porozumieniu z " + w.organ().inst
	case 1:
		return "po zasięgnięciu opinii " + w.organ().gen
	case 2:
		return pick(w.r, []string{"z zastrzeżeniem ", "w przypadku, o którym mowa w ", "na zasadach określonych w "}) + pick(w.r, []string{w.ust(), w.top()})
	case 3:
		return pick(w.r, []string{"zgodnie z przepisami ", "na podstawie przepisów "}) + w.citedAct()
	}
	return pick(w.r, adjuncts)
}

func (w *words) optAdjunct() string {
	if w.chance(0.75) {
		return " " + w.adjunct()
	}
	return ""
}

// about returns "o którym", "o której" or "o których" for g.
func about(g gender) string {
	switch g {
	case feminine:
		return "o której"
	case plural:
		return "o których"
	}
	return "o którym"
}

func obliged(g gender) string {
	if g == feminine {
		return "obowiązana"
	}
	return "obowiązany"
}

// sentence returns a whole provision, as an ustęp or an article says it,
// ending with end.
func (w *words) sentence(end string) string {
	o, ob, v := w.organ(), w.object(), pick(w.r, verbs)
	var s string
	switch w.r.IntN(9) {
	case 0:
		s = o.nom + " może " + v.inf + " " + ob.acc + w.optAdjunct()
	case 1:
		s = o.nom + " jest " + obliged(o.g) + " " + v.inf + " " + ob.acc + w.optAdjunct()
	case 2:
		s = "do " + ob.gen + " stosuje się odpowiednio przepisy " + w.citedAct()
	case 3:
		s = "przepisy " + w.ust() + " stosuje się odpowiednio do " + ob.gen + w.optAdjunct()
	case 4:
		s = "w przypadku " + ob.gen + " " + o.nom + " " + v.pres + " " + w.object().acc + w.optAdjunct()
	case 5:
		s = ob.acc + " " + v.pres + " się " + w.adjunct()
	case 6:
		s = ob.acc + ", " + about(ob.g) + " mowa w " + w.ust() + ", " + v.pres + " " + o.nom + w.optAdjunct()
	case 7:
		s = o.nom + " " + v.pres + " " + ob.acc + ", jeżeli " + pick(w.r, conditions)
	default:
		s = o.nom + " " + v.pres + " " + ob.acc + w.optAdjunct()
	}
	return capitalize(s) + end
}

// A form is the grammatical shape of a list's items, set by its intro.
type form int

const (
	formAcc  form = iota // "Wniosek zawiera: 1) imię i nazwisko…"
	formGen              // "Przepisów ust. 1 nie stosuje się do: 1) decyzji…"
	formDef              // "Ilekroć w ustawie jest mowa o: 1) rejestrze – rozumie się przez to…"
	formCond             // "…, jeżeli: 1) wniosek nie spełnia…"
	formTask             // "Do zadań wojewody należy: 1) prowadzenie rejestru…"
	formNom              // tirets: "– jednostka samorządu terytorialnego,"
)

// intro returns the words before a list, ending with ":", and the form of
// the list's items.
func (w *words) intro() (string, form) {
	o, ob, v := w.organ(), w.object(), pick(w.r, verbs)
	switch f := form(w.r.IntN(5)); f {
	case formAcc:
		return capitalize(pick(w.r, []string{
			ob.nom + ", " + about(ob.g) + " mowa w " + w.ust() + ", zawiera:",
			ob.nom + " zawiera w szczególności:",
			"do " + ob.gen + " dołącza się:",
		})), f
	case formGen:
		return capitalize(pick(w.r, []string{
			"przepisów " + w.ust() + " nie stosuje się do:",
			"obowiązek, o którym mowa w " + w.ust() + ", nie dotyczy:",
		})), f
	case formDef:
		if w.kind == Regulation {
			return "Ilekroć w rozporządzeniu jest mowa o:", f
		}
		return "Ilekroć w ustawie jest mowa o:", f
	case formCond:
		return capitalize(pick(w.r, []string{
			o.nom + " odmawia wydania " + ob.gen + ", jeżeli:",
			o.nom + " " + v.pres + " " + ob.acc + ", jeżeli:",
			o.nom + " może " + v.inf + " " + ob.acc + " w przypadku, gdy:",
		})), f
	default:
		return capitalize(pick(w.r, []string{
			"do zadań " + o.gen + " należy w szczególności:",
			o.nom + " odpowiada za:",
		})), formTask
	}
}

// formOf guesses the form of a list's items from its intro.
func formOf(intro string) form {
	switch {
	case strings.HasSuffix(intro, "jest mowa o:"):
		return formDef
	case strings.HasSuffix(intro, "jeżeli:"), strings.HasSuffix(intro, "gdy:"):
		return formCond
	case strings.HasSuffix(intro, "w szczególności:") && strings.HasPrefix(intro, "Do zadań"),
		strings.HasSuffix(intro, "odpowiada za:"), strings.HasSuffix(intro, ", w tym:"):
		return formTask
	case strings.HasSuffix(intro, "stosuje się do:"), strings.HasSuffix(intro, "nie dotyczy:"):
		return formGen
	}
	return formAcc
}

// item returns the words of a list item of form f, ending with end.
func (w *words) item(f form, end string) string {
	ob := w.object()
	switch f {
	case formGen:
		return ob.gen + w.optAdjunct() + end
	case formDef:
		meant := w.object()
		def := ob.loc + " – rozumie się przez to " + meant.acc
		if w.chance(0.3) {
			def += ", " + about(meant.g) + " mowa w " + w.top()
		}
		return def + end
	case formCond:
		return pick(w.r, conditions) + end
	case formTask:
		return pick(w.r, gerunds) + " " + ob.gen + w.optAdjunct() + end
	case formNom:
		return pick(w.r, []string{w.organ().nom, ob.nom}) + end
	}
	switch w.r.IntN(3) {
	case 0:
		return pick(w.r, fixedItems) + end
	case 1:
		return pick(w.r, itemNouns) + " " + ob.gen + end
	}
	return ob.acc + w.optAdjunct() + end
}

// subIntro returns the words of a list item that opens a list of its own.
func (w *words) subIntro(f form) string {
	switch f {
	case formTask:
		return pick(w.r, gerunds) + " " + w.object().gen + ", w tym:"
	case formNom:
		return pick(w.r, itemNouns) + " " + w.object().gen + ":"
	}
	return "w przypadku " + w.object().gen + ":"
}

// closing returns the part after a list (część wspólna), ending with end.
func (w *words) closing(end string) string {
	switch w.r.IntN(3) {
	case 0:
		return "– jeżeli " + pick(w.r, conditions) + end
	case 1:
		return "– " + w.adjunct() + end
	}
	o := w.organ()
	return "– " + o.nom + " " + pick(w.r, verbs).pres + " " + w.object().acc + w.optAdjunct() + end
}

// heading returns an editorial heading such as a portal adds.
func (w *words) heading() string {
	ob := w.object()
	if w.chance(0.5) {
		return capitalize(ob.nom)
	}
	return capitalize(pick(w.r, gerunds) + " " + ob.gen)
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// dateWords writes d as Polish law does: "7 sierpnia 2019 r.".
func dateWords(d corpus.Date) string {
	t := d.Time()
	return fmt.Sprintf("%d %s %d r.", t.Day(), monthsGenitive[t.Month()-1], t.Year())
}

// statusBody is the body of a repealed unit of kind k, in its gender:
// "(uchylony)" for art., §, ust., pkt; "(uchylona)" for lit.; "(uchylone)"
// for a tiret.
func statusBody(k corpus.Kind) string {
	return "(" + strings.ToLower(agree(k, "Uchylony", "Uchylona", "Uchylone")) + ")"
}

// agree chooses the masculine, feminine or neuter word for a unit of kind k.
func agree(k corpus.Kind, m, f, n string) string {
	switch k {
	case corpus.Letter:
		return f
	case corpus.Tiret, corpus.DoubleTiret:
		return n
	}
	return m
}
