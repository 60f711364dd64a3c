package synth

// The vocabulary: phrases of Polish statutes in the inflected forms their
// grammar needs, so that generated text reads like law and a search for a
// word meets it in several forms ("decyzja", "decyzję", "decyzji").

// gender selects agreeing forms: "obowiązany"/"obowiązana", "o którym"/"o
// której"/"o których".
type gender int

const (
	masculine gender = iota
	feminine
	neuter
	plural
)

// organ is a body that acts: nominative, genitive, instrumental.
type organ struct {
	nom, gen, inst string
	g              gender
}

// object is a thing acted on: nominative, accusative, genitive, locative.
type object struct {
	nom, acc, gen, loc string
	g                  gender
}

// verb is a transitive verb: third person present and infinitive.
type verb struct{ pres, inf string }

// ministerDomains are the "działy administracji rządowej", in the genitive
// after "minister właściwy do spraw".
var ministerDomains = []string{
	"finansów publicznych", "oświaty i wychowania", "zdrowia", "administracji publicznej",
	"informatyzacji", "środowiska", "pracy", "gospodarki", "transportu", "rolnictwa",
	"kultury i ochrony dziedzictwa narodowego", "szkolnictwa wyższego i nauki",
	"budownictwa, planowania i zagospodarowania przestrzennego oraz mieszkalnictwa",
	"energii", "łączności", "wewnętrznych", "zabezpieczenia społecznego", "rodziny",
}

var organs = []organ{
	{"wojewoda", "wojewody", "wojewodą", masculine},
	{"starosta", "starosty", "starostą", masculine},
	{"marszałek województwa", "marszałka województwa", "marszałkiem województwa", masculine},
	{"wójt (burmistrz, prezydent miasta)", "wójta (burmistrza, prezydenta miasta)", "wójtem (burmistrzem, prezydentem miasta)", masculine},
	{"organ prowadzący", "organu prowadzącego", "organem prowadzącym", masculine},
	{"organ nadzoru", "organu nadzoru", "organem nadzoru", masculine},
	{"organ podatkowy", "organu podatkowego", "organem podatkowym", masculine},
	{"organ właściwy w sprawie", "organu właściwego w sprawie", "organem właściwym w sprawie", masculine},
	{"dyrektor szkoły", "dyrektora szkoły", "dyrektorem szkoły", masculine},
	{"kurator oświaty", "kuratora oświaty", "kuratorem oświaty", masculine},
	{"Prezes Rady Ministrów", "Prezesa Rady Ministrów", "Prezesem Rady Ministrów", masculine},
	{"Prezes Urzędu Ochrony Danych Osobowych", "Prezesa Urzędu Ochrony Danych Osobowych", "Prezesem Urzędu Ochrony Danych Osobowych", masculine},
	{"Rada Ministrów", "Rady Ministrów", "Radą Ministrów", feminine},
	{"rada gminy", "rady gminy", "radą gminy", feminine},
	{"zarząd województwa", "zarządu województwa", "zarządem województwa", masculine},
	{"zarząd powiatu", "zarządu powiatu", "zarządem powiatu", masculine},
	{"okręgowa komisja egzaminacyjna", "okręgowej komisji egzaminacyjnej", "okręgową komisją egzaminacyjną", feminine},
	{"sąd administracyjny", "sądu administracyjnego", "sądem administracyjnym", masculine},
	{"Główny Inspektor Sanitarny", "Głównego Inspektora Sanitarnego", "Głównym Inspektorem Sanitarnym", masculine},
	{"państwowy powiatowy inspektor sanitarny", "państwowego powiatowego inspektora sanitarnego", "państwowym powiatowym inspektorem sanitarnym", masculine},
	{"przedsiębiorca", "przedsiębiorcy", "przedsiębiorcą", masculine},
	{"pracodawca", "pracodawcy", "pracodawcą", masculine},
	{"podmiot prowadzący rejestr", "podmiotu prowadzącego rejestr", "podmiotem prowadzącym rejestr", masculine},
	{"jednostka samorządu terytorialnego", "jednostki samorządu terytorialnego", "jednostką samorządu terytorialnego", feminine},
	{"regionalna izba obrachunkowa", "regionalnej izby obrachunkowej", "regionalną izbą obrachunkową", feminine},
	{"Najwyższa Izba Kontroli", "Najwyższej Izby Kontroli", "Najwyższą Izbą Kontroli", feminine},
	{"Rzecznik Praw Obywatelskich", "Rzecznika Praw Obywatelskich", "Rzecznikiem Praw Obywatelskich", masculine},
	{"komendant powiatowy Policji", "komendanta powiatowego Policji", "komendantem powiatowym Policji", masculine},
	{"naczelnik urzędu skarbowego", "naczelnika urzędu skarbowego", "naczelnikiem urzędu skarbowego", masculine},
	{"kierownik jednostki", "kierownika jednostki", "kierownikiem jednostki", masculine},
	{"rektor uczelni", "rektora uczelni", "rektorem uczelni", masculine},
	{"inspektor pracy", "inspektora pracy", "inspektorem pracy", masculine},
	{"powiatowy urząd pracy", "powiatowego urzędu pracy", "powiatowym urzędem pracy", masculine},
	{"ośrodek pomocy społecznej", "ośrodka pomocy społecznej", "ośrodkiem pomocy społecznej", masculine},
}

