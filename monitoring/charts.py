"""Geometry of the server-rendered SVG line charts: readable without colour (markers, dashes, direct labels)."""

import math
from dataclasses import dataclass, field
from itertools import pairwise

WIDTH = 640
HEIGHT = 300
LEFT = 84
RIGHT = 165
TOP = 20
BOTTOM = 40
MARKERS = ("circle", "square", "triangle", "diamond")
DASHES = ("", "6 4", "2 3", "10 3 2 3")
LABEL_GAP = 14
# An end label wider than the right margin is cut off by the SVG: longer names break at " – " and between words.
LABEL_CHARACTERS = 20


@dataclass
class Series:
    name: str
    points: list[tuple[int, float | None]]


@dataclass
class Chart:
    slug: str
    title: str
    description: str
    unit: str
    series: list[Series]
    width: int = WIDTH
    height: int = HEIGHT
    ticks: list[dict] = field(default_factory=list)
    x_labels: list[dict] = field(default_factory=list)
    lines: list[dict] = field(default_factory=list)
    plot: dict = field(default_factory=dict)

    @property
    def table_rows(self) -> list[dict]:
        """Return the chart's numbers per year, one value per series, for the table beside it."""
        years = sorted({year for one in self.series for year, value in one.points if value is not None})
        lookups = [dict(one.points) for one in self.series]
        return [{"year": year, "values": [lookup.get(year) for lookup in lookups]} for year in years]


def marker_path(marker: str, x: float, y: float, size: float = 4.5) -> str:
    """Return the SVG path of a data marker, a different shape per series so no colour is needed."""
    if marker == "square":
        return f"M{x - size:.1f},{y - size:.1f}h{2 * size:.1f}v{2 * size:.1f}h{-2 * size:.1f}z"
    if marker == "triangle":
        return f"M{x:.1f},{y - size - 1:.1f}L{x + size + 1:.1f},{y + size:.1f}L{x - size - 1:.1f},{y + size:.1f}z"
    if marker == "diamond":
        reach = size + 1
        return f"M{x:.1f},{y - reach:.1f}L{x + reach:.1f},{y:.1f}L{x:.1f},{y + reach:.1f}L{x - reach:.1f},{y:.1f}z"
    return f"M{x - size:.1f},{y:.1f}a{size},{size} 0 1,0 {2 * size:.1f},0a{size},{size} 0 1,0 {-2 * size:.1f},0"


def nice_step(span: float, count: int = 4) -> float:
    """Return a round tick step (1, 2 or 5 times a power of ten) that divides a span into about `count` parts."""
    if span <= 0:
        return 1
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def line_chart(*, slug: str, title: str, description: str, unit: str, series: list[Series]) -> Chart:
    """Lay out a line chart: axes from zero, a marker shape and dash pattern per series, labels at line ends."""
    chart = Chart(slug=slug, title=title, description=description, unit=unit, series=series)
    years = sorted({year for one in series for year, value in one.points if value is not None})
    values = [value for one in series for _, value in one.points if value is not None]
    if not years:
        return chart
    step = nice_step(max(values) if values else 1)
    top_value = step * max(1, math.ceil((max(values) if values else 1) / step))
    plot_width = WIDTH - LEFT - RIGHT
    plot_height = HEIGHT - TOP - BOTTOM
    first, last = years[0], years[-1]

    def x(year):
        return LEFT + (plot_width * (year - first) / (last - first) if last > first else plot_width / 2)

    def y(value):
        return TOP + plot_height * (1 - value / top_value)

    chart.plot = {"left": LEFT, "right": LEFT + plot_width, "top": TOP, "bottom": TOP + plot_height}
    chart.ticks = [
        {"y": round(y(step * index), 1), "value": step * index} for index in range(round(top_value / step) + 1)
    ]
    every = max(1, math.ceil(len(years) / 6))
    # Every n-th year is labelled, and the last year always; a label too close to the last one gives way.
    chart.x_labels = [
        {"x": round(x(year), 1), "year": year}
        for index, year in enumerate(years)
        if year == last or (index % every == 0 and len(years) - 1 - index >= every)
    ]
    end_labels = []
    for index, one in enumerate(series):
        points = [(year, value) for year, value in one.points if value is not None]
        if not points:
            continue
        marker = MARKERS[index % len(MARKERS)]
        coordinates = [
            {
                "x": round(x(year), 1),
                "y": round(y(value), 1),
                "year": year,
                "value": value,
                "d": marker_path(marker, x(year), y(value)),
            }
            for year, value in points
        ]
        chart.lines.append(
            {
                "name": one.name,
                "index": index,
                "marker": marker,
                "dash": DASHES[index % len(DASHES)],
                "path": " ".join(f"{point['x']},{point['y']}" for point in coordinates),
                "points": coordinates,
                "label_y": coordinates[-1]["y"],
                "label_x": coordinates[-1]["x"] + 10,
                "label_lines": label_lines(one.name),
                "legend_d": marker_path(marker, 14, 9),
            }
        )
        end_labels.append(chart.lines[-1])
    _spread_labels(end_labels)
    return chart


def label_lines(name: str, width: int = LABEL_CHARACTERS) -> list[str]:
    """Return a series name in lines that fit beside the plot: broken at " – ", then between words."""
    lines: list[str] = []
    for part in name.split(" – "):
        line = ""
        for word in part.split():
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        if line:
            lines.append(line)
    return lines or [name]


def _spread_labels(lines: list[dict]) -> None:
    """Move end labels apart vertically so that lines ending close together keep legible labels."""
    ordered = sorted(lines, key=lambda line: line["label_y"])
    for previous, current in pairwise(ordered):
        needed = LABEL_GAP * len(previous["label_lines"])
        if current["label_y"] - previous["label_y"] < needed:
            current["label_y"] = previous["label_y"] + needed
    for line in lines:
        line["label_y"] = round(line["label_y"] + 4, 1)
