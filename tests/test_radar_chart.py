"""The radar chart: its definition checked on its data, then drawn on paper (pypdf, QtPdf) and on screen."""

from __future__ import annotations

import dataclasses
import io
import math

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from reportlab.graphics import renderPDF

from pdf_pages import dark_share, render_first_page
from trajectapp.documents.radar_drawing import measure_text, radar_drawing
from trajectapp.domain.radar_chart import RING_VALUES, Axis, Series, Wording
from trajectapp.domain.radar_layout import build_radar_chart
from trajectapp.ui.charts.radar_widget import RadarChartWidget

DOMAINS = [
    ("regime", "Prison regime and detention"),
    ("family", "Family and children"),
    ("partner", "Partner and relationships"),
    ("housing", "Housing"),
    ("finances", "Finances and debts"),
    ("work", "Education, training and work"),
    ("leisure", "Leisure and old passions"),
    ("network", "Social network"),
    ("identity", "Identité, appartenance"),
    ("worldview", "Worldview, religion and ideology"),
    ("mental", "Mental health and trauma"),
    ("physical", "Physical health"),
    ("substances", "Substance use"),
    ("legal", "Legal situation"),
    ("resilience", "Resilience and coping"),
]
FIRST = dict(zip([key for key, _ in DOMAINS], [3, 4, 5, 2, 3, 2, 4, 3, 5, 4, 3, 6, 7, 2, 3], strict=True))
LATEST = dict(zip([key for key, _ in DOMAINS], [6, 7, 5, 5, 4, 6, 8, 6, 7, None, 5, 7, 8, 4, 6], strict=True))
LATEST_LABEL = "2026-03-02 (latest)"
FIRST_LABEL = "2025-10-14 (first)"


def domain_axes(*hidden: str) -> list[Axis]:
    return [Axis(key, label, hidden=key in hidden) for key, label in DOMAINS]


def two_assessments() -> list[Series]:
    return [Series(LATEST_LABEL, LATEST), Series(FIRST_LABEL, FIRST)]


def realistic_chart(size: float = 480, **options):
    return build_radar_chart(domain_axes("physical"), two_assessments(), size=size, **options)


# -- the definition -----------------------------------------------------------------------------


def test_a_ten_on_the_first_axis_lies_on_the_outer_ring_straight_up_and_a_five_half_way():
    axes = [Axis("a", "A"), Axis("b", "B"), Axis("c", "C"), Axis("d", "D")]
    chart = build_radar_chart(axes, [Series("s", {"a": 10, "b": 5, "c": 1, "d": 8})], size=400)

    assert chart.axes[0].angle == 0
    points = {point.key: point for point in chart.series[0].points}
    assert points["a"].x == pytest.approx(0) and points["a"].y == pytest.approx(chart.radius)
    # The second of four axes points right (90° clockwise), the third down.
    assert (points["b"].x, points["b"].y) == (pytest.approx(chart.radius / 2), pytest.approx(0, abs=1e-9))
    assert (points["c"].x, points["c"].y) == (pytest.approx(0, abs=1e-9), pytest.approx(-chart.radius / 10))
    assert math.hypot(points["d"].x, points["d"].y) == pytest.approx(chart.radius * 0.8)
    assert chart.scale_maximum == 10


def test_the_rings_are_at_two_four_six_eight_and_ten():
    chart = realistic_chart()

    assert [ring.value for ring in chart.rings] == list(RING_VALUES) == [2, 4, 6, 8, 10]
    for ring in chart.rings:
        assert len(ring.points) == len(chart.axes)
        for x, y in ring.points:
            assert math.hypot(x, y) == pytest.approx(chart.radius * ring.value / 10)
        assert ring.tick.text == str(ring.value)


def test_a_hidden_axis_is_gone_and_the_others_share_the_circle():
    chart = realistic_chart()

    keys = [axis.key for axis in chart.axes]
    assert "physical" not in keys
    assert len(keys) == 14
    assert [axis.angle for axis in chart.axes] == pytest.approx([360 * index / 14 for index in range(14)])
    for series in chart.series:
        assert "physical" not in [point.key for point in series.points]
    texts = " ".join(line.text for axis in chart.axes for line in axis.lines)
    assert "Physical" not in texts


def test_hiding_special_category_axes_leaves_no_trace_of_their_values():
    chart = build_radar_chart(domain_axes("worldview", "mental"), two_assessments(), size=480)

    assert {"worldview", "mental"}.isdisjoint(axis.key for axis in chart.axes)
    assert all(point.key not in ("worldview", "mental") for series in chart.series for point in series.points)
    # The latest assessment's only gap was worldview: with it hidden, its line closes.
    assert chart.series[0].closed


def test_an_unscored_domain_is_reported_missing_and_given_no_position():
    chart = realistic_chart()
    latest = chart.series[0]

    assert latest.missing == ("worldview",)
    gap = next(point for point in latest.points if point.key == "worldview")
    assert gap.missing and gap.value is None and gap.x is None and gap.y is None
    # The line breaks there and, with a gap, the series is not filled.
    assert not latest.closed
    assert all(not point.missing for run in latest.runs for point in run)
    assert sum(len(run) for run in latest.runs) == len(chart.axes) - 1
    axis = next(axis for axis in chart.axes if axis.key == "worldview")
    assert axis.unscored_in == (LATEST_LABEL,)
    assert axis.lines[-1].text == "not scored"
    assert [marker.style for marker in axis.gap_markers] == [latest.style]


