"""GoalRepository (goals, their domains and progress notes) and StepRepository (the steps under a goal)."""

from __future__ import annotations

from datetime import date

from trajectapp.domain.case_tables import TABLES_BY_NAME
from trajectapp.domain.plan import Goal, ProgressNote, Step
from trajectapp.domain.record_ids import stored_id
from trajectapp.store.columns import iso
from trajectapp.store.connection import Connection
from trajectapp.store.record_tables import RecordRepository, RecordTable

_GOALS = RecordTable(TABLES_BY_NAME["goals"], Goal)
_NOTES = RecordTable(TABLES_BY_NAME["goal_notes"], ProgressNote, order="noted_on, id")


class GoalRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, goal: Goal) -> Goal:
        added = _GOALS.added(self._connection, goal)
        self._link(stored_id(added.id), goal.domain_ids)
        return added

    def update(self, goal: Goal) -> Goal:
        _GOALS.update(self._connection, goal)
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
        found = self._goals("id = ?", goal_id)
        return found[0] if found else None

    def for_case(self, case_id: int) -> list[Goal]:
        """In the order they were set."""
        return self._goals("case_id = ?", case_id)

    def _goals(self, condition: str, key: int) -> list[Goal]:
        """The goals `condition` selects (one of two constants above, never input), each with its domains."""
        rows = _GOALS.rows(self._connection, condition, (key,))
        domains = self._domain_ids([row[0] for row in rows])
        return [_GOALS.from_row(row, domain_ids=domains[row[0]]) for row in rows]

    def add_note(self, note: ProgressNote) -> ProgressNote:
        return _NOTES.added(self._connection, note)

    def notes(self, goal_id: int) -> list[ProgressNote]:
        return _NOTES.of_owner(self._connection, goal_id)


class StepRepository(RecordRepository[Step]):
    """A goal's steps come soonest due first, steps without a date after them."""

    records = RecordTable(TABLES_BY_NAME["goal_steps"], Step, order="due_on IS NULL, due_on, id")

    def for_goal(self, goal_id: int) -> list[Step]:
        return self.records.of_owner(self._connection, goal_id)

    def for_case(self, case_id: int) -> list[Step]:
        rows = self._connection.execute(
            f"SELECT {self.records.columns('s')} FROM goal_steps s"
            " JOIN goals g ON g.id = s.goal_id WHERE g.case_id = ?"
            " ORDER BY s.goal_id, s.due_on IS NULL, s.due_on, s.id",
            (case_id,),
        )
        return [self.records.from_row(row) for row in rows]

    def overdue(self, case_id: int, today: date) -> list[Step]:
        """Open steps of open goals due before `today`: the same rule as the caseload's count."""
        rows = self._connection.execute(
            f"SELECT {self.records.columns('s')} FROM goal_steps s"
            " JOIN goals g ON g.id = s.goal_id WHERE g.case_id = ? AND g.status IN ('future', 'active')"
            " AND s.status NOT IN ('done', 'no_longer_needed') AND s.due_on < ? ORDER BY s.due_on, s.id",
            (case_id, iso(today)),
        )
        return [self.records.from_row(row) for row in rows]
