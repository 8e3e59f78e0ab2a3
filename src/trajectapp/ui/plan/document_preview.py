"""The plan document on screen, as the person will read and sign it, built in memory and printed or saved from
there."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from trajectapp.domain.dates import short_date
from trajectapp.domain.languages import Language
from trajectapp.domain.plan import PlanVersion
from trajectapp.domain.selection import Translate
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.ask import Ask
from trajectapp.ui.documents.preview import DocumentPreview


class PlanDocumentDialog(DocumentPreview):
    """`make_pdf(version id, include special, translate)` builds the document's bytes; it reads the vault, so it
    runs on the GUI thread (a plan is a few pages). The goals about health, religion or offences are left out unless the
    consultant ticks the box, which presentation mode does not offer."""

    def __init__(
        self,
        vault: OpenVault,
        ask: Ask,
        versions: Sequence[PlanVersion],
        chosen_id: int,
        make_pdf: Callable[[int, bool, Translate], bytes],
        *,
        offer_special: bool = True,
        language: Language | None = None,
        parent: QWidget | None = None,
    ):
        def prepare(include_special: bool, translate: Translate) -> Callable[[], bytes]:
            pdf = make_pdf(self.version.currentData(), include_special, translate)
            return lambda: pdf

        super().__init__(
            vault,
            ask,
            prepare,
            title="",
            key="plan",
            case_id=versions[0].case_id,
            presentation_mode=not offer_special,
            in_background=False,
            language=language,
            parent=parent,
        )
        self.setWindowTitle(self.tr("Plan document"))
        self.include_special.setText(self.tr("Include goals about health, religion or offences"))
        self._made_on = {version.id: version.made_on for version in versions}
        self.version = QComboBox(self)
        for number, version in enumerate(versions, start=1):
            self.version.addItem(
                self.tr("Version %1, made on %2").replace("%1", str(number)).replace("%2", short_date(version.made_on)),
                version.id,
            )
        self.version.setCurrentIndex(max(self.version.findData(chosen_id), 0))
        self.choices.insertWidget(0, QLabel(self.tr("Version:"), self))
        self.choices.insertWidget(1, self.version)
        self.choices.insertSpacing(2, 16)
        self.version.currentIndexChanged.connect(lambda _index: self.rebuild())
        self.rebuild()

    def rebuild(self) -> None:
        """Build the document of the chosen version again and show it."""
        self.record_id = self.version.currentData()
        made_on = self._made_on[self.record_id]
        self.file_name = self.tr("plan-%1.pdf").replace("%1", made_on.isoformat())  # ISO: files sort by it
        self.document_title = self.tr("Plan, version of %1").replace("%1", short_date(made_on))
        super().rebuild()

    @classmethod
    def preview(
        cls,
        parent: QWidget | None,
        ask: Ask,
        versions: Sequence[PlanVersion],
        chosen_id: int,
        make_pdf: Callable[[int, bool, Translate], bytes],
        *,
        vault: OpenVault,
        offer_special: bool = True,
        language: Language | None = None,
    ) -> None:
        def run() -> None:
            dialog = cls(
                vault, ask, versions, chosen_id, make_pdf, offer_special=offer_special, language=language, parent=parent
            )
            dialog.exec()
            dialog.deleteLater()

        ask.answer("plan document", run)
