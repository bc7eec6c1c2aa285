"""The preview pane with real widgets, the real sandbox on loopback and real render
worker processes: PDFs, photos, scans, text, e-invoices, encrypted and corrupt files,
a render that never finishes, rapid switching, editing, deleting, Save as…"""

from __future__ import annotations

import asyncio
import gc
import struct
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QWidget

from app.api import ApiClient, MemoryTokenStore, errors
from app.api.amounts import Amount
from app.api.models import (
    ArchiveFile,
    ArchiveFileLine,
    CompanyAndAccess,
    DebitCreditLine,
    EntityIdentification,
    FileUploadMeta,
    Registration,
)
from app.documents import DocumentStore
from app.previews import RenderRequest, RenderResult, RenderService
from app.sandbox.faults import Fault
from app.sandbox.server import SandboxServer
from app.tasks import Tasks
from tests.ui.shell_support import DEMO_PASSWORD, DEMO_USER, FAST_RETRY, ROOT, until
from ui import formatting
from ui.company_selector import Permissions
from ui.preview_pane import PreviewPane, render_key

pytestmark = pytest.mark.timeout(120)

MAIN = 100000001  # Nordlys Design ApS: may view, add, edit
READ_ONLY = 100000003  # Holm Revision ApS: may only view
STANDINS = {"block": "tests.previews.standins:block_forever"}


@dataclass
class Env:
    api: ApiClient
    documents: DocumentStore
    renderer: RenderService
    tasks: Tasks
    pane: PreviewPane
    companies: dict[int, CompanyAndAccess]
    painted: list[int] = field(default_factory=list)
    changed: list[int] = field(default_factory=list)
    deleted: list[int] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)

    async def lines(self, company: int = MAIN) -> list[ArchiveFileLine]:
        page = await self.api.archive_files(company, 500)
        return page.archive_files_list

    async def file(self, line: ArchiveFileLine, company: int = MAIN) -> ArchiveFile:
        return await self.api.archive_file(company, line.xid)

    async def find(self, predicate: Callable[[ArchiveFile], bool], company: int = MAIN
                   ) -> tuple[ArchiveFileLine, ArchiveFile]:
        for line in await self.lines(company):
            doc = await self.file(line, company)
            if predicate(doc):
                return line, doc
        raise AssertionError("no such document in the sandbox")

    async def show(self, line: ArchiveFileLine, company: int = MAIN, seconds: float = 20.0
                   ) -> None:
        """Show ``line`` and wait until it has been painted."""
        self.painted.clear()
        self.pane.show_document(self.companies[company], line)
        await until(lambda: line.xid in self.painted, seconds, f"document {line.xid} painted")
        await self.details_settled()

    async def details_settled(self) -> None:
        """The details panel follows the page a few milliseconds after its paint."""
        pane = self.pane
        await until(lambda: pane.document is None or pane.details.document is pane.document,
                    what="the details of the shown document")

    async def painted_event(self, xid: int, seconds: float = 5.0) -> None:
        """Wait for painted(xid) without polling (for timings)."""
        if xid in self.painted:
            return
        event = asyncio.Event()

        def seen(painted: int) -> None:
            if painted == xid:
                event.set()

        self.pane.painted.connect(seen)
        try:
            await asyncio.wait_for(event.wait(), seconds)
        finally:
            self.pane.painted.disconnect(seen)

    async def upload(self, body: bytes, name: str, content_type: str, company: int = MAIN
                     ) -> ArchiveFileLine:
        meta = FileUploadMeta(
            company_xid=company, content_type=content_type, file_name=name,
            friendly_filename=name.rsplit(".", 1)[0], date=date.today(),
            keep_hidden_until_registration=False,
        )
        xid = await self.api.upload_file(meta, body)
        for line in await self.lines(company):
            if line.xid == xid:
                return line
        raise AssertionError("the upload is not in the inbox")


