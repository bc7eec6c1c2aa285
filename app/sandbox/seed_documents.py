"""Drawing the sandbox's demo documents: PDF invoices and receipts, phone photos, scans.

Everything here is deterministic: the same spec (and seed) gives the same bytes. PDFs are
drawn with PyMuPDF's built-in Helvetica/Times/Courier (Latin-1, so æøå survive text
extraction), photos and scans with Pillow. Nothing here knows about companies or xids.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, lru_cache
from typing import Any, Literal

import pymupdf as _pymupdf
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from app.api.amounts import format_amount

__all__ = [
    "CallRecord",
    "InvoiceDoc",
    "Line",
    "Party",
    "Payment",
    "ReceiptDoc",
    "amount_da",
    "amount_en",
    "amount_fr",
    "date_da",
    "date_en",
    "date_fr",
    "delivery_note_pdf",
    "email_receipt_text",
    "invoice_pdf",
    "money",
    "prepare_photo_fonts",
    "receipt_pdf",
    "receipt_photo_jpeg",
    "scan_png",
    "telecom_bill_pdf",
    "when_at",
]

# PyMuPDF has no type annotations; go through Any rather than sprinkle ignores
pymupdf: Any = _pymupdf

Lang = Literal["da", "en", "de", "fr"]
DateStyle = Literal["dot", "dash", "long"]
Template = Literal["classic", "band", "letter"]
RGB = tuple[float, float, float]

CENT = Decimal("0.01")

MONTHS_DA = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def money(value: Decimal | int | str) -> Decimal:
    """Round to øre, half up, the way invoices do."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def amount_da(value: Decimal) -> str:
    """``1234.5`` -> ``"1.234,50"`` (also the German style)."""
    return format_amount(value)


def amount_en(value: Decimal) -> str:
    """``1234.5`` -> ``"1,234.50"``."""
    return f"{money(value):,.2f}"


def amount_fr(value: Decimal) -> str:
    """``1234.5`` -> ``"1 234,50"`` (a plain space: the PDF fonts lack U+202F)."""
    return amount_en(value).replace(",", " ").replace(".", ",")


def date_da(d: date, style: DateStyle = "dot") -> str:
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "long":
        return f"{d.day}. {MONTHS_DA[d.month - 1]} {d.year}"
    return d.strftime("%d.%m.%Y")


