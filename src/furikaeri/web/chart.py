"""Line charts as inline SVG, made on the server: no script, no network, no CDN, and nothing the
CSP forbids (presentation attributes, not style attributes). Every label is escaped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

# Distinguishable on white, also for the common colour-vision deficiencies (Okabe–Ito).
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442")
WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 16, 40
DASHES = ("", "6 3", "2 3", "8 3 2 3")


@dataclass(frozen=True)
class Line:
    label: str
    values: Sequence[float]


def _nice_max(value: float) -> float:
    for step in (0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if value <= step:
            return float(step)
    return float(int(value) + 1)


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") if value % 1 else str(int(value))


def line_chart(
    x_labels: Sequence[str],
    lines: Sequence[Line],
    *,
    title: str,
    y_label: str,
    y_max: float | None = None,
    bands: Sequence[tuple[float, float, str]] = (),
) -> Markup:
    """An accessible SVG line chart: ``x_labels`` along the bottom, one polyline per line,
    a legend below. ``bands`` shade y ranges (low, high, label), e.g. a good speaking rate."""
    top = y_max or _nice_max(max([v for ln in lines for v in ln.values] + [0.1]))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    n = max(len(x_labels), 1)

    def x(i: int) -> float:
        return LEFT + (plot_w * (i + 0.5) / n)

    def y(v: float) -> float:
        return TOP + plot_h * (1 - min(v, top) / top)

    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT + 24 * len(lines)}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for low, high, label in bands:
        parts.append(
            f'<rect x="{LEFT}" y="{y(high):.1f}" width="{plot_w}" height="{y(low) - y(high):.1f}" '
            f'fill="#e8f5e9"><title>{escape(label)}</title></rect>'
        )
    for k in range(5):
        v = top * k / 4
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(v):.1f}" y2="{y(v):.1f}" '
            'stroke="#ddd" stroke-width="1"/>'
            f'<text x="{LEFT - 6}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="11" '
            f'fill="#555">{_fmt(v)}</text>'
        )
    parts.append(
        f'<text x="12" y="{TOP + plot_h / 2:.1f}" font-size="11" fill="#555" '
        f'transform="rotate(-90 12 {TOP + plot_h / 2:.1f})" text-anchor="middle">'
        f"{escape(y_label)}</text>"
    )
    step = max(1, len(x_labels) // 10)
    for i, label in enumerate(x_labels):
        if i % step == 0 or i == len(x_labels) - 1:
            parts.append(
                f'<text x="{x(i):.1f}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle" '
                f'font-size="11" fill="#555">{escape(label)}</text>'
            )
    for j, ln in enumerate(lines):
        parts.extend(_polyline(ln, j, x, y, x_labels))
        ly = HEIGHT + 24 * j + 4
        color = PALETTE[j % len(PALETTE)]
        dash = DASHES[j % len(DASHES)]
        parts.append(
            f'<line x1="{LEFT}" x2="{LEFT + 28}" y1="{ly}" y2="{ly}" stroke="{color}" '
            f'stroke-width="3" stroke-dasharray="{dash}"/>'
            f'<text x="{LEFT + 36}" y="{ly + 4}" font-size="12" fill="#222">'
            f"{escape(ln.label)}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _polyline(
    ln: Line,
    j: int,
    fx: Callable[[int], float],
    fy: Callable[[float], float],
    x_labels: Sequence[str],
) -> list[str]:
    color = PALETTE[j % len(PALETTE)]
    dash = DASHES[j % len(DASHES)]
    points = " ".join(f"{fx(i):.1f},{fy(v):.1f}" for i, v in enumerate(ln.values))
    out = [
        f'<polyline points="{points}" fill="none" stroke="{color}" stroke-width="2.5" '
        f'stroke-dasharray="{dash}" data-series="{escape(ln.label)}"/>'
    ]
    for i, v in enumerate(ln.values):
        label = x_labels[i] if i < len(x_labels) else ""
        out.append(
            f'<circle cx="{fx(i):.1f}" cy="{fy(v):.1f}" r="3.5" fill="{color}">'
            f"<title>{escape(ln.label)} {escape(label)}: {_fmt(v)}</title></circle>"
        )
    return out
