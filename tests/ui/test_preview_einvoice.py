"""The e-invoice as a readable document, from its data alone."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.api.amounts import Amount
from app.api.models import (
    Einvoice,
    EinvoiceAdditionalDocument,
    EinvoiceLine,
    EinvoiceParty,
    EinvoicePaymentMeans,
)
from ui import formatting
from ui.preview_einvoice import EinvoiceView, endpoint_label, quantity_text


def _party(name: str, scheme: str, ident: str) -> EinvoiceParty:
    return EinvoiceParty(name=name, endpoint_scheme=scheme, endpoint_id=ident,
                         address_format_code="StructuredDK", street_name="Havnegade",
                         building_number="3", city_name="Odense C", postal_zone="5000",
                         country_code="DK")


def _einvoice(**kw: Any) -> Einvoice:
    values: dict[str, Any] = {
        "invoice": False, "credit_note": True, "number": "KN-17", "document_date": "2026-05-02",
        "currency": "DKK", "excl_vat_amount": Amount("-1000.00"),
        "vat_basis_amount": Amount("-1000.00"), "vat_amount": Amount("-250.00"),
        "incl_vat_amount": Amount("-1250.00"),
        "accepted_application_response_sent": False,
        "rejected_application_response_sent": False,
        "accounting_supplier": _party("Fyns <Kaffe> & Te", "GLN", "5790001234567"),
        "accounting_customer": _party("Café Ø", "DK:CVR", "DK43012800"),
        "lines": [EinvoiceLine(id="1", item_name="Returneret kaffe", unit_code="KGM",
                               quantity="-2,50", item_price=Amount("400.00"),
                               line_extension_amount=Amount("-1000.00"),
                               tax_percent="25,00", note="Forkert mølning")],
        "payment_means": [EinvoicePaymentMeans(
            payment_channel_type="DK:FIK", payment_channel_description="Indbetalingskort",
            payment_due_date="2026-05-16", instruction_id="71", payment_id="000000012345678",
            credit_account_account_id="87654321")],
        "additional_documents": [EinvoiceAdditionalDocument(index=0, name="bilag.pdf",
                                                            file_attachment=True)],
    }
    values.update(kw)
    return Einvoice(**values)


def test_helpers() -> None:
    assert quantity_text("2,00") == "2"
    assert quantity_text("1,50") == "1,5"
    assert quantity_text("1.234,00") == "1234"
    assert quantity_text("pose") == "pose"
    assert endpoint_label("DK:CVR", "DK34197598") == "CVR 34197598"
    assert endpoint_label("0088", "5790001234567") == "GLN 5790001234567"
    assert endpoint_label("9999", "X1") == "9999 X1"


def test_credit_note_document(qtbot: Any) -> None:
    view = EinvoiceView()
    qtbot.addWidget(view)
    view.set_einvoice(_einvoice())
    text = view.toPlainText()
    assert "Credit note KN-17" in text
    assert "Fyns <Kaffe> & Te" in text  # escaped, shown as written
    assert "GLN 5790001234567" in text and "CVR 43012800" in text
    assert "Returneret kaffe" in text and "Forkert mølning" in text
    assert "-2,5" in text and "kg" in text and "25 %" in text
    assert formatting.format_amount(Decimal("-1250")) + " DKK" in text
    assert "+71<000000012345678+87654321<" in text
    assert "bilag.pdf" in text
    view.set_einvoice(None)
    assert view.toPlainText() == ""
