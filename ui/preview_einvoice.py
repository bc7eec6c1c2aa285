"""An e-invoice (OIOUBL / Peppol) shown as a readable document, from its parsed data.

The archive gives the e-invoice as structured data (``ArchiveFile.einvoice``): who sent
it to whom, its number and dates, the lines, VAT, totals and how to pay. ``EinvoiceView``
lays that out as a page a bookkeeper reads like a paper invoice, with Danish amounts
and dates, in a read-only QTextBrowser (text can be selected and copied).
"""

from __future__ import annotations

import base64
import binascii
import html
import io
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.api.models import Einvoice, EinvoiceLine, EinvoiceParty, EinvoicePaymentMeans
from ui import formatting

__all__ = ["EinvoiceView", "EmbeddedDocument", "embedded_documents", "endpoint_label",
           "quantity_text"]

_CONTEXT = "EinvoiceView"

# UN/ECE Recommendation 20 unit codes seen on Danish e-invoices.
_UNITS: dict[str, str] = {
    "EA": str(QT_TRANSLATE_NOOP("EinvoiceView", "pcs.")),
    "C62": str(QT_TRANSLATE_NOOP("EinvoiceView", "pcs.")),
    "H87": str(QT_TRANSLATE_NOOP("EinvoiceView", "pcs.")),
    "PCE": str(QT_TRANSLATE_NOOP("EinvoiceView", "pcs.")),
    "HUR": str(QT_TRANSLATE_NOOP("EinvoiceView", "hours")),
    "DAY": str(QT_TRANSLATE_NOOP("EinvoiceView", "days")),
    "MON": str(QT_TRANSLATE_NOOP("EinvoiceView", "months")),
    "ANN": str(QT_TRANSLATE_NOOP("EinvoiceView", "years")),
    "KGM": "kg",
    "LTR": str(QT_TRANSLATE_NOOP("EinvoiceView", "litres")),
    "MTR": "m",
    "MTK": "m²",
    "KWH": "kWh",
    "SET": str(QT_TRANSLATE_NOOP("EinvoiceView", "sets")),
    "PK": str(QT_TRANSLATE_NOOP("EinvoiceView", "packs")),
}

# Endpoint schemes: the old OIOUBL names and the Peppol ICD numbers.
_SCHEMES: dict[str, str] = {
    "DK:CVR": "CVR",
    "0184": "CVR",
    "DK:P": str(QT_TRANSLATE_NOOP("EinvoiceView", "P number")),
    "DK:SE": str(QT_TRANSLATE_NOOP("EinvoiceView", "SE number")),
    "0198": str(QT_TRANSLATE_NOOP("EinvoiceView", "SE number")),
    "GLN": "GLN",
    "0088": "GLN",
    "EAN": "GLN",
}


@dataclass(frozen=True)
class EmbeddedDocument:
    """A file carried inside the e-invoice's XML (cac:AdditionalDocumentReference)."""

    name: str
    mime_code: str
    data: bytes


def embedded_documents(xml: bytes, *, limit: int = 8) -> list[EmbeddedDocument]:
    """The files embedded in an OIOUBL/Peppol document (EmbeddedDocumentBinaryObject),
    at most ``limit``; [] when the XML cannot be read. Slow for big files: call it off
    the GUI thread. (Expat refuses entity expansion bombs; no DTD is fetched.)"""
    found: list[EmbeddedDocument] = []
    try:
        for _, element in ET.iterparse(io.BytesIO(xml), events=("end",)):
            if element.tag.rpartition("}")[2] != "EmbeddedDocumentBinaryObject":
                continue
            try:
                data = base64.b64decode("".join((element.text or "").split()))
            except (binascii.Error, ValueError):
                data = b""
            if data:
                found.append(EmbeddedDocument(
                    element.get("filename") or "", element.get("mimeCode") or "", data))
            element.clear()
            if len(found) >= limit:
                break
    except ET.ParseError:
        return found
    return found


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def endpoint_label(scheme: str, identifier: str) -> str:
    """"CVR 34197598" for ("DK:CVR", "DK34197598"), "GLN 5790001234567", ..."""
    name = _SCHEMES.get(scheme.upper().strip())
    ident = identifier.strip()
    if name == "CVR" and ident.upper().startswith("DK"):
        ident = ident[2:]
    if name is None:
        return f"{scheme} {ident}".strip()
    return f"{_tr(name)} {ident}"


