// Package synth generates synthetic corpora of Polish legal acts with a
// realistic structure, for benchmarks and tests of lexdiff.
//
// Acts builds N acts (ustawy divided into articles, rozporządzenia into
// paragraphs) of M versions per top-level unit. Units hold ustępy, punkty,
// litery, tirets and double tirets, closing parts after lists (część
// wspólna), inserted units ("Art. 5a", "pkt 2a", "lit. ba"), repealed ones
// ("(uchylony)"), editorial headings, chapters (Rozdział) and Dz. U.
// references. The text is built from a vocabulary of Polish statutory
// phrases in their inflected forms, so that searches meet real words.
//
// Consecutive versions differ as amendments make them: a few words of one
// provision changed, a reference updated to a newer consolidated text, a
// unit inserted or repealed; the rest is unchanged and shared. Each change
// an amending act makes earns a footnote ("W brzmieniu ustalonym przez art.
// 1 pkt 3 ustawy z dnia … (Dz. U. poz. 1557). Zmiana weszła w życie …").
//
// PortalExport and PlainText render the generated acts in the formats that
// corpus.ParsePortal and corpus.ParsePlain read; PortalExportStyled adds the
// variants other portal pages show (dotted dates, a placeholder end date, a
// duplicated current version, the label left out, no blank lines). The
// same Config always gives the same output.
package synth
