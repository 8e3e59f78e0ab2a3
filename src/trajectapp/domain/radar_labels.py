"""Where the domains' labels go around the star: wrapped as evenly as they come, leaning out from their spoke just
beyond the outer ring, the star as large as the labels leave room for, and a label slid along the side where it
would overlap a neighbour."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from trajectapp.domain.radar_chart import (
    INK,
    MUTED,
    SMALLEST_STAR,
    Axis,
    AxisLayout,
    Box,
    Marker,
    SeriesStyle,
    TextLine,
    TextWidth,
)


def padding(font_size: float) -> float:
    """The margin around the star and between its parts, at a font size."""
    return max(4.0, font_size * 0.5)


def overlapping(axes: Sequence[AxisLayout], index: int) -> bool:
    box = axes[index].label_box
    return any(other.label_box.overlaps(box) for position, other in enumerate(axes) if position != index)


def polar(distance: float, angle: float) -> tuple[float, float]:
    radians = math.radians(angle)
    return distance * math.sin(radians), distance * math.cos(radians)


def _label_side(angle: float) -> tuple[float, float]:
    """How far a label leans right of and above its anchor, each from -1 to 1.

    Twice the spoke's direction, clipped: a label near a diagonal sits wholly beyond
    the corner of its anchor; one near the top or a side centres on its spoke.
    """
    sine, cosine = polar(1.0, angle)
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


class LabelPlacement:
    """The measurements of one chart size and font that the labels need, and their placing; `legend_height` is
    what the legend's rows take off the bottom of the canvas."""

    def __init__(self, size: float, font_size: float, text_width: TextWidth, legend_height: float):
        self.size = size
        self.font = font_size
        self.note_font = font_size * 0.85
        self.line_height = font_size * 1.2
        self.text_width = text_width
        self.pad = padding(font_size)
        self.gap = font_size * 0.8  # between the outer ring and a label: room for a marker at 10
        self.wrap_width = max(size * 0.22, font_size * 8)
        self.half_width = size / 2 - self.pad
        self.half_height = (size - legend_height) / 2 - self.pad

    def baseline(self, top: float, index: int) -> float:
        # Centres a line's capitals in its line height, whatever the font's own ascent.
        return top - index * self.line_height - (self.line_height + self.font * 0.72) / 2

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
            sine, cosine = polar(1.0, angle)
            for direction, room in (
                (sine, self.half_width - block.width * (1 + right) / 2),
                (-sine, self.half_width - block.width * (1 - right) / 2),
                (cosine, self.half_height - block.height * (1 + up) / 2),
                (-cosine, self.half_height - block.height * (1 - up) / 2),
            ):
                if direction > 1e-9:
                    radius = min(radius, room / direction - self.gap)
        return max(radius, self.size * SMALLEST_STAR / 2)

    def axis(self, axis: Axis, angle: float, radius: float, block: _Block, unscored_in: tuple[str, ...]) -> AxisLayout:
        """The axis with its label's box leaning out from the anchor just beyond the outer ring."""
        right, up = _label_side(angle)
        anchor_x, anchor_y = polar(radius + self.gap, angle)
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
        end = polar(radius, angle)
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
            if on_canvas and not overlapping([*axes[:mover], moved, *axes[mover + 1 :]], mover):
                axes[mover] = moved
        return tuple(axes)
