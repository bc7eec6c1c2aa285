"""Shared fixtures: real sandbox servers on 127.0.0.1.

* ``sandbox``: one demo sandbox for the whole session (do not change its faults or TTL
  without resetting them; faults are reset after every test that used it anyway).
* ``make_sandbox(**kwargs)``: fresh servers with ``SandboxServer`` keyword arguments
  (default seed "empty": the demo user with its companies but no documents), started,
  stopped and deleted after the test.
* ``fresh_sandbox``: ``make_sandbox()`` with the defaults.

Until ``app.sandbox.seed`` exists, small hand-made seeds stand in for "demo" and "empty".
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.api.wire import VENDOR_TZ, vendor_today
from app.sandbox.seeddata import (
    SeedBankAccount,
    SeedBankBalance,
    SeedBankPosting,
    SeedComment,
    SeedCompany,
    SeedData,
    SeedFile,
    SeedUser,
)
from app.sandbox.server import SandboxServer
from tests.contract import ServerSpecChecker

DEMO_USER = "demo@example.dk"
DEMO_PASSWORD = "demo1234"
MAIN_COMPANY = 100001

_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _has_seed_module() -> bool:
    try:
        importlib.import_module("app.sandbox.seed")
    except ModuleNotFoundError as exc:
        if exc.name == "app.sandbox.seed":
            return False
        raise
    return True


def handmade_seed(name: str, today: date | None = None) -> SeedData:
    """A small seed shaped like the real ones: the demo user, three companies (one of them
    view-only), and for "demo" a few documents, customers, products and bank data."""
    today = today or vendor_today()  # the sandbox's today (SandboxStore.today)
    seed = SeedData(
        users=[
            SeedUser(DEMO_USER, DEMO_PASSWORD, "Mette Bach Sørensen", access_request_code="DEMO42"),
            SeedUser("revisor@example.dk", "revisor1234", "Ole Revisor"),
        ],
        companies=[
            SeedCompany(MAIN_COMPANY, "Bageriet Solsikken ApS", "12345678"),
            SeedCompany(100002, "Tømrer Hansen I/S", "23456789"),
            SeedCompany(
                100003,
                "Holding af 2019 ApS",
                "34567890",
                allow_documents_add=False,
                allow_documents_edit=False,
            ),
        ],
        access={DEMO_USER: [MAIN_COMPANY, 100002, 100003], "revisor@example.dk": [100002]},
        last_companies={DEMO_USER: [MAIN_COMPANY]},
    )
    if name == "empty":
        return seed
    for i in range(12):
        day = today - timedelta(days=3 * i)
        seed.files.append(
            SeedFile(
                MAIN_COMPANY,
                "application/pdf",
                f"faktura-{i}.pdf",
                f"Faktura {i} fra Mølleren",
                day,
                _PDF,
                plain_text=f"Faktura {i}",
                comments=(
                    (
                        SeedComment(
                            datetime(day.year, day.month, day.day, 10, 0, tzinfo=VENDOR_TZ),
                            DEMO_USER,
                            "Betalt",
                            "Mette Bach Sørensen",
                            "MBS",
                        ),
                    )
                    if i == 0
                    else ()
                ),
                hidden=i == 11,
            )
        )
    seed.files.append(
        SeedFile(100003, "image/png", "scan.png", "Scan", today, b"\x89PNG\r\n\x1a\n")
    )
    seed.customers.append(
        {
            "companyXid": MAIN_COMPANY,
            "xid": 2001,
            "customerName": "Café Hjørnet",
            "customerNumber": "1001",
            "address1": "Torvet 1",
            "zipCode": "8000",
            "city": "Aarhus C",
            "countryCode": "DK",
            "currencyCode": "DKK",
            "languageCode": "DA",
        }
    )
    seed.product_types.append((MAIN_COMPANY, {"productTypeXid": 3001, "typeName": "Salg af varer"}))
    seed.products.append(
        (
            MAIN_COMPANY,
            {
                "productXid": 4001,
                "productId": "RUG1",
                "productName": "Rugbrød",
                "productTypeXid": 3001,
                "unitOfMeasureCode": "EA",
                "prices": [{"price": "35,00", "currencyCode": "DKK"}],
            },
        )
    )
    seed.bank_accounts.append(SeedBankAccount(5001, MAIN_COMPANY, "Driftskonto", bban="12345678"))
    seed.bank_postings.extend(
        SeedBankPosting(5001, today - timedelta(days=d), f"Dankort {d}", Decimal(-100 - d))
        for d in (1, 5, 10, 20, 45)
    )
    seed.bank_balances.append(
        SeedBankBalance(
            5001, "ITAV", Decimal("12345.67"), "DKK", datetime.now(VENDOR_TZ).replace(microsecond=0)
        )
    )
    return seed


def seed_for(name: str) -> str | SeedData:
    """The seed to hand SandboxServer: the name when app.sandbox.seed exists, else a
    hand-made stand-in."""
    if _has_seed_module() or name.startswith("large:"):
        return name
    return handmade_seed(name)


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    """The shared demo sandbox (session-scoped)."""
    server = SandboxServer(
        data_dir=tmp_path_factory.mktemp("sandbox-demo"),
        seed=seed_for("demo"),
        observer=ServerSpecChecker(),
    )
    server.start()
    yield server
    server.cleanup()


@pytest.fixture(autouse=True)
def _reset_shared_sandbox(request: pytest.FixtureRequest) -> Iterator[None]:
    """Undo fault settings a test left on the shared sandbox."""
    yield
    if "sandbox" in request.fixturenames:
        server = request.getfixturevalue("sandbox")
        server.faults.reset()
        _assert_conforms(server)


@pytest.fixture
def make_sandbox(tmp_path: Path) -> Iterator[Callable[..., SandboxServer]]:
    """Start fresh sandboxes: ``make_sandbox(seed="empty", token_ttl=2, ...)``."""
    servers: list[SandboxServer] = []

    def make(**kwargs: Any) -> SandboxServer:
        seed = kwargs.pop("seed", "empty")
        kwargs["seed"] = seed_for(seed) if isinstance(seed, str) else seed
        kwargs.setdefault("data_dir", tmp_path / f"sandbox-{len(servers)}")
        kwargs.setdefault("observer", ServerSpecChecker())
        server = SandboxServer(**kwargs)
        servers.append(server)
        return server.start()

    yield make
    for server in servers:
        server.faults.reset()
        server.cleanup()
    for server in servers:
        _assert_conforms(server)


def _assert_conforms(server: SandboxServer) -> None:
    """Every response the sandbox gave during the test matches the spec."""
    if isinstance(server.observer, ServerSpecChecker):
        violations = server.observer.check()
        assert not violations, "sandbox responses off-spec:\n" + "\n".join(map(str, violations))


@pytest.fixture
def fresh_sandbox(make_sandbox: Callable[..., SandboxServer]) -> SandboxServer:
    """A fresh sandbox with the "empty" seed, for tests that change faults or TTLs."""
    return make_sandbox()


class FakeClock:
    """A clock for ``SandboxServer(clock=...)`` that moves only when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 24, 12, 0, tzinfo=VENDOR_TZ)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def login(client: Any, user: str = DEMO_USER, password: str = DEMO_PASSWORD) -> dict[str, str]:
    """Log in with an httpx.Client on the API base URL; the Authorization header to use."""
    response = client.post("/login", json={"userName": user, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}
