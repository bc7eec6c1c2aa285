"""The sandbox's SQLite schema (one database file per data directory)."""

from __future__ import annotations

__all__ = ["SCHEMA", "SCHEMA_VERSION"]

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    user_name TEXT PRIMARY KEY,
    password_salt BLOB NOT NULL,
    password_hash BLOB NOT NULL,
    real_name TEXT,
    administrator_xid INTEGER,
    administrator_name TEXT,
    administrator_role TEXT,
    access_request_code TEXT NOT NULL
);

CREATE TABLE token_sets (
    id INTEGER PRIMARY KEY,
    user_name TEXT NOT NULL,
    access_hash TEXT NOT NULL UNIQUE,
    refresh_hash TEXT NOT NULL UNIQUE,
    access_expires REAL NOT NULL,
    refresh_expires REAL NOT NULL,
    invalidated INTEGER NOT NULL DEFAULT 0,
    refreshed INTEGER NOT NULL DEFAULT 0,
    created REAL NOT NULL
);
CREATE INDEX token_sets_user ON token_sets (user_name);

CREATE TABLE companies (
    xid INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    cvr TEXT NOT NULL,
    allow_documents_add INTEGER NOT NULL,
    allow_documents_edit INTEGER NOT NULL,
    allow_documents_view INTEGER NOT NULL,
    next_file_id INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE access (
    user_name TEXT NOT NULL,
    company_xid INTEGER NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (user_name, company_xid)
);

CREATE TABLE last_companies (
    user_name TEXT NOT NULL,
    company_xid INTEGER NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (user_name, company_xid)
);

CREATE TABLE files (
    xid INTEGER PRIMARY KEY,
    company_xid INTEGER NOT NULL,
    id INTEGER NOT NULL,
    folder_xid INTEGER,
    content_type TEXT NOT NULL,
    file_name TEXT NOT NULL,
    friendly_filename TEXT NOT NULL,
    date TEXT NOT NULL,
    hidden INTEGER NOT NULL,
    protected INTEGER NOT NULL DEFAULT 0,
    timestamp_last_update TEXT NOT NULL,
    size INTEGER NOT NULL,
    plain_text TEXT,
    einvoice TEXT,
    recognized_text TEXT,
    created_by TEXT
);
-- The inbox listing: equality on company and visibility, newest (highest xid) first.
CREATE INDEX files_listing ON files (company_xid, hidden, xid);

CREATE TABLE file_bodies (
    xid INTEGER PRIMARY KEY,
    body BLOB NOT NULL
);

CREATE TABLE file_comments (
    id INTEGER PRIMARY KEY,
    file_xid INTEGER NOT NULL,
    date_time TEXT NOT NULL,
    user_name TEXT NOT NULL,
    real_name TEXT,
    user_initials TEXT,
    comment TEXT NOT NULL
);
CREATE INDEX file_comments_file ON file_comments (file_xid, id);

CREATE TABLE registrations (
    xid INTEGER PRIMARY KEY,
    company_xid INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX registrations_company ON registrations (company_xid, xid);

CREATE TABLE customers (
    xid INTEGER PRIMARY KEY,
    company_xid INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX customers_company ON customers (company_xid, xid);

CREATE TABLE product_types (
    xid INTEGER PRIMARY KEY,
    company_xid INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX product_types_company ON product_types (company_xid, xid);

CREATE TABLE products (
    xid INTEGER PRIMARY KEY,
    company_xid INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX products_company ON products (company_xid, xid);

CREATE TABLE invoices (
    xid INTEGER PRIMARY KEY,
    company_xid INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX invoices_company ON invoices (company_xid, xid);

CREATE TABLE sales (
    xid INTEGER PRIMARY KEY,
    company_xid INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX sales_company ON sales (company_xid, xid);

CREATE TABLE bank_accounts (
    xid INTEGER PRIMARY KEY,
    company_xid INTEGER NOT NULL,
    name TEXT NOT NULL,
    currency TEXT NOT NULL,
    banks_identification TEXT,
    bban TEXT,
    iban TEXT
);
CREATE INDEX bank_accounts_company ON bank_accounts (company_xid, xid);

CREATE TABLE bank_postings (
    xid INTEGER PRIMARY KEY,
    bank_account_xid INTEGER NOT NULL,
    bank_date TEXT NOT NULL,
    bank_text TEXT NOT NULL,
    bank_amount TEXT NOT NULL,
    extra_bank_text TEXT,
    user_note TEXT,
    external_ref TEXT
);
CREATE INDEX bank_postings_account ON bank_postings (bank_account_xid, bank_date, xid);

CREATE TABLE bank_balances (
    id INTEGER PRIMARY KEY,
    bank_account_xid INTEGER NOT NULL,
    balance_type TEXT NOT NULL,
    balance_amount TEXT NOT NULL,
    currency TEXT NOT NULL,
    timestamp TEXT NOT NULL
);
"""
