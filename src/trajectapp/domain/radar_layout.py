"""Builds the star (radar) chart: the star as large as its labels leave room for, its rings and the series drawn on
it, and the legend below; or, with too little to draw, a message."""

from __future__ import annotations

import math
from collections.abc import Sequence

from trajectapp.domain.radar_chart import (
    COLOURS,
    DASHES,
    INK,
    MARKERS,
    MINIMUM_AXES,
    MUTED,
    RING_VALUES,
    SCALE_MAXIMUM,
    SMALLEST_STAR,
    Axis,
    AxisLayout,
    LegendEntry,
    Point,
    RadarChart,
    Ring,
    Series,
    SeriesLayout,
    SeriesStyle,
    TextLine,
    TextWidth,
    Wording,
    estimated_text_width,
)
from trajectapp.domain.radar_labels import LabelPlacement, overlapping, padding, polar

_ENGLISH = Wording()  # the chart's own words, when none are given


def build_radar_chart(
    axes: Sequence[Axis],
    series: Sequence[Series],
    *,
    size: float,
    font_size: float | None = None,
    text_width: TextWidth = estimated_text_width,
    wording: Wording = _ENGLISH,
) -> RadarChart:
    """Lay out a square chart of ``size``: star, labels and a legend below; the first series is the most prominent.

    Raises ValueError for a score outside 1–10, a key that is not an axis, or a repeated axis key.
    Fewer than three visible domains with a score give a chart that only holds a message.
    """
    _check(axes, series, size)
    font = font_size if font_size is not None else max(7.0, size / 44)
    visible = [axis for axis in axes if not axis.hidden]
    scored = [axis for axis in visible if any(entry.values.get(axis.key) is not None for entry in series)]
    if len(scored) < MINIMUM_AXES:
        return _Layout(size, font, text_width, []).message_chart(wording.not_enough)
    angles = [360.0 * index / len(visible) for index in range(len(visible))]
    series_labels = [entry.label for entry in series]
    unscored = [tuple(i for i, entry in enumerate(series) if entry.values.get(axis.key) is None) for axis in visible]
    # Rather than let labels overlap or squeeze the star, the text shrinks, at most to 60 %.
    for attempt in range(6):
        layout = _Layout(size, font * 0.9**attempt, text_width, series_labels)
        styles = [_style(index, layout.font) for index in range(len(series))]
        radius, axis_layouts = layout.place_axes(visible, angles, unscored, styles, series_labels, wording.not_scored)
        if radius >= size * SMALLEST_STAR and not any(overlapping(axis_layouts, i) for i in range(len(visible))):
            break
    lowest = min([-radius] + [axis.label_box.bottom for axis in axis_layouts])
    highest = max([radius] + [axis.label_box.top for axis in axis_layouts])
    return layout.chart(
        top=layout.centred_top(highest, lowest - layout.legend_height),
        radius=radius,
        axes=axis_layouts,
        rings=tuple(layout.ring(value, angles, radius) for value in RING_VALUES),
        series=tuple(
            _series_layout(entry, style, visible, angles, radius) for entry, style in zip(series, styles, strict=True)
        ),
        legend=layout.legend(series_labels, styles, below=lowest),
    )


def _check(axes: Sequence[Axis], series: Sequence[Series], size: float) -> None:
    if size <= 0:
        raise ValueError("The chart needs a size greater than zero.")
    keys = [axis.key for axis in axes]
    if len(set(keys)) != len(keys):
        raise ValueError("Each domain can appear only once in the chart.")
    for entry in series:
        for key, value in entry.values.items():
            if key not in keys:
                raise ValueError(f"The assessment {entry.label} scores a domain the chart does not have: {key}.")
            whole = isinstance(value, int) and not isinstance(value, bool)
            if value is not None and not (whole and 1 <= value <= SCALE_MAXIMUM):
                raise ValueError(
                    f"A score must be a whole number from 1 to {SCALE_MAXIMUM}; "
                    f"the assessment {entry.label} gives {value!r} for {key}."
                )


def _style(index: int, font_size: float) -> SeriesStyle:
    # Lines and markers go with the text, so that they are as legible on paper as on screen.
    scale = font_size / 10
    cycle = index % len(COLOURS)
    return SeriesStyle(
        colour=COLOURS[cycle],
        dash=tuple(length * scale for length in DASHES[cycle]),
        marker=MARKERS[cycle],
        line_width=(2.0 if index == 0 else 1.7) * scale,
        marker_size=3.0 * scale,
        fill_opacity=0.16 if index == 0 else 0.08,
    )