def test_a_line_with_a_gap_runs_on_past_the_first_axis():
    axes = [Axis(key, key) for key in "abcde"]
    chart = build_radar_chart(axes, [Series("s", {"a": 2, "b": 3, "c": None, "d": 4, "e": 5})], size=300)

    assert [[point.key for point in run] for run in chart.series[0].runs] == [["d", "e", "a", "b"]]


def test_two_gaps_make_two_stretches_and_a_domain_nobody_scored_says_so_without_markers():
    axes = [Axis(key, key) for key in "abcdef"]
    series = [
        Series("one", {"a": 2, "b": None, "c": 3, "d": 4, "e": None, "f": 5}),
        Series("two", {"a": 1, "c": 1, "d": 1, "f": 1}),
    ]
    chart = build_radar_chart(axes, series, size=300)

    assert [[point.key for point in run] for run in chart.series[0].runs] == [["c", "d"], ["f", "a"]]
    b = chart.axes[1]
    assert b.unscored_in == ("one", "two")
    assert b.lines[-1].text == "not scored" and b.gap_markers == ()


def test_two_assessments_give_each_domain_its_own_values_back():
    chart = realistic_chart()

    latest, first = chart.series
    for axis in chart.axes:
        assert latest.value_of(axis.key) == LATEST[axis.key]
        assert first.value_of(axis.key) == FIRST[axis.key]
    for point in first.points:
        assert math.hypot(point.x, point.y) == pytest.approx(chart.radius * FIRST[point.key] / 10)


@pytest.mark.parametrize("bad", [0, 11, -3, 5.5, "7", True])
def test_a_score_outside_one_to_ten_is_refused_in_plain_words(bad):
    with pytest.raises(ValueError, match="whole number from 1 to 10"):
        build_radar_chart(domain_axes(), [Series("2026-03-02", {**FIRST, "housing": bad})], size=400)


def test_a_score_is_checked_even_on_a_hidden_axis():
    with pytest.raises(ValueError, match="1 to 10"):
        build_radar_chart(domain_axes("worldview"), [Series("x", {**FIRST, "worldview": 12})], size=400)


def test_a_score_for_a_domain_the_chart_lacks_or_a_repeated_domain_is_refused():
    with pytest.raises(ValueError, match="does not have: sports"):
        build_radar_chart(domain_axes(), [Series("x", {"sports": 3})], size=400)
    with pytest.raises(ValueError, match="only once"):
        build_radar_chart([Axis("a", "A"), Axis("a", "A again"), Axis("b", "B")], [], size=400)


@pytest.mark.parametrize(
    "axes, values",
    [
        ([Axis("a", "A"), Axis("b", "B")], {"a": 3, "b": 4}),
        ([Axis("a", "A"), Axis("b", "B"), Axis("c", "C", hidden=True)], {"a": 3, "b": 4, "c": 5}),
        ([Axis("a", "A"), Axis("b", "B"), Axis("c", "C")], {"a": 3, "b": 4, "c": None}),
    ],
)
def test_fewer_than_three_domains_to_show_give_a_message_instead_of_a_chart(axes, values):
    chart = build_radar_chart(axes, [Series("s", values)], size=400)

    assert not chart.drawable
    assert " ".join(line.text for line in chart.message) == "Not enough domains scored to draw a chart"
    assert chart.axes == () and chart.series == () and chart.rings == () and chart.legend == ()


def test_the_message_can_be_worded_by_the_caller():
    chart = build_radar_chart([], [], size=400, wording=Wording(not_enough="Te weinig domeinen"))

    assert [line.text for line in chart.message] == ["Te weinig domeinen"]


def test_the_legend_follows_the_series_order_with_styles_told_apart_without_colour():
    series = [Series(f"2026-0{index + 1}-01", {**FIRST, "housing": index + 1}) for index in range(4)]
    chart = build_radar_chart(domain_axes(), series, size=480)

    assert [entry.label for entry in chart.legend] == [entry.label for entry in series]
    styles = [entry.style for entry in chart.legend]
    assert styles == [layout.style for layout in chart.series]
    assert len({style.colour for style in styles}) == 4
    assert len({style.dash for style in styles}) == 4
    assert len({style.marker for style in styles}) == 4
    assert all(style.colour.startswith("#") and len(style.colour) == 7 for style in styles)
    assert styles[0].dash == ()  # the first series, the one to read first, is the solid line


