"""Customers, invoices, sales, products, bank and units of measure."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest

from app.customers import CustomerForm
from app.sandbox.server import SandboxServer
from tests.conftest import MAIN_COMPANY, handmade_seed, login

CUSTOMER = {
    "companyXid": MAIN_COMPANY,
    "xid": 0,
    "customerName": "Tømrer Jensen",
    "currencyCode": "DKK",
    "address1": "Skovvej 3",
    "zipCode": "7100",
    "city": "Vejle",
    "countryCode": "DK",
    "languageCode": "DA",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    with SandboxServer(
        data_dir=tmp_path_factory.mktemp("business"), seed=handmade_seed("demo")
    ) as server:
        yield server


@pytest.fixture
def client(server: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=10) as c:
        c.headers.update(login(c))
        yield c


def test_customers_list_and_create(server: SandboxServer, client: httpx.Client) -> None:
    listed = client.get(f"/customers/{MAIN_COMPANY}").json()["customers"]
    assert [c["customerName"] for c in listed] == ["Café Hjørnet"]
    created = client.post("/customers", json={**CUSTOMER, "phone": "70121314"})
    assert created.status_code == 200
    xid = created.json()["xid"]
    after = client.get(f"/customers/{MAIN_COMPANY}").json()["customers"]
    new = next(c for c in after if c["xid"] == xid)
    assert new["customerName"] == "Tømrer Jensen" and new["phone"] == "70121314"
    assert new["entityVersion"] == 1 and new["customerNumber"] == "1002"
    assert None not in new.values()


@pytest.mark.parametrize(
    "change",
    [
        {"customerName": ""},
        {"customerName": "x" * 151},
        {"currencyCode": "DK"},
        {"currencyCode": "dkk"},
        {"countryCode": "DNK"},
        {"languageCode": "DE"},
        {"zipCode": "12345678901"},
        {"xid": 5},
        {"electronicInvoice": True},
        {"electronicInvoice": True, "paymentTermsDays": 8, "electronicInvoiceAddress": "123"},
        {"electronicInvoiceDestinationType": "EMAIL"},
        {"paymentTermsType": "SOON"},
        {"invoiceEmail": "x" * 61},
        {"city": None},
    ],
)
def test_bad_customers_are_400(client: httpx.Client, change: dict[str, Any]) -> None:
    response = client.post("/customers", json={**CUSTOMER, **change})
    assert response.status_code == 400, response.text


def test_e_invoice_customer(client: httpx.Client) -> None:
    body = {
        **CUSTOMER,
        "electronicInvoice": True,
        "paymentTermsDays": 14,
        "paymentTermsType": "NET",
        "electronicInvoiceDestinationType": "DK_CVR",
        "electronicInvoiceAddress": "DK12345678",
    }
    assert client.post("/customers", json=body).status_code == 200


def test_products_and_types(client: httpx.Client) -> None:
    types = client.get(f"/productTypes/{MAIN_COMPANY}").json()["ptList"]
    assert types == [{"productTypeXid": 3001, "typeName": "Salg af varer"}]
    (product,) = client.get(f"/products/{MAIN_COMPANY}").json()["productList"]
    assert product["productXid"] == 4001 and product["prices"][0]["price"] == "35,00"


def _invoice(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "companyXid": MAIN_COMPANY,
        "invoiceXid": 0,
        "customerXid": 2001,
        "date": "2026-11-20",
        "title": "Levering november",
        "lines": [
            {
                "lineNo": 0,
                "lineText": "Kager",
                "amount": "1.200,00",
                "productTypeXid": 3001,
                "numberOfUnits": "12",
                "unitOfMeasureCode": "EA",
                "priceEach": "100,00",
            },
            {"lineNo": 1, "productXid": 4001, "numberOfUnits": "3"},
        ],
    }
    body.update(changes)
    return body


def test_invoice_is_stored(server: SandboxServer, client: httpx.Client) -> None:
    response = client.post("/invoices", json=_invoice())
    assert response.status_code == 200, response.text
    xid = response.json()["xid"]
    stored = next(i for i in server.store.invoices(MAIN_COMPANY) if i["invoiceXid"] == xid)
    assert stored["lines"][1]["amount"] == "105,00"  # 3 x 35,00 from the product
    assert stored["lines"][1]["lineText"] == "Rugbrød"
    assert stored["totalExclVat"] == "1.305,00"


@pytest.mark.parametrize(
    "changes",
    [
        {"customerXid": 999},
        {"invoiceXid": 7},
        {"lines": []},
        {"date": "20-11-2026"},
        {"lines": [{"lineNo": 0, "lineText": "x", "amount": "1,00", "productTypeXid": 9}]},
        {"lines": [{"lineNo": 0, "lineText": "x", "amount": "1.0.0", "productTypeXid": 3001}]},
        {"lines": [{"lineNo": 0, "lineText": "", "amount": "1,00", "productTypeXid": 3001}]},
        {"lines": [{"lineNo": 0, "productXid": 5, "numberOfUnits": "1"}]},
        {"lines": [{"lineNo": 0, "lineText": "x", "productTypeXid": 3001}]},
        {
            "lines": [
                {
                    "lineNo": 0,
                    "lineText": "x",
                    "amount": "1,00",
                    "productTypeXid": 3001,
                    "unitOfMeasureCode": "BOGUS",
                }
            ]
        },
        {"lines": [{"lineNo": 2**31, "lineText": "x", "amount": "1,00", "productTypeXid": 3001}]},
    ],
)
def test_bad_invoices_are_400(client: httpx.Client, changes: dict[str, Any]) -> None:
    assert client.post("/invoices", json=_invoice(**changes)).status_code == 400


def test_sale_with_and_without_qr(server: SandboxServer, client: httpx.Client) -> None:
    sale = {"companyXid": MAIN_COMPANY, "customerXid": 2001, "amount": "149,95"}
    plain = client.post("/sales", json=sale).json()
    assert plain["qrCodeBase64"] == "" and plain["companyXid"] == MAIN_COMPANY
    with_qr = client.post("/sales", json={**sale, "generateMobilePayQrCode": True}).json()
    png = base64.b64decode(with_qr["qrCodeBase64"])
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert with_qr["saleXid"] != plain["saleXid"]
    assert {s["saleXid"] for s in server.store.sales(MAIN_COMPANY)} >= {
        plain["saleXid"],
        with_qr["saleXid"],
    }
    for bad in ({"amount": "0,00"}, {"amount": "abc"}, {"customerXid": 1}, {"amount": 5}):
        assert client.post("/sales", json={**sale, **bad}).status_code == 400


def test_bank(server: SandboxServer, client: httpx.Client) -> None:
    (account,) = client.get(f"/bankAccounts/{MAIN_COMPANY}").json()["accounts"]
    assert account == {"xid": 5001, "name": "Driftskonto", "currency": "DKK"}
    recent = client.get(f"/bankPostings/{MAIN_COMPANY}/5001").json()["bpList"]
    assert [p["bankText"] for p in recent] == ["Dankort 20", "Dankort 10", "Dankort 5", "Dankort 1"]
    assert recent[0]["bankAmount"] == "-120,00"
    today = server.store.today()
    everything = client.get(
        f"/bankPostings/{MAIN_COMPANY}/5001",
        params={"fromDateIncl": (today - timedelta(days=100)).isoformat()},
    ).json()["bpList"]
    assert len(everything) == 5
    dates = [p["bankDate"] for p in everything]
    assert dates == sorted(dates)
    window = client.get(
        f"/bankPostings/{MAIN_COMPANY}/5001",
        params={
            "fromDateIncl": (today - timedelta(days=10)).isoformat(),
            "toDateIncl": (today - timedelta(days=5)).isoformat(),
        },
    ).json()["bpList"]
    assert [p["bankText"] for p in window] == ["Dankort 10", "Dankort 5"]
    until = client.get(
        f"/bankPostings/{MAIN_COMPANY}/5001",
        params={"toDateIncl": (today - timedelta(days=40)).isoformat()},
    )
    assert until.json() == {"bpList": []}  # from defaults to a month ago, after toDateIncl
    for params in ({"fromDateIncl": "2026-13-01"}, {"toDateIncl": "x"},
                   {"fromDateIncl": "2026-02-01", "toDateIncl": "2026-01-01"}):  # fmt: skip
        response = client.get(f"/bankPostings/{MAIN_COMPANY}/5001", params=params)
        assert response.status_code == 400
    assert client.get(f"/bankPostings/{MAIN_COMPANY}/5002").status_code == 404
    assert client.get(f"/bankPostings/{MAIN_COMPANY}/abc").status_code == 400
    (balance,) = client.get(f"/bankBalances/{MAIN_COMPANY}").json()["bbList"]
    assert balance["balanceAmount"] == "12.345,67" and len(balance["timestamp"]) == 23
    assert balance["bban"] == "12345678" and "iban" not in balance


@pytest.mark.parametrize("language", ["da", "en", "DA"])
def test_units_of_measure(client: httpx.Client, language: str) -> None:
    units = client.get(f"/unitsOfMeasure/{language}").json()["uomList"]
    codes = {u["uomCode"] for u in units}
    assert {"EA", "HUR", "KGM", "LTR", "MTR", "DAY"} <= codes
    each = next(u for u in units if u["uomCode"] == "EA")
    assert each["singularis"] == ("piece" if language == "en" else "stk.")


def test_units_of_measure_other_languages(client: httpx.Client) -> None:
    assert client.get("/unitsOfMeasure/de").status_code == 400
    assert httpx.get(f"{client.base_url}unitsOfMeasure/da").status_code == 401


def test_other_companies_are_forbidden(make_sandbox: Callable[..., SandboxServer]) -> None:
    server = make_sandbox(seed=handmade_seed("demo"))
    with httpx.Client(base_url=server.base_url) as client:
        client.headers.update(login(client, "revisor@example.dk", "revisor1234"))
        for path in ("customers", "productTypes", "products", "bankAccounts", "bankBalances"):
            assert client.get(f"/{path}/{MAIN_COMPANY}").status_code == 403
        assert client.get(f"/bankPostings/{MAIN_COMPANY}/5001").status_code == 403
        assert client.post("/customers", json=CUSTOMER).status_code == 403
        assert client.post("/invoices", json=_invoice()).status_code == 403
        sale = {"companyXid": MAIN_COMPANY, "customerXid": 2001, "amount": "1,00"}
        assert client.post("/sales", json=sale).status_code == 403


# --- POST /customers refuses currencies and countries that are not ISO codes (the spec:
# "The currency code (ISO 4217)"), as the client's customer form does


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"currencyCode": "ABC"}, "currencyCode"),
        ({"currencyCode": "XXX"}, "currencyCode"),
        ({"countryCode": "XX"}, "countryCode"),
        ({"countryCode": "UK"}, "countryCode"),  # the United Kingdom is GB
    ],
)
def test_unknown_codes_are_400(client: httpx.Client, change: dict[str, Any], field: str) -> None:
    response = client.post("/customers", json={**CUSTOMER, **change})
    assert response.status_code == 400, response.text
    assert field in response.json()["message"]
    # the client's form refuses the same, on the same field
    form = CustomerForm(
        customer_name="Tømrer Jensen",
        address1="Skovvej 3",
        zip_code="7100",
        city="Vejle",
        currency_code=change.get("currencyCode", "DKK"),
        country_code=change.get("countryCode", "DK"),
        private_person=True,
    )
    fields = {p.field for p in form.validate()}
    assert fields == {"currency_code" if field == "currencyCode" else "country_code"}


@pytest.mark.parametrize(("currency", "country"), [("EUR", "DE"), ("SEK", "SE"), ("GBP", "GB")])
def test_real_codes_are_accepted(client: httpx.Client, currency: str, country: str) -> None:
    body = {**CUSTOMER, "currencyCode": currency, "countryCode": country}
    assert client.post("/customers", json=body).status_code == 200
