"""Products, product types and units of measure from the demo sandbox, read only."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.api import ApiClient, MemoryTokenStore, RetryPolicy, models
from app.sandbox.faults import Fault
from app.sandbox.server import SandboxServer
from app.tasks import Tasks
from tests.ui.shell_support import DEMO_PASSWORD, DEMO_USER, until
from ui.products_view import ProductsView

pytestmark = pytest.mark.timeout(90)

MAIN, HOLDING = 100000001, 100000003


@asynccontextmanager
async def products_view(
    server: SandboxServer, language: str = "da", company_xid: int = MAIN
) -> AsyncIterator[tuple[ProductsView, dict[int, models.CompanyAndAccess]]]:
    api = ApiClient(
        server.base_url,
        token_store=MemoryTokenStore(),
        retry=RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02),
    )
    await api.login(DEMO_USER, DEMO_PASSWORD)
    companies = {c.xid: c for c in (await api.companies()).companies_and_access_list}
    tasks = Tasks()
    view = ProductsView(api, tasks, language)
    view.resize(1000, 500)
    view.show()
    try:
        view.set_company(companies[company_xid])
        yield view, companies
    finally:
        view.hide()
        shiboken6.delete(view)
        await tasks.close()
        await api.aclose()


def by_name(rows: list[list[str]]) -> dict[str, list[str]]:
    return {row[1]: row for row in rows}


async def test_products_types_and_units_from_the_demo(sandbox: SandboxServer) -> None:
    async with products_view(sandbox, "da") as (view, _):
        await until(lambda: view.state == "ready", 15, "the products")
        assert view.objectName() == "productsView"
        assert [view.tabs.tabText(i) for i in range(3)] == [
            "Products",
            "Product types",
            "Units of measure",
        ]
        stored = [p for p in sandbox.store.products(MAIN)]
        rows = by_name(view.shown(view.products_table))
        assert len(rows) == len(stored) >= 8
        assert rows["Grafisk design"] == [
            "P1001",
            "Grafisk design",
            "Salg af ydelser",
            "time",  # HUR in Danish
            "850,00 DKK",
            "",
        ]
        assert rows["Logodesign, komplet pakke"][3:] == [
            "stk.",
            "12.500,00 DKK",
            "3 skitser, 2 rettelsesrunder, logomanual",
        ]
        assert rows["Design consulting (EU)"][2:5] == [
            "Salg EU (omvendt betalingspligt)",
            "time",
            "125,00 EUR",
        ]
        assert rows["Hosting og vedligehold"][3] == "måned"
        # sorted by number
        assert [r[0] for r in view.shown(view.products_table)] == sorted(
            r[0] for r in rows.values()
        )

        types = view.shown(view.types_table)
        assert sorted(types) == sorted(
            [str(t["productTypeXid"]), t["typeName"]] for t in sandbox.store.product_types(MAIN)
        )
        units = {row[0]: row[1:] for row in view.shown(view.units_table)}
        assert units["EA"] == ["stk.", "stk."] and units["HUR"] == ["time", "timer"]
        assert len(units) >= 20


async def test_unit_names_in_english(sandbox: SandboxServer) -> None:
    async with products_view(sandbox, "en") as (view, _):
        await until(lambda: view.state == "ready", 15, "the products")
        rows = by_name(view.shown(view.products_table))
        assert rows["Grafisk design"][3] == "hour"
        assert rows["Workshop, halv dag"][3] == "day"
        assert rows["Workshop, halv dag"][4] == "6.500,00 DKK"
        units = {row[0]: row[1:] for row in view.shown(view.units_table)}
        assert units["EA"] == ["piece", "pieces"]


async def test_search_narrows_the_products(sandbox: SandboxServer) -> None:
    async with products_view(sandbox, "da") as (view, _):
        await until(lambda: view.state == "ready", 15, "the products")
        total = len(view.visible_products())
        QTest.keyClicks(view.search, "DESIGN")
        assert sorted(p.product_name for p in view.visible_products()) == [
            "Design consulting (EU)",
            "Grafisk design",
            "Logodesign, komplet pakke",
            "Webdesign, landingside",
        ]
        assert view.products_status.text() == f"Showing 4 of {total} products"
        view.search.clear()
        QTest.keyClicks(view.search, "maned")  # the unit "måned", accents ignored
        assert [p.product_name for p in view.visible_products()] == ["Hosting og vedligehold"]
        view.search.clear()
        QTest.keyClicks(view.search, "omvendt")  # the type's name
        assert [p.product_name for p in view.visible_products()] == ["Design consulting (EU)"]
        view.search.clear()
        QTest.keyClicks(view.search, "p2001")  # the number
        assert [p.product_name for p in view.visible_products()] == ["Visitkort, 250 stk."]
        view.search.clear()
        assert len(view.visible_products()) == total
        assert view.products_status.text() == f"Products: {total}"


async def test_a_company_without_products_says_so(sandbox: SandboxServer) -> None:
    assert sandbox.store.products(HOLDING) == []
    async with products_view(sandbox, "da", HOLDING) as (view, _):
        await until(lambda: view.state == "ready", 15, "loaded")
        assert view.products_pages.currentWidget() is view.products_empty
        assert view.products_empty.text() == "This company has no products yet."
        assert view.shown(view.units_table)  # the units are there all the same


async def test_a_failed_load_says_why_and_try_again_loads(make_sandbox: Any) -> None:
    server = make_sandbox(seed="demo")
    server.faults.enqueue(Fault.status(503), method="GET", path_prefix="/products", times=2)
    async with products_view(server, "da") as (view, companies):
        await until(lambda: view.state == "error", 15, "the error")
        assert view.state_page.heading.text() == "The products could not be loaded"
        assert "error 503" in view.state_page.text.text()
        assert view.state_page.retry.isVisible()
        QTest.mouseClick(view.state_page.retry, Qt.MouseButton.LeftButton)
        await until(lambda: view.state == "ready", 15, "loaded on the second try")
        assert len(view.visible_products()) == len(server.store.products(MAIN))
        # another company: its own products
        view.set_company(companies[100000002])
        await until(
            lambda: (
                view.state == "ready"
                and {p.product_xid for p in view.visible_products()}
                == {p["productXid"] for p in server.store.products(100000002)}
            ),
            15,
            "the other company's products",
        )
