"""The preview pane with real widgets, the real sandbox on loopback and real render
worker processes: PDFs, photos, scans, text, e-invoices, encrypted and corrupt files,
a render that never finishes, rapid switching, editing, deleting, Save as…"""

from __future__ import annotations

import asyncio
import gc
import struct
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest
import shiboken6
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from app.api import ApiClient, MemoryTokenStore
from app.api.models import (
    ArchiveFile,
    ArchiveFileLine,
    CompanyAndAccess,
    FileUploadMeta,
)
from app.documents import DocumentStore
from app.previews import RenderResult, RenderService
from app.sandbox.server import SandboxServer
from app.tasks import Tasks
from tests.ui.shell_support import DEMO_PASSWORD, DEMO_USER, until
from ui import formatting
from ui.preview_pane import PreviewPane

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
    api = ApiClient(base_url, token_store=MemoryTokenStore())
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
        try:
            await until(lambda: shown(env).rotation == 90, what="rotated")
        except AssertionError:
            print("DIAG", env.pane.stack.currentWidget().objectName(),
                  env.pane.message.heading.text(), env.pane.message.toolTip(), view.state,
                  shown(env), env.tasks._named)
            raise
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
        # the file itself (the XML) is one tab away
        pane.tabs.setCurrentWidget(pane.stack)
        assert pane.stack.currentWidget() is pane.text_view
        assert pane.text_view.toPlainText().startswith("<?xml")
        pane.tabs.setCurrentWidget(pane.einvoice_view)
        await asyncio.sleep(0.05)
        grab(pane, "/tmp/preview_einvoice.png")
