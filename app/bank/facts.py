"""What matching needs of the inbox's documents: their total, date and supplier.

    index = DocumentFactsIndex(document_store, render_service)   # SUGGESTION_HANDLERS
    facts = await index.facts(company, inbox_lines)   # one DocumentFacts per line

Each document is read once per version: its e-invoice when it has one (exact), else the
text layer of its PDF (read in a render worker by ``extract_text``), else the text of a
plain-text file; images and scans give facts without total or date. Results are kept in
memory by (company xid, file xid, timestampLastUpdate), so asking again is instant and a
changed document is read again. At most ``concurrency`` documents are downloaded and
read at a time; concurrent callers asking for the same document share one reading.

A document that cannot be read (a corrupt PDF, a download that failed) just has no
facts; the failure is logged by its xid and kind, never with its content. A download
failure is not remembered (the next call tries again); a document the worker could not
read is (it would fail the same way again).
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from app.api.amounts import Amount
from app.api.errors import ApiError
from app.api.models import ArchiveFile, ArchiveFileLine, CompanyAndAccess
from app.bank.matching import DocumentFacts
from app.previews.protocol import PreviewError, ServiceClosed
from app.previews.text import decode_text
from app.suggestions import Suggestions, extract_text, suggest_from_einvoice, suggest_from_text

log = logging.getLogger(__name__)

__all__ = ["DocumentFactsIndex", "DocumentSource", "FactsKey", "TextReader", "facts_from_file"]

FactsKey = tuple[int, int, str]  # (company xid, file xid, timestampLastUpdate)


class DocumentSource(Protocol):
    """An ``app.documents.DocumentStore``: an inbox file with its body."""

    async def get(self, company_xid: int, line: ArchiveFileLine) -> ArchiveFile: ...


class TextReader(Protocol):
    """A ``RenderService`` started with ``extra_handlers=SUGGESTION_HANDLERS``."""

    async def call(self, handler: str, argument: object = None) -> object: ...


class _Unreadable(Exception):
    """The document could not be read; remember that (``remember``) or not."""

    def __init__(self, remember: bool) -> None:
        super().__init__()
        self.remember = remember


def _key(company_xid: int, line: ArchiveFileLine) -> FactsKey:
    return (company_xid, line.xid, line.timestamp_last_update or "")


def _empty(line: ArchiveFileLine) -> DocumentFacts:
    return DocumentFacts(line.xid, None, None, "", line.name or "")


async def facts_from_file(
    document: ArchiveFile, renderer: TextReader, *, own_cvrs: Sequence[str] = ()
) -> Suggestions | None:
    """The suggestions matching uses from one downloaded file, or None when it has no
    text to read (an image). Raises the render service's PreviewError when its PDF
    cannot be read."""
    if document.einvoice is not None:
        suggestions = suggest_from_einvoice(document.einvoice)
        if document.einvoice.credit_note and suggestions.total is not None:
            total = suggestions.total
            if total.value > 0:  # matching wants credit notes negative
                suggestions = replace(suggestions, total=replace(total, value=Amount(-total.value)))
        return suggestions
    body = document.body
    if body.startswith(b"%PDF") or document.content_type == "application/pdf":
        text = await extract_text(renderer, body, own_cvrs=own_cvrs)
        return text.suggestions
    if document.plain_text or document.content_type.startswith("text/"):
        plain = document.plain_text or ""
        if not plain:
            plain = (await asyncio.to_thread(decode_text, body)).text
        return await asyncio.to_thread(suggest_from_text, plain, own_cvrs=own_cvrs)
    return None


class DocumentFactsIndex:
    """Total, date and supplier of inbox documents, read once per document version."""

    def __init__(
        self, documents: DocumentSource, renderer: TextReader, *, concurrency: int = 3
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self._documents = documents
        self._renderer = renderer
        self._concurrency = concurrency
        self._slots: asyncio.Semaphore | None = None
        self._known: dict[FactsKey, DocumentFacts] = {}
        self._inflight: dict[FactsKey, asyncio.Task[DocumentFacts]] = {}

    def cached(self, company_xid: int, line: ArchiveFileLine) -> DocumentFacts | None:
        """The facts of this version of the document if they were read already."""
        return self._known.get(_key(company_xid, line))

    def __len__(self) -> int:
        return len(self._known)

    async def facts(
        self, company: CompanyAndAccess, lines: Sequence[ArchiveFileLine]
    ) -> list[DocumentFacts]:
        """One DocumentFacts per line, in the lines' order (``key`` is the file's xid).

        Cancelling the caller does not stop readings already under way: they finish and
        are remembered for the next call (``close`` stops them)."""
        own = (company.cvr,) if company.cvr else ()
        waits: list[asyncio.Future[DocumentFacts]] = []
        for line in lines:
            key = _key(company.xid, line)
            known = self._known.get(key)
            if known is not None:
                done: asyncio.Future[DocumentFacts] = asyncio.get_running_loop().create_future()
                done.set_result(known)
                waits.append(done)
                continue
            task = self._inflight.get(key)
            if task is None:
                task = asyncio.get_running_loop().create_task(self._read(company.xid, line, own))
                self._inflight[key] = task
                task.add_done_callback(functools.partial(self._finished, key))
            waits.append(asyncio.shield(task))
        return list(await asyncio.gather(*waits))

    def forget(self, company_xid: int | None = None) -> None:
        """Drop remembered facts (of one company, or all)."""
        if company_xid is None:
            self._known.clear()
        else:
            for key in [k for k in self._known if k[0] == company_xid]:
                del self._known[key]

    async def close(self) -> None:
        """Stop readings under way (shutdown, tests)."""
        tasks = list(self._inflight.values())
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    def _finished(self, key: FactsKey, task: asyncio.Task[DocumentFacts]) -> None:
        if self._inflight.get(key) is task:
            del self._inflight[key]

    async def _read(
        self, company_xid: int, line: ArchiveFileLine, own: tuple[str, ...]
    ) -> DocumentFacts:
        if self._slots is None:
            self._slots = asyncio.Semaphore(self._concurrency)
        key = _key(company_xid, line)
        async with self._slots:
            try:
                suggestions = await self._suggestions(company_xid, line, own)
            except _Unreadable as exc:
                facts = _empty(line)
                if exc.remember:
                    self._known[key] = facts
                return facts
        facts = (
            DocumentFacts.from_suggestions(line.xid, suggestions, line.name or "")
            if suggestions is not None
            else _empty(line)
        )
        self._known[key] = facts
        return facts

    async def _suggestions(
        self, company_xid: int, line: ArchiveFileLine, own: tuple[str, ...]
    ) -> Suggestions | None:
        try:
            document = await self._documents.get(company_xid, line)
        except ApiError as exc:
            log.info("document %d not downloaded for matching: %s", line.xid, type(exc).__name__)
            raise _Unreadable(remember=False) from exc
        try:
            return await facts_from_file(document, self._renderer, own_cvrs=own)
        except ServiceClosed as exc:
            raise _Unreadable(remember=False) from exc
        except PreviewError as exc:
            log.info("document %d not read for matching: %s", line.xid, type(exc).__name__)
            raise _Unreadable(remember=True) from exc
        except (ValueError, UnicodeError) as exc:  # pragma: no cover - a finder bug
            log.warning("document %d not read for matching: %s", line.xid, type(exc).__name__)
            raise _Unreadable(remember=True) from exc