def _decimal(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        return Decimal(text.strip().replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None


def quantity_text(text: str) -> str:
    """"2,00" -> "2", "1,50" -> "1,5" (the wire's Danish decimals, without noise)."""
    value = _decimal(text)
    if value is None:
        return text
    if value == value.to_integral_value():
        return f"{value:.0f}"
    return format(value.normalize(), "f").replace(".", ",")


def _percent(text: str | None) -> str:
    value = _decimal(text)
    if value is None:
        return html.escape(text or "")
    return f"{quantity_text(text or '')} %"


def _date_text(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return formatting.format_date(date.fromisoformat(iso[:10]))
    except ValueError:
        return iso


def _money(value: Decimal | None) -> str:
    return formatting.format_amount(value) if value is not None else ""


def _e(text: object) -> str:
    return html.escape(str(text)) if text is not None else ""


class EinvoiceView(QTextBrowser):
    """The e-invoice as a document: parties, number and dates, lines, VAT, totals, payment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("einvoiceView")
        self.setAccessibleName(self.tr("E-invoice"))
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.document().setDocumentMargin(12)
        self.einvoice: Einvoice | None = None

    def set_einvoice(self, einvoice: Einvoice | None) -> None:
        self.einvoice = einvoice
        self.setHtml(self.to_html(einvoice) if einvoice is not None else "")

    # --- the document ---------------------------------------------------------------

    def to_html(self, inv: Einvoice) -> str:
        palette = self.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
        rule = palette.color(QPalette.ColorRole.Mid).name()
        title = self.tr("Credit note") if inv.credit_note else self.tr("Invoice")
        kind = self.tr("E-invoice")
        parts = [
            "<html><body style='margin:0'>",
            f"<h2 style='margin-bottom:2px'>{_e(title)} {_e(inv.number)}</h2>",
            f"<div style='color:{muted}'>{_e(kind)}"
            f" · {_e(inv.currency)}</div>",
            self._parties(inv, muted),
            self._facts(inv),
            self._lines(inv, muted, rule),
            self._totals(inv, rule),
            self._payment(inv),
        ]
        if inv.note:
            heading = self.tr("Note")
            parts.append(f"<p><b>{_e(heading)}</b><br>{_e(inv.note)}</p>")
        if inv.additional_documents:
            names = ", ".join(_e(doc.name) for doc in inv.additional_documents)
            heading = self.tr("Attached documents")
            parts.append(f"<p><b>{_e(heading)}</b><br>{names}</p>")
        parts.append("</body></html>")
        return "".join(parts)

    def _party(self, heading: str, party: EinvoiceParty, muted: str) -> str:
        street = " ".join(p for p in (party.street_name, party.building_number or "") if p)
        town = " ".join(p for p in (party.postal_zone, party.city_name) if p)
        rows = [f"<div style='color:{muted}'>{_e(heading)}</div>", f"<b>{_e(party.name)}</b>"]
        rows += [_e(x) for x in (street, town) if x]
        if party.country_code and party.country_code.upper() != "DK":
            rows.append(_e(party.country_code))
        rows.append(_e(endpoint_label(party.endpoint_scheme, party.endpoint_id)))
        legal = party.legal_entity_identifier
        if legal and legal.strip() != party.endpoint_id.strip():
            rows.append(_e(endpoint_label("DK:CVR", legal)))
        if party.contact:
            rows.append(_e(self.tr("Contact: {name}").format(name=party.contact)))
        return "<br>".join(rows)

    def _parties(self, inv: Einvoice, muted: str) -> str:
        supplier = self._party(self.tr("From"), inv.accounting_supplier, muted)
        customer = self._party(self.tr("To"), inv.accounting_customer, muted)
        return (
            "<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:12px'><tr>"
            f"<td width='50%' valign='top'>{supplier}</td>"
            f"<td width='50%' valign='top'>{customer}</td></tr></table>"
        )

    def _facts(self, inv: Einvoice) -> str:
        due = inv.due_date or next(
            (pm.payment_due_date for pm in inv.payment_means if pm.payment_due_date), None
        )
        facts = [
            (self.tr("Invoice number"), _e(inv.number)),
            (self.tr("Invoice date"), _e(_date_text(inv.document_date))),
            (self.tr("Delivery date"), _e(_date_text(inv.delivery_date))),
            (self.tr("Due date"), f"<b>{_e(_date_text(due))}</b>" if due else ""),
            (self.tr("Order reference"), _e(inv.order_reference_id or "")),
        ]
        rows = "".join(
            f"<tr><td style='padding-right:16px'>{_e(name)}</td><td>{value}</td></tr>"
            for name, value in facts
            if value
        )
        return f"<table cellspacing='0' cellpadding='1' style='margin-top:12px'>{rows}</table>"

    def _unit(self, code: str) -> str:
        name = _UNITS.get(code.upper())
        return _tr(name) if name else code

    def _line(self, line: EinvoiceLine, muted: str) -> str:
        text = _e(line.item_name)
        if line.note:
            text += f"<br><span style='color:{muted}'>{_e(line.note)}</span>"
        cells = [
            ("left", _e(line.id)),
            ("left", text),
            ("right", _e(quantity_text(line.quantity))),
            ("left", _e(self._unit(line.unit_code))),
            ("right", _e(_money(line.item_price))),
            ("right", _percent(line.tax_percent) if line.tax_percent else ""),
            ("right", _e(_money(line.line_extension_amount))),
        ]
        return "<tr>" + "".join(
            f"<td align='{align}' valign='top'>{value}</td>" for align, value in cells
        ) + "</tr>"

    def _lines(self, inv: Einvoice, muted: str, rule: str) -> str:
        heads = [
            ("left", self.tr("No.")),
            ("left", self.tr("Description")),
            ("right", self.tr("Quantity")),
            ("left", self.tr("Unit")),
            ("right", self.tr("Unit price")),
            ("right", self.tr("VAT")),
            ("right", self.tr("Amount")),
        ]
        head = "".join(
            f"<th align='{align}' style='border-bottom:1px solid {rule}'>{_e(text)}</th>"
            for align, text in heads
        )
        body = "".join(self._line(line, muted) for line in inv.lines)
        return (
            "<table width='100%' cellspacing='0' cellpadding='3' style='margin-top:14px'>"
            f"<tr>{head}</tr>{body}</table>"
        )

    def _totals(self, inv: Einvoice, rule: str) -> str:
        rows = [
            (self.tr("Total excl. VAT"), _money(inv.excl_vat_amount), False),
            (self.tr("VAT basis"), _money(inv.vat_basis_amount), False),
            (self.tr("VAT"), _money(inv.vat_amount), False),
            (self.tr("Total incl. VAT"), f"{_money(inv.incl_vat_amount)} {inv.currency}", True),
        ]
        html_rows = []
        for name, value, strong in rows:
            border = f"border-top:1px solid {rule};" if strong else ""
            name_html, value_html = _e(name), _e(value)
            if strong:
                name_html, value_html = f"<b>{name_html}</b>", f"<b>{value_html}</b>"
            html_rows.append(
                f"<tr><td width='50%'></td>"
                f"<td align='right' nowrap style='{border}white-space:nowrap'>{name_html}</td>"
                f"<td align='right' nowrap style='{border}white-space:nowrap;"
                f"padding-left:18px'>{value_html}</td></tr>"
            )
        return (
            "<table width='100%' cellspacing='0' cellpadding='2' style='margin-top:10px'>"
            + "".join(html_rows)
            + "</table>"
        )

    def _payment_means(self, pm: EinvoicePaymentMeans) -> str:
        rows = [f"<b>{_e(pm.payment_channel_description or pm.payment_channel_type)}</b>"]
        kind = pm.payment_channel_type.upper()
        if pm.account_number:
            if pm.branch_number:
                rows.append(_e(self.tr("Reg. no. {branch}  Account no. {account}").format(
                    branch=pm.branch_number, account=pm.account_number)))
            else:
                rows.append(_e(self.tr("Account {account}").format(account=pm.account_number)))
        if "FIK" in kind or (pm.instruction_id and pm.credit_account_account_id):
            code = f"+{pm.instruction_id or ''}<{pm.payment_id or ''}+"
            code += f"{pm.credit_account_account_id or ''}<"
            rows.append(_e(self.tr("Payment slip (FIK) {code}").format(code=code)))
        elif pm.payment_id:
            rows.append(_e(self.tr("Payment ID {id}").format(id=pm.payment_id)))
        if pm.payment_due_date:
            rows.append(_e(self.tr("Pay by {date}").format(date=_date_text(pm.payment_due_date))))
        if pm.payment_note:
            rows.append(_e(self.tr("Reference: {note}").format(note=pm.payment_note)))
        return "<br>".join(rows)

    def _payment(self, inv: Einvoice) -> str:
        if not inv.payment_means:
            return ""
        blocks = "<br><br>".join(self._payment_means(pm) for pm in inv.payment_means)
        heading = self.tr("Payment")
        return f"<p style='margin-top:14px'><b>{_e(heading)}</b><br>{blocks}</p>"
