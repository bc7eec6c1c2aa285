"""CustomerForm: the "New customer" dialog's rules, its POST body, and that whatever it
accepts the sandbox's request decoding accepts too."""

from __future__ import annotations

from dataclasses import fields, replace

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.api import codec
from app.customers import (
    CustomerForm,
    CustomerInvalid,
    Problem,
    gln_check_digit,
    normalize_cvr,
)
from app.isocodes import COUNTRY_CODES, CURRENCY_CODES
from app.sandbox.bodies import CustomerRequest, decode_body

COMPANY = 100000001

GOOD = CustomerForm(
    customer_name="Tømrer Jensen ApS",
    address1="Skovvej 3",
    zip_code="7100",
    city="Vejle",
    company_identifier="12345678",
)


def keys(form: CustomerForm) -> set[tuple[str, str]]:
    return {(p.field, p.key) for p in form.validate()}


def test_a_complete_business_customer_is_valid_and_sent_as_the_spec_says() -> None:
    assert GOOD.validate() == []
    customer = GOOD.to_customer(COMPANY)
    wire = msgspec.json.decode(codec.encode(customer))
    assert wire == {
        "companyXid": COMPANY,
        "xid": 0,
        "entityVersion": 0,
        "customerName": "Tømrer Jensen ApS",
        "currencyCode": "DKK",
        "address1": "Skovvej 3",
        "zipCode": "7100",
        "city": "Vejle",
        "countryCode": "DK",
        "languageCode": "DA",
        "privatePerson": False,
        "companyIdentifier": "12345678",
        "paymentTermsType": "NET",
        "paymentTermsDays": 14,
        "electronicInvoice": False,
    }


def test_the_empty_form_names_every_required_field() -> None:
    form = CustomerForm(currency_code="", country_code="")
    assert keys(form) == {
        ("customer_name", "required"),
        ("address1", "required"),
        ("zip_code", "required"),
        ("city", "required"),
        ("currency_code", "required"),
        ("country_code", "required"),
        ("company_identifier", "cvr_required"),
    }
    with pytest.raises(CustomerInvalid) as caught:
        form.to_customer(COMPANY)
    assert "Name is required." in str(caught.value)


def test_blank_text_counts_as_missing_and_texts_are_trimmed() -> None:
    assert ("customer_name", "required") in keys(replace(GOOD, customer_name="   "))
    customer = replace(GOOD, customer_name="  Jensen  ", city=" Vejle ").to_customer(COMPANY)
    assert customer.customer_name == "Jensen" and customer.city == "Vejle"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"customer_name": "x" * 151}, ("customer_name", "too_long")),
        ({"address1": "x" * 81}, ("address1", "too_long")),
        ({"zip_code": "12345678901"}, ("zip_code", "too_long")),
        ({"city": "x" * 81}, ("city", "too_long")),
        ({"phone": "1" * 21}, ("phone", "too_long")),
        ({"customer_number": "1" * 21}, ("customer_number", "too_long")),
        ({"invoice_att": "x" * 81}, ("invoice_att", "too_long")),
        ({"invoice_email": "a" * 50 + "@example.dk"}, ("invoice_email", "too_long")),
        ({"currency_code": "DK"}, ("currency_code", "currency_format")),
        ({"currency_code": "DKKR"}, ("currency_code", "currency_format")),
        ({"currency_code": "ABC"}, ("currency_code", "currency_unknown")),
        ({"country_code": "DNK"}, ("country_code", "country_format")),
        ({"country_code": "UK"}, ("country_code", "country_unknown")),
        ({"country_code": "D1"}, ("country_code", "country_format")),
        ({"language_code": "DE"}, ("language_code", "language")),
        ({"company_identifier": ""}, ("company_identifier", "cvr_required")),
        ({"company_identifier": "1234567"}, ("company_identifier", "cvr_digits")),
        ({"company_identifier": "SE556677889901"}, ("company_identifier", "cvr_digits")),
        ({"invoice_email": "bogholderi"}, ("invoice_email", "email")),
        ({"invoice_email": "a@b"}, ("invoice_email", "email")),
        ({"invoice_email": "a b@c.dk"}, ("invoice_email", "email")),
        ({"payment_terms_days": None}, ("payment_terms_days", "terms_days_missing")),
        ({"payment_terms_type": None}, ("payment_terms_type", "terms_type_missing")),
        ({"payment_terms_days": 366}, ("payment_terms_days", "terms_days_range")),
        ({"payment_terms_days": -1}, ("payment_terms_days", "terms_days_range")),
        ({"payment_terms_type": "SOON"}, ("payment_terms_type", "terms_type")),
    ],
)
def test_each_rule(change: dict[str, object], problem: tuple[str, str]) -> None:
    form = replace(GOOD, **change)  # type: ignore[arg-type]
    assert keys(form) == {problem}
    (found,) = form.validate()
    assert found.message.endswith(".")


