package server

import (
	"fmt"
	"net/http"
	"strings"

	"lexdiff/corpus"
)

// A lang is a language the pages are written in. Polish is the default;
// ?lang=en switches to English and a cookie remembers the choice.
type lang string

const (
	polish  lang = "pl"
	english lang = "en"
)

const langCookie = "lang"

// langOf returns the language asked for by the request: the lang query
// parameter, then the cookie, then Polish.
func langOf(r *http.Request) lang {
	if l, ok := parseLang(r.URL.Query().Get("lang")); ok {
		return l
	}
	if c, err := r.Cookie(langCookie); err == nil {
		if l, ok := parseLang(c.Value); ok {
			return l
		}
	}
	return polish
}

func parseLang(s string) (lang, bool) {
	switch lang(s) {
	case polish, english:
		return lang(s), true
	}
	return "", false
}

// rememberLang sets the cookie when the request chose a language in its URL.
func rememberLang(w http.ResponseWriter, r *http.Request) {
	if l, ok := parseLang(r.URL.Query().Get("lang")); ok {
		http.SetCookie(w, &http.Cookie{Name: langCookie, Value: string(l), Path: "/", MaxAge: 365 * 24 * 3600,
			HttpOnly: true, SameSite: http.SameSiteLaxMode})
	}
}

// Other is the language the switch offers.
func (l lang) Other() lang {
	if l == english {
		return polish
	}
	return english
}

// switchURL is the current URL with the language switched.
func switchURL(r *http.Request, to lang) string { return withQuery(r, "lang", string(to)) }

// T returns the message with the given key in l; a key missing from the
// catalogue shows as itself, which the catalogue test forbids.
// Of says the message key of the unit id, in the Polish form agreeing in
// gender with the unit's name, when it has one: key+".f" for a litera
// ("lit. b zmieniona"), key+".n" for a tiret ("tiret pierwsze
// usunięte"); key itself for the others (artykuł, paragraf, ustęp,
// punkt, załącznik, wstęp).
func (l lang) Of(key, id string) string {
	g := ""
	switch last := id[strings.LastIndexByte(id, '.')+1:]; {
	case strings.HasPrefix(last, string(corpus.Letter)):
		g = ".f"
	case strings.HasPrefix(last, string(corpus.Tiret)):
		g = ".n"
	}
	if _, ok := messages[key+g]; ok {
		return l.T(key + g)
	}
	return l.T(key)
}

func (l lang) T(key string) string {
	if m, ok := messages[key]; ok {
		if l == english {
			return m.en
		}
		return m.pl
	}
	return key
}

type message struct{ pl, en string }

