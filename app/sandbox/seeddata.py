"""What a seed hands the sandbox store: plain data, no SQL, no HTTP.

Wire-shaped parts (e-invoices, customers, products) are kept as the JSON objects the API
returns, with the spec's camelCase names, so the store can serve them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

JsonObject = dict[str, Any]


@dataclass(frozen=True)
class SeedUser:
    user_name: str
    password: str
    real_name: str
    administrator_xid: int | None = None
    administrator_name: str | None = None
    administrator_role: str | None = None
    access_request_code: str = "ABC123"


@dataclass(frozen=True)
class SeedCompany:
    xid: int
    name: str
    cvr: str
    allow_documents_add: bool = True
    allow_documents_edit: bool = True
    allow_documents_view: bool = True


@dataclass(frozen=True)
class SeedComment:
    date_time: datetime
    user_name: str
    comment: str
    real_name: str | None = None
    user_initials: str | None = None


@dataclass(frozen=True)
class SeedTruth:
    """What a careful reader finds on the document (for suggestion accuracy tests)."""

    document_date: date | None = None
    total_incl_vat: Decimal | None = None
    vat_amount: Decimal | None = None
    supplier_name: str | None = None
    supplier_cvr: str | None = None


@dataclass(frozen=True)
class SeedFile:
    company_xid: int
    content_type: str
    file_name: str
    friendly_filename: str
    date: date
    body: bytes
    plain_text: str | None = None
    einvoice: JsonObject | None = None
    comments: tuple[SeedComment, ...] = ()
    hidden: bool = False
    truth: SeedTruth | None = None


@dataclass(frozen=True)
class SeedBankAccount:
    xid: int
    company_xid: int
    name: str
    currency: str = "DKK"
    banks_identification: str | None = None
    bban: str | None = None
    iban: str | None = None


@dataclass(frozen=True)
class SeedBankPosting:
    bank_account_xid: int
    bank_date: date
    bank_text: str
    bank_amount: Decimal
    extra_bank_text: str | None = None
    user_note: str | None = None
    external_ref: str | None = None


@dataclass(frozen=True)
class SeedBankBalance:
    bank_account_xid: int
    balance_type: str
    balance_amount: Decimal
    currency: str
    timestamp: datetime


@dataclass
class SeedData:
    users: list[SeedUser] = field(default_factory=list)
    companies: list[SeedCompany] = field(default_factory=list)
    # user_name -> company xids the user may see, in the order of lastCompanies
    access: dict[str, list[int]] = field(default_factory=dict)
    last_companies: dict[str, list[int]] = field(default_factory=dict)
    files: list[SeedFile] = field(default_factory=list)
    # customers / product types / products as wire objects (camelCase), each with companyXid
    customers: list[JsonObject] = field(default_factory=list)
    product_types: list[tuple[int, JsonObject]] = field(default_factory=list)
    products: list[tuple[int, JsonObject]] = field(default_factory=list)
    bank_accounts: list[SeedBankAccount] = field(default_factory=list)
    bank_postings: list[SeedBankPosting] = field(default_factory=list)
    bank_balances: list[SeedBankBalance] = field(default_factory=list)