def date_en(d: date) -> str:
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def date_fr(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def _qty(value: Decimal) -> str:
    if value == value.to_integral_value():
        return str(int(value))
    return format_amount(value, 2).rstrip("0").rstrip(",")


# --------------------------------------------------------------------------- specs


@dataclass(frozen=True)
class Party:
    name: str
    street: str
    zip_city: str
    country: str | None = None  # printed under the address when set (foreign parties)
    cvr: str | None = None  # Danish CVR-nr., printed as "CVR-nr. 12345678"
    vat_id: str | None = None  # a foreign VAT id, printed instead of the CVR
    phone: str | None = None
    email: str | None = None
    web: str | None = None
    att: str | None = None


@dataclass(frozen=True)
class Payment:
    reg: str | None = None
    account: str | None = None
    iban: str | None = None
    bic: str | None = None
    fik: str | None = None  # "+71<000012345678901+85458925<"
    card: str | None = None  # "Betalt med Visa/Dankort ****1234"
    terms: str = "Netto 14 dage"


@dataclass(frozen=True)
class Line:
    text: str
    qty: Decimal
    unit: str
    unit_price: Decimal

    @property
    def amount(self) -> Decimal:
        return money(self.qty * self.unit_price)


@dataclass(frozen=True)
class InvoiceDoc:
    supplier: Party
    customer: Party
    number: str
    issue_date: date
    due_date: date
    lines: tuple[Line, ...]
    vat_rate: Decimal = Decimal("25")
    lang: Lang = "da"
    currency: str = "DKK"
    template: Template = "classic"
    date_style: DateStyle = "dot"
    payment: Payment = field(default_factory=Payment)
    customer_no: str | None = None
    reference: str | None = None
    intro: str | None = None
    accent: RGB = (0.16, 0.33, 0.55)
    title: str | None = None  # "Huslejeopkrævning" instead of "FAKTURA"
    signature: str | None = None

    @property
    def subtotal(self) -> Decimal:
        return money(sum((line.amount for line in self.lines), Decimal(0)))

    @property
    def vat(self) -> Decimal:
        return money(self.subtotal * self.vat_rate / 100)

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.vat


@dataclass(frozen=True)
class ReceiptDoc:
    """A till receipt: prices include VAT, the VAT is "heraf"."""

    store: str
    address: tuple[str, ...]
    cvr: str
    when: datetime
    items: tuple[tuple[str, Decimal], ...]
    payment: str = "Dankort"
    card_last4: str = "4417"
    receipt_no: str = "1"
    cashier: str | None = None
    phone: str | None = None
    footer: str = "Tak for besøget!"
    vat_rate: Decimal = Decimal("25")

    @property
    def total(self) -> Decimal:
        return money(sum((amount for _, amount in self.items), Decimal(0)))

    @property
    def vat(self) -> Decimal:
        return money(self.total * self.vat_rate / (100 + self.vat_rate))


@dataclass(frozen=True)
class CallRecord:
    when: datetime
    number: str
    kind: str
    duration: str
    amount: Decimal


# --------------------------------------------------------------------------- PDF pen

_LABELS: dict[str, dict[str, str]] = {
    "da": {
        "title": "FAKTURA",
        "number": "Faktura nr.",
        "date": "Fakturadato",
        "due": "Forfaldsdato",
        "customer_no": "Kundenr.",
        "reference": "Reference",
        "bill_to": "Faktureres til",
        "desc": "Beskrivelse",
        "qty": "Antal",
        "unit": "Enhed",
        "price": "Enhedspris",
        "amount": "Beløb",
        "subtotal": "Subtotal",
        "vat": "Moms",
        "total": "I alt",
        "to_pay": "At betale",
        "vat_no": "CVR-nr.",
        "page": "Side",
        "of": "af",
        "phone": "Tlf.",
        "terms": "Betalingsbetingelser",
    },
    "en": {
        "title": "INVOICE",
        "number": "Invoice no.",
        "date": "Invoice date",
        "due": "Due date",
        "customer_no": "Customer no.",
        "reference": "Reference",
        "bill_to": "Bill to",
        "desc": "Description",
        "qty": "Qty",
        "unit": "Unit",
        "price": "Unit price",
        "amount": "Amount",
        "subtotal": "Subtotal",
        "vat": "VAT",
        "total": "Total",
        "to_pay": "Amount due",
        "vat_no": "VAT no.",
        "page": "Page",
        "of": "of",
        "phone": "Phone",
        "terms": "Payment terms",
    },
    "de": {
        "title": "RECHNUNG",
        "number": "Rechnungsnummer",
        "date": "Rechnungsdatum",
        "due": "Fällig am",
        "customer_no": "Kundennummer",
        "reference": "Ihre Referenz",
        "bill_to": "Rechnungsempfänger",
        "desc": "Beschreibung",
        "qty": "Menge",
        "unit": "Einheit",
        "price": "Einzelpreis",
        "amount": "Betrag",
        "subtotal": "Nettobetrag",
        "vat": "MwSt.",
        "total": "Gesamtbetrag",
        "to_pay": "Zahlbetrag",
        "vat_no": "USt-IdNr.",
        "page": "Seite",
        "of": "von",
        "phone": "Tel.",
        "terms": "Zahlungsbedingungen",
    },
    "fr": {
        "title": "FACTURE",
        "number": "Facture n°",
        "date": "Date de facture",
        "due": "Date d'échéance",
        "customer_no": "N° client",
        "reference": "Référence",
        "bill_to": "Facturé à",
        "desc": "Désignation",
        "qty": "Qté",
        "unit": "Unité",
        "price": "Prix unitaire HT",
        "amount": "Montant HT",
        "subtotal": "Total HT",
        "vat": "TVA",
        "total": "Total TTC",
        "to_pay": "Net à payer",
        "vat_no": "N° TVA",
        "page": "Page",
        "of": "sur",
        "phone": "Tél.",
        "terms": "Conditions de paiement",
    },
}

BLACK: RGB = (0.1, 0.1, 0.12)
GREY: RGB = (0.42, 0.42, 0.45)
LIGHT: RGB = (0.93, 0.93, 0.94)
WHITE: RGB = (1.0, 1.0, 1.0)
A4 = (595.0, 842.0)


@cache
def _font(name: str) -> Any:
    return pymupdf.Font(name)


def _width(text: str, size: float, font: str) -> float:
    return float(_font(font).text_length(text, fontsize=size))


class _Pen:
    """Text and boxes on one page, gathered in one Shape (far faster than page calls)."""

    def __init__(self, page: Any, serif: bool = False) -> None:
        self.page = page
        self.shape = page.new_shape()
        self.regular = "tiro" if serif else "helv"
        self.bold = "tibo" if serif else "hebo"

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 9,
        *,
        bold: bool = False,
        color: RGB = BLACK,
        align: Literal["left", "right", "center"] = "left",
        font: str | None = None,
    ) -> None:
        name = font or (self.bold if bold else self.regular)
        if align != "left":
            width = _width(text, size, name)
            x -= width if align == "right" else width / 2
        self.shape.insert_text((x, y), text, fontsize=size, fontname=name, color=color)

    def rect(self, x0: float, y0: float, x1: float, y1: float, fill: RGB) -> None:
        self.shape.draw_rect(pymupdf.Rect(x0, y0, x1, y1))
        self.shape.finish(color=None, fill=fill, width=0)

    def line(self, x0: float, y0: float, x1: float, y1: float, color: RGB = GREY) -> None:
        self.shape.draw_line((x0, y0), (x1, y1))
        self.shape.finish(color=color, width=0.6)

    def commit(self) -> None:
        self.shape.commit()


def _pdf_bytes(doc: Any, title: str, author: str, when: date, creator: str) -> bytes:
    stamp = f"D:{when:%Y%m%d}093000+02'00'"
    doc.set_metadata(
        {
            "title": title,
            "author": author,
            "subject": "",
            "keywords": "",
            "creator": creator,
            "producer": creator,
            "creationDate": stamp,
            "modDate": stamp,
            "trapped": "",
        }
    )
    data: bytes = doc.tobytes(garbage=1, deflate=True, no_new_id=True)
    doc.close()
    return data


# --------------------------------------------------------------------------- invoices


def _fmt_amount(doc: InvoiceDoc, value: Decimal) -> str:
    if doc.lang == "en":
        return amount_en(value)
    if doc.lang == "fr":
        return amount_fr(value)
    return amount_da(value)


