"""The sandbox seeds: what a user of the demo would notice if it were wrong.

The documents are opened the way the client will open them (PyMuPDF, Pillow), the
e-invoices are checked against the vendor's spec, and the bank postings against the
receipts they are meant to match.
"""

from __future__ import annotations

import io
import os
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf
import pytest
import yaml
from PIL import Image, ImageOps

from app.api.amounts import format_amount, parse_amount
from app.sandbox.seed import build_seed
from app.sandbox.seeddata import SeedData, SeedFile

TODAY = date(2026, 11, 24)
MAIN, CAFE, HOLM = 100000001, 100000002, 100000003
DEMO_USER, NO_ACCESS_USER = "demo@example.dk", "ingen@example.dk"

MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
             "september", "oktober", "november", "december")  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo() -> SeedData:
    return build_seed("demo", TODAY)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    path = Path(os.environ.get("MR_API_SPEC", REPO.parent / "shared/api/public-client-api-v1.yaml"))
    if not path.is_file():
        pytest.skip(f"API spec not found at {path} (set MR_API_SPEC)")
    schemas: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))["components"]["schemas"]
    return schemas


def main_files(seed: SeedData, content_type: str | None = None) -> list[SeedFile]:
    return [
        f
        for f in seed.files
        if f.company_xid == MAIN and (content_type is None or f.content_type == content_type)
    ]


def amount_forms(value: Decimal) -> set[str]:
    """How a total may be printed: Danish/German, English, French."""
    en = f"{value:,.2f}"
    return {format_amount(value), en, en.replace(",", " ").replace(".", ",")}


def date_forms(d: date) -> set[str]:
    return {
        d.strftime("%d.%m.%Y"),
        d.strftime("%d-%m-%Y"),
        d.strftime("%d/%m/%Y"),
        d.isoformat(),
        f"{d.day}. {MONTHS_DA[d.month - 1]} {d.year}",
        f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
    }


def pdf_text(body: bytes) -> tuple[str, int]:
    with pymupdf.open("pdf", body) as doc:
        return "\n".join(page.get_text() for page in doc), doc.page_count


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize("name", ["", "demo2", "Demo", "large", "large:", "large:x", "large:-1"])
def test_unknown_seed_names_are_refused_clearly(name: str) -> None:
    with pytest.raises(ValueError, match="'large:N'"):
        build_seed(name, TODAY)


def test_empty_seed_has_users_one_company_and_a_bare_bank_account() -> None:
    seed = build_seed("empty")  # today defaults to the real date
    assert {u.user_name for u in seed.users} == {DEMO_USER, NO_ACCESS_USER}
    assert [(c.xid, c.allow_documents_add, c.allow_documents_edit) for c in seed.companies] == [
        (MAIN, True, True)
    ]
    assert seed.access == {DEMO_USER: [MAIN], NO_ACCESS_USER: []}
    assert seed.files == [] and seed.customers == [] and seed.bank_postings == []
    assert len(seed.bank_accounts) == 1


# --------------------------------------------------------------------------- people


def test_demo_users_companies_and_access(demo: SeedData) -> None:
    users = {u.user_name: u for u in demo.users}
    assert users[DEMO_USER].password == "demo1234"
    assert users[DEMO_USER].real_name == "Demo Bogholder"
    assert users[DEMO_USER].administrator_role == "SUPER_USER"
    assert users[DEMO_USER].administrator_name == "Regnskabshuset ApS"
    assert users[NO_ACCESS_USER].password == "demo1234"

    companies = {c.xid: c for c in demo.companies}
    assert list(companies) == [MAIN, CAFE, HOLM]
    assert all(len(c.cvr) == 8 and c.cvr.isdigit() for c in companies.values())
    assert companies[MAIN].allow_documents_add and companies[MAIN].allow_documents_edit
    assert companies[CAFE].allow_documents_add and companies[CAFE].allow_documents_edit
    holm = companies[HOLM]
    assert holm.allow_documents_view and not holm.allow_documents_add
    assert not holm.allow_documents_edit

    assert demo.access[DEMO_USER] == [MAIN, CAFE, HOLM]
    assert demo.last_companies[DEMO_USER][0] == MAIN
    assert demo.access[NO_ACCESS_USER] == [] and demo.last_companies[NO_ACCESS_USER] == []


