"""Where a session's tokens live: the OS keyring, or memory. Never a plain file.

The password is never stored anywhere; only the access token, the refresh token and
when the access token expires.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any, Protocol

import msgspec

from app.api.models import TokenResponse
from app.api.wire import parse_timestamp

log = logging.getLogger(__name__)

__all__ = ["KeyringTokenStore", "MemoryTokenStore", "TokenSet", "TokenStore"]


class TokenSet(msgspec.Struct, frozen=True):
    user_name: str
    access_token: str
    refresh_token: str
    expires_at: datetime  # aware
    obtained_at: datetime  # aware, by the local clock

    @classmethod
    def from_response(cls, user_name: str, resp: TokenResponse, now: datetime) -> TokenSet:
        return cls(
            user_name=user_name,
            access_token=resp.token,
            refresh_token=resp.refresh_token,
            expires_at=parse_timestamp(resp.token_expires),
            obtained_at=now,
        )

    def refresh_due(self, now: datetime, max_margin: float = 60.0) -> bool:
        """True shortly before expiry: a tenth of the lifetime, at most ``max_margin`` s."""
        lifetime = (self.expires_at - self.obtained_at).total_seconds()
        margin = min(max_margin, max(lifetime, 0.0) * 0.1)
        return (self.expires_at - now).total_seconds() <= margin

    def __repr__(self) -> str:
        return f"TokenSet(user_name={self.user_name!r}, expires_at={self.expires_at}, tokens=***)"

    def to_json(self) -> str:
        return json.dumps(
            {
                "userName": self.user_name,
                "token": self.access_token,
                "refreshToken": self.refresh_token,
                "expiresAt": self.expires_at.isoformat(),
                "obtainedAt": self.obtained_at.isoformat(),
            }
        )

    @classmethod
    def from_json(cls, text: str) -> TokenSet:
        data: dict[str, Any] = json.loads(text)
        return cls(
            user_name=str(data["userName"]),
            access_token=str(data["token"]),
            refresh_token=str(data["refreshToken"]),
            expires_at=datetime.fromisoformat(data["expiresAt"]),
            obtained_at=datetime.fromisoformat(data["obtainedAt"]),
        )


class TokenStore(Protocol):
    """Keeps one token set per server (base URL)."""

    @property
    def persistent(self) -> bool:
        """Whether tokens survive a restart of the program ("stay signed in")."""

    def load(self, server: str) -> TokenSet | None: ...

    def save(self, server: str, tokens: TokenSet) -> None: ...

    def clear(self, server: str) -> None: ...


class MemoryTokenStore:
    """Tokens for this run only."""

    def __init__(self) -> None:
        self._sets: dict[str, TokenSet] = {}

    @property
    def persistent(self) -> bool:
        return False

    def load(self, server: str) -> TokenSet | None:
        return self._sets.get(server)

    def save(self, server: str, tokens: TokenSet) -> None:
        self._sets[server] = tokens

    def clear(self, server: str) -> None:
        self._sets.pop(server, None)


class KeyringTokenStore:
    """Tokens in the OS keyring (Windows Credential Locker, macOS Keychain, Secret Service).

    When the OS has no keyring backend (a headless Linux machine), tokens are kept in
    memory for this run and ``persistent`` is False with ``unavailable_reason`` saying why;
    there is deliberately no plaintext fallback.
    """

    SERVICE = "Multi-Regnskab Desktop"

    def __init__(self, service: str = SERVICE, backend: Any = None) -> None:
        """``backend``: a keyring backend object; default the OS's, as keyring chooses it."""
        self._service = service
        self._memory = MemoryTokenStore()
        self.unavailable_reason: str | None = None
        self._keyring: Any = backend
        self._probe()

    def _probe(self) -> None:
        try:
            if self._keyring is None:
                import keyring  # slow to import: only when a store is made

                self._keyring = keyring.get_keyring()
            backend = self._keyring
            priority = getattr(backend, "priority", 1)
            name = type(backend).__module__ + "." + type(backend).__name__
            if priority <= 0 or name.startswith(("keyring.backends.fail", "keyrings.alt")):
                self.unavailable_reason = f"no secure keyring backend ({name})"
        except Exception as exc:
            self.unavailable_reason = f"keyring failed: {type(exc).__name__}"
        if self.unavailable_reason:
            log.warning("tokens kept in memory only: %s", self.unavailable_reason)

    @property
    def persistent(self) -> bool:
        return self.unavailable_reason is None

    def _fail(self, exc: Exception) -> None:
        self.unavailable_reason = f"keyring failed: {type(exc).__name__}"
        log.warning("tokens kept in memory only: %s", self.unavailable_reason)

    def load(self, server: str) -> TokenSet | None:
        if not self.persistent:
            return self._memory.load(server)
        try:
            text = self._keyring.get_password(self._service, server)
        except Exception as exc:
            self._fail(exc)
            return self._memory.load(server)
        if not text:
            return None
        try:
            return TokenSet.from_json(text)
        except (ValueError, KeyError, TypeError):
            log.warning("ignoring an unreadable token entry in the keyring")
            return None

    def save(self, server: str, tokens: TokenSet) -> None:
        self._memory.save(server, tokens)
        if not self.persistent:
            return
        try:
            self._keyring.set_password(self._service, server, tokens.to_json())
        except Exception as exc:
            self._fail(exc)

    def clear(self, server: str) -> None:
        self._memory.clear(server)
        if not self.persistent:
            return
        try:
            self._keyring.delete_password(self._service, server)
        except Exception as exc:
            if type(exc).__name__ != "PasswordDeleteError":
                self._fail(exc)


def utc_now() -> datetime:
    return datetime.now(UTC)
