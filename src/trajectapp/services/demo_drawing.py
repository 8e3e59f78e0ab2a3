"""Drawing from a case's seeded generator, as every part of the demo's story does: a value by its weight, a number
of days, a day in a span."""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import cache
from itertools import accumulate
from typing import Any, TypeVar

Picked = TypeVar("Picked")


@cache
def _cumulative(weighted: tuple[tuple[Any, int], ...]) -> tuple[tuple[Any, ...], tuple[int, ...]]:
    values, weights = zip(*weighted, strict=True)
    return values, tuple(accumulate(weights))


class Drawing:
    def __init__(self, rng: random.Random, today: date):
        self.rng = rng
        self.today = today

    def _pick(self, weighted: tuple[tuple[Picked, int], ...]) -> Picked:
        """One value of ((value, weight), ...), by weight."""
        values: tuple[Picked, ...]  # what functools.cache gives back loses the type variable
        values, cumulative = _cumulative(tuple(weighted))
        return self.rng.choices(values, cum_weights=cumulative)[0]

    def _between(self, low: int, high: int) -> timedelta:
        return timedelta(days=self.rng.randint(low, high))

    def _day(self, first: date, last: date) -> date:
        """A day from `first` to `last`, both included; `first` when there is no such day."""
        span = (last - first).days
        return first + timedelta(days=self.rng.randint(0, span)) if span > 0 else first


Drawn = TypeVar("Drawn")


def drawn(value: Drawn | None) -> Drawn:
    """A field that the domain leaves optional and the demo has filled in wherever it reads it: a person's birthday,
    a step's due day, the day a consent was given and the service it names."""
    if value is None:
        raise ValueError("the demo drew a record without a field it always fills in")
    return value