def _fmt_date(doc: InvoiceDoc, value: date) -> str:
    if doc.lang == "en":
        return date_en(value)
    if doc.lang == "fr":
        return date_fr(value)
    if doc.lang == "de":
        return date_da(value, "dot")
    return date_da(value, doc.date_style)


def _vat_label(doc: InvoiceDoc) -> str:
    rate = _qty(doc.vat_rate)
    sep = "" if doc.lang == "en" else " "
    return f"{_LABELS[doc.lang]['vat']} {rate}{sep}%"


def _party_lines(party: Party, lang: str) -> list[str]:
    lines = [party.street, party.zip_city]
    if party.country:
        lines.append(party.country)
    if party.att:
        lines.append(f"Att.: {party.att}")
    return lines


def _id_line(party: Party, lang: str) -> str | None:
    if party.cvr:
        return f"CVR-nr. {party.cvr}"
    if party.vat_id:
        return f"{_LABELS[lang]['vat_no']} {party.vat_id}"
    return None


def _payment_lines(doc: InvoiceDoc) -> list[str]:
    pay = doc.payment
    lab = _LABELS[doc.lang]
    due = _fmt_date(doc, doc.due_date)
    out: list[str] = []
    if doc.lang == "da":
        out.append(f"{lab['terms']}: {pay.terms}. Forfaldsdato {due}.")
        if pay.card:
            out.append(pay.card)
        elif pay.fik:
            out.append(f"Indbetales med FI-kort: {pay.fik}")
        if pay.reg and pay.account:
            out.append(
                f"Beløbet bedes indbetalt på Reg.nr. {pay.reg} Kontonr. {pay.account}"
                f" - anfør venligst fakturanr. {doc.number}."
            )
        if pay.iban:
            out.append(f"IBAN {pay.iban}" + (f"  BIC/SWIFT {pay.bic}" if pay.bic else ""))
    elif doc.lang == "en":
        out.append(f"{lab['terms']}: {pay.terms}. Please pay by {due}.")
        if pay.card:
            out.append(pay.card)
        if pay.iban:
            out.append(f"IBAN {pay.iban}" + (f"  BIC {pay.bic}" if pay.bic else ""))
    elif doc.lang == "de":
        out.append(f"{lab['terms']}: {pay.terms}. Zahlbar bis {due}.")
        if pay.card:
            out.append(pay.card)
        if pay.iban:
            out.append(f"IBAN {pay.iban}" + (f"  BIC {pay.bic}" if pay.bic else ""))
    else:
        out.append(f"{lab['terms']}: {pay.terms}. Échéance {due}.")
        if pay.card:
            out.append(pay.card)
        if pay.iban:
            out.append(f"IBAN {pay.iban}" + (f"  BIC {pay.bic}" if pay.bic else ""))
    return out


def _line_table(
    pen: _Pen, doc: InvoiceDoc, y: float, *, shaded: bool, head_fill: RGB, head_color: RGB
) -> float:
    lab = _LABELS[doc.lang]
    pen.rect(45, y - 12, 550, y + 5, head_fill)
    pen.text(52, y, lab["desc"], 8.5, bold=True, color=head_color)
    pen.text(330, y, lab["qty"], 8.5, bold=True, color=head_color, align="right")
    pen.text(340, y, lab["unit"], 8.5, bold=True, color=head_color)
    pen.text(468, y, lab["price"], 8.5, bold=True, color=head_color, align="right")
    pen.text(545, y, lab["amount"], 8.5, bold=True, color=head_color, align="right")
    y += 20
    for i, line in enumerate(doc.lines):
        if shaded and i % 2 == 1:
            pen.rect(45, y - 11, 550, y + 5, (0.965, 0.965, 0.97))
        pen.text(52, y, line.text, 9)
        pen.text(330, y, _qty(line.qty), 9, align="right")
        pen.text(340, y, line.unit, 9)
        pen.text(468, y, _fmt_amount(doc, line.unit_price), 9, align="right")
        pen.text(545, y, _fmt_amount(doc, line.amount), 9, align="right")
        y += 16
    pen.line(45, y - 8, 550, y - 8)
    return y + 8


def _totals(pen: _Pen, doc: InvoiceDoc, x_label: float, x_value: float, y: float) -> float:
    lab = _LABELS[doc.lang]
    pen.text(x_label, y, lab["subtotal"], 9.5)
    pen.text(x_value, y, _fmt_amount(doc, doc.subtotal), 9.5, align="right")
    y += 15
    pen.text(x_label, y, _vat_label(doc), 9.5)
    pen.text(x_value, y, _fmt_amount(doc, doc.vat), 9.5, align="right")
    y += 8
    pen.line(x_label, y, x_value, y, BLACK)
    y += 14
    pen.text(x_label, y, f"{lab['total']} {doc.currency}", 11, bold=True)
    pen.text(x_value, y, _fmt_amount(doc, doc.total), 11, bold=True, align="right")
    return y + 20


def _footer(pen: _Pen, doc: InvoiceDoc, y: float = 812) -> None:
    sup = doc.supplier
    parts = [sup.name, sup.street, sup.zip_city]
    ident = _id_line(sup, doc.lang)
    if ident:
        parts.append(ident)
    if sup.phone:
        parts.append(f"{_LABELS[doc.lang]['phone']} {sup.phone}")
    pen.line(45, y - 12, 550, y - 12, LIGHT)
    pen.text(297.5, y, "  |  ".join(parts), 7.5, color=GREY, align="center")
    contact = [c for c in (sup.email, sup.web) if c]
    if contact:
        pen.text(297.5, y + 10, "  |  ".join(contact), 7.5, color=GREY, align="center")


