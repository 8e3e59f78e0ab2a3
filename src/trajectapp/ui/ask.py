"""Every modal question the application asks, in one place, so tests can preset answers.

Widgets get an `Ask` passed in. In tests, `ask.preset(answer, ...)` queues the
answers the next questions receive, and nothing modal ever opens.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

Answer = TypeVar("Answer")


class Ask:
    def __init__(self) -> None:
        self._preset: deque[object] = deque()
        self.asked: list[str] = []  # the texts of questions answered from the preset, for tests

    def preset(self, *answers: object) -> None:
        self._preset.extend(answers)

    def answer(self, text: str, run: Callable[[], Answer]) -> Answer:
        """The preset answer if there is one, else what `run()` (which shows the dialog) returns."""
        if self._preset:
            self.asked.append(text)
            # What a test presets stands for what the question would answer; nothing at run time can tell its type.
            return cast(Answer, self._preset.popleft())
        return run()

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.answer(text, lambda: QMessageBox.information(parent, title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.answer(text, lambda: QMessageBox.warning(parent, title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        def run() -> bool:
            answer = QMessageBox.question(
                parent,
                title,
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            return answer == QMessageBox.StandardButton.Yes

        return bool(self.answer(text, run))

    def save_discard_cancel(self, parent: QWidget | None, title: str, text: str) -> str:
        """For unsaved changes: "save", "discard" or "cancel"."""

        def run() -> str:
            answer = QMessageBox.question(
                parent,
                title,
                text,
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(
                answer, "cancel"
            )

        return self.answer(text, run)

    def existing_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        def run() -> Path | None:
            chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
            return Path(chosen) if chosen else None

        return self.answer(title, run)

    def open_file(self, parent: QWidget | None, title: str, start: Path, file_filter: str) -> Path | None:
        def run() -> Path | None:
            chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start), file_filter)
            return Path(chosen) if chosen else None

        return self.answer(title, run)

    def save_file(self, parent: QWidget | None, title: str, start: Path, file_filter: str) -> Path | None:
        def run() -> Path | None:
            chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
            return Path(chosen) if chosen else None

        return self.answer(title, run)

    def printer(self, parent: QWidget | None) -> QPrinter | None:
        """A printer set up by the user, or None if they cancelled."""

        def run() -> QPrinter | None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, parent)
            dialog.setWindowTitle(QCoreApplication.translate("Ask", "Print"))
            return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

        return self.answer("print", run)
