"""The radar chart on screen: a QPainter drawing of the domain.radar_chart definition, laid out anew for each size."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from trajectapp.domain.radar_chart import (
    GRID,
    Axis,
    Point,
    RadarChart,
    Series,
    SeriesStyle,
    TextLine,
    Wording,
)
from trajectapp.domain.radar_layout import build_radar_chart


class RadarChartWidget(QWidget):
    """A square radar chart of assessments; the first series is drawn on top and most prominently."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._axes: tuple[Axis, ...] = ()
        self._series: tuple[Series, ...] = ()
        self._drawn: RadarChart | None = None  # the definition last painted, kept while the size is the same
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_chart(self, axes: Sequence[Axis], series: Sequence[Series]) -> None:
        """Show ``series`` over ``axes``; raises ValueError (from the definition) for a score outside 1–10."""
        axes, series = tuple(axes), tuple(series)
        self._chart_for(axes, series, 100)  # refuse bad input now, not in paintEvent
        self._axes, self._series = axes, series
        self._drawn = None
        self.update()

    def chart(self, size: int | None = None) -> RadarChart:
        """The definition as drawn at ``size`` (by default the widget's current square)."""
        size = size if size is not None else self._side()
        if self._drawn is None or self._drawn.width != size:
            self._drawn = self._chart_for(self._axes, self._series, size)
        return self._drawn

    def to_image(self, size: int) -> QImage:
        """The chart alone, on white, as a ``size`` x ``size`` image (for tests and screenshots)."""
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        paint_radar_chart(painter, self.chart(size), self.font())
        painter.end()
        return image

    # -- Qt ------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def minimumSizeHint(self) -> QSize:
        # Below this, fifteen domain labels shrink beyond easy reading.
        return QSize(300, 300)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def changeEvent(self, event: QEvent) -> None:
        # The definition holds measured text and translated words.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._drawn = None
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = self._side()
        painter = QPainter(self)
        painter.translate((self.width() - side) / 2, (self.height() - side) / 2)
        paint_radar_chart(painter, self.chart(side), self.font())
        painter.end()

    # -- the definition ------------------------------------------------------------------------

    def _side(self) -> int:
        return max(1, min(self.width(), self.height()))

    def _chart_for(self, axes: tuple[Axis, ...], series: tuple[Series, ...], size: int) -> RadarChart:
        font_size = float(QFontInfo(self.font()).pixelSize())
        font = QFont(self.font())

        def text_width(text: str, pixels: float) -> float:
            font.setPixelSize(max(1, round(pixels)))
            return QFontMetricsF(font).horizontalAdvance(text)

        return build_radar_chart(
            axes, series, size=size, font_size=font_size, text_width=text_width, wording=self._wording()
        )

    def _wording(self) -> Wording:
        return Wording(
            not_enough=self.tr("Not enough domains scored to draw a chart"),
            not_scored=self.tr("not scored"),
        )


def paint_radar_chart(painter: QPainter, chart: RadarChart, font: QFont) -> None:
    """Paint ``chart`` with its top-left corner at the painter's origin, in the family of ``font``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    to_canvas = _Mapping(chart)
    if not chart.drawable:
        for line in chart.message:
            _text(painter, line, font, to_canvas)
        painter.restore()
        return
    grid = QPen(QColor(GRID), 1.0)
    painter.setPen(grid)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for ring in chart.rings:
        painter.drawPolygon(QPolygonF([to_canvas.point(point) for point in ring.points]))
    for axis in chart.axes:
        painter.drawLine(to_canvas.point((0.0, 0.0)), to_canvas.point(axis.end))
    for ring in chart.rings:
        _text(painter, ring.tick, font, to_canvas)
    painter.setPen(Qt.PenStyle.NoPen)
    for series in chart.series:
        if series.closed:
            fill = QColor(series.style.colour)
            fill.setAlphaF(series.style.fill_opacity)
            painter.setBrush(fill)
            painter.drawPolygon(QPolygonF([to_canvas.point(_xy(point)) for point in series.points]))
    # Drawn last, the first series lies on top.
    for series in reversed(chart.series):
        painter.setPen(_pen(series.style))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for run in series.runs:
            polygon = QPolygonF([to_canvas.point(_xy(point)) for point in run])
            if series.closed:
                painter.drawPolygon(polygon)
            elif len(run) > 1:
                painter.drawPolyline(polygon)
        for point in series.points:
            if not point.missing:
                _marker(painter, series.style, to_canvas.point(_xy(point)))
    for axis in chart.axes:
        for line in axis.lines:
            _text(painter, line, font, to_canvas)
        for marker in axis.gap_markers:
            _marker(painter, marker.style, to_canvas.point(marker.centre))
    for entry in chart.legend:
        start, end = (to_canvas.point(corner) for corner in entry.swatch)
        painter.setPen(_pen(entry.style))
        painter.drawLine(start, end)
        _marker(painter, entry.style, (start + end) / 2)
        _text(painter, entry.text, font, to_canvas)
    painter.restore()


class _Mapping:
    """From chart coordinates (origin at the centre, y up) to the canvas (origin top-left, y down)."""

    def __init__(self, chart: RadarChart):
        self.left = chart.left
        self.top = chart.top

    def point(self, point: tuple[float, float]) -> QPointF:
        return QPointF(point[0] - self.left, self.top - point[1])


def _xy(point: Point) -> tuple[float, float]:
    assert point.x is not None and point.y is not None, "a missing value has no position"
    return point.x, point.y


def _pen(style: SeriesStyle) -> QPen:
    pen = QPen(QColor(style.colour), style.line_width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if style.dash:
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        # Qt counts dashes in pen widths; the definition gives lengths.
        pen.setDashPattern([length / style.line_width for length in style.dash])
    else:
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _marker(painter: QPainter, style: SeriesStyle, centre: QPointF) -> None:
    size = style.marker_size
    colour = QColor(style.colour)
    x, y = centre.x(), centre.y()
    painter.save()
    if style.marker == "circle":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(centre, size, size)
    else:
        painter.setPen(QPen(colour, style.line_width * 0.7))
        painter.setBrush(QBrush(QColor("white")))
        if style.marker == "square":
            painter.drawRect(QRectF(x - size * 0.9, y - size * 0.9, size * 1.8, size * 1.8))
        else:
            # Same corners as on paper, with y turned down.
            corners = (
                [(0, 1.2), (-1.1, -0.8), (1.1, -0.8)]
                if style.marker == "triangle"
                else [(0, 1.3), (1.1, 0), (0, -1.3), (-1.1, 0)]
            )
            painter.drawPolygon(QPolygonF([QPointF(x + dx * size, y - dy * size) for dx, dy in corners]))
    painter.restore()


def _text(painter: QPainter, line: TextLine, font: QFont, to_canvas: _Mapping) -> None:
    sized = QFont(font)
    sized.setPixelSize(max(1, round(line.font_size)))
    painter.setFont(sized)
    painter.setPen(QColor(line.colour))
    width = QFontMetricsF(sized).horizontalAdvance(line.text)
    anchor = to_canvas.point((line.x, line.y))
    shift = {"left": 0.0, "centre": -width / 2, "right": -width}[line.align]
    painter.drawText(QPointF(anchor.x() + shift, anchor.y()), line.text)
