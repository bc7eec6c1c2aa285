"""Invoices nobody here made (../shared/samples/invoice2data): they render, and look it."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from app.previews import RenderRequest, RenderService
from tests.previews.conftest import pixel

pytestmark = pytest.mark.asyncio(loop_scope="module")

SAMPLES = Path(os.environ.get(
    "MR_SAMPLES", Path(__file__).parents[3] / "shared" / "samples")) / "invoice2data"
FILES = sorted(p for p in SAMPLES.glob("*") if p.suffix in (".pdf", ".png"))
CONTENT = {p.name: p.read_bytes() for p in FILES}


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def service() -> AsyncIterator[RenderService]:
    async with RenderService(workers=2, job_timeout=20) as service:
        yield service


@pytest.mark.skipif(not FILES, reason=f"no sample invoices in {SAMPLES}")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
async def test_a_real_invoice_renders(service: RenderService, path: Path) -> None:
    data = CONTENT[path.name]
    info = await service.document_info(path.name, data)
    assert info.page_count >= 1 and not info.locked
    if path.suffix == ".pdf":
        assert info.has_text_layer
    result = await service.render(path.name, data, RenderRequest.fit_width(800))
    assert result.width == 800
    inked = sum(
        1
        for y in range(0, result.height, 8)
        for x in range(0, result.width, 8)
        if sum(pixel(result, x, y)) < 3 * 128
    )
    share = inked / ((result.height // 8) * (result.width // 8))
    assert 0.001 < share < 0.5, share  # some ink on mostly white paper
