"""The sign-in dialog (objectName ``loginDialog``).

The dialog does not know the API: it is given a ``sign_in(server, user, password,
remember)`` coroutine function and runs it through ``Tasks``, so the GUI thread never
waits. Show it with ``open()`` (never ``exec()`` inside a coroutine); it emits
``signedIn(result)`` and accepts when signing in worked, and shows what went wrong in
the user's language when it did not. The password is never logged nor kept.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.api import errors
from app.tasks import Tasks
from ui.error_messages import explain_error

log = logging.getLogger(__name__)

__all__ = ["LoginDialog", "SignIn"]

# (server, user name, password, stay signed in) -> whatever the caller wants back
SignIn = Callable[[str, str, str, bool], Awaitable[Any]]


class LoginDialog(QDialog):
    """Sign in, or sign in again when the session has expired (``reauth``)."""

    signedIn = Signal(object)  # what sign_in returned

    def __init__(
        self,
        sign_in: SignIn,
        tasks: Tasks,
        *,
        server: str,
        user_name: str = "",
        stay_signed_in: bool = True,
        can_stay_signed_in: bool = True,
        stay_unavailable_reason: str | None = None,
        reauth: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self._tasks = tasks
        self._reauth = reauth
        self._busy = False
        self._cursor_overridden = False
        self._can_stay_signed_in = can_stay_signed_in
        self.result_value: Any = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to Multi-Regnskab"))
        self.setAccessibleName(self.tr("Sign in to Multi-Regnskab"))
        self.setModal(True)
        self.setMinimumWidth(420)

        # heading
        icon = QLabel(self)
        icon.setPixmap(QGuiApplication.windowIcon().pixmap(48, 48))
        icon.setAccessibleName(self.tr("Multi-Regnskab logo"))
        title = QLabel(self.tr("Multi-Regnskab"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        if reauth:
            intro_text = self.tr(
                "Your session has expired. Enter your password to continue where you left off."
            )
        else:
            intro_text = self.tr("Sign in with your Multi-Regnskab user.")
        self.intro = QLabel(intro_text, self)
        self.intro.setObjectName("loginIntro")
        self.intro.setWordWrap(True)
        heading_text = QVBoxLayout()
        heading_text.addWidget(title)
        heading_text.addWidget(self.intro)
        heading = QHBoxLayout()
        heading.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        heading.addLayout(heading_text, 1)

        # fields
        self.user_edit = QLineEdit(user_name, self)
        self.user_edit.setObjectName("userNameEdit")
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.user_edit.setPlaceholderText(self.tr("name@example.dk"))
        self.user_edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        if reauth:
            self.user_edit.setReadOnly(True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
        self.stay_check = QCheckBox(self.tr("Stay signed in"), self)
        self.stay_check.setObjectName("staySignedInCheck")
        self.stay_check.setAccessibleName(self.tr("Stay signed in"))
        if can_stay_signed_in:
            self.stay_check.setChecked(stay_signed_in)
            self.stay_check.setToolTip(
                self.tr(
                    "Keep you signed in on this computer (in the system's secure keyring) "
                    "so the program opens without asking for your password."
                )
            )
        else:
            self.stay_check.setChecked(False)
            self.stay_check.setEnabled(False)
            why = self.tr(
                "Not available: this computer has no secure keyring to keep your sign-in in, "
                "so you will be asked for your password each time the program starts."
            )
            if stay_unavailable_reason:
                why += f" ({stay_unavailable_reason})"
            self.stay_check.setToolTip(why)
            self.stay_check.setAccessibleDescription(why)
        if reauth:
            self.stay_check.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        user_label = QLabel(self.tr("&User name:"), self)
        user_label.setBuddy(self.user_edit)
        password_label = QLabel(self.tr("&Password:"), self)
        password_label.setBuddy(self.password_edit)
        form.addRow(user_label, self.user_edit)
        form.addRow(password_label, self.password_edit)
        form.addRow("", self.stay_check)

        # advanced: the server address
        self.advanced_button = QToolButton(self)
        self.advanced_button.setObjectName("advancedButton")
        self.advanced_button.setText(self.tr("Advanced"))
        self.advanced_button.setAccessibleName(self.tr("Show advanced settings"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setAutoRaise(True)
        self.advanced = QWidget(self)
        self.advanced.setObjectName("advancedBox")
        self.server_edit = QLineEdit(server, self.advanced)
        self.server_edit.setObjectName("serverEdit")
        self.server_edit.setAccessibleName(self.tr("Server address"))
        self.server_edit.setToolTip(
            self.tr("The address of the Multi-Regnskab API. Change it only if told to.")
        )
        if reauth:
            self.server_edit.setReadOnly(True)
        server_label = QLabel(self.tr("&Server address:"), self.advanced)
        server_label.setBuddy(self.server_edit)
        advanced_form = QFormLayout(self.advanced)
        advanced_form.setContentsMargins(0, 0, 0, 0)
        advanced_form.addRow(server_label, self.server_edit)
        self.advanced.setVisible(False)
        self.advanced_button.toggled.connect(self._show_advanced)

        # feedback
        self.error_label = QLabel(self)
        self.error_label.setObjectName("loginError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("QLabel#loginError { color: #b3261e; }")
        self.error_label.setAccessibleName(self.tr("Sign-in error"))
        self.error_label.hide()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("loginBusy")
        self.busy_bar.setRange(0, 0)  # indeterminate
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.setAccessibleName(self.tr("Signing in"))
        self.busy_bar.hide()

        # buttons
        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = QPushButton(self.tr("Sign in"), self)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.cancel_button = QPushButton(
            self.tr("Quit") if not reauth and parent is None else self.tr("Cancel"), self
        )
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.advanced_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.user_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.stay_check)
        QWidget.setTabOrder(self.stay_check, self.advanced_button)
        QWidget.setTabOrder(self.advanced_button, self.server_edit)
        QWidget.setTabOrder(self.server_edit, self.sign_in_button)
        QWidget.setTabOrder(self.sign_in_button, self.cancel_button)

        if reauth or user_name:
            self.password_edit.setFocus()
        else:
            self.user_edit.setFocus()

    # --- public --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def reauth(self) -> bool:
        return self._reauth

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def submit(self) -> None:
        """Sign in with what is in the fields (the Sign in button, Enter)."""
        if self._busy:
            return
        user = self.user_edit.text().strip()
        password = self.password_edit.text()
        server = self.server_edit.text().strip()
        if not user:
            self.show_error(self.tr("Enter your user name."))
            self.user_edit.setFocus()
            return
        if not password:
            self.show_error(self.tr("Enter your password."))
            self.password_edit.setFocus()
            return
        if not server:
            self.advanced_button.setChecked(True)
            self.show_error(self.tr("Enter the server address."))
            self.server_edit.setFocus()
            return
        remember = self.stay_check.isEnabled() and self.stay_check.isChecked()
        self._set_busy(True)
        self.show_error("")
        log.info("signing in as %s at %s", user, server)
        self._tasks.preempt(
            f"sign-in-{id(self)}",
            self._sign_in(server, user, password, remember),
            on_done=self._done,
            on_error=self._failed,
        )

    def reject(self) -> None:
        self._tasks.cancel(f"sign-in-{id(self)}")
        self._set_busy(False)
        super().reject()

    # --- internals -------------------------------------------------------------------------

    def _show_advanced(self, on: bool) -> None:
        self.advanced.setVisible(on)
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.advanced_button.setAccessibleName(
            self.tr("Hide advanced settings") if on else self.tr("Show advanced settings")
        )
        self.adjustSize()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (self.user_edit, self.password_edit, self.server_edit):
            widget.setEnabled(not busy)
        self.stay_check.setEnabled(not busy and self._can_stay_signed_in)
        self.sign_in_button.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))
        if busy and not self._cursor_overridden:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor_overridden = True
        elif not busy and self._cursor_overridden:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_overridden = False

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.result_value = result
        self.signedIn.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, errors.ApiError | ValueError):
            log.error("signing in failed unexpectedly", exc_info=exc)
        else:
            log.info("signing in failed: %s", type(exc).__name__)
        self.show_error(explain_error(exc))
        if isinstance(exc, ValueError):
            self.advanced_button.setChecked(True)
            self.server_edit.setFocus()
            self.server_edit.selectAll()
        elif isinstance(exc, errors.LoginFailed):
            self.password_edit.setFocus()
            self.password_edit.selectAll()
