"""Request bodies of the Public Client API as msgspec types (strict JSON decoding).

Field names are the spec's camelCase; optional fields accept null as "absent". Unknown
fields are ignored. Length limits are the spec's ``maxLength``; integers are int64 or
int32 as the spec says. Rules msgspec cannot express are checked in the route handlers.
"""

from __future__ import annotations

from typing import Annotated, Literal, TypeVar

import msgspec

from app.sandbox.errors import bad_request
from app.sandbox.validation import INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN

__all__ = [
    "ArchiveFileUpdate",
    "CreateUserRequest",
    "CustomerRequest",
    "DebitCreditLine",
    "EntityIdentification",
    "FileUpload",
    "InvalidateOrExpireTokensRequest",
    "InvoiceLineRequest",
    "InvoiceRequest",
    "LoginRequest",
    "RecognizedText",
    "RefreshTokenRequest",
    "RegistrationRequest",
    "SalesRequest",
    "decode_body",
]

Int64 = Annotated[int, msgspec.Meta(ge=INT64_MIN, le=INT64_MAX)]
Int32 = Annotated[int, msgspec.Meta(ge=INT32_MIN, le=INT32_MAX)]


Text10 = Annotated[str, msgspec.Meta(max_length=10)]
Text15 = Annotated[str, msgspec.Meta(max_length=15)]
Text20 = Annotated[str, msgspec.Meta(max_length=20)]
Text60 = Annotated[str, msgspec.Meta(max_length=60)]
Text80 = Annotated[str, msgspec.Meta(max_length=80)]
Text100 = Annotated[str, msgspec.Meta(max_length=100)]
Text150 = Annotated[str, msgspec.Meta(max_length=150)]
Text250 = Annotated[str, msgspec.Meta(max_length=250)]
Text1000 = Annotated[str, msgspec.Meta(max_length=1000)]
Text1200 = Annotated[str, msgspec.Meta(max_length=1200)]
Text4000 = Annotated[str, msgspec.Meta(max_length=4000)]
CurrencyCode = Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{3}$")]
CountryCode = Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{2}$")]
LanguageCode = Literal["DA", "EN"]
PaymentTermsType = Literal["RUNNING_MONTH", "NET", "NET_CASH", "ALREADY_PAID"]
DestinationType = Literal["DK_GLN", "DK_CVR", "DK_PNUMMER", "DK_SENUMMER", "PEPPOL"]


class _Body(msgspec.Struct, rename="camel", kw_only=True, omit_defaults=True):
    pass


class LoginRequest(_Body, kw_only=True):
    user_name: str
    password: str


class RefreshTokenRequest(_Body, kw_only=True):
    refresh_token: str


class InvalidateOrExpireTokensRequest(_Body, kw_only=True):
    apply_to_all_tokens_by_user: bool
    invalidate_now: bool
    expire_access_token_now: bool
    expire_refresh_token_now: bool


class CreateUserRequest(_Body, kw_only=True):
    user_name: str
    password: Text1000


class ArchiveFileUpdate(_Body, kw_only=True):
    date: str
    friendly_filename: Text250
    comment: Text1000 | None = None


class RecognizedText(_Body, kw_only=True):
    x_position: float
    y_position: float
    width: float | None = None
    height: float | None = None
    confidence: float | None = None
    text: Text4000


class FileUpload(_Body, kw_only=True):
    company_xid: Int64
    file_body_base64: str
    content_type: Text150 | None = None
    file_name: Text250 | None = None
    friendly_filename: Text250 | None = None
    date: str | None = None
    keep_hidden_until_registration: bool | None = None
    comment: Text1000 | None = None
    recognized_text_elements: list[RecognizedText] | None = None


class EntityIdentification(_Body, kw_only=True):
    xid: Int64


class DebitCreditLine(_Body, kw_only=True):
    account_number: Text20
    vat_code: Text20 | None = None
    amount: Text100


class RegistrationRequest(_Body, kw_only=True):
    company_xid: Int64
    date: str
    description: Text4000
    supplier_xid: Int64 | None = None
    customer_xid: Int64 | None = None
    debit_creditlines: list[DebitCreditLine] | None = None
    files_to_attach_xids: list[EntityIdentification] | None = None


class CustomerRequest(_Body, kw_only=True):
    company_xid: Int64
    xid: Int64 | None = None
    entity_version: Int64 | None = None
    customer_name: Text150
    customer_number: Text20 | None = None
    private_person: bool | None = None
    company_identifier: Text20 | None = None
    address1: Text80
    address2: Text80 | None = None
    address3: Text80 | None = None
    zip_code: Text10
    city: Text80
    country_code: CountryCode
    phone: Text20 | None = None
    invoice_att: Text80 | None = None
    invoice_email: Text60 | None = None
    currency_code: CurrencyCode
    language_code: LanguageCode
    payment_terms_type: PaymentTermsType | None = None
    payment_terms_days: Int32 | None = None
    electronic_invoice: bool | None = None
    electronic_invoice_destination_type: DestinationType | None = None
    electronic_invoice_address: Text15 | None = None


class InvoiceLineRequest(_Body, kw_only=True):
    line_no: Int32
    product_xid: Int64 | None = None
    line_text: Text100 | None = None
    line_note: Text1200 | None = None
    number_of_units: Text100 | None = None
    unit_of_measure_code: Text20 | None = None
    price_each: Text100 | None = None
    amount: Text100 | None = None
    product_type_xid: Int64 | None = None


class InvoiceRequest(_Body, kw_only=True):
    company_xid: Int64
    invoice_xid: Int64 | None = None
    customer_xid: Int64
    date: str | None = None
    invoice_date: str | None = None
    title: Text100 | None = None
    credit_note: bool | None = None
    offer: bool | None = None
    lines_have_product_id: bool | None = None
    lines_have_number_and_price_each: bool | None = None
    reverse_charge: bool | None = None
    lines: list[InvoiceLineRequest]


class SalesRequest(_Body, kw_only=True):
    company_xid: Int64
    customer_xid: Int64
    amount: Text100
    comment: Text1000 | None = None
    generate_mobile_pay_qr_code: bool | None = None


T = TypeVar("T", bound=_Body)

_decoders: dict[type[_Body], msgspec.json.Decoder[_Body]] = {}


def decode_body(body: bytes, kind: type[T]) -> T:
    """Decode a request body as ``kind``; any problem is a 400 with msgspec's message."""
    if not body.strip():
        raise bad_request("The request body must be a JSON object")
    decoder = _decoders.get(kind)
    if decoder is None:
        decoder = _decoders[kind] = msgspec.json.Decoder(kind)
    try:
        value = decoder.decode(body)
    except msgspec.ValidationError as exc:
        raise bad_request(f"Invalid request body: {exc}") from None
    except msgspec.DecodeError as exc:
        raise bad_request(f"The request body is not valid JSON: {exc}") from None
    except RecursionError:
        raise bad_request("The request body is nested too deeply") from None
    assert isinstance(value, kind)
    return value
