"""PDF pages through a real render service (one service, shared by this module)."""

from __future__ import annotations

import math
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from app.previews import (
    CorruptDocument,
    EncryptedDocument,
    InvalidRequest,
    PixelFormat,
    RenderRequest,
    RenderService,
    UnsupportedContent,
)
from tests.previews import documents
from tests.previews.conftest import Counting, dark_corners, is_dark

pytestmark = pytest.mark.asyncio(loop_scope="module")

MAX_PIXELS = 4_000_000


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def service() -> AsyncIterator[RenderService]:
    async with RenderService(workers=2, max_pixels=MAX_PIXELS, job_timeout=20) as service:
        yield service


async def test_fit_width_gives_the_box_width_and_shows_the_page(service: RenderService) -> None:
    result = await service.render("pdf:fit", documents.pdf(), RenderRequest.fit_width(1000))

    assert (result.width, result.height) == (1000, math.ceil(842 * 1000 / 595))
    assert result.pixel_format is PixelFormat.RGB32
    assert result.bytes_per_line == result.width * 4
    assert len(result.pixels) == result.bytes_per_line * result.height
    assert result.page_count == 1 and result.page_size == documents.A4
    assert result.zoom == pytest.approx(1000 / 595) and not result.capped
    scale = result.zoom
    # The black square drawn at (0..40, 0..40) pt is black; the margin is white paper.
    assert is_dark(result, int(20 * scale), int(20 * scale))
    assert not is_dark(result, int(300 * scale), int(40 * scale))
    # The line of text at y = 200 pt left ink somewhere along its baseline.
    row = int(195 * scale)
    assert any(is_dark(result, x, row) for x in range(int(72 * scale), int(400 * scale)))


async def test_fit_page_and_zoom(service: RenderService) -> None:
    data = documents.pdf()
    fitted = await service.render("pdf:box", data, RenderRequest.fit_page(800, 800))
    assert fitted.height == 800 and fitted.width == math.ceil(595 * 800 / 842)
    zoomed = await service.render("pdf:box", data, RenderRequest.at_zoom(0.5))
    assert (zoomed.width, zoomed.height) == (math.ceil(595 / 2), 421)


async def test_page_navigation_does_not_send_the_document_again(
    service: RenderService,
) -> None:
    source = Counting(documents.pdf(3))
    for page in range(3):
        result = await service.render("pdf:pages", source, RenderRequest.at_zoom(1, page=page))
        assert result.page == page and result.page_count == 3
        # Each page's square sits 50 pt further right.
        assert is_dark(result, 20 + 50 * page, 20)
        assert not is_dark(result, 20 + 50 * (page + 1), 20)
    zoomed = await service.render("pdf:pages", source, RenderRequest.at_zoom(2, page=1))
    assert zoomed.width == 2 * 595
    assert source.calls == 1


async def test_rotation_swaps_width_and_height(service: RenderService) -> None:
    data = documents.pdf()
    upright = await service.render("pdf:rot", data, RenderRequest.at_zoom(0.5))
    assert dark_corners(upright) == {"top-left"}
    expected = {90: "top-right", 180: "bottom-right", 270: "bottom-left"}
    for rotation, corner in expected.items():
        turned = await service.render("pdf:rot", data,
                                      RenderRequest.at_zoom(0.5, rotation=rotation))
        if rotation == 180:
            assert (turned.width, turned.height) == (upright.width, upright.height)
        else:
            assert (turned.width, turned.height) == (upright.height, upright.width)
        assert dark_corners(turned) == {corner}, rotation
        assert turned.page_size == upright.page_size  # the page itself did not change


async def test_fit_width_of_a_rotated_view_fits_the_turned_page(service: RenderService) -> None:
    result = await service.render("pdf:rotfit", documents.pdf(),
                                  RenderRequest.fit_width(1000, rotation=90))
    assert result.width == 1000 and result.height == math.ceil(595 * 1000 / 842)


async def test_a_huge_page_is_capped_before_rendering(service: RenderService) -> None:
    huge = documents.pdf(size=(14400, 14400))
    result = await service.render("pdf:huge", huge, RenderRequest.at_zoom(4))
    assert result.capped
    assert result.width * result.height <= MAX_PIXELS
    assert result.width == result.height > 1900
    assert result.zoom < 4
    # Fitting it into a window is an ordinary render, not a capped one.
    fitted = await service.render("pdf:huge", huge, RenderRequest.fit_width(1600))
    assert fitted.width == 1600 and not fitted.capped


