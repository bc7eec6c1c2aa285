"""Photos and scans through a real render service (one service, shared by this module)."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from app.previews import (
    CorruptDocument,
    PixelFormat,
    RenderRequest,
    RenderService,
    TooLarge,
)
from tests.previews import documents
from tests.previews.conftest import dark_corners, pixel

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def service() -> AsyncIterator[RenderService]:
    async with RenderService(workers=2, max_image_pixels=50_000_000, job_timeout=20) as service:
        yield service


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
async def test_exif_orientation_is_applied(service: RenderService, orientation: int) -> None:
    data = documents.jpeg_with_orientation(orientation, shown=(300, 400))
    result = await service.render(f"jpeg:{orientation}", data, RenderRequest.at_zoom(1))
    assert (result.width, result.height) == (300, 400)  # portrait, as the camera was held
    assert result.page_size == (300, 400)
    assert dark_corners(result) == {"top-left"}
    assert result.pixel_format is PixelFormat.RGBX8888
    assert result.bytes_per_line == 300 * 4
    assert result.pixels[3::4] == b"\xff" * (300 * 400)  # opaque


async def test_view_rotation_comes_on_top_of_exif(service: RenderService) -> None:
    data = documents.jpeg_with_orientation(6, shown=(300, 400))
    result = await service.render("jpeg:6r", data, RenderRequest.fit_page(400, 400, rotation=90))
    assert (result.width, result.height) == (400, 300)
    assert dark_corners(result) == {"top-right"}


async def test_a_12_megapixel_photo_into_a_1600_box(service: RenderService) -> None:
    data = documents.photo_12mp()
    result = await service.render("jpeg:12mp", data, RenderRequest.fit_page(1600, 1200))
    assert (result.width, result.height) == (1600, 1200)
    assert result.page_size == (4000, 3000) and result.zoom == pytest.approx(0.4)
    red, blue = pixel(result, 400, 600), pixel(result, 1200, 600)
    assert red[0] > 150 and red[2] < 90, red
    assert blue[2] > 150 and blue[0] < 90, blue
    thumb = await service.thumbnail("jpeg:12mp", data, 200)
    assert (thumb.width, thumb.height) == (200, 150)


async def test_transparency_is_flattened_onto_white(service: RenderService) -> None:
    result = await service.render("png:alpha", documents.png_with_alpha(), RenderRequest.at_zoom(1))
    assert pixel(result, 10, 10) == (0, 128, 0)
    assert pixel(result, 190, 10) == (255, 255, 255)


async def test_multipage_tiff_has_pages(service: RenderService) -> None:
    data = documents.multipage_tiff(3)
    info = await service.document_info("tiff:3", data)
    assert (info.kind, info.content_type, info.page_count) == ("image", "image/tiff", 3)
    assert info.page_sizes == ((200, 300),) * 3
    for page in range(3):
        result = await service.render("tiff:3", data, RenderRequest.fit_page(100, 150, page=page))
        assert (result.width, result.height, result.page_count) == (100, 150, 3)
        grey = 40 * (page + 1)
        assert pixel(result, 50, 75) == (grey, grey, grey)


@pytest.mark.parametrize("fmt", ["PNG", "GIF", "WEBP", "BMP", "TIFF"])
async def test_image_formats(service: RenderService, fmt: str) -> None:
    data = documents.image_bytes(fmt, (120, 80))
    result = await service.render(f"img:{fmt}", data, RenderRequest.fit_width(240))
    assert (result.width, result.height, result.page_count) == (240, 160, 1)
    assert dark_corners(result) == {"top-left"}


async def test_a_decompression_bomb_is_refused(service: RenderService) -> None:
    with pytest.raises(TooLarge):
        await service.render("png:bomb", documents.bomb_png(), RenderRequest.fit_width(800))
    with pytest.raises(TooLarge):
        await service.document_info("png:bomb", documents.bomb_png())
    ok = await service.render("png:after-bomb", documents.image_bytes("PNG"),
                              RenderRequest.at_zoom(1))
    assert ok.width == 120


async def test_a_truncated_photo_is_corrupt(service: RenderService) -> None:
    whole = documents.jpeg_with_orientation(1)
    with pytest.raises(CorruptDocument):
        await service.render("jpeg:cut", whole[: len(whole) // 2], RenderRequest.at_zoom(1))


async def test_a_16_bit_scan_is_stretched_to_8_bits(service: RenderService) -> None:
    from PIL import Image

    row = (2_000).to_bytes(2, "little") * 20 + (20_000).to_bytes(2, "little") * 20
    scan = Image.frombytes("I;16", (40, 20), row * 20)  # dark left half, light right half
    out = io.BytesIO()
    scan.save(out, "PNG")
    result = await service.render("png:16", out.getvalue(), RenderRequest.at_zoom(1))
    assert pixel(result, 5, 10) == (0, 0, 0) and pixel(result, 35, 10) == (255, 255, 255)
