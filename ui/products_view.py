"""Products, product types and units of measure of one company, read only
(``productsView``).

    view = ProductsView(api, tasks, language)   # language "da" or "en": the unit names
    view.set_company(company)                   # loads all three lists together
    view.refresh()

Three tabs: "Products" (number, name, type, unit, prices such as "1.234,56 DKK",
description; with a search field ``productSearch``), "Product types" and "Units of
measure". States: "idle", "loading", "ready" and "error" (with "Try again"), announced by
``stateChanged(str)``; a company without products or types says so in its tab.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Literal, Protocol

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.api import models
from app.customers import fold
from app.tasks import Tasks
from ui.error_messages import explain_error
from ui.formatting import format_amount
from ui.tables import OBJECT_ROLE, Row, RowsModel, SearchProxy, StatePage, table

log = logging.getLogger(__name__)

__all__ = ["Catalogue", "ProductsApi", "ProductsView"]


class ProductsApi(Protocol):
    async def products(self, company_xid: int) -> list[models.Product]: ...

    async def product_types(self, company_xid: int) -> list[models.ProductType]: ...

    async def units_of_measure(
        self, language: Literal["da", "en"]
    ) -> list[models.UnitOfMeasure]: ...


@dataclass(frozen=True)
class Catalogue:
    products: list[models.Product]
    types: list[models.ProductType]
    units: list[models.UnitOfMeasure]


class ProductsView(QWidget):
    """A company's products, product types and the units of measure."""

    stateChanged = Signal(str)

    STATE_IDLE, STATE_LOADING, STATE_READY, STATE_ERROR = "idle", "loading", "ready", "error"

    def __init__(
        self, api: ProductsApi, tasks: Tasks, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productsView")
        self._api, self._tasks = api, tasks
        self.language: Literal["da", "en"] = "da" if language == "da" else "en"
        self.company: models.CompanyAndAccess | None = None
        self.catalogue: Catalogue | None = None
        self.error: str | None = None
        self._units: list[models.UnitOfMeasure] | None = None  # the same for every company
        self._state = ""
        self._build()
        self._set_state(self.STATE_IDLE)

    # --- construction --------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("productSearch")
        self.search.setPlaceholderText(self.tr("Search products…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search products"))
        self.search.setToolTip(self.tr("Number, name, type, unit or description"))

        self.products_model = RowsModel(
            [
                self.tr("Number"),
                self.tr("Name"),
                self.tr("Type"),
                self.tr("Unit"),
                self.tr("Prices"),
                self.tr("Description"),
            ],
            self,
        )
        self.products_proxy = SearchProxy(self)
        self.products_proxy.setSourceModel(self.products_model)
        self.products_table = table(self.products_proxy, "productsTable", self.tr("Products"))
        self.products_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.products_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.types_model = RowsModel([self.tr("Id"), self.tr("Name")], self)
        self.types_proxy = SearchProxy(self)
        self.types_proxy.setSourceModel(self.types_model)
        self.types_table = table(self.types_proxy, "productTypesTable", self.tr("Product types"))
        self.types_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.units_model = RowsModel(
            [self.tr("Code"), self.tr("Singular"), self.tr("Plural")], self
        )
        self.units_proxy = SearchProxy(self)
        self.units_proxy.setSourceModel(self.units_model)
        self.units_table = table(self.units_proxy, "unitsTable", self.tr("Units of measure"))

        self.products_empty = QLabel(self.tr("This company has no products yet."), self)
        self.products_empty.setObjectName("productsEmpty")
        self.products_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.products_pages = QStackedWidget(self)
        self.products_pages.addWidget(self.products_table)
        self.products_pages.addWidget(self.products_empty)
        products_tab = QWidget(self)
        box = QVBoxLayout(products_tab)
        box.addWidget(self.search)
        box.addWidget(self.products_pages, 1)
        self.products_status = QLabel(products_tab)
        self.products_status.setObjectName("productsStatus")
        box.addWidget(self.products_status)

        self.types_empty = QLabel(self.tr("This company has no product types."), self)
        self.types_empty.setObjectName("productTypesEmpty")
        self.types_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.types_pages = QStackedWidget(self)
        self.types_pages.addWidget(self.types_table)
        self.types_pages.addWidget(self.types_empty)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("productsTabs")
        self.tabs.setAccessibleName(self.tr("Products, product types and units of measure"))
        self.tabs.addTab(products_tab, self.tr("Products"))
        self.tabs.addTab(self.types_pages, self.tr("Product types"))
        self.tabs.addTab(self.units_table, self.tr("Units of measure"))

        self.state_page = StatePage("productsMessage", self.tr("Try again"), self)
        self.state_page.retry.setAccessibleName(self.tr("Try loading the products again"))
        self.state_page.retry.clicked.connect(self.refresh)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.state_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        QWidget.setTabOrder(self.tabs, self.search)
        QWidget.setTabOrder(self.search, self.products_table)
        self.search.textChanged.connect(self._search_changed)

    # --- loading -------------------------------------------------------------------------

    @property
    def state(self) -> str:
        return self._state

    def set_company(self, company: models.CompanyAndAccess | None) -> None:
        same = company is not None and self.company is not None and company.xid == self.company.xid
        self.company = company
        if same and self._state in (self.STATE_READY, self.STATE_LOADING):
            return
        self.catalogue = None
        for model in (self.products_model, self.types_model):
            model.set_rows([])
        self.search.clear()
        self.refresh()

    def refresh(self) -> None:
        company = self.company
        if company is None:
            self._tasks.cancel(self._task_name)
            self._set_state(self.STATE_IDLE)
            return
        self.error = None
        self._set_state(self.STATE_LOADING)
        xid = company.xid
        self._tasks.preempt(
            self._task_name,
            self._load(xid),
            on_done=lambda found: self._loaded(xid, found),
            on_error=lambda exc: self._failed(xid, exc),
        )

    @property
    def _task_name(self) -> str:
        return f"products-{id(self)}"

    async def _load(self, company_xid: int) -> Catalogue:
        if self._units is not None:  # the same for every company: read once
            products, types = await asyncio.gather(
                self._api.products(company_xid), self._api.product_types(company_xid)
            )
            return Catalogue(products, types, self._units)
        products, types, units = await asyncio.gather(
            self._api.products(company_xid),
            self._api.product_types(company_xid),
            self._api.units_of_measure(self.language),
        )
        return Catalogue(products, types, units)

    def _current(self, company_xid: int) -> bool:
        return isValid(self) and self.company is not None and self.company.xid == company_xid

    def _loaded(self, company_xid: int, catalogue: Catalogue) -> None:
        if not self._current(company_xid):
            return
        self.catalogue = catalogue
        self._units = catalogue.units
        type_names = {t.product_type_xid: t.type_name for t in catalogue.types}
        unit_names = {u.uom_code: u.singularis for u in catalogue.units}
        self.products_model.set_rows(
            [self._product_row(p, type_names, unit_names) for p in catalogue.products]
        )
        self.types_model.set_rows(
            [
                Row(
                    (str(t.product_type_xid), t.type_name),
                    (t.product_type_xid, t.type_name.casefold()),
                    fold(t.type_name),
                    t,
                )
                for t in catalogue.types
            ]
        )
        self.units_model.set_rows(
            [
                Row(
                    (u.uom_code, u.singularis, u.pluralis),
                    (u.uom_code, u.singularis.casefold(), u.pluralis.casefold()),
                    fold(f"{u.uom_code} {u.singularis} {u.pluralis}"),
                    u,
                )
                for u in catalogue.units
            ]
        )
        self.products_pages.setCurrentWidget(
            self.products_table if catalogue.products else self.products_empty
        )
        self.types_pages.setCurrentWidget(self.types_table if catalogue.types else self.types_empty)
        self._set_state(self.STATE_READY)

    def _product_row(
        self, p: models.Product, type_names: dict[int, str], unit_names: dict[str, str]
    ) -> Row:
        type_name = type_names.get(p.product_type_xid) or self.tr("Type {0}").format(
            p.product_type_xid
        )
        unit = unit_names.get(p.unit_of_measure_code, p.unit_of_measure_code)
        prices = ", ".join(
            f"{format_amount(price.price, self.language)} {price.currency_code}"
            for price in p.prices
        )
        number = p.product_id or ""
        first_price = p.prices[0].price if p.prices else None
        texts = (number, p.product_name, type_name, unit, prices, p.description or "")
        sort_keys = (
            number.casefold(),
            p.product_name.casefold(),
            type_name.casefold(),
            unit.casefold(),
            (first_price is None, first_price or 0),
            (p.description or "").casefold(),
        )
        haystack = fold(
            " \n ".join(
                (
                    number,
                    p.product_name,
                    type_name,
                    unit,
                    p.unit_of_measure_code,
                    p.description or "",
                )
            )
        )
        tooltips = ("", "", "", p.unit_of_measure_code, "", p.description or "")
        return Row(texts, sort_keys, haystack, p, tooltips)

    def _failed(self, company_xid: int, exc: BaseException) -> None:
        if not self._current(company_xid):
            return
        log.info("products of %d not loaded: %s", company_xid, exc)
        self.error = explain_error(exc)
        self._set_state(self.STATE_ERROR)

    # --- states --------------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        if state == self.STATE_IDLE:
            self.state_page.show_state(self.tr("No company chosen"), self.tr("Choose a company."))
        elif state == self.STATE_LOADING:
            self.state_page.show_state(self.tr("Loading products…"))
        elif state == self.STATE_ERROR:
            self.state_page.show_state(
                self.tr("The products could not be loaded"), self.error or "", retry=True
            )
        self.pages.setCurrentWidget(self.tabs if state == self.STATE_READY else self.state_page)
        changed = state != self._state
        self._state = state
        self._update_status()
        if changed:
            self.stateChanged.emit(state)

    def _search_changed(self, text: str) -> None:
        self.products_proxy.set_query(text)
        self._update_status()

    def _update_status(self) -> None:
        if self._state != self.STATE_READY:
            self.products_status.clear()
            return
        locale = QLocale()
        total, shown = self.products_model.rowCount(), self.products_proxy.rowCount()
        if self.products_proxy.query.strip():
            text = self.tr("Showing {0} of {1} products").format(
                locale.toString(shown), locale.toString(total)
            )
        else:
            text = self.tr("Products: {0}").format(locale.toString(total))
        self.products_status.setText(text)

    # --- queries -------------------------------------------------------------------------

    @staticmethod
    def shown(view: QTableView) -> list[list[str]]:
        """The rows a table shows, as texts, in display order."""
        model = view.model()
        return [
            [str(model.index(row, col).data()) for col in range(model.columnCount())]
            for row in range(model.rowCount())
        ]

    def visible_products(self) -> list[models.Product]:
        found = []
        for row in range(self.products_proxy.rowCount()):
            item = self.products_proxy.index(row, 0).data(OBJECT_ROLE)
            if isinstance(item, models.Product):
                found.append(item)
        return found
