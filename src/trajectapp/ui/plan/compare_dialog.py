"""Two plan versions side by side in words: what was added, removed or changed, and how the answers moved."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.dates import short_date
from trajectapp.domain.plan import PlanVersion
from trajectapp.ui.ask import Ask


class CompareDialog(QDialog):
    """`describe(older, newer)` gives the comparison as rich text; the two newest versions are compared first."""

    def __init__(
        self,
        versions: Sequence[PlanVersion],
        describe: Callable[[PlanVersion, PlanVersion], str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare plan versions"))
        self._versions = {version.id: version for version in versions}
        self._describe = describe
        self.older, self.newer = QComboBox(self), QComboBox(self)
        for combo in (self.older, self.newer):
            for number, version in enumerate(versions, start=1):
                combo.addItem(
                    self.tr("Version %1, made on %2")
                    .replace("%1", str(number))
                    .replace("%2", short_date(version.made_on)),
                    version.id,
                )
        self.older.setCurrentIndex(max(len(versions) - 2, 0))
        self.newer.setCurrentIndex(len(versions) - 1)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        choose = QFormLayout()
        choose.addRow(self.tr("From:"), self.older)
        choose.addRow(self.tr("To:"), self.newer)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.older.currentIndexChanged.connect(lambda _index: self.show_comparison())
        self.newer.currentIndexChanged.connect(lambda _index: self.show_comparison())
        self.resize(720, 620)
        self.show_comparison()

    def choose(self, older_id: int, newer_id: int) -> None:
        self.older.setCurrentIndex(self.older.findData(older_id))
        self.newer.setCurrentIndex(self.newer.findData(newer_id))

    def show_comparison(self) -> None:
        older, newer = self._versions[self.older.currentData()], self._versions[self.newer.currentData()]
        if older.id == newer.id:
            self.text.setPlainText(self.tr("Choose two different versions."))
            return
        self.text.setHtml(self._describe(older, newer))

    @classmethod
    def compare(
        cls,
        parent: QWidget | None,
        ask: Ask,
        versions: Sequence[PlanVersion],
        describe: Callable[[PlanVersion, PlanVersion], str],
    ) -> None:
        def run() -> None:
            dialog = cls(versions, describe, parent)
            dialog.exec()
            dialog.deleteLater()

        ask.answer("compare", run)
