"""Danish texts reach the widgets that show them: pyside6-lupdate files each text under
the class whose ``self.tr`` (or ``QCoreApplication.translate``) asks for it at run time.

A text filed under no class (``tr = self.tr; tr("…")``, ``widget.tr("…")`` in a
function) or under a mixin's name is translated in the catalogue but never shown: the
interface stays English. These tests load the compiled Danish catalogue as the program
does (``ui.i18n.install``) and read the texts off real widgets.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.api import ApiClient, MemoryTokenStore, models
from app.sandbox.server import SandboxServer
from app.suggestions import Field, Suggestion, Suggestions
from app.tasks import Tasks
from tests.ui.shell_support import DEMO_PASSWORD, DEMO_USER, ROOT, language
from tests.ui.test_registration_panel import open_env
from ui.customer_dialog import NewCustomerDialog
from ui.customers_view import Column, CustomersView
from ui.formatting import format_date
from ui.match_list import MatchList, closeness_text
from ui.products_view import ProductsView

pytestmark = pytest.mark.timeout(90)

# each file's texts and the contexts they must be filed under (the classes whose tr()
# asks for them at run time; OffersMixin's methods run as a RegistrationPanel's)
CONTEXTS = {
    "customer_dialog.py": {"NewCustomerDialog"},
    "customers_view.py": {"CustomersView"},
    "products_view.py": {"ProductsView"},
    "match_list.py": {"MatchList"},
    "registration_offers.py": {"RegistrationPanel"},
}


@pytest.fixture
def danish(qapp: Any) -> Iterator[None]:
    with language("da"):
        yield


@pytest.fixture
def widgets() -> Iterator[list[QWidget]]:
    made: list[QWidget] = []
    yield made
    for widget in made:
        widget.hide()
        if shiboken6.isValid(widget):
            shiboken6.delete(widget)


async def demo_company(server: SandboxServer) -> tuple[ApiClient, models.CompanyAndAccess]:
    api = ApiClient(server.base_url, token_store=MemoryTokenStore())
    await api.login(DEMO_USER, DEMO_PASSWORD)
    company = (await api.companies()).default_company()
    assert company is not None
    return api, company


def headers(model: Any) -> list[str]:
    return [
        str(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        for col in range(model.columnCount())
    ]


def test_lupdate_files_every_text_under_its_class(tmp_path: Path) -> None:
    ts = tmp_path / "contexts.ts"
    sources = [str(ROOT / "ui" / name) for name in CONTEXTS]
    lupdate = ROOT / ".venv" / "bin" / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(ts)], check=True, timeout=60, capture_output=True
    )
    found: dict[str, set[str]] = {name: set() for name in CONTEXTS}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for location in context.iter("location"):
            found[Path(location.get("filename", "")).name].add(name)
    assert found == CONTEXTS


async def test_customer_texts_are_danish(
    sandbox: SandboxServer, danish: None, widgets: list[QWidget]
) -> None:
    api, company = await demo_company(sandbox)
    tasks = Tasks()
    try:
        view = CustomersView(api, tasks)
        widgets.append(view)
        columns = headers(view.model)
        assert columns[Column.NUMBER] == "Nummer"
        assert columns[Column.NAME] == "Navn"
        assert columns[Column.CVR] == "CVR-/momsnr."
        assert columns[Column.EINVOICE] == "E-faktura"
        assert view.search.placeholderText() == "Søg i kunder…"
        # no company yet: the message page says so
        assert view.state_page.heading.text() == "Intet firma valgt"
        assert view.state_page.text.text() == "Vælg et firma."

        dialog = NewCustomerDialog(api, tasks, company)
        widgets.append(dialog)
        assert dialog.number.accessibleName() == "Kundenummer"
        form = dialog.findChild(QFormLayout)
        assert form is not None
        label = form.labelForField(dialog.number)
        assert isinstance(label, QLabel) and label.text() == "&Kundenummer"
        assert dialog.private.text() == "Privatperson"
        assert dialog.save_button.text() == "Gem"
        assert dialog.country.itemText(0) == "DK  Danmark"
    finally:
        await tasks.close()
        await api.aclose()


async def test_product_texts_are_danish(
    sandbox: SandboxServer, danish: None, widgets: list[QWidget]
) -> None:
    api, _company = await demo_company(sandbox)
    tasks = Tasks()
    try:
        view = ProductsView(api, tasks, "da")
        widgets.append(view)
        assert headers(view.products_model)[:2] == ["Nummer", "Navn"]
        assert headers(view.products_model)[-1] == "Beskrivelse"
        assert headers(view.units_model) == ["Kode", "Ental", "Flertal"]
        tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
        assert tabs == ["Varer", "Varetyper", "Enheder"]
        assert view.state_page.heading.text() == "Intet firma valgt"
    finally:
        await tasks.close()
        await api.aclose()


def test_match_closeness_is_danish(danish: None, widgets: list[QWidget]) -> None:
    matches = MatchList(MatchList.DOCUMENTS)
    other = QWidget()  # any widget: the texts are MatchList's whoever asks
    widgets += [matches, other]
    assert closeness_text(matches, 0) == "samme dag"
    assert closeness_text(matches, 3) == "+3 dage"
    assert closeness_text(other, 1) == "+1 dag"
    assert closeness_text(other, -1) == "-1 dag"
    assert closeness_text(matches, -2) == "-2 dage"


async def test_suggestion_tooltips_are_danish(
    make_sandbox: Any, tmp_path: Path, danish: None
) -> None:
    async with open_env(make_sandbox, tmp_path) as env:
        panel = await env.panel()
        when = date(2026, 11, 3)
        panel.show_suggestions(
            Suggestions(document_date=Suggestion(Field.DOCUMENT_DATE, when, 1.0))
        )
        assert "date" in panel.offered_fields()
        assert panel.date.toolTip() == (
            f"Forslag fra bilaget: {format_date(when)}"
            " (Alt+1 eller et klik på det i forhåndsvisningen overtager det)"
        )
