"""What the UI asks the render service for, what it gets back, and how it can fail.

Everything here is plain data: cheap to import in the GUI process and picklable, because
the same objects travel to and from the render worker process.

Units: sizes of output images are in *device* pixels (the UI passes its logical size
times ``devicePixelRatio``). PDF page sizes are in points (1/72 inch); an image's "page"
size is its size in pixels after EXIF orientation, so ``zoom`` is device pixels per
point for PDFs and device pixels per image pixel for images.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Any

import msgspec

__all__ = [
    "CorruptDocument",
    "DocumentInfo",
    "EncryptedDocument",
    "FitMode",
    "InvalidRequest",
    "PixelFormat",
    "PreviewError",
    "RenderRequest",
    "RenderResult",
    "RenderTimeout",
    "ServiceClosed",
    "TooLarge",
    "UnsupportedContent",
    "WorkerCrashed",
]


class FitMode(StrEnum):
    FIT_WIDTH = "fit_width"  # width = max_width; height follows (the view scrolls)
    FIT_PAGE = "fit_page"  # the whole page inside max_width x max_height
    ZOOM = "zoom"  # an explicit zoom factor


class PixelFormat(StrEnum):
    """How ``RenderResult.pixels`` are laid out; each is a QImage format of that name,
    so ``QImage(pixels, width, height, bytes_per_line, QImage.Format.Format_<name>)``
    wraps them without conversion. Both are opaque: paint them as they are."""

    # 32-bit 0xffRRGGBB words in native byte order (bytes B, G, R, 255 on the
    # little-endian CPUs we run on). Qt's fastest format: QPixmap.fromImage() does not
    # convert it. PDF pages come in this format. (The fourth byte can be 254 at
    # anti-aliased edges: use Format_RGB32, which ignores it, not a premultiplied one.)
    RGB32 = "RGB32"
    # Bytes R, G, B, 255. Images (photos, scans) come in this format.
    RGBX8888 = "RGBX8888"


class RenderRequest(msgspec.Struct, frozen=True):
    """One page of a document, fitted into a box of device pixels or at a zoom.

    ``rotation`` is the *view* rotation, clockwise, on top of the page's own rotation
    and the photo's EXIF orientation. The output size is always capped by the service
    (see ``RenderResult.capped``).
    """

    page: int = 0
    max_width: int = 0
    max_height: int = 0
    fit: FitMode = FitMode.FIT_PAGE
    zoom: float = 1.0
    rotation: int = 0
    password: str | None = None  # never in the repr

    def __post_init__(self) -> None:
        if self.page < 0:
            raise ValueError(f"page must be >= 0, not {self.page}")
        if self.rotation % 90:
            raise ValueError(f"rotation must be a multiple of 90, not {self.rotation}")
        msgspec.structs.force_setattr(self, "rotation", self.rotation % 360)
        msgspec.structs.force_setattr(self, "fit", FitMode(self.fit))
        if self.fit is FitMode.ZOOM:
            if not (math.isfinite(self.zoom) and self.zoom > 0):
                raise ValueError(f"zoom must be a positive number, not {self.zoom}")
        elif self.max_width <= 0 or (self.fit is FitMode.FIT_PAGE and self.max_height <= 0):
            raise ValueError(f"{self.fit.value} needs a positive box, not "
                             f"{self.max_width}x{self.max_height}")

    def __repr__(self) -> str:
        return (f"RenderRequest(page={self.page!r}, max_width={self.max_width!r}, "
                f"max_height={self.max_height!r}, fit={self.fit!r}, zoom={self.zoom!r}, "
                f"rotation={self.rotation!r})")

    @classmethod
    def fit_page(cls, max_width: int, max_height: int, *, page: int = 0, rotation: int = 0,
                 password: str | None = None) -> RenderRequest:
        return cls(page, max_width, max_height, FitMode.FIT_PAGE, 1.0, rotation, password)

    @classmethod
    def fit_width(cls, max_width: int, *, page: int = 0, rotation: int = 0,
                  password: str | None = None) -> RenderRequest:
        return cls(page, max_width, 0, FitMode.FIT_WIDTH, 1.0, rotation, password)

    @classmethod
    def at_zoom(cls, zoom: float, *, page: int = 0, rotation: int = 0,
                password: str | None = None) -> RenderRequest:
        return cls(page, 0, 0, FitMode.ZOOM, zoom, rotation, password)


class RenderResult(msgspec.Struct, frozen=True):
    """Raw pixels, ready to wrap in a QImage without conversion (see PixelFormat).

    ``pixels`` is an immutable bytes object owned by the result; a QImage built on it
    must keep a reference to it (or be ``copy()``-ed) for as long as it lives.
    """

    width: int
    height: int
    bytes_per_line: int
    pixel_format: PixelFormat
    pixels: bytes  # not in the repr
    page: int
    page_count: int
    page_size: tuple[float, float]  # points (images: pixels), before the view rotation
    zoom: float  # the zoom actually used, after capping
    rotation: int  # the view rotation applied
    capped: bool  # the output was made smaller than asked, to stay within the limits
    kind: str  # "pdf" or "image"
    render_ms: float = 0.0  # the job's time in the worker, opening included (diagnostics)

    def __repr__(self) -> str:
        names = (name for name in self.__struct_fields__ if name != "pixels")
        return f"RenderResult({', '.join(f'{n}={getattr(self, n)!r}' for n in names)})"


class DocumentInfo(msgspec.Struct, frozen=True):
    kind: str  # "pdf" or "image"
    content_type: str
    page_count: int  # 0 while ``locked``
    page_sizes: tuple[tuple[float, float], ...]  # points (images: pixels)
    encrypted: bool  # the file is encrypted (it may still open without a password)
    locked: bool  # a password is needed before anything can be shown
    has_text_layer: bool  # some of the first pages carry text (not just a scanned image)


# --- Errors -------------------------------------------------------------------------
# Every failure the UI may show has its own class and an English message to translate.
# They pickle (the worker raises them, the service re-raises them in the GUI process).


class PreviewError(Exception):
    """A document could not be previewed."""

    default_message = "The document could not be shown."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuild from the attributes, not by calling __init__ with the final message.
        return (_rebuild_error, (type(self), self.__dict__.copy()))


class EncryptedDocument(PreviewError):
    default_message = "The document is protected by a password."

    def __init__(self, message: str | None = None, *, wrong_password: bool = False) -> None:
        if message is None and wrong_password:
            message = "The password is not correct."
        super().__init__(message)
        self.wrong_password = wrong_password


class CorruptDocument(PreviewError):
    default_message = "The file is damaged and cannot be shown."

    def __init__(self, reason: str | None = None) -> None:
        super().__init__(f"The file is damaged and cannot be shown: {reason}." if reason
                         else None)
        self.reason = reason or ""


class UnsupportedContent(PreviewError):
    default_message = "This kind of file cannot be previewed."


class TooLarge(PreviewError):
    default_message = "The document is too large to be previewed."


class InvalidRequest(PreviewError):
    default_message = "That page does not exist in the document."


class RenderTimeout(PreviewError):
    default_message = "The document took too long to render and was stopped."

    def __init__(self, message: str | None = None, *, seconds: float = 0.0) -> None:
        super().__init__(message)
        self.seconds = seconds


class WorkerCrashed(PreviewError):
    default_message = "The preview process stopped unexpectedly."

    def __init__(self, message: str | None = None, *, exitcode: int | None = None) -> None:
        super().__init__(message)
        self.exitcode = exitcode


class ServiceClosed(PreviewError):
    default_message = "Previews are shut down."


def _rebuild_error(cls: type[PreviewError], state: dict[str, Any]) -> PreviewError:
    error = cls.__new__(cls)
    Exception.__init__(error, state.get("message", cls.default_message))
    error.__dict__.update(state)
    return error
