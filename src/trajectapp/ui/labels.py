"""The words the interface shows for the domain's enums and for the catalogues' texts, translatable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trajectapp.domain import sessions, shipped_catalogues
from trajectapp.domain.disclosures import DisclosureParty, PartyKind
from trajectapp.domain.wording import QT_TRANSLATE_NOOP, Labelled


def label(value: Labelled | None) -> str:
    """The translated words of an enum value (declared with it in domain/); an empty string for None."""
    if value is None:
        return ""
    return QCoreApplication.translate("Labels", value.label)


def catalogue_text(text: str) -> str:
    """A catalogue's text (a life domain's name, a partner service's kind...) in the reader's language when it came
    with Trajectapp (domain.shipped_catalogues), as typed when the consultant typed it."""
    return shipped_catalogues.catalogue_text(text, QCoreApplication.translate)


def as_stored(typed: str, stored: str) -> str:
    """What to store for a catalogue text shown as catalogue_text(`stored`) and now `typed`: the stored text while
    it is left as shown, so that it keeps being shown in the reader's language; else what was typed."""
    return stored if typed == catalogue_text(stored) else typed


def party_name(party: DisclosureParty) -> str:
    """Who a disclosure went to or came from, by name: a partner service's as catalogue_text shows it."""
    return catalogue_text(party.name) if party.kind is PartyKind.PARTNER_SERVICE else party.name


def session_kind_label(kind: str) -> str:
    return QCoreApplication.translate("Labels", sessions.KIND_WORDS.get(kind, kind))


_EVENTS = {
    "case.created": QT_TRANSLATE_NOOP("Labels", "Case created"),
    "case.updated": QT_TRANSLATE_NOOP("Labels", "Person's details changed"),
    "case.service_linked": QT_TRANSLATE_NOOP("Labels", "Partner service involved"),
    "case.service_updated": QT_TRANSLATE_NOOP("Labels", "Partner service involvement changed"),
    "traject.phase_changed": QT_TRANSLATE_NOOP("Labels", "Phase changed"),
    "traject.transferred": QT_TRANSLATE_NOOP("Labels", "Transfer recorded"),
    "traject.participation": QT_TRANSLATE_NOOP("Labels", "Participation recorded"),
    "consent.recorded": QT_TRANSLATE_NOOP("Labels", "Consent recorded"),
    "consent.decided": QT_TRANSLATE_NOOP("Labels", "Consent decided"),
    "consent.revoked": QT_TRANSLATE_NOOP("Labels", "Consent revoked"),
    "session.recorded": QT_TRANSLATE_NOOP("Labels", "Session recorded"),
    "session.planned": QT_TRANSLATE_NOOP("Labels", "Session planned"),
    "session.held": QT_TRANSLATE_NOOP("Labels", "Session held"),
    "session.cancelled": QT_TRANSLATE_NOOP("Labels", "Session cancelled"),
    "session.updated": QT_TRANSLATE_NOOP("Labels", "Session changed"),
    "session.note_saved": QT_TRANSLATE_NOOP("Labels", "Session note saved"),
    "action.added": QT_TRANSLATE_NOOP("Labels", "Follow-up action added"),
    "action.done": QT_TRANSLATE_NOOP("Labels", "Follow-up action done"),
    "assessment.started": QT_TRANSLATE_NOOP("Labels", "Assessment started"),
    "assessment.updated": QT_TRANSLATE_NOOP("Labels", "Assessment date or note changed"),
    "assessment.item_added": QT_TRANSLATE_NOOP("Labels", "Life domain assessed"),
    "assessment.item_updated": QT_TRANSLATE_NOOP("Labels", "Life domain assessment changed"),
    "external_assessment.recorded": QT_TRANSLATE_NOOP("Labels", "Risk assessment elsewhere noted"),
    "external_assessment.updated": QT_TRANSLATE_NOOP("Labels", "Risk assessment elsewhere changed"),
    "factor.added": QT_TRANSLATE_NOOP("Labels", "Factor added"),
    "factor.updated": QT_TRANSLATE_NOOP("Labels", "Factor changed"),
    "strength.added": QT_TRANSLATE_NOOP("Labels", "Strength added"),
    "strength.updated": QT_TRANSLATE_NOOP("Labels", "Strength changed"),
    "good_lives.recorded": QT_TRANSLATE_NOOP("Labels", "Good Lives entry recorded"),
    "good_lives.updated": QT_TRANSLATE_NOOP("Labels", "Good Lives entry changed"),
    "perspective.recorded": QT_TRANSLATE_NOOP("Labels", "Perspective recorded"),
    "goal.added": QT_TRANSLATE_NOOP("Labels", "Goal added"),
    "goal.updated": QT_TRANSLATE_NOOP("Labels", "Goal changed"),
    "goal.note_added": QT_TRANSLATE_NOOP("Labels", "Progress note added"),
    "step.added": QT_TRANSLATE_NOOP("Labels", "Step added"),
    "step.updated": QT_TRANSLATE_NOOP("Labels", "Step changed"),
    "plan.version_made": QT_TRANSLATE_NOOP("Labels", "Plan version recorded"),
    "plan.agreement_recorded": QT_TRANSLATE_NOOP("Labels", "Answer to the plan recorded"),
    "plan.agreement_changed": QT_TRANSLATE_NOOP("Labels", "Answer to the plan changed"),
    "document.printed": QT_TRANSLATE_NOOP("Labels", "Document printed"),
    "document.saved": QT_TRANSLATE_NOOP("Labels", "Document saved as a PDF file"),
    "disclosure.recorded": QT_TRANSLATE_NOOP("Labels", "Disclosure recorded in the register"),
    "case.imported": QT_TRANSLATE_NOOP("Labels", "Case imported from a transfer package"),
}


def event_label(event: str) -> str:
    """What an audit event name means, in words; an unknown (newer) event shows as stored."""
    return QCoreApplication.translate("Labels", _EVENTS[event]) if event in _EVENTS else event


def captioned(caption: str, value: str) -> str:
    """A value after its caption as the language writes them: "Fase: Nazorg", "Phase : Suivi post-libération"
    (French puts a space before the colon)."""
    return QCoreApplication.translate("Labels", "%1: %2").replace("%1", caption).replace("%2", value)
