"""The whole window, wired: inbox -> preview, drops -> upload queue -> inbox, keys.

These run the real Shell with the run's services (render workers, cache, upload store)
against a fresh demo sandbox over loopback, as ``mr-desktop`` does.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
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
from ui.main import Shell
from ui.main_window import MainWindow
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
    window.resize(1280, 800)
    window.show()
    inbox = window.panels.inbox
    await until(lambda: inbox.state == "ready", 30, "the inbox's first page")
    try:
        yield server, window
    finally:
        await close_shell(shell)
        await ctx.services.close()


async def test_selecting_documents_shows_them_and_prefetches_the_next(app_window: Any) -> None:
    _server, window = app_window
    inbox, preview = window.panels.inbox, window.panels.preview
    painted: list[int] = []
    preview.painted.connect(painted.append)
    pdf = next(line for line in inbox.lines() if "telia" in (line.name or "").lower())
    inbox.select_xid(pdf.xid)
    await until(lambda: pdf.xid in painted, 30, "the PDF painted")
    # the pane takes the document as its own right after the first paint
    await until(
        lambda: preview.document is not None and preview.document.archive_file_xid == pdf.xid,
        10,
        "the PDF as the pane's document",
    )
    assert preview.page_view.isVisible()
    following = inbox.next_line(pdf)
    assert following is not None
    # the neighbour was fetched in the background: showing it needs no new download
    await until(
        lambda: preview.documents.cached(_key(window, following)) is not None,
        20,
        "the next document prefetched",
    )
    prefetched = preview.documents.cached(_key(window, following))
    QTest.keyClick(inbox.view, Qt.Key.Key_J)
    await until(lambda: following.xid in painted, 30, "the next document painted")
    # shown from what the prefetch brought (the same object), not downloaded again
    await until(lambda: preview.document is prefetched, 10, "the prefetched document shown")


def _key(window: MainWindow, line: Any) -> Any:
    from app.documents import key_for

    return key_for(window.company.xid, line)


async def test_files_and_a_folder_dropped_on_the_window_land_in_the_inbox_once(
    app_window: Any, tmp_path: Path
) -> None:
    server, window = app_window
    drop = tmp_path / "drop"
    folder = drop / "bilag-november"
    folder.mkdir(parents=True)
    receipt = drop / "kvittering-bager.pdf"
    receipt.write_bytes(b"%PDF-1.4\n% bager 1.234,56\n%%EOF\n")
    photo = folder / "IMG_0001.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 180, 150)).save(buffer, "JPEG")
    photo.write_bytes(buffer.getvalue())
    (folder / "noter.txt").write_text("Kørsel 42 km, møde hos revisor\n", encoding="utf-8")
    (folder / "arkiv.zip").write_bytes(b"PK\x03\x04" + b"\x00" * 60)  # refused

    assert drop_files(window.panels.preview, [receipt, folder])[1]
    inbox = window.panels.inbox
    wanted = {"kvittering-bager", "IMG_0001", "noter"}
    await until(
        lambda: wanted <= {line.name for line in inbox.lines()},
        60,
        "the dropped files at the top of the inbox",
    )
    company = window.company.xid
    lines = [line for line in inbox.lines() if line.name in wanted]
    assert len(lines) == 3  # each exactly once
    receipt_line = next(x for x in lines if x.name == "kvittering-bager")
    stored = server.store.file(company, receipt_line.xid)
    assert stored is not None and stored.body is not None
    assert hashlib.sha256(stored.body).digest() == hashlib.sha256(receipt.read_bytes()).digest()
    # the archive was refused with its reason, not uploaded
    assert "arkiv" not in {line.name for line in inbox.lines()}