@asynccontextmanager
async def preview_env(
    base_url: str, qtbot: Any, *, renderer: RenderService | None = None,
    size: tuple[int, int] = (760, 980),
) -> AsyncIterator[Env]:
    api = ApiClient(base_url, token_store=MemoryTokenStore(), retry=FAST_RETRY)
    await api.login(DEMO_USER, DEMO_PASSWORD)
    companies = {c.xid: c for c in (await api.companies()).companies_and_access_list}
    documents = DocumentStore(api, None)
    renderer = renderer or RenderService(workers=1, job_timeout=8.0)
    await renderer.start()
    tasks = Tasks()
    pane = PreviewPane(documents, renderer, api, tasks)
    pane.resize(*size)
    pane.show()
    env = Env(api, documents, renderer, tasks, pane, companies)
    pane.painted.connect(env.painted.append)
    pane.documentChanged.connect(env.changed.append)
    pane.documentDeleted.connect(env.deleted.append)
    pane.status.connect(env.statuses.append)
    await until(pane.isVisible, what="the pane on screen")
    try:
        yield env
    finally:
        pane.clear()
        pane.hide()
        await tasks.close()
        await renderer.close()
        await api.aclose()
        # Delete the widgets here, on the GUI thread: left to the garbage collector they
        # may be destroyed on whatever thread it runs in (the sandbox's, a reader's).
        shiboken6.delete(pane)
        gc.collect()


