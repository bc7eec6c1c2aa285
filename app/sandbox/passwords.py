"""Salted password hashes for the sandbox's users (PBKDF2-SHA256)."""

from __future__ import annotations

import hashlib
import hmac
import secrets

__all__ = ["hash_password", "verify_password"]

# A sandbox, not a bank: enough iterations to be honest, few enough for fast tests.
_ITERATIONS = 10_000


def hash_password(password: str, salt: bytes | None = None) -> tuple[bytes, bytes]:
    """(salt, hash) for ``password``."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac(
        "sha256", password.encode("utf-8", "surrogatepass"), salt, _ITERATIONS
    )
    return salt, digest


def verify_password(password: str, salt: bytes, expected: bytes) -> bool:
    return hmac.compare_digest(hash_password(password, salt)[1], expected)
