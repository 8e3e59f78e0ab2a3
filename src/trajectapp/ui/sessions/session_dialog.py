"""The form for one session, to plan, to record once held, or to change: when and how long, what kind, where, its
focus, who took part and what it touched. It returns the session as entered and never writes to the store."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.checks import NAME_MAX
from trajectapp.domain.dates import clock_time
from trajectapp.domain.sessions import LONGEST_SESSION_MINUTES, SESSION_FIELDS, Participant, Session, SessionParty
from trajectapp.domain.strengths import PrimaryGood
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms import field_inputs
from trajectapp.ui.forms.fields import DateEdit, FieldRow
from trajectapp.ui.forms.form_dialog import Saved, draft_fields, run_dialog
from trajectapp.ui.forms.guarded_dialog import GuardedFormDialog, drafted_id
from trajectapp.ui.labels import label
from trajectapp.ui.numbers import whole_number
from trajectapp.ui.sessions.choices import CheckList, SessionChoices

DRAFT_KEYS = ("session_id",)  # which session a draft of this dialog was editing (None: a new one)
# 14:30, and as it is also written here: 14.30, 14u30, 14h30.
_TIME_SHAPE = re.compile(r"([0-9]{1,2})[:.uh]([0-9]{2})")
_NAME_BREAKS = re.compile(r"[,;\n]")


def parse_time(text: str) -> time | None:
    """The time of day typed in `text` (14:30, 9.05, 14u30), or None."""
    match = _TIME_SHAPE.fullmatch(text.strip())
    if match is None:
        return None
    hours, minutes = (int(part) for part in match.groups())
    return time(hours, minutes) if hours < 24 and minutes < 60 else None


def split_names(text: str) -> list[str]:
    return [name.strip() for name in _NAME_BREAKS.split(text) if name.strip()]


class SessionDialog(GuardedFormDialog[Session]):
    DRAFT_KIND = "session"
    record_keys = (*DRAFT_KEYS, "status")

    def __init__(
        self,
        ask: Ask,
        case_id: int,
        choices: SessionChoices,
        session: Session | None = None,
        *,
        held: bool = False,
        hide_special: bool = False,
        parent: QWidget | None = None,
        now: datetime | None = None,
    ):
        now = now or datetime.now()
        if session is not None:
            title = self.tr("Session")
        else:
            title = self.tr("Record a session") if held else self.tr("Plan a session")
        super().__init__(title, ask, parent, now.date())
        self.case_id = case_id
        self.session_id = session.id if session is not None else None
        self.status = session.status if session is not None else ("held" if held else "planned")
        self._stored = session
        self.setMinimumWidth(860)
        self.names: dict[str, QLineEdit] = {}  # of the family and the others who took part

        self.day, self.at, self.duration = DateEdit(self), QLineEdit(self), QLineEdit(self)
        self.day.setMaximumWidth(140)
        self.at.setMaximumWidth(70)
        self.at.setPlaceholderText(self.tr("14:30"))
        self.duration.setMaximumWidth(70)
        self.duration.setPlaceholderText(self.tr("60"))
        # The fields of the session's description that are on this form; the status comes from planning or
        # recording, the note from its own editor.
        for column in SESSION_FIELDS:
            if column.name == "starts_at":  # with the duration: one line of short fields
                self._add_inline(
                    field_inputs.caption(column),
                    [
                        ("day", "", self.day),
                        ("at", self.tr("at"), self.at),
                        ("duration", self.tr("for"), self.duration),
                    ],
                    self.tr("minutes"),
                )
            elif column.group and column.name != "duration_minutes":
                none_text = self.tr("No particular focus") if column.name == "focus" else ""
                self.add_described(column, none_text=none_text)
        self.kind, self.focus = self.inputs["kind"], self.inputs["focus"]
        location = self.inputs["location"]
        assert isinstance(location, QLineEdit)
        location.setPlaceholderText(self.tr("For example: interview room 2, wing B"))

        self.person = QCheckBox(label(SessionParty.PERSON), self)
        self.family = QCheckBox(label(SessionParty.FAMILY), self)
        self.other = QCheckBox(label(SessionParty.OTHER), self)
        self.services = CheckList(choices.services, self)
        self.form.addRow(self.tr("Who took part:"), self._participants_box())
        self.domain_tags = CheckList(choices.domains, self)
        self.factor_tags = CheckList(choices.factors, self)
        self.good_tags = CheckList(choices.goods, self)
        self.tags: dict[str, CheckList[int] | CheckList[PrimaryGood]] = {
            "domains": self.domain_tags,
            "factors": self.factor_tags,
            "goods": self.good_tags,
        }
        self.form.addRow(self.tr("What it touched:"), self._tags_box(hide_special))

        self._show(session, now)
        if hide_special:
            for tags in self.tags.values():
                tags.set_special_hidden(True)
        self.mark_unchanged()

    # -- building ----------------------------------------------------------------------------------------

    def _add_inline(self, caption: str, fields: list[tuple[str, str, QLineEdit]], after: str) -> None:
        """Short fields on one line of the form, each with its message under it."""
        container = QWidget(self)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        line = QHBoxLayout()
        line.setSpacing(8)
        layout.addLayout(line)

        def words(text: str) -> QLabel:
            shown = QLabel(text, container)
            shown.setMinimumHeight(fields[0][2].sizeHint().height())  # level with the text in the fields
            return shown

        for name, before, widget in fields:
            if before:
                line.addWidget(words(before))
            row = FieldRow(widget, parent=container)
            # The messages go under the whole line, one under the other, so the fields stay where they are.
            row.lines.removeWidget(row.error)
            row.error.setParent(container)
            layout.addWidget(row.error)
            widget.textChanged.connect(lambda _text, row=row: row.set_error(""))
            line.addWidget(row)
            self.inputs[name], self.rows[name] = widget, row
        line.addWidget(words(after))
        line.addStretch(1)
        self.form.addRow(caption, container)

    def _names_row(self, name: str, box: QCheckBox, placeholder: str) -> FieldRow:
        names = QLineEdit(self)
        names.setMaxLength(NAME_MAX * 5)
        names.setPlaceholderText(placeholder)
        names.setToolTip(self.tr("Names are optional; separate several with commas."))
        names.setEnabled(False)
        row = FieldRow(names, parent=self)
        names.textChanged.connect(lambda _text: row.set_error(""))
        box.toggled.connect(names.setEnabled)
        self.inputs[name], self.rows[name], self.names[name] = names, row, names
        return row

    def _participants_box(self) -> QWidget:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.person, 0, 0, 1, 2)
        grid.addWidget(self.family, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._names_row("family_names", self.family, self.tr("Names, if you like")), 1, 1)
        grid.addWidget(self.other, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._names_row("other_names", self.other, self.tr("Who: a lawyer, an imam, a friend…")), 2, 1)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(1, 1)
        services = QVBoxLayout()
        services.addWidget(QLabel(self.tr("Partner services:"), box))
        self.services.setMinimumHeight(96)
        self.services.setMaximumHeight(120)
        services.addWidget(self.services)
        grid.addLayout(services, 0, 2, 4, 1)
        grid.setColumnStretch(2, 1)
        return box

    def _tags_box(self, hide_special: bool) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        lists = QHBoxLayout()
        for name, caption in (
            ("domains", self.tr("Life domains")),
            ("factors", self.tr("Factors of this case")),
            ("goods", self.tr("Good Lives goods")),
        ):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(QLabel(caption, box))
            tags = self.tags[name]
            tags.setMinimumHeight(150)
            column.addWidget(tags, 1)
            lists.addLayout(column, 1)
        layout.addLayout(lists)
        if not self.tags["factors"].count():
            self.tags["factors"].setToolTip(self.tr("No factors recorded for this case yet."))
        hint = self.tr("Tick what the session was about; none is needed.") + " "
        if hide_special:
            hint += self.tr("Tags about health, religion or offences are hidden in presentation mode.")
        else:
            hint += self.tr(
                "Those in purple are special-category data (health, religion, offences): hidden in presentation mode."
            )
        note = QLabel(hint, box)
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: #555; }")
        layout.addWidget(note)
        return box

    def _show(self, session: Session | None, now: datetime) -> None:
        if session is None:
            self.day.set_date(now.date())
            self.at.setText(now.strftime("%H:00") if self.status == "planned" else now.strftime("%H:%M"))
            self.person.setChecked(True)
            return
        self.day.set_date(session.starts_at.date())
        self.at.setText(clock_time(session.starts_at))
        self.duration.setText(str(session.duration_minutes) if session.duration_minutes else "")
        for name, field in self.described.items():
            field.set_value(getattr(session, name))
        parties = [p.party for p in session.participants]
        self.person.setChecked(SessionParty.PERSON in parties)
        for party, box, names in (
            (SessionParty.FAMILY, self.family, "family_names"),
            (SessionParty.OTHER, self.other, "other_names"),
        ):
            box.setChecked(party in parties)
            self.names[names].setText(", ".join(p.name for p in session.participants if p.party is party and p.name))
        self.services.set_checked(p.service_id for p in session.participants if p.party is SessionParty.SERVICE)
        self.domain_tags.set_checked(session.domain_ids)
        self.factor_tags.set_checked(session.factor_ids)
        self.good_tags.set_checked(session.goods)

    # -- the form contract --------------------------------------------------------------------------------

    def errors(self) -> dict[str, str]:
        errors = {}
        if problem := self._day_problem():
            errors["day"] = problem
        if parse_time(self.text("at")) is None:
            errors["at"] = self.tr("Not a time: use 14:30")
        if problem := self._duration_problem():
            errors["duration"] = problem
        errors.update(self.described_errors())
        for name, box in (("family_names", self.family), ("other_names", self.other)):
            if box.isChecked() and (problem := self._names_problem(name)):
                errors[name] = problem
        return errors

    def _day_problem(self) -> str:
        if problem := self.day.problem():
            return problem
        day = self.day.date_value()
        if day is None:
            return self.tr("Type the date.")
        if self._stored is not None and self._stored.starts_at.date() == day:
            return ""  # as it was: other details may be corrected without moving the session
        if self.status == "planned" and day < self.today:
            return self.tr("This date has passed: record the session as held instead.")
        if self.status == "held" and day > self.today:
            return self.tr("This date is still to come: plan the session instead.")
        return ""

    def _duration_problem(self) -> str:
        text = self.text("duration")
        if not text:
            return ""
        if not (text.isascii() and text.isdigit()):
            return self.tr("Give the minutes as a number, for example 60.")
        if not 1 <= int(text) <= LONGEST_SESSION_MINUTES:
            return self.tr("The duration must be between 1 and %1 minutes (a day).").replace(
                "%1", whole_number(LONGEST_SESSION_MINUTES)
            )
        return ""

    def _names_problem(self, name: str) -> str:
        if problem := self.text_error(name):
            return problem
        if any(len(one) > NAME_MAX for one in split_names(self.text(name))):
            return self.tr("A name is too long: keep each to at most %1 characters.").replace("%1", str(NAME_MAX))
        return ""

    def participants(self) -> tuple[Participant, ...]:
        found = [Participant(SessionParty.PERSON)] if self.person.isChecked() else []
        found += [Participant(SessionParty.SERVICE, service_id=key) for key in self.services.checked()]
        for party, box, names in (
            (SessionParty.FAMILY, self.family, "family_names"),
            (SessionParty.OTHER, self.other, "other_names"),
        ):
            if box.isChecked():
                found += [Participant(party, name=name) for name in split_names(self.text(names))] or [
                    Participant(party)
                ]
        return tuple(found)

    def checked_value(self) -> Session:
        """The session as the form says it (id None for a new one)."""
        duration = self.text("duration")
        day, at = self.day.date_value(), parse_time(self.text("at"))
        assert day is not None and at is not None, "errors() asks for the day and the time"
        return Session(
            self.session_id,
            self.case_id,
            datetime.combine(day, at),
            self.status,
            **self.described_values(),
            duration_minutes=int(duration) if duration else None,
            note=self._stored.note if self._stored is not None else "",
            participants=self.participants(),
            domain_ids=self.domain_tags.checked(),
            factor_ids=self.factor_tags.checked(),
            goods=self.good_tags.checked(),
        )

    # -- drafts ------------------------------------------------------------------------------------------

    def _lists(self) -> dict[str, CheckList[int] | CheckList[PrimaryGood]]:
        return {"services": self.services, **self.tags}

    def draft(self) -> str:
        """The typed texts, the boxes and ticks, and which session they edit."""
        raw = json.loads(super().draft())
        raw.update(person=self.person.isChecked(), family=self.family.isChecked(), other=self.other.isChecked())
        for name, checks in self._lists().items():
            raw[name] = [key.value if isinstance(key, PrimaryGood) else key for key in checks.checked()]
        return json.dumps(raw, ensure_ascii=False)

    def load_draft(self, draft: str) -> None:
        super().load_draft(draft)
        raw = draft_fields(draft)
        for name, box in (("person", self.person), ("family", self.family), ("other", self.other)):
            if isinstance(raw.get(name), bool):
                box.setChecked(raw[name])
        for name, checks in self._lists().items():
            if isinstance(raw.get(name), list):
                keys = raw[name]
                if name == "goods":
                    keys = [good for good in PrimaryGood if good.value in keys]
                checks.set_checked(keys)

    @classmethod
    def get_session(
        cls,
        parent: QWidget | None,
        ask: Ask,
        case_id: int,
        choices: SessionChoices,
        session: Session | None = None,
        *,
        held: bool = False,
        hide_special: bool = False,
        draft: str | None = None,
        save: Callable[[Session], Saved],
    ) -> Saved | None:
        """What `save` makes of the session as entered (new, or `session` changed), or None if cancelled."""
        question = "edit session" if session is not None else "record session" if held else "plan session"

        return run_dialog(
            ask,
            question,
            lambda: cls(ask, case_id, choices, session, held=held, hide_special=hide_special, parent=parent),
            draft,
            save=save,
        )


def drafted_session(draft: str) -> tuple[int | None, str]:
    """(the session a draft of this dialog was editing, None for a new one; its status)."""
    status = draft_fields(draft).get("status")
    return drafted_id(draft, "session_id"), status if status in ("planned", "held", "cancelled") else "planned"
