"""The user menu: who is signed in, the access request code, sign out.

``UserButton`` (objectName ``userMenuButton``) sits in the menu bar's corner and opens the
menu. It only presents and forwards: ``signOutRequested`` and ``accessCodeRequested`` are
handled by the main window. ``AccessCodeDialog`` shows a code with a copy button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.api.models import BaseUserData

__all__ = ["AccessCodeDialog", "UserButton", "display_name"]


def display_name(user: BaseUserData | None, fallback: str = "") -> str:
    if user is None:
        return fallback
    return (user.real_name or "").strip() or (user.user_name or "").strip() or fallback


class UserButton(QToolButton):
    signOutRequested = Signal()
    accessCodeRequested = Signal()
    signInAgainRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userMenuButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAutoRaise(True)
        self.setStyleSheet(
            "QToolButton#userMenuButton { padding: 2px 20px 2px 6px; }"
            "QToolButton#userMenuButton::menu-indicator {"
            " subcontrol-origin: padding; subcontrol-position: center right; right: 4px; }"
        )
        self.setAccessibleName(self.tr("User menu"))
        self.setToolTip(self.tr("Who is signed in, access request code, sign out"))

        self.menu_ = QMenu(self)
        self.menu_.setObjectName("userMenu")
        self.menu_.setAccessibleName(self.tr("User menu"))
        self.name_action = QAction(self.menu_)
        self.name_action.setEnabled(False)
        self.user_name_action = QAction(self.menu_)
        self.user_name_action.setEnabled(False)
        self.admin_action = QAction(self.menu_)
        self.admin_action.setEnabled(False)
        self.sign_in_again_action = QAction(self.tr("Sign in again…"), self.menu_)
        self.sign_in_again_action.setVisible(False)
        self.sign_in_again_action.triggered.connect(self.signInAgainRequested)
        self.access_code_action = QAction(self.tr("Access request code…"), self.menu_)
        self.access_code_action.setObjectName("accessCodeAction")
        self.access_code_action.setToolTip(
            self.tr("The code an administrator needs to give you access to a company")
        )
        self.access_code_action.triggered.connect(self.accessCodeRequested)
        self.sign_out_action = QAction(self.tr("Sign out"), self.menu_)
        self.sign_out_action.setObjectName("signOutAction")
        self.sign_out_action.triggered.connect(self.signOutRequested)
        for action in (self.name_action, self.user_name_action, self.admin_action):
            self.menu_.addAction(action)
        self.menu_.addSeparator()
        self.menu_.addAction(self.sign_in_again_action)
        self.menu_.addAction(self.access_code_action)
        self.menu_.addAction(self.sign_out_action)
        self.setMenu(self.menu_)
        self.user: BaseUserData | None = None
        self.set_user(None)

    def set_user(self, user: BaseUserData | None, fallback_user_name: str = "") -> None:
        self.user = user
        name = display_name(user, fallback_user_name)
        user_name = (user.user_name if user else None) or fallback_user_name
        self.setText(name or self.tr("Not signed in"))
        self.name_action.setText(
            self.tr("Signed in as {name}").format(name=name) if name else self.tr("Not signed in")
        )
        self.user_name_action.setText(self.tr("User name: {user}").format(user=user_name))
        self.user_name_action.setVisible(bool(user_name) and user_name != name)
        admin = (user.administrator_name if user else None) or ""
        role = (user.administrator_role if user else None) or ""
        if admin:
            text = self.tr("Administrator: {admin}").format(admin=admin)
            if role:
                text += f" ({role})"
            self.admin_action.setText(text)
        self.admin_action.setVisible(bool(admin))
        self.setAccessibleDescription(self.name_action.text())

    def set_session_expired(self, expired: bool) -> None:
        self.sign_in_again_action.setVisible(expired)


class AccessCodeDialog(QDialog):
    """Shows the user's access request code, with a copy button."""

    def __init__(self, code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accessCodeDialog")
        self.setWindowTitle(self.tr("Access request code"))
        self.setAccessibleName(self.tr("Access request code"))
        explanation = QLabel(
            self.tr(
                "Give this code to the administrator of the company you want access to. "
                "They enter it in Multi-Regnskab to grant you access."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("accessCodeEdit")
        self.code_edit.setReadOnly(True)
        self.code_edit.setAccessibleName(self.tr("Access request code"))
        self.code_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.code_edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setFamilies(["monospace"])
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.code_edit.setFont(font)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copyAccessCodeButton")
        self.copy_button.setAccessibleName(self.tr("Copy the code"))
        self.copy_button.clicked.connect(self.copy)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(1500)
        self._copied_timer.timeout.connect(self._copy_done)
        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.copy_button)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("accessCodeError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        self.set_code(code)

    def set_code(self, code: str) -> None:
        self.error_label.hide()
        self.code_edit.setText(code or self.tr("Fetching…"))
        self.copy_button.setEnabled(bool(code))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code_edit.text())
        self.copy_button.setText(self.tr("Copied"))
        self._copied_timer.start()

    def _copy_done(self) -> None:
        self.copy_button.setText(self.tr("Copy"))

    def set_error(self, message: str) -> None:
        self.code_edit.setText("")
        self.copy_button.setEnabled(False)
        self.error_label.setText(message)
        self.error_label.show()
