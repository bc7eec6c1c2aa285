"""One exception per failure class, so callers (and users) get the right message.

    ApiError
    ├── TransportError            nothing usable came back
    │   ├── ApiConnectionError    could not connect, or the connection broke
    │   └── ApiTimeout
    ├── ProtocolError             an answer that is not JSON or not what the spec says
    └── HttpStatusError           the server answered with an error status
        ├── InvalidRequest        400 / 422, with the server's message
        ├── Unauthorized          401
        │   ├── LoginFailed       401 from /login: wrong user name or password
        │   └── SessionExpired    the refresh token was rejected: sign in again
        ├── Forbidden             403
        ├── NotFound              404
        ├── Conflict              409
        ├── PayloadTooLarge       413
        ├── RateLimited           429 (retry_after in seconds when the server said)
        └── ServerError           5xx

``TransportError.request_sent`` tells whether the request may have reached the server:
False means it certainly did not (safe to send again), True means its outcome is unknown.
"""

from __future__ import annotations

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeout",
    "Conflict",
    "Forbidden",
    "HttpStatusError",
    "InvalidRequest",
    "LoginFailed",
    "NotFound",
    "PayloadTooLarge",
    "ProtocolError",
    "RateLimited",
    "ServerError",
    "SessionExpired",
    "TransportError",
    "Unauthorized",
    "error_for_status",
]


class ApiError(Exception):
    """Any failure of a call to the Public Client API."""

    def __init__(
        self,
        message: str,
        *,
        method: str = "",
        path: str = "",
        trace_id: str = "",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path
        self.trace_id = trace_id

    def __str__(self) -> str:
        where = f" ({self.method} {self.path})" if self.method else ""
        return f"{self.message}{where}"


class TransportError(ApiError):
    def __init__(self, message: str, *, request_sent: bool, **kw: str) -> None:
        super().__init__(message, **kw)
        self.request_sent = request_sent


class ApiConnectionError(TransportError):
    pass


class ApiTimeout(TransportError):
    pass


class ProtocolError(ApiError):
    """The server answered, but not with what the spec promises."""


class HttpStatusError(ApiError):
    status: int = 0

    def __init__(self, message: str, *, status: int, **kw: str) -> None:
        super().__init__(message, **kw)
        self.status = status


class InvalidRequest(HttpStatusError):
    """400 or 422: ``message`` is the server's own explanation when it gave one."""


class Unauthorized(HttpStatusError):
    pass


class LoginFailed(Unauthorized):
    pass


class SessionExpired(Unauthorized):
    pass


class Forbidden(HttpStatusError):
    pass


class NotFound(HttpStatusError):
    pass


class Conflict(HttpStatusError):
    pass


class PayloadTooLarge(HttpStatusError):
    pass


class RateLimited(HttpStatusError):
    def __init__(self, message: str, *, status: int, retry_after: float | None, **kw: str) -> None:
        super().__init__(message, status=status, **kw)
        self.retry_after = retry_after


class ServerError(HttpStatusError):
    pass


_BY_STATUS: dict[int, type[HttpStatusError]] = {
    400: InvalidRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    413: PayloadTooLarge,
    422: InvalidRequest,
}


def error_for_status(
    status: int,
    message: str,
    *,
    retry_after: float | None = None,
    method: str = "",
    path: str = "",
    trace_id: str = "",
) -> HttpStatusError:
    """The exception for an error status (4xx/5xx)."""
    kw = {"method": method, "path": path, "trace_id": trace_id}
    if status == 429:
        return RateLimited(message, status=status, retry_after=retry_after, **kw)
    if status >= 500:
        return ServerError(message, status=status, **kw)
    cls = _BY_STATUS.get(status, InvalidRequest if 400 <= status < 500 else HttpStatusError)
    return cls(message, status=status, **kw)
