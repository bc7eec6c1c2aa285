"""What the bookkeeper used before, per company: accounts, VAT codes and suppliers.

The API lists neither the chart of accounts, nor VAT codes, nor suppliers, so the form
completes from what this client remembers:

* every account number and VAT code the user booked with (``record_booking``, called
  by ``BookingService`` after each registration), with a label the user may give
  (``set_account_label``), how often and when it was last used, and the VAT code last
  booked on each account (to prefill the VAT column);
* account lists imported from a CSV file (``import_accounts_csv``): columns
  account/konto, label/navn/tekst and optionally vat/moms, separated by semicolons or
  commas, in UTF-8 or Windows-1252; bad rows are reported with their line number and
  skipped, the good ones imported;
* suppliers by number with the name the user gave (``remember_supplier``);
* the ledger account each bank account books to (``set_bank_ledger_account``), for
  bookings made from a bank posting.

Completions (``complete_accounts``, ``complete_vat_codes``, ``complete_suppliers``)
match the typed text against the number's start or anywhere in the label, and rank
exact and prefix matches first, then the most used, then the most recently used.

Stored in ``memory.sqlite3`` in the data folder (WAL; several connections may share it).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from app.paths import AppPaths

__all__ = [
    "AccountImport",
    "BookingMemory",
    "CsvFormatError",
    "ImportProblem",
    "ImportReport",
    "Remembered",
    "RememberedAccount",
    "RememberedSupplier",
    "check_account_number",
    "check_vat_code",
    "parse_accounts_csv",
]

DB_NAME = "memory.sqlite3"
SCHEMA_VERSION = 2  # 2: bank_ledger_accounts
LABEL_MAX = 200

_ACCOUNT = re.compile(r"^[0-9A-Za-zÆØÅæøå._\-]{1,20}$")
_VAT = re.compile(r"^[0-9A-Za-zÆØÅæøå_%+\-]{1,16}$")


def check_account_number(text: str) -> str | None:
    """Why ``text`` is not an account number, or None when it is one."""
    value = text.strip()
    if not value:
        return "Type an account number."
    if not _ACCOUNT.match(value) or not any(c.isdigit() for c in value):
        return f"«{value[:40]}» is not an account number."
    return None


def check_vat_code(text: str) -> str | None:
    """Why ``text`` is not a VAT code (e.g. "I25", "DKI25"), or None when it is one."""
    value = text.strip()
    if not value:
        return None  # no VAT code is fine
    if not _VAT.match(value):
        return f"«{value[:40]}» is not a VAT code."
    return None


@dataclass(frozen=True)
class Remembered:
    """An account number or VAT code the user used or imported."""

    code: str
    label: str = ""
    uses: int = 0
    last_used: dt.datetime | None = None


@dataclass(frozen=True)
class RememberedAccount(Remembered):
    vat_code: str = ""  # the VAT code last booked on (or imported for) this account


@dataclass(frozen=True)
class RememberedSupplier:
    number: int
    name: str = ""
    uses: int = 0
    last_used: dt.datetime | None = None


# --- CSV import ------------------------------------------------------------------------


class CsvFormatError(ValueError):
    """The file as a whole cannot be read as an account list (``str`` says why)."""


@dataclass(frozen=True)
class ImportProblem:
    line: int  # 1-based line number in the file
    message: str
    text: str  # the row as it was read, for the report


@dataclass(frozen=True)
class AccountImport:
    account: str
    label: str
    vat_code: str
    line: int


@dataclass(frozen=True)
class ImportReport:
    added: int
    updated: int
    unchanged: int
    problems: tuple[ImportProblem, ...]
    encoding: str
    delimiter: str

    @property
    def imported(self) -> int:
        return self.added + self.updated + self.unchanged


def _header_key(cell: str) -> str:
    folded = unicodedata.normalize("NFKC", cell).casefold()
    return "".join(c for c in folded if c.isalnum())


_ACCOUNT_HEADERS = {
    "account",
    "accountnumber",
    "accountno",
    "accountnr",
    "konto",
    "kontonr",
    "kontonummer",
    "kontono",
    "nr",
    "nummer",
    "number",
    "no",
}
_LABEL_HEADERS = {
    "label",
    "name",
    "navn",
    "tekst",
    "text",
    "kontonavn",
    "kontotekst",
    "accountname",
    "beskrivelse",
    "description",
    "betegnelse",
    "titel",
    "title",
}
_VAT_HEADERS = {
    "vat",
    "vatcode",
    "moms",
    "momskode",
    "momstype",
    "momsgruppe",
    "tax",
    "taxcode",
}


def _decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _delimiter(first_line: str) -> str:
    counts: dict[str, int] = {";": 0, ",": 0, "\t": 0}
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts.values())
    if best == 0:
        return ";"
    for candidate in (";", "\t", ","):  # ties: the Danish ';' first
        if counts[candidate] == best:
            return candidate
    return ";"  # pragma: no cover


def parse_accounts_csv(
    data: bytes,
) -> tuple[list[AccountImport], list[ImportProblem], str, str]:
    """(good rows, problems, encoding, delimiter) of an account list.

    The first non-empty row is a header naming the columns (account/konto/kontonr/nr,
    label/navn/tekst/kontonavn, vat/moms/momskode; any case, any order, other columns
    ignored), or, when its first cell is already an account number, the file has no
    header and the columns are account, label, VAT code. Blank rows are skipped; a row
    without a valid account number, with a bad VAT code, with a label over 200
    characters or repeating an account of an earlier row is a problem and is skipped.
    CsvFormatError when no column holds account numbers.
    """
    text, encoding = _decode(data)
    lines = text.splitlines()
    first_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first_index is None:
        raise CsvFormatError("The file is empty.")
    delimiter = _delimiter(lines[first_index])
    # csv.reader yields one list per record; line_num is the line a record ends on.
    numbered: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for row in reader:
        numbered.append((reader.line_num, row))
    numbered = [(n, row) for n, row in numbered if any(cell.strip() for cell in row)]
    if not numbered:
        raise CsvFormatError("The file is empty.")
    header = numbered[0][1]
    keys = [_header_key(cell) for cell in header]
    account_col = next((i for i, k in enumerate(keys) if k in _ACCOUNT_HEADERS), None)
    label_col = next((i for i, k in enumerate(keys) if k in _LABEL_HEADERS), None)
    vat_col = next((i for i, k in enumerate(keys) if k in _VAT_HEADERS), None)
    body = numbered[1:]
    if account_col is None:
        if header and check_account_number(header[0]) is None:
            account_col, label_col = 0, 1
            vat_col = 2 if len(header) > 2 else None
            body = numbered
        else:
            raise CsvFormatError(
                "No column holds account numbers: the first row must name one"
                " (Konto, Kontonr, Account) and one for the name (Navn, Tekst, Label)."
            )
    good: list[AccountImport] = []
    problems: list[ImportProblem] = []
    seen: dict[str, int] = {}
    for line, row in body:
        raw = delimiter.join(row)

        def cell(col: int | None, row: list[str] = row) -> str:
            return row[col].strip() if col is not None and col < len(row) else ""

        account, label, vat = cell(account_col), cell(label_col), cell(vat_col)
        why = check_account_number(account) or check_vat_code(vat)
        if why is None and len(label) > LABEL_MAX:
            why = f"The name is longer than {LABEL_MAX} characters."
        if why is None and account in seen:
            why = f"Account {account} is already on line {seen[account]}."
        if why is not None:
            problems.append(ImportProblem(line, why, raw))
            continue
        seen[account] = line
        good.append(AccountImport(account, " ".join(label.split()), vat, line))
    return good, problems, encoding, delimiter


# --- the store -------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    company_xid INTEGER NOT NULL,
    code TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    vat_code TEXT NOT NULL DEFAULT '',
    uses INTEGER NOT NULL DEFAULT 0,
    last_used TEXT,
    PRIMARY KEY (company_xid, code)
);
CREATE TABLE IF NOT EXISTS vat_codes (
    company_xid INTEGER NOT NULL,
    code TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    uses INTEGER NOT NULL DEFAULT 0,
    last_used TEXT,
    PRIMARY KEY (company_xid, code)
);
CREATE TABLE IF NOT EXISTS suppliers (
    company_xid INTEGER NOT NULL,
    number INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    uses INTEGER NOT NULL DEFAULT 0,
    last_used TEXT,
    PRIMARY KEY (company_xid, number)
);
CREATE TABLE IF NOT EXISTS bank_ledger_accounts (
    company_xid INTEGER NOT NULL,
    bank_account_xid INTEGER NOT NULL,
    account TEXT NOT NULL,
    PRIMARY KEY (company_xid, bank_account_xid)
);
"""


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _ts(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat()


def _parse_ts(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _clean_label(label: str) -> str:
    cleaned = " ".join(label.split())
    if len(cleaned) > LABEL_MAX:
        raise ValueError(f"a label has at most {LABEL_MAX} characters")
    return cleaned


def _rank(code: str, label: str, typed: str) -> int | None:
    """How well ``typed`` matches (lower is better), None when it does not."""
    if not typed:
        return 3
    folded_code, folded_label = code.casefold(), label.casefold()
    if folded_code == typed:
        return 0
    if folded_code.startswith(typed):
        return 1
    words = folded_label.split()
    if any(word.startswith(typed) for word in words):
        return 2
    if typed in folded_label:
        return 3
    return None


class BookingMemory:
    """Remembered accounts, VAT codes and suppliers (``memory.sqlite3``)."""

    def __init__(self, data_dir: Path, *, clock: Callable[[], dt.datetime] = _utc_now) -> None:
        self.data_dir = data_dir
        self._clock = clock
        self._db = sqlite3.connect(data_dir / DB_NAME, timeout=10.0)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            self._db.close()
            raise RuntimeError(f"the memory was written by a newer version (schema {version})")
        if version < SCHEMA_VERSION:
            with self._db:
                self._db.executescript(_SCHEMA)
                self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    @classmethod
    def open(cls, paths: AppPaths) -> BookingMemory:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        return cls(paths.data_dir)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> BookingMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- recording use ---------------------------------------------------------------

    def record_booking(
        self,
        company_xid: int,
        lines: Iterable[tuple[str, str | None]],
        *,
        supplier_xid: int | None = None,
        when: dt.datetime | None = None,
    ) -> None:
        """Count one use of each (account, VAT code) booked, and of the supplier."""
        stamp = _ts(when or self._clock())
        with self._db:
            for account, vat in lines:
                account = account.strip()
                vat_code = (vat or "").strip()
                if not account:
                    continue
                self._db.execute(
                    "INSERT INTO accounts (company_xid, code, vat_code, uses, last_used)"
                    " VALUES (?, ?, ?, 1, ?) ON CONFLICT (company_xid, code) DO UPDATE SET"
                    " uses = uses + 1, last_used = excluded.last_used,"
                    " vat_code = excluded.vat_code",
                    (company_xid, account, vat_code, stamp),
                )
                if vat_code:
                    self._use(company_xid, "vat_codes", vat_code, stamp)
            if supplier_xid is not None:
                self._db.execute(
                    "INSERT INTO suppliers (company_xid, number, uses, last_used)"
                    " VALUES (?, ?, 1, ?) ON CONFLICT (company_xid, number) DO UPDATE SET"
                    " uses = uses + 1, last_used = excluded.last_used",
                    (company_xid, supplier_xid, stamp),
                )

    def _use(self, company_xid: int, table: str, code: str, stamp: str) -> None:
        self._db.execute(
            f"INSERT INTO {table} (company_xid, code, uses, last_used) VALUES (?, ?, 1, ?)"
            " ON CONFLICT (company_xid, code) DO UPDATE SET uses = uses + 1,"
            " last_used = excluded.last_used",
            (company_xid, code, stamp),
        )

    # --- accounts and VAT codes -------------------------------------------------------

    def set_account_label(self, company_xid: int, account: str, label: str) -> None:
        """Give an account a label (remembering the account if it is new)."""
        self._set_label("accounts", company_xid, account, label, check_account_number)

    def set_vat_label(self, company_xid: int, vat_code: str, label: str) -> None:
        self._set_label("vat_codes", company_xid, vat_code, label, check_vat_code)

    def _set_label(
        self,
        table: str,
        company_xid: int,
        code: str,
        label: str,
        check: Callable[[str], str | None],
    ) -> None:
        code = code.strip()
        why = check(code) or (None if code else "empty")
        if why is not None:
            raise ValueError(why)
        with self._db:
            self._db.execute(
                f"INSERT INTO {table} (company_xid, code, label) VALUES (?, ?, ?)"
                " ON CONFLICT (company_xid, code) DO UPDATE SET label = excluded.label",
                (company_xid, code, _clean_label(label)),
            )

    def forget_account(self, company_xid: int, account: str) -> None:
        with self._db:
            self._db.execute(
                "DELETE FROM accounts WHERE company_xid = ? AND code = ?",
                (company_xid, account.strip()),
            )

    def forget_vat_code(self, company_xid: int, vat_code: str) -> None:
        with self._db:
            self._db.execute(
                "DELETE FROM vat_codes WHERE company_xid = ? AND code = ?",
                (company_xid, vat_code.strip()),
            )

    def account(self, company_xid: int, account: str) -> RememberedAccount | None:
        row = self._db.execute(
            "SELECT * FROM accounts WHERE company_xid = ? AND code = ?",
            (company_xid, account.strip()),
        ).fetchone()
        return _account(row) if row is not None else None

    def accounts(self, company_xid: int) -> list[RememberedAccount]:
        """Every remembered account of the company, in account number order."""
        rows = self._db.execute(
            "SELECT * FROM accounts WHERE company_xid = ?", (company_xid,)
        ).fetchall()
        return sorted((_account(row) for row in rows), key=lambda a: _code_order(a.code))

    def vat_codes(self, company_xid: int) -> list[Remembered]:
        rows = self._db.execute(
            "SELECT * FROM vat_codes WHERE company_xid = ? ORDER BY code", (company_xid,)
        ).fetchall()
        return [_remembered(row) for row in rows]

    def complete_accounts(
        self, company_xid: int, typed: str, limit: int = 12
    ) -> list[RememberedAccount]:
        """Accounts for what was typed: number matches, label matches; best first."""
        return _complete(self.accounts(company_xid), typed, limit)

    def complete_vat_codes(self, company_xid: int, typed: str, limit: int = 12) -> list[Remembered]:
        return _complete(self.vat_codes(company_xid), typed, limit)

    def import_accounts_csv(self, company_xid: int, source: Path | bytes) -> ImportReport:
        """Import an account list (see ``parse_accounts_csv``); labels and VAT codes in
        the file replace remembered ones, use counts stay. CsvFormatError when the file
        is not an account list at all; OSError when it cannot be read."""
        data = source.read_bytes() if isinstance(source, Path) else source
        good, problems, encoding, delimiter = parse_accounts_csv(data)
        added = updated = unchanged = 0
        with self._db:
            for item in good:
                row = self._db.execute(
                    "SELECT label, vat_code FROM accounts WHERE company_xid = ? AND code = ?",
                    (company_xid, item.account),
                ).fetchone()
                label = item.label or (row["label"] if row is not None else "")
                vat = item.vat_code or (row["vat_code"] if row is not None else "")
                if row is None:
                    added += 1
                    self._db.execute(
                        "INSERT INTO accounts (company_xid, code, label, vat_code)"
                        " VALUES (?, ?, ?, ?)",
                        (company_xid, item.account, label, vat),
                    )
                elif (row["label"], row["vat_code"]) != (label, vat):
                    updated += 1
                    self._db.execute(
                        "UPDATE accounts SET label = ?, vat_code = ?"
                        " WHERE company_xid = ? AND code = ?",
                        (label, vat, company_xid, item.account),
                    )
                else:
                    unchanged += 1
                if item.vat_code:
                    self._db.execute(
                        "INSERT INTO vat_codes (company_xid, code) VALUES (?, ?)"
                        " ON CONFLICT (company_xid, code) DO NOTHING",
                        (company_xid, item.vat_code),
                    )
        return ImportReport(added, updated, unchanged, tuple(problems), encoding, delimiter)

    # --- suppliers ---------------------------------------------------------------------

    def remember_supplier(self, company_xid: int, number: int, name: str) -> None:
        """Remember (or rename) supplier ``number`` as ``name``."""
        if number < 0:
            raise ValueError("a supplier number is not negative")
        with self._db:
            self._db.execute(
                "INSERT INTO suppliers (company_xid, number, name) VALUES (?, ?, ?)"
                " ON CONFLICT (company_xid, number) DO UPDATE SET name = excluded.name",
                (company_xid, number, _clean_label(name)),
            )

    def forget_supplier(self, company_xid: int, number: int) -> None:
        with self._db:
            self._db.execute(
                "DELETE FROM suppliers WHERE company_xid = ? AND number = ?",
                (company_xid, number),
            )

    def supplier(self, company_xid: int, number: int) -> RememberedSupplier | None:
        row = self._db.execute(
            "SELECT * FROM suppliers WHERE company_xid = ? AND number = ?",
            (company_xid, number),
        ).fetchone()
        return _supplier(row) if row is not None else None

    def suppliers(self, company_xid: int) -> list[RememberedSupplier]:
        rows = self._db.execute(
            "SELECT * FROM suppliers WHERE company_xid = ? ORDER BY number", (company_xid,)
        ).fetchall()
        return [_supplier(row) for row in rows]

    # --- bank accounts -------------------------------------------------------------------

    def set_bank_ledger_account(
        self, company_xid: int, bank_account_xid: int, account: str | None
    ) -> None:
        """Remember the ledger account (e.g. "5820") that bank account ``bank_account_xid``
        books to; None or "" forgets it. ValueError when it is not an account number."""
        code = (account or "").strip()
        with self._db:
            if not code:
                self._db.execute(
                    "DELETE FROM bank_ledger_accounts"
                    " WHERE company_xid = ? AND bank_account_xid = ?",
                    (company_xid, bank_account_xid),
                )
                return
            why = check_account_number(code)
            if why is not None:
                raise ValueError(why)
            self._db.execute(
                "INSERT INTO bank_ledger_accounts (company_xid, bank_account_xid, account)"
                " VALUES (?, ?, ?) ON CONFLICT (company_xid, bank_account_xid)"
                " DO UPDATE SET account = excluded.account",
                (company_xid, bank_account_xid, code),
            )

    def bank_ledger_account(self, company_xid: int, bank_account_xid: int) -> str | None:
        """The ledger account bank account ``bank_account_xid`` books to, if remembered."""
        row = self._db.execute(
            "SELECT account FROM bank_ledger_accounts"
            " WHERE company_xid = ? AND bank_account_xid = ?",
            (company_xid, bank_account_xid),
        ).fetchone()
        return str(row["account"]) if row is not None else None

    def complete_suppliers(
        self, company_xid: int, typed: str, limit: int = 12
    ) -> list[RememberedSupplier]:
        """Suppliers whose number starts with, or whose name contains, ``typed``."""
        wanted = typed.strip().casefold()
        scored: list[tuple[int, RememberedSupplier]] = []
        for supplier in self.suppliers(company_xid):
            rank = _rank(str(supplier.number), supplier.name, wanted)
            if rank is not None:
                scored.append((rank, supplier))
        scored.sort(
            key=lambda item: (item[0], -item[1].uses, _recency(item[1].last_used), item[1].number)
        )
        return [supplier for _, supplier in scored[:limit]]


def _code_order(code: str) -> tuple[int, str]:
    return (0, code.zfill(20)) if code.isdigit() else (1, code)


def _recency(when: dt.datetime | None) -> float:
    return -when.timestamp() if when is not None else 0.0


R = TypeVar("R", bound=Remembered)


def _complete(items: list[R], typed: str, limit: int) -> list[R]:
    wanted = typed.strip().casefold()
    scored: list[tuple[int, R]] = []
    for item in items:
        rank = _rank(item.code, item.label, wanted)
        if rank is not None:
            scored.append((rank, item))
    scored.sort(
        key=lambda pair: (
            pair[0],
            -pair[1].uses,
            _recency(pair[1].last_used),
            _code_order(pair[1].code),
        )
    )
    return [item for _, item in scored[:limit]]


def _account(row: sqlite3.Row) -> RememberedAccount:
    return RememberedAccount(
        code=row["code"],
        label=row["label"],
        uses=row["uses"],
        last_used=_parse_ts(row["last_used"]),
        vat_code=row["vat_code"],
    )


def _remembered(row: sqlite3.Row) -> Remembered:
    return Remembered(
        code=row["code"],
        label=row["label"],
        uses=row["uses"],
        last_used=_parse_ts(row["last_used"]),
    )


def _supplier(row: sqlite3.Row) -> RememberedSupplier:
    return RememberedSupplier(
        number=row["number"],
        name=row["name"],
        uses=row["uses"],
        last_used=_parse_ts(row["last_used"]),
    )
