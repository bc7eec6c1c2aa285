"""Extracted words as recognizedTextElements: bottom-up y inside the page."""

from __future__ import annotations

import msgspec
import pymupdf
import pytest

from app.api.codec import encode
from app.api.models import FileUploadMeta
from app.suggestions import (
    ExtractionRequest,
    page_recognized_text,
    recognized_text_elements,
    run_extraction,
)
from tests.suggestions.corpus import demo_seed, sample_files
from tests.suggestions.pdfs import make_pdf


def _documents() -> list[tuple[str, bytes]]:
    demo = [(f.file_name, f.body) for f in demo_seed().files
            if f.content_type == "application/pdf"][:12]
    return demo + [(e.name, p.read_bytes()) for e, p in sample_files()]


@pytest.mark.parametrize(("name", "data"), _documents(), ids=[n for n, _ in _documents()])
def test_elements_have_bottom_up_y_within_the_page(name: str, data: bytes) -> None:
    text = run_extraction(ExtractionRequest(data, suggest=False))
    doc = pymupdf.open(stream=data, filetype="pdf")
    for page in text.pages:
        elements = page_recognized_text(page)
        assert len(elements) == len(page.words) > 0
        for element, word in zip(elements, page.words, strict=True):
            assert element.width is not None and element.height is not None
            assert 0 <= element.x_position <= page.width
            assert 0 <= element.y_position <= page.height
            assert element.y_position + element.height <= page.height + 0.01
            assert element.y_position == pytest.approx(page.height - word.y1, abs=0.01)
            assert element.confidence == 1.0
        # The first line's words are near the top: high y; the page's last words low.
        top = min(page.words, key=lambda w: w.y0)
        bottom = max(page.words, key=lambda w: w.y1)
        assert elements[page.words.index(top)].y_position > elements[
            page.words.index(bottom)].y_position
        # Cross-check a word's position with MuPDF's own search, flipped.
        word = max(page.words, key=lambda w: len(w.text))
        hit = doc[page.index].search_for(word.text)[0]
        element = elements[page.words.index(word)]
        assert element.y_position == pytest.approx(doc[page.index].rect.height - hit.y1, abs=2)


def test_pages_are_stacked_first_on_top() -> None:
    data = make_pdf([(50, 100, "first page")], [(50, 100, "second page")], height=800)
    text = run_extraction(ExtractionRequest(data))
    elements = recognized_text_elements(text.pages)
    first = [e for e in elements if e.text in ("first",)]
    second = [e for e in elements if e.text in ("second",)]
    assert 800 <= first[0].y_position <= 1600  # the first page's band is on top
    assert 0 <= second[0].y_position <= 800
    assert first[0].y_position - second[0].y_position == pytest.approx(800, abs=0.01)
    assert len(recognized_text_elements(text.pages, max_elements=3)) == 3


def test_elements_travel_in_an_upload_as_the_spec_names_them() -> None:
    data = make_pdf([(72, 100, "I alt DKK 1.250,00")])
    text = run_extraction(ExtractionRequest(data))
    meta = FileUploadMeta(company_xid=1, recognized_text_elements=recognized_text_elements(
        text.pages))
    wire = msgspec.json.decode(encode(meta))
    (first, *_) = wire["recognizedTextElements"]
    assert set(first) == {"xPosition", "yPosition", "width", "height", "confidence", "text"}
    assert first["text"] == "I" and first["xPosition"] == 72
    assert 842 - 100 - 5 < first["yPosition"] < 842 - 100 + 5  # baseline 100 from the top
