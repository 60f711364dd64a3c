// Command lemmagen builds the form→lemma table of package lemma from a
// Hunspell dictionary in ISO-8859-2, such as Debian's hunspell-pl (the sjp.pl
// dictionary): it expands every entry by its affix rules and records each
// form with the entry it came from as its lemma. Run it through go generate
// in package lemma; tests never run it.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"lexdiff/index/internal/lemma"
)

func main() {
	aff := flag.String("aff", "", "Hunspell affix file (.aff)")
	dic := flag.String("dic", "", "Hunspell dictionary file (.dic)")
	out := flag.String("out", "", "table file to write")
	flag.Parse()
	if *aff == "" || *dic == "" || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*aff, *dic, *out); err != nil {
		log.Fatal(err)
	}
}

func run(affPath, dicPath, out string) error {
	start := time.Now()
	rules, err := readAffixes(affPath)
	if err != nil {
		return err
	}
	entries, err := readDic(dicPath)
	if err != nil {
		return err
	}
	var pairs []lemma.Pair
	for _, e := range entries {
		pairs = expand(pairs, e, rules)
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := lemma.Write(f, pairs); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	st, err := os.Stat(out)
	if err != nil {
		return err
	}
	fmt.Printf("%d entries, %d form-lemma pairs, %d bytes, %v\n", len(entries), len(pairs), st.Size(), time.Since(start).Round(time.Millisecond))
	return nil
}
