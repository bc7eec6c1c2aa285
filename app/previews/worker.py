"""The render worker: a process of its own that opens documents and rasterises pages.

It is the only place that imports PyMuPDF and Pillow (at process start, so the first
render is warm). MuPDF is not thread-safe and some files make it loop forever or eat
memory, so it runs here, one job at a time, where the service can kill it.

Module level stays light: the GUI process imports this module only to name
``worker_main`` as the process target.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import re
import signal
import sys
import time
import traceback
import warnings
from collections import OrderedDict
from collections.abc import Callable, Iterator
from multiprocessing import shared_memory
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, cast

from app.previews.geometry import Plan, plan_output
from app.previews.messages import (
    AttachBuffer,
    Job,
    NeedBuffer,
    Ready,
    Reply,
    WorkerConfig,
)
from app.previews.protocol import (
    CorruptDocument,
    DocumentInfo,
    EncryptedDocument,
    InvalidRequest,
    PixelFormat,
    PreviewError,
    RenderRequest,
    RenderResult,
    TooLarge,
    UnsupportedContent,
)

if TYPE_CHECKING:
    from PIL import Image as PILImage

__all__ = ["worker_main"]

# Pillow plugins we let near untrusted bytes; everything else is refused.
IMAGE_FORMATS = ("JPEG", "PNG", "TIFF", "GIF", "WEBP", "BMP")
# How many of the first pages to look at for a text layer.
TEXT_PROBE_PAGES = 5


def worker_main(requests: Connection, replies: Connection, config: WorkerConfig) -> None:
    """Process entry point: get ready, then answer jobs until told to stop."""
    started = time.perf_counter()
    _harden(config)
    engine = Engine(config)
    replies.send(Ready(os.getpid(), (time.perf_counter() - started) * 1000))
    attached: dict[str, shared_memory.SharedMemory] = {}
    try:
        while True:
            try:
                message = requests.recv()
            except (EOFError, OSError):
                return  # the service is gone
            if not isinstance(message, Job):
                return  # None: stop
            data = requests.recv_bytes() if message.data_follows else None
            _alarm(config.self_destruct_after)
            _serve(engine, message, data, Canvas(message, requests, replies, attached))
            _alarm(0)
    finally:
        for shm in attached.values():
            shm.close()


class Canvas:
    """Where a job writes its pixels: the shared memory the service gave it.

    The service's buffer for this worker is used when the pixels fit; otherwise the
    canvas asks the service for a bigger one-off buffer (NeedBuffer / AttachBuffer)
    before anything is drawn.
    """

    def __init__(
        self,
        job: Job,
        requests: Connection,
        replies: Connection,
        attached: dict[str, shared_memory.SharedMemory],
    ) -> None:
        self.job = job
        self.requests = requests
        self.replies = replies
        self.attached = attached
        self.name = ""
        self.nbytes = 0
        self._view: memoryview | None = None

    def _buffer(self, name: str) -> memoryview:
        shm = self.attached.get(name)
        if shm is None:
            try:
                shm = self.attached[name] = shared_memory.SharedMemory(name)
            except OSError as exc:  # ENOMEM under the address-space limit
                raise TooLarge("The page needs more memory than a preview may use.") from exc
        buf = shm.buf
        assert buf is not None
        return buf

    def take_document(self, nbytes: int) -> bytes:
        """The document the service put at the start of the buffer (a copy: the buffer
        is about to be drawn on)."""
        with self._buffer(self.job.buffer)[:nbytes] as view:
            return bytes(view)

    def get(self, nbytes: int) -> memoryview:
        """A writable view of ``nbytes`` bytes of shared memory (one per job)."""
        assert self._view is None, "one canvas per job"
        name, size = self.job.buffer, self.job.buffer_size
        if nbytes > size:
            self.replies.send(NeedBuffer(self.job.job_id, nbytes))
            grown = self.requests.recv()
            assert isinstance(grown, AttachBuffer)
            name, size = grown.name, grown.size
        self._view = self._buffer(name)[:nbytes]
        self.name, self.nbytes = name, nbytes
        return self._view

    def release(self) -> None:
        if self._view is not None:
            self._view.release()
            self._view = None
        if self.name and self.name != self.job.buffer:  # a one-off: the service frees it
            self.attached.pop(self.name).close()


def _serve(engine: Engine, job: Job, data: bytes | None, canvas: Canvas) -> None:
    started = time.perf_counter()
    for key in job.forget:
        engine.close(key)
    value: object = None
    error: PreviewError | None = None
    try:
        if job.data_in_buffer:
            data = canvas.take_document(job.data_in_buffer)
        if data is not None:
            engine.open(job.key, data, job.kind, job.content_type)
        value = engine.run(job, canvas)
    except _NotOpen:
        canvas.replies.send(Reply(job.job_id, need_document=True, open_keys=engine.open_keys()))
        return
    except PreviewError as exc:
        error = exc
    except MemoryError:
        error = TooLarge("The document needs more memory than a preview may use.")
    except Exception as exc:  # a bug or an unforeseen library failure: say what it was
        traceback.print_exc()  # to the worker's stderr, which is the application's
        error = CorruptDocument(_short_reason(exc))
    finally:
        canvas.release()
    written = error is None and isinstance(value, RenderResult)
    canvas.replies.send(
        Reply(
            job.job_id,
            value=value,
            error=error,
            pixel_bytes=canvas.nbytes if written else 0,
            buffer=canvas.name if written else "",
            open_keys=engine.open_keys(),
            elapsed_ms=(time.perf_counter() - started) * 1000,
        )
    )


class _NotOpen(Exception):
    """The job is about a document this worker does not hold open."""


def _harden(config: WorkerConfig) -> None:
    # Ctrl+C in a terminal reaches the whole process group; the service decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGALRM"):
        signal.signal(signal.SIGALRM, signal.SIG_DFL)  # see _alarm
    if sys.platform.startswith("linux"):
        _die_with_parent()
    if config.memory_limit:
        try:
            import resource

            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            limit = config.memory_limit if hard < 0 else min(config.memory_limit, hard)
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        except (ImportError, ValueError, OSError):  # Windows; macOS refuses RLIMIT_AS
            pass


def _alarm(seconds: float) -> None:
    """Arm (or, with 0, disarm) the self-destruct timer. There is no Python handler for
    SIGALRM, so the kernel ends the process even while MuPDF holds the GIL."""
    if seconds >= 0 and hasattr(signal, "setitimer"):
        signal.setitimer(signal.ITIMER_REAL, seconds)


def _die_with_parent() -> None:
    """A worker stuck in MuPDF must not outlive a GUI that crashed (Linux only)."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
        if os.getppid() == 1:  # the parent already died before prctl
            os._exit(1)


