"""The star (radar) chart of needs assessments as one definition: the screen widget and the paper drawing both draw it.

Everything a renderer needs is computed here, once, in chart coordinates: the
origin is the centre of the star and **y points up** (as on paper). A renderer
maps a point to its canvas with ``x - chart.left`` and ``chart.top - y`` (y
down, Qt) or ``y - chart.bottom`` (y up, reportlab). Angles are degrees
clockwise from twelve o'clock; the first visible axis points straight up.

An unscored domain (value None) is never given a position. The series' line
is broken there: only the segments between neighbouring scored domains are
drawn, so no line passes through a value nobody gave, and a series with a gap
is not filled, because a filled shape would claim an area across the gap.
Under the domain's label a muted "not scored" says so in words, followed by
the marker of each assessment that left it out (no marker when none scored it).
An axis marked ``hidden`` (special-category data left out of a presentation or
an export) is removed entirely: no spoke, no label, no value.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

SCALE_MAXIMUM = 10
RING_VALUES = (2, 4, 6, 8, 10)
MINIMUM_AXES = 3
_SMALLEST_STAR = 0.2  # a radius below this share of the size leaves too little room for the values

INK = "#1A1A1A"
MUTED = "#5C5C5C"
GRID = "#B4B4B4"

TextWidth = Callable[[str, float], float]
"""The width of a text at a font size, in the same units as the chart's size."""


def estimated_text_width(text: str, font_size: float) -> float:
    """A font-free estimate, generous enough for DejaVu Sans (its letters are wide)."""
    return 0.6 * font_size * len(text)


@dataclass(frozen=True)
class Axis:
    """One domain as input: a stable key, the label shown, and whether to leave it out."""

    key: str
    label: str
    hidden: bool = False


@dataclass(frozen=True)
class Series:
    """One assessment as input: its label (e.g. "2026-03-02 (latest)") and a score 1–10 or None per axis key.

    A key left out of ``values`` counts as unscored, like None.
    """

    label: str
    values: Mapping[str, int | None]


@dataclass(frozen=True)
class Wording:
    """The chart's own words, so that the widget can pass translated ones."""

    not_enough: str = "Not enough domains scored to draw a chart"
    not_scored: str = "not scored"


@dataclass(frozen=True)
class SeriesStyle:
    """How a series is told apart, in colour and in black and white alike."""

    colour: str  # "#RRGGBB"
    dash: tuple[float, ...]  # on/off lengths in chart units; () is a solid line
    marker: str  # "circle" (filled), or the outlines "square", "triangle", "diamond"
    line_width: float
    marker_size: float  # about half the marker's width
    fill_opacity: float


# Okabe–Ito colours (safe for colour-blind readers); line style and marker shape
# carry the difference on a black-and-white printout.
_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7")
_DASHES = ((), (6.0, 3.0), (1.5, 2.5), (8.0, 3.0, 1.5, 3.0))
_MARKERS = ("circle", "square", "triangle", "diamond")


@dataclass(frozen=True)
class TextLine:
    """One line of text: ``x`` is where ``align`` ("left", "centre", "right") puts it, ``y`` its baseline."""

    text: str
    x: float
    y: float
    align: str
    font_size: float
    colour: str


@dataclass(frozen=True)
class Marker:
    style: SeriesStyle
    centre: tuple[float, float]


@dataclass(frozen=True)
class Box:
    left: float
    bottom: float
    right: float
    top: float

    def overlaps(self, other: Box) -> bool:
        across = self.left < other.right and other.left < self.right
        return across and self.bottom < other.top and other.bottom < self.top


@dataclass(frozen=True)
class AxisLayout:
    """A visible axis: its spoke from the centre to ``end``, and its wrapped label in ``label_box``."""

    key: str
    label: str
    angle: float
    end: tuple[float, float]
    lines: tuple[TextLine, ...]  # the label, then the "not scored" note if a series has no value here
    gap_markers: tuple[Marker, ...]  # after the note: the markers of the series without a value
    label_box: Box
    unscored_in: tuple[str, ...]  # labels of the series without a value


