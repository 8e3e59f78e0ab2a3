"""Where in an open case file a record is: the tab that holds each kind of record a search hit or an agenda
line points at, and showing it there (a session opens with its note)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from trajectapp.ui.casefile.case_file_view import CaseFileView
from trajectapp.ui.casefile.traject_tab import TrajectTab
from trajectapp.ui.factors.factors_panel import FactorsPanel
from trajectapp.ui.needs.needs_panel import NeedsPanel
from trajectapp.ui.plan.plan_panel import PlanPanel
from trajectapp.ui.sessions.contacts_panel import ContactsPanel
from trajectapp.ui.strengths.strengths_panel import StrengthsPanel

# The kinds of services.search.SearchHit, and the agenda's "action" and "step"; the person's own notes are on
# the Person tab, which has no class of its own.
_TAB_TYPES: dict[str, type[QWidget]] = {
    "session": ContactsPanel,
    "action": ContactsPanel,
    "phase_change": TrajectTab,
    "participation": TrajectTab,
    "transfer": TrajectTab,
    "assessment": NeedsPanel,
    "assessment_item": NeedsPanel,
    "factor": FactorsPanel,
    "strength": StrengthsPanel,
    "good_lives": StrengthsPanel,
    "perspective": StrengthsPanel,
    "goal": PlanPanel,
    "goal_note": PlanPanel,
    "step": PlanPanel,
}


def record_tab(view: CaseFileView, kind: str) -> QWidget | None:
    """The tab of `view` that holds records of `kind`, if it has one."""
    if kind == "case":
        return view.person_tab
    wanted = _TAB_TYPES.get(kind)
    tabs = (view.tabs.widget(index) for index in range(view.tabs.count()))
    return next((tab for tab in tabs if wanted is not None and isinstance(tab, wanted)), None)


def show_record(view: CaseFileView, kind: str, record_id: int) -> None:
    """Bring the record forward: a session selected with its note open, anything else its tab."""
    if kind == "session":
        view.show_session(record_id)
        return
    tab = record_tab(view, kind)
    if tab is not None:
        view.tabs.setCurrentWidget(tab)
