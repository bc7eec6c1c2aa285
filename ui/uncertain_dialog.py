"""Asks what to do with a registration whose fate is unknown (``uncertainRegistrationDialog``).

The connection broke after the registration was sent: Multi-Regnskab may or may not
have it. The user chooses (``decided`` emits one of these):

* ``RESEND``: send it again (it may then be there twice);
* ``KEEP``: look in Multi-Regnskab first; the draft stays, marked uncertain, and the
  question comes back on the next attempt to send it;
* ``DISCARD``: it is there; the draft is done with.

Closing the dialog (Esc) is ``KEEP``: nothing is sent or thrown away.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.booking import Evidence

__all__ = ["DISCARD", "KEEP", "RESEND", "UncertainRegistrationDialog"]

RESEND, KEEP, DISCARD = "resend", "keep", "discard"


class UncertainRegistrationDialog(QDialog):
    """Send again / check first / discard, for a registration that may have arrived."""

    decided = Signal(str)  # RESEND, KEEP or DISCARD

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uncertainRegistrationDialog")
        self.setWindowTitle(self.tr("Did the registration arrive?"))
        self.choice: str | None = None
        what = f"«{description.strip()}»" if description.strip() else self.tr("The registration")
        self.text = QLabel(
            self.tr(
                "{0} was sent, but the connection broke before Multi-Regnskab answered."
                " It may or may not have been created there."
            ).format(what),
            self,
        )
        self.text.setObjectName("uncertainText")
        self.text.setWordWrap(True)
        self.evidence = QLabel(self)
        self.evidence.setObjectName("uncertainEvidence")
        self.evidence.setWordWrap(True)
        self.evidence.setVisible(False)
        self.advice = QLabel(
            self.tr(
                "Look for it among the suggested registrations in Multi-Regnskab if you can."
                " Sending it again creates a second one if the first did arrive."
            ),
            self,
        )
        self.advice.setWordWrap(True)

        self.resend_button = self._button(
            "uncertainResend", self.tr("Send again"),
            self.tr("Send the registration again (it may then be there twice)"), RESEND,
        )  # fmt: skip
        self.keep_button = self._button(
            "uncertainKeep", self.tr("I'll check in Multi-Regnskab first"),
            self.tr("Keep the draft, marked as uncertain; you are asked again next time"),
            KEEP,
        )  # fmt: skip
        self.discard_button = self._button(
            "uncertainDiscard", self.tr("Discard the draft"),
            self.tr("The registration is in Multi-Regnskab: throw the draft away"), DISCARD,
        )  # fmt: skip
        self.keep_button.setDefault(True)  # the safe choice

        buttons = QHBoxLayout()
        buttons.addWidget(self.resend_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.evidence)
        layout.addWidget(self.advice)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.keep_button, self.discard_button)
        QWidget.setTabOrder(self.discard_button, self.resend_button)
        self.rejected.connect(lambda: self._decide(KEEP))
        self.setMinimumWidth(440)

    def _button(self, name: str, text: str, tip: str, choice: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._decide(choice))
        return button

    def set_evidence(self, evidence: Evidence) -> None:
        """What the inbox tells (a file uploaded hidden for it became visible, or not)."""
        if evidence is Evidence.ARRIVED:
            text = self.tr(
                "A file uploaded for this registration is now visible in the inbox: it"
                " most likely arrived."
            )
        elif evidence is Evidence.NOT_ARRIVED:
            text = self.tr(
                "The file uploaded for this registration is still hidden: it most likely"
                " did not arrive."
            )
        else:
            return
        self.evidence.setText(text)
        self.evidence.setVisible(True)

    def _decide(self, choice: str) -> None:
        if self.choice is not None:
            return
        self.choice = choice
        self.decided.emit(choice)
        if self.isVisible():
            self.done(1 if choice != KEEP else 0)
