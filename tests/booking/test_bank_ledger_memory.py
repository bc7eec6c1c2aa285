"""The ledger account each bank account books to, remembered per company; an existing
memory database (schema 1) gets the new table and keeps what it had."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.booking import BookingMemory
from app.booking.memory import DB_NAME, SCHEMA_VERSION
from app.paths import AppPaths

CO = 100000001
OTHER = 100000002
DRIFT = 200000001
SAVINGS = 200000002


def test_bank_ledger_accounts_per_company_and_bank_account(
    memory: BookingMemory, paths: AppPaths
) -> None:
    assert memory.bank_ledger_account(CO, DRIFT) is None
    memory.set_bank_ledger_account(CO, DRIFT, " 5820 ")
    memory.set_bank_ledger_account(CO, SAVINGS, "5830")
    memory.set_bank_ledger_account(OTHER, DRIFT, "5810")
    assert memory.bank_ledger_account(CO, DRIFT) == "5820"
    assert memory.bank_ledger_account(CO, SAVINGS) == "5830"
    assert memory.bank_ledger_account(OTHER, DRIFT) == "5810"

    memory.set_bank_ledger_account(CO, DRIFT, "5821")  # changed
    with pytest.raises(ValueError, match="not an account number"):
        memory.set_bank_ledger_account(CO, DRIFT, "Bank")
    assert memory.bank_ledger_account(CO, DRIFT) == "5821"  # a refused one changes nothing
    memory.close()

    again = BookingMemory.open(paths)
    try:
        assert again.bank_ledger_account(CO, DRIFT) == "5821"
        again.set_bank_ledger_account(CO, DRIFT, "")  # cleared: forgotten
        again.set_bank_ledger_account(CO, SAVINGS, None)
        assert again.bank_ledger_account(CO, DRIFT) is None
        assert again.bank_ledger_account(CO, SAVINGS) is None
        assert again.bank_ledger_account(OTHER, DRIFT) == "5810"
    finally:
        again.close()


_SCHEMA_1 = """
CREATE TABLE accounts (company_xid INTEGER NOT NULL, code TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '', vat_code TEXT NOT NULL DEFAULT '',
    uses INTEGER NOT NULL DEFAULT 0, last_used TEXT, PRIMARY KEY (company_xid, code));
CREATE TABLE vat_codes (company_xid INTEGER NOT NULL, code TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '', uses INTEGER NOT NULL DEFAULT 0, last_used TEXT,
    PRIMARY KEY (company_xid, code));
CREATE TABLE suppliers (company_xid INTEGER NOT NULL, number INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '', uses INTEGER NOT NULL DEFAULT 0, last_used TEXT,
    PRIMARY KEY (company_xid, number));
INSERT INTO accounts (company_xid, code, label, uses) VALUES (100000001, '7350', 'Repr.', 4);
INSERT INTO suppliers (company_xid, number, name) VALUES (100000001, 30001, 'Havnekøkkenet');
PRAGMA user_version=1;
"""


def test_a_memory_written_before_bank_ledger_accounts_is_upgraded(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / DB_NAME)
    db.executescript(_SCHEMA_1)
    db.close()

    with BookingMemory(tmp_path) as memory:
        account = memory.account(CO, "7350")
        assert account is not None and (account.label, account.uses) == ("Repr.", 4)
        supplier = memory.supplier(CO, 30001)
        assert supplier is not None and supplier.name == "Havnekøkkenet"
        assert memory.bank_ledger_account(CO, DRIFT) is None
        memory.set_bank_ledger_account(CO, DRIFT, "5820")

    with BookingMemory(tmp_path) as memory:  # opened again: no second upgrade, kept
        assert memory.bank_ledger_account(CO, DRIFT) == "5820"
        assert memory.account(CO, "7350") is not None
    db = sqlite3.connect(tmp_path / DB_NAME)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    finally:
        db.close()
