"""GoalRepository (goals, their domains and progress notes) and StepRepository (the steps under a goal)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from trajectapp.domain.plan import GOAL_FIELDS, Goal, Party, ProgressNote, Step, StepStatus
from trajectapp.domain.record_ids import stored_id
from trajectapp.store.columns import iso, loaded_values, stored_values, to_date
from trajectapp.store.connection import Connection
from trajectapp.store.records import record_by_id
from trajectapp.store.written import inserted_id

# A goal's column names come from its description (domain.plan), never from input.
_GOAL_FIELDS = [column.name for column in GOAL_FIELDS]
_GOAL = ", ".join(["id", "case_id", *_GOAL_FIELDS])
_STEP = "id, goal_id, what, party, service_id, party_name, due_on, status"
_NOTE = "id, goal_id, noted_on, note"
# A goal's row: its id, its case, then the values of GOAL_FIELDS as the store keeps them.
_GoalRow = tuple[int, int, *tuple[object, ...]]
_StepRow = tuple[int, int, str, str, int | None, str, str | None, str]


def _goal(r: _GoalRow, domain_ids: tuple[int, ...]) -> Goal:
    return Goal(id=r[0], case_id=r[1], domain_ids=domain_ids, **loaded_values(GOAL_FIELDS, r[2:]))


def _step(r: _StepRow) -> Step:
    return Step(r[0], r[1], r[2], Party(r[3]), r[4], r[5], to_date(r[6]), StepStatus(r[7]))


class GoalRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, goal: Goal) -> Goal:
        cursor = self._connection.execute(
            f"INSERT INTO goals (case_id, {', '.join(_GOAL_FIELDS)}) VALUES (?, {', '.join('?' * len(_GOAL_FIELDS))})",
            (goal.case_id, *stored_values(GOAL_FIELDS, goal)),
        )
        goal_id = inserted_id(cursor)
        self._link(goal_id, goal.domain_ids)
        return replace(goal, id=goal_id)

    def update(self, goal: Goal) -> Goal:
        assignments = ", ".join(f"{name} = ?" for name in _GOAL_FIELDS)
        self._connection.execute(
            f"UPDATE goals SET {assignments} WHERE id = ?", (*stored_values(GOAL_FIELDS, goal), goal.id)
        )
        self._connection.execute("DELETE FROM goal_domains WHERE goal_id = ?", (goal.id,))
        self._link(stored_id(goal.id), goal.domain_ids)
        return goal

    def _link(self, goal_id: int, domain_ids: tuple[int, ...]) -> None:
        self._connection.executemany(
            "INSERT INTO goal_domains (goal_id, domain_id) VALUES (?, ?)", [(goal_id, d) for d in domain_ids]
        )

    def _domain_ids(self, goal_ids: list[int]) -> dict[int, tuple[int, ...]]:
        """Each goal's domains in catalogue order."""
        found: dict[int, list[int]] = {goal_id: [] for goal_id in goal_ids}
        if not goal_ids:
            return {}
        marks = ", ".join("?" * len(goal_ids))
        for goal_id, domain_id in self._connection.execute(
            f"SELECT g.goal_id, g.domain_id FROM goal_domains g JOIN life_domains d ON d.id = g.domain_id"
            f" WHERE g.goal_id IN ({marks}) ORDER BY d.position, d.id",
            goal_ids,
        ):
            found[goal_id].append(domain_id)
        return {goal_id: tuple(ids) for goal_id, ids in found.items()}

    def get(self, goal_id: int) -> Goal | None:
        row = self._connection.execute(f"SELECT {_GOAL} FROM goals WHERE id = ?", (goal_id,)).fetchone()
        return _goal(row, self._domain_ids([goal_id])[goal_id]) if row else None

    def for_case(self, case_id: int) -> list[Goal]:
        """In the order they were set."""
        rows = self._connection.execute(
            f"SELECT {_GOAL} FROM goals WHERE case_id = ? ORDER BY id", (case_id,)
        ).fetchall()
        domains = self._domain_ids([row[0] for row in rows])
        return [_goal(row, domains[row[0]]) for row in rows]

    def add_note(self, note: ProgressNote) -> ProgressNote:
        cursor = self._connection.execute(
            "INSERT INTO goal_notes (goal_id, noted_on, note) VALUES (?, ?, ?)",
            (note.goal_id, iso(note.noted_on), note.note),
        )
        return replace(note, id=cursor.lastrowid)

    def notes(self, goal_id: int) -> list[ProgressNote]:
        rows = self._connection.execute(
            f"SELECT {_NOTE} FROM goal_notes WHERE goal_id = ? ORDER BY noted_on, id", (goal_id,)
        )
        return [ProgressNote(r[0], r[1], date.fromisoformat(r[2]), r[3]) for r in rows]


class StepRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, step: Step) -> Step:
        cursor = self._connection.execute(
            "INSERT INTO goal_steps (goal_id, what, party, service_id, party_name, due_on, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                step.goal_id,
                step.what,
                step.party.value,
                step.service_id,
                step.party_name,
                iso(step.due_on),
                step.status.value,
            ),
        )
        return replace(step, id=cursor.lastrowid)

    def update(self, step: Step) -> Step:
        self._connection.execute(
            "UPDATE goal_steps SET what = ?, party = ?, service_id = ?, party_name = ?, due_on = ?, status = ?"
            " WHERE id = ?",
            (
                step.what,
                step.party.value,
                step.service_id,
                step.party_name,
                iso(step.due_on),
                step.status.value,
                step.id,
            ),
        )
        return step

    def get(self, step_id: int) -> Step | None:
        return record_by_id(self._connection, "goal_steps", _STEP, step_id, _step)

    def for_goal(self, goal_id: int) -> list[Step]:
        """Soonest due first; steps without a date after them."""
        rows = self._connection.execute(
            f"SELECT {_STEP} FROM goal_steps WHERE goal_id = ? ORDER BY due_on IS NULL, due_on, id", (goal_id,)
        )
        return [_step(row) for row in rows]

    def for_case(self, case_id: int) -> list[Step]:
        rows = self._connection.execute(
            f"SELECT {', '.join('s.' + name for name in _STEP.split(', '))} FROM goal_steps s"
            " JOIN goals g ON g.id = s.goal_id WHERE g.case_id = ?"
            " ORDER BY s.goal_id, s.due_on IS NULL, s.due_on, s.id",
            (case_id,),
        )
        return [_step(row) for row in rows]

    def overdue(self, case_id: int, today: date) -> list[Step]:
        """Open steps of open goals due before `today`: the same rule as the caseload's count."""
        rows = self._connection.execute(
            f"SELECT {', '.join('s.' + name for name in _STEP.split(', '))} FROM goal_steps s"
            " JOIN goals g ON g.id = s.goal_id WHERE g.case_id = ? AND g.status IN ('future', 'active')"
            " AND s.status NOT IN ('done', 'no_longer_needed') AND s.due_on < ? ORDER BY s.due_on, s.id",
            (case_id, iso(today)),
        )
        return [_step(row) for row in rows]