// messages is the catalogue of the pages' own words (the legal text is
// never translated).
var messages = map[string]message{
	"site.tagline":                      {"Brzmienie przepisów na każdy dzień, zmiany i wyszukiwanie", "The wording of the law on any day, its changes, and search"},
	"nav.home":                          {"Akty", "Acts"},
	"nav.search":                        {"Szukaj", "Search"},
	"nav.skip":                          {"Przejdź do treści", "Skip to content"},
	"lang.switch":                       {"English", "Polski"},
	"home.acts":                         {"Akty prawne", "Legal acts"},
	"home.versions":                     {"wersje od %s do %s", "versions from %s to %s"},
	"search.label":                      {"Szukaj w przepisach", "Search the provisions"},
	"search.filters":                    {"Wyszukiwanie z filtrami", "Search with filters"},
	"search.site":                       {"Szukaj w serwisie", "Search the site"},
	"search.placeholder":                {"np. kurator oświaty", "e.g. kurator oświaty"},
	"search.submit":                     {"Szukaj", "Search"},
	"search.date":                       {"Stan prawny na dzień", "Law as in force on"},
	"search.all":                        {"Cała historia (wszystkie brzmienia)", "All history (every wording)"},
	"search.results":                    {"Wyniki", "Results"},
	"search.total":                      {"Znaleziono: %d", "Found: %d"},
	"search.description":                {"Przepisy prawa dla zapytania „%s” (znaleziono: %d).", "Provisions of law matching “%s” (found: %d)."},
	"search.none":                       {"Nic nie znaleziono.", "Nothing found."},
	"search.facets":                     {"Zawęź", "Narrow down"},
	"search.facet.act":                  {"Akt", "Act"},
	"search.facet.kind":                 {"Rodzaj jednostki", "Unit kind"},
	"search.facet.year":                 {"Rok wejścia brzmienia w życie (lub od którego jest znane)", "Year the wording took effect (or is known from)"},
	"search.facet.any":                  {"dowolny", "any"},
	"search.prev":                       {"← Poprzednia", "← Previous"},
	"search.next":                       {"Następna →", "Next →"},
	"search.pages":                      {"Strony wyników", "Result pages"},
	"search.page":                       {"Strona %d z %d", "Page %d of %d"},
	"search.unavailable":                {"Wyszukiwarka jest niedostępna: indeks nie został załadowany.", "Search is unavailable: the index is not loaded."},
	"search.inforce":                    {"w brzmieniu obowiązującym %s", "as worded %s"},
	"act.date":                          {"Stan prawny na dzień", "Law as in force on"},
	"act.show":                          {"Pokaż", "Show"},
	"act.today":                         {"dziś", "today"},
	"act.text":                          {"tekst aktu", "the act's text"},
	"act.toc":                           {"Spis treści", "Contents"},
	"act.timeline":                      {"Oś czasu zmian", "Timeline of changes"},
	"act.source":                        {"Źródło", "Source"},
	"act.history":                       {"historia", "history"},
	"act.compare":                       {"co zmieniono", "what changed"},
	"act.compare.title":                 {"porównanie z poprzednim brzmieniem", "the comparison with the previous wording"},
	"act.wordingFrom":                   {"brzmienie od", "worded so since"},
	"act.wordingKnownFrom":              {"brzmienie znane od", "wording known since"},
	"act.next":                          {"zmiana", "changed"},
	"act.next.pending":                  {"oczekuje zmiana", "pending change"},
	"act.description":                   {"%s – tekst w brzmieniu na dzień %s, z historią zmian i porównaniami.", "%s – the text as in force on %s, with its history of changes and comparisons."},
	"act.state.current":                 {"Tekst obowiązujący", "Current text"},
	"act.state.historical":              {"Tekst historyczny", "Historical text"},
	"act.state.future":                  {"Tekst przyszły (oczekujący)", "Future text (pending)"},
	"act.state.applies.current":         {"obowiązuje", "applies"},
	"act.state.applies.historical":      {"obowiązywał", "applied"},
	"act.state.applies.future":          {"będzie obowiązywał", "will apply"},
	"act.state.toCurrent":               {"przejdź do tekstu obowiązującego", "go to the current text"},
	"act.state.later":                   {"Późniejsze zmiany:", "Later changes:"},
	"act.state.unknown":                 {"Brzmienia części jednostek (%d) na ten dzień baza nie zna: ma je dopiero od", "The corpus does not know the wording of some units (%d) on this day: it holds them only from"},
	"act.state.pending":                 {"oczekująca", "pending"},
	"act.state.more":                    {"i %d kolejnych", "and %d more"},
	"act.state.newest":                  {"Wersje w bazie: do", "Versions held: up to"},
	"act.units":                         {"jedn.: %d", "units: %d"},
	"act.timeline.count":                {"jedn.: %d", "units: %d"},
	"act.timeline.first":                {"Pierwsza wersja w bazie, od %s: %s", "The first version in the corpus, from %s: %s"},
	"act.timeline.change":               {"Zmiana z %s: %s; zmienione artykuły, paragrafy lub załączniki: %d", "The change of %s: %s; articles, paragraphs or annexes changed: %d"},
	"act.change.title":                  {"Zmiana z %s", "The change of %s"},
	"act.change.first":                  {"Pierwsza wersja w bazie, od %s", "The first version in the corpus, from %s"},
	"act.change.units":                  {"Zmienione jednostki:", "Units changed:"},
	"act.change.count":                  {"jedn.: %d", "units: %d"},
	"act.change.compare":                {"porównanie", "comparison"},
	"act.change.more":                   {"… i %d innych", "… and %d more"},
	"act.change.none":                   {"żadna jednostka nie zmieniła brzmienia", "no unit changed its wording"},
	"act.changes":                       {"Historia zmian", "History of changes"},
	"act.changes.date":                  {"Od dnia", "From"},
	"act.changes.units":                 {"Zmienione artykuły, paragrafy lub załączniki", "Articles, paragraphs or annexes changed"},
	"act.changes.first":                 {"pierwsza wersja w bazie", "the first version in the corpus"},
	"act.part":                          {"część", "part"},
	"act.parts":                         {"Części tekstu", "Parts of the text"},
	"act.footnotes":                     {"Przypisy", "Footnotes"},
	"act.heading":                       {"Tytuł redakcyjny (nie jest tekstem prawnym)", "Editorial heading (not legal text)"},
	"act.inforceOn":                     {"Tekst na %s", "The text on %s"},
	"status.repealed":                   {"uchylony", "repealed"},
	"status.repealed.f":                 {"uchylona", "repealed"},
	"status.repealed.n":                 {"uchylone", "repealed"},
	"status.omitted":                    {"pominięty", "omitted"},
	"status.omitted.f":                  {"pominięta", "omitted"},
	"status.omitted.n":                  {"pominięte", "omitted"},
	"status.lost-force":                 {"utracił moc", "lost force"},
	"status.lost-force.f":               {"utraciła moc", "lost force"},
	"status.lost-force.n":               {"utraciło moc", "lost force"},
	"status.expired":                    {"wygasł", "expired"},
	"status.expired.f":                  {"wygasła", "expired"},
	"status.expired.n":                  {"wygasło", "expired"},
	"range.from":                        {"od %s", "from %s"},
	"range.fromTo":                      {"%s – %s", "%s – %s"},
	"search.knownFrom":                  {"brzmienie znane: %s", "wording known: %s"},
	"history.absent":                    {"brak tej jednostki", "no such unit"},
	"history.legend":                    {"Objaśnienia", "Legend"},
	"history.legend.present":            {"jednostka obowiązuje (najstarsze brzmienie w bazie)", "the unit applies (the oldest wording in the corpus)"},
	"history.legend.absent":             {"w tym brzmieniu nie ma tej jednostki", "this wording has no such unit"},
	"history.legend.unchanged":          {"bez zmian względem poprzedniego brzmienia", "no change from the previous wording"},
	"history.legend.modifiedwording":    {"zmiana brzmienia przepisu (nie tylko odesłania ani redakcyjna)", "the wording changed (not only a reference, not only formatting)"},
	"history.legend.modifiedreference":  {"zmienione tylko odesłanie publikacyjne (np. nowy tekst jednolity ustawy)", "only a publication reference changed (e.g. a statute's new consolidated text)"},
	"history.legend.modifiedformatting": {"zmiana redakcyjna (interpunkcja, odstępy)", "formatting only (punctuation, spacing)"},
	"history.legend.added":              {"jednostka dodana", "the unit was added"},
	"history.legend.removed":            {"jednostka usunięta", "the unit was removed"},
	"history.legend.repealed":           {"jednostka uchylona", "the unit was repealed"},
	"history.legend.lapsed":             {"jednostka utraciła moc (pominięta, wygasła)", "the unit lost force (omitted, expired)"},
	"history.legend.restored":           {"jednostka znów obowiązuje", "the unit applies again"},
	"history.legend.moved":              {"jednostka przeniesiona (przenumerowana)", "the unit was moved (renumbered)"},
	"history.legend.annotated":          {"zmienione tylko przypisy lub tytuł redakcyjny", "only footnotes or the editorial heading changed"},
	"history.computed":                  {"obliczone przez lexdiff", "computed by lexdiff"},
	"history.folded":                    {"Pominięto jednostki, których ta zmiana nie dotyczy.", "Units this change left as they were are left out."},
	"history.unchanged":                 {"%s: bez zmian", "%s: unchanged"},
	"history.description":               {"Historia brzmień: %s, %s – każde brzmienie z zaznaczonymi zmianami i tabela elementów.", "The wordings of %s, %s – each marked up against the one before, and the fields matrix."},
	"history.timeline":                  {"Oś czasu brzmień", "Timeline of wordings"},
	"history.timeline.wording":          {"Brzmienie %s: %s", "Wording %s: %s"},
	"history.title":                     {"Historia: %s", "History: %s"},
	"history.was":                       {"jako %s", "as %s"},
	"history.wordings":                  {"Brzmienia (od najnowszego)", "Wordings (newest first)"},
	"history.first":                     {"pierwsze znane brzmienie", "first known wording"},
	"history.matrix":                    {"Które elementy obowiązywały kiedy", "Which fields applied when"},
	"history.matrix.desc":               {"Wiersze to jednostki wyliczenia, kolumny to kolejne brzmienia; komórka zmiany prowadzi do porównania.", "Rows are the units of the list, columns the successive wordings; a changed cell opens the comparison."},
	"history.subunit":                   {"Jednostka", "Sub-unit"},
	"history.present":                   {"obowiązuje", "in force"},
	"history.compare":                   {"porównaj z poprzednim", "compare with the previous"},
	"history.attribution":               {"Zmienione przez", "Changed by"},
	"history.sources":                   {"Źródło", "Source"},
	"compare.title":                     {"Porównanie: %s → %s", "Comparison: %s → %s"},
	"compare.description":               {"%s – zmiany między %s a %s (zmienione jednostki: %d), ze skreśleniami i dodaniami zaznaczonymi w tekście.", "%s – the changes between %s and %s (units changed: %d), with deletions and insertions marked in the text."},
	"compare.from":                      {"Od dnia", "From"},
	"compare.to":                        {"Do dnia", "To"},
	"compare.unit":                      {"Jednostka (opcjonalnie)", "Unit (optional)"},
	"compare.submit":                    {"Porównaj", "Compare"},
	"compare.prev":                      {"poprzednia zmiana", "previous change"},
	"compare.next":                      {"następna zmiana", "next change"},
	"compare.view":                      {"Widok", "View"},
	"compare.inline":                    {"w tekście", "inline"},
	"compare.side":                      {"obok siebie", "side by side"},
	"compare.hideMinor":                 {"Ukryj zmiany redakcyjne i zmiany samych odesłań publikacyjnych", "Hide formatting and reference-only changes"},
	"compare.hidden":                    {"Ukryte zmiany redakcyjne i zmiany samych odesłań:", "Formatting and reference-only changes hidden:"},
	"compare.index":                     {"Zmienione jednostki", "Units changed"},
	"compare.none":                      {"Brak zmian między tymi dniami.", "No changes between these days."},
	"compare.unknown":                   {"Nie porównano: baza nie zna brzmienia tych jednostek z dnia %s (najstarsze, jakie ma, obowiązuje od podanego dnia, tak jak podaje je tekst jednolity; mogły obowiązywać wcześniej w innym brzmieniu):", "Not compared: the corpus does not know what these units said on %s (the oldest wording it holds applies from the day given, as a consolidated text gives it; they may have been in force before, worded otherwise):"},
	"compare.unknownUnit":               {"%s (od %s)", "%s (from %s)"},
	"compare.old":                       {"Brzmienie z %s", "Wording on %s"},
	"compare.new":                       {"Brzmienie z %s", "Wording on %s"},
	"compare.by":                        {"Zmiana:", "Changed by:"},
	"compare.replaces":                  {"Zastępuje usuniętą jednostkę o tym numerze:", "Takes the place of the removed unit of this number:"},
	"compare.inForce":                   {"w życie %s", "in force %s"},
	"compare.footnotes":                 {"Przypisy", "Footnotes"},
	"compare.groups":                    {"Nagłówek nad przepisem:", "Heading above the provision:"},
	"compare.heading":                   {"Tytuł redakcyjny: „%s” → „%s”", "Editorial heading: “%s” → “%s”"},
	"compare.footnote":                  {"przypis", "footnote"},
	"footnote.added":                    {"dodany", "added"},
	"footnote.removed":                  {"usunięty", "removed"},
	"footnote.moved":                    {"przeniesiony", "moved"},
	"footnote.changed":                  {"zmieniony", "changed"},
	"compare.changes":                   {"Zmiany:", "Changes:"},
	"compare.parts":                     {"Części porównania", "Parts of the comparison"},
	"compare.part":                      {"zmiany %d–%d z %d", "changes %d–%d of %d"},
	"compare.partPrev":                  {"poprzednie zmiany", "previous changes"},
	"compare.partNext":                  {"następne zmiany", "next changes"},
	"kind.unchanged":                    {"bez zmian", "unchanged"},
	"kind.modified":                     {"zmieniony", "changed"},
	"kind.modified.f":                   {"zmieniona", "changed"},
	"kind.modified.n":                   {"zmienione", "changed"},
	"kind.added":                        {"dodany", "added"},
	"kind.added.f":                      {"dodana", "added"},
	"kind.added.n":                      {"dodane", "added"},
	"kind.removed":                      {"usunięty", "removed"},
	"kind.removed.f":                    {"usunięta", "removed"},
	"kind.removed.n":                    {"usunięte", "removed"},
	"kind.repealed":                     {"uchylony", "repealed"},
	"kind.repealed.f":                   {"uchylona", "repealed"},
	"kind.repealed.n":                   {"uchylone", "repealed"},
	"kind.lapsed":                       {"bez mocy", "lapsed"},
	"kind.restored":                     {"przywrócony", "restored"},
	"kind.restored.f":                   {"przywrócona", "restored"},
	"kind.restored.n":                   {"przywrócone", "restored"},
	"kind.moved":                        {"przeniesiony", "moved"},
	"kind.moved.f":                      {"przeniesiona", "moved"},
	"kind.moved.n":                      {"przeniesione", "moved"},
	"kind.annotated":                    {"zmiana przypisów", "footnotes changed"},
	"note.refers":                       {"odnośnik %s", "footnote %s"},
	"class.formatting":                  {"zmiana redakcyjna", "formatting"},
	"class.reference":                   {"zmiana odesłania publikacyjnego", "reference"},
	"class.wording":                     {"zmiana treści", "wording"},
	"error.title":                       {"Błąd", "Error"},
	"error.badDate":                     {"Nieprawidłowa data", "Invalid date"},
	"error.badDate.hint":                {"Podaj datę w postaci RRRR-MM-DD, np. 2020-12-07.", "Give the date as YYYY-MM-DD, e.g. 2020-12-07."},
	"error.badDate.msg":                 {"„%s” nie jest datą (parametr %s).", "“%s” is not a date (parameter %s)."},
	"error.badUnit.msg":                 {"„%s” nie jest oznaczeniem jednostki (parametr %s).", "“%s” does not name a unit (parameter %s)."},
	"error.badRange.msg":                {"Data początkowa (%s) jest późniejsza niż końcowa (%s).", "The first date (%s) is after the second (%s)."},
	"error.badQuery.msg":                {"Nie udało się odczytać zapytania „%s”.", "The query “%s” could not be read."},
	"error.badQuery.hint":               {"Wpisz słowa do znalezienia; można też użyć „frazy w cudzysłowie”, -słowa wykluczonego albo przedrostka z gwiazdką (np. przyzna*).", "Type words to find; “a quoted phrase”, an -excluded word or a prefix with a star (e.g. przyzna*) work too."},
	"error.badKind.msg":                 {"Nieznany rodzaj jednostki „%s”; dozwolone: %s.", "Unknown unit kind “%s”; use one of %s."},
	"error.pageTooDeep.msg":             {"Strona %d: pokazujemy najwyżej %d stron wyników; zawęź wyszukiwanie.", "Page %d: at most page %d is served; narrow the search instead."},
	"error.notInForce.either":           {"Żadna z porównywanych jednostek nie obowiązywała ani %s, ani %s.", "Nothing compared was in force on %s or on %s."},
	"error.notInForce.hint":             {"Wersje tego aktu w bazie zaczynają się %s.", "The versions of this act in the corpus start on %s."},
	"error.noAct.hint":                  {"Podaj identyfikator aktu (np. du-2017-1399) albo jego adres publikacyjny (np. Dz. U. 2017 poz. 1399), albo go wyszukaj.", "Give the act's id (e.g. du-2017-1399) or its publication reference (e.g. Dz. U. 2017 poz. 1399), or search for it."},
	"error.noPage":                      {"Pod adresem %s nie ma żadnej strony.", "There is no page at %s."},
	"error.noPage.hint":                 {"Adres mógł zostać błędnie przepisany. Wyszukaj przepis albo przejdź do listy aktów.", "The address may have been mistyped. Search for a provision or go to the list of acts."},
	"error.method":                      {"Niedozwolona metoda", "Method not allowed"},
	"error.method.msg":                  {"Metoda %s nie jest tu obsługiwana: strony można tylko odczytywać.", "%s is not answered here: the pages can only be read."},
	"error.retry":                       {"Spróbuj ponownie", "Try again"},
	"error.retry.submit":                {"Pokaż", "Show"},
	"history.unit":                      {"Jednostka", "Unit"},
	"error.badUnit":                     {"Nieprawidłowe oznaczenie jednostki", "Invalid unit"},
	"error.badParam":                    {"Nieprawidłowy parametr", "Invalid parameter"},
	"error.badEscape.msg":               {"Parametr „%s”: „%s” nie jest kodem %%XX (znak %% i dwie cyfry szesnastkowe); sam znak %% zapisuje się jako %%25.", "Parameter “%s”: “%s” is not a %%-escape (%% and two hex digits); write %% itself as %%25."},
	"error.badSemicolon.msg":            {"Parametr „%s”: średnik nie oddziela parametrów; oddzielaj je znakiem &, a średnik w wartości zapisz jako %%3B.", "Parameter “%s”: a semicolon does not separate parameters; separate them with &, and write a semicolon in a value as %%3B."},
	"error.badPart":                     {"Nie ma takiej części porównania", "No such part of the comparison"},
	"error.badPart.msg":                 {"Żadna zmiana w tym porównaniu nie dotyczy jednostki „%s”, od której miałaby się zaczynać ta część.", "No change of this comparison is of the unit “%s”, with which the part would begin."},
	"error.badAt":                       {"Tej jednostki nie ma w tekście z tego dnia", "This unit is not in the text of that day"},
	"error.badAt.notInForce":            {"Jednostka %s nie obowiązuje w dniu %s; akt zawiera ją w innych dniach.", "%s is not in force on %s; the act has it on other days."},
	"error.badAt.text":                  {"tekst aktu w dniu %s", "the act's text on %s"},
	"error.badAt.unknown":               {"Baza nie zna brzmienia jednostki %s z dnia %s: ma ją dopiero od %s.", "The corpus does not know what %s said on %s: it holds the unit only from %s on."},
	"error.unitHistory":                 {"historia jednostki %s", "the history of %s"},
	"error.was":                         {"ta jednostka przed nadaniem jej numeru: %s, %s", "the unit before it got its number: %s, on %s"},
	"error.badPart.first":               {"Pierwsza część porównania", "The first part of the comparison"},
	"error.badUnit.hint":                {"Podaj jednostkę jak w cytowaniu, np. „§ 3 ust. 1 pkt 8”, albo jej identyfikator, np. par3.ust1.pkt8.", "Give the unit as cited, e.g. “§ 3 ust. 1 pkt 8”, or by its id, e.g. par3.ust1.pkt8."},
	"error.badRange":                    {"Nieprawidłowy zakres dat", "Invalid range of dates"},
	"error.badRange.hint":               {"Data początkowa musi być wcześniejsza od końcowej.", "The first date must come before the second."},
	"error.badQuery":                    {"Nieprawidłowe zapytanie", "Invalid query"},
	"error.missingUnit":                 {"Nie podano jednostki: wpisz ją poniżej albo wybierz jedną z listy.", "No unit given: type it below or pick one from the list."},
	"error.notFound":                    {"Nie znaleziono", "Not found"},
	"error.noAct":                       {"Nie ma aktu „%s”.", "There is no act “%s”."},
	"error.noUnit":                      {"Ten akt nie ma takiej jednostki w żadnej wersji.", "This act has no such unit in any version."},
	"error.notInForce":                  {"Nie obowiązuje w tym dniu", "Not in force on that day"},
	"error.unknown":                     {"Brzmienie nieznane", "Wording not known"},
	"error.unknown.msg":                 {"Baza nie zna brzmienia z dnia %s.", "The corpus does not know the wording on %s."},
	"error.unknown.hint":                {"Baza ma tę jednostkę dopiero od %s, tak jak podaje ją tekst jednolity, który nie mówi, od kiedy obowiązywało jej brzmienie.", "The corpus holds the unit only from %s on, as a consolidated text gives it, which does not say since when it read so."},
	"error.unknownAct.hint":             {"Baza ma tekst aktu dopiero od %s, tak jak podają go teksty jednolite, które nie mówią, od kiedy obowiązywało jego brzmienie.", "The corpus holds the act's text only from %s on, as consolidated texts give it, which do not say since when it read so."},
	"error.notInForce.msg":              {"Żadna wersja nie obowiązywała w dniu %s.", "No version was in force on %s."},
	"error.busy":                        {"Serwer jest zajęty", "The server is busy"},
	"error.busy.msg":                    {"Serwer przygotowuje teraz tyle dużych stron, ile pozwala mu pamięć. Spróbuj ponownie za chwilę.", "The server is building as many large pages as its memory allows. Please try again in a moment."},
	"error.internal":                    {"Błąd serwera", "Server error"},
	"error.internal.msg":                {"Coś poszło nie tak po naszej stronie. Spróbuj ponownie.", "Something went wrong on our side. Please try again."},
	"error.choices":                     {"Możesz przejść do:", "You can go to:"},
	"error.nearestBefore":               {"ostatni dzień poprzedniej wersji (%s)", "the last day of the previous version (%s)"},
	"error.nearestAfter":                {"pierwszy dzień następnej wersji (%s)", "the first day of the next version (%s)"},
	"error.today":                       {"tekst na dziś", "the text as of today"},
	"error.latestChange":                {"ostatnia zmiana aktu", "the act's latest change"},
	"error.actList":                     {"lista aktów", "the list of acts"},
	"error.parent":                      {"najbliższa istniejąca jednostka nadrzędna: %s", "the nearest existing parent unit: %s"},
	"error.act":                         {"cały akt", "the whole act"},
	"unitKind.art":                      {"artykuł", "article"},
	"unitKind.par":                      {"paragraf", "paragraph"},
	"unitKind.ust":                      {"ustęp", "section (ustęp)"},
	"unitKind.pkt":                      {"punkt", "point"},
	"unitKind.lit":                      {"litera", "letter"},
	"unitKind.tir":                      {"tiret", "tiret"},
	"unitKind.dtir":                     {"podwójne tiret", "double tiret"},
	"unitKind.wstep":                    {"wstęp", "preamble"},
	"unitKind.zal":                      {"załącznik", "annex"},
	"permalink":                         {"Stały link", "Permanent link"},
	"permalink.hint":                    {"– ten adres ma zapisane daty, więc i później pokaże ten sam stan prawny", "– this address has its dates written in, so it will show the same law later too"},
}

// KindName names a unit kind ("pkt") in words in l ("punkt", "point");
// a kind the catalogue does not know shows as given.
func (l lang) KindName(kind string) string {
	if _, ok := messages["unitKind."+kind]; ok {
		return l.T("unitKind." + kind)
	}
	return kind
}

// Tf formats the message with the given key in l with args.
func (l lang) Tf(key string, args ...any) string { return fmt.Sprintf(l.T(key), args...) }
