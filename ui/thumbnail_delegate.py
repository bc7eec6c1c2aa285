"""Thumbnails in the inbox list: the images in memory, and the delegate that paints them.

``ThumbnailImages`` keeps the thumbnails the ``ThumbnailService`` delivered as QImages
that wrap the service's bytes as they are (no conversion, no decoding on the GUI
thread), least recently used first out, within a byte budget. It also remembers which
files can have no picture and what they are (text, e-invoice XML, ...).

``ThumbnailDelegate`` paints the name column: the style draws the row (background,
selection, focus, elided text) with the thumbnail as the row's icon, or a neutral page
icon (marked PDF / IMG / TXT / XML when the kind is known) until the thumbnail arrives.
The delegate only fills in the option (``initStyleOption``) and Qt paints, so a row
costs no Python painting, and the program never touches the Python side of QStyle
(setting up its enums costs PySide6 some 8 ms of start-up). Icons are made once per
thumbnail and kept (``ICON_CACHE``).
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.api.models import ArchiveFileLine
from app.cache import CacheKey, Pixels
from app.documents import key_for
from app.thumbnails import Thumbnail
from ui.inbox_model import LINE_ROLE

__all__ = ["ThumbnailDelegate", "ThumbnailImages", "kind_from_name", "qimage_from_pixels"]

ICON_CACHE = 512  # icons kept: a few screens of rows

_EXTENSIONS = {
    ".pdf": "pdf",
    ".jpg": "image",
    ".jpeg": "image",
    ".png": "image",
    ".tif": "image",
    ".tiff": "image",
    ".gif": "image",
    ".webp": "image",
    ".bmp": "image",
    ".txt": "text",
    ".xml": "xml",
}

# (label, colour of the band) per kind; unknown kinds get a plain page
_BADGES = {
    "pdf": ("PDF", QColor(196, 43, 28)),
    "image": ("IMG", QColor(16, 124, 65)),
    "text": ("TXT", QColor(96, 96, 96)),
    "xml": ("XML", QColor(0, 95, 184)),
}


def kind_from_name(name: str | None) -> str:
    """"pdf", "image", "text" or "xml" from a file name's extension; "" when unknown."""
    if not name:
        return ""
    dot = name.rfind(".")
    if dot < 0 or len(name) - dot > 6:
        return ""
    return _EXTENSIONS.get(name[dot:].lower(), "")


def qimage_from_pixels(pixels: Pixels) -> QImage | None:
    """A QImage over the pixels' own bytes (keep ``pixels`` alive as long as it is used)."""
    fmt = getattr(QImage.Format, f"Format_{pixels.format}", None)
    if fmt is None or pixels.width <= 0 or pixels.height <= 0:
        return None
    image = QImage(pixels.data, pixels.width, pixels.height, pixels.stride, fmt)
    return None if image.isNull() else image


