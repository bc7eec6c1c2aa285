"""Labels in Danish, English, German, French and Dutch, and how they are qualified."""

from __future__ import annotations

import itertools

import pytest

from app.suggestions.cues import CUES, CueKind, find_cues

T, N, V = CueKind.TOTAL, CueKind.NET, CueKind.VAT
DD, DUE, OD = CueKind.DOCUMENT_DATE, CueKind.DUE_DATE, CueKind.OTHER_DATE
TITLE, IGN = CueKind.TITLE, CueKind.IGNORE

CASES: dict[str, list[tuple[str, list[tuple[str, CueKind]]]]] = {
    "da": [
        ("I alt DKK\t1.250,00", [("I alt", T)]),
        ("At betale\tDKK 906,14", [("At betale", T)]),
        ("Totalt\t99,00", [("Totalt", T)]),
        ("Heraf moms 25 %\t144,00", [("Heraf moms", V)]),
        ("Moms 25 %\t181,23", [("Moms", V)]),
        ("Moms grundlag\t576,00", [("Moms grundlag", N)]),
        ("Subtotal\t724,91", [("Subtotal", N)]),
        ("Forbrug i alt ekskl. moms\t243,20", [("i alt ekskl. moms", N)]),
        ("I alt inkl. moms\t1.250,00", [("I alt inkl. moms", T)]),
        ("Fakturadato: 08-07-2026", [("Fakturadato", DD)]),
        ("Dato 10.06.2026", [("Dato", DD)]),
        ("Forfaldsdato 26-06-2026", [("Forfaldsdato", DUE)]),
        ("Betales senest 01.07.2026", [("Betales senest", DUE)]),
        ("Leveringsdato 02.07.2026", [("Leveringsdato", OD)]),
        ("Faktura nr. 104311", [("Faktura", TITLE)]),
        ("Momsnr. DK12345678", [("Momsnr", IGN)]),
    ],
    "en": [
        ("Total\t$ 279.84", [("Total", T)]),
        ("Amount due\tDKK 506.25", [("Amount due", T)]),
        ("Total due: 12.00", [("Total due", T)]),
        ("Balance due 12.00", [("Balance due", T)]),
        ("VAT 23%\t215.05", [("VAT", V)]),
        ("Tax 15% on $ 112.90", [("Tax", V)]),
        ("Total excl. VAT\t100.00", [("Total excl. VAT", N)]),
        ("Total (incl. VAT)\t125.00", [("Total (incl. VAT)", T)]),
        ("Invoice date\t20 July 2026", [("Invoice date", DD)]),
        ("Date of issue: 1 May 2026", [("Date of issue", DD)]),
        ("Due date 14 September 2026", [("Due date", DUE)]),
        ("Order date 1 May 2026", [("Order date", OD)]),
        ("VAT no. IE9876543T", [("VAT no", IGN)]),
        ("INVOICE", [("INVOICE", TITLE)]),
    ],
    "de": [
        ("Gesamtbetrag EUR\t665,54", [("Gesamtbetrag", T)]),
        ("Rechnungsbetrag: 119,00 €", [("Rechnungsbetrag", T)]),
        ("Gesamtbetrag inkl. 19 % MwSt.\t119,00", [("Gesamtbetrag inkl. 19 % MwSt.", T)]),
        ("MwSt. 7 %\t43,54", [("MwSt", V)]),
        ("USt 19 %\t19,00", [("USt", V)]),
        ("zzgl. MwSt. 19 %\t19,00", [("zzgl. MwSt", V)]),
        ("Nettobetrag\t622,00", [("Nettobetrag", N)]),
        ("Summe netto\t100,00", [("Summe netto", N)]),
        ("Rechnungsdatum\t21.08.2026", [("Rechnungsdatum", DD)]),
        ("Fällig am 21.08.2026", [("Fällig am", DUE)]),
        ("Faellig am 21.08.2026", [("Faellig am", DUE)]),
        ("Lieferdatum 20.08.2026", [("Lieferdatum", OD)]),
        ("USt-IdNr. DE287654321", [("USt-IdNr", IGN)]),
        ("RECHNUNG", [("RECHNUNG", TITLE)]),
    ],
    "fr": [
        ("Total TTC EUR\t810,00", [("Total TTC", T)]),
        ("Net à payer\tEUR 810,00", [("Net à payer", T)]),
        ("Net a payer 810,00", [("Net a payer", T)]),
        ("Somme à payer\t29.99 € TTC", [("Somme à payer", T)]),
        ("TVA 20 %\t135,00", [("TVA", V)]),
        ("Total HT\t675,00", [("Total HT", N)]),
        ("Date de facture\t28/09/2026", [("Date de facture", DD)]),
        ("Date d'échéance 28/10/2026", [("Date d'échéance", DUE)]),
        ("Date d’échéance 28/10/2026", [("Date d’échéance", DUE)]),
        ("Date limite de paiement le 05 Juillet 2015", [("Date limite de paiement", DUE)]),
        ("N° TVA FR42512345678", [("N° TVA", IGN)]),
        ("Facture n° F2026-0219", [("Facture", TITLE)]),
    ],
    "nl": [
        ("Totaal\t€ 717,97", [("Totaal", T)]),
        ("Te betalen\t€ 49,99", [("Te betalen", T)]),
        ("Factuur totaal EUR\t49,99", [("Factuur totaal", T)]),
        ("BTW 21%\t€ 124,61", [("BTW", V)]),
        ("Subtotaal\t€ 717,97", [("Subtotaal", N)]),
        ("Exclusief BTW\t€ 593,36", [("Exclusief BTW", N)]),
        ("Factuurdatum: 19 april 2014", [("Factuurdatum", DD)]),
        ("Factuur datum", [("Factuur datum", DD)]),
        ("Vervaldatum 22-9-2022", [("Vervaldatum", DUE)]),
        ("Orderdatum: 18 april 2014", [("Orderdatum", OD)]),
        ("Uw BTW nummer: NL00333599698", [("BTW nummer", IGN)]),
        ("Prijzen zijn inclusief BTW", [("inclusief BTW", IGN)]),
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [(lang, text, expected) for lang, cases in CASES.items() for text, expected in cases],
    ids=[f"{lang}:{text}" for lang, cases in CASES.items() for text, _ in cases],
)
def test_cues_per_language(
    language: str, text: str, expected: list[tuple[str, CueKind]]
) -> None:
    found = find_cues(text)
    assert [(text[m.start:m.end], m.kind) for m in found] == expected
    if expected[0][1] not in (IGN, TITLE):
        assert found[0].cue.language in (language, "*")


def test_every_language_has_every_kind_of_amount_and_date_label() -> None:
    for language in ("da", "en", "de", "fr", "nl"):
        kinds = {c.kind for c in CUES if c.language == language}
        assert {T, N, V, DD, DUE} <= kinds, language


@pytest.mark.parametrize("text", [
    "Subtotal", "Totalpris", "Momsfri", "Datoer", "Vatican", "Taxi 120,00", "Duett",
    "Kundenr. 63654", "Beskrivelse", "Totaliser",
])
def test_words_that_merely_contain_a_label(text: str) -> None:
    assert all(m.kind is not T for m in find_cues(text))
    if text not in ("Subtotal",):
        assert find_cues(text) == []


def test_longest_label_wins_and_labels_do_not_overlap() -> None:
    text = "Exclusief BTW\t€ 593,36\tSubtotaal\t€ 717,97\tTotaal\t€ 717,97"
    found = find_cues(text)
    assert [(text[m.start:m.end], m.kind) for m in found] == [
        ("Exclusief BTW", N), ("Subtotaal", N), ("Totaal", T)]
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def test_case_and_spacing_do_not_matter() -> None:
    for text in ("I ALT", "i  alt", "AT BETALE", "FAKTURADATO", "Heraf-moms"):
        assert find_cues(text), text


def test_a_label_does_not_span_a_column_gap() -> None:
    text = "Netto\tMoms\tI alt"  # a table's header: three labels, not "Moms I alt"
    assert [(text[m.start:m.end], m.kind) for m in find_cues(text)] == [
        ("Netto", N), ("Moms", V), ("I alt", T)]
