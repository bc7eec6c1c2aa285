"""Preview timings: cold and warm renders through RenderService against a plain loop.

Not a test (timings on shared CI machines are noise); run it by hand:

    .venv/bin/python -m tests.previews.measure [rounds]

Each document is served over loopback HTTP and fetched with httpx, as the app fetches
it from the API. "cold" = a document key the service has not seen (fetch, send to the
worker, open, render, pixels back); "warm" = the same request again; "page" = another
page of an open document. "in-process" renders the same bytes in this process with
PyMuPDF / Pillow the plain way, fetch included, interleaved with the service runs so
both see the same machine load.
"""

from __future__ import annotations

import asyncio
import io
import os
import statistics
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from app.previews import RenderRequest, RenderService

SAMPLES = Path(os.environ.get("MR_SAMPLES", Path(__file__).parents[3] / "shared" / "samples"))
BOX = tuple(int(v) for v in os.environ.get("MR_BOX", "1600x1200").split("x"))
# (device pixels: an 800 x 600 pane at devicePixelRatio 2)


def _documents() -> dict[str, bytes]:
    from tests.previews import documents

    found = {p.name: p.read_bytes() for p in sorted((SAMPLES / "invoice2data").glob("*.pdf"))}
    if not found:  # a fresh clone without ../shared: made-up invoices instead
        found = {f"made-{n}.pdf": documents.pdf(3) for n in range(3)}
    found["photo-12mp.jpg"] = documents.photo_12mp()
    found["phone-12mp-exif6.jpg"] = _portrait_photo()
    return found


def _portrait_photo() -> bytes:
    """A 4000 x 3000 JPEG stored sideways with EXIF orientation 6, like a phone's."""
    from PIL import Image

    from tests.previews import documents

    photo = Image.open(io.BytesIO(documents.photo_12mp()))
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=88, exif=exif)
    return out.getvalue()


def _serve(files: dict[str, bytes]) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = files[self.path.lstrip("/")]
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def _in_process(name: str, data: bytes) -> None:
    """What a plain loop does: open, render to fit the box, get the pixels."""
    if name.endswith(".pdf"):
        import pymupdf

        page = pymupdf.open(stream=data, filetype="pdf")[0]
        zoom = min(BOX[0] / page.rect.width, BOX[1] / page.rect.height)
        pixmap = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
        assert pixmap.samples_mv.nbytes
    else:
        from PIL import Image, ImageOps

        image = Image.open(io.BytesIO(data))
        image.draft("RGB", BOX)
        image = ImageOps.exif_transpose(image)
        image.thumbnail(BOX)
        assert image.tobytes()


def _summary(label: str, values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (f"  {label:<26} median {statistics.median(values):7.1f} ms   "
            f"p95 {p95:7.1f} ms   (n={len(values)})")


async def _run(rounds: int) -> None:
    files = _documents()
    server, base = _serve(files)
    timings: dict[str, dict[str, list[float]]] = {}

    def record(kind: str, label: str, value: float) -> None:
        timings.setdefault(kind, {}).setdefault(label, []).append(value)

    started = time.perf_counter()
    service = RenderService(workers=2)
    await service.start()
    print(f"start-up (2 workers, ready to render): {(time.perf_counter() - started) * 1000:.0f} ms")
    try:
        async with httpx.AsyncClient() as http:

            def fetcher(name: str) -> Callable[[], Awaitable[bytes]]:
                async def fetch() -> bytes:
                    response = await http.get(base + name)
                    return response.content

                return fetch

            for n in range(rounds):
                for name, data in files.items():
                    kind = "pdf" if name.endswith(".pdf") else "jpeg"
                    key = f"measure:{name}:{n}"
                    request = RenderRequest.fit_page(*BOX)

                    t0 = time.perf_counter()
                    result = await service.render(key, fetcher(name), request)
                    t1 = time.perf_counter()
                    await service.render(key, fetcher(name), request)
                    t2 = time.perf_counter()
                    record(kind, "cold (fetch + render)", (t1 - t0) * 1000)
                    record(kind, "  of which in the worker", result.render_ms)
                    record(kind, "warm (same request)", (t2 - t1) * 1000)
                    if kind == "pdf" and result.page_count > 1:
                        t3 = time.perf_counter()
                        await service.render(key, fetcher(name),
                                             RenderRequest.fit_page(*BOX, page=1))
                        record(kind, "next page (open doc)", (time.perf_counter() - t3) * 1000)

                    t4 = time.perf_counter()
                    body = (await http.get(base + name)).content
                    _in_process(name, body)
                    record(kind, "in-process (fetch+render)", (time.perf_counter() - t4) * 1000)
                    del data
    finally:
        await service.close()
        server.shutdown()

    for kind, labels in timings.items():
        print(f"{kind}:")
        for label, values in labels.items():
            print(_summary(label, values))
        ratio = (statistics.median(labels["cold (fetch + render)"])
                 / statistics.median(labels["in-process (fetch+render)"]))
        print(f"  cold / in-process (medians): {ratio:.2f}")


def measure(rounds: int = 10) -> None:
    """Print cold and warm round-trip times for PDF pages and 12 MP JPEGs."""
    asyncio.run(_run(rounds))


if __name__ == "__main__":
    measure(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
