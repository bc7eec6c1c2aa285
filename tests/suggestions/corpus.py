"""The documents suggestions are measured on, and how they are scored.

* The demo corpus (``build_seed("demo")``): every file carries its truth. PDFs with a
  text layer are scored; photos and scans have no text layer (no OCR here) and are
  counted apart, as are e-invoices (exact by construction) and plain text.
* The real invoices in ../shared/samples/invoice2data (MR_SAMPLES overrides the
  folder): their true date and total were read by a person, see ``EXPECTED``.

Used by the tests and by the reg.* benchmarks.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from app.sandbox.seed import build_seed
from app.sandbox.seeddata import SeedData, SeedFile
from app.suggestions import ExtractionRequest, Suggestions, run_extraction

REPO = Path(__file__).resolve().parents[2]
# A fixed day, so the demo corpus (dated relative to "today") is the same every run.
TODAY = date(2026, 11, 24)


def samples_dir() -> Path:
    """MR_SAMPLES (the invoice2data folder itself, or the samples folder holding it),
    else ../shared/samples/invoice2data next to the repository."""
    configured = os.environ.get("MR_SAMPLES")
    if configured:
        path = Path(configured)
        return path / "invoice2data" if (path / "invoice2data").is_dir() else path
    return REPO.parent / "shared" / "samples" / "invoice2data"


@dataclass(frozen=True)
class Expected:
    name: str
    document_date: date
    total: Decimal  # including VAT
    vat: Decimal
    currency: str
    where: str  # where on the page a person reads them


# Read by rendering each first page to PNG and looking at it (and its text layer).
EXPECTED: tuple[Expected, ...] = (
    Expected("AzureInterior.pdf", date(2023, 3, 20), Decimal("279.84"), Decimal("16.94"),
             "USD", "US layout (month first): 'Invoice Date: 03/20/2023' under the title, "
             "top left; 'Total $ 279.84' at the bottom of the totals box, right; "
             "'Tax 15% on $ 112.90  $ 16.94' just above it"),
    Expected("NetpresseInvoice.pdf", date(2022, 11, 28), Decimal("56.02"), Decimal("9.34"),
             "EUR", "French: 'Date : 28/11/2022' under the grey 'Facture n°' bar; "
             "'Total TTC : 56,02 €' last row of the table, right ('TVA 20% : 9,34 €' "
             "above it); a line item mentions another date, 'du 06/12/2022'"),
    Expected("coolblue1.pdf", date(2014, 4, 19), Decimal("717.97"), Decimal("124.61"),
             "EUR", "Dutch: 'Factuurdatum: 19 april 2014' in the block top left (the "
             "text layer lists labels and values out of order); 'Totaal € 717,97' in "
             "both boxes at the bottom ('BTW 21% € 124,61' bottom left)"),
    Expected("free_fiber.pdf", date(2015, 7, 2), Decimal("29.99"), Decimal("5.00"),
             "EUR", "French: the heading 'Facture n°562044387 du 02 Juillet 2015' (no "
             "date label; 'Date limite de paiement le 05 Juillet 2015' just below is the "
             "due date); '29.99 € TTC' right of it, 'Total facture 24.99 5.00 29.99' "
             "(HT, TVA, TTC) and 'Somme à payer 29.99 € TTC'"),
    Expected("saeco.pdf", date(2022, 9, 8), Decimal("49.99"), Decimal("8.68"),
             "EUR", "Dutch: table header 'Factuur datum' with '8-9-2022' below it "
             "('Vervaldatum 22-9-2022' at the right); 'Factuur totaal EUR 49,99' right "
             "of the lines, and the VAT table 'Totaal 49,99' / 'BTW bedrag 8,68'"),
)


def sample_files() -> list[tuple[Expected, Path]]:
    folder = samples_dir()
    return [(e, folder / e.name) for e in EXPECTED if (folder / e.name).is_file()]


def suggest_pdf(data: bytes, own_cvrs: tuple[str, ...] = ()) -> tuple[Suggestions, bool, int]:
    """(suggestions, has a text layer, pages), in this process (tests of the finder;
    the program runs the same handler in a render worker)."""
    text = run_extraction(ExtractionRequest(data, own_cvrs=own_cvrs))
    return text.suggestions, text.has_text, text.page_count


@cache
def demo_seed() -> SeedData:
    return build_seed("demo", TODAY)


@dataclass
class DemoReport:
    scored: int = 0  # PDFs with a text layer
    correct: int = 0  # of those, date and total both right
    vat_correct: int = 0
    cvr_correct: int = 0
    cvr_printed: int = 0
    no_text_layer: int = 0  # PDFs without text (none in the demo today)
    images: int = 0  # photos and scans: no text layer, nothing expected without OCR
    einvoices: int = 0
    einvoices_exact: int = 0
    plain_text: int = 0
    plain_text_correct: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.scored if self.scored else 0.0

    def summary(self) -> str:
        return (f"{self.correct}/{self.scored} PDFs with a text layer right "
                f"(VAT {self.vat_correct}, CVR {self.cvr_correct}/{self.cvr_printed}); "
                f"not scored: {self.images} photos/scans and {self.no_text_layer} PDFs "
                f"without a text layer; e-invoices exact {self.einvoices_exact}/"
                f"{self.einvoices}; plain text {self.plain_text_correct}/{self.plain_text}")


def own_cvrs(seed: SeedData, file: SeedFile) -> tuple[str, ...]:
    return tuple(c.cvr for c in seed.companies if c.xid == file.company_xid and c.cvr)


def evaluate_demo(seed: SeedData | None = None) -> DemoReport:
    from app.api.codec import decode, encode
    from app.api.models import Einvoice
    from app.suggestions import suggest_from_einvoice, suggest_from_text

    seed = seed or demo_seed()
    report = DemoReport()
    for file in seed.files:
        truth = file.truth
        if truth is None:
            continue
        if file.einvoice is not None:
            report.einvoices += 1
            s = suggest_from_einvoice(decode(encode(file.einvoice), Einvoice))
            report.einvoices_exact += _right(s, truth.document_date, truth.total_incl_vat) and (
                s.vat is not None and s.vat.value == truth.vat_amount
                and s.supplier_cvr is not None and s.supplier_cvr.value == truth.supplier_cvr
                and s.supplier_name is not None and s.supplier_name.value == truth.supplier_name
            )
            continue
        if file.content_type.startswith("image/"):
            report.images += 1
            continue
        if file.content_type.startswith("text/"):
            report.plain_text += 1
            s = suggest_from_text(file.body.decode("utf-8"), own_cvrs=own_cvrs(seed, file))
            report.plain_text_correct += _right(s, truth.document_date, truth.total_incl_vat)
            continue
        if file.content_type != "application/pdf":
            continue
        s, has_text, _ = suggest_pdf(file.body, own_cvrs(seed, file))
        if not has_text:
            report.no_text_layer += 1
            continue
        report.scored += 1
        if _right(s, truth.document_date, truth.total_incl_vat):
            report.correct += 1
        else:
            report.failures.append(
                f"{file.file_name}: date {_v(s.document_date)} (truth {truth.document_date}), "
                f"total {_v(s.total)} (truth {truth.total_incl_vat})")
        report.vat_correct += s.vat is not None and s.vat.value == truth.vat_amount
        if truth.supplier_cvr:
            report.cvr_printed += 1
            report.cvr_correct += (s.supplier_cvr is not None
                                   and s.supplier_cvr.value == truth.supplier_cvr)
    return report


def _right(s: Suggestions, document_date: date | None, total: Decimal | None) -> bool:
    return (s.document_date is not None and s.document_date.value == document_date
            and s.total is not None and s.total.value == total)


def _v(suggestion: object) -> object:
    return getattr(suggestion, "value", None)


@dataclass(frozen=True)
class SampleResult:
    expected: Expected
    suggestions: Suggestions

    @property
    def date_ok(self) -> bool:
        s = self.suggestions.document_date
        return s is not None and s.value == self.expected.document_date

    @property
    def total_ok(self) -> bool:
        s = self.suggestions.total
        return s is not None and s.value == self.expected.total

    @property
    def ok(self) -> bool:
        return self.date_ok and self.total_ok


def evaluate_samples() -> list[SampleResult]:
    return [SampleResult(e, suggest_pdf(path.read_bytes())[0]) for e, path in sample_files()]