var verbs = []verb{
	{"wydaje", "wydać"}, {"przekazuje", "przekazać"}, {"sporządza", "sporządzić"},
	{"prowadzi", "prowadzić"}, {"zatwierdza", "zatwierdzić"}, {"udostępnia", "udostępnić"},
	{"ogłasza", "ogłosić"}, {"przedkłada", "przedłożyć"}, {"opracowuje", "opracować"},
	{"weryfikuje", "zweryfikować"}, {"aktualizuje", "zaktualizować"}, {"przechowuje", "przechowywać"},
	{"publikuje", "opublikować"}, {"rozpatruje", "rozpatrzyć"}, {"uzgadnia", "uzgodnić"},
	{"ustala", "ustalić"}, {"sprawdza", "sprawdzić"}, {"zapewnia", "zapewnić"},
	{"przyjmuje", "przyjąć"}, {"wykonuje", "wykonać"}, {"uchyla", "uchylić"},
	{"zmienia", "zmienić"}, {"wstrzymuje", "wstrzymać"}, {"cofa", "cofnąć"},
	{"przedstawia", "przedstawić"}, {"składa", "złożyć"}, {"doręcza", "doręczyć"},
	{"potwierdza", "potwierdzić"}, {"monitoruje", "monitorować"}, {"analizuje", "przeanalizować"},
}

