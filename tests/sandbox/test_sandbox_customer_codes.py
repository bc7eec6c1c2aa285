"""POST /customers refuses currencies and countries that are not ISO codes (the spec:
"The currency code (ISO 4217)"), as the client's customer form does."""

from __future__ import annotations

from collections.abc import Iterator
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
        data_dir=tmp_path_factory.mktemp("customer-codes"), seed=handmade_seed("demo")
    ) as server:
        yield server


@pytest.fixture
def client(server: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=10) as c:
        c.headers.update(login(c))
        yield c


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
