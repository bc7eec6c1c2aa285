"""The status bar (objectName ``statusBar``): company, user, connection, upload progress.

Transient messages use QStatusBar.showMessage on the left; the permanent part on the
right shows the upload progress (while there is any), the open company, who is signed
in and whether the server can be reached.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QStatusBar, QWidget

from app.api.models import CompanyAndAccess
from ui.context import ConnectionState

__all__ = ["StatusBar", "connection_text"]

_DOT_COLOURS = {
    ConnectionState.ONLINE: "#2e7d32",
    ConnectionState.RECONNECTING: "#ef8f00",
    ConnectionState.OFFLINE: "#b3261e",
    ConnectionState.UNKNOWN: "#8a8a8a",
}


def connection_text(state: ConnectionState) -> str:
    texts = {
        ConnectionState.ONLINE: QCoreApplication.translate("StatusBar", "Online"),
        ConnectionState.RECONNECTING: QCoreApplication.translate("StatusBar", "Reconnecting…"),
        ConnectionState.OFFLINE: QCoreApplication.translate("StatusBar", "Offline"),
        ConnectionState.UNKNOWN: QCoreApplication.translate("StatusBar", "Connecting…"),
    }
    return texts[state]


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.setAccessibleName(self.tr("Status bar"))

        self.upload_label = QLabel(self)
        self.upload_label.setObjectName("uploadStatus")
        self.upload_progress = QProgressBar(self)
        self.upload_progress.setObjectName("uploadProgress")
        self.upload_progress.setAccessibleName(self.tr("Upload progress"))
        self.upload_progress.setMaximumWidth(160)
        self.upload_progress.setMaximumHeight(14)
        self.upload_progress.setTextVisible(False)
        self.company_label = QLabel(self)
        self.company_label.setObjectName("companyStatus")
        self.company_label.setAccessibleName(self.tr("Open company"))
        self.user_label = QLabel(self)
        self.user_label.setObjectName("userStatus")
        self.user_label.setAccessibleName(self.tr("Signed in as"))
        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("connectionStatus")
        self.connection_label.setAccessibleName(self.tr("Connection"))
        self.connection_label.setTextFormat(Qt.TextFormat.RichText)

        self.upload_separator = _separator(self)
        self.company_separator = _separator(self)
        self.user_separator = _separator(self)
        for widget in (
            self.upload_label,
            self.upload_progress,
            self.upload_separator,
            self.company_label,
            self.company_separator,
            self.user_label,
            self.user_separator,
            self.connection_label,
        ):
            self.addPermanentWidget(widget)
        for label in (self.company_label, self.user_label, self.connection_label):
            label.setContentsMargins(4, 0, 4, 0)
        self.upload_separator.hide()
        for widget in (self.company_label, self.company_separator):
            widget.hide()
        for widget in (self.user_label, self.user_separator):
            widget.hide()
        self.upload_label.hide()
        self.upload_progress.hide()
        self._state = ConnectionState.UNKNOWN
        self.set_connection(str(ConnectionState.UNKNOWN))

    # --- slots ------------------------------------------------------------------------------

    @Slot(object)
    def set_company(self, company: CompanyAndAccess | None) -> None:
        self.company_label.setVisible(company is not None)
        self.company_separator.setVisible(company is not None)
        if company is None:
            self.company_label.setText("")
            self.company_label.setToolTip("")
            return
        self.company_label.setText(company.name)
        self.company_label.setToolTip(self.tr("Open company: {name}").format(name=company.name))

    @Slot(str, str)
    def set_user(self, display_name: str, user_name: str = "") -> None:
        self.user_label.setText(display_name)
        self.user_label.setVisible(bool(display_name))
        self.user_separator.setVisible(bool(display_name))
        tip = self.tr("Signed in as {name}").format(name=display_name)
        if user_name and user_name != display_name:
            tip += f" ({user_name})"
        self.user_label.setToolTip(tip)

    @Slot(str)
    def set_connection(self, state: str) -> None:
        try:
            self._state = ConnectionState(state)
        except ValueError:
            self._state = ConnectionState.UNKNOWN
        colour = _DOT_COLOURS[self._state]
        text = connection_text(self._state)
        self.connection_label.setText(f'<span style="color:{colour}">●</span> {text}')
        self.connection_label.setToolTip(
            self.tr("Connection to the Multi-Regnskab server: {state}").format(state=text)
        )
        self.connection_label.setAccessibleDescription(text)

    @property
    def connection_state(self) -> ConnectionState:
        return self._state

    @Slot(int, int, str)
    def set_upload_progress(self, done: int, total: int, text: str = "") -> None:
        """Uploads under way: ``done`` of ``total`` (any unit, e.g. bytes or files), with
        a short text ("2 of 5 files"). Hidden when total is 0 or everything is done."""
        if total <= 0 or done >= total:
            self.upload_label.hide()
            self.upload_progress.hide()
            self.upload_separator.hide()
            return
        scale = max(1, total // 1_000_000_000 + 1)  # QProgressBar holds an int32
        self.upload_progress.setRange(0, total // scale)
        self.upload_progress.setValue(done // scale)
        self.upload_label.setText(text or self.tr("Uploading…"))
        self.upload_progress.setAccessibleDescription(text or self.tr("Uploading…"))
        self.upload_label.show()
        self.upload_progress.show()
        self.upload_separator.show()

    @Slot()
    def clear_upload_progress(self) -> None:
        self.set_upload_progress(0, 0)


def _separator(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