def _classic(page: Any, doc: InvoiceDoc) -> None:
    pen = _Pen(page)
    lab = _LABELS[doc.lang]
    sup = doc.supplier
    pen.rect(45, 40, 49, 96, doc.accent)
    pen.text(57, 58, sup.name, 16, bold=True, color=doc.accent)
    y = 74.0
    for text in _party_lines(sup, doc.lang):
        pen.text(57, y, text, 8.5, color=GREY)
        y += 11
    ident = _id_line(sup, doc.lang)
    if ident:
        pen.text(57, y, ident, 8.5, color=GREY)
        y += 11
    if sup.phone:
        pen.text(57, y, f"{lab['phone']} {sup.phone}", 8.5, color=GREY)
    title = doc.title or lab["title"]
    size = 22.0
    while size > 12 and _width(title, size, "hebo") + _width(sup.name, 16, "hebo") > 470:
        size -= 1
    pen.text(550, 62, title, size, bold=True, align="right")

    pen.text(50, 165, lab["bill_to"], 7.5, color=GREY)
    pen.text(50, 179, doc.customer.name, 10, bold=True)
    y = 192.0
    for text in _party_lines(doc.customer, doc.lang):
        pen.text(50, y, text, 9.5)
        y += 13
    meta = [(lab["number"], doc.number), (lab["date"], _fmt_date(doc, doc.issue_date))]
    meta.append((lab["due"], _fmt_date(doc, doc.due_date)))
    if doc.customer_no:
        meta.append((lab["customer_no"], doc.customer_no))
    if doc.reference:
        meta.append((lab["reference"], doc.reference))
    y = 165
    for key, value in meta:
        pen.text(360, y, key, 9, color=GREY)
        pen.text(550, y, value, 9, align="right")
        y += 14
    y = 290
    if doc.intro:
        pen.text(50, 275, doc.intro, 9.5)
        y = 300
    y = _line_table(pen, doc, y, shaded=False, head_fill=LIGHT, head_color=BLACK)
    _totals(pen, doc, 360, 545, y + 6)
    y = 735
    for text in _payment_lines(doc):
        pen.text(50, y, text, 8.5)
        y += 12
    _footer(pen, doc)
    pen.commit()


def _band(page: Any, doc: InvoiceDoc) -> None:
    pen = _Pen(page)
    lab = _LABELS[doc.lang]
    sup = doc.supplier
    pen.rect(0, 0, 595, 92, doc.accent)
    pen.text(48, 52, sup.name, 20, bold=True, color=WHITE)
    pen.text(48, 72, f"{sup.street}, {sup.zip_city}", 9, color=WHITE)
    pen.text(
        547, 50, (doc.title or lab["title"]).capitalize(), 15, bold=True, color=WHITE, align="right"
    )
    pen.text(547, 68, f"{lab['number']} {doc.number}", 9.5, color=WHITE, align="right")

    pen.text(48, 125, doc.customer.name, 10, bold=True)
    y = 139.0
    for text in _party_lines(doc.customer, doc.lang):
        pen.text(48, y, text, 9.5)
        y += 13
    tint: RGB = tuple(0.88 + 0.12 * c for c in doc.accent)  # type: ignore[assignment]
    pen.rect(352, 110, 547, 190, tint)
    pen.text(364, 130, lab["to_pay"], 9, color=GREY)
    pen.text(
        535, 158, f"{doc.currency} {_fmt_amount(doc, doc.total)}", 17, bold=True, align="right"
    )
    pen.text(364, 180, f"{lab['due']} {_fmt_date(doc, doc.due_date)}", 8.5, color=GREY)

    x = 48.0
    meta = [(lab["date"], _fmt_date(doc, doc.issue_date))]
    if doc.customer_no:
        meta.append((lab["customer_no"], doc.customer_no))
    if doc.reference:
        meta.append((lab["reference"], doc.reference))
    for key, value in meta:
        pen.text(x, 222, key, 7.5, color=GREY)
        pen.text(x, 235, value, 9.5)
        x += 150
    y = 275.0
    if doc.intro:
        pen.text(48, 262, doc.intro, 9)
        y = 285
    y = _line_table(pen, doc, y, shaded=True, head_fill=doc.accent, head_color=WHITE)
    _totals(pen, doc, 340, 545, y + 6)
    y = 740
    for text in _payment_lines(doc):
        pen.text(48, y, text, 8.5, color=GREY)
        y += 12
    _footer(pen, doc)
    pen.commit()