def test_codes_are_taken_in_any_case() -> None:
    customer = replace(GOOD, currency_code="eur", country_code="de", company_identifier="DE1")
    assert customer.validate() == []
    sent = customer.to_customer(COMPANY)
    assert (sent.currency_code, sent.country_code) == ("EUR", "DE")


def test_a_foreign_business_needs_an_identifier_but_not_a_danish_cvr() -> None:
    sweden = replace(GOOD, country_code="SE", company_identifier="SE556677889901")
    assert sweden.validate() == []
    assert keys(replace(sweden, company_identifier="")) == {("company_identifier", "cvr_required")}


@pytest.mark.parametrize("typed", ["12345678", "DK12345678", "dk 12 34 56 78", "12.34.56.78"])
def test_a_danish_cvr_is_taken_as_typed_and_sent_as_8_digits(typed: str) -> None:
    form = replace(GOOD, company_identifier=typed)
    assert form.validate() == []
    assert form.to_customer(COMPANY).company_identifier == "12345678"


def test_a_private_person_needs_no_cvr_and_none_is_sent() -> None:
    private = replace(GOOD, private_person=True, company_identifier="")
    assert private.validate() == []
    left_over = replace(GOOD, private_person=True, company_identifier="not a cvr")
    assert left_over.validate() == []
    sent = left_over.to_customer(COMPANY)
    assert sent.private_person is True and sent.company_identifier is None


def test_no_payment_terms_at_all_is_fine_and_none_are_sent() -> None:
    form = replace(GOOD, payment_terms_type=None, payment_terms_days=None)
    assert form.validate() == []
    sent = form.to_customer(COMPANY)
    assert sent.payment_terms_type is None and sent.payment_terms_days is None


# --- e-invoicing ---------------------------------------------------------------------


def gln(first12: str) -> str:
    return first12 + str(gln_check_digit(first12))


EINVOICE = replace(
    GOOD,
    electronic_invoice=True,
    einvoice_destination_type="DK_GLN",
    einvoice_address=gln("579000000000"),
    payment_terms_days=30,
)


def test_an_e_invoice_customer_sends_type_and_address() -> None:
    assert EINVOICE.validate() == []
    sent = EINVOICE.to_customer(COMPANY)
    assert sent.electronic_invoice is True
    assert sent.electronic_invoice_destination_type == "DK_GLN"
    assert sent.electronic_invoice_address == gln("579000000000")
    assert sent.payment_terms_days == 30


def test_e_invoicing_needs_type_address_and_payment_days_together() -> None:
    bare = replace(
        GOOD,
        electronic_invoice=True,
        payment_terms_type=None,
        payment_terms_days=None,
    )
    assert keys(bare) == {
        ("payment_terms_days", "einvoice_terms"),
        ("einvoice_destination_type", "einvoice_type_missing"),
        ("einvoice_address", "einvoice_address_missing"),
    }
    assert keys(replace(EINVOICE, einvoice_address="")) == {
        ("einvoice_address", "einvoice_address_missing")
    }
    assert keys(replace(EINVOICE, einvoice_destination_type=None)) == {
        ("einvoice_destination_type", "einvoice_type_missing")
    }


def test_e_invoice_fields_are_not_sent_when_e_invoicing_is_off() -> None:
    off = replace(EINVOICE, electronic_invoice=False, einvoice_address="rubbish")
    assert off.validate() == []
    sent = off.to_customer(COMPANY)
    assert sent.electronic_invoice is False
    assert sent.electronic_invoice_destination_type is None
    assert sent.electronic_invoice_address is None


@pytest.mark.parametrize(
    ("kind", "address", "expected"),
    [
        ("DK_GLN", gln("579000000000"), None),
        ("DK_GLN", "5790 0000 0000 " + gln("579000000000")[-1], None),
        ("DK_GLN", "579000000000", "gln_digits"),
        ("DK_GLN", "579000000000" + str((gln_check_digit("579000000000") + 1) % 10), "gln_check"),
        ("DK_CVR", "DK12345678", None),
        ("DK_CVR", "12345678", None),
        ("DK_CVR", "DK1234567", "einvoice_cvr"),
        ("DK_PNUMMER", "1012345678", None),
        ("DK_PNUMMER", "101234567", "pnummer_digits"),
        ("DK_SENUMMER", "12345678", None),
        ("DK_SENUMMER", "1234567X", "senummer_digits"),
        ("PEPPOL", "0184:12345678", None),
        ("PEPPOL", "12345678", "peppol"),
        ("PEPPOL", "0088:579000000000", "too_long"),
    ],
)
def test_e_invoice_address_forms(kind: str, address: str, expected: str | None) -> None:
    form = replace(EINVOICE, einvoice_destination_type=kind, einvoice_address=address)
    assert keys(form) == (set() if expected is None else {("einvoice_address", expected)})


def test_a_cvr_e_invoice_address_is_sent_with_dk() -> None:
    form = replace(EINVOICE, einvoice_destination_type="DK_CVR", einvoice_address="12 34 56 78")
    assert form.to_customer(COMPANY).electronic_invoice_address == "DK12345678"


