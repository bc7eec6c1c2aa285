"""Matching bank postings and documents: the receipt a card payment paid, and back.

A posting and a document match when

* the amounts are equal in absolute value, to the øre (both rounded half up to two
  decimals first): expenses are negative postings, so a receipt of 250,00 matches a
  posting of -250,00; zero amounts match nothing;
* the posting's date is within ``WINDOW_DAYS`` (3) days of the document's date, either
  side (card payments reach the bank 0-3 days after the purchase).

Matches are listed best first:

1. the expected direction: money out for a document with a positive total (money in
   for a credit note) before a posting of the same size the other way;
2. the closest date;
3. the most similar text: the bank text (and its extra text) against the supplier's
   name (``text_similarity``: case, accents, company forms and card-scheme words like
   "Dankort-køb" or "Visa/Dankort" do not count);
4. on the same distance, a posting after the document before one before it; then the
   earlier posting, then the lower posting and document xids (stable).

Both directions: ``documents_for_posting`` (what to attach when booking a posting) and
``postings_for_document`` (which posting paid the selected document). ``pair_up``
assigns postings to documents one to one, best pairs first.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from difflib import SequenceMatcher

from app.api.models import BankPosting
from app.suggestions.model import Suggestions

__all__ = [
    "WINDOW_DAYS",
    "DocumentFacts",
    "Match",
    "all_matches",
    "documents_for_posting",
    "pair_up",
    "postings_for_document",
    "text_similarity",
]

WINDOW_DAYS = 3
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class DocumentFacts:
    """What matching needs to know of a document (an inbox file)."""

    key: int  # the archive file's xid (or any id the caller likes)
    total: Decimal | None  # including VAT, as on the document (credit notes negative)
    date: date | None  # the document's date
    supplier_name: str = ""
    name: str = ""  # the friendly file name: compared too when there is no supplier name

    @classmethod
    def from_suggestions(cls, key: int, suggestions: Suggestions, name: str = "") -> DocumentFacts:
        """From the suggestions read from a document (its total, date and supplier)."""
        return cls(
            key=key,
            total=suggestions.total.value if suggestions.total else None,
            date=suggestions.document_date.value if suggestions.document_date else None,
            supplier_name=suggestions.supplier_name.value if suggestions.supplier_name else "",
            name=name,
        )


@dataclass(frozen=True)
class Match:
    posting: BankPosting
    document: DocumentFacts
    days: int  # posting date minus document date
    similarity: float  # 0..1, bank text against the supplier's name
    expected_direction: bool  # money out for a positive total (in for a negative one)

    @property
    def day_distance(self) -> int:
        return abs(self.days)

    def sort_key(self) -> tuple[bool, int, float, bool, date, int, int]:
        return (
            not self.expected_direction,
            self.day_distance,
            -round(self.similarity, 6),
            self.days < 0,
            self.posting.bank_date,
            self.posting.xid,
            self.document.key,
        )


def _cents(value: Decimal) -> Decimal:
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def _match(posting: BankPosting, document: DocumentFacts, window_days: int) -> Match | None:
    if posting.bank_amount is None or document.total is None or document.date is None:
        return None
    paid, total = _cents(posting.bank_amount), _cents(document.total)
    if paid == 0 or abs(paid) != abs(total):
        return None
    days = (posting.bank_date - document.date).days
    if abs(days) > window_days:
        return None
    bank_text = " ".join(t for t in (posting.bank_text, posting.extra_bank_text) if t)
    similarity = text_similarity(bank_text, document.supplier_name or document.name)
    return Match(posting, document, days, similarity, (paid < 0) == (total > 0))


def documents_for_posting(
    posting: BankPosting,
    documents: Iterable[DocumentFacts],
    *,
    window_days: int = WINDOW_DAYS,
) -> list[Match]:
    """The documents that may belong to ``posting``, best first."""
    found = [m for d in documents if (m := _match(posting, d, window_days)) is not None]
    return sorted(found, key=Match.sort_key)


def postings_for_document(
    document: DocumentFacts,
    postings: Iterable[BankPosting],
    *,
    window_days: int = WINDOW_DAYS,
) -> list[Match]:
    """The postings that may have paid ``document``, best first."""
    found = [m for p in postings if (m := _match(p, document, window_days)) is not None]
    return sorted(found, key=Match.sort_key)


def all_matches(
    postings: Iterable[BankPosting],
    documents: Iterable[DocumentFacts],
    *,
    window_days: int = WINDOW_DAYS,
) -> list[Match]:
    """Every matching (posting, document) pair, best first."""
    by_cents: dict[Decimal, list[DocumentFacts]] = defaultdict(list)
    for document in documents:
        if document.total is not None:
            by_cents[abs(_cents(document.total))].append(document)
    found: list[Match] = []
    for posting in postings:
        if posting.bank_amount is None:
            continue
        for document in by_cents.get(abs(_cents(posting.bank_amount)), ()):
            match = _match(posting, document, window_days)
            if match is not None:
                found.append(match)
    return sorted(found, key=Match.sort_key)


def pair_up(
    postings: Iterable[BankPosting],
    documents: Iterable[DocumentFacts],
    *,
    window_days: int = WINDOW_DAYS,
) -> list[Match]:
    """One document per posting and one posting per document, best pairs first."""
    used_postings: set[int] = set()
    used_documents: set[int] = set()
    pairs: list[Match] = []
    for match in all_matches(postings, documents, window_days=window_days):
        if match.posting.xid in used_postings or match.document.key in used_documents:
            continue
        used_postings.add(match.posting.xid)
        used_documents.add(match.document.key)
        pairs.append(match)
    return pairs


# --- text similarity ------------------------------------------------------------------------

# Words of bank texts that say how, not whom, a payment was made.
_BANK_NOISE = frozenset(
    {
        "dankort", "dankortkob", "kob", "kortkob", "visa", "mastercard", "maestro",
        "mobilepay", "betalingsservice", "bs", "pbs", "nets", "overforsel", "fi",
        "fikort", "indbetaling", "betaling", "nota", "debit", "card", "kort", "via",
        "applepay", "googlepay", "pay", "kurs", "faktura", "eur", "dkk", "usd", "sek",
        "nok", "gbp",
    }
)  # fmt: skip
# Company forms and other words of names (and file names) that bank texts leave out.
_NAME_NOISE = frozenset(
    {
        "aps", "as", "is", "ivs", "ks", "amba", "smba", "gmbh", "ag", "ltd", "limited",
        "bv", "nv", "sa", "sarl", "sas", "ab", "oy", "inc", "llc", "plc", "co", "og",
        "and", "the", "firma", "firmaet",
        # words of file names used when there is no supplier name
        "kvittering", "faktura", "regning", "bon", "invoice", "receipt", "rechnung",
        "facture", "factuur", "pdf", "jpg", "png", "scan",
    }
)  # fmt: skip
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ß": "ss"})
_TOKEN = re.compile(r"[a-z0-9]+")


def _tokens(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return _TOKEN.findall(plain)


def text_similarity(bank_text: str, supplier_name: str) -> float:
    """How much ``bank_text`` looks like a payment to ``supplier_name``: 0..1.

    The supplier's name words (without company forms) are looked for among the bank
    text's words (without card-scheme words), weighted by length: a word found as it
    is counts 1, inside a run-together word ("REGNSKABSPORTALEN.DK", "JEMFIX") 0.9, a
    near spelling (difflib ratio >= 0.8) its ratio, a shortened word ("Blomster" for
    "Blomsterbutikken") 0.9 times the share of the word it covers.
    """
    name_words = [t for t in _tokens(supplier_name) if t not in _NAME_NOISE and len(t) > 1]
    if not name_words:
        name_words = [t for t in _tokens(supplier_name) if len(t) > 1]
    bank_words = [t for t in _tokens(bank_text) if t not in _BANK_NOISE]
    if not name_words or not bank_words:
        return 0.0
    bank_set = set(bank_words)
    joined = "".join(bank_words)
    weight = score = 0.0
    for word in name_words:
        weight += len(word)
        if word in bank_set:
            score += len(word)
        elif len(word) >= 4 and word in joined:
            score += 0.9 * len(word)
        else:
            ratio = max(SequenceMatcher(None, word, b).ratio() for b in bank_words)
            best = ratio if ratio >= 0.8 else 0.0
            for b in bank_words:  # a shortened name: "Blomster" for "Blomsterbutikken"
                if len(b) >= 4 and (word.startswith(b) or b.startswith(word)):
                    best = max(best, 0.9 * min(len(b), len(word)) / max(len(b), len(word)))
            score += best * len(word)
    whole = "".join(name_words)
    if len(whole) >= 4 and whole in joined:
        return 1.0
    return round(score / weight, 6)
