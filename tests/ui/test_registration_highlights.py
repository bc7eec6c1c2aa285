"""Suggestions highlighted on the preview: placed on the words they were read from at any
zoom and rotation, accepted by a click or Alt+1..3, gone when accepted, rejected or the
document changes. The real preview and panel, wired as ui.workspace does, on the demo
Telia PDF from the sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QWidget

from app.api import models
from app.cache import DiskCache
from app.documents import DocumentStore
from app.previews import RenderService
from app.suggestions import SUGGESTION_HANDLERS, Box
from tests.suggestions.pdfs import make_pdf
from tests.ui.shell_support import until
from tests.ui.test_registration_panel import Env, open_env, type_cell
from ui.preview_highlights import box_rect
from ui.preview_pane import PreviewPane
from ui.registration_lines import AMOUNT
from ui.registration_panel import RegistrationPanel

pytestmark = pytest.mark.timeout(120)


# --- the geometry ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rotation", "expected"),
    [
        # a 100 x 200 pt page drawn into a 200 x 400 (or 400 x 200) px rectangle at
        # (10, 20); the box (10, 30)-(40, 50) pt
        (0, (10 + 20, 20 + 60, 10 + 80, 20 + 100)),
        # 90 clockwise: x = h - y, y = x, on a 200 x 100 pt page
        (90, (10 + 300, 20 + 20, 10 + 340, 20 + 80)),
        (180, (10 + 120, 20 + 300, 10 + 180, 20 + 340)),
        # 270: x = y, y = w - x
        (270, (10 + 60, 20 + 120, 10 + 100, 20 + 180)),
    ],
)
def test_a_box_lands_where_its_words_are_drawn(
    rotation: int, expected: tuple[float, float, float, float]
) -> None:
    target = QRectF(10, 20, 200, 400) if rotation % 180 == 0 else QRectF(10, 20, 400, 200)
    rect = box_rect(Box(0, 10, 30, 40, 50), (100, 200), rotation, target)
    pad = 2.0
    assert rect.getCoords() == pytest.approx(
        (expected[0] - pad, expected[1] - pad, expected[2] + pad, expected[3] + pad)
    )


# --- on screen ---------------------------------------------------------------------------


@dataclass
class Desk:
    env: Env
    preview: PreviewPane
    panel: RegistrationPanel
    pdf: models.ArchiveFileLine
    other: models.ArchiveFileLine


@asynccontextmanager
async def open_desk(make_sandbox: Any, tmp_path: Path) -> AsyncIterator[Desk]:
    renderer = RenderService(workers=1, extra_handlers=SUGGESTION_HANDLERS)
    await renderer.start()
    host = QWidget()
    try:
        async with open_env(make_sandbox, tmp_path) as env:
            documents = DocumentStore(env.api, DiskCache(env.paths.cache_dir))
            preview = PreviewPane(documents, renderer, env.api, env.tasks, host)
            panel = RegistrationPanel(
                env.service, env.drafts, env.memory, env.api, env.tasks, host, renderer=renderer
            )
            layout = QHBoxLayout(host)
            layout.addWidget(preview, 3)
            layout.addWidget(panel, 2)
            # the wiring of ui.workspace._attach_registration
            panel.highlightsChanged.connect(preview.set_highlights)
            preview.highlightActivated.connect(panel.accept_suggestion)
            preview.painted.connect(
                lambda xid: (
                    preview.document is not None
                    and preview.document.archive_file_xid == xid
                    and panel.suggested_for != xid
                    and panel.show_document(preview.document)
                )
            )
            host.resize(1300, 900)
            host.show()
            host.activateWindow()
            await until(host.isActiveWindow, 5, "the window active")
            panel.set_company(env.company)
            await until(lambda: panel.customers_for == env.company.xid, 10, "the customers")
            pdf = next(line for line in env.lines if "telia" in (line.name or "").lower())
            other = next(line for line in env.lines if line.xid != pdf.xid)
            try:
                yield Desk(env, preview, panel, pdf, other)
            finally:
                panel.shutdown()
                host.hide()
                preview.clear()
    finally:
        shiboken6.delete(host)
        await renderer.close()


SPARSE = [  # words far apart on a blank page: a misplaced box lands on empty paper
    (60, 80, "Havnekøkkenet ApS", 14),
    (380, 120, "Fakturadato 05.11.2026"),
    (380, 700, "I alt DKK 1.250,00", 12),
]


async def upload_sparse(desk: Desk) -> None:
    """Upload a sparse invoice to the inbox and make it the desk's PDF."""
    env = desk.env
    meta = models.FileUploadMeta(
        company_xid=env.company.xid,
        content_type="application/pdf",
        file_name="sparse.pdf",
        friendly_filename="Sparse invoice",
        keep_hidden_until_registration=False,
    )
    xid = await env.api.upload_file(meta, make_pdf(SPARSE))
    page = await env.api.archive_files(env.company.xid, 100)
    desk.pdf = next(line for line in page.archive_files_list if line.xid == xid)


