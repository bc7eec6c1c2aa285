"""Every operation of the spec through the client, against the demo sandbox over HTTP."""

from __future__ import annotations

import base64
import hashlib
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.api import ApiClient, errors, models
from app.api.amounts import Amount
from app.api.wire import vendor_today

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


async def _main_company(api: ApiClient) -> models.CompanyAndAccess:
    companies = await api.companies()
    company = companies.default_company()
    assert company is not None
    return company


async def _upload(api: ApiClient, company: int, body: bytes, *, hidden: bool, name: str) -> int:
    meta = models.FileUploadMeta(
        company_xid=company,
        content_type="application/pdf",
        file_name=f"{name}.pdf",
        friendly_filename=name,
        date=date(2026, 11, 2),
        keep_hidden_until_registration=hidden,
    )
    return await api.upload_file(meta, body)


async def test_user_and_access_request(api: ApiClient) -> None:
    user = await api.get_user()
    assert user.user_name == "demo@example.dk"
    assert user.real_name
    code = await api.access_request()
    assert code and code == await api.access_request()  # stable per user


async def test_companies_start_on_last_company_and_carry_permissions(api: ApiClient) -> None:
    companies = await api.companies()
    assert len(companies.companies_and_access_list) >= 3
    assert companies.default_company() is not None
    assert companies.default_company().xid == companies.last_companies[0]  # type: ignore[union-attr]
    flags = {
        (c.allow_documents_add, c.allow_documents_edit) for c in companies.companies_and_access_list
    }
    assert (False, False) in flags and (True, True) in flags


async def test_inbox_pages_through_every_file_without_duplicates(api: ApiClient) -> None:
    company = await _main_company(api)
    pages = [page async for page in api.iter_archive_files(company.xid, page_size=7)]
    xids = [line.xid for page in pages for line in page]
    assert len(pages) > 5
    assert len(xids) == len(set(xids)) >= 60
    assert all(len(page) == 7 for page in pages[:-1])
    first = pages[0][0]
    assert (
        isinstance(first.date, date) and first.name and len(first.timestamp_last_update or "") == 23
    )


async def test_archive_file_body_and_metadata(api: ApiClient) -> None:
    company = await _main_company(api)
    first_page = await api.archive_files(company.xid, 100)
    lines = first_page.archive_files_list
    fetched = [await api.archive_file(company.xid, line.xid) for line in lines[:20]]
    kinds = {f.content_type for f in fetched}
    assert "application/pdf" in kinds
    pdf = next(f for f in fetched if f.content_type == "application/pdf")
    assert pdf.body.startswith(b"%PDF")
    assert pdf.file_body_base64 == ""  # decoded, not kept twice
    bare = await api.archive_file(company.xid, pdf.archive_file_xid, omit_body=True)
    assert bare.body == b"" and bare.friendly_filename == pdf.friendly_filename


async def test_einvoice_amounts_are_decimals(api: ApiClient) -> None:
    company = await _main_company(api)
    found = None
    async for page in api.iter_archive_files(company.xid, page_size=200):
        for line in page:
            f = await api.archive_file(company.xid, line.xid, omit_body=True)
            if f.einvoice is not None:
                found = f.einvoice
                break
        if found:
            break
    assert found is not None, "the demo seed has e-invoices"
    assert isinstance(found.incl_vat_amount, Decimal)
    assert found.incl_vat_amount == found.excl_vat_amount + found.vat_amount
    assert found.accounting_supplier.name and found.lines


async def test_upload_visible_edit_comment_and_delete(api: ApiClient, tmp_path: Path) -> None:
    company = await _main_company(api)
    source = tmp_path / "kvittering.pdf"
    source.write_bytes(PDF + b"%" + b"x" * 3_000_000)
    seen: list[tuple[int, int]] = []
    meta = models.FileUploadMeta(
        company_xid=company.xid,
        content_type="application/pdf",
        file_name=source.name,
        friendly_filename="Kvittering æøå",
        date=date(2026, 11, 3),
        keep_hidden_until_registration=False,
    )
    xid = await api.upload_file(
        meta, source, progress=lambda sent, total: seen.append((sent, total))
    )
    assert seen[-1] == (source.stat().st_size, source.stat().st_size)
    assert [s for s, _ in seen] == sorted(s for s, _ in seen)
    newest = (await api.archive_files(company.xid, 5)).archive_files_list
    assert newest[0].xid == xid and newest[0].name == "Kvittering æøå"
    stored = await api.archive_file(company.xid, xid)
    assert hashlib.sha256(stored.body).digest() == hashlib.sha256(source.read_bytes()).digest()

    await api.update_archive_file(
        company.xid, xid, date=date(2026, 10, 31), friendly_filename="Omdøbt", comment="Tjek moms"
    )
    edited = await api.archive_file(company.xid, xid, omit_body=True)
    assert edited.friendly_filename == "Omdøbt" and edited.date == date(2026, 10, 31)
    assert edited.comments[-1].comment == "Tjek moms"
    assert edited.comments[-1].user_name == "demo@example.dk"

    await api.delete_archive_file(company.xid, xid)
    with pytest.raises(errors.NotFound):
        await api.archive_file(company.xid, xid, omit_body=True)
    with pytest.raises(errors.NotFound):
        await api.delete_archive_file(company.xid, xid)