def _short_reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return re.sub(r"^code=\d+: ", "", text)[:200]  # MuPDF's "code=7: cycle in page tree"


def _import_handler(path: str) -> Callable[[Any], Any]:
    module, _, name = path.partition(":")
    handler = getattr(importlib.import_module(module), name)
    if not callable(handler):
        raise TypeError(f"{path} is not callable")
    return handler  # type: ignore[no-any-return]


class ScratchCanvas:
    """A canvas in private memory (warm-up, and tests of the engine on its own)."""

    def __init__(self) -> None:
        self.data = bytearray()

    def get(self, nbytes: int) -> memoryview:
        self.data = bytearray(nbytes)
        return memoryview(self.data)


PixelSink = Canvas | ScratchCanvas


class Engine:
    """The documents a worker holds open, and the code that renders them."""

    def __init__(self, config: WorkerConfig) -> None:
        import pymupdf as pymupdf_module
        from PIL import Image

        pymupdf: Any = pymupdf_module  # its annotations are partial; treat it as dynamic
        self.config = config
        self.pymupdf = pymupdf
        pymupdf.TOOLS.mupdf_display_errors(False)
        pymupdf.TOOLS.mupdf_display_warnings(False)
        Image.MAX_IMAGE_PIXELS = config.max_image_pixels
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        self.documents: OrderedDict[str, PdfDocument | ImageDocument] = OrderedDict()
        self.handlers = {
            name: _import_handler(path) for name, path in config.extra_handlers.items()
        }
        self._warm_up()

    def _warm_up(self) -> None:
        """Pay MuPDF's and Pillow's first-use costs now, not on the user's first click."""
        doc = self.pymupdf.open()
        page = doc.new_page(width=200, height=100)
        page.insert_text((10, 50), "Kvittering æøå 123,45 kr.", fontsize=11)
        pdf = PdfDocument(self, doc.tobytes())
        pdf.render(RenderRequest.fit_width(300), ScratchCanvas())
        pdf.info(None)
        from PIL import Image

        buf = io.BytesIO()
        Image.new("RGB", (64, 48), (200, 120, 40)).save(buf, "JPEG")
        ImageDocument(self, buf.getvalue(), "image/jpeg").render(
            RenderRequest.fit_page(16, 16, rotation=90), ScratchCanvas()
        )

    # --- the open documents ----------------------------------------------------------

    def open(self, key: str, data: bytes, kind: str, content_type: str) -> None:
        self.close(key)
        if kind == "pdf":
            document: PdfDocument | ImageDocument = PdfDocument(self, data)
        elif kind == "image":
            document = ImageDocument(self, data, content_type)
        else:
            raise UnsupportedContent()
        self.documents[key] = document
        total = sum(d.size for d in self.documents.values())
        while len(self.documents) > 1 and (
            len(self.documents) > self.config.max_open_documents
            or total > self.config.max_open_bytes
        ):
            _, evicted = self.documents.popitem(last=False)
            total -= evicted.size
            evicted.close()

    def close(self, key: str) -> None:
        document = self.documents.pop(key, None)
        if document is not None:
            document.close()

    def open_keys(self) -> tuple[str, ...]:
        return tuple(self.documents)

    # --- jobs ------------------------------------------------------------------------

    def run(self, job: Job, canvas: PixelSink) -> object:
        """A job's value; a render's pixels go to ``canvas``. _NotOpen if the job's
        document is not open here."""
        if job.op == "call":
            name, argument = cast(tuple[str, object], job.payload)
            handler = self.handlers.get(name)
            if handler is None:
                raise UnsupportedContent(f"No worker handler is called {name!r}.")
            return handler(argument)
        document = self.documents.get(job.key)
        if document is None:
            raise _NotOpen(job.key)
        self.documents.move_to_end(job.key)
        if job.op == "info":
            assert job.payload is None or isinstance(job.payload, str)
            return document.info(job.payload)
        assert isinstance(job.payload, RenderRequest)
        return document.render(job.payload, canvas)


