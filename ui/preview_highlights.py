"""Suggestion highlights on a previewed page: where the date, total and supplier were read.

``Highlight`` is what the registration panel hands the preview (through the window's
wiring): the form field it fills, the page, the box in PDF points (top-left origin, on
the page as displayed, before any view rotation: see ``app.suggestions.model``) and a
short label. ``box_rect`` maps such a box onto the rectangle the page image is drawn in,
for the view's rotation; being relative to that rectangle it holds at any zoom, fit mode
and device pixel ratio. ``paint_highlights`` draws them (translucent marker, label tag).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from app.suggestions import Box

__all__ = ["MARKER", "Highlight", "box_rect", "paint_highlights"]

MARKER = QColor(255, 214, 0, 90)  # translucent marker yellow
EDGE = QColor(214, 160, 0, 230)
TAG = QColor(214, 160, 0, 235)
PAD = 2.0  # logical pixels around the words


@dataclass(frozen=True)
class Highlight:
    """One suggestion's place on the document."""

    field: str  # the registration form's field: "date", "description", "amount"
    page: int  # 0-based
    box: Box  # PDF points, top-left origin, on the page as displayed
    label: str  # shown on the tag ("Total", "Date"), already translated


def box_rect(box: Box, page_size: tuple[float, float], rotation: int, target: QRectF) -> QRectF:
    """``box`` on a page of ``page_size`` points (before the view's clockwise
    ``rotation``), drawn into ``target`` (the page image's rectangle on screen)."""
    w, h = page_size
    if w <= 0 or h <= 0:
        return QRectF()
    x0, y0, x1, y1 = box.x0, box.y0, box.x1, box.y1
    turn = rotation % 360
    if turn == 90:  # (x, y) -> (h - y, x), on a page h wide and w high
        x0, y0, x1, y1, w, h = h - y1, x0, h - y0, x1, h, w
    elif turn == 180:
        x0, y0, x1, y1 = w - x1, h - y1, w - x0, h - y0
    elif turn == 270:  # (x, y) -> (y, w - x)
        x0, y0, x1, y1, w, h = y0, w - x1, y1, w - x0, h, w
    sx, sy = target.width() / w, target.height() / h
    return QRectF(
        QPointF(target.x() + x0 * sx, target.y() + y0 * sy),
        QPointF(target.x() + x1 * sx, target.y() + y1 * sy),
    ).adjusted(-PAD, -PAD, PAD, PAD)


def paint_highlights(painter: QPainter, rects: Sequence[tuple[QRectF, str]], font: QFont) -> None:
    """Marker rectangles with their label on a small tag above (or inside) each."""
    if not rects:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    small = QFont(font)
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
    small.setBold(True)
    metrics = QFontMetricsF(small)
    painter.setFont(small)
    for rect, label in rects:
        painter.setPen(QPen(EDGE, 1.5))
        painter.setBrush(MARKER)
        painter.drawRoundedRect(rect, 2, 2)
        if not label:
            continue
        width = metrics.horizontalAdvance(label) + 8
        height = metrics.height() + 2
        top = rect.top() - height if rect.top() - height >= 0 else rect.bottom()
        tag = QRectF(rect.left(), top, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TAG)
        painter.drawRoundedRect(tag, 3, 3)
        painter.setPen(QColor(Qt.GlobalColor.black))
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, label)
    painter.restore()