# --------------------------------------------------------------------------- documents


def test_demo_has_every_kind_of_document(demo: SeedData) -> None:
    kinds = Counter(f.content_type for f in main_files(demo))
    assert sum(kinds.values()) >= 60
    assert kinds["application/pdf"] >= 35
    assert kinds["image/jpeg"] >= 6
    assert kinds["image/png"] >= 3
    assert 3 <= kinds["application/xml"] <= 4
    assert kinds["text/plain"] == 1
    per_company = Counter(f.company_xid for f in demo.files)
    assert per_company[CAFE] >= 4 and per_company[HOLM] >= 3
    assert any(f.hidden for f in main_files(demo))
    assert sum(len(f.body) for f in demo.files) < 60_000_000


def test_every_document_has_its_truth_and_a_real_looking_name(demo: SeedData) -> None:
    ext = {
        "application/pdf": ".pdf",
        "image/jpeg": ".jpg",
        "image/png": ".png",
        "application/xml": ".xml",
        "text/plain": ".txt",
    }
    for f in demo.files:
        assert f.truth is not None, f.file_name
        assert f.truth.document_date is not None and f.truth.total_incl_vat is not None
        assert f.truth.supplier_name, f.file_name
        assert f.truth.document_date <= f.date <= TODAY, f.file_name
        assert TODAY - f.truth.document_date <= timedelta(days=190), f.file_name
        assert f.file_name.endswith(ext[f.content_type]), f.file_name
        assert f.friendly_filename.strip() and f.friendly_filename != f.file_name
        assert f.body
    names = [f.file_name for f in main_files(demo)]
    assert any(n.startswith("IMG_") for n in names)
    assert any(n.startswith("scan0") for n in names)
    assert any(n.startswith("faktura_") and "telia" in n for n in names)


def test_pdfs_show_supplier_total_date_and_vat(demo: SeedData) -> None:
    foreign_words = {"invoice": ("VAT", "Total"), "rechnung": ("MwSt", "Gesamtbetrag"),
                     "facture": ("TVA", "Total TTC")}  # fmt: skip
    languages: Counter[str] = Counter()
    for f in demo.files:
        if f.content_type != "application/pdf":
            continue
        assert f.truth is not None and f.truth.total_incl_vat is not None
        assert f.truth.document_date is not None
        text, _ = pdf_text(f.body)
        assert f.truth.supplier_name and f.truth.supplier_name in text, f.file_name
        assert any(form in text for form in amount_forms(f.truth.total_incl_vat)), f.file_name
        assert any(form in text for form in date_forms(f.truth.document_date)), f.file_name
        if f.truth.supplier_cvr:
            assert f"CVR-nr. {f.truth.supplier_cvr}" in text, f.file_name
        if f.truth.vat_amount:
            assert any(form in text for form in amount_forms(f.truth.vat_amount)), f.file_name
        lowered = text.lower()
        language = next((lang for lang in foreign_words if lang in lowered), "da")
        languages[language] += 1
        if language == "da":
            assert "moms" in lowered and "i alt" in lowered, f.file_name
        else:
            vat_word, total_word = foreign_words[language]
            assert vat_word in text and total_word in text, f.file_name
    assert languages["da"] >= 30
    assert languages["invoice"] >= 1 and languages["rechnung"] >= 1 and languages["facture"] >= 1


