"""The star (radar) chart of needs assessments as one definition: the screen widget and the paper drawing both draw it.
This module says what a laid-out chart is; radar_layout builds one (radar_labels places its labels).

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

from collections.abc import Callable, Mapping
from dataclasses import dataclass

SCALE_MAXIMUM = 10
RING_VALUES = (2, 4, 6, 8, 10)
MINIMUM_AXES = 3
SMALLEST_STAR = 0.2  # a radius below this share of the size leaves too little room for the values

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
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7")
DASHES = ((), (6.0, 3.0), (1.5, 2.5), (8.0, 3.0, 1.5, 3.0))
MARKERS = ("circle", "square", "triangle", "diamond")


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