class PdfDocument:
    kind = "pdf"
    # Display lists of the most recently shown pages: a zoom, a rotation or a return to
    # the page re-rasterises the list without parsing the page's content again.
    kept_pages = 3

    def __init__(self, engine: Engine, data: bytes) -> None:
        self.pymupdf = engine.pymupdf
        self.config = engine.config
        self.size = len(data)
        try:
            self.doc = self.pymupdf.open(stream=data, filetype="pdf")
        except self.pymupdf.EmptyFileError as exc:
            raise CorruptDocument("the file is empty") from exc
        except RuntimeError as exc:
            raise CorruptDocument("it is not a readable PDF") from exc
        if self.doc.is_repaired and b"%%EOF" not in data[-2048:]:
            self.doc.close()
            raise CorruptDocument("the file is incomplete, it ends too early")
        self._pages: OrderedDict[int, tuple[Any, Any]] = OrderedDict()  # page, display list

    def close(self) -> None:
        self._pages.clear()
        self.doc.close()

    def _unlock(self, password: str | None) -> None:
        if not self.doc.needs_pass:
            return
        if not password:
            raise EncryptedDocument()
        if not self.doc.authenticate(password):
            raise EncryptedDocument(wrong_password=True)

    def _page_count(self) -> int:
        count = int(self.doc.page_count)
        if count <= 0:
            raise CorruptDocument("it has no pages")
        return count

    def _page(self, index: int) -> tuple[Any, Any]:
        kept = self._pages.get(index)
        if kept is None:
            page = self.doc.load_page(index)
            kept = self._pages[index] = (page, page.get_displaylist())
            while len(self._pages) > self.kept_pages:
                self._pages.popitem(last=False)
        self._pages.move_to_end(index)
        return kept

    def info(self, password: str | None) -> DocumentInfo:
        encrypted = bool(self.doc.is_encrypted or self.doc.needs_pass)
        if self.doc.needs_pass and not password:
            return DocumentInfo("pdf", "application/pdf", 0, (), encrypted, True, False)
        self._unlock(password)
        with _mupdf_errors():
            count = self._page_count()
            sizes = tuple((float(p.rect.width), float(p.rect.height)) for p in self.doc)
            has_text = any(
                self.doc[i].get_text("text").strip() for i in range(min(count, TEXT_PROBE_PAGES))
            )
        return DocumentInfo("pdf", "application/pdf", count, sizes, encrypted, False, has_text)

    def render(self, request: RenderRequest, canvas: PixelSink) -> RenderResult:
        started = time.perf_counter()
        self._unlock(request.password)
        mupdf = self.pymupdf.mupdf
        with _mupdf_errors():
            count = self._page_count()
            if request.page >= count:
                raise InvalidRequest(
                    f"The document has {count} pages; there is no page {request.page + 1}."
                )
            page, display_list = self._page(request.page)
            width, height = float(page.rect.width), float(page.rect.height)
            plan = _plan(width, height, request, self.config)
            m = self.pymupdf.Matrix(plan.zoom, plan.zoom).prerotate(request.rotation)
            ctm = mupdf.FzMatrix(m.a, m.b, m.c, m.d, m.e, m.f)
            bbox = mupdf.fz_round_rect(
                mupdf.fz_transform_rect(mupdf.fz_bound_display_list(display_list.this), ctm)
            )
            w, h = bbox.x1 - bbox.x0, bbox.y1 - bbox.y0
            # Drawn straight into the shared memory, as 4-byte pixels: MuPDF is faster
            # at 4 bytes a pixel than at 3, and nothing is copied in this process.
            pixels = canvas.get(w * h * 4)
            pix = mupdf.fz_new_pixmap_with_bbox_and_data(
                _PDF_COLORSPACE(mupdf), bbox, mupdf.FzSeparations(), 1,
                mupdf.python_mutable_buffer_data(pixels),
            )
            mupdf.fz_clear_pixmap_with_value(pix, 255)  # opaque white paper
            device = mupdf.fz_new_draw_device(mupdf.FzMatrix(), pix)
            try:
                mupdf.fz_run_display_list(
                    display_list.this, device, ctm,
                    mupdf.FzRect(mupdf.FzRect.Fixed_INFINITE), mupdf.FzCookie(),
                )
                mupdf.fz_close_device(device)
            finally:
                del device, pix
        return RenderResult(
            width=w,
            height=h,
            bytes_per_line=w * 4,
            pixel_format=_PDF_FORMAT,
            pixels=b"",
            page=request.page,
            page_count=count,
            page_size=(width, height),
            zoom=plan.zoom,
            rotation=request.rotation,
            capped=plan.capped,
            kind="pdf",
            render_ms=(time.perf_counter() - started) * 1000,
        )


