"""SQLite persistence of the sandbox: users, tokens, companies, the archive and the rest.

One connection, shared by the server's event-loop thread and (in tests) the main thread;
every public method holds a lock, so the two never interleave on the connection.
The seed is loaded only into a new database: a restart with the same data directory keeps
everything, uploads and tokens included.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import string
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import msgspec

from app.api.wire import VENDOR_TZ, format_timestamp
from app.sandbox.errors import bad_request, conflict, not_found, unauthorized
from app.sandbox.passwords import hash_password, verify_password
from app.sandbox.schema import SCHEMA, SCHEMA_VERSION
from app.sandbox.seeddata import JsonObject, SeedData
from app.sandbox.seeding import FIRST_XID, initials, load_seed

__all__ = [
    "DB_FILENAME",
    "REFRESH_TTL",
    "Clock",
    "Comment",
    "CompanyAccess",
    "FileLine",
    "FileRecord",
    "Store",
    "TokenOwner",
    "TokenSet",
    "UserRecord",
    "utc_now",
]

Clock = Callable[[], datetime]
DB_FILENAME = "sandbox.sqlite3"
REFRESH_TTL = 30 * 24 * 3600.0


def utc_now() -> datetime:
    return datetime.now(UTC)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def _json(value: Any) -> str:
    return msgspec.json.encode(value).decode("utf-8")


def _load(text: str) -> Any:
    return msgspec.json.decode(text)


@dataclass(frozen=True)
class TokenSet:
    access_token: str
    refresh_token: str
    access_expires: datetime


@dataclass(frozen=True)
class TokenOwner:
    set_id: int
    user_name: str


@dataclass(frozen=True)
class UserRecord:
    user_name: str
    real_name: str | None
    administrator_xid: int | None
    administrator_name: str | None
    administrator_role: str | None
    access_request_code: str


@dataclass(frozen=True)
class CompanyAccess:
    xid: int
    name: str
    cvr: str
    allow_documents_add: bool
    allow_documents_edit: bool
    allow_documents_view: bool


@dataclass(frozen=True)
class FileLine:
    xid: int
    id: int
    date: str
    name: str
    timestamp_last_update: str


@dataclass(frozen=True)
class Comment:
    date_time: str
    user_name: str
    comment: str
    real_name: str | None
    user_initials: str | None


@dataclass(frozen=True)
class FileRecord:
    xid: int
    company_xid: int
    id: int
    content_type: str
    file_name: str
    friendly_filename: str
    date: str
    hidden: bool
    protected: bool
    timestamp_last_update: str
    size: int
    plain_text: str | None
    einvoice: JsonObject | None
    recognized_text: list[JsonObject] | None
    body: bytes | None
    comments: tuple[Comment, ...]


_FILE_COLUMNS = (
    "xid, company_xid, id, content_type, file_name, friendly_filename, date, hidden,"
    " protected, timestamp_last_update, size, plain_text, einvoice, recognized_text"
)

_EXTENSIONS = {
    "application/pdf": ".pdf",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/tiff": ".tif",
    "image/webp": ".webp",
    "image/bmp": ".bmp",
    "image/heic": ".heic",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "text/plain": ".txt",
    "application/zip": ".zip",
}


class Store:
    """The sandbox's data. Open with ``Store.open(path, ...)``; close with ``close()``."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        clock: Clock,
        token_ttl: float,
        refresh_ttl: float,
        is_new: bool,
    ) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.clock = clock
        self.token_ttl = token_ttl
        self.refresh_ttl = refresh_ttl
        self.is_new = is_new

    # --- lifecycle -------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        clock: Clock = utc_now,
        token_ttl: float = 900.0,
        refresh_ttl: float = REFRESH_TTL,
    ) -> Store:
        """Open (or create) the database file at ``path``."""
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        has_schema = (
            conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is not None
        )
        seeded = has_schema and (
            conn.execute("SELECT 1 FROM meta WHERE key = 'seed'").fetchone() is not None
        )
        if not has_schema:
            conn.executescript(SCHEMA)
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )
        return cls(
            conn, clock=clock, token_ttl=token_ttl, refresh_ttl=refresh_ttl, is_new=not seeded
        )

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def load_seed(self, seed: SeedData, name: str) -> None:
        """Fill a new database from ``seed`` (in one transaction)."""
        with self._tx() as conn:
            if conn.execute("SELECT 1 FROM meta WHERE key = 'seed'").fetchone() is not None:
                raise RuntimeError("this database has already been seeded")
            next_xid = load_seed(conn, seed, now=self.now())
            conn.execute("INSERT INTO meta (key, value) VALUES ('seed', ?)", (name,))
            conn.execute("INSERT INTO meta (key, value) VALUES ('next_xid', ?)", (next_xid,))
        self.is_new = False

    @property
    def seed_name(self) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = 'seed'").fetchone()
        return str(row[0]) if row else None

    # --- time and ids ------------------------------------------------------------------

    def now(self) -> datetime:
        value = self.clock()
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)

    def today(self) -> date:
        """Today in the vendor's time zone."""
        return self.now().astimezone(VENDOR_TZ).date()

    def timestamp(self) -> str:
        return format_timestamp(self.now())

    def _allocate(self, conn: sqlite3.Connection) -> int:
        row = conn.execute("SELECT value FROM meta WHERE key = 'next_xid'").fetchone()
        xid = int(row[0]) if row else FIRST_XID
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('next_xid', ?)", (xid + 1,))
        return xid

    # --- users and tokens ------------------------------------------------------------

    def authenticate(self, user_name: str, password: str) -> str | None:
        """The canonical user name when the credentials are right, else None."""
        name = user_name.strip().lower()
        with self._lock:
            row = self._conn.execute(
                "SELECT password_salt, password_hash FROM users WHERE user_name = ?", (name,)
            ).fetchone()
        if row is None or not verify_password(password, row[0], row[1]):
            return None
        return name

    def issue_tokens(self, user_name: str) -> TokenSet:
        with self._tx() as conn:
            return self._issue(conn, user_name)

    def _issue(self, conn: sqlite3.Connection, user_name: str) -> TokenSet:
        now = self.now()
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        access_expires = now + timedelta(seconds=self.token_ttl)
        conn.execute(
            "INSERT INTO token_sets (user_name, access_hash, refresh_hash, access_expires,"
            " refresh_expires, created) VALUES (?, ?, ?, ?, ?, ?)",
            (
                user_name,
                _token_hash(access),
                _token_hash(refresh),
                access_expires.timestamp(),
                (now + timedelta(seconds=self.refresh_ttl)).timestamp(),
                now.timestamp(),
            ),
        )
        return TokenSet(access, refresh, access_expires)

    def check_access_token(self, token: str) -> TokenOwner:
        """The owner of a valid access token; raises 401 otherwise."""
        with self._lock:
            row = self._conn.execute(
                "SELECT id, user_name, access_expires, invalidated FROM token_sets"
                " WHERE access_hash = ?",
                (_token_hash(token),),
            ).fetchone()
        if row is None:
            raise unauthorized("The access token is not known")
        if row[3]:
            raise unauthorized("The access token has been invalidated")
        if self.now().timestamp() >= row[2]:
            raise unauthorized("The access token has expired")
        return TokenOwner(int(row[0]), str(row[1]))

    def refresh(self, access_token: str, refresh_token: str) -> TokenSet:
        """A new token set for a known (possibly expired) access token and its refresh token.

        The old refresh token stops working (rotation); the old access token keeps working
        until its own expiry.
        """
        with self._tx() as conn:
            row = conn.execute(
                "SELECT id, user_name, refresh_hash, refresh_expires, invalidated, refreshed"
                " FROM token_sets WHERE access_hash = ?",
                (_token_hash(access_token),),
            ).fetchone()
            if row is None or row[4]:
                raise unauthorized("The access token is not known or has been invalidated")
            if not secrets.compare_digest(row[2], _token_hash(refresh_token)):
                raise unauthorized("The refresh token does not belong to this access token")
            if row[5]:
                raise unauthorized("The refresh token has already been used")
            if self.now().timestamp() >= row[3]:
                raise unauthorized("The refresh token has expired")
            conn.execute("UPDATE token_sets SET refreshed = 1 WHERE id = ?", (row[0],))
            return self._issue(conn, str(row[1]))

    def revoke_tokens(
        self,
        owner: TokenOwner,
        *,
        all_sets: bool,
        invalidate: bool,
        expire_access: bool,
        expire_refresh: bool,
    ) -> int:
        """DELETE /tokens: how many token sets were affected."""
        if not (invalidate or expire_access or expire_refresh):
            return 0
        now = self.now().timestamp()
        # Only sets that still grant something count (and change): not invalidated, and
        # with an unexpired access token or an unused, unexpired refresh token.
        live = "invalidated = 0 AND (access_expires > ? OR (refreshed = 0 AND refresh_expires > ?))"
        where, params = (
            (f"user_name = ? AND {live}", (owner.user_name, now, now))
            if all_sets
            else (f"id = ? AND {live}", (owner.set_id, now, now))
        )
        with self._tx() as conn:
            ids = [
                (row[0],)
                for row in conn.execute(f"SELECT id FROM token_sets WHERE {where}", params)
            ]
            if invalidate:
                conn.executemany("UPDATE token_sets SET invalidated = 1 WHERE id = ?", ids)
            if expire_access:
                conn.executemany(
                    "UPDATE token_sets SET access_expires = MIN(access_expires, ?) WHERE id = ?",
                    [(now, i) for (i,) in ids],
                )
            if expire_refresh:
                conn.executemany(
                    "UPDATE token_sets SET refresh_expires = MIN(refresh_expires, ?) WHERE id = ?",
                    [(now, i) for (i,) in ids],
                )
        return len(ids)

    def token_set_count(self, user_name: str) -> int:
        with self._lock:
            row = self._conn.execute(
                "SELECT COUNT(*) FROM token_sets WHERE user_name = ?", (user_name.lower(),)
            ).fetchone()
        return int(row[0])

    def create_user(
        self, user_name: str, password: str, real_name: str | None = None
    ) -> tuple[TokenSet, str]:
        """A new user (no companies) and its first token set; 409 when the name is taken."""
        name = user_name.strip().lower()
        salt, digest = hash_password(password)
        code = "".join(secrets.choice(string.ascii_uppercase + string.digits) for _ in range(6))
        with self._tx() as conn:
            if conn.execute("SELECT 1 FROM users WHERE user_name = ?", (name,)).fetchone():
                raise conflict(f"The user name {name!r} is already in use")
            conn.execute(
                "INSERT INTO users (user_name, password_salt, password_hash, real_name,"
                " access_request_code) VALUES (?, ?, ?, ?, ?)",
                (name, salt, digest, real_name, code),
            )
            return self._issue(conn, name), code

    def delete_user(self, user_name: str) -> None:
        with self._tx() as conn:
            for table in ("users", "token_sets", "access", "last_companies"):
                conn.execute(f"DELETE FROM {table} WHERE user_name = ?", (user_name,))

    def user(self, user_name: str) -> UserRecord:
        with self._lock:
            row = self._conn.execute(
                "SELECT user_name, real_name, administrator_xid, administrator_name,"
                " administrator_role, access_request_code FROM users WHERE user_name = ?",
                (user_name,),
            ).fetchone()
        if row is None:
            raise unauthorized("The user no longer exists")
        return UserRecord(*row)

    # --- companies ---------------------------------------------------------------------

    def companies_for(self, user_name: str) -> list[CompanyAccess]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT c.xid, c.name, c.cvr, c.allow_documents_add, c.allow_documents_edit,"
                " c.allow_documents_view FROM access a JOIN companies c ON c.xid = a.company_xid"
                " WHERE a.user_name = ? ORDER BY a.position",
                (user_name,),
            ).fetchall()
        return [_company(row) for row in rows]

    def last_companies(self, user_name: str) -> list[int]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT l.company_xid FROM last_companies l JOIN access a"
                " ON a.user_name = l.user_name AND a.company_xid = l.company_xid"
                " WHERE l.user_name = ? ORDER BY l.position",
                (user_name,),
            ).fetchall()
        return [int(row[0]) for row in rows]

    def company_access(self, user_name: str, company_xid: int) -> CompanyAccess | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT c.xid, c.name, c.cvr, c.allow_documents_add, c.allow_documents_edit,"
                " c.allow_documents_view FROM access a JOIN companies c ON c.xid = a.company_xid"
                " WHERE a.user_name = ? AND a.company_xid = ?",
                (user_name, company_xid),
            ).fetchone()
        return _company(row) if row else None

    def set_permissions(
        self,
        company_xid: int,
        *,
        add: bool | None = None,
        edit: bool | None = None,
        view: bool | None = None,
    ) -> None:
        """For tests: change a company's document permission flags."""
        with self._tx() as conn:
            for column, value in (
                ("allow_documents_add", add),
                ("allow_documents_edit", edit),
                ("allow_documents_view", view),
            ):
                if value is not None:
                    conn.execute(
                        f"UPDATE companies SET {column} = ? WHERE xid = ?", (value, company_xid)
                    )

    def grant_access(self, user_name: str, company_xid: int) -> None:
        """For tests: give a user access to a company (appended to its list)."""
        with self._tx() as conn:
            position = conn.execute(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM access WHERE user_name = ?",
                (user_name.lower(),),
            ).fetchone()[0]
            conn.execute(
                "INSERT OR IGNORE INTO access (user_name, company_xid, position) VALUES (?, ?, ?)",
                (user_name.lower(), company_xid, position),
            )

    # --- the archive -------------------------------------------------------------------

    def list_files(
        self,
        company_xid: int,
        max_lines: int,
        *,
        before_xid: int | None = None,
        folder_xid: int | None = None,
    ) -> tuple[list[FileLine], bool]:
        """Visible files, highest xid first, below ``before_xid``; and whether more exist."""
        sql = (
            "SELECT xid, id, date, friendly_filename, timestamp_last_update FROM files"
            " WHERE company_xid = ? AND hidden = 0"
        )
        params: list[Any] = [company_xid]
        if before_xid is not None:
            sql += " AND xid < ?"
            params.append(before_xid)
        if folder_xid is not None:
            sql += " AND folder_xid = ?"
            params.append(folder_xid)
        sql += " ORDER BY xid DESC LIMIT ?"
        params.append(max_lines + 1)
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
        lines = [FileLine(*row) for row in rows[:max_lines]]
        return lines, len(rows) > max_lines

    def file(self, company_xid: int, xid: int, *, with_body: bool = True) -> FileRecord | None:
        with self._lock:
            row = self._conn.execute(
                f"SELECT {_FILE_COLUMNS} FROM files WHERE company_xid = ? AND xid = ?",
                (company_xid, xid),
            ).fetchone()
            if row is None:
                return None
            body: bytes | None = None
            if with_body:
                found = self._conn.execute(
                    "SELECT body FROM file_bodies WHERE xid = ?", (xid,)
                ).fetchone()
                body = bytes(found[0]) if found else b""
            comments = self._conn.execute(
                "SELECT date_time, user_name, comment, real_name, user_initials"
                " FROM file_comments WHERE file_xid = ? ORDER BY id",
                (xid,),
            ).fetchall()
        return FileRecord(
            xid=row[0],
            company_xid=row[1],
            id=row[2],
            content_type=row[3],
            file_name=row[4],
            friendly_filename=row[5],
            date=row[6],
            hidden=bool(row[7]),
            protected=bool(row[8]),
            timestamp_last_update=row[9],
            size=row[10],
            plain_text=row[11],
            einvoice=_load(row[12]) if row[12] else None,
            recognized_text=_load(row[13]) if row[13] else None,
            body=body,
            comments=tuple(Comment(*c) for c in comments),
        )

    def file_count(self, company_xid: int, *, include_hidden: bool = True) -> int:
        sql = "SELECT COUNT(*) FROM files WHERE company_xid = ?"
        if not include_hidden:
            sql += " AND hidden = 0"
        with self._lock:
            return int(self._conn.execute(sql, (company_xid,)).fetchone()[0])

    def add_file(
        self,
        company_xid: int,
        body: bytes,
        *,
        content_type: str,
        file_name: str | None,
        friendly_filename: str | None,
        file_date: date | None,
        hidden: bool,
        comment: str | None,
        author: str,
        recognized_text: list[JsonObject] | None = None,
    ) -> int:
        """Store an uploaded file; returns its xid."""
        with self._tx() as conn:
            xid = self._allocate(conn)
            row = conn.execute(
                "SELECT next_file_id FROM companies WHERE xid = ?", (company_xid,)
            ).fetchone()
            if row is None:
                raise not_found(f"Company {company_xid} does not exist")
            doc_id = int(row[0])
            conn.execute(
                "UPDATE companies SET next_file_id = ? WHERE xid = ?", (doc_id + 1, company_xid)
            )
            name = file_name or f"upload-{doc_id}{_EXTENSIONS.get(content_type, '.bin')}"
            stamp = self.timestamp()
            conn.execute(
                "INSERT INTO files (xid, company_xid, id, content_type, file_name,"
                " friendly_filename, date, hidden, timestamp_last_update, size,"
                " recognized_text, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    xid,
                    company_xid,
                    doc_id,
                    content_type,
                    name,
                    friendly_filename or name,
                    (file_date or self.today()).isoformat(),
                    hidden,
                    stamp,
                    len(body),
                    _json(recognized_text) if recognized_text is not None else None,
                    author,
                ),
            )
            conn.execute("INSERT INTO file_bodies (xid, body) VALUES (?, ?)", (xid, body))
            if comment:
                self._add_comment(conn, xid, author, comment, stamp)
            return xid

    def _add_comment(
        self, conn: sqlite3.Connection, xid: int, author: str, text: str, stamp: str
    ) -> None:
        row = conn.execute("SELECT real_name FROM users WHERE user_name = ?", (author,)).fetchone()
        real_name = row[0] if row else None
        conn.execute(
            "INSERT INTO file_comments (file_xid, date_time, user_name, real_name,"
            " user_initials, comment) VALUES (?, ?, ?, ?, ?, ?)",
            (xid, stamp, author, real_name, initials(real_name), text),
        )

    def _bump(self, conn: sqlite3.Connection, xid: int) -> str:
        """A new timestampLastUpdate, strictly later than the previous one."""
        old = conn.execute(
            "SELECT timestamp_last_update FROM files WHERE xid = ?", (xid,)
        ).fetchone()[0]
        now = self.now()
        stamp = format_timestamp(now)
        if stamp <= old:
            previous = datetime.fromisoformat(old).replace(tzinfo=VENDOR_TZ)
            stamp = format_timestamp(previous + timedelta(milliseconds=1))
        conn.execute("UPDATE files SET timestamp_last_update = ? WHERE xid = ?", (stamp, xid))
        return stamp

    def update_file(
        self,
        company_xid: int,
        xid: int,
        *,
        file_date: date,
        friendly_filename: str,
        comment: str | None,
        author: str,
    ) -> None:
        """PUT archiveFile: 404 unknown; 409 when a protected file would be renamed/redated."""
        with self._tx() as conn:
            row = conn.execute(
                "SELECT date, friendly_filename, protected FROM files"
                " WHERE company_xid = ? AND xid = ?",
                (company_xid, xid),
            ).fetchone()
            if row is None:
                raise not_found(f"Archive file {xid} does not exist in company {company_xid}")
            new_date = file_date.isoformat()
            changed = (new_date, friendly_filename) != (row[0], row[1])
            if changed and row[2]:
                raise conflict(
                    f"Archive file {xid} is referenced by a registration: its date and name"
                    " cannot be changed (a comment can still be added)"
                )
            if not changed and not comment:
                return
            conn.execute(
                "UPDATE files SET date = ?, friendly_filename = ? WHERE xid = ?",
                (new_date, friendly_filename, xid),
            )
            stamp = self._bump(conn, xid)
            if comment:
                self._add_comment(conn, xid, author, comment, stamp)

    def delete_file(self, company_xid: int, xid: int) -> None:
        with self._tx() as conn:
            row = conn.execute(
                "SELECT protected FROM files WHERE company_xid = ? AND xid = ?",
                (company_xid, xid),
            ).fetchone()
            if row is None:
                raise not_found(f"Archive file {xid} does not exist in company {company_xid}")
            if row[0]:
                raise conflict(
                    f"Archive file {xid} is delete-protected: a registration references it"
                )
            conn.execute("DELETE FROM files WHERE xid = ?", (xid,))
            conn.execute("DELETE FROM file_bodies WHERE xid = ?", (xid,))
            conn.execute("DELETE FROM file_comments WHERE file_xid = ?", (xid,))

    # --- registrations -------------------------------------------------------------------

    def add_registration(
        self,
        company_xid: int,
        *,
        reg_date: date,
        description: str,
        lines: list[JsonObject],
        file_xids: list[int],
        author: str,
        supplier_xid: int | None = None,
        customer_xid: int | None = None,
    ) -> int:
        """Store a suggested registration; attached files become visible and protected."""
        with self._tx() as conn:
            for file_xid in file_xids:
                found = conn.execute(
                    "SELECT 1 FROM files WHERE company_xid = ? AND xid = ?",
                    (company_xid, file_xid),
                ).fetchone()
                if found is None:
                    raise bad_request(
                        f"filesToAttachXids: archive file {file_xid} does not exist in company"
                        f" {company_xid}"
                    )
            if customer_xid is not None and not self._exists(
                conn, "customers", company_xid, customer_xid
            ):
                raise bad_request(
                    f"customerXid: customer {customer_xid} does not exist in company {company_xid}"
                )
            xid = self._allocate(conn)
            data: JsonObject = {
                "xid": xid,
                "companyXid": company_xid,
                "date": reg_date.isoformat(),
                "description": description,
                "debitCreditlines": lines,
                "filesToAttachXids": file_xids,
                "createdBy": author,
                "created": self.timestamp(),
            }
            if supplier_xid is not None:
                data["supplierXid"] = supplier_xid
            if customer_xid is not None:
                data["customerXid"] = customer_xid
            conn.execute(
                "INSERT INTO registrations (xid, company_xid, data) VALUES (?, ?, ?)",
                (xid, company_xid, _json(data)),
            )
            for file_xid in file_xids:
                conn.execute(
                    "UPDATE files SET hidden = 0, protected = 1 WHERE xid = ?", (file_xid,)
                )
                self._bump(conn, file_xid)
            return xid

    def registrations(self, company_xid: int | None = None) -> list[JsonObject]:
        """The suggested registrations received (oldest first), as JSON objects."""
        return self._objects("registrations", company_xid)

    # --- customers, products, invoices, sales ----------------------------------------

    @staticmethod
    def _exists(conn: sqlite3.Connection, table: str, company_xid: int, xid: int) -> bool:
        row = conn.execute(
            f"SELECT 1 FROM {table} WHERE company_xid = ? AND xid = ?", (company_xid, xid)
        ).fetchone()
        return row is not None

    def _objects(self, table: str, company_xid: int | None) -> list[JsonObject]:
        with self._lock:
            if company_xid is None:
                rows = self._conn.execute(f"SELECT data FROM {table} ORDER BY xid").fetchall()
            else:
                rows = self._conn.execute(
                    f"SELECT data FROM {table} WHERE company_xid = ? ORDER BY xid",
                    (company_xid,),
                ).fetchall()
        return [_load(row[0]) for row in rows]

    def _object(self, table: str, company_xid: int, xid: int) -> JsonObject | None:
        with self._lock:
            row = self._conn.execute(
                f"SELECT data FROM {table} WHERE company_xid = ? AND xid = ?",
                (company_xid, xid),
            ).fetchone()
        return _load(row[0]) if row else None

    def customers(self, company_xid: int) -> list[JsonObject]:
        return self._objects("customers", company_xid)

    def customer(self, company_xid: int, xid: int) -> JsonObject | None:
        return self._object("customers", company_xid, xid)

    def add_customer(self, company_xid: int, data: JsonObject) -> int:
        """A new customer from a validated wire object; assigns xid and customerNumber."""
        with self._tx() as conn:
            xid = self._allocate(conn)
            obj = dict(data, companyXid=company_xid, xid=xid, entityVersion=1)
            if not obj.get("customerNumber"):
                numbers = [
                    int(n)
                    for (n,) in conn.execute(
                        "SELECT json_extract(data, '$.customerNumber') FROM customers"
                        " WHERE company_xid = ?",
                        (company_xid,),
                    )
                    if isinstance(n, str) and n.isdigit() and len(n) < 18
                ]
                obj["customerNumber"] = str(max(numbers, default=1000) + 1)
            conn.execute(
                "INSERT INTO customers (xid, company_xid, data) VALUES (?, ?, ?)",
                (xid, company_xid, _json(obj)),
            )
            return xid

    def product_types(self, company_xid: int) -> list[JsonObject]:
        return self._objects("product_types", company_xid)

    def product_type(self, company_xid: int, xid: int) -> JsonObject | None:
        return self._object("product_types", company_xid, xid)

    def products(self, company_xid: int) -> list[JsonObject]:
        return self._objects("products", company_xid)

    def product(self, company_xid: int, xid: int) -> JsonObject | None:
        return self._object("products", company_xid, xid)

    def _add_object(self, table: str, company_xid: int, data: JsonObject, key: str) -> int:
        with self._tx() as conn:
            xid = self._allocate(conn)
            obj = dict(data, companyXid=company_xid)
            obj[key] = xid
            obj["created"] = self.timestamp()
            conn.execute(
                f"INSERT INTO {table} (xid, company_xid, data) VALUES (?, ?, ?)",
                (xid, company_xid, _json(obj)),
            )
            return xid

    def add_invoice(self, company_xid: int, data: JsonObject) -> int:
        return self._add_object("invoices", company_xid, data, "invoiceXid")

    def invoices(self, company_xid: int | None = None) -> list[JsonObject]:
        return self._objects("invoices", company_xid)

    def add_sale(self, company_xid: int, data: JsonObject) -> int:
        return self._add_object("sales", company_xid, data, "saleXid")

    def sales(self, company_xid: int | None = None) -> list[JsonObject]:
        return self._objects("sales", company_xid)

    # --- bank ----------------------------------------------------------------------------

    def bank_accounts(self, company_xid: int) -> list[JsonObject]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT xid, name, currency, banks_identification FROM bank_accounts"
                " WHERE company_xid = ? ORDER BY xid",
                (company_xid,),
            ).fetchall()
        accounts = []
        for xid, name, currency, ident in rows:
            account: JsonObject = {"xid": xid, "name": name, "currency": currency}
            if ident:
                account["banksIdentification"] = ident
            accounts.append(account)
        return accounts

    def has_bank_account(self, company_xid: int, xid: int) -> bool:
        with self._lock:
            return self._exists(self._conn, "bank_accounts", company_xid, xid)

    def bank_postings(self, account_xid: int, first: date, last: date) -> list[JsonObject]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT xid, bank_date, bank_text, bank_amount, extra_bank_text, user_note,"
                " external_ref FROM bank_postings WHERE bank_account_xid = ?"
                " AND bank_date >= ? AND bank_date <= ? ORDER BY bank_date, xid",
                (account_xid, first.isoformat(), last.isoformat()),
            ).fetchall()
        postings = []
        for xid, bank_date, text, amount, extra, note, ref in rows:
            posting: JsonObject = {
                "xid": xid,
                "bankDate": bank_date,
                "bankText": text,
                "bankAmount": amount,
            }
            for key, value in (("extraBankText", extra), ("userNote", note), ("externalRef", ref)):
                if value is not None:
                    posting[key] = value
            postings.append(posting)
        return postings

    def bank_balances(self, company_xid: int) -> list[JsonObject]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT a.xid, a.name, b.balance_type, a.bban, a.iban, b.balance_amount,"
                " b.currency, b.timestamp FROM bank_balances b JOIN bank_accounts a"
                " ON a.xid = b.bank_account_xid WHERE a.company_xid = ? ORDER BY a.xid, b.id",
                (company_xid,),
            ).fetchall()
        balances = []
        for xid, name, kind, bban, iban, amount, currency, stamp in rows:
            balance: JsonObject = {
                "bankAccountXid": xid,
                "bankAccountName": name,
                "balanceType": kind,
                "balanceAmount": amount,
                "currency": currency,
                "timestamp": stamp,
            }
            if bban:
                balance["bban"] = bban
            if iban:
                balance["iban"] = iban
            balances.append(balance)
        return balances


def _company(row: tuple[Any, ...]) -> CompanyAccess:
    return CompanyAccess(
        xid=int(row[0]),
        name=str(row[1]),
        cvr=str(row[2]),
        allow_documents_add=bool(row[3]),
        allow_documents_edit=bool(row[4]),
        allow_documents_view=bool(row[5]),
    )
