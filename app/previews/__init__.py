"""Document previews: PDF pages and images rendered to raw pixels in worker processes.

Import cost is small: PyMuPDF and Pillow are imported only inside the worker processes.
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