async def test_hidden_upload_appears_once_registered_and_is_then_delete_protected(
    api: ApiClient,
) -> None:
    company = await _main_company(api)
    hidden = await _upload(api, company.xid, PDF, hidden=True, name="Skjult bilag")
    listed = {line.xid for line in (await api.archive_files(company.xid, 50)).archive_files_list}
    assert hidden not in listed
    registration = models.Registration(
        company_xid=company.xid,
        date=date(2026, 11, 2),
        description="Kontorartikler",
        debit_creditlines=[
            models.DebitCreditLine(
                account_number="2800", vat_code="DKI25", amount=Amount("1234.56")
            ),
            models.DebitCreditLine(account_number="5820", amount=Amount("-1234.56")),
        ],
        files_to_attach_xids=[models.EntityIdentification(xid=hidden)],
    )
    reg_xid = await api.create_suggested_registration(registration)
    assert reg_xid > 0
    listed = {line.xid for line in (await api.archive_files(company.xid, 50)).archive_files_list}
    assert hidden in listed
    with pytest.raises(errors.Conflict):
        await api.delete_archive_file(company.xid, hidden)


async def test_registration_refuses_a_fourth_file_before_sending(api: ApiClient) -> None:
    company = await _main_company(api)
    reg = models.Registration(
        company_xid=company.xid,
        date=date(2026, 11, 2),
        description="x",
        files_to_attach_xids=[models.EntityIdentification(xid=i) for i in range(4)],
    )
    with pytest.raises(ValueError, match="at most 3"):
        await api.create_suggested_registration(reg)


async def test_server_validation_message_reaches_the_caller(api: ApiClient) -> None:
    company = await _main_company(api)
    reg = models.Registration(
        company_xid=company.xid,
        date=date(2026, 11, 2),
        description="Ukendt bilag",
        files_to_attach_xids=[models.EntityIdentification(xid=999_999_999)],
    )
    with pytest.raises(errors.InvalidRequest) as caught:
        await api.create_suggested_registration(reg)
    assert caught.value.status == 400 and caught.value.message


async def test_forbidden_where_the_company_does_not_allow_adding(api: ApiClient) -> None:
    companies = await api.companies()
    locked = next(c for c in companies.companies_and_access_list if not c.allow_documents_add)
    with pytest.raises(errors.Forbidden):
        await _upload(api, locked.xid, PDF, hidden=False, name="Nej")


async def test_customers_list_and_create(api: ApiClient) -> None:
    company = await _main_company(api)
    before = await api.customers(company.xid)
    assert before and all(c.company_xid == company.xid for c in before)
    new = models.Customer(
        company_xid=company.xid,
        xid=0,
        entity_version=0,
        customer_name="Bager Hansen ApS",
        currency_code="DKK",
        address1="Algade 1",
        zip_code="4000",
        city="Roskilde",
        country_code="DK",
        language_code="DA",
        company_identifier="12345678",
        payment_terms_type="NET",
        payment_terms_days=14,
    )
    xid = await api.create_customer(new)
    after = await api.customers(company.xid)
    assert any(c.xid == xid and c.customer_name == "Bager Hansen ApS" for c in after)


async def test_products_invoice_and_sale(api: ApiClient) -> None:
    company = await _main_company(api)
    types = await api.product_types(company.xid)
    products = await api.products(company.xid)
    assert types and products
    assert isinstance(products[0].prices[0].price, Decimal)
    customer = (await api.customers(company.xid))[0]
    invoice = models.Invoice(
        company_xid=company.xid,
        invoice_xid=0,
        customer_xid=customer.xid,
        date=date.today(),
        title="Rådgivning november",
        lines=[
            models.InvoiceLine(
                line_no=0,
                line_text="Timer",
                amount=Amount("2500"),
                product_type_xid=types[0].product_type_xid,
            )
        ],
    )
    assert await api.create_invoice(invoice) > 0
    sale = await api.create_sales(
        models.SalesRequest(
            company_xid=company.xid,
            customer_xid=customer.xid,
            amount=Amount("149.95"),
            generate_mobile_pay_qr_code=True,
        )
    )
    assert sale.sale_xid > 0
    assert base64.b64decode(sale.qr_code_base64).startswith(b"\x89PNG")


async def test_bank_accounts_postings_and_balances(api: ApiClient) -> None:
    company = await _main_company(api)
    accounts = await api.bank_accounts(company.xid)
    assert accounts
    default = await api.bank_postings(company.xid, accounts[0].xid)
    today = vendor_today()  # the server's "last month" ends on its own today
    assert all(today - timedelta(days=32) <= p.bank_date <= today for p in default)
    year = await api.bank_postings(
        company.xid, accounts[0].xid, from_date=today - timedelta(days=365), to_date=today
    )
    assert len(year) > len(default) > 0
    assert any(p.bank_amount is not None and p.bank_amount < 0 for p in year)
    balances = await api.bank_balances(company.xid)
    assert balances and isinstance(balances[0].balance_amount, Decimal)


async def test_units_of_measure_in_both_languages(api: ApiClient) -> None:
    da = {u.uom_code: u for u in await api.units_of_measure("da")}
    en = {u.uom_code: u for u in await api.units_of_measure("en")}
    assert "EA" in da and "EA" in en
    assert da["EA"].singularis != en["EA"].singularis


async def test_create_and_delete_a_user(sandbox: Any, make_api: Any) -> None:
    client: ApiClient = make_api(sandbox.base_url)
    created = await client.create_user("Ny.Bruger@Example.dk", "hemmeligt-1")
    assert created.code_for_access_request
    assert (await client.get_user()).user_name == "ny.bruger@example.dk"
    assert (await client.companies()).companies_and_access_list == []
    with pytest.raises(errors.Conflict):
        await make_api(sandbox.base_url).create_user("ny.bruger@example.dk", "x")
    await client.delete_user()
    assert not client.session.signed_in
    with pytest.raises(errors.LoginFailed):
        await make_api(sandbox.base_url).login("ny.bruger@example.dk", "hemmeligt-1")