async def show_pdf(desk: Desk) -> None:
    desk.panel.set_documents([desk.pdf])
    desk.preview.show_document(desk.env.company, desk.pdf)
    await until(lambda: desk.panel.suggested_for == desk.pdf.xid, 30, "the PDF's suggestions")
    await until(lambda: desk.preview.shown_highlights(), 10, "the highlights drawn")


def rects(desk: Desk) -> dict[str, QRectF]:
    canvas = desk.preview.page_view.canvas
    return {h.field: rect for rect, h in canvas.highlight_rects()}


async def settled(desk: Desk) -> None:
    """The view's rendering matches its state (after a zoom or a rotation)."""
    view = desk.preview.page_view

    def done() -> bool:
        shown = view.shown_request
        result = view.result
        return (
            shown is not None
            and result is not None
            and shown == view.request()
            and result.rotation == view.state.rotation
            and abs(view.canvas.display.width() - view.canvas.natural_size().width()) < 1
        )

    await until(done, 20, "the page rendered again")


def bring_into_sight(desk: Desk, field: str) -> None:
    """Scroll the page so that ``field``'s highlight is in the middle of the view."""
    canvas = desk.preview.page_view.canvas
    rect = rects(desk)[field]
    viewport = canvas.viewport()
    for bar, centre, size in (
        (canvas.horizontalScrollBar(), rect.center().x(), viewport.width()),
        (canvas.verticalScrollBar(), rect.center().y(), viewport.height()),
    ):
        bar.setValue(bar.value() + int(centre - size / 2))


