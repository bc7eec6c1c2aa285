"""Suggestions measured on the demo corpus and on the real invoices in the samples."""

from __future__ import annotations

import pytest

from tests.suggestions.corpus import (
    EXPECTED,
    demo_seed,
    evaluate_demo,
    evaluate_samples,
    sample_files,
    samples_dir,
)


def test_demo_corpus_share_of_right_date_and_total() -> None:
    report = evaluate_demo()
    print(report.summary())
    for failure in report.failures:
        print("  wrong:", failure)
    # Every kind of demo document is accounted for.
    files = [f for f in demo_seed().files if f.truth is not None]
    assert report.scored + report.no_text_layer + report.images + report.einvoices + (
        report.plain_text) == len(files)
    assert report.scored >= 40 and report.images >= 10
    assert report.accuracy >= 0.9, report.failures
    assert report.einvoices_exact == report.einvoices
    assert report.vat_correct >= 0.9 * report.scored
    assert report.cvr_correct >= 0.9 * report.cvr_printed


@pytest.mark.skipif(not sample_files(), reason=f"the sample invoices are not in {samples_dir()}")
def test_real_invoices_date_and_total() -> None:
    results = evaluate_samples()
    assert len(results) == len(EXPECTED), "some of the five samples are missing"
    for r in results:
        s = r.suggestions
        print(f"{r.expected.name}: date {getattr(s.document_date, 'value', None)} "
              f"(expected {r.expected.document_date}), total {getattr(s.total, 'value', None)} "
              f"(expected {r.expected.total}){'' if r.ok else '  WRONG'}")
    assert sum(r.ok for r in results) >= 4


@pytest.mark.skipif(not sample_files(), reason=f"the sample invoices are not in {samples_dir()}")
@pytest.mark.parametrize("expected", EXPECTED, ids=[e.name for e in EXPECTED])
def test_each_real_invoice(expected: object) -> None:
    """Each sample on its own (all five pass today; the bar above is four of five)."""
    (result,) = [r for r in evaluate_samples() if r.expected is expected]
    s = result.suggestions
    assert result.date_ok and result.total_ok
    assert s.vat is not None and s.vat.value == result.expected.vat
    assert s.currency is not None and s.currency.value == result.expected.currency
    assert s.total is not None and s.total.boxes and s.document_date is not None
