// Package amend applies amending acts to the acts they amend, as the
// editors of a consolidated text do by hand.
//
// An amending act changes another act by instructions written in the fixed
// style of the Zasady techniki prawodawczej: "W rozporządzeniu … (Dz. U. z
// 2025 r. poz. 506) w § 2 uchyla się pkt 4.", "ust. 3 otrzymuje brzmienie:
// „3. …”", "po ust. 3 dodaje się ust. 3a i 3b w brzmieniu: …", "wyraz
// „wskazanym” zastępuje się wyrazem „wyznaczonym”", nested to any depth in
// numbered points, letters and tirets. Parse reads a Document (the amending
// act's text, its annexes and its dates) into the acts it amends, the
// Operations of each, and the day each enters into force (from the final
// provision: "z dniem …", "po upływie 14 dni od dnia ogłoszenia", "z
// wyjątkiem § 1 pkt 3, który wchodzi w życie …").
//
// Apply then applies the operations to the version of each amended act in
// force on the day before they take effect and returns new versions of the
// changed top-level units, each marked as computed and attributed to the
// amending provision that made each change (corpus.AppliedAmendment).
// Nothing is applied when any instruction cannot be read or applied: the
// error names every such instruction, where it stands and why.
package amend