def _series_layout(
    entry: Series, style: SeriesStyle, axes: Sequence[Axis], angles: Sequence[float], radius: float
) -> SeriesLayout:
    points = []
    for axis, angle in zip(axes, angles, strict=True):
        value = entry.values.get(axis.key)
        x, y = polar(radius * value / SCALE_MAXIMUM, angle) if value is not None else (None, None)
        points.append(Point(axis.key, value, x, y))
    return SeriesLayout(entry.label, style, tuple(points), _runs(points), not any(p.missing for p in points))


def _runs(points: Sequence[Point]) -> tuple[tuple[Point, ...], ...]:
    """Stretches of neighbouring scored points; the star is circular, so a stretch may run on past the first axis."""
    if not any(point.missing for point in points):
        return (tuple(points),)
    start = next(index for index, point in enumerate(points) if point.missing)
    runs: list[tuple[Point, ...]] = []
    current: list[Point] = []
    for point in list(points[start:]) + list(points[: start + 1]):
        if not point.missing:
            current.append(point)
        elif current:
            runs.append(tuple(current))
            current = []
    return tuple(runs)


class _Layout(LabelPlacement):
    """The measurements of one chart size and font: margins, the labels' (see LabelPlacement), the legend's rows."""

    def __init__(self, size: float, font_size: float, text_width: TextWidth, legend_labels: Sequence[str]):
        self.swatch = font_size * 2.6
        self.row_height = font_size * 1.6
        self.legend_widths = [self.swatch + font_size * 0.5 + text_width(text, font_size) for text in legend_labels]
        self.legend_between = font_size * 2
        self.legend_in_one_row = self.legend_row_width() <= size - 2 * padding(font_size)
        rows = 1 if self.legend_in_one_row else len(legend_labels)
        self.legend_height = rows * self.row_height + 2 * padding(font_size) if legend_labels else 0.0
        super().__init__(size, font_size, text_width, self.legend_height)

    def legend_row_width(self) -> float:
        return sum(self.legend_widths) + self.legend_between * max(0, len(self.legend_widths) - 1)

    def centred_top(self, highest: float, lowest: float) -> float:
        """The canvas's top edge that centres the content from ``highest`` down to ``lowest``."""
        return (highest + lowest) / 2 + self.size / 2

    def chart(
        self,
        *,
        top: float,
        radius: float = 0.0,
        axes: tuple[AxisLayout, ...] = (),
        rings: tuple[Ring, ...] = (),
        series: tuple[SeriesLayout, ...] = (),
        legend: tuple[LegendEntry, ...] = (),
        message: tuple[TextLine, ...] = (),
    ) -> RadarChart:
        return RadarChart(
            self.size, self.size, -self.size / 2, top, self.font, radius, axes, rings, series, legend, message
        )

    def message_chart(self, text: str) -> RadarChart:
        """Words in the middle of the canvas instead of a chart."""
        lines = self.wrap(text, self.size * 0.8, self.font)
        top = len(lines) * self.line_height / 2
        message = tuple(
            TextLine(line, 0.0, self.baseline(top, index), "centre", self.font, MUTED)
            for index, line in enumerate(lines)
        )
        return self.chart(top=self.size / 2, message=message)

    def ring(self, value: int, angles: Sequence[float], radius: float) -> Ring:
        distance = radius * value / SCALE_MAXIMUM
        points = tuple(polar(distance, angle) for angle in angles)
        # Between the last and the first spoke no value is drawn, so the scale stays legible there.
        half_step = 180.0 / len(angles)
        tick_size = self.font * 0.75
        x, y = polar(distance * math.cos(math.radians(half_step)) - tick_size * 0.7, -half_step)
        return Ring(value, points, TextLine(str(value), x, y - tick_size * 0.36, "centre", tick_size, MUTED))

    # -- legend -------------------------------------------------------------------------------

    def legend(self, labels: Sequence[str], styles: Sequence[SeriesStyle], *, below: float) -> tuple[LegendEntry, ...]:
        """One row when the entries fit side by side, else one entry per row; centred under ``below``."""
        entries = []
        row_left = -self.legend_row_width() / 2
        stacked_left = -max(self.legend_widths, default=0) / 2
        for index, (label, style, width) in enumerate(zip(labels, styles, self.legend_widths, strict=True)):
            middle = below - 2 * self.pad - ((0 if self.legend_in_one_row else index) + 0.5) * self.row_height
            left = row_left if self.legend_in_one_row else stacked_left
            text_x = left + self.swatch + self.font * 0.5
            text = TextLine(label, text_x, middle - self.font * 0.36, "left", self.font, INK)
            entries.append(LegendEntry(label, style, ((left, middle), (left + self.swatch, middle)), text))
            row_left += width + self.legend_between
        return tuple(entries)