# B, G, R, A bytes are QImage's Format_RGB32 words (0xffRRGGBB) on a little-endian CPU.
if sys.byteorder == "little":
    _PDF_FORMAT = PixelFormat.RGB32

    def _PDF_COLORSPACE(mupdf: Any) -> Any:
        return mupdf.fz_device_bgr()
else:  # pragma: no cover - no big-endian desktop is supported
    _PDF_FORMAT = PixelFormat.RGBX8888

    def _PDF_COLORSPACE(mupdf: Any) -> Any:
        return mupdf.fz_device_rgb()


@contextlib.contextmanager
def _mupdf_errors() -> Iterator[None]:
    """MuPDF's RuntimeErrors as the preview errors they mean."""
    try:
        yield
    except PreviewError:
        raise
    except MemoryError as exc:
        raise TooLarge("The page needs more memory than a preview may use.") from exc
    except (RuntimeError, ValueError) as exc:
        text = str(exc).lower()
        if "malloc" in text or "out of memory" in text:
            raise TooLarge("The page needs more memory than a preview may use.") from exc
        raise CorruptDocument(_short_reason(exc)) from exc


def _plan(width: float, height: float, request: RenderRequest, config: WorkerConfig) -> Plan:
    if request.rotation in (90, 270):
        width, height = height, width
    return plan_output(
        width, height, request, max_pixels=config.max_pixels, max_edge=config.max_edge
    )


# EXIF orientation as (mirror left-right first?, then rotate clockwise by degrees).
_ORIENTATIONS = {
    1: (False, 0),
    2: (True, 0),
    3: (False, 180),
    4: (True, 180),
    5: (True, 270),
    6: (False, 90),
    7: (True, 90),
    8: (False, 270),
}
# (mirror, clockwise turn) -> PIL.Image.Transpose value (Pillow's ROTATE_n turns
# counter-clockwise).
_TRANSPOSE = {
    (False, 90): 4,  # ROTATE_270
    (False, 180): 3,  # ROTATE_180
    (False, 270): 2,  # ROTATE_90
    (True, 0): 0,  # FLIP_LEFT_RIGHT
    (True, 90): 6,  # TRANSVERSE
    (True, 180): 1,  # FLIP_TOP_BOTTOM
    (True, 270): 5,  # TRANSPOSE
}