def ink_under(desk: Desk, rect: QRectF) -> int:
    """Dark (text) pixels of the page inside ``rect`` on screen."""
    canvas = desk.preview.page_view.canvas
    image = canvas.viewport().grab().toImage()
    dpr = image.devicePixelRatio() or 1.0
    dark = 0
    area = rect.adjusted(3, 3, -3, -3).toAlignedRect()  # inside the marker's edge
    for y in range(max(0, area.top()), min(image.height() // int(dpr), area.bottom())):
        for x in range(max(0, area.left()), min(image.width() // int(dpr), area.right())):
            color = QColor(image.pixel(QPoint(int(x * dpr), int(y * dpr))))
            if color.lightness() < 160:  # darker than paper under the marker (~210)
                dark += 1
    return dark


async def test_highlights_sit_on_the_words_at_any_zoom_and_rotation(
    make_sandbox: Any, tmp_path: Path
) -> None:
    async with open_desk(make_sandbox, tmp_path) as desk:
        await upload_sparse(desk)
        await show_pdf(desk)
        fields = {h.field for h in desk.preview.shown_highlights()}
        assert {"date", "amount"} <= fields
        labels = {h.field: h.label for h in desk.preview.shown_highlights()}
        assert labels == {"amount": "Total", "date": "Date"}
        view = desk.preview.page_view
        for step in ("fit width", "zoom in", "rotate", "rotate", "whole page"):
            if step == "zoom in":
                view.zoom_in()
                view.zoom_in()
            elif step == "rotate":
                view.rotate()
            elif step == "whole page":
                view.fit_page()
            await settled(desk)
            desk.preview.grab().save(f"/tmp/highlights-{step.replace(' ', '-')}.png")
            bring_into_sight(desk, "date")
            seen = 0
            for field, rect in rects(desk).items():
                if not QRectF(view.canvas.viewport().rect()).contains(rect):
                    continue  # scrolled out of sight at this zoom
                seen += 1
                assert ink_under(desk, rect) > 10, f"{field}: no text under it ({step})"
            assert seen, f"no highlight in sight ({step})"


async def test_a_click_or_alt_number_accepts_one_suggestion(
    make_sandbox: Any, tmp_path: Path
) -> None:
    async with open_desk(make_sandbox, tmp_path) as desk:
        panel, preview = desk.panel, desk.preview
        await show_pdf(desk)
        amount = panel.lines.lines()[0].amount
        assert amount and "line1.amount" in panel.suggested_fields()
        assert "date" in panel.suggested_fields()

        # a click on the total's box takes it: unmarked, the highlight gone
        canvas = preview.page_view.canvas
        canvas.verticalScrollBar().setValue(0)
        rect = rects(desk)["amount"]
        viewport = canvas.viewport()
        if not QRectF(viewport.rect()).contains(rect.center()):
            canvas.verticalScrollBar().setValue(int(rect.center().y()) - viewport.height() // 2)
            rect = rects(desk)["amount"]
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
        assert "line1.amount" not in panel.suggested_fields()
        assert panel.lines.lines()[0].amount == amount
        assert "amount" not in {h.field for h in preview.shown_highlights()}
        assert "date" in {h.field for h in preview.shown_highlights()}

        # Alt+1 takes the date (the first field)
        QTest.keyClick(panel.description, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
        assert "date" not in panel.suggested_fields()
        assert "date" not in {h.field for h in preview.shown_highlights()}

        # another document: no highlights of this one
        preview.show_document(desk.env.company, desk.other)
        assert preview.shown_highlights() == []


async def test_a_typed_value_is_replaced_only_when_the_user_says_so(
    make_sandbox: Any, tmp_path: Path
) -> None:
    async with open_desk(make_sandbox, tmp_path) as desk:
        panel, preview = desk.panel, desk.preview
        await type_cell(panel, 0, AMOUNT, "99,00")  # typed before the suggestions came
        await show_pdf(desk)
        assert panel.lines.lines()[0].amount == "99,00"  # not overwritten
        assert "amount" in panel.offered_fields()  # but offered, highlighted
        assert "amount" in {h.field for h in preview.shown_highlights()}

        # Alt+3 asks first; "Keep mine" keeps it and drops the suggestion
        QTest.keyClick(panel.description, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
        box = panel.replace_box
        assert box is not None and box.objectName() == "replaceSuggestionBox"
        assert "99,00" in box.text()
        keep = next(b for b in box.buttons() if b.text() == "Keep mine")
        QTest.mouseClick(keep, Qt.MouseButton.LeftButton)
        await until(lambda: panel.replace_box is None, 5, "the question answered")
        assert panel.lines.lines()[0].amount == "99,00"
        assert "amount" not in {h.field for h in preview.shown_highlights()}

        # shown again (a new document): "Replace" takes the document's total
        panel.suggested_for = None
        panel.show_document(preview.document)  # type: ignore[arg-type]
        await until(lambda: "amount" in panel.offered_fields(), 30, "offered again")
        offered = panel._offers["amount"][0]
        assert offered != "99,00"
        panel.accept_suggestion("amount")
        box = panel.replace_box
        assert isinstance(box, QMessageBox)
        replace = next(b for b in box.buttons() if b.text() == "Replace")
        QTest.mouseClick(replace, Qt.MouseButton.LeftButton)
        await until(lambda: panel.replace_box is None, 5, "the question answered")
        amount = panel.lines.lines()[0].amount
        assert amount == offered
        assert "amount" not in panel.offered_fields()

        # typing over a suggestion rejects it: its highlight goes
        assert "description" in panel.offered_fields() or "date" in panel.offered_fields()
        if "description" in panel.offered_fields():
            QTest.keyClicks(panel.description, " ekstra")
            assert "description" not in {h.field for h in preview.shown_highlights()}
