"""Customers, invoices, sales, products, bank and options."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import msgspec
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from app.api.amounts import format_amount
from app.isocodes import COUNTRY_CODES, CURRENCY_CODES
from app.sandbox.bodies import CustomerRequest, InvoiceRequest, SalesRequest
from app.sandbox.errors import bad_request, not_found
from app.sandbox.http import (
    authenticate,
    context,
    json_response,
    path_int,
    query_date,
    read_body,
    require_company,
)
from app.sandbox.qrcodes import mobilepay_qr_png_base64
from app.sandbox.seeddata import JsonObject
from app.sandbox.units import unit_codes, units_of_measure
from app.sandbox.validation import danish_amount, iso_date, required_text

__all__ = ["routes"]

_CUSTOMER_REQUIRED_TEXT = ("customerName", "address1", "zipCode", "city")


# --- customers -----------------------------------------------------------------------------


async def customers(request: Request) -> Response:
    owner = authenticate(request)
    company_xid = path_int(request, "companyXid")
    require_company(request, owner, company_xid)
    return json_response({"customers": context(request).store.customers(company_xid)})


async def create_customer(request: Request) -> Response:
    owner = authenticate(request)
    body = await read_body(request, CustomerRequest)
    if body.xid:
        raise bad_request("xid must be 0 for a new customer (updating customers is not supported)")
    data: JsonObject = msgspec.to_builtins(body)
    for field in _CUSTOMER_REQUIRED_TEXT:
        data[field] = required_text(field, data[field]).strip()
    # the spec: "The currency code (ISO 4217)"; countries are ISO 3166-1 alpha-2 ("DK")
    if body.currency_code not in CURRENCY_CODES:
        raise bad_request(f"currencyCode: {body.currency_code!r} is not an ISO 4217 currency code")
    if body.country_code not in COUNTRY_CODES:
        raise bad_request(f"countryCode: {body.country_code!r} is not an ISO 3166 country code")
    if body.electronic_invoice:
        missing = [
            name
            for name, value in (
                ("paymentTermsDays", body.payment_terms_days),
                ("electronicInvoiceDestinationType", body.electronic_invoice_destination_type),
                ("electronicInvoiceAddress", body.electronic_invoice_address),
            )
            if value is None or value == ""
        ]
        if missing:
            raise bad_request(
                "electronicInvoice is true, so these are required: " + ", ".join(missing)
            )
    if body.payment_terms_days is not None and not 0 <= body.payment_terms_days <= 365:
        raise bad_request("paymentTermsDays must be between 0 and 365")
    require_company(request, owner, body.company_xid)
    data.pop("xid", None)
    data.pop("entityVersion", None)
    xid = context(request).store.add_customer(body.company_xid, data)
    return json_response({"xid": xid})


# --- invoices and sales --------------------------------------------------------------------


async def create_invoice(request: Request) -> Response:
    owner = authenticate(request)
    body = await read_body(request, InvoiceRequest)
    if body.invoice_xid:
        raise bad_request("invoiceXid must be 0 for a new invoice")
    date_text = body.date if body.date is not None else body.invoice_date
    invoice_date = iso_date("date", date_text) if date_text else None
    if not body.lines:
        raise bad_request("lines: an invoice needs at least one line")
    require_company(request, owner, body.company_xid)
    store = context(request).store
    company_xid = body.company_xid
    if store.customer(company_xid, body.customer_xid) is None:
        raise bad_request(
            f"customerXid: customer {body.customer_xid} does not exist in company {company_xid}"
        )
    codes = unit_codes()
    lines: list[JsonObject] = []
    total = Decimal(0)
    for index, line in enumerate(body.lines):
        where = f"lines[{index}]"
        wire: JsonObject = msgspec.to_builtins(line)
        product: JsonObject | None = None
        if line.product_xid is not None:
            product = store.product(company_xid, line.product_xid)
            if product is None:
                raise bad_request(f"{where}.productXid: product {line.product_xid} does not exist")
            wire.setdefault("productTypeXid", product.get("productTypeXid"))
            wire.setdefault("lineText", product.get("productName"))
            wire.setdefault("unitOfMeasureCode", product.get("unitOfMeasureCode"))
            prices = product.get("prices") or []
            if prices and isinstance(prices[0], dict) and "priceEach" not in wire:
                wire["priceEach"] = prices[0].get("price")
        units = _optional_amount(f"{where}.numberOfUnits", wire.get("numberOfUnits"))
        price = _optional_amount(f"{where}.priceEach", wire.get("priceEach"))
        if "amount" in wire:
            amount = danish_amount(f"{where}.amount", wire["amount"])
        elif price is not None:
            amount = price * (units if units is not None else Decimal(1))
        else:
            raise bad_request(f"{where}.amount is required")
        wire["amount"] = format_amount(amount)
        text = wire.get("lineText")
        if not isinstance(text, str) or not text.strip():
            raise bad_request(f"{where}.lineText is required")
        type_xid = wire.get("productTypeXid")
        if not isinstance(type_xid, int) or store.product_type(company_xid, type_xid) is None:
            raise bad_request(f"{where}.productTypeXid: no such product type in this company")
        code = wire.get("unitOfMeasureCode")
        if code is not None and code not in codes:
            raise bad_request(f"{where}.unitOfMeasureCode: unknown unit {str(code)[:20]!r}")
        total += amount
        lines.append(wire)
    data: JsonObject = msgspec.to_builtins(body)
    data.pop("invoiceDate", None)
    data["date"] = (invoice_date or store.today()).isoformat()
    data["lines"] = lines
    data["totalExclVat"] = format_amount(total)
    xid = store.add_invoice(company_xid, data)
    return json_response({"xid": xid})


def _optional_amount(field: str, value: object) -> Decimal | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise bad_request(f"{field}: expected a Danish amount string")
    return danish_amount(field, value)


async def create_sale(request: Request) -> Response:
    owner = authenticate(request)
    body = await read_body(request, SalesRequest)
    amount = danish_amount("amount", body.amount)
    if amount <= 0:
        raise bad_request("amount must be positive")
    require_company(request, owner, body.company_xid)
    store = context(request).store
    if store.customer(body.company_xid, body.customer_xid) is None:
        raise bad_request(
            f"customerXid: customer {body.customer_xid} does not exist in company"
            f" {body.company_xid}"
        )
    data: JsonObject = msgspec.to_builtins(body)
    data["amount"] = format_amount(amount)
    sale_xid = store.add_sale(body.company_xid, data)
    qr = (
        mobilepay_qr_png_base64(sale_xid, amount, body.comment)
        if body.generate_mobile_pay_qr_code
        else ""
    )
    return json_response({"companyXid": body.company_xid, "saleXid": sale_xid, "qrCodeBase64": qr})


# --- products ------------------------------------------------------------------------------


async def product_types(request: Request) -> Response:
    owner = authenticate(request)
    company_xid = path_int(request, "companyXid")
    require_company(request, owner, company_xid)
    return json_response({"ptList": context(request).store.product_types(company_xid)})


async def products(request: Request) -> Response:
    owner = authenticate(request)
    company_xid = path_int(request, "companyXid")
    require_company(request, owner, company_xid)
    return json_response({"productList": context(request).store.products(company_xid)})


# --- bank ----------------------------------------------------------------------------------


async def bank_accounts(request: Request) -> Response:
    owner = authenticate(request)
    company_xid = path_int(request, "companyXid")
    require_company(request, owner, company_xid)
    return json_response({"accounts": context(request).store.bank_accounts(company_xid)})


def _month_before(day: date) -> date:
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    for candidate in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=candidate)
        except ValueError:
            continue
    return day - timedelta(days=30)  # pragma: no cover - day 28 always exists


async def bank_postings(request: Request) -> Response:
    owner = authenticate(request)
    company_xid = path_int(request, "companyXid")
    account_xid = path_int(request, "bankAccountXid")
    first = query_date(request, "fromDateIncl")
    last = query_date(request, "toDateIncl")
    require_company(request, owner, company_xid)
    store = context(request).store
    if first is not None and last is not None and first > last:
        raise bad_request("fromDateIncl is after toDateIncl")
    today = store.today()
    last = last or today
    first = first or _month_before(today)  # the spec: "defaults to one month ago"
    if not store.has_bank_account(company_xid, account_xid):
        raise not_found(f"Bank account {account_xid} does not exist in company {company_xid}")
    return json_response({"bpList": store.bank_postings(account_xid, first, last)})


async def bank_balances(request: Request) -> Response:
    owner = authenticate(request)
    company_xid = path_int(request, "companyXid")
    require_company(request, owner, company_xid)
    return json_response({"bbList": context(request).store.bank_balances(company_xid)})


# --- options -------------------------------------------------------------------------------


async def units(request: Request) -> Response:
    authenticate(request)
    language = str(request.path_params.get("language", ""))
    listed = units_of_measure(language)
    if listed is None:
        raise bad_request(f"language must be 'da' or 'en', not {language[:20]!r}")
    return json_response({"uomList": listed})


routes = [
    Route("/customers/{companyXid}", customers, methods=["GET"]),
    Route("/customers", create_customer, methods=["POST"]),
    Route("/invoices", create_invoice, methods=["POST"]),
    Route("/sales", create_sale, methods=["POST"]),
    Route("/productTypes/{companyXid}", product_types, methods=["GET"]),
    Route("/products/{companyXid}", products, methods=["GET"]),
    Route("/bankAccounts/{companyXid}", bank_accounts, methods=["GET"]),
    Route("/bankPostings/{companyXid}/{bankAccountXid}", bank_postings, methods=["GET"]),
    Route("/bankBalances/{companyXid}", bank_balances, methods=["GET"]),
    Route("/unitsOfMeasure/{language}", units, methods=["GET"]),
]
