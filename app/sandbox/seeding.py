"""Load a SeedData into a new sandbox database: one transaction, executemany throughout."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime, time, timedelta
from typing import Any

import msgspec

from app.api.amounts import format_amount
from app.api.wire import VENDOR_TZ, format_timestamp
from app.sandbox.passwords import hash_password
from app.sandbox.seeddata import JsonObject, SeedData, SeedFile

__all__ = ["FIRST_XID", "initials", "load_seed"]

# Xids the sandbox hands out start here (or above the highest xid in the seed).
FIRST_XID = 1_000_001


def initials(real_name: str | None) -> str | None:
    """Best-effort initials, at most 3 letters: "Mette Bach Sørensen" -> "MBS"."""
    if not real_name:
        return None
    letters = [part[0] for part in real_name.split() if part and part[0].isalpha()]
    if not letters:
        return None
    if len(letters) > 3:
        letters = [*letters[:2], letters[-1]]
    return "".join(letters).upper()


def _json(value: Any) -> str:
    return msgspec.json.encode(value).decode("utf-8")


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _file_timestamp(seed_file: SeedFile, position: int, now: datetime) -> str:
    latest = max((c.date_time for c in seed_file.comments), default=None, key=_aware)
    if latest is not None:
        stamp = _aware(latest)
    else:
        stamp = datetime.combine(seed_file.date, time(9, 0), tzinfo=VENDOR_TZ) + timedelta(
            seconds=position % 28_800
        )
    return format_timestamp(min(stamp, now))


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=VENDOR_TZ)


def load_seed(conn: sqlite3.Connection, seed: SeedData, *, now: datetime) -> int:
    """Insert ``seed`` (the caller holds the transaction). Returns the next free xid."""
    explicit: list[int] = [c.xid for c in seed.companies]
    explicit += [a.xid for a in seed.bank_accounts]
    explicit += [x for x in (_int_or_none(c.get("xid")) for c in seed.customers) if x]
    for key, objects in (("productTypeXid", seed.product_types), ("productXid", seed.products)):
        explicit += [x for x in (_int_or_none(obj.get(key)) for _, obj in objects) if x]
    next_xid = max([FIRST_XID, *(x + 1 for x in explicit)])

    def allocate() -> int:
        nonlocal next_xid
        next_xid += 1
        return next_xid - 1

    conn.executemany(
        "INSERT INTO users (user_name, password_salt, password_hash, real_name,"
        " administrator_xid, administrator_name, administrator_role, access_request_code)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                u.user_name.lower(),
                *hash_password(u.password),
                u.real_name or None,
                u.administrator_xid,
                u.administrator_name,
                u.administrator_role,
                u.access_request_code,
            )
            for u in seed.users
        ),
    )
    conn.executemany(
        "INSERT INTO companies (xid, name, cvr, allow_documents_add, allow_documents_edit,"
        " allow_documents_view) VALUES (?, ?, ?, ?, ?, ?)",
        (
            (
                c.xid,
                c.name,
                c.cvr,
                c.allow_documents_add,
                c.allow_documents_edit,
                c.allow_documents_view,
            )
            for c in seed.companies
        ),
    )
    company_xids = {c.xid for c in seed.companies}
    conn.executemany(
        "INSERT OR IGNORE INTO access (user_name, company_xid, position) VALUES (?, ?, ?)",
        _positions(seed.access, company_xids),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO last_companies (user_name, company_xid, position) VALUES (?, ?, ?)",
        _positions(seed.last_companies, company_xids),
    )

    # Files: oldest first, so the newest documents get the highest xids and ids.
    ordered = sorted((f for f in seed.files if f.company_xid in company_xids), key=lambda f: f.date)
    next_id: dict[int, int] = {}
    file_rows: list[tuple[Any, ...]] = []
    body_rows: list[tuple[int, bytes]] = []
    comment_rows: list[tuple[Any, ...]] = []
    for position, seed_file in enumerate(ordered):
        xid = allocate()
        doc_id = next_id.get(seed_file.company_xid, 1)
        next_id[seed_file.company_xid] = doc_id + 1
        file_rows.append(
            (
                xid,
                seed_file.company_xid,
                doc_id,
                seed_file.content_type[:150] or "application/octet-stream",
                seed_file.file_name[:250] or f"document-{doc_id}",
                (seed_file.friendly_filename or seed_file.file_name or f"Document {doc_id}")[:250],
                seed_file.date.isoformat(),
                seed_file.hidden,
                _file_timestamp(seed_file, position, now),
                len(seed_file.body),
                seed_file.plain_text,
                _json(seed_file.einvoice) if seed_file.einvoice is not None else None,
            )
        )
        body_rows.append((xid, seed_file.body))
        for comment in seed_file.comments:
            comment_rows.append(
                (
                    xid,
                    format_timestamp(_aware(comment.date_time)),
                    comment.user_name,
                    comment.real_name,
                    comment.user_initials,
                    comment.comment,
                )
            )
    conn.executemany(
        "INSERT INTO files (xid, company_xid, id, content_type, file_name, friendly_filename,"
        " date, hidden, timestamp_last_update, size, plain_text, einvoice)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        file_rows,
    )
    conn.executemany("INSERT INTO file_bodies (xid, body) VALUES (?, ?)", body_rows)
    conn.executemany(
        "INSERT INTO file_comments (file_xid, date_time, user_name, real_name, user_initials,"
        " comment) VALUES (?, ?, ?, ?, ?, ?)",
        comment_rows,
    )
    conn.executemany(
        "UPDATE companies SET next_file_id = ? WHERE xid = ?",
        ((doc_id, company) for company, doc_id in next_id.items()),
    )

    customer_rows = []
    for customer in seed.customers:
        company = _int_or_none(customer.get("companyXid"))
        if company is None:
            continue
        obj = {k: v for k, v in customer.items() if v is not None}
        obj["xid"] = _int_or_none(obj.get("xid")) or allocate()
        obj.setdefault("entityVersion", 1)
        customer_rows.append((obj["xid"], company, _json(obj)))
    conn.executemany(
        "INSERT OR REPLACE INTO customers (xid, company_xid, data) VALUES (?, ?, ?)",
        customer_rows,
    )
    conn.executemany(
        "INSERT OR REPLACE INTO product_types (xid, company_xid, data) VALUES (?, ?, ?)",
        _keyed(seed.product_types, "productTypeXid", allocate),
    )
    conn.executemany(
        "INSERT OR REPLACE INTO products (xid, company_xid, data) VALUES (?, ?, ?)",
        _keyed(seed.products, "productXid", allocate),
    )

    conn.executemany(
        "INSERT INTO bank_accounts (xid, company_xid, name, currency, banks_identification,"
        " bban, iban) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (a.xid, a.company_xid, a.name, a.currency, a.banks_identification, a.bban, a.iban)
            for a in seed.bank_accounts
        ),
    )
    conn.executemany(
        "INSERT INTO bank_postings (xid, bank_account_xid, bank_date, bank_text, bank_amount,"
        " extra_bank_text, user_note, external_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                allocate(),
                p.bank_account_xid,
                p.bank_date.isoformat(),
                p.bank_text,
                format_amount(p.bank_amount),
                p.extra_bank_text,
                p.user_note,
                p.external_ref,
            )
            for p in sorted(seed.bank_postings, key=lambda p: p.bank_date)
        ],
    )
    conn.executemany(
        "INSERT INTO bank_balances (bank_account_xid, balance_type, balance_amount, currency,"
        " timestamp) VALUES (?, ?, ?, ?, ?)",
        (
            (
                b.bank_account_xid,
                b.balance_type,
                format_amount(b.balance_amount),
                b.currency,
                format_timestamp(_aware(b.timestamp)),
            )
            for b in seed.bank_balances
        ),
    )
    return next_xid


def _positions(mapping: dict[str, list[int]], known: set[int]) -> Iterable[tuple[str, int, int]]:
    for user_name, xids in mapping.items():
        for position, xid in enumerate(xids):
            if xid in known:
                yield user_name.lower(), xid, position


def _keyed(
    items: list[tuple[int, JsonObject]], key: str, allocate: Any
) -> list[tuple[int, int, str]]:
    rows = []
    for company, obj in items:
        clean = {k: v for k, v in obj.items() if v is not None}
        clean[key] = _int_or_none(clean.get(key)) or allocate()
        rows.append((clean[key], company, _json(clean)))
    return rows
