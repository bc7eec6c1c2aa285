"""A rendered page or image on screen: scrolling, zoom, fit width/page, rotation, pages.

``PageView`` holds the view state (page, fit mode or zoom, rotation) and turns it into
the ``RenderRequest`` for the size it has on screen, in *device* pixels, so what comes
back is painted one to one and stays sharp on high-DPI screens. It does not render: the
owner listens to ``renderNeeded``, asks ``request()`` what to render, and hands the
result to ``show_result``. Pixels are wrapped in a QImage without a copy or a
conversion and painted straight from it.

While a new rendering is on its way (after a zoom, a rotation or a resize) the current
image is drawn scaled to the size the new one will have, so the view answers at once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, QSizeF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.previews import FitMode, PixelFormat, RenderRequest, RenderResult
from ui.preview_highlights import Highlight, box_rect, paint_highlights

__all__ = [
    "ZOOM_STEPS",
    "PageCanvas",
    "PageView",
    "ViewState",
    "image_for",
]

# Zoom levels (1.0 = 100 %: a PDF at its printed size, an image one pixel per pixel).
ZOOM_STEPS = (
    0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0,
    5.0, 6.0, 8.0,
)  # fmt: skip
MIN_ZOOM, MAX_ZOOM = ZOOM_STEPS[0], ZOOM_STEPS[-1]
RESIZE_DEBOUNCE_MS = 120
# When the widget has not been laid out yet, render for a size like this (logical px).
FALLBACK_SIZE = QSize(640, 820)

_QIMAGE_FORMATS = {
    PixelFormat.RGB32: QImage.Format.Format_RGB32,
    PixelFormat.RGBX8888: QImage.Format.Format_RGBX8888,
}


def image_for(result: RenderResult, device_pixel_ratio: float) -> QImage:
    """The result's pixels as a QImage, without copying or converting them.

    The QImage refers to ``result.pixels`` (an immutable bytes object; PySide keeps a
    reference to it) and is read-only: painting it never detaches it.
    """
    image = QImage(
        result.pixels,
        result.width,
        result.height,
        result.bytes_per_line,
        _QIMAGE_FORMATS[result.pixel_format],
    )
    image.setDevicePixelRatio(device_pixel_ratio)
    return image


def _around(area: QRect, hole: QRect) -> list[QRect]:
    """``area`` less ``hole``, as up to four rectangles (above, below, left, right)."""
    if not area.intersects(hole):
        return [area] if area.isValid() else []
    inner = area.intersected(hole)
    parts = [
        QRect(area.left(), area.top(), area.width(), inner.top() - area.top()),
        QRect(area.left(), inner.bottom() + 1, area.width(), area.bottom() - inner.bottom()),
        QRect(area.left(), inner.top(), inner.left() - area.left(), inner.height()),
        QRect(inner.right() + 1, inner.top(), area.right() - inner.right(), inner.height()),
    ]
    return [rect for rect in parts if rect.width() > 0 and rect.height() > 0]


@dataclass(frozen=True)
class ViewState:
    """What the user has chosen to see of the current document."""

    kind: str = "pdf"  # "pdf" or "image": what 100 % means
    page: int = 0
    page_count: int = 0  # 0 until the first page has been rendered
    fit: FitMode = FitMode.FIT_WIDTH
    zoom: float = 1.0  # with fit == ZOOM: 1.0 is 100 %
    rotation: int = 0  # the view's rotation, clockwise


class PageCanvas(QAbstractScrollArea):
    """Paints one QImage centred on a grey desk, scrolls it, pans it with the mouse."""

    painted = Signal()
    resized = Signal()  # resized, or shown (its size may have changed while hidden)
    keyCommand = Signal(str)  # "next", "previous", "zoomIn", "zoomOut", "zoomReset"
    wheelZoom = Signal(int)  # +1 in, -1 out
    highlightClicked = Signal(str)  # the field of the highlight clicked (not dragged)

    CLICK_SLOP = 4  # a press and release this close (logical px) is a click, not a pan

    MARGIN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        self.image: QImage | None = None
        self._keep: object = None  # whatever owns the image's pixels
        self.display = QSizeF()  # logical size the image is drawn at
        self._announce = False
        self._drag_from: QPoint | None = None
        self._drag_scroll = QPoint()
        self._drag_moved = False
        # suggestion highlights on the page shown: (page size in points, view rotation)
        self._highlights: list[Highlight] = []
        self._geometry: tuple[tuple[float, float], int] | None = None
        self.viewport().setMouseTracking(True)
        desk = self.palette().color(QPalette.ColorRole.Window).darker(118)
        self._desk = QColor(desk)
        self._edge = QColor(desk).darker(140)

    # --- what to show ---------------------------------------------------------------

    def set_image(self, image: QImage | None, keep: object = None, *,
                  announce: bool = True) -> None:
        """Show ``image`` at its own logical size (``keep`` owns its pixels)."""
        self.image, self._keep = image, keep
        if image is None:
            self.display = QSizeF()
        else:
            dpr = image.devicePixelRatio() or 1.0
            self.display = QSizeF(image.width() / dpr, image.height() / dpr)
        self._announce = announce and image is not None
        self._update_scrollbars()
        self.viewport().update()

    def set_display_size(self, size: QSizeF) -> None:
        """Draw the current image at ``size`` (logical) until a new one arrives."""
        if self.image is None or size.isEmpty():
            return
        old = self.display
        center = self._relative_center()
        self.display = size
        self._update_scrollbars()
        if old != size:
            self._restore_center(center)
        self.viewport().update()

    def set_highlights(
        self, highlights: list[Highlight], page_size: tuple[float, float], rotation: int
    ) -> None:
        """Draw ``highlights`` (of the page shown, ``page_size`` points before the view's
        ``rotation``) over the image, wherever and however large it is drawn."""
        if highlights == self._highlights and self._geometry == (page_size, rotation):
            return
        self._highlights = list(highlights)
        self._geometry = (page_size, rotation) if highlights else None
        self.viewport().update()

    def highlight_rects(self) -> list[tuple[QRectF, Highlight]]:
        """Where each highlight is on the viewport now (logical pixels)."""
        if self.image is None or self._geometry is None:
            return []
        target = self._target()
        size, rotation = self._geometry
        return [(box_rect(h.box, size, rotation, target), h) for h in self._highlights]

    def highlight_at(self, pos: QPointF) -> Highlight | None:
        for rect, highlight in reversed(self.highlight_rects()):
            if rect.contains(pos):
                return highlight
        return None

    def natural_size(self) -> QSizeF:
        """The current image's own logical size (one image pixel per device pixel)."""
        image = self.image
        if image is None:
            return QSizeF()
        dpr = image.devicePixelRatio() or 1.0
        return QSizeF(image.width() / dpr, image.height() / dpr)

    def available(self, *, scrollbar: bool, hidden_size: QSize | None = None) -> QSize:
        """The logical space a page may fill, inside the margins. While the canvas is
        hidden (another document kind is shown) ``hidden_size`` is its expected size."""
        size = self.viewport().size()
        if not self.isVisible() or size.width() < 40 or size.height() < 40:
            size = QSize(hidden_size or FALLBACK_SIZE)
            if size.width() < 40 or size.height() < 40:
                size = QSize(FALLBACK_SIZE)
        else:  # the whole area, as if no scroll bar were shown
            if self.verticalScrollBar().isVisible():
                size.setWidth(size.width() + self.verticalScrollBar().width())
            if self.horizontalScrollBar().isVisible():
                size.setHeight(size.height() + self.horizontalScrollBar().height())
        if scrollbar:
            extent = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
            size.setWidth(size.width() - extent)
        margin = 2 * self.MARGIN
        return QSize(max(1, size.width() - margin), max(1, size.height() - margin))

    # --- painting -----------------------------------------------------------------------

    def _target(self) -> QRectF:
        vp = self.viewport().size()
        w, h = self.display.width(), self.display.height()
        x = max(float(self.MARGIN), (vp.width() - w) / 2) - self.horizontalScrollBar().value()
        y = max(float(self.MARGIN), (vp.height() - h) / 2) - self.verticalScrollBar().value()
        return QRectF(x, y, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        image = self.image
        if image is None:
            painter.fillRect(event.rect(), self._desk)
        else:
            target = self._target()
            # the desk around the page (not under it: the page covers that), and a thin
            # edge; plain opaque fills, the cheapest thing a raster painter does
            page = target.toAlignedRect()
            edge = page.adjusted(-1, -1, 1, 1)
            for rect in _around(event.rect(), edge):
                painter.fillRect(rect, self._desk)
            for rect in _around(edge.intersected(event.rect()), page):
                painter.fillRect(rect, self._edge)
            dpr = image.devicePixelRatio() or 1.0
            if (abs(target.width() * dpr - image.width()) < 0.5
                    and abs(target.height() * dpr - image.height()) < 0.5):
                # One image pixel per device pixel: a plain blit, nothing scaled.
                painter.drawImage(QPointF(round(target.x()), round(target.y())), image)
            else:
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(target, image)
            marks = [(rect, h.label) for rect, h in self.highlight_rects()]
            paint_highlights(painter, marks, self.font())
        painter.end()
        if self._announce and image is not None:
            self._announce = False
            self.painted.emit()

    # --- scrolling ----------------------------------------------------------------------

    def _update_scrollbars(self) -> None:
        vp = self.viewport().size()
        content_w = math.ceil(self.display.width()) + 2 * self.MARGIN
        content_h = math.ceil(self.display.height()) + 2 * self.MARGIN
        for bar, content, page in (
            (self.horizontalScrollBar(), content_w, vp.width()),
            (self.verticalScrollBar(), content_h, vp.height()),
        ):
            bar.setPageStep(max(1, page))
            bar.setSingleStep(max(1, page // 12))
            bar.setRange(0, max(0, content - page))

    def _relative_center(self) -> tuple[float, float]:
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        w = max(1.0, self.display.width() + 2 * self.MARGIN)
        ht = max(1.0, self.display.height() + 2 * self.MARGIN)
        return ((h.value() + h.pageStep() / 2) / w, (v.value() + v.pageStep() / 2) / ht)

    def _restore_center(self, center: tuple[float, float]) -> None:
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        w = self.display.width() + 2 * self.MARGIN
        ht = self.display.height() + 2 * self.MARGIN
        h.setValue(round(center[0] * w - h.pageStep() / 2))
        v.setValue(round(center[1] * ht - v.pageStep() / 2))

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(
            max(0, (self.horizontalScrollBar().maximum()) // 2)
        )

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()
        self.resized.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_scrollbars()
        self.resized.emit()

    # --- input --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ignored = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        plain = not (mods & ~ignored)
        command = None
        if key == Qt.Key.Key_PageDown:
            command = "next"
        elif key == Qt.Key.Key_PageUp:
            command = "previous"
        elif plain and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            command = "zoomIn"
        elif plain and key == Qt.Key.Key_Minus:
            command = "zoomOut"
        elif plain and key == Qt.Key.Key_0:
            command = "zoomReset"
        if command is None:
            super().keyPressEvent(event)
            return
        event.accept()
        self.keyCommand.emit(command)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.wheelZoom.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.position().toPoint()
            self._drag_scroll = QPoint(
                self.horizontalScrollBar().value(), self.verticalScrollBar().value()
            )
            self._drag_moved = False
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            delta = event.position().toPoint() - self._drag_from
            if delta.manhattanLength() > self.CLICK_SLOP:
                self._drag_moved = True
            self.horizontalScrollBar().setValue(self._drag_scroll.x() - delta.x())
            self.verticalScrollBar().setValue(self._drag_scroll.y() - delta.y())
            event.accept()
            return
        over = self.highlight_at(event.position()) is not None
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.OpenHandCursor
        )
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            clicked = None if self._drag_moved else self.highlight_at(event.position())
            if clicked is not None:
                self.highlightClicked.emit(clicked.field)
            return
        super().mouseReleaseEvent(event)


class PageView(QWidget):
    """A toolbar (pages, zoom, fit, rotate) over a ``PageCanvas``; owns the view state."""

    renderNeeded = Signal()  # the state or the size changed: render ``request()`` again
    painted = Signal()  # an image given to show_result(announce=True) was painted
    highlightActivated = Signal(str)  # a suggestion highlight was clicked: its field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self.state = ViewState()
        self.result: RenderResult | None = None
        self._sticky_fit = {"pdf": FitMode.FIT_WIDTH, "image": FitMode.FIT_PAGE}

        self.canvas = PageCanvas(self)
        self.canvas.setAccessibleName(self.tr("Document page"))
        self.canvas.painted.connect(self.painted)
        self.canvas.resized.connect(self._resized)
        self.canvas.keyCommand.connect(self._key_command)
        self.canvas.wheelZoom.connect(self._wheel_zoom)
        self.canvas.highlightClicked.connect(self.highlightActivated)
        self.highlights: list[Highlight] = []  # of every page; the shown page's are drawn

        self.toolbar = QWidget(self)
        self.toolbar.setObjectName("pageToolbar")
        self.previous_button = self._button("previousPageButton", "‹",
                                            self.tr("Previous page"), self.previous_page)
        self.page_label = QLabel(self.toolbar)
        self.page_label.setObjectName("pageLabel")
        self.page_label.setAccessibleName(self.tr("Page"))
        self.page_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("Page 88 of 88"))
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = self._button("nextPageButton", "›", self.tr("Next page"),
                                        self.next_page)
        self.zoom_out_button = self._button("zoomOutButton", "−", self.tr("Zoom out"),
                                            self.zoom_out)
        self.zoom_label = QLabel(self.toolbar)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("888 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._button("zoomInButton", "+", self.tr("Zoom in"),
                                           self.zoom_in)
        self.fit_width_button = self._button("fitWidthButton", self.tr("Width"),
                                             self.tr("Fit to width"), self.fit_width)
        self.fit_page_button = self._button("fitPageButton", self.tr("Whole page"),
                                            self.tr("Show the whole page"), self.fit_page)
        self.rotate_button = self._button("rotateButton", "↻",
                                          self.tr("Rotate clockwise"), self.rotate)
        for button in (self.fit_width_button, self.fit_page_button):
            button.setCheckable(True)

        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(4, 2, 4, 2)
        bar.setSpacing(2)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addSpacing(10)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addSpacing(10)
        bar.addWidget(self.fit_width_button)
        bar.addWidget(self.fit_page_button)
        bar.addWidget(self.rotate_button)
        bar.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)

        for first, second in (
            (self.previous_button, self.next_button),
            (self.next_button, self.zoom_out_button),
            (self.zoom_out_button, self.zoom_in_button),
            (self.zoom_in_button, self.fit_width_button),
            (self.fit_width_button, self.fit_page_button),
            (self.fit_page_button, self.rotate_button),
            (self.rotate_button, self.canvas),
        ):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.canvas)

        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DEBOUNCE_MS)
        self._resize_timer.timeout.connect(self._resize_settled)
        self.shown_request: RenderRequest | None = None
        self._update_controls()

    def _button(self, name: str, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self.toolbar)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    # --- the document -----------------------------------------------------------------

    def reset(self, kind: str) -> None:
        """A new document of ``kind`` ("pdf" or "image"): first page, the usual fit."""
        kind = kind if kind in self._sticky_fit else "pdf"
        self.state = ViewState(kind=kind, fit=self._sticky_fit[kind])
        self.result = None
        self.shown_request = None
        self.set_highlights([])
        # the controls are brought up to date by show_result(), which follows: left alone
        # now, they are not repainted at all when the new document looks like the last

    def clear(self) -> None:
        self.result = None
        self.shown_request = None
        self.highlights = []
        self.canvas.set_image(None)
        self._sync_highlights()
        self._update_controls()

    def set_highlights(self, highlights: list[Highlight]) -> None:
        """Suggestion boxes to draw (those of the page shown), until replaced."""
        self.highlights = list(highlights)
        self._sync_highlights()

    def shown_highlights(self) -> list[Highlight]:
        """The highlights drawn now: those of the page on screen."""
        result = self.result
        if result is None or result.kind != "pdf":
            return []
        return [h for h in self.highlights if h.page == result.page]

    def _sync_highlights(self) -> None:
        result = self.result
        shown = self.shown_highlights()
        if result is None or not shown:
            self.canvas.set_highlights([], (0.0, 0.0), 0)
        else:
            self.canvas.set_highlights(shown, result.page_size, result.rotation)

    def request(self, *, password: str | None = None, state: ViewState | None = None
                ) -> RenderRequest:
        """What to render for the view's state and size, in device pixels."""
        state = state or self.state
        dpr = self.devicePixelRatioF()
        if state.fit is FitMode.ZOOM:
            return RenderRequest.at_zoom(
                state.zoom * self._base_zoom(state.kind), page=state.page,
                rotation=state.rotation, password=password,
            )
        if state.fit is FitMode.FIT_WIDTH:
            room = self.canvas.available(scrollbar=self._fit_width_scrolls(state),
                                         hidden_size=self._hidden_canvas_size())
            return RenderRequest.fit_width(
                max(1, math.floor(room.width() * dpr)), page=state.page,
                rotation=state.rotation, password=password,
            )
        room = self.canvas.available(scrollbar=False, hidden_size=self._hidden_canvas_size())
        return RenderRequest.fit_page(
            max(1, math.floor(room.width() * dpr)), max(1, math.floor(room.height() * dpr)),
            page=state.page, rotation=state.rotation, password=password,
        )

    def first_page_request(self, kind: str, *, password: str | None = None) -> RenderRequest:
        """What ``request()`` will be for the first page of a new document of ``kind``."""
        kind = kind if kind in self._sticky_fit else "pdf"
        return self.request(password=password,
                            state=ViewState(kind=kind, fit=self._sticky_fit[kind]))

    def show_result(self, image: QImage, result: RenderResult, request: RenderRequest, *,
                    announce: bool = True) -> None:
        """Show the rendering of ``request`` (``image`` wraps ``result.pixels``)."""
        first = self.result is None or self.result.page != result.page
        self.result = result
        self.shown_request = request
        self.state = replace(self.state, page_count=result.page_count)
        self.canvas.set_image(image, result, announce=announce)
        self._sync_highlights()
        if first:
            self.canvas.scroll_to_top()
        self._update_controls()
        if announce and self.canvas.isVisible():
            # a document just arrived: on screen now, not after the event loop's next turn
            self.canvas.viewport().repaint()

    def has_image(self) -> bool:
        return self.canvas.image is not None

    # --- the user's commands ----------------------------------------------------------

    @Slot()
    def zoom_in(self) -> None:
        self._zoom_to(self._step(+1))

    @Slot()
    def zoom_out(self) -> None:
        self._zoom_to(self._step(-1))

    @Slot()
    def zoom_reset(self) -> None:
        self._zoom_to(1.0)

    @Slot()
    def fit_width(self) -> None:
        self._set_fit(FitMode.FIT_WIDTH)

    @Slot()
    def fit_page(self) -> None:
        self._set_fit(FitMode.FIT_PAGE)

    @Slot()
    def rotate(self) -> None:
        self._change(replace(self.state, rotation=(self.state.rotation + 90) % 360))

    @Slot()
    def next_page(self) -> None:
        if self.state.page + 1 < self.state.page_count:
            self._change(replace(self.state, page=self.state.page + 1), rescale=False)

    @Slot()
    def previous_page(self) -> None:
        if self.state.page > 0:
            self._change(replace(self.state, page=self.state.page - 1), rescale=False)

    def go_to_page(self, page: int) -> None:
        if 0 <= page < max(1, self.state.page_count) and page != self.state.page:
            self._change(replace(self.state, page=page), rescale=False)

    def current_zoom(self) -> float:
        """The zoom shown now (1.0 = 100 %), whatever the fit mode."""
        if self.state.fit is FitMode.ZOOM or self.result is None:
            return self.state.zoom
        return self.result.zoom / self._base_zoom(self.state.kind)

    # --- internals ----------------------------------------------------------------------

    def _hidden_canvas_size(self) -> QSize:
        """The canvas's size once shown. A stacked widget sizes only its current page,
        so while another page is current, the stack's size tells (less the toolbar)."""
        parent = self.parentWidget()
        size = self.size() if self.isVisible() or parent is None else parent.size()
        toolbar = self.toolbar.height() if self.isVisible() else self.toolbar.sizeHint().height()
        return QSize(size.width(), size.height() - toolbar)

    def _base_zoom(self, kind: str) -> float:
        """Device pixels per point (PDF) or per image pixel at 100 %."""
        if kind == "image":
            return 1.0
        return self.devicePixelRatioF() * self.logicalDpiX() / 72.0

    def _fit_width_scrolls(self, state: ViewState) -> bool:
        """Will the page, fitted to the width, be taller than the view (a scroll bar)?"""
        result = self.result
        if result is None or result.page != state.page:
            return True  # receipts and invoices nearly always are
        w, h = result.page_size
        if state.rotation % 180:
            w, h = h, w
        room = self.canvas.available(scrollbar=False, hidden_size=self._hidden_canvas_size())
        return room.width() * h / max(w, 1e-6) > room.height()

    def _step(self, direction: int) -> float:
        current = self.current_zoom()
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > current * 1.01]
            return bigger[0] if bigger else MAX_ZOOM
        smaller = [z for z in ZOOM_STEPS if z < current / 1.01]
        return smaller[-1] if smaller else MIN_ZOOM

    def _zoom_to(self, zoom: float) -> None:
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self._change(replace(self.state, fit=FitMode.ZOOM, zoom=zoom))

    def _set_fit(self, fit: FitMode) -> None:
        self._sticky_fit[self.state.kind] = fit
        self._change(replace(self.state, fit=fit))

    def _change(self, state: ViewState, *, rescale: bool = True) -> None:
        if state == self.state:
            self._update_controls()
            return
        self.state = state
        if rescale:
            expected = self._expected_size()
            if expected is not None:
                self.canvas.set_display_size(expected)
        self._update_controls()
        self.renderNeeded.emit()

    def _expected_size(self) -> QSizeF | None:
        """The logical size the next rendering will have (to scale the current one)."""
        result = self.result
        if result is None or result.page != self.state.page:
            return None
        w, h = result.page_size
        if self.state.rotation % 180:
            w, h = h, w
        if w <= 0 or h <= 0:
            return None
        dpr = self.devicePixelRatioF()
        request = self.request()
        if request.fit is FitMode.ZOOM:
            zoom = request.zoom
        elif request.fit is FitMode.FIT_WIDTH:
            zoom = request.max_width / w
        else:
            zoom = min(request.max_width / w, request.max_height / h)
        return QSizeF(w * zoom / dpr, h * zoom / dpr)

    @Slot()
    def _resized(self) -> None:
        if self.result is None or self.state.fit is FitMode.ZOOM:
            return
        shown = self.shown_request
        if shown is not None and self.request(password=shown.password) == shown:
            self.canvas.set_display_size(self.canvas.natural_size())  # back to sharp
            return
        expected = self._expected_size()
        if expected is not None:
            self.canvas.set_display_size(expected)
        self._resize_timer.start()

    @Slot()
    def _resize_settled(self) -> None:
        if self.result is None or self.state.fit is FitMode.ZOOM:
            return
        shown = self.shown_request
        if shown is None or self.request(password=shown.password) != shown:
            self.renderNeeded.emit()
        else:
            self.canvas.set_display_size(self.canvas.natural_size())

    @Slot(str)
    def _key_command(self, command: str) -> None:
        {
            "next": self.next_page,
            "previous": self.previous_page,
            "zoomIn": self.zoom_in,
            "zoomOut": self.zoom_out,
            "zoomReset": self.zoom_reset,
        }[command]()

    @Slot(int)
    def _wheel_zoom(self, direction: int) -> None:
        if direction > 0:
            self.zoom_in()
        else:
            self.zoom_out()

    def _update_controls(self) -> None:
        state = self.state
        count = state.page_count
        if count:
            self.page_label.setText(
                self.tr("Page {page} of {count}").format(page=state.page + 1, count=count)
            )
        else:
            self.page_label.setText("")
        self.previous_button.setEnabled(state.page > 0)
        self.next_button.setEnabled(state.page + 1 < count)
        for widget in (self.previous_button, self.page_label, self.next_button):
            widget.setVisible(count > 1)
        have = self.result is not None
        if have or state.fit is FitMode.ZOOM:
            self.zoom_label.setText(f"{round(self.current_zoom() * 100)} %")
        else:
            self.zoom_label.setText("")
        self.zoom_out_button.setEnabled(have and self.current_zoom() > MIN_ZOOM * 1.01)
        self.zoom_in_button.setEnabled(have and self.current_zoom() < MAX_ZOOM / 1.01)
        for button in (self.fit_width_button, self.fit_page_button, self.rotate_button):
            button.setEnabled(have)
        self.fit_width_button.setChecked(state.fit is FitMode.FIT_WIDTH)
        self.fit_page_button.setChecked(state.fit is FitMode.FIT_PAGE)
