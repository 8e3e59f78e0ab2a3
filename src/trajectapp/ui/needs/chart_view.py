"""The Needs tab's chart: the chosen assessment on the star chart, against an earlier one of the user's choice
and, if asked, the person's own scores."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trajectapp.domain.dates import short_date
from trajectapp.domain.needs import Assessment
from trajectapp.domain.needs_chart import ShownSeries, radar_input
from trajectapp.domain.record_ids import stored_id
from trajectapp.services.needs import chart_series
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.charts.radar_widget import RadarChartWidget


class NeedsChart(QWidget):
    def __init__(self, vault: OpenVault, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self._case_id = vault, case_id
        self._assessments: list[Assessment] = []
        self._chosen: Assessment | None = None
        self._hide_special = False
        # The comparison the user chose, in a 1-tuple so that choosing "Nothing" (None) differs from not having
        # chosen (None), which compares with the first.
        self._wanted: tuple[int | None] | None = None
        self.compare = QComboBox(self)
        self.compare.setMinimumContentsLength(18)
        self.person_scores = QCheckBox(self.tr("Add the person's own scores"), self)
        self.person_scores.setToolTip(self.tr("The scores the person gave, for the chosen assessment."))
        self.radar = RadarChartWidget(self)
        self.hidden_note = QLabel(self.tr("Special-category domains are left out while presentation mode is on."), self)
        self.hidden_note.setStyleSheet("QLabel { color: #555; }")
        self.hidden_note.hide()
        controls = QHBoxLayout()
        caption = QLabel(self.tr("Compare with:"), self)
        caption.setBuddy(self.compare)
        controls.addWidget(caption)
        controls.addWidget(self.compare)
        controls.addSpacing(16)
        controls.addWidget(self.person_scores)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.radar, 1)
        layout.addWidget(self.hidden_note)
        self.compare.currentIndexChanged.connect(lambda _index: self._compare_chosen())
        self.person_scores.toggled.connect(lambda _on: self.redraw())

    def show_assessments(self, assessments: list[Assessment], chosen_id: int | None, hide_special: bool) -> None:
        """Draw the assessment `chosen_id` of `assessments` (oldest first); the comparison offered is any earlier
        one, the first by default, and kept while it is still earlier."""
        self._assessments = assessments
        self._chosen = next((a for a in assessments if a.id == chosen_id), None)
        self._hide_special = hide_special
        self.hidden_note.setVisible(hide_special)
        earlier = assessments[: assessments.index(self._chosen)] if self._chosen else []
        self.compare.blockSignals(True)
        self.compare.clear()
        self.compare.addItem(self.tr("Nothing"), None)
        for assessment in reversed(earlier):
            self.compare.addItem(self._label(assessment), assessment.id)
        index = self.compare.findData(self._wanted[0]) if self._wanted is not None else -1
        self.compare.setCurrentIndex(index if index >= 0 else self.compare.count() - 1)
        self.compare.setEnabled(bool(earlier))
        self.compare.blockSignals(False)
        self.person_scores.setEnabled(self._chosen is not None)
        self.redraw()

    def _compare_chosen(self) -> None:
        self._wanted = (self.compare.currentData(),)
        self.redraw()

    def redraw(self) -> None:
        if self._chosen is None:
            self.radar.set_chart([], [])
            return
        shown = [ShownSeries(stored_id(self._chosen.id), self._label(self._chosen))]
        compare_id = self.compare.currentData()
        if compare_id is not None:
            compared = next(a for a in self._assessments if a.id == compare_id)
            shown.append(ShownSeries(compare_id, self._label(compared)))
        if self.person_scores.isChecked():
            shown.append(
                ShownSeries(
                    stored_id(self._chosen.id),
                    self.tr("%1, the person's own scores").replace("%1", short_date(self._chosen.assessed_on)),
                    person=True,
                )
            )
        data = chart_series(self._vault, self._case_id, sorted({series.assessment_id for series in shown}))
        self.radar.set_chart(
            *radar_input(data, shown, hide_special=self._hide_special, translate=QCoreApplication.translate)
        )

    def _label(self, assessment: Assessment) -> str:
        day = short_date(assessment.assessed_on)
        if len(self._assessments) > 1 and assessment is self._assessments[-1]:
            return self.tr("%1 (latest)").replace("%1", day)
        if len(self._assessments) > 1 and assessment is self._assessments[0]:
            return self.tr("%1 (first)").replace("%1", day)
        return day
