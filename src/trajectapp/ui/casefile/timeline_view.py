"""The traject as one timeline, read top to bottom: phases, transfers, participation and consent.

Every text comes from the user, so all of it is escaped: the browser shows HTML we wrote, never theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from trajectapp.domain.dates import short_date
from trajectapp.domain.record_ids import linked
from trajectapp.domain.traject import (
    Consent,
    ConsentPurpose,
    ParticipationDecision,
    Phase,
    PhaseChange,
    TimelineEntry,
    TimelineKind,
    Transfer,
)
from trajectapp.ui.labels import captioned, label


@dataclass(frozen=True)
class TimelineLine:
    """One entry as the view words it: what happened, and the details in the words they were typed."""

    on: str
    what: str
    details: list[tuple[str, str]]  # (caption, text); the caption may be empty
    own_words: bool = False  # the details are the person's own words


def _block(text: str) -> str:
    return escape(text).replace("\n", "<br>")


class TimelineView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self._lines: list[TimelineLine] = []
        self.show_entries([], {})

    def show_entries(self, entries: list[TimelineEntry], service_names: dict[int, str]) -> None:
        """Show `entries` (oldest first, as services.case_file.timeline gives them)."""
        self._lines = [self._line(entry, service_names) for entry in entries]
        self.setHtml(self._html())

    def lines(self) -> list[TimelineLine]:
        return list(self._lines)

    # -- wording ---------------------------------------------------------------------------------------

    def _consent_subject(self, consent: Consent, service_names: dict[int, str]) -> str:
        if consent.purpose is ConsentPurpose.SHARE_WITH_SERVICE:
            name = linked(service_names, consent.partner_service_id)
            return self.tr("Consent for sharing with %1").replace(
                "%1", self.tr("a partner service") if name is None else name
            )
        return self.tr("Consent to anonymised statistics")

    def _line(self, entry: TimelineEntry, service_names: dict[int, str]) -> TimelineLine:
        record, on = entry.record, short_date(entry.on)
        if entry.kind is TimelineKind.PHASE:
            assert isinstance(record, PhaseChange)
            if record.phase is Phase.CLOSED:
                details = [(self.tr("Reason"), record.closing_reason), ("", record.note)]
                return TimelineLine(on, self.tr("Traject closed"), details)
            return TimelineLine(
                on, self.tr("Phase reached: %1").replace("%1", label(record.phase)), [("", record.note)]
            )
        if entry.kind is TimelineKind.TRANSFER:
            assert isinstance(record, Transfer)
            if record.from_prison:
                what = (
                    self.tr("Transfer from %1 to %2").replace("%1", record.from_prison).replace("%2", record.to_prison)
                )
            else:
                what = self.tr("Transfer to %1").replace("%1", record.to_prison)
            return TimelineLine(on, what, [("", record.note)])
        if entry.kind is TimelineKind.PARTICIPATION:
            assert isinstance(record, ParticipationDecision)
            what = self.tr("Participation: %1").replace("%1", label(record.status))
            return TimelineLine(on, what, [(self.tr("In their own words"), record.reasons)], own_words=True)
        assert isinstance(record, Consent)
        subject = self._consent_subject(record, service_names)
        if entry.kind is TimelineKind.CONSENT_REVOKED:
            return TimelineLine(on, self.tr("%1 revoked").replace("%1", subject), [])
        what = self.tr("%1: %2").replace("%1", subject).replace("%2", label(record.decision))
        details = [(self.tr("May be shared"), record.allowed), (self.tr("May not be shared"), record.not_allowed)]
        return TimelineLine(on, what, details)

    # -- drawing -----------------------------------------------------------------------------------------

    def _html(self) -> str:
        if not self._lines:
            nothing = escape(self.tr("Nothing recorded yet. Record the first contact with “Change phase…”."))
            return f"<p><i>{nothing}</i></p>"
        rows = []
        for line in self._lines:
            parts = [f"<b>{escape(line.what)}</b>"]
            for caption, text in line.details:
                if not text.strip():
                    continue
                body = f"“{_block(text)}”" if line.own_words else _block(text)
                body = f"<i>{body}</i>" if line.own_words else body
                parts.append(captioned(escape(caption), body) if caption else body)
            rows.append(
                '<tr><td width="96" style="padding: 4px 14px 8px 0; white-space: nowrap; color: #555;">'
                f"{escape(line.on)}</td>"
                f'<td style="padding: 4px 0 8px 0;">{"<br>".join(parts)}</td></tr>'
            )
        return '<table cellspacing="0" width="100%">' + "".join(rows) + "</table>"
