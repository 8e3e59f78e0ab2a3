"""From the needs service's chart data to the radar chart's axes and series: which assessments are drawn,
under which labels, and which domains are left out. Plain Python, so paper can use it as the screen does."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from trajectapp.domain.needs import ChartData
from trajectapp.domain.radar_chart import Axis, Series
from trajectapp.domain.selection import Translate, as_written
from trajectapp.domain.shipped_catalogues import catalogue_text


@dataclass(frozen=True)
class ShownSeries:
    """An assessment to draw, its label in the legend, and whether to draw the person's own scores instead."""

    assessment_id: int
    label: str
    person: bool = False


def radar_input(
    data: ChartData, shown: Sequence[ShownSeries], *, hide_special: bool, translate: Translate = as_written
) -> tuple[list[Axis], list[Series]]:
    """Axes keyed by domain id (special-category ones hidden when `hide_special`), labelled with the domains' names
    in the reader's language, and one series per `shown`, in that order: the first is drawn most prominently."""
    axes = [
        Axis(
            str(domain.id),
            catalogue_text(domain.name, translate),
            hidden=hide_special and domain.sensitivity is not None,
        )
        for domain in data.domains
    ]
    by_id = {series.assessment_id: series for series in data.series}
    series = []
    for wanted in shown:
        source = by_id[wanted.assessment_id]
        values = source.person_values if wanted.person else source.values
        series.append(Series(wanted.label, {str(domain_id): value for domain_id, value in values.items()}))
    return axes, series
