package corpus

import (
	"fmt"
	"testing"
)

// TestAmendingActKinds reads plain texts of amending acts whose only
// instruction ends in "się" (Go's \b takes "ę" for no letter), and whose
// annexes are headed as one block ("Załączniki do … Załącznik nr 1").
func TestAmendingActKinds(t *testing.T) {
	head := "ROZPORZĄDZENIE\nMINISTRA PRÓB\nz dnia 10 stycznia 2021 r.\nw sprawie próbnej\n§ 1. W rozporządzeniu Ministra Prób z dnia 1 grudnia 2019 r. w sprawie prób (Dz. U. z 2020 r. poz. 100) w § 3 "
	for _, instr := range []string{"uchyla się pkt 2.", "wyraz „a” zastępuje się wyrazem „b”.", "skreśla się wyraz „a”."} {
		doc, err := ParseDocument("zm.txt", []byte(head+instr+"\n§ 2. Rozporządzenie wchodzi w życie z dniem 1 lutego 2021 r.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if doc.Kind != Amending {
			t.Errorf("%q: kind %s, want amending", instr, doc.Kind)
		}
	}
	doc, err := ParseDocument("zm.txt", []byte(head+"uchyla się pkt 2.\n§ 2. Rozporządzenie wchodzi w życie z dniem 1 lutego 2021 r.\n"+
		"Załączniki do rozporządzenia Ministra Prób z dnia 10 stycznia 2021 r. (Dz. U. poz. 7) Załącznik nr 1\nWZÓR\nZałącznik nr 2\nTABELA\n"))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, v := range doc.Versions {
		ids = append(ids, v.Unit.ID)
	}
	if got := fmt.Sprint(ids); got != "[par1 par2 zal1 zal2]" {
		t.Errorf("units %s, want § 1, § 2 and annexes 1 and 2", got)
	}
}
