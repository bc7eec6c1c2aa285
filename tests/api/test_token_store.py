"""Token stores: the OS keyring when there is one, memory when not, never a plain file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors

from app.api.tokens import KeyringTokenStore, MemoryTokenStore, TokenSet

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
TOKENS = TokenSet("demo@example.dk", "access-abc", "refresh-xyz", NOW + timedelta(minutes=15), NOW)


class DictKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend class kept in a dict (stands in for the OS's store)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError("absent")
        del self.entries[(service, username)]


def _files_below(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def test_keyring_store_round_trips_through_the_backend(tmp_path: Path, monkeypatch: Any) -> None:
    backend = DictKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    store = KeyringTokenStore()
    assert store.persistent
    store.save("https://srv/v1", TOKENS)
    assert len(backend.entries) == 1
    stored_text = next(iter(backend.entries.values()))
    assert "demo1234" not in stored_text  # only tokens, never a password
    fresh = KeyringTokenStore()  # a new run of the program
    assert fresh.load("https://srv/v1") == TOKENS
    fresh.clear("https://srv/v1")
    assert fresh.load("https://srv/v1") is None
    fresh.clear("https://srv/v1")  # clearing twice is fine


def test_without_a_keyring_backend_tokens_stay_in_memory_only(
    tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: keyring.backends.fail.Keyring())
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    before = _files_below(tmp_path)
    store = KeyringTokenStore()
    assert not store.persistent
    assert store.unavailable_reason
    store.save("https://srv/v1", TOKENS)
    assert store.load("https://srv/v1") == TOKENS  # usable for this run
    assert _files_below(tmp_path) == before  # and nothing written to disk
    assert KeyringTokenStore().load("https://srv/v1") is None  # gone after a restart


def test_a_backend_that_raises_no_keyring_error_falls_back_to_memory(monkeypatch: Any) -> None:
    class Broken(DictKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.NoKeyringError("no backend")

    monkeypatch.setattr(keyring, "get_keyring", lambda: Broken())
    store = KeyringTokenStore()
    store.save("s", TOKENS)
    assert not store.persistent and "NoKeyringError" in (store.unavailable_reason or "")
    assert store.load("s") == TOKENS


def test_the_machines_own_keyring_is_either_usable_or_reported() -> None:
    store = KeyringTokenStore(service="MultiRegnskab Desktop test")
    if store.persistent:
        store.save("probe", TOKENS)
        assert store.load("probe") == TOKENS
        store.clear("probe")
    else:
        assert store.unavailable_reason


def test_memory_store() -> None:
    store = MemoryTokenStore()
    assert not store.persistent
    store.save("a", TOKENS)
    assert store.load("a") == TOKENS and store.load("b") is None
    store.clear("a")
    assert store.load("a") is None


def test_token_set_is_due_for_refresh_a_little_before_expiry() -> None:
    assert not TOKENS.refresh_due(NOW)
    assert not TOKENS.refresh_due(NOW + timedelta(minutes=13, seconds=59))
    assert TOKENS.refresh_due(NOW + timedelta(minutes=14, seconds=1))
    short = TokenSet("u", "a", "r", NOW + timedelta(seconds=2), NOW)
    assert not short.refresh_due(NOW + timedelta(seconds=1))
    assert short.refresh_due(NOW + timedelta(seconds=1.9))
