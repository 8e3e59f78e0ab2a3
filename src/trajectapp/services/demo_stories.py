"""How each fictional person in the demo vault got where they are today.

The sentence and its release dates, participation offered and answered, the
phases of the traject, a transfer, the partner services involved and consent
(demo_consents), the contacts and the follow-up actions: all drawn from one
seeded generator and dated relative to one "today". The words come from
`demo_material`, in the language the case file is written in.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from trajectapp.domain.case import Case, LegalStatus
from trajectapp.domain.partners import Involvement
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.traject import (
    Consent,
    Participation,
    ParticipationDecision,
    Phase,
    PhaseChange,
    Transfer,
)
from trajectapp.services import demo_material as material
from trajectapp.services.demo_consents import ServicesStoryteller
from trajectapp.services.demo_drawing import Drawing, drawn
from trajectapp.store.contacts import Action, Session

_NOTES_SHARE = 0.3
# Where each person stands with the sentence: (stage, weight, days from today to
# the expected release). The weights put a few releases within 90 days and a
# few people in aftercare on every small caseload.
_STAGES = (
    ("accused", 12, None),
    ("interned", 3, None),
    ("release soon", 16, (0, 90)),
    ("release in months", 24, (91, 540)),
    ("release in years", 25, (541, 2900)),
    ("released", 12, (-170, -1)),
    ("released long ago", 8, (-700, -200)),
)
_ANSWERS = (("accepted", 80), ("declined", 12), ("no answer yet", 5), ("declined, later accepted", 3))
_LAST_CONTACT_DAYS_AGO = (((1, 14), 70), ((15, 21), 14), ((22, 70), 16))
_AFTERCARE = timedelta(days=183)  # aftercare lasts up to six months after release
# Belgian law: limited detention and electronic monitoring from six months
# before the date conditional release becomes possible.
_BEFORE_CONDITIONAL_RELEASE = timedelta(days=182)
Picked = TypeVar("Picked")


def _days(count: int) -> timedelta:
    return timedelta(days=count)


@dataclass
class DemoStory:
    """The records of one case, in the order they happened, ready to be written."""

    case_id: int
    language: str  # the case file is written in it, and the person speaks it: one of demo_words.LANGUAGES
    participation: list[ParticipationDecision] = field(default_factory=list)
    phases: list[PhaseChange] = field(default_factory=list)
    transfer: Transfer | None = None
    involvements: list[Involvement] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)  # status "cancelled": planned, then cancelled
    actions: list[Action] = field(default_factory=list)
    accepted_on: date | None = None  # None: declined, or no answer yet
    contact_end: date | None = None  # None: contact goes on today


@dataclass(frozen=True)
class Course:
    """How participation went: what the contacts, services and consents follow from."""

    first_contact: date
    accepted_on: date | None  # None: declined, or no answer yet
    contact_end: date | None  # None: contact goes on today
    closed_on: date | None = None


def _eighteenth_birthday(born: date) -> date:
    try:
        return born.replace(year=born.year + 18)
    except ValueError:  # born on 29 February
        return born.replace(year=born.year + 18, day=28)


def _weekday(day: date, forward: bool = False) -> date:
    """The consultant works on weekdays: a Saturday or Sunday moves to Friday (or Monday)."""
    if day.weekday() < 5:
        return day
    return day + _days(7 - day.weekday()) if forward else day - _days(day.weekday() - 4)


class Storyteller(Drawing):
    """Draws the person's file and story; `service_ids` maps default service keys to the vault's ids."""

    def __init__(self, rng: random.Random, today: date, service_ids: dict[str, int]):
        super().__init__(rng, today)
        self._services = ServicesStoryteller(rng, today, service_ids)

    def person(self, person: Case, background: material.Background, language: str) -> Case:
        """The person in full: sentence and release dates, nationality, languages, offence, notes."""
        rng, words = self.rng, material.WORDS[language]
        return replace(
            self._sentence(person),
            nationality=self._pick(words.nationalities[background.key]),
            languages=self._pick(words.languages[background.key]),
            offence_category=self._pick(words.offence_categories),
            notes=rng.choice(words.person_notes) if rng.random() < _NOTES_SHARE else "",
        )

    def story(self, case: Case, transferred: bool, language: str) -> DemoStory:
        story = DemoStory(stored_id(case.id), language)
        course = self._traject(story, case)
        story.accepted_on, story.contact_end = course.accepted_on, course.contact_end
        if transferred:
            self._transfer(story, case, course)
        self._services.tell(story, case, course)
        self._contacts(story, course)
        self._actions(story, case, course)
        return story

    # --- the sentence ----------------------------------------------------------------------

    def _sentence(self, person: Case) -> Case:
        """Legal status, start of detention, and the release dates."""
        rng, today = self.rng, self.today
        stage, _weight, offsets = rng.choices(_STAGES, [stage[1] for stage in _STAGES])[0]
        adult = _eighteenth_birthday(drawn(person.date_of_birth))
        if offsets is None:
            start = today - self._between(30, 700)
            if adult < today - _days(30):
                start = max(start, adult)
            status = LegalStatus.ACCUSED if stage == "accused" else LegalStatus.INTERNED
            return replace(person, legal_status=status, detention_start=start)
        release = today + self._between(*offsets)
        start = min(release - self._between(540, 2900), today - self._between(60, 400))
        if adult + _days(180) < min(release, today):
            start = max(start, adult)
        served = rng.choice((1 / 3, 1 / 3, 1 / 2, 2 / 3, 2 / 3, 1))  # share of the sentence served at release
        sentence = (release - start) / served
        # Conditional release after a third of the sentence, or two thirds for a repeat offence.
        conditional = start + sentence * (2 / 3 if served >= 2 / 3 and rng.random() < 0.3 else 1 / 3)
        early = conditional - _BEFORE_CONDITIONAL_RELEASE
        released = release <= today
        return replace(
            person,
            legal_status=LegalStatus.RELEASED_UNDER_CONDITIONS if released and served < 1 else LegalStatus.CONVICTED,
            detention_start=start,
            limited_detention_from=early if early > start else None,
            electronic_monitoring_from=early if early > start else None,
            conditional_release_from=conditional,
            expected_release=release,
        )

    # --- the traject -----------------------------------------------------------------------

    def _traject(self, story: DemoStory, case: Case) -> Course:
        """Participation offered and answered, and the phases that followed."""
        rng, today, words = self.rng, self.today, material.WORDS[story.language]
        release, detention_start = case.expected_release, drawn(case.detention_start)
        inside_until = release if release and release <= today else today
        answer = self._pick(_ANSWERS)
        if answer == "no answer yet" and inside_until < today:
            answer = "accepted"
        if answer == "no answer yet":
            offered = max(detention_start, _weekday(today - self._between(1, 20)))
        else:
            offered = _weekday(
                self._day(detention_start + _days(14), min(detention_start + _days(365), inside_until - _days(30)))
            )
        self._participation(story, Participation.OFFERED, offered)
        self._phase(story, Phase.FIRST_CONTACT, offered)
        if answer == "no answer yet":
            return Course(offered, None, None)
        answered = min(offered + self._between(0, 14), today)
        if answer == "accepted":
            self._participation(story, Participation.ACCEPTED, answered, rng.choice(words.accepted_reasons))
            return self._accepted(story, release, offered, answered)
        self._participation(story, Participation.DECLINED, answered, rng.choice(words.declined_reasons))
        offered_again = answered + self._between(60, 300)
        if answer == "declined" or offered_again > inside_until - _days(30):
            return Course(offered, None, answered)
        self._participation(story, Participation.OFFERED, offered_again)
        accepted = min(offered_again + self._between(1, 14), today)
        self._participation(story, Participation.ACCEPTED, accepted, rng.choice(words.accepted_after_declining))
        return self._accepted(story, release, offered, accepted)

    def _accepted(self, story: DemoStory, release: date | None, first_contact: date, accepted: date) -> Course:
        """Phases moving forward over months; sometimes a pause or a withdrawal."""
        rng, today, words = self.rng, self.today, material.WORDS[story.language]
        day = accepted + self._between(0, 14)
        planned = [(Phase.BUILDING_TRUST, day)]
        for phase in (Phase.EXPLORING, Phase.CRITICAL_REFLECTION, Phase.REINTEGRATION_PLANNING):
            day += self._between(30, 200)
            planned.append((phase, day))
        if release:
            # Planning for release starts a year or two before it, however early the rest went.
            planning = max(planned[-1][1], release - self._between(365, 900))
            planned[-1] = (Phase.REINTEGRATION_PLANNING, planning)
            preparing = max(release - self._between(90, 180), planned[0][1] + _days(7))
            planned = [(phase, on) for phase, on in planned if on < preparing]
            if preparing < release:
                planned.append((Phase.RELEASE_PREPARATION, preparing))
            planned.append((Phase.AFTERCARE, release + self._between(0, 7)))
            planned.append((Phase.CLOSED, release + _AFTERCARE + self._between(0, 14)))
        planned = [(phase, on) for phase, on in planned if on <= today]
        contact_end: date | None = None
        closing_reasons = words.closed_after_aftercare
        # A withdrawal comes before release, a pause at any time; neither after the file is closed.
        closing = next((on for phase, on in planned if phase is Phase.CLOSED), today)
        latest = min(today, release or today, closing) - _days(1)
        stop = rng.random()
        if stop < 0.05 and accepted + _days(30) < latest:
            withdrawn = self._day(accepted + _days(30), latest)
            self._participation(story, Participation.WITHDRAWN, withdrawn, rng.choice(words.withdrawn_reasons))
            planned = [(phase, on) for phase, on in planned if on < withdrawn]
            closing = withdrawn + self._between(60, 200)
            if closing <= today:
                planned.append((Phase.CLOSED, closing))
            contact_end, closing_reasons = withdrawn, words.closed_after_withdrawal
        elif stop < 0.12 and accepted + _days(30) < min(today - _days(14), closing):
            paused = self._day(accepted + _days(30), min(today - _days(14), closing - _days(1)))
            self._participation(story, Participation.PAUSED, paused, rng.choice(words.paused_reasons))
            resumed = paused + self._between(30, 120)
            if resumed <= today:
                self._participation(story, Participation.ACCEPTED, resumed, rng.choice(words.resumed_reasons))
            else:
                contact_end = paused
            planned = [(phase, on) for phase, on in planned if not paused <= on < resumed]
        closed_on = None
        for phase, on in planned:
            if phase is Phase.CLOSED:
                closed_on = on
                self._phase(story, phase, on, rng.choice(closing_reasons))
            else:
                self._phase(story, phase, on)
        return Course(first_contact, accepted, contact_end or closed_on, closed_on)

    def _participation(self, story: DemoStory, status: Participation, on: date, reasons: str = "") -> None:
        story.participation.append(ParticipationDecision(None, story.case_id, status, on, reasons))

    def _phase(self, story: DemoStory, phase: Phase, on: date, closing_reason: str = "") -> None:
        note = "" if phase is Phase.CLOSED else self.rng.choice(material.WORDS[story.language].phase_notes[phase.value])
        story.phases.append(PhaseChange(None, story.case_id, phase, on, note, closing_reason))

    def _transfer(self, story: DemoStory, case: Case, course: Course) -> None:
        """One move to another prison; the consultant follows the person there."""
        release = case.expected_release
        last = (release if release and release <= self.today else self.today) - _days(7)
        first = course.first_contact + _days(14)
        if first > last:
            first = min(drawn(case.detention_start) + _days(14), last)
        words = material.WORDS[story.language]
        # Where a consultant who writes the case file's language works, and so follows the person to.
        elsewhere = tuple((name, weight) for name, weight in words.prisons if name != case.prison)
        to_prison = self.rng.choices(*zip(*elsewhere, strict=True))[0]
        story.transfer = Transfer(
            None,
            story.case_id,
            self._day(first, last),
            case.prison,
            to_prison,
            self.rng.choice(words.transfer_notes),
        )

    # --- contacts and actions --------------------------------------------------------------

    def _contacts(self, story: DemoStory, course: Course) -> None:
        """Sessions held since the first contact, one sometimes cancelled, and the next one planned."""
        rng, today = self.rng, self.today
        story.sessions.append(self._session(story, course.first_contact, "held", "individual"))
        if course.accepted_on is None:
            if course.contact_end is None:  # waiting for an answer: a follow-up talk is planned
                story.sessions.append(self._session(story, _weekday(today + self._between(1, 14), True), "planned"))
            return
        if course.contact_end is None:
            last = _weekday(today - self._between(*self._pick(_LAST_CONTACT_DAYS_AGO)))
        else:
            last = _weekday(course.contact_end)
        held = []
        day = last
        for _ in range(rng.randint(3, 9)):
            if day <= course.first_contact:
                break
            held.append(day)
            day = _weekday(day - self._between(7, 28))
        story.sessions += [self._session(story, on, "held") for on in reversed(held)]
        if held and rng.random() < 0.08:
            cancelled = _weekday(self._day(course.first_contact + _days(1), last))
            story.sessions.append(self._session(story, cancelled, "cancelled"))
        if course.contact_end is None and rng.random() < 0.85:
            story.sessions.append(self._session(story, _weekday(today + self._between(1, 14), True), "planned"))

    def _session(self, story: DemoStory, day: date, status: str, kind: str | None = None) -> Session:
        hour, minute = self.rng.choice(material.SESSION_TIMES)
        return Session(
            None,
            story.case_id,
            datetime.combine(day, time(hour, minute)),
            status,
            kind or self._pick(material.SESSION_KINDS),
        )

    def _actions(self, story: DemoStory, case: Case, course: Course) -> None:
        """Follow-up actions: open ones, some overdue, on live cases; done ones on finished cases."""
        rng, today = self.rng, self.today
        if course.accepted_on is None:
            return
        accepted_on, contact_end = course.accepted_on, course.contact_end
        live = contact_end is None
        count = rng.choices((0, 1, 2, 3), (25, 35, 25, 15))[0] if live else rng.choices((0, 1), (60, 40))[0]
        person = case.preferred_name or case.name.split()[0]
        for description, owner in rng.sample(material.WORDS[story.language].actions, count):
            if contact_end is None:
                due = today + self._between(-40, 30)
                done = None
                if (due < today and rng.random() < 0.5) or rng.random() < 0.15:
                    done = min(due + self._between(-5, 3), today)
            else:
                due = self._day(accepted_on, contact_end)
                done = min(due + self._between(-5, 3), contact_end)
            if done is not None:
                done = max(done, accepted_on)
            story.actions.append(Action(None, story.case_id, description, owner.format(person=person), due, done))
