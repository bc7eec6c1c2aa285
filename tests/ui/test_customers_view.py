"""The customer list and the "New customer" dialog against the demo sandbox: real
widgets, typed into, and the sandbox's store checked for what arrived."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from app.api import ApiClient, MemoryTokenStore, RetryPolicy, models
from app.customers import gln_check_digit
from app.sandbox.faults import Fault
from app.sandbox.server import SandboxServer
from app.tasks import Tasks
from tests.ui.shell_support import DEMO_PASSWORD, DEMO_USER, until
from ui.customer_dialog import NewCustomerDialog
from ui.customers_view import Column, CustomersView

pytestmark = pytest.mark.timeout(90)

MAIN, VIEW_ONLY = 100000001, 100000003


@dataclass
class Env:
    server: SandboxServer
    api: ApiClient
    tasks: Tasks
    companies: dict[int, models.CompanyAndAccess]
    widgets: list[QWidget] = field(default_factory=list)

    async def view(self, company_xid: int = MAIN) -> CustomersView:
        view = CustomersView(self.api, self.tasks)
        view.resize(900, 500)
        view.show()
        self.widgets.append(view)
        view.set_company(self.companies[company_xid])
        await until(lambda: view.state == view.STATE_READY, 15, "the customers listed")
        return view

    def stored(self, company_xid: int = MAIN) -> list[dict[str, Any]]:
        return self.server.store.customers(company_xid)


@asynccontextmanager
async def open_env(server: SandboxServer) -> AsyncIterator[Env]:
    api = ApiClient(
        server.base_url,
        token_store=MemoryTokenStore(),
        retry=RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02),
    )
    await api.login(DEMO_USER, DEMO_PASSWORD)
    companies = {c.xid: c for c in (await api.companies()).companies_and_access_list}
    tasks = Tasks()
    env = Env(server, api, tasks, companies)
    try:
        yield env
    finally:
        for widget in env.widgets:
            widget.hide()  # not close(): the last window closed would quit the event loop
            if shiboken6.isValid(widget):
                shiboken6.delete(widget)
        await tasks.close()
        await api.aclose()


def names(view: CustomersView) -> list[str]:
    return [c.customer_name for c in view.visible_customers()]


def cell(view: CustomersView, row: int, column: int) -> str:
    return str(view.proxy.index(row, column).data())


async def open_dialog(view: CustomersView) -> NewCustomerDialog:
    QTest.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    await until(lambda: view.dialog is not None and view.dialog.isVisible(), 5, "the dialog")
    dialog = view.dialog
    assert dialog is not None and dialog.objectName() == "newCustomerDialog"
    return dialog


def type_into(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    if text:
        QTest.keyClicks(widget, text)


def gln(first12: str) -> str:
    return first12 + str(gln_check_digit(first12))


# --- the list ------------------------------------------------------------------------


async def test_the_demo_customers_are_listed_and_search_narrows_them(
    sandbox: SandboxServer,
) -> None:
    async with open_env(sandbox) as env:
        view = await env.view()
        stored = env.stored()
        assert len(stored) >= 12
        assert sorted(names(view)) == sorted(c["customerName"] for c in stored)
        assert view.status.text() == f"Customers: {len(stored)}"
        # sorted by name; the columns a bookkeeper reads
        assert names(view) == sorted(names(view), key=str.casefold)
        row = names(view).index("Mikkelsen Arkitekter ApS")
        mikkelsen = next(c for c in stored if c["customerName"] == "Mikkelsen Arkitekter ApS")
        assert [cell(view, row, col) for col in range(7)] == [
            "1001",
            "Mikkelsen Arkitekter ApS",
            "Aarhus C",
            "DK",
            mikkelsen["companyIdentifier"],
            "bogholderi@mikkelsen-ark.dk",
            "",
        ]
        kommune = names(view).index("Aarhus Kommune, Kultur og Borgerservice")
        assert cell(view, kommune, Column.EINVOICE).startswith("EAN 579")
        assert cell(view, names(view).index("Anne Sørensen"), Column.CVR) == ""

        search = view.findChild(QWidget, "customerSearch")
        assert search is view.search
        QTest.keyClicks(view.search, "ostergaard")  # case and accents ignored
        assert names(view) == ["Jens Peter Østergaard"]
        assert view.status.text() == f"Showing 1 of {len(stored)} customers"
        type_into(view.search, "aarhus")
        assert sorted(names(view)) == sorted(
            c["customerName"] for c in stored if c["city"] == "Aarhus C"
        )
        type_into(view.search, "1006")  # the customer number
        assert names(view) == ["Lund Design Studio AB"]
        type_into(view.search, mikkelsen["companyIdentifier"])  # the CVR
        assert names(view) == ["Mikkelsen Arkitekter ApS"]
        type_into(view.search, "GMAIL")  # the e-mail
        assert names(view) == ["Anne Sørensen"]
        type_into(view.search, "cafe hjornet nowhere")
        assert names(view) == []
        QTest.keyClick(view.search, Qt.Key.Key_Escape)
        assert view.search.text() == "" and len(names(view)) == len(stored)

        # sorting by number, numerically
        view.view.sortByColumn(Column.NUMBER, Qt.SortOrder.DescendingOrder)
        numbers = [int(c.customer_number or 0) for c in view.visible_customers()]
        assert numbers == sorted(numbers, reverse=True)


async def test_a_view_only_company_lists_customers_but_offers_no_new_customer(
    sandbox: SandboxServer,
) -> None:
    async with open_env(sandbox) as env:
        company = env.companies[VIEW_ONLY]
        assert not company.allow_documents_add
        view = CustomersView(env.api, env.tasks)
        env.widgets.append(view)
        view.show()
        view.set_company(company)
        await until(lambda: view.state in ("ready", "empty"), 15, "the customers loaded")
        assert not view.new_button.isEnabled()
        assert "cannot create customers" in view.new_button.toolTip()
        assert view.open_new_customer() is None
        # another company with rights: offered again
        view.set_company(env.companies[MAIN])
        await until(lambda: view.state == "ready", 15, "the main company's customers")
        assert view.new_button.isEnabled()


async def test_a_failed_load_says_why_and_try_again_loads(make_sandbox: Any) -> None:
    server = make_sandbox(seed="demo")
    async with open_env(server) as env:
        server.faults.enqueue(Fault.status(403), method="GET", path_prefix="/customers")
        view = CustomersView(env.api, env.tasks)
        env.widgets.append(view)
        view.show()
        view.set_company(env.companies[MAIN])
        await until(lambda: view.state == "error", 15, "the error shown")
        assert view.state_page.heading.text() == "The customers could not be loaded"
        assert "permission" in view.state_page.text.text()
        assert view.state_page.retry.isVisible()
        QTest.mouseClick(view.state_page.retry, Qt.MouseButton.LeftButton)
        await until(lambda: view.state == "ready", 15, "loaded on the second try")
        assert len(names(view)) == len(env.stored())


# --- creating ------------------------------------------------------------------------


async def test_create_a_customer_through_the_dialog(make_sandbox: Any) -> None:
    server = make_sandbox(seed="demo")
    async with open_env(server) as env:
        view = await env.view()
        before = {c["xid"] for c in env.stored()}
        created: list[models.Customer] = []
        view.customerCreated.connect(created.append)
        dialog = await open_dialog(view)
        assert dialog.currency.currentText() == "DKK"
        assert dialog.country.currentData() == "DK"
        assert not dialog.einvoice_type.isEnabled() and not dialog.einvoice_address.isEnabled()

        address = gln("579000123456")
        QTest.keyClicks(dialog.name, "Vejle Tømrerlaug")
        QTest.keyClicks(dialog.cvr, "DK 29 40 35 73")
        QTest.keyClicks(dialog.address1, "Dæmningen 34")
        QTest.keyClicks(dialog.zip, "7100")
        QTest.keyClicks(dialog.city, "Vejle")
        type_into(dialog.currency, "eur")
        QTest.keyClick(dialog.language, Qt.Key.Key_Down)  # English
        QTest.keyClicks(dialog.email, "faktura@toemrerlaug.dk")
        dialog.terms_type.setCurrentIndex(dialog.terms_type.findData("RUNNING_MONTH"))
        type_into(dialog.terms_days, "30")
        QTest.mouseClick(dialog.einvoice, Qt.MouseButton.LeftButton)
        assert dialog.einvoice_type.isEnabled() and dialog.einvoice_address.isEnabled()
        QTest.keyClicks(dialog.einvoice_address, address)
        assert dialog.shown_problems() == {}

        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.busy and dialog.progress.isVisible()
        await until(lambda: created, 15, "the customer created")

        (new,) = [c for c in env.stored() if c["xid"] not in before]
        assert new == {
            "companyXid": MAIN,
            "xid": new["xid"],
            "entityVersion": 1,
            "customerNumber": "1013",  # given by the server after the demo's 1001-1012
            "customerName": "Vejle Tømrerlaug",
            "privatePerson": False,
            "companyIdentifier": "29403573",
            "address1": "Dæmningen 34",
            "zipCode": "7100",
            "city": "Vejle",
            "countryCode": "DK",
            "currencyCode": "EUR",
            "languageCode": "EN",
            "invoiceEmail": "faktura@toemrerlaug.dk",
            "paymentTermsType": "RUNNING_MONTH",
            "paymentTermsDays": 30,
            "electronicInvoice": True,
            "electronicInvoiceDestinationType": "DK_GLN",
            "electronicInvoiceAddress": address,
        }
        assert dialog.created_xid == new["xid"]
        assert created[0].xid == new["xid"] and created[0].customer_name == "Vejle Tømrerlaug"
        await until(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), 5, "closed")
        # the list is loaded again with the new customer selected
        await until(lambda: view.current_customer() is not None, 15, "the new one selected")
        current = view.current_customer()
        assert current is not None and current.xid == new["xid"]
        assert "Vejle Tømrerlaug" in names(view)


async def test_invalid_input_is_refused_with_the_reason_and_nothing_is_sent(
    sandbox: SandboxServer,
) -> None:
    async with open_env(sandbox) as env:
        view = await env.view()
        before = env.stored()
        dialog = await open_dialog(view)
        QTest.keyClicks(dialog.name, "Halvfærdig Kunde")
        QTest.keyClicks(dialog.cvr, "1234")
        # as typed: only the fields touched so far
        assert dialog.shown_problems() == {
            "company_identifier": "A Danish CVR number has 8 digits."
        }
        cvr_error = dialog.findChild(QWidget, "customerCvrError")
        assert cvr_error is not None and cvr_error.isVisible()
        assert not dialog.findChild(QWidget, "customerAddress1Error").isVisible()
        # another country: a CVR of 8 digits is asked only of a Danish business
        type_into(dialog.country, "XX")
        assert dialog.shown_problems() == {"country_code": "XX is not a country code."}
        type_into(dialog.country, "dk")
        assert dialog.shown_problems() == {
            "company_identifier": "A Danish CVR number has 8 digits."
        }
        type_into(dialog.currency, "KR")
        QTest.keyClicks(dialog.email, "faktura.example.dk")
        QTest.mouseClick(dialog.einvoice, Qt.MouseButton.LeftButton)
        dialog.einvoice_type.setCurrentIndex(dialog.einvoice_type.findData("DK_GLN"))
        wrong_digit = gln("579000123456")[:-1] + str((int(gln("579000123456")[-1]) + 1) % 10)
        type_into(dialog.einvoice_address, wrong_digit)

        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.busy and dialog.isVisible()
        assert dialog.message.text() == "Correct the fields marked in red first."
        assert dialog.shown_problems() == {
            "company_identifier": "A Danish CVR number has 8 digits.",
            "address1": "The address is required.",
            "zip_code": "The postcode is required.",
            "city": "The city is required.",
            "currency_code": "Type a three-letter currency code such as DKK or EUR.",
            "invoice_email": "This is not an e-mail address (name@example.dk).",
            "einvoice_address": "This EAN / GLN number has a typo (its check digit is wrong).",
        }
        error = dialog.findChild(QWidget, "customerAddress1Error")
        assert error is not None and error.isVisible()
        assert dialog.address1.accessibleDescription() == "The address is required."
        assert dialog.focusWidget() is dialog.cvr  # the first field in the way
        assert env.stored() == before

        # a private person needs no CVR: that problem goes as the choice is made
        QTest.mouseClick(dialog.private, Qt.MouseButton.LeftButton)
        assert not dialog.cvr.isEnabled()
        assert "company_identifier" not in dialog.shown_problems()
        assert env.stored() == before
        QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        await until(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), 5, "closed")
        assert env.stored() == before


async def fill_minimal(dialog: NewCustomerDialog) -> None:
    QTest.mouseClick(dialog.private, Qt.MouseButton.LeftButton)
    QTest.keyClicks(dialog.name, "Karen Blixen")
    QTest.keyClicks(dialog.address1, "Rungstedvej 111")
    QTest.keyClicks(dialog.zip, "2960")
    QTest.keyClicks(dialog.city, "Rungsted Kyst")


async def test_an_api_failure_keeps_the_dialog_open_with_the_reason(make_sandbox: Any) -> None:
    server = make_sandbox(seed="demo")
    async with open_env(server) as env:
        view = await env.view()
        before = env.stored()
        created: list[models.Customer] = []
        view.customerCreated.connect(created.append)
        dialog = await open_dialog(view)
        await fill_minimal(dialog)

        server.faults.enqueue(
            Fault.status(400, message="customerName: a customer with this name exists"),
            method="POST",
            path_prefix="/customers",
        )
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        await until(lambda: not dialog.busy, 15, "the answer")
        assert dialog.isVisible() and not dialog.progress.isVisible()
        assert dialog.message.text() == (
            "Multi-Regnskab refused the customer: customerName: a customer with this name exists"
        )
        assert dialog.name.text() == "Karen Blixen" and dialog.city.text() == "Rungsted Kyst"

        server.faults.enqueue(Fault.status(403), method="POST", path_prefix="/customers")
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        await until(lambda: not dialog.busy, 15, "the answer")
        assert dialog.message.text().startswith("You do not have permission to create customers")

        server.faults.enqueue(Fault.drop_before(), method="POST", path_prefix="/customers")
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        await until(lambda: not dialog.busy, 15, "the answer")
        assert dialog.isVisible()
        assert "connection" in dialog.message.text().lower()
        assert env.stored() == before and created == []

        # the same form, saved again, arrives once
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        await until(lambda: created, 15, "created on retry")
        new = [c for c in env.stored() if c not in before]
        assert [(c["customerName"], c["privatePerson"]) for c in new] == [("Karen Blixen", True)]
        assert "companyIdentifier" not in new[0]
