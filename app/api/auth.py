"""The session: who is signed in, their tokens, and refreshing them. One place.

- The access token is refreshed shortly before ``tokenExpires`` (a tenth of its lifetime,
  at most a minute), and refreshing is single-flight: however many calls find the token
  due at once, one /refreshToken is made and all of them wait for it.
- An unexpected 401 refreshes once and retries once (see ``ApiClient``).
- Only when the refresh token itself is rejected does ``SessionExpired`` reach the caller,
  and the stored tokens are forgotten.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from app.api import errors
from app.api.tokens import TokenSet, TokenStore, utc_now

log = logging.getLogger(__name__)

__all__ = ["Refresher", "Session"]

# Exchanges a token set for a new one; raises errors.Unauthorized when it is refused.
Refresher = Callable[[TokenSet], Awaitable[TokenSet]]


class Session:
    """Token state for one server. Coroutines only; use from one event loop."""

    def __init__(
        self,
        store: TokenStore,
        server: str,
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._store = store
        self._server = server
        self._clock = clock
        self._tokens: TokenSet | None = None
        self._refreshing: asyncio.Task[TokenSet] | None = None
        self._refresher: Refresher | None = None
        self._remember = False
        self.expired_listeners: list[Callable[[], None]] = []

    # --- state ---------------------------------------------------------------------

    @property
    def tokens(self) -> TokenSet | None:
        return self._tokens

    @property
    def user_name(self) -> str | None:
        return self._tokens.user_name if self._tokens else None

    @property
    def signed_in(self) -> bool:
        return self._tokens is not None

    @property
    def stays_signed_in(self) -> bool:
        """Whether the token store keeps tokens across restarts."""
        return self._store.persistent

    def now(self) -> datetime:
        return self._clock()

    def bind(self, refresher: Refresher) -> None:
        self._refresher = refresher

    async def restore(self) -> TokenSet | None:
        """Load a stored session (the caller then checks it with a call, e.g. GET /user)."""
        tokens = await asyncio.to_thread(self._store.load, self._server)
        if tokens is not None:
            self._tokens = tokens
            self._remember = True
        return tokens

    async def establish(self, tokens: TokenSet, *, remember: bool) -> None:
        self._tokens = tokens
        self._remember = remember
        if remember:
            await asyncio.to_thread(self._store.save, self._server, tokens)
        else:
            await asyncio.to_thread(self._store.clear, self._server)

    async def forget(self) -> None:
        self._tokens = None
        await asyncio.to_thread(self._store.clear, self._server)

    # --- tokens for requests ---------------------------------------------------------

    async def valid_tokens(self) -> TokenSet:
        """Tokens good for a request now, refreshing first when they are due."""
        tokens = self._require()
        if tokens.refresh_due(self._clock()):
            return await self.refresh(tokens)
        return tokens

    async def refresh(self, stale: TokenSet) -> TokenSet:
        """Replace ``stale`` with fresh tokens; concurrent callers share one refresh."""
        current = self._require()
        if current is not stale:  # someone refreshed after the caller read the tokens
            return current
        if self._refreshing is None:
            self._refreshing = asyncio.get_running_loop().create_task(self._do_refresh(stale))
        task = self._refreshing
        return await asyncio.shield(task)

    async def _do_refresh(self, stale: TokenSet) -> TokenSet:
        if self._refresher is None:
            raise RuntimeError("session has no refresher bound")
        try:
            fresh = await self._refresher(stale)
        except errors.Unauthorized as exc:
            await self._expire()
            raise errors.SessionExpired(
                "Your session has expired. Please sign in again.",
                status=401,
                method=exc.method,
                path=exc.path,
                trace_id=exc.trace_id,
            ) from exc
        finally:
            self._refreshing = None
        self._tokens = fresh
        if self._remember:
            await asyncio.to_thread(self._store.save, self._server, fresh)
        log.info("session refreshed for %s", fresh.user_name)
        return fresh

    async def _expire(self) -> None:
        log.info("session expired; the user must sign in again")
        await self.forget()
        for listener in list(self.expired_listeners):
            listener()

    def _require(self) -> TokenSet:
        if self._tokens is None:
            raise errors.SessionExpired("You are not signed in.", status=401)
        return self._tokens