@dataclass(frozen=True)
class Ring:
    value: int
    points: tuple[tuple[float, float], ...]  # a closed polygon, one corner per visible axis
    tick: TextLine


@dataclass(frozen=True)
class Point:
    """A series' value on one axis; ``x`` and ``y`` are None when the value is missing."""

    key: str
    value: int | None
    x: float | None
    y: float | None

    @property
    def missing(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class SeriesLayout:
    label: str
    style: SeriesStyle
    points: tuple[Point, ...]  # one per visible axis, in axis order
    runs: tuple[tuple[Point, ...], ...]  # stretches of neighbouring scored points, each drawn as one line
    closed: bool  # every axis scored: the line is a closed polygon, and filled

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(point.key for point in self.points if point.missing)

    def value_of(self, key: str) -> int | None:
        return next(point.value for point in self.points if point.key == key)


@dataclass(frozen=True)
class LegendEntry:
    label: str
    style: SeriesStyle
    swatch: tuple[tuple[float, float], tuple[float, float]]  # a short line; the marker sits at its middle
    text: TextLine


@dataclass(frozen=True)
class RadarChart:
    """The whole chart on a canvas of ``width`` x ``height`` whose top-left corner is (left, top).

    Renderers draw, bottom to top: rings, spokes, ring ticks, fills of closed series,
    series lines and markers from the last series to the first (so the first lies on
    top), labels with their gap markers, the legend. Or, when not ``drawable``, only
    the ``message``.
    """

    width: float
    height: float
    left: float
    top: float
    font_size: float
    radius: float
    axes: tuple[AxisLayout, ...]
    rings: tuple[Ring, ...]
    series: tuple[SeriesLayout, ...]
    legend: tuple[LegendEntry, ...]
    message: tuple[TextLine, ...]  # instead of a chart, when there is not enough to draw one
    scale_maximum: int = SCALE_MAXIMUM

    @property
    def drawable(self) -> bool:
        return not self.message

    @property
    def bottom(self) -> float:
        return self.top - self.height


def build_radar_chart(
    axes: Sequence[Axis],
    series: Sequence[Series],
    *,
    size: float,
    font_size: float | None = None,
    text_width: TextWidth = estimated_text_width,
    wording: Wording = Wording(),
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
        if radius >= size * _SMALLEST_STAR and not any(_overlapping(axis_layouts, i) for i in range(len(visible))):
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


def _overlapping(axes: Sequence[AxisLayout], index: int) -> bool:
    box = axes[index].label_box
    return any(other.label_box.overlaps(box) for position, other in enumerate(axes) if position != index)


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
    cycle = index % len(_COLOURS)
    return SeriesStyle(
        colour=_COLOURS[cycle],
        dash=tuple(length * scale for length in _DASHES[cycle]),
        marker=_MARKERS[cycle],
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
        x, y = _polar(radius * value / SCALE_MAXIMUM, angle) if value is not None else (None, None)
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


def _polar(distance: float, angle: float) -> tuple[float, float]:
    radians = math.radians(angle)
    return distance * math.sin(radians), distance * math.cos(radians)


def _label_side(angle: float) -> tuple[float, float]:
    """How far a label leans right of and above its anchor, each from -1 to 1.

    Twice the spoke's direction, clipped: a label near a diagonal sits wholly beyond
    the corner of its anchor; one near the top or a side centres on its spoke.
    """
    sine, cosine = _polar(1.0, angle)
    return max(-1.0, min(1.0, 2 * sine)), max(-1.0, min(1.0, 2 * cosine))


def _shifted(axis: AxisLayout, dy: float) -> AxisLayout:
    box = axis.label_box
    return replace(
        axis,
        lines=tuple(replace(line, y=line.y + dy) for line in axis.lines),
        gap_markers=tuple(replace(m, centre=(m.centre[0], m.centre[1] + dy)) for m in axis.gap_markers),
        label_box=Box(box.left, box.bottom + dy, box.right, box.top + dy),
    )


@dataclass(frozen=True)
class _Block:
    """A wrapped label before it has a place."""

    lines: tuple[str, ...]
    note: str
    gaps: tuple[SeriesStyle, ...]
    note_width: float
    width: float
    height: float


class _Layout:
    """The measurements of one chart size and font: margins, label wrapping, the legend's rows."""

    def __init__(self, size: float, font_size: float, text_width: TextWidth, legend_labels: Sequence[str]):
        self.size = size
        self.font = font_size
        self.note_font = font_size * 0.85
        self.line_height = font_size * 1.2
        self.text_width = text_width
        self.pad = max(4.0, font_size * 0.5)
        self.gap = font_size * 0.8  # between the outer ring and a label: room for a marker at 10
        self.wrap_width = max(size * 0.22, font_size * 8)
        self.swatch = font_size * 2.6
        self.row_height = font_size * 1.6
        self.legend_widths = [self.swatch + font_size * 0.5 + text_width(text, font_size) for text in legend_labels]
        self.legend_between = font_size * 2
        self.legend_in_one_row = self.legend_row_width() <= size - 2 * self.pad
        rows = 1 if self.legend_in_one_row else len(legend_labels)
        self.legend_height = rows * self.row_height + 2 * self.pad if legend_labels else 0.0
        self.half_width = size / 2 - self.pad
        self.half_height = (size - self.legend_height) / 2 - self.pad

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

    def baseline(self, top: float, index: int) -> float:
        # Centres a line's capitals in its line height, whatever the font's own ascent.
        return top - index * self.line_height - (self.line_height + self.font * 0.72) / 2

    # -- labels -------------------------------------------------------------------------------

    def wrap(self, text: str, width: float, font_size: float) -> list[str]:
        """As few lines as fit ``width``, then as even as they come ("Prison regime / and detention")."""
        words = text.split() or [""]
        fewest = len(self._greedy(words, width, font_size))
        # The narrowest width that keeps that number of lines is the width of some run of words.
        runs = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
        for candidate in sorted(self.text_width(run, font_size) for run in runs):
            lines = self._greedy(words, candidate, font_size)
            if len(lines) <= fewest:
                return lines
        raise AssertionError("the whole text on one line always qualifies")

    def _greedy(self, words: list[str], width: float, font_size: float) -> list[str]:
        lines: list[str] = []
        for word in words:
            if lines and self.text_width(f"{lines[-1]} {word}", font_size) <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines

    def place_axes(
        self,
        axes: Sequence[Axis],
        angles: Sequence[float],
        unscored: Sequence[tuple[int, ...]],
        styles: Sequence[SeriesStyle],
        series_labels: Sequence[str],
        not_scored: str,
    ) -> tuple[float, tuple[AxisLayout, ...]]:
        """The star's radius and its axes with their labels placed; ``unscored`` lists series by index, per axis."""
        blocks = [
            # When no series scored the domain, "not scored" alone says it all: no markers.
            self.label_block(
                axis.label,
                not_scored if missing else "",
                () if len(missing) == len(styles) else tuple(styles[index] for index in missing),
            )
            for axis, missing in zip(axes, unscored, strict=True)
        ]
        radius = self.fit_radius(angles, blocks)
        placed = [
            self.axis(axis, angle, radius, block, tuple(series_labels[index] for index in missing))
            for axis, angle, block, missing in zip(axes, angles, blocks, unscored, strict=True)
        ]
        return radius, self.separate(placed)

    def label_block(self, label: str, note: str, gaps: tuple[SeriesStyle, ...]) -> _Block:
        lines = tuple(self.wrap(label, self.wrap_width, self.font))
        note_width = self.text_width(note, self.note_font) + sum(self._gap_advance(style) for style in gaps)
        widest = max([self.text_width(line, self.font) for line in lines] + [note_width])
        return _Block(lines, note, gaps, note_width, widest, (len(lines) + bool(note)) * self.line_height)

    def _gap_advance(self, style: SeriesStyle) -> float:
        return self.note_font * 0.4 + style.marker_size * 2.4

    def fit_radius(self, angles: Sequence[float], blocks: Sequence[_Block]) -> float:
        """The largest star whose labels all stay on the canvas (less the legend's rows).

        A label's box leans from its anchor by a fixed share of its size, so each of its
        edges is a straight function of the radius.
        """
        radius = min(self.half_width, self.half_height) - self.gap
        for angle, block in zip(angles, blocks, strict=True):
            right, up = _label_side(angle)
            sine, cosine = _polar(1.0, angle)
            for direction, room in (
                (sine, self.half_width - block.width * (1 + right) / 2),
                (-sine, self.half_width - block.width * (1 - right) / 2),
                (cosine, self.half_height - block.height * (1 + up) / 2),
                (-cosine, self.half_height - block.height * (1 - up) / 2),
            ):
                if direction > 1e-9:
                    radius = min(radius, room / direction - self.gap)
        return max(radius, self.size * _SMALLEST_STAR / 2)

    def axis(self, axis: Axis, angle: float, radius: float, block: _Block, unscored_in: tuple[str, ...]) -> AxisLayout:
        """The axis with its label's box leaning out from the anchor just beyond the outer ring."""
        right, up = _label_side(angle)
        anchor_x, anchor_y = _polar(radius + self.gap, angle)
        box = Box(
            left=anchor_x - block.width * (1 - right) / 2,
            bottom=anchor_y - block.height * (1 - up) / 2,
            right=anchor_x + block.width * (1 + right) / 2,
            top=anchor_y + block.height * (1 + up) / 2,
        )
        align = "left" if right > 0.5 else "right" if right < -0.5 else "centre"
        x = {"left": box.left, "right": box.right, "centre": (box.left + box.right) / 2}[align]
        lines = [
            TextLine(text, x, self.baseline(box.top, index), align, self.font, INK)
            for index, text in enumerate(block.lines)
        ]
        markers: list[Marker] = []
        if block.note:
            # The note and its markers are one line, aligned like the label above it.
            start = {"left": x, "right": x - block.note_width, "centre": x - block.note_width / 2}[align]
            baseline = self.baseline(box.top, len(block.lines))
            lines.append(TextLine(block.note, start, baseline, "left", self.note_font, MUTED))
            advance = start + self.text_width(block.note, self.note_font)
            for style in block.gaps:
                step = self._gap_advance(style)
                centre = (advance + step - style.marker_size * 1.2, baseline + self.note_font * 0.36)
                markers.append(Marker(style, centre))
                advance += step
        end = _polar(radius, angle)
        return AxisLayout(axis.key, axis.label, angle, end, tuple(lines), tuple(markers), box, unscored_in)

    def separate(self, axes: list[AxisLayout]) -> tuple[AxisLayout, ...]:
        """Slide a label that overlaps a neighbour up or down, away from it, where there is room.

        Of two neighbours, the one whose spoke is nearer the horizontal moves: its label
        sits beside the star, so it slides along the side rather than away from its spoke.
        """
        for index in range(len(axes)):
            following = (index + 1) % len(axes)
            first, second = axes[index], axes[following]
            if following == index or not first.label_box.overlaps(second.label_box):
                continue
            mover, still = (index, second) if abs(first.end[1]) < abs(second.end[1]) else (following, first)
            box = axes[mover].label_box
            if box.top < still.label_box.top:
                shift = still.label_box.bottom - box.top - self.pad / 2
            else:
                shift = still.label_box.top - box.bottom + self.pad / 2
            moved = _shifted(axes[mover], shift)
            on_canvas = -self.half_height <= moved.label_box.bottom and moved.label_box.top <= self.half_height
            if on_canvas and not _overlapping([*axes[:mover], moved, *axes[mover + 1 :]], mover):
                axes[mover] = moved
        return tuple(axes)

    def ring(self, value: int, angles: Sequence[float], radius: float) -> Ring:
        distance = radius * value / SCALE_MAXIMUM
        points = tuple(_polar(distance, angle) for angle in angles)
        # Between the last and the first spoke no value is drawn, so the scale stays legible there.
        half_step = 180.0 / len(angles)
        tick_size = self.font * 0.75
        x, y = _polar(distance * math.cos(math.radians(half_step)) - tick_size * 0.7, -half_step)
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
