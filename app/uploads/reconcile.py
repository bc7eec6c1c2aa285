"""Finding out whether an upload whose outcome is unknown landed in the inbox.

When an upload's connection broke after the request was sent (or the program died
while sending), the file may or may not be in the inbox. Before sending it again:

1. list the inbox, newest first, page by page, stopping at files older than the job's
   first attempt (less a margin for clock differences and the vendor's zone-less
   timestamps) or after ``max_pages``;
2. keep the lines with the job's friendly name (and date) that are not already known as
   another upload of this client;
3. fetch each candidate and compare the SHA-256 of its body with the job's.

A match is the upload: its xid is returned. No match: the upload did not land.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from app.api import errors, models
from app.api.wire import parse_timestamp

log = logging.getLogger(__name__)

__all__ = ["InboxReader", "ReconcileSettings", "find_landed_upload"]

_HASH_IN_THREAD = 256 * 1024


class InboxReader(Protocol):
    """The part of ``ApiClient`` that reconciliation needs."""

    async def archive_files(
        self,
        company_xid: int,
        max_lines: int = 100,
        *,
        folder_xid: int | None = None,
        continuation_token: str | None = None,
    ) -> models.ArchiveFiles: ...

    async def archive_file(
        self, company_xid: int, archive_file_xid: int, *, omit_body: bool = False
    ) -> models.ArchiveFile: ...


@dataclass(frozen=True)
class ReconcileSettings:
    page_size: int = 100
    max_pages: int = 10
    # How much older than the job's first attempt a file may look and still be it.
    # Generous on purpose: a false match only ever finds an identical file (same name,
    # same SHA-256) that is already in the inbox; a false miss would upload it twice.
    clock_margin: timedelta = timedelta(hours=3)


def _normal(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def find_landed_upload(
    api: InboxReader,
    *,
    company_xid: int,
    friendly_name: str,
    doc_date: date | None,
    sha256: str,
    since: datetime | None,
    exclude_xids: Collection[int] = (),
    settings: ReconcileSettings | None = None,
) -> int | None:
    """The xid of the inbox file that is this upload, or None when it is not there."""
    settings = settings or ReconcileSettings()
    cutoff = since - settings.clock_margin if since is not None else None
    wanted = _normal(friendly_name)
    candidates: list[int] = []
    token: str | None = None
    for _ in range(settings.max_pages):
        page = await api.archive_files(company_xid, settings.page_size, continuation_token=token)
        older_seen = False
        for line in page.archive_files_list:
            if cutoff is not None and line.timestamp_last_update:
                try:
                    stamp = parse_timestamp(line.timestamp_last_update)
                except ValueError:
                    stamp = None
                if stamp is not None and stamp < cutoff:
                    older_seen = True  # the listing is newest first: the rest is older
                    continue
            if line.xid in exclude_xids or _normal(line.name) != wanted:
                continue
            if doc_date is not None and line.date is not None and line.date != doc_date:
                continue
            candidates.append(line.xid)
        token = page.continuation_token
        if older_seen or not token:
            break
    for xid in candidates:
        try:
            file = await api.archive_file(company_xid, xid)
        except errors.NotFound:
            continue  # deleted meanwhile
        body = file.body
        digest = (
            await asyncio.to_thread(_sha256, body) if len(body) > _HASH_IN_THREAD else _sha256(body)
        )
        if digest == sha256:
            log.info("upload of %r found in the inbox as %d", friendly_name, xid)
            return xid
    log.info(
        "upload of %r not in the inbox (%d candidate(s) checked)", friendly_name, len(candidates)
    )
    return None
