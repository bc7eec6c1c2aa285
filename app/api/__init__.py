"""Client of Multi-Regnskab's Public Client API (no Qt, no files on disk)."""

from app.api.client import PRODUCTION_URL, ApiClient
from app.api.http import RetryPolicy
from app.api.tokens import KeyringTokenStore, MemoryTokenStore, TokenSet, TokenStore

__all__ = [
    "PRODUCTION_URL",
    "ApiClient",
    "KeyringTokenStore",
    "MemoryTokenStore",
    "RetryPolicy",
    "TokenSet",
    "TokenStore",
]