class ThumbnailImages(QObject):
    """Thumbnails in memory, by (file version, edge), within ``budget`` bytes."""

    arrived = Signal(int)  # the file xid whose thumbnail (or kind) just arrived

    def __init__(self, budget: int = 12 * 1024 * 1024, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.budget = budget
        self.bytes = 0
        # the Pixels stay next to their QImage: the image does not own the bytes
        self._images: OrderedDict[tuple[CacheKey, int], tuple[QImage, Pixels]] = OrderedDict()
        self._kinds: OrderedDict[CacheKey, str] = OrderedDict()

    def image(self, key: CacheKey, edge: int) -> QImage | None:
        entry = self._images.get((key, edge))
        if entry is None:
            return None
        self._images.move_to_end((key, edge))
        return entry[0]

    def kind(self, key: CacheKey) -> str | None:
        """What a file without a picture is ("text", "xml", ...); None when not known."""
        return self._kinds.get(key)

    def has(self, key: CacheKey, edge: int) -> bool:
        """Nothing more to ask for: the picture is here, or there can be none."""
        return (key, edge) in self._images or key in self._kinds

    def put(self, thumbnail: Thumbnail) -> None:
        if thumbnail.pixels is not None:
            image = qimage_from_pixels(thumbnail.pixels)
            if image is not None:
                ident = (thumbnail.key, thumbnail.edge)
                old = self._images.pop(ident, None)
                if old is not None:
                    self.bytes -= len(old[1].data)
                self._images[ident] = (image, thumbnail.pixels)
                self.bytes += len(thumbnail.pixels.data)
                while self.bytes > self.budget and len(self._images) > 1:
                    _, (_, evicted) = self._images.popitem(last=False)
                    self.bytes -= len(evicted.data)
        elif thumbnail.final:
            self._kinds[thumbnail.key] = thumbnail.kind or "unknown"
            while len(self._kinds) > 20_000:
                self._kinds.popitem(last=False)
        self.arrived.emit(thumbnail.key.file_xid)

    def clear(self) -> None:
        self._images.clear()
        self._kinds.clear()
        self.bytes = 0

    def __len__(self) -> int:
        return len(self._images)


class ThumbnailDelegate(QStyledItemDelegate):
    """Paints a row's name with its thumbnail (see the module docstring)."""

    def __init__(self, images: ThumbnailImages, box: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images = images
        self.box = box  # logical pixels of the square the thumbnail fits in
        self.edge = box  # device pixels asked for (box times the device pixel ratio)
        self.company_xid: int | None = None
        self._icons: OrderedDict[tuple[object, ...], QIcon] = OrderedDict()

    def set_device_pixel_ratio(self, ratio: float) -> None:
        self.edge = max(1, round(self.box * ratio))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + self.box, max(size.height(), self.box + 6))

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        option.decorationSize = QSize(self.box, self.box)
        option.decorationAlignment = Qt.AlignmentFlag.AlignCenter
        widget = option.widget
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        line = index.data(LINE_ROLE)
        option.icon = self._icon_for(line, ratio) if isinstance(line, ArchiveFileLine) else QIcon()

    def _icon_for(self, line: ArchiveFileLine, ratio: float) -> QIcon:
        """The thumbnail of ``line`` as an icon, else the page icon of its kind."""
        image = None
        kind = ""
        if self.company_xid is not None:
            key = key_for(self.company_xid, line)
            image = self.images.image(key, self.edge)
            kind = self.images.kind(key) or ""
        if image is not None:
            ident: tuple[object, ...] = ("image", image.cacheKey(), self.box, ratio)
        else:
            kind = kind or kind_from_name(line.name)
            ident = ("page", kind, self.box, ratio)
        icon = self._icons.get(ident)
        if icon is not None:
            self._icons.move_to_end(ident)
            return icon
        if image is not None:
            pixmap = self._framed(image, ratio)
        else:
            pixmap = _page_icon(kind, self.box, ratio)
        icon = QIcon(pixmap)
        icon.addPixmap(pixmap, QIcon.Mode.Selected)  # not tinted in the selected row
        self._icons[ident] = icon
        while len(self._icons) > ICON_CACHE:
            self._icons.popitem(last=False)
        return icon

    def _framed(self, image: QImage, ratio: float) -> QPixmap:
        """The thumbnail in a hairline frame, at most ``box`` logical pixels square."""
        scale = self.box / max(self.edge, 1)  # device pixels -> logical pixels
        width = max(1.0, image.width() * scale)
        height = max(1.0, image.height() * scale)
        pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = QRectF(0, 0, width, height)
        # Scaled photos come from the render workers with 0 in RGBX8888's padding byte
        # (Pillow's resampling; setting it there costs ~10 ms a preview). Painted on the
        # widget that byte is ignored, but drawn onto this transparent pixmap it would
        # be the alpha, and the photo would vanish; as RGB32 it reads as opaque.
        painter.drawImage(target, image.convertToFormat(QImage.Format.Format_RGB32))
        painter.setPen(QPen(QColor(0, 0, 0, 60), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(target.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()
        return pixmap


def _page_icon(kind: str, box: int, ratio: float) -> QPixmap:
    """A sheet of paper with a folded corner, with a coloured label for known kinds."""
    pixmap = QPixmap(max(1, round(box * ratio)), max(1, round(box * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = box * 0.72
    height = box * 0.92
    left = (box - width) / 2
    top = (box - height) / 2
    fold = width * 0.3
    page = QPainterPath()
    page.moveTo(left, top)
    page.lineTo(left + width - fold, top)
    page.lineTo(left + width, top + fold)
    page.lineTo(left + width, top + height)
    page.lineTo(left, top + height)
    page.closeSubpath()
    painter.setPen(QPen(QColor(150, 150, 150), 1))
    painter.setBrush(QColor(250, 250, 250))
    painter.drawPath(page)
    corner = QPainterPath()
    corner.moveTo(left + width - fold, top)
    corner.lineTo(left + width - fold, top + fold)
    corner.lineTo(left + width, top + fold)
    painter.setBrush(QColor(225, 225, 225))
    painter.drawPath(corner)
    badge = _BADGES.get(kind)
    if badge is not None:
        label, colour = badge
        band = QRectF(left - 2, top + height * 0.52, width + 4, height * 0.3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(band, 2, 2)
        font = QFont(QApplication.font())
        font.setBold(True)
        font.setPixelSize(max(6, round(band.height() * 0.75)))
        painter.setFont(font)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, label)
    else:
        painter.setPen(QPen(QColor(190, 190, 190), 1))
        for i in range(4):
            y = top + height * (0.4 + 0.13 * i)
            painter.drawLine(QPointF(left + width * 0.18, y), QPointF(left + width * 0.82, y))
    painter.end()
    return pixmap