def _letter(page: Any, doc: InvoiceDoc) -> None:
    pen = _Pen(page, serif=True)
    lab = _LABELS[doc.lang]
    sup = doc.supplier
    pen.text(547, 60, sup.name, 17, bold=True, align="right")
    y = 76.0
    for text in _party_lines(sup, doc.lang):
        pen.text(547, y, text, 9.5, align="right")
        y += 12
    ident = _id_line(sup, doc.lang)
    if ident:
        pen.text(547, y, ident, 9.5, align="right")
        y += 12
    for extra in (sup.phone and f"{lab['phone']} {sup.phone}", sup.email):
        if extra:
            pen.text(547, y, extra, 9.5, align="right")
            y += 12
    y = 160.0
    for i, text in enumerate([doc.customer.name, *_party_lines(doc.customer, doc.lang)]):
        pen.text(60, y, text, 11, bold=i == 0)
        y += 14
    pen.text(547, 250, f"{lab['date']}: {_fmt_date(doc, doc.issue_date)}", 11, align="right")
    pen.text(
        60,
        290,
        f"{doc.title or lab['title'].capitalize()} {lab['number'].split()[-1]} {doc.number}",
        15,
        bold=True,
    )
    y = 316.0
    if doc.intro:
        for text in doc.intro.split("\n"):
            pen.text(60, y, text, 11)
            y += 15
        y += 8
    pen.line(60, y, 540, y, BLACK)
    y += 16
    for line in doc.lines:
        label = line.text
        if line.qty != 1:
            label += f" ({_qty(line.qty)} {line.unit} à {_fmt_amount(doc, line.unit_price)})"
        pen.text(60, y, label, 11)
        pen.text(540, y, _fmt_amount(doc, line.amount), 11, align="right")
        y += 17
    pen.line(60, y - 6, 540, y - 6)
    y += 10
    y = _totals(pen, doc, 330, 540, y)
    y += 20
    for text in _payment_lines(doc):
        pen.text(60, y, text, 10.5)
        y += 14
    if doc.signature:
        y += 24
        pen.text(60, y, "Med venlig hilsen" if doc.lang == "da" else "Kind regards", 11)
        pen.text(60, y + 34, doc.signature, 11, bold=True)
    pen.commit()


_TEMPLATES = {"classic": _classic, "band": _band, "letter": _letter}


def _draw_invoice(doc: InvoiceDoc) -> Any:
    pdf = pymupdf.open()
    page = pdf.new_page(width=A4[0], height=A4[1])
    _TEMPLATES[doc.template](page, doc)
    return pdf


def invoice_pdf(doc: InvoiceDoc) -> bytes:
    """An A4 invoice in one of three layouts; the total is where the layout puts it."""
    pdf = _draw_invoice(doc)
    creator = {"classic": "e-conomic", "band": "Dinero", "letter": "Microsoft Word"}
    return _pdf_bytes(
        pdf,
        f"{doc.title or 'Faktura'} {doc.number}",
        doc.supplier.name,
        doc.issue_date,
        creator[doc.template],
    )


def delivery_note_pdf(
    supplier: Party,
    customer: Party,
    number: str,
    when: date,
    items: tuple[tuple[str, str, Decimal, str], ...],
    order_ref: str,
) -> bytes:
    """A packing slip (no prices): items as (item no., text, quantity, unit)."""
    pdf = pymupdf.open()
    page = pdf.new_page(width=A4[0], height=A4[1])
    pen = _Pen(page)
    pen.text(50, 60, supplier.name, 16, bold=True)
    pen.text(50, 76, f"{supplier.street}, {supplier.zip_city}", 8.5, color=GREY)
    pen.text(545, 60, "FØLGESEDDEL", 18, bold=True, align="right")
    pen.text(50, 140, "Leveres til", 7.5, color=GREY)
    y = 154.0
    for i, text in enumerate([customer.name, customer.street, customer.zip_city]):
        pen.text(50, y, text, 10, bold=i == 0)
        y += 13
    for i, (key, value) in enumerate(
        (("Følgeseddel nr.", number), ("Leveringsdato", date_da(when)), ("Ordre", order_ref))
    ):
        pen.text(360, 140 + 14 * i, key, 9, color=GREY)
        pen.text(545, 140 + 14 * i, value, 9, align="right")
    y = 250.0
    pen.rect(45, y - 12, 550, y + 5, LIGHT)
    pen.text(52, y, "Varenr.", 8.5, bold=True)
    pen.text(130, y, "Beskrivelse", 8.5, bold=True)
    pen.text(470, y, "Antal", 8.5, bold=True, align="right")
    pen.text(480, y, "Enhed", 8.5, bold=True)
    y += 20
    for item_no, text, qty, unit in items:
        pen.text(52, y, item_no, 9)
        pen.text(130, y, text, 9)
        pen.text(470, y, _qty(qty), 9, align="right")
        pen.text(480, y, unit, 9)
        y += 16
    pen.line(45, y - 8, 550, y - 8)
    pen.text(50, y + 30, "Varerne er modtaget i god stand:", 9)
    pen.line(50, y + 70, 250, y + 70, BLACK)
    pen.text(50, y + 82, "Dato og underskrift", 7.5, color=GREY)
    pen.commit()
    return _pdf_bytes(pdf, f"Følgeseddel {number}", supplier.name, when, "e-conomic")


# --------------------------------------------------------------------------- receipts


