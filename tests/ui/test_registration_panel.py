"""The registration panel against a real demo sandbox: real widgets, real booking."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.api import ApiClient, MemoryTokenStore, RetryPolicy, models
from app.booking import BookingMemory, BookingService, DraftLine, DraftStore
from app.paths import AppPaths
from app.previews import RenderService
from app.sandbox.faults import Fault
from app.sandbox.server import SandboxServer
from app.suggestions import SUGGESTION_HANDLERS, extract_text, suggest_from_einvoice
from app.tasks import Tasks
from tests.ui.shell_support import DEMO_PASSWORD, DEMO_USER, until
from ui.formatting import format_amount
from ui.registration_lines import ACCOUNT, AMOUNT, VAT
from ui.registration_panel import RegistrationPanel

pytestmark = pytest.mark.timeout(90)


@dataclass
class Env:
    server: SandboxServer
    api: ApiClient
    company: models.CompanyAndAccess
    paths: AppPaths
    drafts: DraftStore
    memory: BookingMemory
    service: BookingService
    tasks: Tasks
    lines: list[models.ArchiveFileLine]
    panels: list[RegistrationPanel]

    async def panel(self) -> RegistrationPanel:
        panel = RegistrationPanel(self.service, self.drafts, self.memory, self.api, self.tasks)
        panel.resize(520, 640)
        panel.show()
        panel.activateWindow()
        self.panels.append(panel)
        panel.set_company(self.company)
        await until(panel.isActiveWindow, 5, "the panel's window active")
        await until(lambda: panel.customers_for == self.company.xid, 10, "the customers")
        return panel

    def close_panel(self, panel: RegistrationPanel) -> None:
        panel.shutdown()
        panel.hide()  # not close(): the last window closed would quit the event loop
        self.panels.remove(panel)
        # deleted here, on the GUI thread (not by the garbage collector elsewhere)
        shiboken6.delete(panel)


@asynccontextmanager
async def open_env(make_sandbox: Any, tmp_path: Path) -> AsyncIterator[Env]:
    server = make_sandbox(seed="demo")
    api = ApiClient(
        server.base_url,
        token_store=MemoryTokenStore(),
        retry=RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02),
    )
    await api.login(DEMO_USER, DEMO_PASSWORD)
    company = (await api.companies()).default_company()
    assert company is not None and company.allow_documents_add
    paths = AppPaths.under(tmp_path / "client").ensure()
    drafts = DraftStore.open(paths)
    memory = BookingMemory.open(paths)
    service = BookingService(api, drafts, memory=memory)
    tasks = Tasks()
    lines = (await api.archive_files(company.xid, 100)).archive_files_list
    environment = Env(server, api, company, paths, drafts, memory, service, tasks, lines, [])
    try:
        yield environment
    finally:
        for panel in list(environment.panels):
            environment.close_panel(panel)
        await tasks.close()
        drafts.close()
        memory.close()
        await api.aclose()


async def type_cell(panel: RegistrationPanel, row: int, col: int, text: str) -> None:
    """Type into a cell of the lines table as a user does: select it, type, Enter."""
    view = panel.lines_view
    view.setCurrentIndex(panel.lines.index(row, col))
    view.setFocus()
    index = panel.lines.index(row, col)
    view.edit(index)
    editor = view.indexWidget(index)
    assert editor is not None
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits on the next turn of the event loop
    await until(lambda: view.indexWidget(index) is None, 5, "the cell committed")


async def test_book_two_lines_and_two_attachments(make_sandbox: Any, tmp_path: Path) -> None:
    async with open_env(make_sandbox, tmp_path) as env:
        panel = await env.panel()
        first, second = env.lines[0], env.lines[1]
        panel.date.setDate(QDate(2026, 11, 20))
        QTest.keyClicks(panel.description, "Frokost kundemøde")
        QTest.keyClicks(panel.supplier, "30001 Havnekøkkenet")
        await type_cell(panel, 0, ACCOUNT, "7350")
        await type_cell(panel, 0, VAT, "I25")
        await type_cell(panel, 0, AMOUNT, "1.234,56")
        panel.lines_view.setCurrentIndex(panel.lines.index(0, AMOUNT))
        QTest.keyClick(
            panel.lines_view,
            Qt.Key.Key_N,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert panel.lines.rowCount() == 2
        await type_cell(panel, 1, ACCOUNT, "5820")
        await type_cell(panel, 1, AMOUNT, "-1234.56")
        assert panel.total.text() == "0,00"
        panel.set_documents([first, second])
        assert panel.attachments.count() == 2
        booked: list[list[int]] = []
        panel.booked.connect(booked.append)

        QTest.keyClick(panel.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert panel.busy and panel.progress.isVisible()
        await until(lambda: booked, 30, "the registration booked")

        (received,) = env.server.store.registrations(env.company.xid)
        assert received["date"] == "2026-11-20"
        assert received["description"] == "Frokost kundemøde"
        assert received["supplierXid"] == 30001
        assert received["debitCreditlines"] == [
            {"accountNumber": "7350", "vatCode": "I25", "amount": "1.234,56"},
            {"accountNumber": "5820", "amount": "-1.234,56"},
        ]
        assert received["filesToAttachXids"] == [first.xid, second.xid]
        assert booked == [[first.xid, second.xid]]
        # the form is clear for the next one
        assert panel.description.text() == ""
        assert panel.attachments.count() == 0
        assert [line.blank for line in panel.lines.lines()] == [True]
        assert not panel.busy
        # what was booked is remembered for completion
        assert env.memory.account(env.company.xid, "7350") is not None
        supplier = env.memory.supplier(env.company.xid, 30001)
        assert supplier is not None and supplier.name == "Havnekøkkenet"
        completions = panel.supplier.completer().model()
        assert completions.data(completions.index(0, 0)) == "30001  Havnekøkkenet"


async def test_the_fourth_attachment_is_refused_with_the_reason(
    make_sandbox: Any, tmp_path: Path
) -> None:
    async with open_env(make_sandbox, tmp_path) as env:
        panel = await env.panel()
        panel.set_documents(env.lines[:4])
        assert panel.attached_xids() == [line.xid for line in env.lines[:3]]
        assert panel.attachments.count() == 3
        assert "at most 3" in panel.attachment_error.text()
        assert panel.attachment_error.isVisible()
        assert not panel.add_document(env.lines[5])
        assert "at most 3" in panel.attachment_error.text()


async def test_bad_amounts_are_refused_as_typed(make_sandbox: Any, tmp_path: Path) -> None:
    async with open_env(make_sandbox, tmp_path) as env:
        panel = await env.panel()
        view = panel.lines_view
        view.setCurrentIndex(panel.lines.index(0, AMOUNT))
        view.setFocus()
        view.edit(panel.lines.index(0, AMOUNT))
        editor = view.indexWidget(panel.lines.index(0, AMOUNT))
        assert editor is not None
        QTest.keyClicks(editor, "12,3,4")
        assert getattr(editor, "error", None)  # red while typing, with the reason
        assert editor.toolTip()
        QTest.keyClick(editor, Qt.Key.Key_Return)
        await until(lambda: view.indexWidget(panel.lines.index(0, AMOUNT)) is None, 5)
        assert panel.lines.errors() and panel.lines.errors()[0][:2] == (0, AMOUNT)
        assert "Line 1" in panel.line_errors.text()
        index = panel.lines.index(0, AMOUNT)
        assert panel.lines.data(index, Qt.ItemDataRole.ToolTipRole)
        panel.description.setText("x")
        panel.submit()
        assert not panel.busy
        assert "red" in panel.message.text()
        assert env.server.store.registrations(env.company.xid) == []
        # corrected, the total follows
        await type_cell(panel, 0, AMOUNT, "")
        panel.lines.set_cell(0, AMOUNT, "-1.234,56")
        assert panel.lines.errors() == []
        assert panel.total.text() == "-1.234,56"


async def test_lines_move_and_go_from_the_keyboard(make_sandbox: Any, tmp_path: Path) -> None:
    async with open_env(make_sandbox, tmp_path) as env:
        panel = await env.panel()
        panel.lines.set_lines([DraftLine("1000", "", "1"), DraftLine("2000", "", "2")])
        view = panel.lines_view
        view.setFocus()
        view.setCurrentIndex(panel.lines.index(1, ACCOUNT))
        QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        assert [line.account for line in panel.lines.lines()] == ["2000", "1000"]
        assert view.currentIndex().row() == 0
        QTest.keyClick(view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
        assert [line.account for line in panel.lines.lines()] == ["1000"]
        QTest.keyClick(view, Qt.Key.Key_Return)  # Enter on the last row adds one
        assert panel.lines.rowCount() == 2
        assert panel.total.text() == "1,00"


async def test_a_draft_is_restored_after_recreating_the_panel(
    make_sandbox: Any, tmp_path: Path
) -> None:
    async with open_env(make_sandbox, tmp_path) as env:
        panel = await env.panel()
        QTest.keyClicks(panel.description, "Telia november")
        await type_cell(panel, 0, ACCOUNT, "7350")
        await type_cell(panel, 0, AMOUNT, "499,00")
        panel.set_documents([env.lines[2]])
        await until(
            lambda: (
                (d := env.drafts.latest(env.company.xid)) is not None
                and d.description == "Telia november"
                and d.inbox_xids == (env.lines[2].xid,)
            ),
            5,
            "the debounced save",
        )
        env.close_panel(panel)
        # a restart: the store reopened, a new panel
        env.drafts.close()
        env.drafts = DraftStore.open(env.paths)
        env.service = BookingService(env.api, env.drafts, memory=env.memory)
        again = await env.panel()
        assert again.description.text() == "Telia november"
        assert again.lines.lines()[0] == DraftLine("7350", "", "499,00")
        assert again.attached_xids() == [env.lines[2].xid]
        assert again.total.text() == "499,00"


async def test_no_booking_where_documents_may_not_be_added(
    make_sandbox: Any, tmp_path: Path
) -> None:
    async with open_env(make_sandbox, tmp_path) as env:
        panel = await env.panel()
        locked = models.CompanyAndAccess(
            **{
                **{f: getattr(env.company, f) for f in env.company.__struct_fields__},
                "allow_documents_add": False,
            }
        )
        panel.set_company(locked)
        assert not panel.create_button.isEnabled()
        assert "may not add documents" in panel.message.text()
        panel.submit()
        assert not panel.busy


async def test_einvoice_suggestions_prefill_and_are_accepted(
    make_sandbox: Any, tmp_path: Path
) -> None:
    async with open_env(make_sandbox, tmp_path) as env:
        einvoice = None
        for line in env.lines:
            document = await env.api.archive_file(env.company.xid, line.xid, omit_body=True)
            if document.einvoice is not None:
                einvoice = document.einvoice
                break
        assert einvoice is not None, "the demo inbox has an e-invoice"
        s = suggest_from_einvoice(einvoice)
        assert s.document_date is not None and s.total is not None
        panel = await env.panel()
        panel.show_suggestions(s)
        when = s.document_date.value
        assert panel.date.date().toPython() == when
        assert "date" in panel.suggested_fields()
        assert "line1.amount" in panel.suggested_fields()
        assert panel.lines.lines()[0].amount.replace(".", "").replace(",", ".") == str(
            s.total.value
        )
        assert panel.date.toolTip().startswith("Suggested by the document")
        QTest.keyClick(
            panel.description,
            Qt.Key.Key_A,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert panel.suggested_fields() == []
        assert panel.draft is not None
        # never overwrites what the user typed
        panel.description.setText("")
        QTest.keyClicks(panel.description, "Mit eget")
        panel.show_suggestions(s)
        assert panel.description.text() == "Mit eget"


async def fill_lunch(panel: RegistrationPanel) -> None:
    panel.date.setDate(QDate(2026, 11, 21))
    QTest.keyClicks(panel.description, "Frokost")
    await type_cell(panel, 0, ACCOUNT, "7350")
    await type_cell(panel, 0, AMOUNT, "250,00")


async def test_a_failure_shows_why_and_keeps_the_draft(make_sandbox: Any, tmp_path: Path) -> None:
    async with open_env(make_sandbox, tmp_path) as env:
        panel = await env.panel()
        await fill_lunch(panel)
        panel.set_documents([env.lines[0]])
        env.server.faults.enqueue(
            Fault.status(503), method="POST", path_prefix="/suggestedRegistrations", times=3
        )
        booked: list[list[int]] = []
        panel.booked.connect(booked.append)
        panel.submit()
        await until(lambda: not panel.busy, 30, "the submission over")
        assert booked == []
        assert panel.message.text()
        assert panel.description.text() == "Frokost"
        assert panel.attached_xids() == [env.lines[0].xid]
        kept = env.drafts.latest(env.company.xid)
        assert kept is not None and kept.last_error and kept.description == "Frokost"
        assert env.server.store.registrations(env.company.xid) == []
        # the retry books it
        env.server.faults.reset()
        QTest.keyClick(panel.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: booked, 30, "booked on retry")
        assert len(env.server.store.registrations(env.company.xid)) == 1


async def test_create_and_next_asks_for_the_next_document(
    make_sandbox: Any, tmp_path: Path
) -> None:
    async with open_env(make_sandbox, tmp_path) as env:
        panel = await env.panel()
        await fill_lunch(panel)
        panel.set_documents([env.lines[3]])
        nexts: list[bool] = []
        panel.nextRequested.connect(lambda: nexts.append(True))
        booked: list[list[int]] = []
        panel.booked.connect(booked.append)
        QTest.keyClick(
            panel.description,
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        await until(lambda: nexts, 30, "the next document asked for")
        assert booked == [[env.lines[3].xid]]
        (received,) = env.server.store.registrations(env.company.xid)
        assert received["debitCreditlines"] == [{"accountNumber": "7350", "amount": "250,00"}]


async def test_pdf_text_suggestions_prefill_the_empty_fields(
    make_sandbox: Any, tmp_path: Path
) -> None:
    renderer = RenderService(workers=1, extra_handlers=SUGGESTION_HANDLERS)
    await renderer.start()
    try:
        async with open_env(make_sandbox, tmp_path) as env:
            pdf = next(line for line in env.lines if "telia" in (line.name or "").lower())
            document = await env.api.archive_file(env.company.xid, pdf.xid)
            assert document.body.startswith(b"%PDF") and document.einvoice is None
            panel = RegistrationPanel(
                env.service, env.drafts, env.memory, env.api, env.tasks, renderer=renderer
            )
            panel.resize(520, 640)
            panel.show()
            env.panels.append(panel)
            panel.set_company(env.company)
            await until(lambda: panel.customers_for == env.company.xid, 10, "the customers")
            panel.set_documents([pdf])
            panel.show_document(document)
            await until(lambda: panel.suggested_for == pdf.xid, 30, "the PDF's suggestions")
            text = await extract_text(renderer, document.body, own_cvrs=[env.company.cvr])
            s = text.suggestions
            assert s.document_date is not None and s.total is not None
            assert panel.date.date().toPython() == s.document_date.value
            amount = panel.lines.lines()[0].amount
            assert amount == format_amount(s.total.value)
            tip = panel.lines.data(panel.lines.index(0, AMOUNT), Qt.ItemDataRole.ToolTipRole)
            assert tip == f"Suggested by the document: Total {amount}"
            panel.grab().save("/tmp/registration.png")
    finally:
        await renderer.close()


async def test_dropped_files_are_attached_and_uploaded_with_the_booking(
    make_sandbox: Any, tmp_path: Path
) -> None:
    async with open_env(make_sandbox, tmp_path) as env:
        panel = await env.panel()
        await fill_lunch(panel)
        panel.set_documents(env.lines[:2])
        receipt = tmp_path / "bon.pdf"
        receipt.write_bytes(b"%PDF-1.4\n% bon 250,00\n%%EOF\n")
        other = tmp_path / "bon2.pdf"
        other.write_bytes(b"%PDF-1.4\n% bon 2\n%%EOF\n")
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(receipt)), QUrl.fromLocalFile(str(other))])
        pos = panel.rect().center()
        buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, buttons, mods)
        QApplication.sendEvent(panel, enter)
        assert enter.isAccepted()
        drop = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, buttons, mods)
        QApplication.sendEvent(panel, drop)
        assert panel.attachments.count() == 3
        assert "at most 3" in panel.attachment_error.text()  # the second one refused
        booked: list[list[int]] = []
        panel.booked.connect(booked.append)
        panel.submit()
        await until(lambda: booked, 30, "booked")
        (received,) = env.server.store.registrations(env.company.xid)
        files = received["filesToAttachXids"]
        assert len(files) == 3 and files[:2] == [env.lines[0].xid, env.lines[1].xid]
        stored = env.server.store.file(env.company.xid, files[2])
        assert stored is not None and stored.body == receipt.read_bytes()