async def test_a_thumbnail_fits_its_square(service: RenderService) -> None:
    thumb = await service.thumbnail("pdf:thumb", documents.pdf(), 128)
    assert thumb.height == 128 and thumb.width < 128


async def test_encrypted_pdf_needs_the_right_password(service: RenderService) -> None:
    source = Counting(documents.encrypted_pdf("hemmelig"))
    info = await service.document_info("pdf:enc", source)
    assert info.encrypted and info.locked and info.page_count == 0

    with pytest.raises(EncryptedDocument) as locked:
        await service.render("pdf:enc", source, RenderRequest.fit_width(400))
    assert not locked.value.wrong_password

    with pytest.raises(EncryptedDocument) as wrong:
        await service.render("pdf:enc", source, RenderRequest.fit_width(400, password="gæt"))
    assert wrong.value.wrong_password
    assert "password" in wrong.value.message

    result = await service.render("pdf:enc", source,
                                  RenderRequest.fit_width(400, password="hemmelig"))
    assert result.width == 400 and result.page_count == 2
    unlocked = await service.document_info("pdf:enc", source, password="hemmelig")
    assert unlocked.encrypted and not unlocked.locked and unlocked.page_count == 2
    assert source.calls == 1


@pytest.mark.parametrize(
    "data",
    [documents.corrupt_pdf(), documents.truncated_pdf(), documents.looping_page_tree_pdf()],
    ids=["garbage", "truncated", "looping-page-tree"],
)
async def test_damaged_pdfs_are_corrupt_and_harmless(
    service: RenderService, data: bytes
) -> None:
    with pytest.raises(CorruptDocument) as caught:
        await service.render("pdf:bad", data, RenderRequest.fit_width(400))
    assert caught.value.reason
    service.forget("pdf:bad")
    good = await service.render("pdf:good-after-bad", documents.pdf(), RenderRequest.at_zoom(1))
    assert good.width == 595


async def test_other_content_is_unsupported(service: RenderService) -> None:
    for data in (b"PK\x03\x04" + bytes(100), b"Kvittering\n2 x kaffe 45,00\n"):
        with pytest.raises(UnsupportedContent):
            await service.render("other", data, RenderRequest.fit_width(400))


async def test_a_page_that_does_not_exist(service: RenderService) -> None:
    with pytest.raises(InvalidRequest):
        await service.render("pdf:short", documents.pdf(2), RenderRequest.at_zoom(1, page=2))


async def test_document_info_tells_text_from_scans(service: RenderService) -> None:
    text = await service.document_info("pdf:text", documents.pdf(2))
    assert (text.kind, text.page_count, text.page_sizes) == ("pdf", 2, (documents.A4,) * 2)
    assert text.has_text_layer and not text.encrypted and not text.locked
    scan = await service.document_info("pdf:scan", documents.pdf(text=False))
    assert not scan.has_text_layer


async def test_results_are_cached_until_forgotten(service: RenderService) -> None:
    source = Counting(documents.pdf())
    request = RenderRequest.fit_width(300)
    first = await service.render("pdf:cache", source, request)
    assert await service.render("pdf:cache", source, request) is first
    service.forget("pdf:cache")
    again = await service.render("pdf:cache", source, request)
    assert again is not first and again.pixels == first.pixels
    assert source.calls == 2


async def test_requests_are_validated() -> None:
    with pytest.raises(ValueError):
        RenderRequest.fit_width(0)
    with pytest.raises(ValueError):
        RenderRequest.at_zoom(1, rotation=45)
    with pytest.raises(ValueError):
        RenderRequest.at_zoom(float("nan"))
    assert RenderRequest.at_zoom(1, rotation=-90).rotation == 270
    assert "hemmelig" not in repr(RenderRequest.fit_width(10, password="hemmelig"))


async def test_the_pages_own_rotation_is_honoured(service: RenderService) -> None:
    data = documents.rotated_page_pdf()
    result = await service.render("pdf:rotate-key", data, RenderRequest.at_zoom(0.5))
    assert result.page_size == (842, 595)
    assert (result.width, result.height) == (421, math.ceil(595 / 2))
    assert dark_corners(result) == {"top-right"}
    info = await service.document_info("pdf:rotate-key", data)
    assert info.page_sizes == ((842, 595),)
