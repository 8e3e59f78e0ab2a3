"""The case history's summaries in words. The audit trail keeps field names, stored values, counts, a life domain's
id and a document's key, never content; this words each of them in the language of the person reading."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from trajectapp.domain.disclosures import DisclosureDirection, OutputFormat, PartyKind
from trajectapp.domain.plan import GoalStatus, Party, PlanAnswer, StepStatus
from trajectapp.domain.traject import ConsentDecision, ConsentPurpose, Participation, Phase
from trajectapp.domain.wording import QT_TRANSLATE_NOOP
from trajectapp.ui.labels import captioned, label
from trajectapp.ui.messages import field_label

_DOCUMENTS = {
    "session_notes": QT_TRANSLATE_NOOP("HistoryWords", "Session notes"),
    "session_notes_period": QT_TRANSLATE_NOOP("HistoryWords", "Session notes of a period"),
    "case_summary": QT_TRANSLATE_NOOP("HistoryWords", "Case summary"),
    "plan": QT_TRANSLATE_NOOP("HistoryWords", "Reintegration plan"),
}
_STATUSES = {"goal.updated": GoalStatus, "step.updated": StepStatus}


def summary_text(event: str, summary: str, domain_names: Mapping[int, str] | None = None) -> str:
    """An audit summary in words; one written by a newer version, which this one cannot read, as it is stored."""
    try:
        return _worded(event, summary, domain_names or {})
    except (ValueError, KeyError):
        return summary


def _worded(event: str, summary: str, domain_names: Mapping[int, str]) -> str:
    if not summary:
        return ""
    if event in ("plan.agreement_recorded", "plan.agreement_changed"):
        party, answer = summary.split(": ")
        return captioned(label(Party(party)), label(PlanAnswer(answer)))
    if event == "consent.recorded":
        purpose, decision = summary.split(": ")
        return captioned(label(ConsentPurpose(purpose)), label(ConsentDecision(decision)))
    if event == "disclosure.recorded":
        direction, party, output_format = summary.split(", ")
        return captioned(
            label(DisclosureDirection(direction)), f"{label(PartyKind(party))}, {label(OutputFormat(output_format))}"
        )
    if event in ("document.printed", "document.saved"):
        return _document(summary)
    if event == "case.imported":
        return QCoreApplication.translate("HistoryWords", "From a transfer package")
    single = {
        "goal.added": GoalStatus,
        "traject.phase_changed": Phase,
        "traject.participation": Participation,
        "consent.decided": ConsentDecision,
    }
    if event in single:
        return label(single[event](summary))
    return "; ".join(_part(event, part, domain_names) for part in summary.split("; "))


def _part(event: str, part: str, domain_names: Mapping[int, str]) -> str:
    """One part of a summary made of parts: "domain 3; fields: motivation", "fields: status; status: done"."""
    if part.startswith("fields: "):
        return ", ".join(field_label(name) for name in part.removeprefix("fields: ").split(", "))
    if part.startswith("status: "):
        status = label(_STATUSES[event](part.removeprefix("status: ")))
        return QCoreApplication.translate("HistoryWords", "now %1").replace("%1", status)
    if part.startswith("goals: "):
        return QCoreApplication.translate("HistoryWords", "%n goal(s)", "", int(part.removeprefix("goals: ")))
    if part.startswith("domain "):
        domain_id = int(part.removeprefix("domain "))
        return domain_names.get(domain_id) or QCoreApplication.translate("HistoryWords", "A life domain since deleted")
    if part.startswith("from assessment "):
        return QCoreApplication.translate("HistoryWords", "Started from the assessment before")
    raise ValueError(part)


def _document(summary: str) -> str:
    """ "session_notes" as printed, "session_notes, password" as saved as a PDF file."""
    key, _comma, protection = summary.partition(", ")
    words = QCoreApplication.translate("HistoryWords", _DOCUMENTS[key])
    if protection == "password":
        return words + ", " + QCoreApplication.translate("HistoryWords", "with a password")
    if protection == "no password":
        return words + ", " + QCoreApplication.translate("HistoryWords", "without a password")
    if protection:
        raise ValueError(protection)
    return words
