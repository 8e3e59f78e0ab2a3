"""The partner services involved in each demo case, and the consents asked: for statistics, and to share with a
service (given with what may and may not be shared, refused, pending, now and then revoked)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from trajectapp.domain.case import Case
from trajectapp.domain.partners import Involvement
from trajectapp.domain.traject import Consent, ConsentDecision, ConsentPurpose
from trajectapp.services import demo_material as material
from trajectapp.services.demo_drawing import Drawing, drawn

if TYPE_CHECKING:
    from trajectapp.services.demo_stories import Course, DemoStory


def _days(count: int) -> timedelta:
    return timedelta(days=count)


class ServicesStoryteller(Drawing):
    """Draws from the storyteller's own generator; `service_ids` maps default service keys to the vault's ids."""

    def __init__(self, rng: random.Random, today: date, service_ids: dict[str, int]):
        super().__init__(rng, today)
        self._service_ids = service_ids
        self._pending_one = False
        self._revoked_one = False

    def tell(self, story: DemoStory, case: Case, course: Course) -> None:
        rng, today, words = self.rng, self.today, material.WORDS[story.language]
        release = case.expected_release
        if course.accepted_on is None:
            # The prison's psychosocial service is there whether or not the person takes part.
            keys = ["psd"] if rng.random() < 0.4 else []
        else:
            keys = self._some_services(rng.choices((1, 2, 3, 4), (30, 35, 25, 10))[0])
        begin = course.accepted_on or course.first_contact
        for key in keys:
            last = course.contact_end or today
            if release and key in material.INSIDE_ONLY:
                last = min(last, release)
            since = self._day(begin, last)
            until = None
            if course.closed_on:
                until = course.closed_on
            elif release and release <= today and key in material.INSIDE_ONLY:
                until = release
            elif rng.random() < 0.1 and since + _days(60) < today:
                until = self._day(since + _days(60), today)
            contact = (
                ""
                if rng.random() < 0.15
                else f"{rng.choice(words.contact_given_names)} {rng.choice(words.contact_surnames)}"
            )
            needs = "; ".join(
                rng.sample(words.service_needs[key], min(len(words.service_needs[key]), rng.randint(1, 2)))
            )
            story.involvements.append(
                Involvement(None, story.case_id, self._service_ids[key], since, until, contact, needs)
            )
        self._statistics_consent(story, course)
        if course.accepted_on is None:
            return
        for involvement in rng.sample(story.involvements, min(len(story.involvements), rng.randint(1, 3))):
            story.consents.append(self._sharing_consent(story, involvement, live=course.contact_end is None))

    def _some_services(self, count: int) -> list[str]:
        pool = list(material.SERVICE_WEIGHTS)
        chosen = []
        for _ in range(count):
            key = self.rng.choices(*zip(*pool, strict=True))[0]
            chosen.append(key)
            pool = [(other, weight) for other, weight in pool if other != key]
        return chosen

    def _statistics_consent(self, story: DemoStory, course: Course) -> None:
        rng, today = self.rng, self.today
        if course.accepted_on is None:
            if course.contact_end is None or rng.random() < 0.5:
                return  # no answer yet to the offer, or never asked
            asked = course.first_contact
            answer = ConsentDecision.GIVEN if rng.random() < 0.4 else ConsentDecision.REFUSED
        else:
            asked, chance = course.accepted_on, rng.random()
            if chance < 0.25 and asked >= today - _days(60) and course.contact_end is None:
                answer = ConsentDecision.PENDING
            elif chance < 0.92:
                answer = ConsentDecision.GIVEN
            elif chance < 0.98:
                answer = ConsentDecision.REFUSED
            else:
                return
        decided = None if answer is ConsentDecision.PENDING else min(asked + self._between(0, 7), today)
        story.consents.append(
            Consent(None, story.case_id, ConsentPurpose.STATISTICS, answer, asked, decided_on=decided)
        )

    def _sharing_consent(self, story: DemoStory, involvement: Involvement, live: bool) -> Consent:
        """Given (with what may and may not be shared), refused, or pending.

        Every demo shows both a pending and a revoked consent: the first of each kind that can be is.
        """
        rng, today, since, case_id = self.rng, self.today, drawn(involvement.since), story.case_id
        purpose, service_id = ConsentPurpose.SHARE_WITH_SERVICE, involvement.service_id
        chance = rng.random()
        if live and (chance < 0.12 or not self._pending_one):
            self._pending_one = True
            asked = max(since, today - self._between(1, 30))
            return Consent(None, case_id, purpose, ConsentDecision.PENDING, asked, service_id)
        decided = min(since + self._between(0, 7), today)
        if chance < 0.2:
            return Consent(None, case_id, purpose, ConsentDecision.REFUSED, since, service_id, decided)
        revoked = None
        if (not self._revoked_one or rng.random() < 0.02) and decided + _days(14) <= today:
            revoked, self._revoked_one = self._day(decided + _days(7), today), True
        return Consent(
            None,
            case_id,
            purpose,
            ConsentDecision.GIVEN,
            since,
            service_id,
            decided,
            rng.choice(material.WORDS[story.language].sharing_allowed),
            rng.choice(material.WORDS[story.language].sharing_not_allowed),
            revoked,
        )
