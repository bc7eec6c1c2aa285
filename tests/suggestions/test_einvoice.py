"""Suggestions from e-invoices are exact: every field as the e-invoice states it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import msgspec
import pytest

from app.api.codec import decode, encode
from app.api.models import Einvoice
from app.suggestions import Field, Source, suggest_from_einvoice
from app.suggestions.einvoice import einvoice_cvr
from tests.suggestions.corpus import demo_seed

EINVOICES = [f for f in demo_seed().files if f.einvoice is not None]


@pytest.mark.parametrize("file", EINVOICES, ids=[f.file_name for f in EINVOICES])
def test_demo_einvoices_exact(file: object) -> None:
    from app.sandbox.seeddata import SeedFile

    assert isinstance(file, SeedFile) and file.einvoice is not None and file.truth
    einvoice = decode(encode(file.einvoice), Einvoice)
    s = suggest_from_einvoice(einvoice)
    truth = file.truth
    assert s.document_date is not None and s.document_date.value == truth.document_date
    assert s.total is not None and s.total.value == truth.total_incl_vat
    assert s.vat is not None and s.vat.value == truth.vat_amount
    assert s.supplier_cvr is not None and s.supplier_cvr.value == truth.supplier_cvr
    assert s.supplier_name is not None and s.supplier_name.value == truth.supplier_name
    assert s.due_date is not None
    assert s.due_date.value == date.fromisoformat(file.einvoice["dueDate"])
    assert s.currency is not None and s.currency.value == file.einvoice["currency"]
    for suggestion in s.all():
        assert suggestion.confidence == 1.0
        assert suggestion.source is Source.EINVOICE
        assert suggestion.boxes == ()
    assert [x.field for x in s.all()][:3] == [Field.DOCUMENT_DATE, Field.TOTAL, Field.VAT]


def _einvoice(**changes: object) -> Einvoice:
    base = decode(encode(EINVOICES[0].einvoice), Einvoice)
    return msgspec.structs.replace(base, **changes)


def test_due_date_from_payment_means_when_the_invoice_has_none() -> None:
    einvoice = _einvoice(due_date=None)
    s = suggest_from_einvoice(einvoice)
    assert s.due_date is not None
    assert s.due_date.value == date.fromisoformat(einvoice.payment_means[0].payment_due_date)


def test_unreadable_dates_are_left_out() -> None:
    s = suggest_from_einvoice(_einvoice(document_date="not a date", due_date="",
                                        payment_means=[]))
    assert s.document_date is None and s.due_date is None
    assert s.total is not None


@pytest.mark.parametrize(("legal", "scheme", "endpoint", "cvr"), [
    ("DK12345674", "DK:CVR", "DK12345674", "12345674"),
    ("12345674", "GLN", "5790000000000", "12345674"),
    (None, "DK:CVR", "DK12345674", "12345674"),
    (None, "0184", "12345674", "12345674"),
    (None, "GLN", "5792375650892", None),
    ("SE556677889901", "0007", "5566778899", None),
    ("DK01234567", "DK:CVR", "DK01234567", None),
])
def test_cvr_of_a_party(legal: str | None, scheme: str, endpoint: str, cvr: str | None) -> None:
    party = msgspec.structs.replace(_einvoice().accounting_supplier,
                                    legal_entity_identifier=legal, endpoint_scheme=scheme,
                                    endpoint_id=endpoint)
    assert einvoice_cvr(party) == cvr


def test_amounts_are_amounts() -> None:
    s = suggest_from_einvoice(_einvoice())
    assert s.total is not None and isinstance(s.total.value, Decimal)
    assert s.net is not None and s.total.value - s.net.value == s.vat.value  # type: ignore[union-attr]
