"""Typed models of the spec's schemas.

Python names in code, the spec's camelCase names on the wire (msgspec renames them).
Money is ``Amount`` (a Decimal) in code and a Danish string on the wire; ISO dates are
``datetime.date``; the vendor's 23-character timestamps stay text (see ``wire``).
Unknown fields from the server are ignored, missing required ones are a ProtocolError.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import msgspec

from app.api.amounts import Amount

LanguageCode = Literal["DA", "EN"]
PaymentTermsType = Literal["RUNNING_MONTH", "NET", "NET_CASH", "ALREADY_PAID"]
ElectronicInvoiceDestinationType = Literal[
    "DK_GLN", "DK_CVR", "DK_PNUMMER", "DK_SENUMMER", "PEPPOL"
]


class Model(msgspec.Struct, rename="camel", omit_defaults=True, kw_only=True):
    """Base of every wire model."""


# --- user and tokens ---------------------------------------------------------------


class LoginRequest(Model):
    user_name: str
    password: str

    def __repr__(self) -> str:  # never show the password
        return f"LoginRequest(user_name={self.user_name!r}, password=***)"


class RefreshTokenRequest(Model):
    refresh_token: str

    def __repr__(self) -> str:
        return "RefreshTokenRequest(refresh_token=***)"


class TokenResponse(Model):
    token: str
    token_expires: str
    refresh_token: str

    def __repr__(self) -> str:
        return f"TokenResponse(token=***, token_expires={self.token_expires!r}, refresh_token=***)"


class CreateUserRequest(Model):
    user_name: str
    password: str

    def __repr__(self) -> str:
        return f"CreateUserRequest(user_name={self.user_name!r}, password=***)"


class CreateUserResponse(Model):
    token_response: TokenResponse
    code_for_access_request: str


class InvalidateOrExpireTokensRequest(Model):
    apply_to_all_tokens_by_user: bool
    invalidate_now: bool
    expire_access_token_now: bool
    expire_refresh_token_now: bool


class InvalidateOrExpireTokensResponse(Model):
    tokens_affected: int


class AccessRequestResponse(Model):
    access_request_code: str


class BaseUserData(Model):
    user_name: str | None = None
    real_name: str | None = None
    administrator_xid: int | None = None
    administrator_name: str | None = None
    administrator_role: str | None = None


# --- companies ---------------------------------------------------------------------


class CompanyAndAccess(Model):
    xid: int
    name: str
    cvr: str
    allow_documents_add: bool
    allow_documents_edit: bool
    allow_documents_view: bool


class CompaniesAndAccess(Model):
    companies_and_access_list: list[CompanyAndAccess]
    last_companies: list[int]

    def default_company(self) -> CompanyAndAccess | None:
        """The company to open: lastCompanies[0] if the user still has it, else the first."""
        by_xid = {c.xid: c for c in self.companies_and_access_list}
        for xid in self.last_companies:
            if xid in by_xid:
                return by_xid[xid]
        return self.companies_and_access_list[0] if self.companies_and_access_list else None


class EntityIdentification(Model):
    xid: int


# --- archive -----------------------------------------------------------------------


class ArchiveFileLine(Model):
    xid: int
    id: int
    date: dt.date | None = None
    name: str | None = None
    timestamp_last_update: str | None = None


class ArchiveFiles(Model):
    archive_files_list: list[ArchiveFileLine]
    continuation_token: str | None = None


class ArchiveFileComment(Model):
    date_time: str
    user_name: str
    comment: str
    real_name: str | None = None
    user_initials: str | None = None


class EinvoiceParty(Model):
    name: str
    endpoint_scheme: str
    endpoint_id: str
    address_format_code: str
    street_name: str
    city_name: str
    postal_zone: str
    country_code: str
    legal_entity_identifier: str | None = None
    building_number: str | None = None
    contact: str | None = None


class EinvoiceLine(Model):
    id: str
    item_name: str
    unit_code: str
    quantity: str
    item_price: Amount
    line_extension_amount: Amount
    note: str | None = None
    tax_scheme_name: str | None = None
    tax_percent: str | None = None
    tax_amount: Amount | None = None


class EinvoicePaymentMeans(Model):
    payment_channel_type: str
    payment_channel_description: str
    payment_due_date: str
    payment_note: str | None = None
    branch_number: str | None = None
    account_number: str | None = None
    instruction_id: str | None = None
    payment_id: str | None = None
    credit_account_account_id: str | None = None


class EinvoiceAdditionalDocument(Model):
    index: int
    name: str
    file_attachment: bool
    mime_code: str | None = None


class Einvoice(Model):
    invoice: bool
    credit_note: bool
    number: str
    document_date: str
    currency: str
    excl_vat_amount: Amount
    vat_basis_amount: Amount
    vat_amount: Amount
    incl_vat_amount: Amount
    accepted_application_response_sent: bool
    rejected_application_response_sent: bool
    accounting_supplier: EinvoiceParty
    accounting_customer: EinvoiceParty
    lines: list[EinvoiceLine]
    payment_means: list[EinvoicePaymentMeans]
    additional_documents: list[EinvoiceAdditionalDocument]
    delivery_date: str | None = None
    order_reference_id: str | None = None
    note: str | None = None
    due_date: str | None = None
    uses_application_response: bool | None = None


class ArchiveFile(Model):
    """One archive file. ``body`` holds the decoded bytes (empty when omitted)."""

    company_xid: int
    archive_file_xid: int
    date: dt.date
    content_type: str
    file_name: str
    friendly_filename: str
    file_body_base64: str = ""
    plain_text: str | None = None
    einvoice: Einvoice | None = None
    comments: list[ArchiveFileComment] = msgspec.field(default_factory=list)
    body: bytes = msgspec.field(default=b"", name="__body__")

    def __repr__(self) -> str:  # never print a file body
        return (
            f"ArchiveFile(xid={self.archive_file_xid}, name={self.friendly_filename!r}, "
            f"type={self.content_type!r}, bytes={len(self.body)})"
        )


class ArchiveFileUpdate(msgspec.Struct, rename="camel", kw_only=True):
    """PUT body; ``comment`` is sent as null when there is no new comment (as the spec asks)."""

    date: dt.date
    friendly_filename: str
    comment: str | None = None


class RecognizedText(Model):
    x_position: float
    y_position: float
    text: str
    width: float | None = None
    height: float | None = None
    confidence: float | None = None


class FileUploadMeta(Model):
    """Everything of a FileUpload but the body, which is streamed separately."""

    company_xid: int
    content_type: str | None = None
    file_name: str | None = None
    friendly_filename: str | None = None
    date: dt.date | None = None
    keep_hidden_until_registration: bool = True
    comment: str | None = None
    recognized_text_elements: list[RecognizedText] | None = None


# --- registrations ----------------------------------------------------------------


class DebitCreditLine(Model):
    account_number: str
    amount: Amount
    vat_code: str | None = None


class Registration(Model):
    company_xid: int
    date: dt.date
    description: str
    supplier_xid: int | None = None
    customer_xid: int | None = None
    debit_creditlines: list[DebitCreditLine] = msgspec.field(default_factory=list)
    files_to_attach_xids: list[EntityIdentification] = msgspec.field(default_factory=list)


# --- customers, invoices, sales ----------------------------------------------------


class Customer(Model):
    company_xid: int
    xid: int
    entity_version: int
    customer_name: str
    currency_code: str
    address1: str
    zip_code: str
    city: str
    country_code: str
    language_code: LanguageCode
    customer_number: str | None = None
    private_person: bool | None = None
    company_identifier: str | None = None
    address2: str | None = None
    address3: str | None = None
    phone: str | None = None
    invoice_att: str | None = None
    invoice_email: str | None = None
    payment_terms_type: PaymentTermsType | None = None
    payment_terms_days: int | None = None
    electronic_invoice: bool | None = None
    electronic_invoice_destination_type: ElectronicInvoiceDestinationType | None = None
    electronic_invoice_address: str | None = None


class CustomerList(Model):
    customers: list[Customer] = msgspec.field(default_factory=list)


class InvoiceLine(Model):
    line_no: int
    line_text: str
    amount: Amount
    product_type_xid: int
    product_xid: int | None = None
    line_note: str | None = None
    number_of_units: Amount | None = None
    unit_of_measure_code: str | None = None
    price_each: Amount | None = None


class Invoice(Model):
    """A draft offer, invoice or credit note.

    The spec lists ``invoiceDate`` as required but describes the field as ``date``; both
    are sent with the same value so either reading of the contract is satisfied.
    """

    company_xid: int
    invoice_xid: int
    customer_xid: int
    lines: list[InvoiceLine]
    date: dt.date
    invoice_date: dt.date | None = None
    title: str | None = None
    credit_note: bool = False
    offer: bool = False
    lines_have_product_id: bool = False
    lines_have_number_and_price_each: bool = False
    reverse_charge: bool = False

    def __post_init__(self) -> None:
        if self.invoice_date is None:
            self.invoice_date = self.date


class SalesRequest(Model):
    company_xid: int
    customer_xid: int
    amount: Amount
    comment: str | None = None
    generate_mobile_pay_qr_code: bool = False


class SalesResponse(Model):
    company_xid: int
    sale_xid: int
    qr_code_base64: str


# --- bank --------------------------------------------------------------------------


class BankAccount(Model):
    xid: int
    name: str
    currency: str
    banks_identification: str | None = None


class BankAccounts(Model):
    accounts: list[BankAccount] = msgspec.field(default_factory=list)


class BankPosting(Model):
    xid: int
    bank_date: dt.date
    bank_text: str
    bank_amount: Amount | None = None
    extra_bank_text: str | None = None
    user_note: str | None = None
    external_ref: str | None = None


class BankPostings(Model):
    bp_list: list[BankPosting]


class BankBalance(Model):
    bank_account_xid: int
    bank_account_name: str
    balance_type: str
    balance_amount: Amount
    currency: str
    bban: str | None = None
    iban: str | None = None
    timestamp: str | None = None


class BankBalances(Model):
    bb_list: list[BankBalance]


# --- products and options ----------------------------------------------------------


class ProductType(Model):
    product_type_xid: int
    type_name: str


class ProductTypes(Model):
    pt_list: list[ProductType]


class PriceAndCurrency(Model):
    price: Amount
    currency_code: str


class Product(Model):
    product_xid: int
    product_type_xid: int
    product_name: str
    unit_of_measure_code: str
    prices: list[PriceAndCurrency]
    product_id: str | None = None
    description: str | None = None


class Products(Model):
    product_list: list[Product]


class UnitOfMeasure(Model):
    uom_code: str
    singularis: str
    pluralis: str


class UnitsOfMeasure(Model):
    uom_list: list[UnitOfMeasure]