def _receipt_lines(doc: ReceiptDoc, width: int) -> list[tuple[str, bool, str]]:
    """(text, bold, align) rows of a till receipt, ``width`` characters wide."""

    def lr(left: str, right: str) -> str:
        room = width - len(right) - 1
        return f"{left[:room]:<{room}} {right}"

    rows: list[tuple[str, bool, str]] = [(doc.store, True, "center")]
    rows += [(a, False, "center") for a in doc.address]
    if doc.phone:
        rows.append((f"Tlf. {doc.phone}", False, "center"))
    rows.append((f"CVR-nr. {doc.cvr}", False, "center"))
    rows.append(("-" * width, False, "left"))
    rows.append((lr(f"Dato {doc.when:%d.%m.%Y}", f"Kl. {doc.when:%H:%M}"), False, "left"))
    rows.append((lr(f"Bon nr. {doc.receipt_no}", doc.cashier or ""), False, "left"))
    rows.append(("-" * width, False, "left"))
    for text, amount in doc.items:
        rows.append((lr(text, amount_da(amount)), False, "left"))
    rows.append(("-" * width, False, "left"))
    rows.append((lr("I alt DKK", amount_da(doc.total)), True, "left"))
    rows.append(("", False, "left"))
    rows.append((lr(f"Heraf moms {_qty(doc.vat_rate)} %", amount_da(doc.vat)), False, "left"))
    rows.append((lr("Moms grundlag", amount_da(doc.total - doc.vat)), False, "left"))
    rows.append(("", False, "left"))
    rows.append((lr(doc.payment, amount_da(doc.total)), False, "left"))
    rows.append((f"XXXX XXXX XXXX {doc.card_last4}", False, "left"))
    rows.append((f"Godkendt  {doc.when:%d.%m.%Y %H:%M}", False, "left"))
    rows.append(("", False, "left"))
    rows.append((doc.footer, False, "center"))
    return rows


def receipt_pdf(doc: ReceiptDoc) -> bytes:
    """An e-mailed till receipt: an 80 mm wide page in Courier."""
    rows = _receipt_lines(doc, 34)
    height = 60 + 11.5 * len(rows)
    pdf = pymupdf.open()
    page = pdf.new_page(width=226, height=height)
    pen = _Pen(page)
    y = 34.0
    for text, bold, align in rows:
        font = "cobo" if bold else "cour"
        size = 11 if bold and align == "center" else 8.5
        x = 113.0 if align == "center" else 12.0
        pen.text(x, y, text, size, font=font, align="center" if align == "center" else "left")
        y += 11.5 + (4 if size > 10 else 0)
    pen.commit()
    return _pdf_bytes(pdf, f"Kvittering {doc.receipt_no}", doc.store, doc.when.date(), "POS Mail")


