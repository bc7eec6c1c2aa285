"""A new customer as the "New customer" dialog edits it, checked like the spec's Customer.

    form = CustomerForm(customer_name="Tømrer Jensen ApS", address1="Skovvej 3",
                        zip_code="7100", city="Vejle", company_identifier="12345678")
    problems = form.validate()          # [] when it may be sent
    customer = form.to_customer(company_xid)   # an app.api.models.Customer, xid 0

The rules are the spec's Customer schema (required fields, maxLength, enums, "required if
electronicInvoice is true"), ISO 4217 currencies and ISO 3166-1 countries, and what a
Danish bookkeeper expects on top: a business customer has a company identifier (a CVR
number of 8 digits for a Danish one), payment terms come as a type with its days, an
e-invoice needs its destination type and an address of the form that type uses
(GLN 13 digits, CVR "DK" + 8 digits, P-number 10 digits, SE number 8 digits, Peppol
"0184:12345678"), and an invoice e-mail looks like an e-mail address. The sandbox's
POST /customers refuses at least what the spec states; this form refuses no less.

Each ``Problem`` names the form field, a stable ``key`` the interface translates (with
``params``), and an English ``message``.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass, fields, replace
from typing import Final, Protocol, cast, get_args

from app.api import models
from app.isocodes import COUNTRY_CODES, CURRENCY_CODES

__all__ = [
    "DESTINATION_TYPES",
    "LANGUAGES",
    "MAX_LENGTHS",
    "MAX_PAYMENT_DAYS",
    "PAYMENT_TERMS_TYPES",
    "CustomerForm",
    "CustomerInvalid",
    "Problem",
    "customer_haystack",
    "fold",
    "gln_check_digit",
    "matches",
    "may_create_customers",
    "normalize_cvr",
]

LANGUAGES: Final[tuple[str, ...]] = get_args(models.LanguageCode)
PAYMENT_TERMS_TYPES: Final[tuple[str, ...]] = get_args(models.PaymentTermsType)
DESTINATION_TYPES: Final[tuple[str, ...]] = get_args(models.ElectronicInvoiceDestinationType)
MAX_PAYMENT_DAYS: Final = 365  # what the sandbox (and any sane invoice) allows

# The spec's maxLength of each text field, by form field name.
MAX_LENGTHS: Final[dict[str, int]] = {
    "customer_name": 150,
    "customer_number": 20,
    "company_identifier": 20,
    "address1": 80,
    "address2": 80,
    "address3": 80,
    "zip_code": 10,
    "city": 80,
    "country_code": 2,
    "phone": 20,
    "invoice_att": 80,
    "invoice_email": 60,
    "currency_code": 3,
    "einvoice_address": 15,
}

REQUIRED: Final[tuple[str, ...]] = ("customer_name", "address1", "zip_code", "city")

_CODES = {"currency_code", "country_code", "language_code"}
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_PEPPOL = re.compile(r"[0-9]{4}:[A-Za-z0-9][A-Za-z0-9._:-]*")
_CVR_FILL = re.compile(r"[\s.-]")


@dataclass(frozen=True)
class Problem:
    """One reason the form cannot be sent."""

    field: str  # a CustomerForm field name
    key: str  # e.g. "required", "too_long", "cvr_digits": what the interface translates
    message: str  # the same in English
    params: dict[str, str | int] = dataclasses.field(default_factory=dict, compare=False)


class CustomerInvalid(ValueError):
    """``to_customer`` on a form with problems."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


def normalize_cvr(text: str) -> str:
    """A Danish CVR number as typed ("DK 12 34 56 78", "12345678") -> "12345678";
    anything else is returned stripped, unchanged."""
    compact = _CVR_FILL.sub("", text.strip())
    if compact[:2].upper() == "DK":
        compact = compact[2:]
    return compact if compact.isascii() and compact.isdigit() else text.strip()