def test_normalize_cvr_leaves_what_is_not_a_cvr() -> None:
    assert normalize_cvr(" DK-12 34 56 78 ") == "12345678"
    assert normalize_cvr("SE556677889901") == "SE556677889901"
    assert normalize_cvr("١٢٣٤٥٦٧٨") == "١٢٣٤٥٦٧٨"  # Arabic-Indic digits are not a CVR


def test_the_code_lists() -> None:
    assert len(COUNTRY_CODES) == 250  # 249 ISO 3166-1 codes and XK
    assert {"DK", "SE", "NO", "DE", "GB", "GL", "FO", "US"} <= COUNTRY_CODES
    assert {"DKK", "EUR", "SEK", "NOK", "USD", "GBP", "ISK"} <= CURRENCY_CODES
    assert not {"UK", "EU", "EL"} & COUNTRY_CODES


# --- properties ----------------------------------------------------------------------

_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30)
_name = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Z")),
    min_size=1,
    max_size=40,
)


@st.composite
def valid_forms(draw: st.DrawFn) -> CustomerForm:
    private = draw(st.booleans())
    country = draw(st.sampled_from(sorted(COUNTRY_CODES)))
    if private:
        identifier = ""
    elif country == "DK":
        identifier = draw(st.from_regex(r"\A[0-9]{8}\Z"))
    else:
        identifier = draw(st.from_regex(r"\A[A-Z0-9]{1,20}\Z"))
    terms = draw(st.sampled_from(["RUNNING_MONTH", "NET", "NET_CASH", "ALREADY_PAID", None]))
    days = None if terms is None else draw(st.integers(0, 365))
    einvoice = terms is not None and draw(st.booleans())
    kind = draw(st.sampled_from(["DK_GLN", "DK_CVR", "DK_PNUMMER", "DK_SENUMMER", "PEPPOL"]))
    address = {
        "DK_GLN": gln(draw(st.from_regex(r"\A[0-9]{12}\Z"))),
        "DK_CVR": "DK" + draw(st.from_regex(r"\A[0-9]{8}\Z")),
        "DK_PNUMMER": draw(st.from_regex(r"\A[0-9]{10}\Z")),
        "DK_SENUMMER": draw(st.from_regex(r"\A[0-9]{8}\Z")),
        "PEPPOL": draw(st.from_regex(r"\A[0-9]{4}:[A-Za-z0-9]{1,10}\Z")),
    }[kind]
    return CustomerForm(
        customer_name=draw(_name),
        currency_code=draw(st.sampled_from(sorted(CURRENCY_CODES))),
        address1=draw(_name),
        zip_code=draw(st.from_regex(r"\A[0-9A-Z]{1,8}\Z")),
        city=draw(_name),
        country_code=country,
        language_code=draw(st.sampled_from(["DA", "EN"])),
        private_person=private,
        company_identifier=identifier,
        phone=draw(st.from_regex(r"\A[0-9 +]{0,20}\Z")),
        invoice_email=draw(st.sampled_from(["", "faktura@example.dk", "a.b@c.co.uk"])),
        payment_terms_type=terms,
        payment_terms_days=days,
        electronic_invoice=einvoice,
        einvoice_destination_type=kind if einvoice else None,
        einvoice_address=address if einvoice else "",
    )


@settings(max_examples=200, deadline=None)
@given(valid_forms())
def test_every_valid_form_is_a_body_the_sandbox_decodes(form: CustomerForm) -> None:
    assert form.validate() == []
    body = codec.encode(form.to_customer(COMPANY))
    decoded = decode_body(body, CustomerRequest)  # raises (a 400) on anything off-spec
    assert decoded.xid == 0 and decoded.company_xid == COMPANY
    assert decoded.customer_name == form.customer_name.strip()
    if decoded.electronic_invoice:  # the spec's "required if electronicInvoice is true"
        assert decoded.payment_terms_days is not None
        assert decoded.electronic_invoice_destination_type is not None
        assert decoded.electronic_invoice_address


_FIELDS = {f.name for f in fields(CustomerForm)}


@settings(max_examples=300, deadline=None)
@given(
    st.builds(
        CustomerForm,
        customer_name=_text,
        currency_code=_text,
        address1=_text,
        zip_code=_text,
        city=_text,
        country_code=_text,
        language_code=_text,
        private_person=st.booleans(),
        company_identifier=_text,
        invoice_email=_text,
        payment_terms_type=st.one_of(st.none(), _text),
        payment_terms_days=st.one_of(st.none(), st.integers(-1000, 1000)),
        electronic_invoice=st.booleans(),
        einvoice_destination_type=st.one_of(st.none(), _text),
        einvoice_address=_text,
    )
)
def test_any_input_gives_problems_or_a_decodable_body(form: CustomerForm) -> None:
    problems = form.validate()
    assert all(isinstance(p, Problem) and p.field in _FIELDS and p.message for p in problems)
    if problems:
        with pytest.raises(CustomerInvalid):
            form.to_customer(COMPANY)
    else:
        decode_body(codec.encode(form.to_customer(COMPANY)), CustomerRequest)