var objects = []object{
	{"decyzja administracyjna", "decyzję administracyjną", "decyzji administracyjnej", "decyzji administracyjnej", feminine},
	{"wniosek o wydanie zezwolenia", "wniosek o wydanie zezwolenia", "wniosku o wydanie zezwolenia", "wniosku o wydanie zezwolenia", masculine},
	{"zezwolenie na prowadzenie działalności", "zezwolenie na prowadzenie działalności", "zezwolenia na prowadzenie działalności", "zezwoleniu na prowadzenie działalności", neuter},
	{"sprawozdanie roczne", "sprawozdanie roczne", "sprawozdania rocznego", "sprawozdaniu rocznym", neuter},
	{"rejestr przedsiębiorców", "rejestr przedsiębiorców", "rejestru przedsiębiorców", "rejestrze przedsiębiorców", masculine},
	{"wykaz jednostek", "wykaz jednostek", "wykazu jednostek", "wykazie jednostek", masculine},
	{"informacja o wynikach kontroli", "informację o wynikach kontroli", "informacji o wynikach kontroli", "informacji o wynikach kontroli", feminine},
	{"dane osobowe", "dane osobowe", "danych osobowych", "danych osobowych", plural},
	{"dane dostępowe", "dane dostępowe", "danych dostępowych", "danych dostępowych", plural},
	{"dokumentacja przebiegu nauczania", "dokumentację przebiegu nauczania", "dokumentacji przebiegu nauczania", "dokumentacji przebiegu nauczania", feminine},
	{"plan finansowy", "plan finansowy", "planu finansowego", "planie finansowym", masculine},
	{"program ochrony środowiska", "program ochrony środowiska", "programu ochrony środowiska", "programie ochrony środowiska", masculine},
	{"opłata skarbowa", "opłatę skarbową", "opłaty skarbowej", "opłacie skarbowej", feminine},
	{"kara pieniężna", "karę pieniężną", "kary pieniężnej", "karze pieniężnej", feminine},
	{"dotacja celowa", "dotację celową", "dotacji celowej", "dotacji celowej", feminine},
	{"umowa o dofinansowanie projektu", "umowę o dofinansowanie projektu", "umowy o dofinansowanie projektu", "umowie o dofinansowanie projektu", feminine},
	{"zaświadczenie o niezaleganiu w podatkach", "zaświadczenie o niezaleganiu w podatkach", "zaświadczenia o niezaleganiu w podatkach", "zaświadczeniu o niezaleganiu w podatkach", neuter},
	{"protokół kontroli", "protokół kontroli", "protokołu kontroli", "protokole kontroli", masculine},
	{"świadectwo charakterystyki energetycznej", "świadectwo charakterystyki energetycznej", "świadectwa charakterystyki energetycznej", "świadectwie charakterystyki energetycznej", neuter},
	{"pozwolenie na budowę", "pozwolenie na budowę", "pozwolenia na budowę", "pozwoleniu na budowę", neuter},
	{"baza danych systemu informacji oświatowej", "bazę danych systemu informacji oświatowej", "bazy danych systemu informacji oświatowej", "bazie danych systemu informacji oświatowej", feminine},
	{"system teleinformatyczny", "system teleinformatyczny", "systemu teleinformatycznego", "systemie teleinformatycznym", masculine},
	{"ewidencja gruntów i budynków", "ewidencję gruntów i budynków", "ewidencji gruntów i budynków", "ewidencji gruntów i budynków", feminine},
	{"księga wieczysta", "księgę wieczystą", "księgi wieczystej", "księdze wieczystej", feminine},
	{"postępowanie administracyjne", "postępowanie administracyjne", "postępowania administracyjnego", "postępowaniu administracyjnym", neuter},
	{"postępowanie kwalifikacyjne", "postępowanie kwalifikacyjne", "postępowania kwalifikacyjnego", "postępowaniu kwalifikacyjnym", neuter},
	{"zamówienie publiczne", "zamówienie publiczne", "zamówienia publicznego", "zamówieniu publicznym", neuter},
	{"świadczenie pieniężne", "świadczenie pieniężne", "świadczenia pieniężnego", "świadczeniu pieniężnym", neuter},
	{"zasiłek celowy", "zasiłek celowy", "zasiłku celowego", "zasiłku celowym", masculine},
	{"wynagrodzenie zasadnicze", "wynagrodzenie zasadnicze", "wynagrodzenia zasadniczego", "wynagrodzeniu zasadniczym", neuter},
	{"egzamin zawodowy", "egzamin zawodowy", "egzaminu zawodowego", "egzaminie zawodowym", masculine},
	{"arkusz organizacji szkoły", "arkusz organizacji szkoły", "arkusza organizacji szkoły", "arkuszu organizacji szkoły", masculine},
	{"statut szkoły", "statut szkoły", "statutu szkoły", "statucie szkoły", masculine},
	{"uchwała budżetowa", "uchwałę budżetową", "uchwały budżetowej", "uchwale budżetowej", feminine},
	{"strategia rozwoju województwa", "strategię rozwoju województwa", "strategii rozwoju województwa", "strategii rozwoju województwa", feminine},
	{"miejscowy plan zagospodarowania przestrzennego", "miejscowy plan zagospodarowania przestrzennego", "miejscowego planu zagospodarowania przestrzennego", "miejscowym planie zagospodarowania przestrzennego", masculine},
	{"ocena oddziaływania na środowisko", "ocenę oddziaływania na środowisko", "oceny oddziaływania na środowisko", "ocenie oddziaływania na środowisko", feminine},
	{"pozwolenie zintegrowane", "pozwolenie zintegrowane", "pozwolenia zintegrowanego", "pozwoleniu zintegrowanym", neuter},
	{"deklaracja podatkowa", "deklarację podatkową", "deklaracji podatkowej", "deklaracji podatkowej", feminine},
	{"zeznanie podatkowe", "zeznanie podatkowe", "zeznania podatkowego", "zeznaniu podatkowym", neuter},
	{"zobowiązanie podatkowe", "zobowiązanie podatkowe", "zobowiązania podatkowego", "zobowiązaniu podatkowym", neuter},
	{"skarga na decyzję", "skargę na decyzję", "skargi na decyzję", "skardze na decyzję", feminine},
	{"odwołanie od decyzji", "odwołanie od decyzji", "odwołania od decyzji", "odwołaniu od decyzji", neuter},
	{"orzeczenie o niepełnosprawności", "orzeczenie o niepełnosprawności", "orzeczenia o niepełnosprawności", "orzeczeniu o niepełnosprawności", neuter},
	{"umowa o pracę", "umowę o pracę", "umowy o pracę", "umowie o pracę", feminine},
	{"świadectwo pracy", "świadectwo pracy", "świadectwa pracy", "świadectwie pracy", neuter},
	{"pomoc publiczna", "pomoc publiczną", "pomocy publicznej", "pomocy publicznej", feminine},
	{"środki publiczne", "środki publiczne", "środków publicznych", "środkach publicznych", plural},
	{"koszty postępowania", "koszty postępowania", "kosztów postępowania", "kosztach postępowania", plural},
	{"wyniki kontroli", "wyniki kontroli", "wyników kontroli", "wynikach kontroli", plural},
	{"dokumenty potwierdzające spełnienie warunków", "dokumenty potwierdzające spełnienie warunków", "dokumentów potwierdzających spełnienie warunków", "dokumentach potwierdzających spełnienie warunków", plural},
}

