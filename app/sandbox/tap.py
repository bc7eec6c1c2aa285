"""A tap on the sandbox's responses: lets tests check every answer against the spec."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["Exchange", "ResponseObserver", "ResponseTap"]


@dataclass(frozen=True)
class Exchange:
    method: str
    path: str
    query: str
    request_headers: dict[str, str]
    status: int
    response_headers: dict[str, str]
    body: bytes


ResponseObserver = Callable[[Exchange], None]


class ResponseTap:
    """Passes everything through and hands each finished response to ``observer``."""

    def __init__(self, app: ASGIApp, observer: ResponseObserver) -> None:
        self.app = app
        self.observer = observer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 0
        headers: dict[str, str] = {}
        chunks: list[bytes] = []

        async def tapped(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers.update(
                    (k.decode("latin-1").lower(), v.decode("latin-1"))
                    for k, v in message.get("headers", [])
                )
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    self.observer(
                        Exchange(
                            method=scope["method"],
                            path=scope["path"],
                            query=scope.get("query_string", b"").decode("latin-1"),
                            request_headers={
                                k.decode("latin-1").lower(): v.decode("latin-1")
                                for k, v in scope.get("headers", [])
                            },
                            status=status,
                            response_headers=headers,
                            body=b"".join(chunks),
                        )
                    )
            await send(message)

        await self.app(scope, receive, tapped)