@pytest.mark.parametrize("text_width", [None, measure_text], ids=["estimated", "DejaVu"])
@pytest.mark.parametrize("size", [320, 480, 700])
def test_labels_wrap_stay_on_the_canvas_and_never_overlap(size, text_width):
    options = {"text_width": text_width} if text_width else {}
    chart = realistic_chart(size, **options)

    work = next(axis for axis in chart.axes if axis.key == "work")
    assert len([line for line in work.lines if line.text != "not scored"]) >= 2
    boxes = [axis.label_box for axis in chart.axes]
    for index, box in enumerate(boxes):
        assert chart.left <= box.left and box.right <= chart.left + chart.width
        assert chart.bottom <= box.bottom and box.top <= chart.top
        assert not any(box.overlaps(other) for other in boxes[index + 1 :])
    legend_top = max(entry.text.y + entry.text.font_size for entry in chart.legend)
    assert legend_top < min(box.bottom for box in boxes)
    assert min(entry.text.y for entry in chart.legend) - chart.font_size > chart.bottom


def test_the_definition_cannot_be_changed_after_it_is_made():
    chart = realistic_chart()

    with pytest.raises(dataclasses.FrozenInstanceError):
        chart.radius = 1  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        chart.series[0].points[0].value = 3  # type: ignore[misc]


# -- on paper -----------------------------------------------------------------------------------


def paper_pdf(chart) -> bytes:
    return renderPDF.drawToString(radar_drawing(chart))


def page_text(pdf: bytes) -> str:
    return " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def pixels_near(image: QImage, colour: str, tolerance: int = 40) -> int:
    """How many pixels are within ``tolerance`` of ``colour`` on each channel."""
    target = QColor(colour)
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(rgb.constBits())
    count = 0
    for row in range(rgb.height()):
        line = data[row * rgb.bytesPerLine() : row * rgb.bytesPerLine() + rgb.width() * 3]
        for index in range(0, len(line), 3):
            if (
                abs(line[index] - target.red()) <= tolerance
                and abs(line[index + 1] - target.green()) <= tolerance
                and abs(line[index + 2] - target.blue()) <= tolerance
            ):
                count += 1
    return count


def test_the_drawing_prints_every_visible_label_legend_and_note_as_text():
    pdf = paper_pdf(realistic_chart(440, font_size=8, text_width=measure_text))

    text = page_text(pdf)
    for key, label in DOMAINS:
        if key == "physical":
            assert label not in text
        else:
            assert label in text, label
    assert "Identité, appartenance" in text
    assert LATEST_LABEL in text and FIRST_LABEL in text
    assert "not scored" in text


def test_the_drawing_keeps_the_size_of_the_chart():
    drawing = radar_drawing(realistic_chart(440, font_size=8, text_width=measure_text))

    assert (drawing.width, drawing.height) == (440, 440)


def test_the_printed_chart_is_neither_blank_nor_solid_and_shows_the_series_colour(qtbot, qapp):
    chart = realistic_chart(440, font_size=8, text_width=measure_text)

    image = render_first_page(qtbot, paper_pdf(chart), width=440)

    assert 0.005 < dark_share(image, darker_than=160) < 0.4
    assert pixels_near(image, chart.series[0].style.colour) > 100


def test_the_message_prints_in_words(qtbot, qapp):
    chart = build_radar_chart([Axis("a", "A")], [Series("s", {"a": 4})], size=300, text_width=measure_text)

    assert "Not enough domains scored to draw a chart" in page_text(paper_pdf(chart))


# -- on screen ----------------------------------------------------------------------------------


def test_the_widget_paints_the_chart_with_the_series_colours(qtbot):
    widget = RadarChartWidget()
    qtbot.addWidget(widget)
    widget.set_chart(domain_axes("physical"), two_assessments())

    image = widget.to_image(420)

    chart = widget.chart(420)
    assert pixels_near(image, chart.series[0].style.colour) > 100
    assert pixels_near(image, chart.series[1].style.colour) > 100
    assert pixels_near(image, "#FFFFFF", tolerance=8) < 420 * 420 * 0.97


def test_the_widget_draws_through_paint_event_at_its_own_size(qtbot):
    widget = RadarChartWidget()
    qtbot.addWidget(widget)
    widget.set_chart(domain_axes("physical"), two_assessments())
    widget.resize(500, 400)

    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    widget.render(image)

    assert widget.chart().width == 400  # the square that fits
    assert pixels_near(image, widget.chart().series[0].style.colour) > 100


def test_the_widget_is_square_with_a_reasonable_size():
    widget = RadarChartWidget()

    assert widget.hasHeightForWidth() and widget.heightForWidth(377) == 377
    assert widget.sizeHint() == QSize(420, 420)


def test_the_widget_refuses_bad_scores_when_they_are_set(qtbot):
    widget = RadarChartWidget()
    qtbot.addWidget(widget)

    with pytest.raises(ValueError, match="1 to 10"):
        widget.set_chart(domain_axes(), [Series("x", {"housing": 0})])


def test_the_widget_shows_the_message_without_a_chart(qtbot):
    widget = RadarChartWidget()
    qtbot.addWidget(widget)
    widget.set_chart([Axis("a", "A"), Axis("b", "B")], [Series(LATEST_LABEL, {"a": 3, "b": 4})])

    image = widget.to_image(300)

    assert not widget.chart(300).drawable
    assert pixels_near(image, "#0072B2") == 0
    assert pixels_near(image, "#FFFFFF", tolerance=8) < 300 * 300  # the words are there