// gerunds name tasks in lists such as "Do zadań wojewody należy: 1)
// prowadzenie rejestru …"; an object in the genitive follows.
var gerunds = []string{
	"prowadzenie", "sporządzanie", "opracowywanie", "zatwierdzanie", "udostępnianie",
	"przekazywanie", "wydawanie", "weryfikowanie", "aktualizowanie", "przechowywanie",
	"ogłaszanie", "rozpatrywanie", "kontrolowanie", "monitorowanie", "analizowanie",
}

// adjuncts are fixed circumstantial phrases. A word change in a new
// version swaps one for another.
var adjuncts = []string{
	"w terminie 7 dni od dnia doręczenia decyzji",
	"w terminie 14 dni od dnia otrzymania wniosku",
	"w terminie 30 dni od dnia zakończenia kontroli",
	"nie później niż w terminie 3 miesięcy od dnia wszczęcia postępowania",
	"niezwłocznie, nie później niż w terminie 7 dni",
	"do dnia 31 marca roku następującego po roku sprawozdawczym",
	"do dnia 30 września każdego roku",
	"w drodze decyzji administracyjnej",
	"w drodze obwieszczenia",
	"na wniosek strony",
	"na wniosek zainteresowanego podmiotu",
	"z urzędu",
	"w formie pisemnej",
	"w formie pisemnej lub w postaci elektronicznej",
	"w postaci elektronicznej opatrzonej kwalifikowanym podpisem elektronicznym",
	"za pośrednictwem elektronicznej platformy usług administracji publicznej",
	"za pośrednictwem systemu teleinformatycznego",
	"w zakresie niezbędnym do realizacji zadań ustawowych",
	"w sposób zapewniający ochronę danych osobowych",
	"na okres nie dłuższy niż 5 lat",
	"na okres nie dłuższy niż 12 miesięcy",
	"na koszt wnioskodawcy",
	"w miejscu i czasie wskazanym przez organ",
	"w Biuletynie Informacji Publicznej na stronie podmiotowej urzędu",
	"w wojewódzkim dzienniku urzędowym",
	"z zachowaniem przepisów o ochronie informacji niejawnych",
	"przy użyciu środków komunikacji elektronicznej",
	"w granicach kwot określonych w planie finansowym",
	"zgodnie z zasadami określonymi w statucie",
	"w trybie przewidzianym dla jej wydania",
	"po przeprowadzeniu postępowania wyjaśniającego",
	"po uzyskaniu pozytywnej opinii komisji",
	"z uwzględnieniem potrzeb osób niepełnosprawnych",
	"bez zbędnej zwłoki",
	"w każdym czasie",
	"na podstawie umowy zawartej na piśmie",
	"w ramach posiadanych środków finansowych",
	"według stanu na dzień 30 września",
	"co najmniej raz w roku",
	"w okresie 5 lat od dnia jego wydania",
}

