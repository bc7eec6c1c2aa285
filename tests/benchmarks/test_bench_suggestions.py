"""Suggestions read from documents (reg.*): speed through the render worker, and how
often date and total are right on the demo corpus and on the real sample invoices."""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable
from typing import Any

import pytest

from app.previews import RenderService
from app.suggestions import SUGGESTION_HANDLERS, extract_text
from tests.suggestions.corpus import (
    EXPECTED,
    demo_seed,
    evaluate_demo,
    evaluate_samples,
    own_cvrs,
    sample_files,
    samples_dir,
)

pytestmark = pytest.mark.bench


def test_extract_ms_per_page(record: Callable[..., Any]) -> None:
    """Every demo PDF and real sample, one at a time, as the program asks for them:
    bytes to a warm worker, words and suggestions back. Time per page from the caller's
    side (IPC included); the median of five rounds over the whole set."""
    seed = demo_seed()
    documents = [(f.body, own_cvrs(seed, f)) for f in seed.files
                 if f.content_type == "application/pdf"]
    documents += [(path.read_bytes(), ()) for _, path in sample_files()]

    async def run() -> tuple[list[float], float, int]:
        async with RenderService(workers=1, job_timeout=20,
                                 extra_handlers=SUGGESTION_HANDLERS) as service:
            for data, cvrs in documents[:3]:  # warm-up
                await extract_text(service, data, own_cvrs=cvrs)
            rounds: list[float] = []
            worst = 0.0
            pages = 0
            for _ in range(5):
                elapsed, pages = 0.0, 0
                for data, cvrs in documents:
                    started = time.perf_counter()
                    text = await extract_text(service, data, own_cvrs=cvrs)
                    took = time.perf_counter() - started
                    elapsed += took
                    pages += len(text.pages)
                    worst = max(worst, took * 1000 / max(1, len(text.pages)))
                rounds.append(elapsed * 1000 / pages)
            return rounds, worst, pages

    rounds, worst, pages = asyncio.run(run())
    value = statistics.median(rounds)
    fig = record("reg.extract_ms_per_page", value, 20,
                 note=f"{len(documents)} PDFs, {pages} pages, via the worker; "
                      f"worst document {worst:.1f} ms/page")
    assert fig.ok, fig


def test_suggest_accuracy_demo(record: Callable[..., Any]) -> None:
    report = evaluate_demo()
    fig = record("reg.suggest_accuracy_demo", report.accuracy, 0.9, kind="min",
                 note=report.summary())
    assert fig.ok, report.failures


@pytest.mark.skipif(not sample_files(), reason=f"the sample invoices are not in {samples_dir()}")
def test_suggest_real_ok(record: Callable[..., Any]) -> None:
    results = evaluate_samples()
    assert len(results) == len(EXPECTED), "some of the five samples are missing"
    wrong = [r.expected.name for r in results if not r.ok]
    fig = record("reg.suggest_real_ok", sum(r.ok for r in results), 4, kind="min",
                 note=f"of {len(results)} in {samples_dir().name}"
                      + (f"; wrong: {', '.join(wrong)}" if wrong else ""))
    assert fig.ok, wrong
