"""The finder on drawn layouts: labels beside, above and in the corner of values,
consistency, date conventions, CVR, rotated and multi-page documents, plain text."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pymupdf
import pytest

from app.api.amounts import Amount
from app.suggestions import (
    ExtractionRequest,
    Field,
    PageWords,
    Source,
    Suggestion,
    Suggestions,
    Word,
    find_suggestions,
    run_extraction,
    suggest_from_text,
)
from app.suggestions.finder import MAX_WORDS_PER_PAGE, normalize_cvr
from tests.suggestions.pdfs import Placed, image_only_pdf, make_pdf


def suggest(*pages: list[Placed], own_cvrs: tuple[str, ...] = (), **options: object
            ) -> Suggestions:
    data = make_pdf(*pages, **options)  # type: ignore[arg-type]
    return run_extraction(ExtractionRequest(data, own_cvrs=own_cvrs)).suggestions


def values(s: Suggestions) -> dict[str, object]:
    return {f.field.value: f.value for f in s.all()}


def test_a_danish_receipt_labels_left_values_right() -> None:
    s = suggest([
        (20, 30, "Havnekøkkenet"), (20, 45, "CVR-nr. 41490322"),
        (20, 70, "Dato 10.06.2026"), (150, 70, "Kl. 15:23"),
        (20, 90, "Fadøl 40 cl"), (160, 90, "62,00"),
        (20, 105, "3 x Æblekage"), (160, 105, "195,00"),
        (20, 125, "I alt DKK"), (160, 125, "257,00"),
        (20, 140, "Heraf moms 25 %"), (160, 140, "51,40"),
        (20, 155, "Kontant"), (160, 155, "500,00"),
        (20, 170, "Byttepenge"), (160, 170, "243,00"),
    ], width=226, height=336)
    assert values(s) == {
        "document_date": date(2026, 6, 10), "total": Decimal("257.00"),
        "vat": Decimal("51.40"), "currency": "DKK", "supplier_cvr": "41490322"}
    assert s.total is not None and s.total.label == "I alt"
    assert s.total.confidence > 0.6


def test_labels_above_their_values_in_columns() -> None:
    s = suggest([
        (50, 60, "Kontorland A/S", 16),
        (50, 200, "Fakturadato", 8), (220, 200, "Forfaldsdato", 8), (380, 200, "Kundenr.", 8),
        (50, 212, "05-06-2026"), (220, 212, "19-06-2026"), (380, 212, "7012 4455"),
        (380, 400, "Subtotal"), (530, 400, "800,00"),
        (380, 415, "Moms 25 %"), (530, 415, "200,00"),
        (380, 435, "I alt DKK", 12), (520, 435, "1.000,00", 12),
    ])
    assert s.document_date is not None and s.document_date.value == date(2026, 6, 5)
    assert s.document_date.label == "Fakturadato"
    assert s.due_date is not None and s.due_date.value == date(2026, 6, 19)
    assert s.total is not None and s.total.value == Decimal("1000.00")
    assert s.vat is not None and s.vat.value == Decimal("200.00")
    assert s.net is not None and s.net.value == Decimal("800.00")


def test_a_table_of_totals_with_labels_as_its_header() -> None:
    s = suggest([
        (400, 100, "Faktura"), (400, 115, "Dato: 03-11-2026"),
        (300, 400, "Netto"), (380, 400, "Moms"), (460, 400, "I alt"),
        (300, 415, "800,00"), (380, 415, "200,00"), (460, 415, "1.000,00"),
    ])
    assert s.total is not None and s.total.value == Decimal("1000.00")
    assert s.vat is not None and s.vat.value == Decimal("200.00")
    assert s.document_date is not None and s.document_date.value == date(2026, 11, 3)


def test_a_label_in_the_corner_of_a_box() -> None:
    s = suggest([
        (50, 100, "Nordlys Design ApS"), (370, 100, "At betale", 8),
        (50, 115, "Mejlgade 48"), (445, 125, "DKK 906,14", 16),
        (370, 150, "Forfaldsdato 26-06-2026", 8),
        (50, 200, "Fakturadato", 8), (50, 212, "05-06-2026"),
    ])
    assert s.total is not None and s.total.value == Decimal("906.14")
    assert s.document_date is not None and s.document_date.value == date(2026, 6, 5)
    assert s.due_date is not None and s.due_date.value == date(2026, 6, 26)


def test_the_largest_amount_on_a_total_row_and_the_rightmost_vat() -> None:
    s = suggest([
        (50, 80, "Facture n°562044387 du 02 Juillet 2015", 13),
        (300, 200, "Montant HT"), (400, 200, "TVA"), (480, 200, "TTC"),
        (50, 230, "Total facture"), (300, 230, "24.99"), (400, 230, "5.00"),
        (480, 230, "29.99"),
        (50, 300, "Tax 20% on 24.99"), (480, 300, "5.00"),
    ])
    assert s.total is not None and s.total.value == Decimal("29.99")
    assert s.vat is not None and s.vat.value == Decimal("5.00")
    assert s.document_date is not None and s.document_date.value == date(2015, 7, 2)


def test_consistency_prefers_the_total_that_adds_up() -> None:
    s = suggest([
        (50, 100, "Total"), (300, 100, "1.100,00"),  # a misleading "Total" (order value)
        (50, 300, "Nettobetrag"), (300, 300, "800,00"),
        (50, 315, "MwSt. 19 %"), (300, 315, "152,00"),
        (50, 330, "Total"), (300, 330, "952,00"),
    ])
    assert s.total is not None and s.total.value == Decimal("952.00")
    assert s.vat is not None and s.vat.value == Decimal("152.00")


def test_net_and_vat_labels_are_not_totals() -> None:
    s = suggest([
        (50, 100, "Subtotal"), (300, 100, "5.000,00"),
        (50, 115, "Moms"), (300, 115, "1.250,00"),
        (50, 130, "At betale"), (300, 130, "6.250,00"),
        (50, 160, "Forbrug i alt ekskl. moms"), (300, 160, "9.999,00"),
    ])
    assert s.total is not None and s.total.value == Decimal("6250.00")


def test_a_credit_note_keeps_its_sign() -> None:
    s = suggest([(50, 80, "Kreditnota"), (50, 100, "Fakturadato: 01.11.2026"),
                 (50, 130, "Moms"), (300, 130, "-250,00"),
                 (50, 145, "I alt DKK"), (300, 145, "-1.250,00")])
    assert s.total is not None and s.total.value == Decimal("-1250.00")


def test_without_a_date_label_the_first_date_of_the_first_page() -> None:
    s = suggest([(50, 80, "Tak for dit køb 03.02.2026"), (50, 400, "Levering 10.02.2026"),
                 (50, 600, "Husk 01.03.2026"), (50, 500, "I alt"), (300, 500, "99,00")])
    assert s.document_date is not None and s.document_date.value == date(2026, 2, 3)
    assert s.document_date.confidence < 0.5


def test_due_and_other_dates_are_not_the_document_date() -> None:
    s = suggest([(50, 80, "Forfaldsdato 01.12.2026"), (50, 95, "Ordredato 01.10.2026"),
                 (50, 110, "Fakturadato 02.11.2026")])
    assert s.document_date is not None and s.document_date.value == date(2026, 11, 2)
    assert s.due_date is not None and s.due_date.value == date(2026, 12, 1)


def test_an_american_document_is_read_month_first() -> None:
    s = suggest([(50, 80, "Invoice Date:"), (250, 80, "Due Date:"),
                 (50, 95, "03/04/2023"), (250, 95, "03/19/2023"),
                 (50, 300, "Total"), (300, 300, "$ 120.00")])
    assert s.document_date is not None and s.document_date.value == date(2023, 3, 4)
    assert s.due_date is not None and s.due_date.value == date(2023, 3, 19)
    assert s.currency is not None and s.currency.value == "USD"


def test_european_ambiguous_dates_stay_day_first() -> None:
    s = suggest([(50, 80, "Rechnungsdatum 03.04.2023"), (50, 95, "Fällig am 19.04.2023")])
    assert s.document_date is not None and s.document_date.value == date(2023, 4, 3)


def test_the_supplier_cvr_not_the_customers() -> None:
    s = suggest([(50, 50, "Leverandør ApS  CVR-nr. 34197598"),
                 (50, 150, "Kunde: Nordlys Design ApS, CVR 13 47 50 67"),
                 (50, 800, "Leverandør ApS | CVR-nr. 34197598 | Tlf. 12 34 56 78")],
                own_cvrs=("DK13475067",))
    assert s.supplier_cvr is not None and s.supplier_cvr.value == "34197598"
    assert len(s.supplier_cvr.boxes) == 2


def test_a_danish_vat_number_is_a_cvr_but_an_iban_is_not() -> None:
    s = suggest([(50, 50, "VAT no. DK34197598"), (50, 70, "IBAN DK50 0040 0440 1162 43")])
    assert s.supplier_cvr is not None and s.supplier_cvr.value == "34197598"
    assert suggest([(50, 70, "IBAN DK5000400440116243")]).supplier_cvr is None
    assert normalize_cvr("DK 12 34 56 78") == "12345678"
    assert normalize_cvr("01234567") is None


# (Helvetica as PyMuPDF draws it has no euro sign: "EUR" stands in for it here; the
# real samples have "€".)
@pytest.mark.parametrize(("language", "lines", "total", "vat", "currency"), [
    ("da", [("Fakturadato", "24. november 2026"), ("Moms 25 %", "250,00"),
            ("At betale", "kr. 1.250,00")], "1250.00", "250.00", "DKK"),
    ("en", [("Invoice date", "24 Nov 2026"), ("VAT 20%", "£ 200.00"),
            ("Amount due", "£ 1,200.00")], "1200.00", "200.00", "GBP"),
    ("de", [("Rechnungsdatum", "24.11.2026"), ("MwSt. 19 %", "190,00 EUR"),
            ("Rechnungsbetrag", "1.190,00 EUR")], "1190.00", "190.00", "EUR"),
    ("fr", [("Date de facture", "24/11/2026"), ("TVA 20 %", "200,00 EUR"),
            ("Net à payer", "1 200,00 EUR")], "1200.00", "200.00", "EUR"),
    ("nl", [("Factuurdatum", "24-11-2026"), ("BTW 21%", "EUR 210,00"),
            ("Te betalen", "EUR 1.210,00")], "1210.00", "210.00", "EUR"),
])
def test_an_invoice_in_each_language(language: str, lines: list[tuple[str, str]], total: str,
                                     vat: str, currency: str) -> None:
    placed: list[Placed] = [(50, 60, f"{language} invoice {'x' * 3}", 14),
                            (50, 700, "Some line 12,00 and 2026"), (350, 700, "999,00")]
    for i, (label, value) in enumerate(lines):
        placed += [(300, 300 + 16 * i, label), (450, 300 + 16 * i, value)]
    s = suggest(placed)
    assert s.document_date is not None and s.document_date.value == date(2026, 11, 24)
    assert s.total is not None and s.total.value == Decimal(total)
    assert s.vat is not None and s.vat.value == Decimal(vat)
    assert s.currency is not None and s.currency.value == currency


def test_boxes_point_at_the_values_on_the_page() -> None:
    placed: list[Placed] = [(50, 100, "Fakturadato 02.11.2026"), (300, 500, "I alt DKK"),
                            (450, 500, "1.234,56")]
    data = make_pdf(placed)
    s = run_extraction(ExtractionRequest(data)).suggestions
    page = pymupdf.open(stream=data, filetype="pdf")[0]
    for suggestion, text in ((s.total, "1.234,56"), (s.document_date, "02.11.2026")):
        assert suggestion is not None
        (box,) = suggestion.boxes
        (hit,) = page.search_for(text)
        assert box.page == 0
        assert abs(box.x0 - hit.x0) < 1 and abs(box.x1 - hit.x1) < 1
        assert abs(box.y0 - hit.y0) < 2 and abs(box.y1 - hit.y1) < 2
    assert s.total is not None and s.total.label_box is not None
    assert s.total.label_box.x1 <= s.total.boxes[0].x0


def test_a_rotated_page_is_read_as_displayed() -> None:
    placed: list[Placed] = [(50, 60, "Invoice date 02.11.2026"), (500, 400, "Total"),
                            (650, 400, "EUR 1,234.56")]
    data = make_pdf(placed, width=595, height=842, rotation=90)
    text = run_extraction(ExtractionRequest(data))
    (page,) = text.pages
    assert (page.width, page.height, page.rotation) == (842, 595, 90)
    s = text.suggestions
    assert s.total is not None and s.total.value == Decimal("1234.56")
    (box,) = s.total.boxes
    assert 640 < box.x0 < box.x1 < 842 and 380 < box.y0 < box.y1 < 410
    assert s.document_date is not None and s.document_date.value == date(2026, 11, 2)


def test_several_pages_date_on_the_first_total_on_the_last() -> None:
    first: list[Placed] = [(50, 60, "Faktura"), (50, 80, "Fakturadato 02.11.2026")] + [
        (50, 120 + 14 * i, f"Linje {i}  {i}.10.2026  {i + 1},50") for i in range(40)]
    last: list[Placed] = [(50, 60, "Faktura (side 2)"), (300, 200, "Subtotal"),
                          (450, 200, "800,00"), (300, 215, "Moms"), (450, 215, "200,00"),
                          (300, 230, "I alt"), (450, 230, "1.000,00")]
    s = suggest(first, last)
    assert s.document_date is not None and s.document_date.value == date(2026, 11, 2)
    assert s.total is not None and s.total.value == Decimal("1000.00")
    assert s.total.boxes[0].page == 1


def test_a_scan_without_text_gives_no_suggestions() -> None:
    text = run_extraction(ExtractionRequest(image_only_pdf()))
    assert not text.has_text and text.page_count == 1
    assert text.suggestions.all() == [] and not text.suggestions


def test_a_page_without_amounts_or_dates() -> None:
    s = suggest([(50, 50, "Kære kunde"), (50, 70, "Tak for samarbejdet i 2026.")])
    assert s.total is None and s.document_date is None


def test_plain_text_receipt() -> None:
    text = (
        "Netbutikken ApS\nCVR 19175812\n\nOrdrebekræftelse\nDato: 19. september 2026\n\n"
        "1 x Kabel              199,00\n2 x Mus                 398,00\n\n"
        "I alt inkl. moms       597,00 kr.\nHeraf moms             119,40 kr.\n"
    )
    s = suggest_from_text(text)
    assert values(s) == {"document_date": date(2026, 9, 19), "total": Decimal("597.00"),
                         "vat": Decimal("119.40"), "currency": "DKK",
                         "supplier_cvr": "19175812"}


def test_suggestions_all_in_the_forms_order() -> None:
    s = suggest([(50, 50, "Fakturadato 02.11.2026"), (50, 70, "Forfaldsdato 16.11.2026"),
                 (50, 90, "Moms"), (300, 90, "25,00"), (50, 105, "I alt DKK"),
                 (300, 105, "125,00"), (50, 800, "CVR-nr. 34197598")])
    assert [x.field for x in s.all()] == [Field.DOCUMENT_DATE, Field.TOTAL, Field.VAT,
                                          Field.CURRENCY, Field.DUE_DATE, Field.SUPPLIER_CVR]
    assert all(0 < x.confidence <= 1 for x in s.all())


def test_an_e_invoice_outranks_what_was_read_from_its_pdf() -> None:
    read = suggest([(50, 50, "Fakturadato 02.11.2026"), (50, 90, "I alt DKK"),
                    (300, 90, "125,00"), (50, 120, "Forfaldsdato 16.11.2026")])
    exact = Suggestions(total=Suggestion(Field.TOTAL, Amount("125.50"), 1.0,
                                         source=Source.EINVOICE))
    merged = read.merged(exact)
    assert merged.total is exact.total
    assert merged.document_date is read.document_date
    assert merged.due_date is read.due_date
    assert exact.merged(read).total is exact.total


def test_a_leader_of_dots_between_label_and_amount() -> None:
    s = suggest([(50, 90, "I alt..............1.250,00"), (50, 110, "Moms ........ 250,00")])
    assert s.total is not None and s.total.value == Decimal("1250.00")
    assert s.vat is not None and s.vat.value == Decimal("250.00")


def test_a_page_of_too_many_words_is_read_in_part() -> None:
    words = tuple(Word(f"{i},00", 10.0 * (i % 50), 10.0 * (i // 50), 10.0 * (i % 50) + 8,
                       10.0 * (i // 50) + 8) for i in range(MAX_WORDS_PER_PAGE + 2000))
    words += (Word("Total", 0, 5000, 20, 5008), Word("99,00", 30, 5000, 50, 5008))
    s = find_suggestions([PageWords(0, 600, 6000, words)])
    assert s.total is None  # the words after the limit were not read