// conditions complete "…, jeżeli:" lists and "– jeżeli …" closing parts.
var conditions = []string{
	"wniosek nie spełnia wymagań formalnych",
	"przepisy szczególne nie stanowią inaczej",
	"wnioskodawca nie usunął braków w wyznaczonym terminie",
	"zachodzą okoliczności uzasadniające wszczęcie postępowania",
	"podmiot nie spełnia warunków określonych w ustawie",
	"działalność jest wykonywana z naruszeniem przepisów prawa",
	"dane zawarte we wniosku są niezgodne ze stanem faktycznym",
	"nie zostały uiszczone należne opłaty",
	"przemawia za tym ważny interes publiczny",
	"strona nie wniosła odwołania w terminie",
	"termin do złożenia wniosku upłynął",
	"zaistniały przesłanki do cofnięcia zezwolenia",
	"przedsiębiorca zaprzestał wykonywania działalności gospodarczej",
	"osoba ubiegająca się o wpis została prawomocnie skazana za przestępstwo umyślne",
	"wymaga tego ochrona zdrowia lub życia ludzi",
	"organ stwierdzi rażące naruszenie prawa",
	"kontrola wykazała nieprawidłowości",
	"nie przedstawiono wymaganych dokumentów",
	"wnioskodawca nie ma siedziby na terytorium Rzeczypospolitej Polskiej",
	"umowa została rozwiązana przed upływem okresu, na jaki została zawarta",
}

// itemNouns open list items with a noun that takes the genitive.
var itemNouns = []string{
	"określenie", "wskazanie", "opis", "wykaz", "oznaczenie", "uzasadnienie", "kopię",
	"zakres", "termin złożenia", "sposób przekazania", "wysokość",
}

// fixedItems are list items as forms and applications list them.
var fixedItems = []string{
	"imię i nazwisko wnioskodawcy",
	"adres zamieszkania albo siedziby wnioskodawcy",
	"numer PESEL, a w przypadku jego braku – rodzaj i numer dokumentu potwierdzającego tożsamość",
	"numer identyfikacji podatkowej (NIP)",
	"numer w rejestrze przedsiębiorców w Krajowym Rejestrze Sądowym",
	"adres poczty elektronicznej i numer telefonu",
	"datę i miejsce urodzenia",
	"podpis osoby upoważnionej do reprezentowania podmiotu",
	"datę sporządzenia dokumentu",
	"podstawę prawną",
	"pouczenie o przysługujących środkach odwoławczych",
	"okres, na który zostało udzielone upoważnienie",
	"imię i nazwisko osoby, która udzieliła upoważnienia",
	"określenie województwa, powiatu, gminy i miejscowości, w której znajduje się siedziba podmiotu",
	"nazwę i adres siedziby organu prowadzącego",
}

// citedAct is another act that the text refers to.
type citedAct struct {
	title   string // in the genitive, as cited: "ustawy z dnia … r. o …"
	enacted int    // the year in its title
}

var citedActs = []citedAct{
	{"ustawy z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego", 1960},
	{"ustawy z dnia 27 sierpnia 2009 r. o finansach publicznych", 2009},
	{"ustawy z dnia 29 sierpnia 1997 r. – Ordynacja podatkowa", 1997},
	{"ustawy z dnia 8 marca 1990 r. o samorządzie gminnym", 1990},
	{"ustawy z dnia 26 stycznia 1982 r. – Karta Nauczyciela", 1982},
	{"ustawy z dnia 10 maja 2018 r. o ochronie danych osobowych", 2018},
	{"ustawy z dnia 6 marca 2018 r. – Prawo przedsiębiorców", 2018},
	{"ustawy z dnia 21 sierpnia 1997 r. o gospodarce nieruchomościami", 1997},
	{"ustawy z dnia 7 lipca 1994 r. – Prawo budowlane", 1994},
	{"ustawy z dnia 26 czerwca 1974 r. – Kodeks pracy", 1974},
	{"ustawy z dnia 23 kwietnia 1964 r. – Kodeks cywilny", 1964},
	{"ustawy z dnia 14 grudnia 2016 r. – Prawo oświatowe", 2016},
	{"ustawy z dnia 17 lutego 2005 r. o informatyzacji działalności podmiotów realizujących zadania publiczne", 2005},
	{"ustawy z dnia 6 września 2001 r. o dostępie do informacji publicznej", 2001},
	{"ustawy z dnia 12 marca 2004 r. o pomocy społecznej", 2004},
	{"ustawy z dnia 16 listopada 2006 r. o opłacie skarbowej", 2006},
	{"ustawy z dnia 30 sierpnia 2002 r. – Prawo o postępowaniu przed sądami administracyjnymi", 2002},
	{"ustawy z dnia 15 kwietnia 2011 r. o systemie informacji oświatowej", 2011},
}