def test_danish_invoices_print_the_usual_words(demo: SeedData) -> None:
    texts = [pdf_text(f.body)[0] for f in main_files(demo, "application/pdf")]
    joined = "\n".join(texts)
    for word in ("Faktura nr.", "Fakturadato", "Subtotal", "Moms 25 %", "I alt DKK",
                 "At betale", "Reg.nr.", "Kontonr.", "CVR-nr."):  # fmt: skip
        assert word in joined, word
    # the long date style ("12. oktober 2026") occurs besides 12.10.2026 and 12-10-2026
    assert any(f". {m} 20" in joined for m in MONTHS_DA)


def test_danish_letters_survive_text_extraction(demo: SeedData) -> None:
    joined = "\n".join(pdf_text(f.body)[0] for f in main_files(demo, "application/pdf"))
    for letters in ("æ", "ø", "å", "Ø", "Å"):
        assert letters in joined, letters
    assert "Ejendomsselskabet Mejlgården ApS" in joined
    assert "Beløb" in joined and "Fællesudgifter" in joined


def test_invoice_layouts_put_the_total_in_different_places(demo: SeedData) -> None:
    """Three layouts: the amount due sits near the top in one, lower down in others."""
    heights: list[float] = []
    for f in main_files(demo, "application/pdf"):
        assert f.truth is not None and f.truth.total_incl_vat is not None
        with pymupdf.open("pdf", f.body) as doc:
            page = doc[0]
            hits = page.search_for(format_amount(f.truth.total_incl_vat))
            if hits and page.rect.height > 800:
                heights.append(min(h.y0 for h in hits) / page.rect.height)
    assert any(h < 0.25 for h in heights) and any(h > 0.4 for h in heights)
    fonts: set[str] = set()
    for f in main_files(demo, "application/pdf"):
        with pymupdf.open("pdf", f.body) as doc:
            fonts |= {font[3] for font in doc[0].get_fonts()}
    assert {"Helvetica", "Times-Roman", "Courier"} <= fonts


def test_there_is_a_multi_page_bill(demo: SeedData) -> None:
    pages = {f.file_name: pdf_text(f.body)[1] for f in main_files(demo, "application/pdf")}
    multi = [name for name, count in pages.items() if 3 <= count <= 4]
    assert multi, pages
    text, count = pdf_text(next(f.body for f in demo.files if f.file_name == multi[0]))
    assert f"Side {count} af {count}" in text and "Specifikation" in text


def test_phone_photos_are_rotated_like_a_phone_stores_them(demo: SeedData) -> None:
    photos = [f for f in demo.files if f.content_type == "image/jpeg"]
    assert len(photos) >= 6
    orientations: set[int] = set()
    twelve_mp = 0
    for f in photos:
        with Image.open(io.BytesIO(f.body)) as raw:
            assert raw.format == "JPEG"
            orientation = raw.getexif().get(0x0112)
            assert orientation in (1, 3, 6, 8), f.file_name
            orientations.add(orientation)
            stored = raw.size
            upright = ImageOps.exif_transpose(raw)
        width, height = upright.size
        assert height > width, f"{f.file_name}: a receipt photo should be portrait"
        if orientation in (6, 8):
            assert stored == (height, width), f"{f.file_name}: pixels should be rotated"
        assert width * height >= 3_000_000, f.file_name
        if width * height >= 12_000_000:
            twelve_mp += 1
        assert 1_000_000 <= len(f.body) <= 4_000_000, f"{f.file_name}: {len(f.body)} bytes"
    assert {3, 6, 8} <= orientations
    assert twelve_mp >= 2