def email_receipt_text(
    doc: ReceiptDoc, sender: str, recipient: str, order_no: str, shop_line: str
) -> str:
    """A webshop's order confirmation as pasted from an e-mail."""
    lines = [
        f"Fra: {doc.store} <{sender}>",
        f"Til: {recipient}",
        f"Dato: {date_da(doc.when.date(), 'long')} kl. {doc.when:%H:%M}",
        f"Emne: Ordrebekræftelse - ordre {order_no}",
        "",
        "Hej Mette",
        "",
        f"Tak for din bestilling hos {doc.store}. Her er din kvittering.",
        "",
        f"Ordrenummer: {order_no}",
        f"Ordredato:   {date_da(doc.when.date(), 'dot')}",
        "",
        f"{'Vare':<44}{'Pris':>12}",
        "-" * 56,
    ]
    for text, amount in doc.items:
        lines.append(f"{text[:43]:<44}{amount_da(amount):>12}")
    lines += [
        "-" * 56,
        f"{'Subtotal ekskl. moms':<44}{amount_da(doc.total - doc.vat):>12}",
        f"{'Moms (' + _qty(doc.vat_rate) + ' %)':<44}{amount_da(doc.vat):>12}",
        f"{'I alt DKK':<44}{amount_da(doc.total):>12}",
        "",
        f"Betalt med {doc.payment} **** {doc.card_last4}",
        "",
        "Varerne sendes med GLS til pakkeshop. Du får en mail, når pakken er afsendt.",
        "",
        "Venlig hilsen",
        doc.store,
        shop_line,
        f"CVR-nr. {doc.cvr}",
        "",
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------- telecom bill


def telecom_bill_pdf(
    doc: InvoiceDoc, records: tuple[CallRecord, ...], subscriber: str, period: str
) -> bytes:
    """A multi-page phone bill: a summary page and specification pages.

    ``doc.lines`` carries the summary lines; the last one is the usage, which must equal
    the sum of ``records``.
    """
    per_page = 44
    chunks = [records[i : i + per_page] for i in range(0, len(records), per_page)]
    pages = 1 + len(chunks)
    pdf = pymupdf.open()
    page = pdf.new_page(width=A4[0], height=A4[1])
    _band(page, doc)
    pen = _Pen(page)
    pen.text(48, 250, f"Periode: {period}   Abonnent: {subscriber}", 8.5, color=GREY)
    pen.text(547, 832, f"Side 1 af {pages}", 7.5, color=GREY, align="right")
    pen.commit()
    for n, chunk in enumerate(chunks, start=2):
        page = pdf.new_page(width=A4[0], height=A4[1])
        pen = _Pen(page)
        pen.text(48, 50, f"{doc.supplier.name} - Specifikation af forbrug", 13, bold=True)
        pen.text(48, 66, f"Faktura nr. {doc.number}   Periode: {period}", 9, color=GREY)
        pen.text(48, 80, f"Mobilnummer {subscriber}", 9, color=GREY)
        y = 110.0
        pen.rect(45, y - 12, 550, y + 5, LIGHT)
        for x, head, align in (
            (52, "Dato", "left"),
            (130, "Tid", "left"),
            (175, "Nummer / tjeneste", "left"),
            (420, "Varighed", "right"),
            (545, "Beløb", "right"),
        ):
            pen.text(x, y, head, 8.5, bold=True, align=align)  # type: ignore[arg-type]
        y += 18
        for rec in chunk:
            pen.text(52, y, f"{rec.when:%d.%m.%Y}", 8.5)
            pen.text(130, y, f"{rec.when:%H:%M}", 8.5)
            pen.text(175, y, f"{rec.kind} {rec.number}".strip(), 8.5)
            pen.text(420, y, rec.duration, 8.5, align="right")
            pen.text(545, y, amount_da(rec.amount), 8.5, align="right")
            y += 14.5
        if n == pages:
            usage = money(sum((r.amount for r in records), Decimal(0)))
            pen.line(45, y - 6, 550, y - 6)
            pen.text(52, y + 8, "Forbrug i alt ekskl. moms", 9, bold=True)
            pen.text(545, y + 8, amount_da(usage), 9, bold=True, align="right")
        pen.text(547, 832, f"Side {n} af {pages}", 7.5, color=GREY, align="right")
        pen.commit()
    return _pdf_bytes(
        pdf, f"Faktura {doc.number}", doc.supplier.name, doc.issue_date, "Telia Billing"
    )


# --------------------------------------------------------------------------- Pillow helpers


_FONT_FILES: dict[str, bytes] = {}


def prepare_photo_fonts() -> None:
    """Load the receipt fonts' bytes from PyMuPDF (call on the thread that uses PyMuPDF).

    After this, ``receipt_photo_jpeg`` touches only Pillow and may run on worker threads.
    """
    for name in ("cour", "cobo"):
        if name not in _FONT_FILES:
            _FONT_FILES[name] = bytes(_font(name).buffer)


def _pil_font(name: str, size: int) -> ImageFont.FreeTypeFont:
    """A fresh font object: FreeType faces must not be shared between threads."""
    if name not in _FONT_FILES:
        prepare_photo_fonts()
    return ImageFont.truetype(io.BytesIO(_FONT_FILES[name]), size)


@lru_cache(maxsize=8)
def _noise_tile(amplitude: int, seed: int) -> Image.Image:
    """A 512x512 tile of zero-centred (128) grain, to tile over big images cheaply."""
    rng = random.Random(seed)
    raw = Image.frombytes("L", (512, 512), rng.randbytes(512 * 512))
    return raw.point(lambda v: 128 + (v - 128) * amplitude // 128)


def _grain(size: tuple[int, int], amplitude: int, seed: int) -> Image.Image:
    tile = _noise_tile(amplitude, seed)
    out = Image.new("L", size, 128)
    for y in range(0, size[1], 512):
        for x in range(0, size[0], 512):
            out.paste(tile, (x, y))
    return out


def _lighting(size: tuple[int, int], rng: random.Random, depth: int) -> Image.Image:
    """A soft, off-centre light fall-off (L, 255 = full light) at ``size``."""
    small = Image.radial_gradient("L").resize((64, 64))
    cx, cy = rng.randint(-10, 10), rng.randint(-12, 6)
    small = small.transform((64, 64), Image.Transform.AFFINE, (1, 0, cx, 0, 1, cy), fillcolor=255)
    small = small.point(lambda v: 255 - v * depth // 255)
    return small.resize(size, Image.Resampling.BILINEAR)


# --------------------------------------------------------------------------- photos

_TABLES = (
    ((150, 108, 72), "wood"),  # oak table
    ((96, 98, 104), "plain"),  # grey desk
    ((196, 186, 170), "plain"),  # light laminate
    ((112, 74, 52), "wood"),  # dark wood
)


def _table(
    size: tuple[int, int], rng: random.Random, style: int, light: Image.Image
) -> Image.Image:
    """A table top seen from above, lit by ``light`` (L, any size)."""
    base, kind = _TABLES[style % len(_TABLES)]
    sw, sh = max(8, size[0] // 48), max(8, size[1] // 48)
    raw = rng.randbytes(sw * sh)
    pixels: list[tuple[int, int, int]] = []
    row_shift = [rng.uniform(-14, 14) for _ in range(sh)]
    for j in range(sh):
        for i in range(sw):
            v = (raw[j * sw + i] - 128) / 128 * (5 if kind == "wood" else 3)
            if kind == "wood":
                v += row_shift[j]
            pixels.append((int(base[0] + v), int(base[1] + v * 0.85), int(base[2] + v * 0.7)))
    small = Image.new("RGB", (sw, sh))
    small.putdata(pixels)
    shade = light.resize((sw, sh), Image.Resampling.BILINEAR)
    small = ImageChops.multiply(small, Image.merge("RGB", [shade] * 3))
    return small.resize(size, Image.Resampling.BILINEAR)


def _receipt_paper(
    doc: ReceiptDoc, width_px: int, rng: random.Random
) -> tuple[Image.Image, Image.Image]:
    """The receipt as printed (RGB) and its outline (L) with torn-off, jagged ends."""
    chars = 32
    rows = _receipt_lines(doc, chars)
    fs = int(width_px / (chars * 0.6 + 4))
    font = _pil_font("cour", fs)
    bold = _pil_font("cobo", fs)
    big = _pil_font("cobo", int(fs * 1.7))
    step = int(fs * 1.25)
    height = int(step * (len(rows) + 6) + fs * 3)
    tone = rng.randint(236, 248)
    paper = Image.new("RGB", (width_px, height), (tone, tone - 2, tone - 8))
    draw = ImageDraw.Draw(paper)
    ink = (46, 44, 52)
    y = fs * 2
    margin = (width_px - int(font.getlength("M" * chars))) // 2
    for text, is_bold, align in rows:
        f = big if is_bold and align == "center" else (bold if is_bold else font)
        if align == "center":
            draw.text((width_px // 2, y), text, font=f, fill=ink, anchor="ma")
        else:
            draw.text((margin, y), text, font=f, fill=ink)
        y += int(step * (1.8 if f is big else 1))
    mask = Image.new("L", paper.size, 0)
    tooth = max(3, width_px // 60)
    top = [(0, rng.randint(0, tooth))]
    bottom = [(width_px, height - 1 - rng.randint(0, tooth))]
    for x in range(tooth, width_px + tooth, tooth):
        top.append((min(x, width_px), rng.randint(0, tooth)))
        bottom.append((max(width_px - x, 0), height - 1 - rng.randint(0, tooth)))
    ImageDraw.Draw(mask).polygon(top + bottom, fill=255)
    return paper, mask


def receipt_photo_jpeg(
    doc: ReceiptDoc,
    size: tuple[int, int],
    orientation: int,
    seed: int,
    *,
    taken: datetime,
    model: str = "iPhone 13",
) -> bytes:
    """A phone photo of a till receipt on a table, as the phone stores it.

    ``size`` is the upright (portrait) picture; the pixels are stored rotated so that
    applying the EXIF ``orientation`` (1, 3, 6 or 8) makes the receipt upright again.
    Large pictures are composed at a lower working resolution and scaled up, as phone
    photos are soft anyway; grain is added at full size.
    """
    rng = random.Random(seed)
    width, height = size
    scale = min(1.0, (2_400_000 / (width * height)) ** 0.5)
    work = (int(width * scale), int(height * scale))
    scene = _table(work, rng, seed, _lighting((64, 64), rng, 80))
    paper, outline = _receipt_paper(doc, int(work[0] * rng.uniform(0.42, 0.55)), rng)
    limit = int(work[1] * 0.9)
    if paper.height > limit:
        fit = (paper.width * limit // paper.height, limit)
        paper = paper.resize(fit, Image.Resampling.BILINEAR)
        outline = outline.resize(fit, Image.Resampling.BILINEAR)
    paper = ImageChops.multiply(paper, Image.merge("RGB", [_lighting(paper.size, rng, 40)] * 3))
    paper.putalpha(outline)
    angle = rng.uniform(-5.0, 5.0)
    rotated = paper.rotate(angle, Image.Resampling.BILINEAR, expand=True)
    x = (work[0] - rotated.width) // 2 + rng.randint(-work[0] // 20, work[0] // 20)
    y = (work[1] - rotated.height) // 2 + rng.randint(-work[1] // 30, work[1] // 30)
    alpha = rotated.getchannel("A")
    shadow_mask = alpha.resize((max(1, alpha.width // 8), max(1, alpha.height // 8)))
    shadow_mask = shadow_mask.filter(ImageFilter.GaussianBlur(3)).resize(alpha.size)
    shadow_mask = shadow_mask.point(lambda v: v * 120 // 255)
    offset = max(4, work[0] // 90)
    scene.paste((30, 24, 20), (x + offset, y + offset * 2), shadow_mask)
    scene.paste(rotated, (x, y), alpha)
    if work != size:
        scene = scene.resize(size, Image.Resampling.BILINEAR)
    grain = _grain(size, 8 if width * height > 10_000_000 else 12, seed % 3)
    scene = ImageChops.add(scene, Image.merge("RGB", [grain] * 3), 1.0, -128)
    stored = {
        1: scene,
        3: scene.transpose(Image.Transpose.ROTATE_180),
        6: scene.transpose(Image.Transpose.ROTATE_90),
        8: scene.transpose(Image.Transpose.ROTATE_270),
    }[orientation]
    exif = Image.Exif()
    exif[0x010F] = "Apple"
    exif[0x0110] = model
    exif[0x0112] = orientation
    exif[0x0131] = "17.6.1"
    exif[0x0132] = taken.strftime("%Y:%m:%d %H:%M:%S")
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")
    sub[0x9004] = taken.strftime("%Y:%m:%d %H:%M:%S")
    out = io.BytesIO()
    stored.save(out, "JPEG", quality=85, exif=exif.tobytes())
    return out.getvalue()


# --------------------------------------------------------------------------- scans


def scan_png(doc: InvoiceDoc, dpi: int, seed: int) -> bytes:
    """A greyscale flatbed scan of a printed invoice: slight skew, grain, a lid shadow."""
    rng = random.Random(seed)
    pdf = _draw_invoice(doc)
    pix = pdf[0].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    page = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    pdf.close()
    paper = rng.randint(232, 242)
    page = page.point(lambda v: 28 + v * (paper - 28) // 255)
    page = page.rotate(rng.uniform(-1.2, 1.2), Image.Resampling.BILINEAR, fillcolor=paper)
    grain = _grain(page.size, 5, 7 + seed % 2)
    page = ImageChops.add(page, grain, 1.0, -128)
    shade = Image.linear_gradient("L").resize((page.width, max(8, page.height // 60)))
    shade = shade.point(lambda v: 150 + v * 105 // 255)
    page.paste(ImageChops.multiply(page.crop((0, 0, *shade.size)), shade), (0, 0))
    out = io.BytesIO()
    page.save(out, "PNG", dpi=(dpi, dpi), compress_level=3)
    return out.getvalue()


def when_at(d: date, rng: random.Random, first_hour: int = 8, last_hour: int = 19) -> datetime:
    """A plausible time of day on ``d``."""
    minutes = rng.randint(first_hour * 60, last_hour * 60)
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes, seconds=rng.randint(0, 59))
