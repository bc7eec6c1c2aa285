"""Document previews: PDF pages and images rendered to raw pixels in worker processes.

    service = RenderService()                  # once; start() it early, in a task
    await service.start()
    request = RenderRequest.fit_width(round(pane.width() * pane.devicePixelRatioF()))
    result = await service.render(f"{company}:{xid}:{timestamp}", fetch_bytes, request)
    image = QImage(result.pixels, result.width, result.height, result.bytes_per_line,
                   getattr(QImage.Format, f"Format_{result.pixel_format}"))
    image.setDevicePixelRatio(pane.devicePixelRatioF())

``fetch_bytes`` is the document's bytes or an (async) callable returning them; it is
only called when no worker holds the document open. Failures are PreviewError
subclasses with English messages. Plain text is not rendered: decode it with
``decode_text`` and show it; e-invoice XML is shown from its data.

Importing this package is cheap: PyMuPDF and Pillow load only in the worker processes.
The main module must be import-safe (``if __name__ == "__main__":``), and a frozen
build must call ``multiprocessing.freeze_support()`` first, as for any spawned process.
"""

from app.previews.protocol import (
    CorruptDocument,
    DocumentInfo,
    EncryptedDocument,
    FitMode,
    InvalidRequest,
    PixelFormat,
    PreviewError,
    RenderRequest,
    RenderResult,
    RenderTimeout,
    ServiceClosed,
    TooLarge,
    UnsupportedContent,
    WorkerCrashed,
)
from app.previews.service import DocumentSource, RenderService
from app.previews.text import DecodedText, decode_text

__all__ = [
    "CorruptDocument",
    "DecodedText",
    "DocumentInfo",
    "DocumentSource",
    "EncryptedDocument",
    "FitMode",
    "InvalidRequest",
    "PixelFormat",
    "PreviewError",
    "RenderRequest",
    "RenderResult",
    "RenderService",
    "RenderTimeout",
    "ServiceClosed",
    "TooLarge",
    "UnsupportedContent",
    "WorkerCrashed",
    "decode_text",
]
