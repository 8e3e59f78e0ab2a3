"""Passphrase entry: a single field with a Show toggle, and a new-passphrase pair with a strength meter; and a
password or passphrase shown once, to be noted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

from trajectapp.domain.passphrase_policy import MIN_LENGTH, Weakness, assess


class PassphraseEdit(QWidget):
    """A password field whose text can be shown on request."""

    returnPressed = Signal()
    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_box = QCheckBox(self.tr("Show"), self)
        self.show_box.toggled.connect(
            lambda shown: self.line.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.show_box)
        self.line.returnPressed.connect(self.returnPressed)
        self.line.textChanged.connect(self.textChanged)
        self.setFocusProxy(self.line)

    def text(self) -> str:
        return self.line.text()

    def clear(self) -> None:
        self.line.clear()


class NewPassphraseFields(QWidget):
    """Passphrase twice, with live feedback; `value()` is None until it is acceptable."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.first = PassphraseEdit(self)
        self.second = PassphraseEdit(self)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.mismatch = QLabel(self)
        self.mismatch.setObjectName("fieldError")
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("New passphrase:"), self.first)
        layout.addRow("", self.meter)
        layout.addRow("", self.advice)
        layout.addRow(self.tr("Repeat it:"), self.second)
        layout.addRow("", self.mismatch)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.setFocusProxy(self.first)
        self._update()

    def _advice(self, weaknesses: list[Weakness]) -> str:
        messages = {
            Weakness.TOO_SHORT: self.tr("Use at least %n characters; a short sentence works well.", "", MIN_LENGTH),
            Weakness.COMMON: self.tr("This is one of the first passphrases anyone would try."),
            Weakness.REPETITIVE: self.tr("Use more different characters."),
            Weakness.PREDICTABLE: self.tr("Too easy to guess. Try a few unrelated words."),
        }
        return " ".join(messages[w] for w in weaknesses)

    def _update(self) -> None:
        text = self.first.text()
        assessment = assess(text)
        self.meter.setValue(assessment.score)
        colours = ["#c0392b", "#c0392b", "#d68910", "#27ae60", "#1e8449"]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colours[assessment.score]}; }}")
        if not text:
            self.advice.setText(self.tr("Choose a passphrase of at least %n characters.", "", MIN_LENGTH))
        elif assessment.acceptable:
            strength = [self.tr("Weak"), self.tr("Weak"), self.tr("Good"), self.tr("Strong"), self.tr("Very strong")]
            self.advice.setText(strength[assessment.score])
        else:
            self.advice.setText(self._advice(assessment.weaknesses))
        self.mismatch.setText(self.errors().get("second", ""))
        self.changed.emit()

    def errors(self) -> dict[str, str]:
        errors = {}
        assessment = assess(self.first.text())
        if not assessment.acceptable:
            errors["first"] = self._advice(assessment.weaknesses)
        if self.second.text() and self.second.text() != self.first.text():
            errors["second"] = self.tr("The two passphrases are not the same.")
        elif not self.second.text():
            errors["second"] = ""  # not typed yet: nothing to say, but not done
        return errors

    def value(self) -> str | None:
        return None if self.errors() else self.first.text()


def shown_secret(text: str, parent: QWidget) -> QLabel:
    """A password or passphrase shown once, large and in a fixed-width face so that each character can be read and
    copied down; selectable, never editable."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setWeight(QFont.Weight.Bold)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
    label.setFont(font)
    label.setStyleSheet("QLabel { background: #f4f6f8; padding: 12px; border-radius: 4px; }")
    return label
