"""CaseloadQuery: the caseload's rows computed in SQL, sorted and filtered there.

The caseload model asks for the ordered ids first (cheap, even for 10,000
cases) and then for the rows it is about to show, a page at a time.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from trajectapp.domain.caseload import Attention, CaseloadRow
from trajectapp.domain.traject import CaseStatus, Participation, Phase
from trajectapp.store.columns import iso, to_date, to_datetime, to_enum
from trajectapp.store.connection import Connection


class SortKey(Enum):
    NAME = "name"
    PHASE = "phase"
    LAST_CONTACT = "last_contact"
    NEXT_APPOINTMENT = "next_appointment"
    RELEASE = "release"
    OVERDUE = "overdue"


# Open follow-up actions, and the open steps of goals still on (domain.plan:
# CLOSED_STEP_STATUSES, OPEN_GOAL_STATUSES), for `actions a` and
# `goals g JOIN goal_steps s`: the caseload counts those overdue, the agenda
# (store.agenda) lists those due soon.
OPEN_ACTION = "a.done_on IS NULL"
OPEN_STEP = "g.status IN ('future', 'active') AND s.status NOT IN ('done', 'no_longer_needed')"

# One row per case with everything the caseload shows. The status mirrors
# domain.traject.case_status (a test keeps the two in agreement).
_ROWS = f"""
WITH latest AS (
    SELECT c.id, c.name, c.preferred_name, c.expected_release,
        (SELECT phase FROM phase_changes p WHERE p.case_id = c.id
            ORDER BY p.changed_on DESC, p.id DESC LIMIT 1) AS phase,
        (SELECT status FROM participation_decisions d WHERE d.case_id = c.id
            ORDER BY d.decided_on DESC, d.id DESC LIMIT 1) AS participation,
        (SELECT max(date(s.starts_at)) FROM sessions s WHERE s.case_id = c.id AND s.status = 'held') AS last_contact,
        (SELECT min(s.starts_at) FROM sessions s WHERE s.case_id = c.id AND s.status = 'planned'
            AND s.starts_at >= :now) AS next_appointment,
        (SELECT count(*) FROM actions a WHERE a.case_id = c.id AND {OPEN_ACTION}
            AND a.due_on < :today)
        + (SELECT count(*) FROM goals g JOIN goal_steps s ON s.goal_id = g.id
            WHERE g.case_id = c.id AND {OPEN_STEP} AND s.due_on < :today) AS overdue
    FROM cases c
)
SELECT id, name, preferred_name, phase,
    CASE WHEN phase = 'closed' THEN 'closed'
         WHEN participation IN ('declined', 'withdrawn') THEN 'declined'
         ELSE 'active' END AS status,
    last_contact, next_appointment, expected_release, overdue, participation
FROM latest
"""
# The active cases (id, name), for the queries that list what is coming up in them (store.agenda); it takes
# the same parameters as the caseload's rows.
ACTIVE_CASES = f"SELECT id, name FROM ({_ROWS}) WHERE status = 'active'"

_ORDER = {
    SortKey.NAME: "name_key(name)",
    SortKey.PHASE: "phase IS NULL, CASE phase "
    + " ".join(f"WHEN '{phase.value}' THEN {rank}" for rank, phase in enumerate(Phase))
    + " END",
    SortKey.LAST_CONTACT: "last_contact IS NULL, last_contact",
    SortKey.NEXT_APPOINTMENT: "next_appointment IS NULL, next_appointment",
    SortKey.RELEASE: "expected_release IS NULL, expected_release",
    SortKey.OVERDUE: "overdue",
}


# A row of _ROWS.
_Row = tuple[int, str, str, str | None, str, str | None, str | None, str | None, int, str | None]


def _row(r: _Row) -> CaseloadRow:
    return CaseloadRow(
        r[0], r[1], r[2], to_enum(Phase, r[3]), CaseStatus(r[4]), to_date(r[5]), to_datetime(r[6]), to_date(r[7]), r[8]
    )


class CaseloadQuery:
    def __init__(self, connection: Connection, today: date, now: datetime | None = None):
        self._connection = connection
        self._today = today
        self._now = now or datetime.combine(today, datetime.min.time())

    def _params(self) -> dict[str, object]:
        return {"today": iso(self._today), "now": iso(self._now)}

    def ids(
        self,
        *,
        status: CaseStatus | None = None,
        search: str = "",
        sort: SortKey = SortKey.NAME,
        descending: bool = False,
    ) -> list[int]:
        """Case ids in display order; `status` None means all; `search` matches any name."""
        where, params = [], self._params()
        if status is not None:
            where.append("status = :status")
            params["status"] = status.value
        if search.strip():
            where.append("instr(name_key(name || ' ' || preferred_name), name_key(:search)) > 0")
            params["search"] = search.strip()
        direction = " DESC" if descending else ""
        # Sort expressions are constants of this module, never input. Unknown values stay last either way.
        order = ", ".join(
            part if part.endswith(" IS NULL") else f"{part}{direction}" for part in _ORDER[sort].split(", ")
        )
        sql = (
            f"SELECT id FROM ({_ROWS}) {'WHERE ' + ' AND '.join(where) if where else ''}"
            f" ORDER BY {order}, name_key(name), id"
        )
        return [row[0] for row in self._connection.execute(sql, params)]

    def rows(self, ids: list[int]) -> list[CaseloadRow]:
        """The rows of `ids`, in the order given."""
        if not ids:
            return []
        params = self._params() | {f"id{index}": case_id for index, case_id in enumerate(ids)}
        marks = ", ".join(f":id{index}" for index in range(len(ids)))
        found = {
            r[0]: _row(r) for r in self._connection.execute(f"SELECT * FROM ({_ROWS}) WHERE id IN ({marks})", params)
        }
        return [found[case_id] for case_id in ids if case_id in found]

    def attention(self, *, release_within_days: int, no_contact_days: int) -> list[Attention]:
        """Releases coming up, contacts overdue, decisions pending; soonest first."""
        found: list[Attention] = []
        active: set[int] = set()
        today = self._today
        for r in self._connection.execute(f"SELECT * FROM ({_ROWS}) WHERE status = 'active'", self._params()):
            row = _row(r)
            active.add(row.case_id)
            participation = r[9]
            days_to_release = row.days_to_release(today)
            if days_to_release is not None and 0 <= days_to_release <= release_within_days:
                found.append(Attention(row.case_id, row.name, "release", days_to_release))
            since = row.days_since_contact(today)
            if since is not None and since > no_contact_days:
                found.append(Attention(row.case_id, row.name, "no_contact", since))
            if participation in (None, Participation.OFFERED.value):
                found.append(Attention(row.case_id, row.name, "participation_pending"))
        for case_id, name in self._connection.execute(
            "SELECT DISTINCT c.id, c.name FROM consents k JOIN cases c ON c.id = k.case_id"
            " WHERE k.decision = 'pending' AND k.revoked_on IS NULL"
        ):
            if case_id in active:  # a declined or closed case asks for no decisions
                found.append(Attention(case_id, name, "consent_pending"))
        order = {"release": 0, "no_contact": 1, "participation_pending": 2, "consent_pending": 3}
        return sorted(found, key=lambda a: (order[a.reason], a.detail if a.reason == "release" else -(a.detail or 0)))