def test_photo_receipt_is_upright_after_exif_transpose(demo: SeedData) -> None:
    """The paper is lighter than the table, and its (dark) header text is in the top half."""
    photo = next(f for f in demo.files if f.content_type == "image/jpeg" and b"Exif" in f.body)
    with Image.open(io.BytesIO(photo.body)) as raw:
        upright = ImageOps.exif_transpose(raw).convert("L").resize((300, 400))
    # the receipt's middle column is paper (bright) ...
    middle = upright.crop((120, 150, 180, 250))
    assert sum(middle.tobytes()) / (60 * 100) > 150
    # ... and the store name printed at its top: the darkest rows of the paper column
    # come before the bottom rows (an upside-down photo would have them at the bottom)
    column = upright.crop((110, 0, 190, 400))
    rows = [min(column.crop((0, y, 80, y + 4)).tobytes()) for y in range(0, 400, 4)]
    first_dark = next(i for i, v in enumerate(rows) if v < 90)
    assert first_dark < len(rows) / 2


def test_scans_are_greyscale_a4_at_150_to_200_dpi(demo: SeedData) -> None:
    scans = main_files(demo, "image/png")
    assert len(scans) >= 3
    for f in scans:
        with Image.open(io.BytesIO(f.body)) as im:
            assert im.mode == "L", f.file_name
            dpi = round(im.info["dpi"][0])
            assert 150 <= dpi <= 200
            assert abs(im.width / dpi - 8.27) < 0.1 and abs(im.height / dpi - 11.69) < 0.1
            # not a clean render: the paper has grain
            assert len(set(im.crop((0, im.height // 2, 200, im.height // 2 + 50)).tobytes())) > 5


def test_plain_text_receipt(demo: SeedData) -> None:
    (f,) = main_files(demo, "text/plain")
    assert f.plain_text is not None and f.body.decode("utf-8") == f.plain_text
    assert f.truth is not None and f.truth.total_incl_vat is not None
    assert format_amount(f.truth.total_incl_vat) in f.plain_text
    assert "I alt DKK" in f.plain_text and "Moms" in f.plain_text


# --------------------------------------------------------------------------- e-invoices


def _required(spec: dict[str, Any], name: str) -> list[str]:
    return list(spec[name]["required"])


def test_einvoices_have_every_key_the_spec_requires(demo: SeedData, spec: dict[str, Any]) -> None:
    einvoices = [f for f in demo.files if f.einvoice is not None]
    assert 3 <= len(einvoices) <= 4
    schemes: set[str] = set()
    for f in einvoices:
        assert f.content_type == "application/xml"
        e = f.einvoice
        assert e is not None
        for key in _required(spec, "Einvoice"):
            assert key in e, f"{f.file_name}: {key}"
        for key, schema in spec["Einvoice"]["properties"].items():
            if key in e and schema.get("type") == "string":
                assert isinstance(e[key], str), key
            if key in e and schema.get("type") == "boolean":
                assert isinstance(e[key], bool), key
        for party in (e["accountingSupplier"], e["accountingCustomer"]):
            for key in _required(spec, "EinvoiceParty"):
                assert isinstance(party[key], str) and party[key], f"{f.file_name}: party {key}"
            schemes.add(party["endpointScheme"])
        assert e["lines"]
        for line in e["lines"]:
            for key in _required(spec, "EinvoiceLine"):
                assert isinstance(line[key], str), f"{f.file_name}: line {key}"
        assert e["paymentMeans"]
        for means in e["paymentMeans"]:
            for key in _required(spec, "EinvoicePaymentMeans"):
                assert isinstance(means[key], str), f"{f.file_name}: paymentMeans {key}"
            date.fromisoformat(means["paymentDueDate"])
        assert isinstance(e["additionalDocuments"], list)
        for extra in e["additionalDocuments"]:
            for key in _required(spec, "EinvoiceAdditionalDocument"):
                assert key in extra

        excl, vat, incl = (parse_amount(e[k]) for k in ("exclVatAmount", "vatAmount",
                                                         "inclVatAmount"))  # fmt: skip
        assert incl == excl + vat
        assert parse_amount(e["vatBasisAmount"]) == excl
        assert sum(parse_amount(line["lineExtensionAmount"]) for line in e["lines"]) == excl
        assert f.truth is not None and f.truth.total_incl_vat == incl
        assert date.fromisoformat(e["documentDate"]) == f.truth.document_date
        assert f.truth.vat_amount == vat

        root = ET.fromstring(f.body)
        assert root.tag == "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice"
        cbc = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"
        payable = root.find(f".//{cbc}PayableAmount")
        assert payable is not None and Decimal(payable.text or "") == incl
        assert root.findtext(f"{cbc}ID") == e["number"]
    assert {"DK:CVR", "GLN"} <= schemes
    channels = {
        m["paymentChannelType"] for f in einvoices for m in (f.einvoice or {})["paymentMeans"]
    }
    assert {"DK:BANK", "DK:FIK"} <= channels
    assert any((f.einvoice or {})["additionalDocuments"] for f in einvoices)


# --------------------------------------------------------------------------- comments


def test_comments_are_danish_and_plausibly_timed(demo: SeedData) -> None:
    commented = [f for f in demo.files if f.comments]
    assert len(commented) >= 8
    texts = [c.comment for f in commented for c in f.comments]
    assert "Husk at spørge Mette om projektnummer" in texts
    assert any(any(ch in t for ch in "æøå") for t in texts)
    for f in commented:
        for c in f.comments:
            assert c.user_name and c.real_name and c.user_initials
            assert f.date <= c.date_time.date() < TODAY, f.file_name
    assert any(len(f.comments) >= 2 for f in commented)


# --------------------------------------------------------------------------- customers etc.


def test_customers_products_and_types_have_the_spec_fields(
    demo: SeedData, spec: dict[str, Any]
) -> None:
    main_customers = [c for c in demo.customers if c["companyXid"] == MAIN]
    assert len(main_customers) >= 10
    assert any(c["companyXid"] == CAFE for c in demo.customers)
    terms = set(spec["PaymentTermsType"]["enum"])
    destinations = set(spec["ElectronicInvoiceDestinationType"]["enum"])
    for c in demo.customers:
        for key in _required(spec, "Customer"):
            assert key in c, f"{c['customerName']}: {key}"
        assert c["languageCode"] in ("DA", "EN")
        assert c["paymentTermsType"] in terms
        if c.get("electronicInvoice"):
            assert c["electronicInvoiceDestinationType"] in destinations
            assert 0 < len(c["electronicInvoiceAddress"]) <= 15
    assert len({c["xid"] for c in demo.customers}) == len(demo.customers)
    assert {c["countryCode"] for c in main_customers} >= {"DK", "SE", "DE"}
    assert {c["currencyCode"] for c in main_customers} == {"DKK", "EUR"}
    assert any(c.get("privatePerson") for c in main_customers)
    assert sum(bool(c.get("electronicInvoice")) for c in main_customers) >= 2

    type_xids = {t["productTypeXid"] for _, t in demo.product_types}
    for _, t in demo.product_types:
        assert set(_required(spec, "ProductType")) <= set(t)
    assert "Salg af ydelser" in {t["typeName"] for _, t in demo.product_types}
    main_products = [p for company, p in demo.products if company == MAIN]
    assert len(main_products) >= 8
    for _, p in demo.products:
        assert set(_required(spec, "Product")) <= set(p)
        assert p["productTypeXid"] in type_xids
        for price in p["prices"]:
            assert set(_required(spec, "PriceAndCurrency")) <= set(price)
            parse_amount(price["price"])


# --------------------------------------------------------------------------- bank


def _mod97_ok(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def test_bank_accounts_postings_and_balances(demo: SeedData) -> None:
    accounts = {a.xid: a for a in demo.bank_accounts}
    main_accounts = [a for a in demo.bank_accounts if a.company_xid == MAIN]
    assert sorted(a.name for a in main_accounts) == ["Driftskonto", "Opsparing"]
    assert any(a.company_xid == CAFE for a in demo.bank_accounts)
    drift = next(a for a in main_accounts if a.name == "Driftskonto")
    assert drift.banks_identification == "5301 0123456789"
    assert drift.bban == "53010123456789"
    for a in demo.bank_accounts:
        assert a.iban and a.iban.startswith("DK") and _mod97_ok(a.iban), a.iban

    postings = [p for p in demo.bank_postings if p.bank_account_xid == drift.xid]
    assert 250 <= len(postings) <= 400
    assert all(p.bank_account_xid in accounts for p in demo.bank_postings)
    dates = [p.bank_date for p in postings]
    assert max(dates) <= TODAY and min(dates) >= TODAY - timedelta(days=366)
    assert max(dates) - min(dates) > timedelta(days=330)
    texts = " ".join(p.bank_text for p in postings)
    for word in ("Dankort-køb", "Telia", "MobilePay", "Husleje", "Gebyr", "Indbetaling"):
        assert word in texts, word
    assert all(p.bank_amount < 0 for p in postings if p.bank_text.startswith("Dankort-køb"))
    assert any(p.bank_amount > 0 for p in postings)
    assert len({p.external_ref for p in demo.bank_postings}) == len(demo.bank_postings)

    balances = Counter((b.bank_account_xid, b.balance_type) for b in demo.bank_balances)
    for xid in accounts:
        assert balances[(xid, "ITAV")] == 1 and balances[(xid, "ITBD")] == 1
    assert all(b.timestamp.date() == TODAY for b in demo.bank_balances)
    assert all(b.balance_amount > 0 for b in demo.bank_balances)


def test_card_postings_match_receipts_within_three_days(demo: SeedData) -> None:
    drift = next(a.xid for a in demo.bank_accounts if a.company_xid == MAIN)
    receipts = [
        (f.truth.total_incl_vat, f.truth.document_date)
        for f in main_files(demo)
        if f.truth and f.truth.total_incl_vat and f.truth.document_date
    ]
    matched = [
        p
        for p in demo.bank_postings
        if p.bank_account_xid == drift
        and any(
            p.bank_amount == -total and timedelta(0) <= p.bank_date - day <= timedelta(days=3)
            for total, day in receipts
        )
    ]
    assert len(matched) >= 15
    photos_matched = {
        (f.truth.total_incl_vat, f.truth.document_date)
        for f in main_files(demo, "image/jpeg")
        if f.truth
    } & {(-p.bank_amount, p.bank_date - timedelta(days=d)) for p in matched for d in range(4)}
    assert len(photos_matched) >= 5


# --------------------------------------------------------------------------- scale, determinism


def test_large_seed_is_complete() -> None:
    seed = build_seed("large:10000", TODAY)
    assert len(seed.files) == 10000
    assert all(f.company_xid == MAIN and f.truth for f in seed.files)
    assert len({f.file_name for f in seed.files}) == 10000
    assert len({f.date for f in seed.files}) > 300
    assert {f.content_type for f in seed.files} == {"application/pdf", "image/png"}
    assert len({id(f.body) for f in seed.files}) <= 20  # bodies drawn once, reused
    assert seed.customers and seed.bank_accounts
    assert seed.users[0].user_name == DEMO_USER
    assert build_seed("large:0", TODAY).files == []


def test_demo_is_deterministic(demo: SeedData) -> None:
    assert build_seed("demo", TODAY) == demo


def test_dates_follow_today(demo: SeedData) -> None:
    def doc_dates(seed: SeedData) -> list[date | None]:
        return [f.truth.document_date if f.truth else None for f in seed.files[:16]]

    later = doc_dates(build_seed("large:50", TODAY + timedelta(days=40)))
    earlier = doc_dates(build_seed("large:50", TODAY))
    assert later == [d + timedelta(days=40) if d else None for d in earlier]
    newest = max(f.truth.document_date for f in demo.files if f.truth and f.truth.document_date)
    assert TODAY - newest <= timedelta(days=10)
