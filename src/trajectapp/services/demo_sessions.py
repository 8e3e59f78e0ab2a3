"""The demo's sessions in full: who took part, where, how long, the focus, what they touched, the note,
and the follow-up actions agreed in them.

Drawn from a generator of its own, so the rest of the demo is the same with or without it. Most held
sessions get a note; planned and cancelled ones only their details.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from trajectapp.domain.case import Case
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.sessions import Action, Focus, Participant, Session, SessionParty
from trajectapp.domain.strengths import PrimaryGood
from trajectapp.services import demo_session_material as material
from trajectapp.services.demo_stories import DemoStory
from trajectapp.services.demo_words import for_person

_NOTE_SHARE = 0.85
_FOLLOW_UP_SHARE = 0.12


@dataclass
class SessionsStory:
    sessions: list[Session] = field(default_factory=list)  # the story's sessions, in the same order, in full
    follow_ups: list[tuple[int, Action]] = field(default_factory=list)  # (index into sessions, action)
    # (index into sessions, which factor of the case's needs story) for the factors a session touched
    factor_tags: list[tuple[int, int]] = field(default_factory=list)


class SessionsStoryteller:
    def __init__(self, rng: random.Random, today: date, service_ids: dict[str, int], domain_ids: dict[str, int]):
        self.rng = rng
        self.today = today
        self._service_ids = service_ids
        self._domain_ids = domain_ids

    def story(self, case: Case, story: DemoStory, factor_count: int, woman: bool) -> SessionsStory:
        rng, words = self.rng, material.WORDS[story.language]
        told = SessionsStory()
        person = case.preferred_name or case.name.split()[0]
        for session in story.sessions:
            told.sessions.append(self._session(session, words, person, woman))
        for index, session in enumerate(told.sessions):
            if session.status != "held":
                continue
            if factor_count and session.note and rng.random() < 0.3:
                told.factor_tags.append((index, rng.randrange(factor_count)))
            if session.note and rng.random() < _FOLLOW_UP_SHARE:
                what, who = rng.choice(words.follow_ups)
                due = session.starts_at.date() + _days(rng.randint(7, 21))
                end = story.contact_end or self.today
                done = due if due <= end and (story.contact_end or rng.random() < 0.6) else None
                if done is None and story.contact_end:
                    done = end
                action = Action(None, stored_id(case.id), what, who.format(person=person), due, done)
                told.follow_ups.append((index, action))
        return told

    def _session(self, session: Session, words: material.SessionWords, person: str, woman: bool) -> Session:
        rng, kind = self.rng, session.kind
        locations = words.locations.get(kind, words.locations["individual"])
        location = rng.choices([place for place, _ in locations], [weight for _, weight in locations])[0]
        duration = rng.choice(material.DURATIONS.get(kind, (60,)))
        participants = self._participants(kind, words)
        if session.status != "held":
            return replace(session, duration_minutes=duration, location=location, participants=participants)
        talk = rng.choice(words.notes)
        note = for_person(talk.note, woman).replace("{person}", person) if rng.random() < _NOTE_SHARE else ""
        return replace(
            session,
            duration_minutes=duration,
            location=location,
            focus=Focus(talk.focus),
            note=note,
            participants=participants,
            domain_ids=tuple(self._domain_ids[key] for key in talk.domains),
            goods=tuple(PrimaryGood(good) for good in talk.goods),
        )

    def _participants(self, kind: str, words: material.SessionWords) -> tuple[Participant, ...]:
        rng = self.rng
        if kind == "case_consultation":
            return (self._service(),)
        found = [Participant(SessionParty.PERSON)]
        if kind == "family":
            found.append(Participant(SessionParty.FAMILY, name=rng.choice(words.family)))
            if rng.random() < 0.3:
                found.append(Participant(SessionParty.OTHER, name=words.others[0]))
        elif kind == "multi_agency":
            found += [self._service() for _ in range(rng.randint(1, 2))]
            if rng.random() < 0.2:
                found.append(Participant(SessionParty.OTHER, name=rng.choice(words.others)))
        elif rng.random() < 0.04:
            found.append(Participant(SessionParty.OTHER, name=words.others[3]))  # an interpreter
        return tuple(dict.fromkeys(found))

    def _service(self) -> Participant:
        services = material.MEETING_SERVICES
        key = self.rng.choices([key for key, _ in services], [weight for _, weight in services])[0]
        return Participant(SessionParty.SERVICE, self._service_ids[key])


def _days(count: int) -> timedelta:
    return timedelta(days=count)