def gln_check_digit(first12: str) -> int:
    """The GS1 check digit of a 13-digit GLN's first 12 digits."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return -total % 10


def _digits(text: str, count: int) -> bool:
    return len(text) == count and text.isascii() and text.isdigit()


@dataclass(frozen=True)
class CustomerForm:
    """What the "New customer" dialog edits; texts as typed (``normalized`` tidies them)."""

    customer_name: str = ""
    currency_code: str = "DKK"
    address1: str = ""
    zip_code: str = ""
    city: str = ""
    country_code: str = "DK"
    language_code: str = "DA"
    private_person: bool = False
    company_identifier: str = ""
    customer_number: str = ""
    address2: str = ""
    address3: str = ""
    phone: str = ""
    invoice_att: str = ""
    invoice_email: str = ""
    payment_terms_type: str | None = "NET"
    payment_terms_days: int | None = 14
    electronic_invoice: bool = False
    einvoice_destination_type: str | None = None
    einvoice_address: str = ""

    # --- tidying ---------------------------------------------------------------------

    def normalized(self) -> CustomerForm:
        """Texts stripped, codes in capitals, a Danish CVR as 8 digits, a DK_CVR e-invoice
        address as "DK" + 8 digits."""
        changes: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                value = value.strip()
                if f.name in _CODES:
                    value = value.upper()
                changes[f.name] = value
        form = replace(self, **changes)  # type: ignore[arg-type]
        if not form.private_person and form.country_code == "DK":
            form = replace(form, company_identifier=normalize_cvr(form.company_identifier))
        if form.einvoice_destination_type == "DK_CVR":
            cvr = normalize_cvr(form.einvoice_address)
            if _digits(cvr, 8):
                form = replace(form, einvoice_address="DK" + cvr)
        elif form.einvoice_destination_type in ("DK_GLN", "DK_PNUMMER", "DK_SENUMMER"):
            form = replace(form, einvoice_address=re.sub(r"\s", "", form.einvoice_address))
        return form

    # --- checking --------------------------------------------------------------------

    def validate(self) -> list[Problem]:
        """Every problem (grouped by rule); [] when it may be sent."""
        form = self.normalized()
        problems: list[Problem] = []

        def add(name: str, key: str, message: str, **params: str | int) -> None:
            problems.append(Problem(name, key, message, dict(params)))

        for name in REQUIRED:
            if not getattr(form, name):
                add(name, "required", f"{_LABELS[name]} is required.")
        for name, limit in MAX_LENGTHS.items():
            value = getattr(form, name)
            if name in _CODES:
                continue  # a code's length is part of its format, checked below
            if len(value) > limit and not (name == "company_identifier" and form.private_person):
                add(
                    name,
                    "too_long",
                    f"{_LABELS[name]} can be at most {limit} characters.",
                    limit=limit,
                )

        if not form.currency_code:
            add("currency_code", "required", "Currency is required.")
        elif not re.fullmatch(r"[A-Z]{3}", form.currency_code):
            add("currency_code", "currency_format", "Currency must be a 3-letter code such as DKK.")
        elif form.currency_code not in CURRENCY_CODES:
            add(
                "currency_code",
                "currency_unknown",
                f"{form.currency_code} is not an ISO 4217 currency code.",
                code=form.currency_code,
            )

        if not form.country_code:
            add("country_code", "required", "Country is required.")
        elif not re.fullmatch(r"[A-Z]{2}", form.country_code):
            add("country_code", "country_format", "Country must be a 2-letter code such as DK.")
        elif form.country_code not in COUNTRY_CODES:
            add(
                "country_code",
                "country_unknown",
                f"{form.country_code} is not an ISO 3166 country code.",
                code=form.country_code,
            )

        if form.language_code not in LANGUAGES:
            add("language_code", "language", "Language must be Danish (DA) or English (EN).")

        if not form.private_person:
            identifier = form.company_identifier
            if not identifier:
                add(
                    "company_identifier",
                    "cvr_required",
                    "A business customer needs a CVR or VAT number.",
                )
            elif form.country_code == "DK" and not _digits(identifier, 8):
                add(
                    "company_identifier",
                    "cvr_digits",
                    "A Danish CVR number has 8 digits.",
                )

        if form.invoice_email and not _EMAIL.fullmatch(form.invoice_email):
            add(
                "invoice_email",
                "email",
                "The invoice e-mail is not an e-mail address (name@example.dk).",
            )

        self._check_terms(form, add)
        self._check_einvoice(form, add)
        return problems

    @staticmethod
    def _check_terms(form: CustomerForm, add: _Add) -> None:
        kind, days = form.payment_terms_type, form.payment_terms_days
        if kind is not None and kind not in PAYMENT_TERMS_TYPES:
            add("payment_terms_type", "terms_type", f"Unknown payment terms {kind!r}.")
        if kind is not None and days is None:
            add("payment_terms_days", "terms_days_missing", "Payment terms need a number of days.")
        elif kind is None and days is not None:
            add("payment_terms_type", "terms_type_missing", "Choose the kind of payment terms.")
        if days is not None and not 0 <= days <= MAX_PAYMENT_DAYS:
            add(
                "payment_terms_days",
                "terms_days_range",
                f"Payment days must be between 0 and {MAX_PAYMENT_DAYS}.",
                limit=MAX_PAYMENT_DAYS,
            )

    @staticmethod
    def _check_einvoice(form: CustomerForm, add: _Add) -> None:
        if not form.electronic_invoice:
            return
        if form.payment_terms_days is None:
            add(
                "payment_terms_days",
                "einvoice_terms",
                "E-invoices need payment terms (a number of days).",
            )
        kind, address = form.einvoice_destination_type, form.einvoice_address
        if kind is None:
            add(
                "einvoice_destination_type",
                "einvoice_type_missing",
                "Choose where e-invoices are sent (GLN, CVR, P-number, SE number or Peppol).",
            )
        elif kind not in DESTINATION_TYPES:
            add("einvoice_destination_type", "einvoice_type", f"Unknown e-invoice type {kind!r}.")
        if not address:
            add(
                "einvoice_address", "einvoice_address_missing", "The e-invoice address is required."
            )
            return
        if kind == "DK_GLN":
            if not _digits(address, 13):
                add("einvoice_address", "gln_digits", "A GLN (EAN) number has 13 digits.")
            elif int(address[12]) != gln_check_digit(address[:12]):
                add(
                    "einvoice_address",
                    "gln_check",
                    "This GLN (EAN) number has a wrong check digit: check it for typos.",
                )
        elif kind == "DK_CVR":
            if not (address.startswith("DK") and _digits(address[2:], 8)):
                add(
                    "einvoice_address",
                    "einvoice_cvr",
                    "An e-invoice CVR address is a CVR number of 8 digits (DK12345678).",
                )
        elif kind == "DK_PNUMMER":
            if not _digits(address, 10):
                add("einvoice_address", "pnummer_digits", "A P-number has 10 digits.")
        elif kind == "DK_SENUMMER":
            if not _digits(address, 8):
                add("einvoice_address", "senummer_digits", "An SE number has 8 digits.")
        elif kind == "PEPPOL" and not _PEPPOL.fullmatch(address):
            add(
                "einvoice_address",
                "peppol",
                "A Peppol address is a 4-digit scheme, a colon and the id (0184:12345678).",
            )

    # --- sending ---------------------------------------------------------------------

    def to_customer(self, company_xid: int) -> models.Customer:
        """The POST /customers body: xid 0 and entityVersion 0 (a new customer), empty
        optional texts left out. Raises ``CustomerInvalid`` when ``validate`` finds problems."""
        problems = self.validate()
        if problems:
            raise CustomerInvalid(problems)
        form = self.normalized()
        einvoice = form.electronic_invoice
        has_terms = form.payment_terms_type is not None
        return models.Customer(
            company_xid=company_xid,
            xid=0,
            entity_version=0,
            customer_name=form.customer_name,
            currency_code=form.currency_code,
            address1=form.address1,
            zip_code=form.zip_code,
            city=form.city,
            country_code=form.country_code,
            language_code="EN" if form.language_code == "EN" else "DA",
            customer_number=form.customer_number or None,
            private_person=form.private_person,
            company_identifier=(None if form.private_person else form.company_identifier or None),
            address2=form.address2 or None,
            address3=form.address3 or None,
            phone=form.phone or None,
            invoice_att=form.invoice_att or None,
            invoice_email=form.invoice_email or None,
            payment_terms_type=_terms_type(form.payment_terms_type) if has_terms else None,
            payment_terms_days=form.payment_terms_days if has_terms else None,
            electronic_invoice=einvoice,
            electronic_invoice_destination_type=(
                _destination(form.einvoice_destination_type) if einvoice else None
            ),
            electronic_invoice_address=form.einvoice_address if einvoice else None,
        )


class _Add(Protocol):
    """The ``add`` callback: add(field, key, message, **params)."""

    def __call__(self, name: str, key: str, message: str, **params: str | int) -> None: ...


def _terms_type(value: str | None) -> models.PaymentTermsType | None:
    return cast(models.PaymentTermsType, value) if value in PAYMENT_TERMS_TYPES else None


def _destination(value: str | None) -> models.ElectronicInvoiceDestinationType | None:
    if value in DESTINATION_TYPES:
        return cast(models.ElectronicInvoiceDestinationType, value)
    return None


_LABELS: Final[dict[str, str]] = {
    "customer_name": "Name",
    "customer_number": "Customer number",
    "company_identifier": "CVR / VAT number",
    "address1": "Address",
    "address2": "Address line 2",
    "address3": "Address line 3",
    "zip_code": "Postcode",
    "city": "City",
    "country_code": "Country",
    "phone": "Phone",
    "invoice_att": "Attention",
    "invoice_email": "Invoice e-mail",
    "currency_code": "Currency",
    "einvoice_address": "E-invoice address",
}


# --- listing -------------------------------------------------------------------------

_FOLD = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l", "ı": "i", "œ": "oe"})


def fold(text: str) -> str:
    """``text`` for searching: case and accents ignored ("Østergaard" -> "ostergaard",
    "Café" -> "cafe"), runs of white space as one space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())


def matches(haystack: str, query: str) -> bool:
    """Whether every word of ``query`` occurs in ``haystack`` (both as ``fold`` makes
    them; the haystack folded once in advance)."""
    return all(word in haystack for word in fold(query).split())


def customer_haystack(customer: models.Customer) -> str:
    """What the customer list's search looks in: name, number, CVR, city, e-mail."""
    parts = (
        customer.customer_name,
        customer.customer_number or "",
        customer.company_identifier or "",
        customer.city,
        customer.invoice_email or "",
    )
    return fold(" \n ".join(parts))


def may_create_customers(company: models.CompanyAndAccess | None) -> bool:
    """Whether the interface offers "New customer" in ``company``.

    The API has no permission flag of its own for customers; the sandbox lets anyone with
    access to the company POST /customers. The client asks for ``allow_documents_add``,
    the flag the API uses for creating things in a company (uploads, suggested
    registrations): a user who may only look at a company's documents (an auditor) is
    not offered to add customers to it either."""
    return company is not None and company.allow_documents_add