def dark_fraction(image: QImage, step: int = 3) -> float:
    """The share of (sampled) pixels that are dark: text, lines, ink."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    dark = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colour = image.pixelColor(x, y)
            total += 1
            if colour.red() + colour.green() + colour.blue() < 3 * 110:
                dark += 1
    return dark / max(total, 1)


def jpeg_stored_size(data: bytes) -> tuple[int, int]:
    """(width, height) of a JPEG's pixels as stored, before any EXIF orientation."""
    i = 2
    while i < len(data):
        marker, length = data[i + 1], struct.unpack(">H", data[i + 2 : i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[i + 5 : i + 9])
            return width, height
        i += 2 + length
    raise AssertionError("no SOF marker")


def grab(widget: QWidget, path: str | None = None) -> QImage:
    image = widget.grab().toImage()
    if path:
        image.save(path)
    return image


def shown(env: Env) -> RenderResult:
    result = env.pane.page_view.result
    assert result is not None
    return result


# --- what the pane shows -----------------------------------------------------------------


async def test_pdf_is_sharp_and_has_ink_where_the_text_is(sandbox: SandboxServer, qtbot: Any
                                                          ) -> None:
    async with preview_env(sandbox.base_url, qtbot) as env:
        line, _ = await env.find(lambda d: d.friendly_filename == "Kontorland faktura 104522")
        await env.show(line)
        pane = env.pane
        assert pane.stack.currentWidget() is pane.page_view
        result = shown(env)
        assert result.kind == "pdf" and result.page_count == 1
        # exactly the device pixels the view needs: fit to the width of the canvas
        canvas = pane.page_view.canvas
        dpr = pane.devicePixelRatioF()
        room = canvas.available(scrollbar=True)
        assert result.width == int(room.width() * dpr)
        image = canvas.image
        assert image is not None and image.devicePixelRatio() == dpr
        assert image.format() == QImage.Format.Format_RGB32  # wrapped, not converted
        # the top of an invoice carries text; the page is mostly white paper
        assert 0.002 < dark_fraction(image.copy(0, 0, image.width(), image.height() // 3)) < 0.5
        painted = grab(canvas.viewport())
        assert dark_fraction(painted) > 0.002
        assert pane.details.name_edit.text() == "Kontorland faktura 104522"
        assert pane.details.save_as_button.isEnabled()
        grab(pane, "/tmp/preview_pdf.png")


async def test_multi_page_pdf_pages_zoom_fit_rotate(sandbox: SandboxServer, qtbot: Any) -> None:
    async with preview_env(sandbox.base_url, qtbot) as env:
        line, _ = await env.find(lambda d: d.friendly_filename == "Telia faktura oktober")
        await env.show(line)
        view = env.pane.page_view
        assert shown(env).page_count == 4
        assert view.page_label.text() == "Page 1 of 4" and view.page_label.isVisible()
        assert not view.previous_button.isEnabled() and view.next_button.isEnabled()
        first = view.canvas.image
        env.pane.next_page()
        await until(lambda: shown(env).page == 1, what="page 2")
        assert view.page_label.text() == "Page 2 of 4"
        assert view.canvas.image is not first
        env.pane.next_page()
        env.pane.next_page()
        await until(lambda: shown(env).page == 3, what="page 4")
        assert not view.next_button.isEnabled()
        env.pane.next_page()  # past the end: nothing happens
        await asyncio.sleep(0.05)
        assert shown(env).page == 3
        env.pane.previous_page()
        await until(lambda: shown(env).page == 2, what="page 3 again")

        # fit page: the whole page in the view; zoom in renders more pixels; 0 is 100 %
        env.pane.fit_page()
        await until(lambda: shown(env).height < view.canvas.viewport().height()
                    * env.pane.devicePixelRatioF(), what="the whole page")
        whole = shown(env).width
        env.pane.zoom_in()
        await until(lambda: shown(env).width > whole, what="zoomed in")
        env.pane.zoom_reset()
        await until(lambda: view.zoom_label.text() == "100 %", what="100 %")
        await until(lambda: abs(shown(env).zoom - view.logicalDpiX() / 72
                                * env.pane.devicePixelRatioF()) < 1e-6, what="render at 100 %")
        env.pane.fit_width()
        await until(lambda: view.state.fit.value == "fit_width" and shown(env).zoom < 1.3,
                    what="fit width")
        # rotate: the A4 page lies down
        env.pane.rotate()
        await until(lambda: shown(env).rotation == 90, what="rotated")
        assert shown(env).width > shown(env).height


async def test_photo_is_turned_upright_by_its_exif_orientation(sandbox: SandboxServer,
                                                               qtbot: Any) -> None:
    async with preview_env(sandbox.base_url, qtbot) as env:
        line, doc = await env.find(
            lambda d: d.body.startswith(b"\xff\xd8")
            and jpeg_stored_size(d.body)[0] > jpeg_stored_size(d.body)[1]
            and jpeg_stored_size(d.body)[0] * jpeg_stored_size(d.body)[1] >= 11_000_000
        )
        stored_w, stored_h = jpeg_stored_size(doc.body)
        assert stored_w * stored_h >= 11_000_000  # a 12-megapixel phone photo, lying down
        await env.show(line)
        result = shown(env)
        assert result.kind == "image"
        assert result.page_size == (stored_h, stored_w)  # upright after EXIF
        assert result.height > result.width  # portrait on screen
        # fitted into the view: far fewer pixels than the photo has
        assert result.width * result.height < 3_000_000
        image = env.pane.page_view.canvas.image
        assert image is not None and image.format() == QImage.Format.Format_RGBX8888
        env.pane.zoom_in()
        await until(lambda: shown(env).width > result.width, what="zoomed in")
        env.pane.zoom_out()
        env.pane.zoom_out()
        await until(lambda: shown(env).width < result.width, what="zoomed out")
        env.pane.fit_page()
        await until(lambda: shown(env).width == result.width, what="back to the whole photo")
        grab(env.pane, "/tmp/preview_photo.png")


async def test_png_scan(sandbox: SandboxServer, qtbot: Any) -> None:
    async with preview_env(sandbox.base_url, qtbot) as env:
        line, _ = await env.find(lambda d: d.body.startswith(b"\x89PNG"))
        await env.show(line)
        result = shown(env)
        assert result.kind == "image" and result.page_count == 1
        image = env.pane.page_view.canvas.image
        assert image is not None
        assert dark_fraction(image) > 0.001  # ink on the scanned receipt


async def test_plain_text(sandbox: SandboxServer, qtbot: Any) -> None:
    async with preview_env(sandbox.base_url, qtbot) as env:
        line, _ = await env.find(lambda d: d.body.startswith(b"Fra: Net"))
        await env.show(line)
        pane = env.pane
        assert pane.stack.currentWidget() is pane.text_view
        assert pane.text_view.isReadOnly()
        assert pane.text_view.toPlainText().startswith("Fra: Net")
        assert "Netbutikken" in pane.text_view.toPlainText()
        assert not pane.tabs.tabBar().isVisible()


async def test_einvoice_is_readable(sandbox: SandboxServer, qtbot: Any) -> None:
    async with preview_env(sandbox.base_url, qtbot) as env:
        line, doc = await env.find(lambda d: d.friendly_filename == "Kontorland e-faktura møbler")
        einvoice = doc.einvoice
        assert einvoice is not None and einvoice.due_date is not None
        await env.show(line)
        pane = env.pane
        assert pane.tabs.currentWidget() is pane.einvoice_view
        assert pane.tabs.tabBar().isVisible() and pane.tabs.count() == 2
        text = pane.einvoice_view.toPlainText()
        assert einvoice.accounting_supplier.name in text  # Kontorland A/S
        assert "34197598" in text  # its CVR
        assert formatting.format_amount(einvoice.incl_vat_amount) in text  # 9.585,00
        assert formatting.format_date(date.fromisoformat(einvoice.due_date)) in text
        assert "Kontorstol ergonomisk, sort" in text
        assert "0011599773" in text  # the account to pay to
        # the packing slip it carries is one tab away, rendered like any PDF
        assert einvoice.additional_documents[0].name == "Foelgeseddel_FS-88120.pdf"
        assert pane.tabs.tabText(1) == "Foelgeseddel_FS-88120.pdf"
        pane.tabs.setCurrentWidget(pane.stack)
        assert pane.stack.currentWidget() is pane.page_view
        assert shown(env).kind == "pdf"
        canvas = pane.page_view.canvas  # one image pixel per device pixel: sharp
        await until(lambda: canvas.display == canvas.natural_size()
                    and shown(env).width == canvas.available(scrollbar=True).width(),
                    what="a sharp page in the File tab")
        image = pane.page_view.canvas.image
        assert image is not None and dark_fraction(image) > 0.002
        grab(pane, "/tmp/preview_einvoice_attachment.png")
        pane.tabs.setCurrentWidget(pane.einvoice_view)
        await asyncio.sleep(0.05)
        grab(pane, "/tmp/preview_einvoice.png")

        # an e-invoice without an attachment: its File tab shows the XML
        line, doc = await env.find(lambda d: d.einvoice is not None
                                   and not d.einvoice.additional_documents)
        await env.show(line)
        assert pane.tabs.currentWidget() is pane.einvoice_view  # still preferred
        assert pane.tabs.tabText(1) == "File"
        pane.tabs.setCurrentWidget(pane.stack)
        assert pane.stack.currentWidget() is pane.text_view
        assert pane.text_view.toPlainText().startswith("<?xml")
        # having chosen the file, the next e-invoice opens on its file
        other, _ = await env.find(lambda d: d.friendly_filename == "Kontorland e-faktura møbler")
        await env.show(other)
        assert pane.tabs.currentWidget() is pane.stack


# --- files that cannot simply be shown ---------------------------------------------------


async def test_encrypted_pdf_asks_for_its_password(make_sandbox: Callable[..., SandboxServer],
                                                   qtbot: Any) -> None:
    from tests.previews.documents import encrypted_pdf

    server = make_sandbox()
    async with preview_env(server.base_url, qtbot) as env:
        line = await env.upload(encrypted_pdf("hemmelig"), "lønseddel.pdf", "application/pdf")
        await env.show(line)
        pane, message = env.pane, env.pane.message
        assert pane.stack.currentWidget() is message
        assert message.password_row.isVisible()
        assert "password" in message.heading.text()
        assert message.save_as_button.isVisible()
        message.password_edit.setText("forkert")
        qtbot.mouseClick(message.unlock_button, Qt.MouseButton.LeftButton)
        await until(lambda: "not correct" in message.heading.text(), what="wrong password")
        assert pane.stack.currentWidget() is message and message.password_row.isVisible()
        assert message.password_edit.text() == ""
        message.password_edit.setText("hemmelig")
        message.password_edit.returnPressed.emit()
        await until(lambda: pane.stack.currentWidget() is pane.page_view
                    and pane.page_view.result is not None, what="the unlocked PDF")
        assert shown(env).page_count == 2
        image = pane.page_view.canvas.image
        assert image is not None and dark_fraction(image) > 0.001
        # the password is remembered for this session: going back needs no prompt
        other = await env.upload(b"%PDF-1.4\n" + b"x" * 64, "x.pdf", "application/pdf")
        await env.show(other)
        await env.show(line)
        assert pane.stack.currentWidget() is pane.page_view


async def test_corrupt_file_says_so_and_can_still_be_saved(
    make_sandbox: Callable[..., SandboxServer], qtbot: Any, tmp_path: Path
) -> None:
    from tests.previews.documents import corrupt_pdf

    server = make_sandbox()
    body = corrupt_pdf()
    async with preview_env(server.base_url, qtbot) as env:
        line = await env.upload(body, "Faktura: maj/juni?.pdf", "application/pdf")
        await env.show(line)
        pane, message = env.pane, env.pane.message
        assert pane.stack.currentWidget() is message
        assert message.heading.text() == "The file is damaged"
        assert "save" in message.text.text()
        assert not message.password_row.isVisible()
        assert message.save_as_button.isVisible()
        # Save as…: a file name without path separators or reserved characters
        assert pane.suggested_file_name() == "Faktura_ maj_juni_.pdf"
        qtbot.mouseClick(message.save_as_button, Qt.MouseButton.LeftButton)
        dialog = pane.save_dialog
        assert dialog is not None and dialog.isVisible()
        target = tmp_path / "gemt.pdf"
        dialog.selectFile(str(target))
        dialog.accept()
        await until(lambda: any("Saved as" in s for s in env.statuses), what="saved")
        assert target.read_bytes() == body
        assert not await asyncio.to_thread(lambda: list(tmp_path.glob(".*.part")))


async def test_unsupported_content_gets_a_placeholder(
    make_sandbox: Callable[..., SandboxServer], qtbot: Any
) -> None:
    server = make_sandbox()
    async with preview_env(server.base_url, qtbot) as env:
        body = b"\x00\x01\x02 binary junk that is no known format " * 40
        line = await env.upload(body, "data.bin", "application/octet-stream")
        await env.show(line)
        message = env.pane.message
        assert env.pane.stack.currentWidget() is message
        assert message.heading.text() == "This kind of file cannot be previewed"
        assert message.save_as_button.isVisible()


class HangingRenderer(RenderService):
    """A render service whose renders of some documents never finish (like MuPDF on a
    page tree that loops): the job runs the blocking stand-in in a real worker, which
    the service must kill when its time is up."""

    def __init__(self, hang: set[str], **options: Any) -> None:
        super().__init__(extra_handlers=STANDINS, **options)
        self.hang = hang

    async def render(self, doc_key: str, source: Any, request: RenderRequest) -> RenderResult:
        if doc_key in self.hang:
            await self.call("block", None)
        return await super().render(doc_key, source, request)


async def test_a_render_that_never_finishes_is_stopped(sandbox: SandboxServer, qtbot: Any
                                                       ) -> None:
    api = ApiClient(sandbox.base_url, token_store=MemoryTokenStore())
    await api.login(DEMO_USER, DEMO_PASSWORD)
    lines = (await api.archive_files(MAIN, 500)).archive_files_list
    await api.aclose()
    stuck, nxt = lines[1], lines[2]  # a PDF and a PDF (or photo)
    renderer = HangingRenderer({render_key(MAIN, stuck.xid)}, workers=1, job_timeout=1.0)
    async with preview_env(sandbox.base_url, qtbot, renderer=renderer) as env:
        pids = renderer.worker_pids()
        started = time.monotonic()
        await env.show(stuck)
        elapsed = time.monotonic() - started
        message = env.pane.message
        assert env.pane.stack.currentWidget() is message
        assert message.heading.text() == "The document took too long to show"
        assert "stopped after 1 s." in message.text.text()
        assert message.save_as_button.isVisible() and message.retry_button.isVisible()
        assert 0.9 < elapsed < 5
        await until(lambda: renderer.worker_pids()[0] not in (None, pids[0]),
                    what="a fresh worker")  # the stuck one was killed, not ignored
        await env.show(nxt)
        assert env.pane.stack.currentWidget() is env.pane.page_view
        assert env.pane.page_view.result is not None


# --- moving through the list --------------------------------------------------------------


async def test_rapid_switching_shows_only_the_last(sandbox: SandboxServer, qtbot: Any) -> None:
    async with preview_env(sandbox.base_url, qtbot) as env:
        lines = (await env.lines())[:12]
        last = lines[-1]
        for line in lines:
            env.pane.show_document(env.companies[MAIN], line)
            await asyncio.sleep(0.002)
        await until(lambda: last.xid in env.painted, 20, "the last document painted")
        await asyncio.sleep(0.4)  # nothing stale turns up afterwards
        await env.details_settled()
        assert env.painted == [last.xid]
        assert env.pane.line is last
        assert env.pane.document is not None and env.pane.document.archive_file_xid == last.xid
        assert env.pane.details.name_edit.text() == env.pane.document.friendly_filename
        await until(lambda: env.tasks.running == 0, what="no stale work left")


async def test_prefetched_neighbours_show_at_once(sandbox: SandboxServer, qtbot: Any) -> None:
    async with preview_env(sandbox.base_url, qtbot) as env:
        pane = env.pane
        lines = [line for line in await env.lines()][:6]
        await env.show(lines[0])
        pane.prefetch([lines[1], lines[2]])
        await until(lambda: env.tasks.running == 0, 20, "the prefetch")
        fetched = sandbox.request_log.count("/archiveFile", "GET")
        for line in (lines[1], lines[2], lines[1], lines[0]):
            env.painted.clear()
            pane.show_document(env.companies[MAIN], line)
            await env.painted_event(line.xid)
        # shown from what the prefetch brought: no download (speed: make bench)
        assert sandbox.request_log.count("/archiveFile", "GET") == fetched


# --- editing, deleting ----------------------------------------------------------------------


async def test_rename_redate_and_comment_reach_the_server(
    make_sandbox: Callable[..., SandboxServer], qtbot: Any
) -> None:
    from tests.previews.documents import pdf

    server = make_sandbox()
    async with preview_env(server.base_url, qtbot) as env:
        line = await env.upload(pdf(1), "scan_0001.pdf", "application/pdf")
        await env.show(line)
        details = env.pane.details
        assert details.name_edit.isEnabled() and not details.save_button.isEnabled()
        details.name_edit.setText("Frokost med kunde")
        details.date_edit.setDate(QDate(2026, 1, 15))
        assert details.save_button.isEnabled()
        qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
        await until(lambda: line.xid in env.changed, what="documentChanged")
        fresh = await env.api.archive_file(MAIN, line.xid, omit_body=True)
        assert fresh.friendly_filename == "Frokost med kunde"
        assert fresh.date == date(2026, 1, 15)
        assert not details.save_button.isEnabled()  # nothing left to save
        assert details.message.text() == "The name and date were saved."

        details.comment_edit.setText("Betalt med firmakort")
        qtbot.keyClick(details.comment_edit, Qt.Key.Key_Return)
        await until(lambda: len(env.changed) == 2, what="the comment")
        fresh = await env.api.archive_file(MAIN, line.xid, omit_body=True)
        assert [c.comment for c in fresh.comments] == ["Betalt med firmakort"]
        assert fresh.friendly_filename == "Frokost med kunde"  # unchanged by the comment
        assert fresh.date == date(2026, 1, 15)
        shown_comments = [details.comments.item(i).text()
                          for i in range(details.comments.count())]
        assert len(shown_comments) == 1 and "Betalt med firmakort" in shown_comments[0]
        assert details.comment_edit.text() == ""
        assert "Your comment was added." in env.statuses


async def test_delete_explains_a_409_and_deletes_otherwise(
    make_sandbox: Callable[..., SandboxServer], qtbot: Any
) -> None:
    from tests.previews.documents import pdf

    server = make_sandbox()
    async with preview_env(server.base_url, qtbot) as env:
        booked = await env.upload(pdf(1), "bogført.pdf", "application/pdf")
        loose = await env.upload(pdf(2), "dublet.pdf", "application/pdf")
        await env.api.create_suggested_registration(Registration(
            company_xid=MAIN, date=date.today(), description="Frokost",
            debit_creditlines=[
                DebitCreditLine(account_number="2210", amount=Amount("125.00")),
                DebitCreditLine(account_number="5820", amount=Amount("-125.00")),
            ],
            files_to_attach_xids=[EntityIdentification(xid=booked.xid)],
        ))
        pane = env.pane

        async def delete_shown(confirm: bool = True) -> None:
            pane.delete_current()
            box = pane.delete_box
            assert box is not None and box.isVisible()
            if confirm:
                button = box.findChild(QWidget, "confirmDeleteButton")
                assert button is not None
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            else:
                box.button(QMessageBox.StandardButton.Cancel).click()
            await until(lambda: pane.delete_box is None, what="the question answered")

        await env.show(booked)
        await delete_shown(confirm=False)  # cancelled: nothing happens
        await asyncio.sleep(0.1)
        assert await env.api.archive_file(MAIN, booked.xid, omit_body=True)
        await delete_shown()
        await until(lambda: pane.details.message.isVisible(), what="the explanation")
        assert pane.details.message.text() == (
            "The document cannot be deleted because it is attached to a registration.")
        assert env.deleted == []
        assert await env.api.archive_file(MAIN, booked.xid, omit_body=True)  # still there

        await env.show(loose)
        await delete_shown()
        await until(lambda: loose.xid in env.deleted, what="documentDeleted")
        with pytest.raises(errors.NotFound):
            await env.api.archive_file(MAIN, loose.xid, omit_body=True)
        assert pane.stack.currentWidget() is pane.empty and pane.document is None
        assert any("was deleted" in s for s in env.statuses)


async def test_delete_of_a_document_already_gone(make_sandbox: Callable[..., SandboxServer],
                                                 qtbot: Any) -> None:
    from tests.previews.documents import pdf

    server = make_sandbox()
    async with preview_env(server.base_url, qtbot) as env:
        line = await env.upload(pdf(1), "væk.pdf", "application/pdf")
        await env.show(line)
        await env.api.delete_archive_file(MAIN, line.xid)  # someone else was quicker
        env.pane.delete_current()
        box = env.pane.delete_box
        assert box is not None
        button = box.findChild(QWidget, "confirmDeleteButton")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        await until(lambda: line.xid in env.deleted, what="documentDeleted")
        assert "The document had already been deleted." in env.statuses


async def test_read_only_company_disables_editing(sandbox: SandboxServer, qtbot: Any) -> None:
    async with preview_env(sandbox.base_url, qtbot) as env:
        company = env.companies[READ_ONLY]
        assert not company.allow_documents_edit
        line = (await env.lines(READ_ONLY))[0]
        await env.show(line, READ_ONLY)
        details = env.pane.details
        reason = Permissions.of(company).reason()
        assert reason
        for widget in (details.name_edit, details.date_edit, details.save_button,
                       details.comment_edit, details.add_comment_button, details.delete_button):
            assert not widget.isEnabled()
            assert widget.toolTip() == reason
        assert details.save_as_button.isEnabled()
        env.pane.delete_current()
        assert env.pane.delete_box is None


# --- slow and failing servers, resizing, keyboard, accessibility ---------------------------


async def test_a_slow_document_shows_loading_then_the_document(sandbox: SandboxServer,
                                                               qtbot: Any) -> None:
    async with preview_env(sandbox.base_url, qtbot) as env:
        # two of the demo's PDFs (the shared sandbox's newest lines are whatever other
        # tests uploaded last, not necessarily something that renders into pages)
        pdfs = [line for line in await env.lines() if "faktura" in (line.name or "").lower()
                and "e-faktura" not in (line.name or "").lower()]
        first, slow = pdfs[0], pdfs[3]
        await env.show(first)
        assert env.pane.stack.currentWidget() is env.pane.page_view
        sandbox.faults.enqueue(Fault.delay(1.0), method="GET", path_prefix="/archiveFile")
        env.pane.show_document(env.companies[MAIN], slow)
        message = env.pane.message
        # at first the previous document stays, untouched; then "Loading…"
        assert env.pane.stack.currentWidget() is env.pane.page_view
        await until(lambda: env.pane.stack.currentWidget() is message, 2, "Loading…")
        assert message.heading.text() == "Loading the document…"
        assert env.pane.details.name_edit.text() == slow.name  # what the list knows
        assert not env.pane.details.delete_button.isEnabled()
        await until(lambda: slow.xid in env.painted, 10, "the slow document")
        assert env.pane.document is not None
        assert env.pane.document.archive_file_xid == slow.xid


async def test_a_failed_fetch_offers_to_try_again(sandbox: SandboxServer, qtbot: Any) -> None:
    async with preview_env(sandbox.base_url, qtbot) as env:
        line = (await env.lines())[3]
        sandbox.faults.enqueue(Fault.status(503), method="GET", path_prefix="/archiveFile",
                               times=2)
        await env.show(line)
        message = env.pane.message
        assert env.pane.stack.currentWidget() is message
        assert message.heading.text() == "The document could not be fetched"
        assert "server" in message.text.text()
        assert message.retry_button.isVisible() and not message.save_as_button.isVisible()
        env.painted.clear()
        qtbot.mouseClick(message.retry_button, Qt.MouseButton.LeftButton)
        await until(lambda: line.xid in env.painted, 10, "the document after trying again")
        assert env.pane.stack.currentWidget() is not message


async def test_resizing_renders_again_once_it_settles(sandbox: SandboxServer, qtbot: Any
                                                      ) -> None:
    async with preview_env(sandbox.base_url, qtbot) as env:
        line, _ = await env.find(lambda d: d.friendly_filename == "Kontorland faktura 104522")
        await env.show(line)
        before = shown(env)
        renders: list[RenderRequest] = []
        original = env.renderer.render

        async def counting(key: str, source: Any, request: RenderRequest) -> RenderResult:
            renders.append(request)
            return await original(key, source, request)

        env.renderer.render = counting  # type: ignore[method-assign]
        for width in (700, 650, 600, 560):
            env.pane.resize(width, 980)
            await asyncio.sleep(0.02)
        image = env.pane.page_view.canvas
        assert image.display.width() < before.width  # scaled at once, while it settles
        await until(lambda: shown(env).width < before.width, what="the narrower render")
        await asyncio.sleep(0.3)
        assert len(renders) == 1  # debounced: one render for the whole drag
        room = env.pane.page_view.canvas.available(scrollbar=True)
        assert shown(env).width == room.width()
        assert image.display == image.natural_size()  # drawn 1:1 again


async def test_keyboard_in_the_page(sandbox: SandboxServer, qtbot: Any) -> None:
    async with preview_env(sandbox.base_url, qtbot) as env:
        line, _ = await env.find(lambda d: d.friendly_filename == "Telia faktura oktober")
        await env.show(line)
        canvas = env.pane.page_view.canvas
        canvas.setFocus()
        qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
        await until(lambda: shown(env).page == 1, what="PgDn")
        qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
        await until(lambda: shown(env).page == 0, what="PgUp")
        qtbot.keyClick(canvas, Qt.Key.Key_0)
        await until(lambda: env.pane.page_view.zoom_label.text() == "100 %", what="0")
        qtbot.keyClick(canvas, Qt.Key.Key_Plus)
        await until(lambda: env.pane.page_view.zoom_label.text() == "110 %", what="+")
        qtbot.keyClick(canvas, Qt.Key.Key_Minus)
        qtbot.keyClick(canvas, Qt.Key.Key_Minus)
        await until(lambda: env.pane.page_view.zoom_label.text() == "90 %", what="-")
        await until(lambda: abs(shown(env).zoom / (canvas.logicalDpiX() / 72) - 0.9) < 1e-6,
                    what="rendered at 90 %")


async def test_accessible_names_and_tab_order(sandbox: SandboxServer, qtbot: Any) -> None:
    async with preview_env(sandbox.base_url, qtbot) as env:
        line, _ = await env.find(lambda d: d.friendly_filename == "Telia faktura oktober")
        await env.show(line)
        pane = env.pane
        assert pane.objectName() == "previewPane" and pane.accessibleName()
        focusable = [w for w in pane.findChildren(QWidget)
                     if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
                     and w.isEnabled() and not w.objectName().startswith("qt_")]
        assert focusable
        for widget in focusable:
            if widget.parent() is not None and widget.parent().objectName() == "qt_scrollarea":
                continue
            assert widget.accessibleName() or widget.parent().accessibleName(), (
                widget.objectName() or type(widget).__name__)
        # Tab runs from the page controls through the page to the details
        view, details = pane.page_view, pane.details
        order, widget = [], view.previous_button
        for _ in range(200):
            widget = widget.nextInFocusChain()
            tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            if tab and widget.isVisible() and widget.isEnabled() and widget.objectName():
                order.append(widget.objectName())
            if widget is view.previous_button:
                break
        expected = ["nextPageButton", "zoomOutButton", "zoomInButton", "fitWidthButton",
                    "fitPageButton", "rotateButton", "pageCanvas", "friendlyNameEdit",
                    "documentDateEdit", "commentsList", "commentEdit", "saveAsButton",
                    "deleteButton"]
        assert [name for name in order if name in expected] == expected, repr(order)
        assert details.name_edit.objectName() == "friendlyNameEdit"


def test_the_gui_process_imports_neither_pymupdf_nor_pillow() -> None:
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import ui.preview_pane, ui.preview_page_view, ui.preview_einvoice, "
        "ui.preview_details\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('fitz', 'pymupdf', 'PIL'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_canvas_falls_back_to_a_sensible_size_when_never_shown(qtbot: Any) -> None:
    from ui.preview_page_view import FALLBACK_SIZE, PageView

    view = PageView()
    qtbot.addWidget(view)
    request = view.request()
    assert 0 < request.max_width <= FALLBACK_SIZE.width() * view.devicePixelRatioF()
    assert QSize(FALLBACK_SIZE).isValid()


def test_desk_around_the_page_covers_the_rest_exactly() -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QRegion

    from ui.preview_page_view import _around

    area = QRect(0, 0, 100, 80)
    for hole in (QRect(10, 10, 50, 50), QRect(-5, 20, 200, 10), QRect(200, 200, 5, 5),
                 QRect(0, 0, 100, 80), QRect(90, 70, 30, 30)):
        parts = _around(area, hole)
        covered = QRegion()
        for part in parts:
            assert not covered.intersects(part)  # no pixel painted twice
            covered += part
        assert covered == QRegion(area) - QRegion(hole)
