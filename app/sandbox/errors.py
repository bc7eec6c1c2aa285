"""The sandbox's one error type: an HTTP status and a clear English message."""

from __future__ import annotations

__all__ = [
    "SandboxError",
    "bad_request",
    "conflict",
    "forbidden",
    "not_found",
    "too_large",
    "unauthorized",
]


class SandboxError(Exception):
    """Answered as ``{"message": ...}`` with ``status``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def bad_request(message: str) -> SandboxError:
    return SandboxError(400, message)


def unauthorized(message: str) -> SandboxError:
    return SandboxError(401, message)


def forbidden(message: str) -> SandboxError:
    return SandboxError(403, message)


def not_found(message: str) -> SandboxError:
    return SandboxError(404, message)


def conflict(message: str) -> SandboxError:
    return SandboxError(409, message)


def too_large(message: str) -> SandboxError:
    return SandboxError(413, message)
