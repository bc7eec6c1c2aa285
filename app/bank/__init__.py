"""Bank postings beside documents: which receipt paid which posting (no Qt here)."""

from app.bank.matching import (
    WINDOW_DAYS,
    DocumentFacts,
    Match,
    all_matches,
    documents_for_posting,
    pair_up,
    postings_for_document,
    text_similarity,
)

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
