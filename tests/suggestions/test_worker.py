"""Extraction runs in the render service's worker processes, as the program uses it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from app.previews import (
    CorruptDocument,
    EncryptedDocument,
    RenderService,
    UnsupportedContent,
)
from app.suggestions import (
    SUGGESTION_HANDLERS,
    ExtractionRequest,
    extract_text,
    run_extraction,
)
from tests.suggestions.corpus import REPO, demo_seed
from tests.suggestions.pdfs import encrypted_pdf, image_only_pdf, make_pdf

in_module_loop = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def service() -> AsyncIterator[RenderService]:
    async with RenderService(workers=1, job_timeout=20,
                             extra_handlers=SUGGESTION_HANDLERS) as service:
        yield service


def _demo_pdfs(count: int) -> list[bytes]:
    return [f.body for f in demo_seed().files if f.content_type == "application/pdf"][:count]


@in_module_loop
async def test_the_worker_reads_what_the_finder_reads_here(service: RenderService) -> None:
    for data in _demo_pdfs(6):
        remote = await extract_text(service, data, own_cvrs=["13475067"])
        local = run_extraction(ExtractionRequest(data, own_cvrs=("13475067",)))
        assert remote.pages == local.pages
        assert remote.suggestions == local.suggestions
        assert remote.suggestions.total is not None
        assert remote.elapsed_ms > 0


@in_module_loop
async def test_page_limit(service: RenderService) -> None:
    data = make_pdf(*[[(50, 50, f"Side {i}")] for i in range(5)])
    text = await extract_text(service, data, max_pages=2, suggest=False)
    assert text.page_count == 5 and len(text.pages) == 2
    assert not text.suggestions


@in_module_loop
async def test_a_password_protected_pdf(service: RenderService) -> None:
    data = encrypted_pdf("hemmelig")
    with pytest.raises(EncryptedDocument) as caught:
        await extract_text(service, data)
    assert not caught.value.wrong_password
    with pytest.raises(EncryptedDocument) as caught:
        await extract_text(service, data, password="forkert")
    assert caught.value.wrong_password
    text = await extract_text(service, data, password="hemmelig")
    assert text.suggestions.total is not None


@in_module_loop
@pytest.mark.parametrize(("data", "error"), [
    (b"\xff\xd8\xff\xe0 a jpeg", UnsupportedContent),
    (b"", CorruptDocument),
    (b"%PDF-1.4\nthis is not really a pdf\n", CorruptDocument),
])
async def test_what_is_not_a_readable_pdf(service: RenderService, data: bytes,
                                          error: type[Exception]) -> None:
    with pytest.raises(error):
        await extract_text(service, data)


@in_module_loop
async def test_a_scan_has_no_text_and_no_suggestions(service: RenderService) -> None:
    text = await extract_text(service, image_only_pdf())
    assert text.page_count == 1 and not text.has_text and not text.suggestions


@in_module_loop
async def test_the_service_still_renders(service: RenderService) -> None:
    from app.previews import RenderRequest

    data = _demo_pdfs(1)[0]
    await extract_text(service, data)
    result = await service.render("doc", data, RenderRequest.fit_width(200))
    assert result.width == 200


def test_the_calling_process_never_loads_pymupdf(tmp_path: Path) -> None:
    """The GUI process asks; MuPDF runs only in the worker."""
    script = tmp_path / "probe.py"
    script.write_text(textwrap.dedent("""
        import asyncio, sys
        from app.previews import RenderService
        from app.suggestions import SUGGESTION_HANDLERS, extract_text

        async def main():
            data = open(sys.argv[1], "rb").read()
            async with RenderService(workers=1, extra_handlers=SUGGESTION_HANDLERS) as s:
                text = await extract_text(s, data)
            assert text.suggestions.total is not None
            print("pymupdf" in sys.modules, "fitz" in sys.modules)

        if __name__ == "__main__":
            asyncio.run(main())
    """))
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(_demo_pdfs(1)[0])
    out = subprocess.run([sys.executable, str(script), str(pdf)], cwd=REPO, capture_output=True,
                         text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]
