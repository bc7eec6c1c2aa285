"""Suggestions from a structured e-invoice (OIOUBL / PEPPOL): exact, confidence 1.

An e-invoice states what a PDF only shows: supplier name and CVR, document date, total
including VAT, VAT amount, due date and currency are taken as they are. A credit note's
amounts are given as the e-invoice writes them (positive); the form decides the sign.
"""

from __future__ import annotations

import re
from datetime import date

from app.api.amounts import Amount
from app.api.models import Einvoice, EinvoiceParty
from app.suggestions.model import Field, Source, Suggestion, Suggestions

__all__ = ["einvoice_cvr", "suggest_from_einvoice"]

# Endpoint schemes whose identifier is a Danish CVR number.
_CVR_SCHEMES = {"dk:cvr", "0184", "9902"}


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def einvoice_cvr(party: EinvoiceParty) -> str | None:
    """The party's CVR number: its legal entity id ("DK12345678" or "12345678"), or its
    endpoint when that is a CVR scheme; None for other identifiers (GLN, foreign VAT)."""
    candidates = [party.legal_entity_identifier]
    if party.endpoint_scheme.strip().lower() in _CVR_SCHEMES:
        candidates.append(party.endpoint_id)
    for candidate in candidates:
        if not candidate:
            continue
        match = re.fullmatch(r"(?:DK)?[\s-]?(\d{8})", candidate.strip(), re.IGNORECASE)
        if match and match.group(1)[0] != "0":
            return match.group(1)
    return None


def suggest_from_einvoice(einvoice: Einvoice) -> Suggestions:
    """Everything the e-invoice says that the registration form takes."""
    supplier = einvoice.accounting_supplier
    document_date = _date(einvoice.document_date)
    due = _date(einvoice.due_date)
    if due is None:
        due = next((d for d in (_date(p.payment_due_date) for p in einvoice.payment_means)
                    if d is not None), None)
    cvr = einvoice_cvr(supplier)
    name = supplier.name.strip()
    currency = einvoice.currency.strip().upper()
    return Suggestions(
        document_date=(Suggestion(Field.DOCUMENT_DATE, document_date, 1.0,
                                  source=Source.EINVOICE) if document_date else None),
        due_date=Suggestion(Field.DUE_DATE, due, 1.0, source=Source.EINVOICE) if due else None,
        total=Suggestion(Field.TOTAL, Amount(einvoice.incl_vat_amount), 1.0,
                         source=Source.EINVOICE),
        vat=Suggestion(Field.VAT, Amount(einvoice.vat_amount), 1.0, source=Source.EINVOICE),
        net=Suggestion(Field.NET, Amount(einvoice.excl_vat_amount), 1.0,
                       source=Source.EINVOICE),
        currency=(Suggestion(Field.CURRENCY, currency, 1.0, source=Source.EINVOICE)
                  if currency else None),
        supplier_cvr=(Suggestion(Field.SUPPLIER_CVR, cvr, 1.0, source=Source.EINVOICE)
                      if cvr else None),
        supplier_name=(Suggestion(Field.SUPPLIER_NAME, name, 1.0, source=Source.EINVOICE)
                       if name else None),
    )