class ImageDocument:
    kind = "image"

    def __init__(self, engine: Engine, data: bytes, content_type: str) -> None:
        from PIL import Image, UnidentifiedImageError

        self.Image = Image
        self._unidentified = UnidentifiedImageError
        self.config = engine.config
        self.data = data
        self.size = len(data)
        self.content_type = content_type
        image = self._open()
        # Multi-page TIFF scans have pages; a GIF's or WebP's later frames are animation.
        self.page_count = int(getattr(image, "n_frames", 1)) if image.format == "TIFF" else 1

    def close(self) -> None:
        self.data = b""

    def _open(self, page: int = 0) -> PILImage.Image:
        try:
            image = self.Image.open(io.BytesIO(self.data), formats=IMAGE_FORMATS)
            if page:
                image.seek(page)
        except self.Image.DecompressionBombError as exc:
            raise TooLarge("The image has too many pixels to be previewed.") from exc
        except self._unidentified as exc:
            raise UnsupportedContent("This image format cannot be previewed.") from exc
        except (OSError, SyntaxError, ValueError, EOFError, IndexError) as exc:
            raise CorruptDocument(_short_reason(exc)) from exc
        width, height = image.size
        if width <= 0 or height <= 0:
            raise CorruptDocument("the image has no size")
        if width * height > self.config.max_image_pixels:
            raise TooLarge("The image has too many pixels to be previewed.")
        return image

    @staticmethod
    def _orientation(image: PILImage.Image) -> tuple[bool, int]:
        try:
            value = image.getexif().get(0x0112, 1)
        except Exception:  # a broken EXIF block must not stop the preview
            value = 1
        return _ORIENTATIONS.get(value, (False, 0))

    def info(self, password: str | None) -> DocumentInfo:
        del password
        sizes = []
        image = self._open()
        _, turn = self._orientation(image)
        for index in range(self.page_count):
            with contextlib.suppress(EOFError, OSError, ValueError):
                image.seek(index)
                w, h = image.size
                sizes.append((float(h), float(w)) if turn % 180 else (float(w), float(h)))
        return DocumentInfo(
            "image", self.content_type, self.page_count, tuple(sizes), False, False, False
        )

    def render(self, request: RenderRequest, canvas: PixelSink) -> RenderResult:
        started = time.perf_counter()
        if request.page >= self.page_count:
            raise InvalidRequest(
                f"The image has {self.page_count} pages; there is no page {request.page + 1}."
            )
        Image = self.Image
        image = self._open(request.page)
        mirror, exif_turn = self._orientation(image)
        turn = (exif_turn + request.rotation) % 360  # EXIF orientation, then the view's
        width, height = image.size
        shown = (height, width) if exif_turn % 180 else (width, height)
        plan = _plan(float(shown[0]), float(shown[1]), request, self.config)
        # The size to scale the stored (unturned) pixels to.
        target = (plan.height, plan.width) if turn % 180 else (plan.width, plan.height)
        try:
            if image.format == "JPEG" and (target[0] < width or target[1] < height):
                # libjpeg decodes at 1/2, 1/4 or 1/8 scale directly: a 12 MP photo for a
                # 1600 px preview decodes a quarter of its pixels.
                image.draft(image.mode, target)
            image.load()
            image = _to_rgb_or_gray(Image, image)
            if image.size != target:
                image = image.resize(target, Image.Resampling.BILINEAR, reducing_gap=3.0)
            if image.mode != "RGB":
                image = image.convert("RGB")
            method = _TRANSPOSE.get((mirror, turn))
            if method is not None:
                image = image.transpose(Image.Transpose(method))
            data = image.tobytes("raw", "RGBX")
        except Image.DecompressionBombError as exc:
            raise TooLarge("The image has too many pixels to be previewed.") from exc
        except MemoryError as exc:
            raise TooLarge("The image needs more memory than a preview may use.") from exc
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise CorruptDocument(_short_reason(exc)) from exc
        canvas.get(len(data))[:] = data
        return RenderResult(
            width=image.width,
            height=image.height,
            bytes_per_line=image.width * 4,
            pixel_format=PixelFormat.RGBX8888,
            pixels=b"",
            page=request.page,
            page_count=self.page_count,
            page_size=(float(shown[0]), float(shown[1])),
            zoom=plan.zoom,
            rotation=request.rotation,
            capped=plan.capped,
            kind="image",
            render_ms=(time.perf_counter() - started) * 1000,
        )


def _to_rgb_or_gray(Image: Any, image: PILImage.Image) -> PILImage.Image:
    """RGB or L, with any transparency flattened onto white (receipts are on paper)."""
    mode = image.mode
    if mode in ("RGB", "L"):
        return image
    if mode == "1":
        return image.convert("L")
    if mode.startswith("I;16") or mode in ("I", "F"):  # 16/32-bit greys: stretch to 8
        wide = image.convert("F")
        low, high = cast(tuple[float, float], wide.getextrema())
        scale = 255 / (high - low) if high > low else 1.0
        return wide.point(lambda v: (v - low) * scale).convert("L")
    if mode == "P":
        if "transparency" not in image.info:
            return image.convert("RGB")
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(paper, rgba).convert("RGB")  # type: ignore[no-any-return]
    return image.convert("RGB")