// statuteSubjects complete a statute's title "Ustawa z dnia … o …".
var statuteSubjects = []string{
	"o systemie informacji oświatowej", "o ochronie danych osobowych", "o finansach publicznych",
	"o samorządzie gminnym", "o pomocy społecznej", "o zamówieniach publicznych",
	"o gospodarce nieruchomościami", "o ochronie środowiska", "o planowaniu i zagospodarowaniu przestrzennym",
	"o działalności leczniczej", "o systemie oświaty", "o szkolnictwie wyższym i nauce",
	"o opłacie skarbowej", "o podatkach i opłatach lokalnych", "o transporcie drogowym", "o odpadach",
	"o promocji zatrudnienia i instytucjach rynku pracy", "o świadczeniach rodzinnych",
	"o dostępie do informacji publicznej", "o ewidencji ludności", "o dowodach osobistych",
	"o ochronie zabytków i opiece nad zabytkami", "o zbiorowym zaopatrzeniu w wodę i zbiorowym odprowadzaniu ścieków",
}

// regulationIssuers issue regulations; genitive, after "Rozporządzenie".
var regulationIssuers = []string{
	"Ministra Edukacji Narodowej", "Ministra Finansów", "Ministra Zdrowia", "Ministra Cyfryzacji",
	"Ministra Infrastruktury", "Ministra Rodziny i Polityki Społecznej", "Rady Ministrów",
	"Ministra Klimatu i Środowiska", "Ministra Spraw Wewnętrznych i Administracji", "Ministra Sprawiedliwości",
}

// regulationSubjects complete a regulation's title "… w sprawie …".
var regulationSubjects = []string{
	"w sprawie procedury przyznawania danych dostępowych do bazy danych systemu informacji oświatowej",
	"w sprawie sposobu prowadzenia rejestru przedsiębiorców",
	"w sprawie wzoru wniosku o wydanie zezwolenia",
	"w sprawie szczegółowego zakresu danych objętych sprawozdaniem rocznym",
	"w sprawie warunków i sposobu przeprowadzania egzaminu zawodowego",
	"w sprawie dokumentacji przebiegu nauczania",
	"w sprawie sposobu i trybu przeprowadzania kontroli",
	"w sprawie wysokości opłat za wydanie zaświadczeń",
	"w sprawie szczegółowych warunków udzielania pomocy publicznej",
	"w sprawie ewidencji gruntów i budynków",
	"w sprawie sposobu ustalania wysokości dotacji celowej",
	"w sprawie trybu składania i rozpatrywania skarg",
}

// chapterTitles name the middle chapters; the first is always "Przepisy
// ogólne" and the last "Przepisy przejściowe i końcowe".
var chapterTitles = []string{
	"Przepisy karne", "Kary pieniężne", "Nadzór i kontrola", "Finansowanie zadań",
	"Postępowanie w sprawach indywidualnych", "Rejestr i ewidencja", "Zadania organów administracji publicznej",
	"Ochrona danych", "Prawa i obowiązki stron", "Zmiany w przepisach obowiązujących",
	"Współpraca organów", "Sprawozdawczość",
}

// monthsGenitive are the month names in dates: "7 sierpnia 2019 r.".
var monthsGenitive = []string{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
	"lipca", "sierpnia", "września", "października", "listopada", "grudnia"}
