"""The registration panel in the whole window: beside the preview, fed by the inbox."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.api import MemoryTokenStore
from tests.ui.shell_support import (
    DEMO_PASSWORD,
    DEMO_USER,
    close_shell,
    drop_files,
    make_ctx,
    until,
)
from ui.inbox_panel import InboxPanel
from ui.main import Shell
from ui.registration_lines import ACCOUNT
from ui.registration_panel import RegistrationPanel
from ui.workspace import AppServices

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
async def app_window(make_sandbox: Any, tmp_path: Path) -> Any:
    server = make_sandbox(seed="demo")
    store = MemoryTokenStore()
    ctx = make_ctx(server.base_url, tmp_path, store=store)
    ctx.services = AppServices.create(ctx.paths)
    shell = Shell(ctx, store)
    await shell.start_signed_in(DEMO_USER, DEMO_PASSWORD)
    window = shell.window
    assert window is not None
    window.resize(1500, 860)
    window.show()
    window.activateWindow()
    await until(window.isActiveWindow, 5, "the window active")
    inbox = window.panels.inbox
    assert isinstance(inbox, InboxPanel)
    await until(lambda: inbox.state == "ready", 30, "the inbox's first page")
    try:
        yield server, window
    finally:
        await close_shell(shell)
        await ctx.services.close()


async def test_book_the_shown_pdf_and_go_on_to_the_next(app_window: Any) -> None:
    server, window = app_window
    inbox, preview = window.panels.inbox, window.panels.preview
    panel = window.findChild(RegistrationPanel, "registrationPanel")
    assert panel is not None and panel.isVisible()
    splitter = window.work_splitter
    assert splitter.indexOf(panel) == splitter.indexOf(preview) + 1
    pdf = next(line for line in inbox.lines() if "telia" in (line.name or "").lower())
    following = inbox.next_line(pdf)
    assert following is not None
    inbox.select_xid(pdf.xid)
    await until(lambda: panel.attached_xids() == [pdf.xid], 10, "the document attached")
    await until(lambda: panel.suggested_for == pdf.xid, 30, "the PDF's suggestions")
    amount = panel.lines.lines()[0].amount
    assert amount, "the total suggested"
    window.grab().save("/tmp/registration-window.png")

    QTest.keyClicks(panel.description, "Telia")
    panel.lines.set_cell(0, ACCOUNT, "7350")
    QTest.keyClick(panel.description, Qt.Key.Key_A, CTRL_SHIFT)  # accept the suggestions
    assert panel.suggested_fields() == []
    QTest.keyClick(panel.description, Qt.Key.Key_Return, CTRL_SHIFT)  # create and next
    await until(lambda: server.store.registrations(window.company.xid), 30, "booked")
    (received,) = server.store.registrations(window.company.xid)
    assert received["filesToAttachXids"] == [pdf.xid]
    assert received["debitCreditlines"] == [{"accountNumber": "7350", "amount": amount}]
    current = await until(inbox.current_line, 10, "a document selected")
    await until(lambda: inbox.current_line() == following, 10, "the next document")
    assert current is not None
    assert pdf.xid not in {line.xid for line in inbox.lines()}


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


async def test_a_file_dropped_on_the_registration_is_attached_not_uploaded(
    app_window: Any, tmp_path: Path
) -> None:
    """Anywhere else on the window a dropped file goes to the inbox; on the registration
    panel, while it holds a registration, it is attached to that registration."""
    _server, window = app_window
    inbox = window.panels.inbox
    panel = window.findChild(RegistrationPanel, "registrationPanel")
    assert panel is not None and panel.isVisible()
    uploads: list[list[Path]] = []
    window.filesDropped.connect(uploads.append)
    receipt = tmp_path / "bon.pdf"
    receipt.write_bytes(b"%PDF-1.4\n% bon 250,00\n%%EOF\n")

    first = inbox.lines()[0]
    inbox.select_xid(first.xid)
    await until(lambda: panel.attached_xids() == [first.xid], 10, "the document attached")
    before = panel.attachments.count()
    # on a field of the panel, as on the panel itself: the panel takes the file
    assert drop_files(panel.description, [receipt]) == (True, True)
    assert panel.attachments.count() == before + 1
    assert uploads == []

    # on the inbox beside it: an upload, as before
    assert drop_files(inbox.view, [receipt]) == (True, True)
    assert uploads == [[receipt]]
