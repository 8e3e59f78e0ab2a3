"""The radar chart on paper: a reportlab Drawing of a domain.radar_chart definition, in the bundled DejaVu font.

Build the definition with ``text_width=measure_text`` so that labels are wrapped
and placed by the widths this font really has; the drawing's size is the chart's.
"""

from __future__ import annotations

from typing import Literal, TypedDict

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from trajectapp.documents import fonts
from trajectapp.domain.radar_chart import GRID, Point, RadarChart, SeriesStyle, TextLine

_ANCHORS: dict[str, Literal["start", "middle", "end"]] = {"left": "start", "centre": "middle", "right": "end"}


class _Stroke(TypedDict, total=False):
    """The keywords of reportlab's shapes that the chart sets for their lines."""

    strokeColor: Color | None
    strokeWidth: float
    strokeDashArray: list[float]
    strokeLineJoin: Literal[0, 1, 2]
    strokeLineCap: Literal[0, 1, 2]


class _Filled(_Stroke, total=False):
    fillColor: Color | None


def measure_text(text: str, font_size: float) -> float:
    """The width of ``text`` in the regular DejaVu face, for build_radar_chart(text_width=...)."""
    fonts.register_fonts()
    return stringWidth(text, fonts.REGULAR, font_size)


def radar_drawing(chart: RadarChart) -> Drawing:
    """The chart as a Drawing of ``chart.width`` x ``chart.height`` points, to place in a document."""
    fonts.register_fonts()
    drawing = Drawing(chart.width, chart.height)
    to_page = _Mapping(chart)
    if not chart.drawable:
        for line in chart.message:
            drawing.add(_string(line, to_page))
        return drawing
    grid = colors.HexColor(GRID)
    for ring in chart.rings:
        drawing.add(Polygon(to_page.flat(ring.points), strokeColor=grid, strokeWidth=0.6, fillColor=None))
    for axis in chart.axes:
        drawing.add(Line(*to_page.point((0.0, 0.0)), *to_page.point(axis.end), strokeColor=grid, strokeWidth=0.6))
    for ring in chart.rings:
        drawing.add(_string(ring.tick, to_page))
    for series in chart.series:
        if series.closed:
            solid = colors.HexColor(series.style.colour)
            fill = colors.Color(solid.red, solid.green, solid.blue, alpha=series.style.fill_opacity)
            drawing.add(Polygon(to_page.flat(_xy(series.points)), fillColor=fill, strokeColor=None))
    # Drawn last, the first series lies on top.
    for series in reversed(chart.series):
        drawing.add(_lines(series.runs, series.closed, series.style, to_page))
        for point in _xy(series.points):
            drawing.add(_marker(series.style, to_page.point(point)))
    for axis in chart.axes:
        for line in axis.lines:
            drawing.add(_string(line, to_page))
        for marker in axis.gap_markers:
            drawing.add(_marker(marker.style, to_page.point(marker.centre)))
    for entry in chart.legend:
        start, end = (to_page.point(corner) for corner in entry.swatch)
        drawing.add(_line_shape([*start, *end], entry.style, closed=False))
        drawing.add(_marker(entry.style, ((start[0] + end[0]) / 2, start[1])))
        drawing.add(_string(entry.text, to_page))
    return drawing


class _Mapping:
    """From chart coordinates (origin at the centre, y up) to the drawing's (origin bottom-left, y up)."""

    def __init__(self, chart: RadarChart):
        self.dx = -chart.left
        self.dy = -chart.bottom

    def point(self, point: tuple[float, float]) -> tuple[float, float]:
        return point[0] + self.dx, point[1] + self.dy

    def flat(self, points: tuple[tuple[float, float], ...] | list[tuple[float, float]]) -> list[float]:
        return [coordinate for point in points for coordinate in self.point(point)]


def _xy(points: tuple[Point, ...]) -> list[tuple[float, float]]:
    return [(point.x, point.y) for point in points if point.x is not None and point.y is not None]


def _lines(runs: tuple[tuple[Point, ...], ...], closed: bool, style: SeriesStyle, to_page: _Mapping) -> Group:
    group = Group()
    for run in runs:
        if len(run) > 1:
            group.add(_line_shape(to_page.flat(_xy(run)), style, closed=closed))
    return group


def _line_shape(points: list[float], style: SeriesStyle, *, closed: bool) -> PolyLine | Polygon:
    common: _Stroke = {
        "strokeColor": colors.HexColor(style.colour),
        "strokeWidth": style.line_width,
        "strokeLineJoin": 1,
        "strokeLineCap": 0 if style.dash else 1,
    }
    if style.dash:  # left out, a line is solid
        common["strokeDashArray"] = list(style.dash)
    if closed:
        return Polygon(points, fillColor=None, **common)
    return PolyLine(points, **common)


def _marker(style: SeriesStyle, centre: tuple[float, float]) -> Circle | Rect | Polygon:
    x, y = centre
    size = style.marker_size
    common: _Filled = {
        "fillColor": colors.white,
        "strokeColor": colors.HexColor(style.colour),
        "strokeWidth": style.line_width * 0.7,
    }
    if style.marker == "circle":
        return Circle(x, y, size, fillColor=colors.HexColor(style.colour), strokeColor=None)
    if style.marker == "square":
        # types-reportlab declares Rect's keywords as **kw: _SolidShapeKwArgs, without Unpack, so it takes each
        # keyword for a whole dict of them; Polygon's, declared with Unpack, are checked against the same keys.
        return Rect(x - size * 0.9, y - size * 0.9, size * 1.8, size * 1.8, **common)  # type: ignore[arg-type]
    if style.marker == "triangle":
        return Polygon([x, y + size * 1.2, x - size * 1.1, y - size * 0.8, x + size * 1.1, y - size * 0.8], **common)
    return Polygon([x, y + size * 1.3, x + size * 1.1, y, x, y - size * 1.3, x - size * 1.1, y], **common)


def _string(line: TextLine, to_page: _Mapping) -> String:
    x, y = to_page.point((line.x, line.y))
    return String(
        x,
        y,
        line.text,
        fontName=fonts.REGULAR,
        fontSize=line.font_size,
        fillColor=colors.HexColor(line.colour),
        textAnchor=_ANCHORS[line.align],
    )
