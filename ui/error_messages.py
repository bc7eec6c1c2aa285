"""What went wrong, in words a bookkeeper understands (translated, context "Errors")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.api import errors

__all__ = ["explain_error"]


def explain_error(exc: BaseException) -> str:
    """What went wrong, in words a bookkeeper understands (translated)."""
    if isinstance(exc, errors.LoginFailed):
        return QCoreApplication.translate("Errors", "Wrong user name or password.")
    if isinstance(exc, errors.SessionExpired):
        return QCoreApplication.translate(
            "Errors", "Your session has expired. Please sign in again."
        )
    if isinstance(exc, errors.ApiTimeout):
        return QCoreApplication.translate(
            "Errors",
            "The server did not answer in time. Check your internet connection and try again.",
        )
    if isinstance(exc, errors.ApiConnectionError):
        return QCoreApplication.translate(
            "Errors",
            "Could not reach the server. Check your internet connection and the server address.",
        )
    if isinstance(exc, errors.RateLimited):
        return QCoreApplication.translate(
            "Errors", "Too many attempts. Wait a moment and try again."
        )
    if isinstance(exc, errors.ServerError):
        return QCoreApplication.translate(
            "Errors", "The server has a problem right now (error {status}). Try again later."
        ).format(status=exc.status)
    if isinstance(exc, errors.ProtocolError):
        return QCoreApplication.translate(
            "Errors", "The server answered with something unexpected. Is the server address right?"
        )
    if isinstance(exc, errors.Forbidden):
        return QCoreApplication.translate(
            "Errors", "You do not have permission to do this in this company."
        )
    if isinstance(exc, errors.NotFound):
        return QCoreApplication.translate(
            "Errors", "It was not found on the server. It may have been deleted."
        )
    if isinstance(exc, errors.Conflict):
        return QCoreApplication.translate(
            "Errors", "The server refused because of the current state: {message}"
        ).format(message=exc.message)
    if isinstance(exc, errors.PayloadTooLarge):
        return QCoreApplication.translate("Errors", "The file is too large for the server.")
    if isinstance(exc, errors.InvalidRequest):
        return QCoreApplication.translate(
            "Errors", "The server refused the request: {message}"
        ).format(message=exc.message)
    if isinstance(exc, errors.HttpStatusError):
        return QCoreApplication.translate(
            "Errors", "The server refused the request (error {status})."
        ).format(status=exc.status)
    if isinstance(exc, ValueError):
        return QCoreApplication.translate(
            "Errors",
            "The server address is not valid. It must start with https:// "
            "(plain http:// only for this computer).",
        )
    return QCoreApplication.translate("Errors", "Something went wrong: {error}").format(
        error=type(exc).__name__
    )
