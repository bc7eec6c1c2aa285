"""The customer list of one company (``customersView``), with search and "New customer…".

    view = CustomersView(api, tasks)
    view.set_company(company)              # loads GET /customers/{companyXid}
    view.customerCreated.connect(...)      # a customer was created here (models.Customer)
    view.refresh()                         # load again

States: "idle" (no company), "loading", "ready", "empty" and "error" (with "Try again"),
announced by ``stateChanged(str)``. The search field (``customerSearch``) keeps the
customers whose name, number, CVR, city or e-mail hold every typed word, case and accents
ignored. "New customer…" (``newCustomerButton``) opens ``NewCustomerDialog``; it is
offered when the company allows adding (``allow_documents_add``, see
``app.customers.may_create_customers``), else disabled with the reason as its tooltip.
After a creation the list is loaded again and the new customer selected.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.api import models
from app.customers import customer_haystack, may_create_customers
from app.tasks import Tasks
from ui.customer_dialog import NewCustomerDialog
from ui.error_messages import explain_error
from ui.tables import OBJECT_ROLE, Row, RowsModel, SearchProxy, StatePage, table

log = logging.getLogger(__name__)

__all__ = ["Column", "CustomersApi", "CustomersView"]


class CustomersApi(Protocol):
    async def customers(self, company_xid: int) -> list[models.Customer]: ...

    async def create_customer(self, customer: models.Customer) -> int: ...


class Column:
    NUMBER, NAME, CITY, COUNTRY, CVR, EMAIL, EINVOICE = range(7)


class CustomersView(QWidget):
    """One company's customers."""

    customerCreated = Signal(object)  # models.Customer (with its new xid)
    stateChanged = Signal(str)

    STATE_IDLE, STATE_LOADING, STATE_READY = "idle", "loading", "ready"
    STATE_EMPTY, STATE_ERROR = "empty", "error"

    def __init__(self, api: CustomersApi, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customersView")
        self._api, self._tasks = api, tasks
        self.company: models.CompanyAndAccess | None = None
        self.customers: list[models.Customer] = []
        self.dialog: NewCustomerDialog | None = None
        self.error: str | None = None
        self._state = ""
        self._select_after_load: int | None = None
        self._build()
        self._set_state(self.STATE_IDLE)

    # --- construction --------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Search customers…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search customers"))
        self.search.setToolTip(self.tr("Name, number, CVR, city or e-mail; Escape clears"))
        self.new_button = QPushButton(self.tr("New customer…"), self)
        self.new_button.setObjectName("newCustomerButton")
        self.new_button.setAccessibleName(self.tr("New customer"))

        self.model = RowsModel(
            [
                self.tr("Number"),
                self.tr("Name"),
                self.tr("City"),
                self.tr("Country"),
                self.tr("CVR / VAT no."),
                self.tr("E-mail"),
                self.tr("E-invoice"),
            ],
            self,
        )
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table(self.proxy, "customersTable", self.tr("Customers"))
        self.view.setParent(self)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.view.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)

        self.state_page = StatePage("customersMessage", self.tr("Try again"), self)
        self.state_page.retry.setAccessibleName(self.tr("Try loading the customers again"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.state_page)
        self.status = QLabel(self)
        self.status.setObjectName("customersStatus")
        self.status.setAccessibleName(self.tr("Customer list status"))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        QWidget.setTabOrder(self.search, self.new_button)
        QWidget.setTabOrder(self.new_button, self.view)
        QWidget.setTabOrder(self.view, self.state_page.retry)

        self.search.textChanged.connect(self._search_changed)
        self.new_button.clicked.connect(self.open_new_customer)
        self.state_page.retry.clicked.connect(self.refresh)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            self.search.setFocus()
            return
        super().keyPressEvent(event)

    # --- loading -------------------------------------------------------------------------

    @property
    def state(self) -> str:
        return self._state

    def set_company(self, company: models.CompanyAndAccess | None) -> None:
        same = company is not None and self.company is not None and company.xid == self.company.xid
        self.company = company
        self._update_new_button()
        if same and self._state in (self.STATE_READY, self.STATE_EMPTY, self.STATE_LOADING):
            return  # the same company announced again: keep the list
        self.customers = []
        self.model.set_rows([])
        self.search.clear()
        self.refresh()

    def refresh(self) -> None:
        """Load the company's customers (again)."""
        company = self.company
        if company is None:
            self._tasks.cancel(self._task_name)
            self._set_state(self.STATE_IDLE)
            return
        self.error = None
        if not self.customers:
            self._set_state(self.STATE_LOADING)
        xid = company.xid
        self._tasks.preempt(
            self._task_name,
            self._api.customers(xid),
            on_done=lambda found: self._loaded(xid, found),
            on_error=lambda exc: self._load_failed(xid, exc),
        )

    @property
    def _task_name(self) -> str:
        return f"customers-{id(self)}"

    def _current(self, company_xid: int) -> bool:
        return isValid(self) and self.company is not None and self.company.xid == company_xid

    def _loaded(self, company_xid: int, customers: list[models.Customer]) -> None:
        if not self._current(company_xid):
            return
        self.customers = list(customers)
        self.model.set_rows([self._row(c) for c in customers])
        self._set_state(self.STATE_READY if customers else self.STATE_EMPTY)
        if self._select_after_load is not None:
            self.select_xid(self._select_after_load)
            self._select_after_load = None

    def _load_failed(self, company_xid: int, exc: BaseException) -> None:
        if not self._current(company_xid):
            return
        log.info("customers of %d not loaded: %s", company_xid, exc)
        self.error = explain_error(exc)
        if self.customers:  # keep the list shown; say so below it
            self._update_status()
            return
        self._set_state(self.STATE_ERROR)

    def _row(self, c: models.Customer) -> Row:
        number = c.customer_number or ""
        if c.electronic_invoice and c.electronic_invoice_destination_type:
            kinds = {
                "DK_GLN": self.tr("EAN"),
                "DK_CVR": self.tr("CVR"),
                "DK_PNUMMER": self.tr("P-no."),
                "DK_SENUMMER": self.tr("SE no."),
                "PEPPOL": self.tr("Peppol"),
            }
            kind = kinds.get(c.electronic_invoice_destination_type, "")
            einvoice = f"{kind} {c.electronic_invoice_address or ''}".strip()
        else:
            einvoice = ""
        identifier = "" if c.private_person else c.company_identifier or ""
        texts = (
            number,
            c.customer_name,
            c.city,
            c.country_code,
            identifier,
            c.invoice_email or "",
            einvoice,
        )
        number_key = (0, int(number), "") if number.isdigit() else (1, 0, number.casefold())
        sort_keys = (
            number_key,
            c.customer_name.casefold(),
            c.city.casefold(),
            c.country_code,
            identifier,
            (c.invoice_email or "").casefold(),
            einvoice,
        )
        private = self.tr("Private person") if c.private_person else ""
        tooltips = ("", private, f"{c.address1}, {c.zip_code} {c.city}", "", "", "", "")
        return Row(texts, sort_keys, customer_haystack(c), c, tooltips)

    # --- states --------------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        if state == self.STATE_IDLE:
            self.state_page.show_state(self.tr("No company chosen"), self.tr("Choose a company."))
        elif state == self.STATE_LOADING:
            self.state_page.show_state(self.tr("Loading customers…"))
        elif state == self.STATE_EMPTY:
            self.state_page.show_state(
                self.tr("No customers yet"),
                self.tr("Customers you create here or in Multi-Regnskab are listed here."),
            )
        elif state == self.STATE_ERROR:
            self.state_page.show_state(
                self.tr("The customers could not be loaded"), self.error or "", retry=True
            )
        self.pages.setCurrentWidget(self.view if state == self.STATE_READY else self.state_page)
        self.search.setEnabled(state == self.STATE_READY or bool(self.search.text()))
        changed = state != self._state
        self._state = state
        self._update_status()
        if changed:
            self.stateChanged.emit(state)

    def _update_status(self) -> None:
        if self._state != self.STATE_READY:
            self.status.clear()
            return
        locale = QLocale()
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if self.proxy.query.strip():
            text = self.tr("Showing {0} of {1} customers").format(
                locale.toString(shown), locale.toString(total)
            )
        else:
            text = self.tr("Customers: {0}").format(locale.toString(total))
        if self.error:
            text += " — " + self.tr("could not update: {0}").format(self.error)
        self.status.setText(text)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_status()

    # --- queries -------------------------------------------------------------------------

    def visible_customers(self) -> list[models.Customer]:
        """The customers shown, in display order."""
        found = []
        for row in range(self.proxy.rowCount()):
            item = self.proxy.index(row, 0).data(OBJECT_ROLE)
            if isinstance(item, models.Customer):
                found.append(item)
        return found

    def current_customer(self) -> models.Customer | None:
        item = self.view.currentIndex().data(OBJECT_ROLE)
        return item if isinstance(item, models.Customer) else None

    def select_xid(self, xid: int) -> bool:
        """Select and show the customer ``xid`` (clearing a search that hides it)."""
        for attempt in range(2):
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                item = index.data(OBJECT_ROLE)
                if isinstance(item, models.Customer) and item.xid == xid:
                    selection = self.view.selectionModel()
                    selection.setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    self.view.scrollTo(index)
                    return True
            if attempt == 0 and self.search.text():
                self.search.clear()
            else:
                break
        return False

    # --- new customer --------------------------------------------------------------------

    def _update_new_button(self) -> None:
        company = self.company
        allowed = may_create_customers(company)
        self.new_button.setEnabled(allowed)
        if company is None:
            self.new_button.setToolTip(self.tr("Choose a company first."))
        elif not allowed:
            self.new_button.setToolTip(
                self.tr(
                    "You may only look at {0}, not add to it, so you cannot create customers."
                ).format(company.name)
            )
        else:
            self.new_button.setToolTip(self.tr("Create a customer in {0}").format(company.name))
        self.new_button.setAccessibleDescription(self.new_button.toolTip())

    def open_new_customer(self) -> NewCustomerDialog | None:
        """Open the "New customer" dialog (window-modal); None when not allowed."""
        company = self.company
        if company is None or not may_create_customers(company):
            return None
        if self.dialog is not None and isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = NewCustomerDialog(self._api, self._tasks, company, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.customerCreated.connect(self._created)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _created(self, customer: models.Customer) -> None:
        if not isValid(self):
            return
        if self.company is not None and customer.company_xid == self.company.xid:
            self._select_after_load = customer.xid
            self.refresh()
        self.customerCreated.emit(customer)
