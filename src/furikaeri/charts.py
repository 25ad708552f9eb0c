"""Server-made SVG charts with Japanese labels: no script, no network, no inline style (only
presentation attributes, so the web's CSP allows them). Every label is XML-escaped."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

FONT = "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif"
INK, MUTED, LINE, ACCENT, WARN = "#1f2933", "#5f6b76", "#d9dee3", "#2f6f62", "#b3412f"
# One colour per cause, readable on white and in print.
PALETTE = (
    "#2f6f62",
    "#3d6a8c",
    "#9a6a00",
    "#b3412f",
    "#6b4fa0",
    "#1f8a9a",
    "#8a5a44",
    "#5b7b2a",
    "#a0466e",
    "#666f78",
)


def _text(
    x: float,
    y: float,
    text: str,
    *,
    size: int = 13,
    anchor: str = "start",
    fill: str = INK,
    weight: str = "normal",
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f'fill="{fill}" font-weight="{weight}">{escape(text)}</text>'
    )


def _rect(x: float, y: float, w: float, h: float, fill: str, *, title: str = "") -> str:
    tip = f"<title>{escape(title)}</title>" if title else ""
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" rx="3" '
        f'fill="{fill}">{tip}</rect>'
    )


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="{escape(title, {chr(34): "&quot;"})}" font-family="{FONT}" '
        f'class="chart"><title>{escape(title)}</title>{"".join(body)}</svg>'
    )


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


def funnel_svg(patterns: Any) -> str:
    """Horizontal bars: how many applications reached each stage, and each stage's pass rate
    (or its counts when there are too few cases) beside the rough guide."""
    rows = patterns.funnel
    rate_by_from = _rates_by_level(patterns)
    top = max((r.reached for r in rows), default=0) or 1
    width, label_w, bar_w, row_h = 720, 90, 330, 40
    body = []
    for i, row in enumerate(rows):
        y = 16 + i * row_h
        w = max(bar_w * row.reached / top, 2 if row.reached else 0)
        body.append(_text(label_w - 10, y + 19, row.label, anchor="end", weight="bold"))
        body.append(
            f'<rect x="{label_w}" y="{y + 4}" width="{w:.1f}" height="22" rx="4" fill="{ACCENT}"/>'
        )
        body.append(_text(label_w + w + 8, y + 20, f"{row.reached}件"))
        rate = rate_by_from.get(i)
        if rate is not None:
            body.append(
                _text(
                    label_w + bar_w + 70,
                    y + 20,
                    _rate_text(rate),
                    size=12,
                    fill=WARN if rate.below_norm else MUTED,
                )
            )
    height = 16 + len(rows) * row_h
    return _svg(width, height, "選考の段階ごとの件数と通過率", body)


def _rates_by_level(patterns: Any) -> dict[int, Any]:
    from furikaeri.patterns_report import pattern_data

    index = {fid: k for k, (fid, _) in enumerate(pattern_data().funnel)}
    return {index[n.from_]: r for n, r in zip(pattern_data().norms, patterns.rates, strict=True)}


def _rate_text(rate: Any) -> str:
    if not rate.decided:
        return f"{rate.stage}：まだ結果が出た応募はありません"
    if rate.rate is None:
        return f"{rate.stage}：{rate.passed}/{rate.decided}件通過（目安 {rate.norm_label}）"
    return f"{rate.stage}の通過率 {_percent(rate.rate)}（目安 {rate.norm_label}）"


def causes_svg(trend: Any, titles: dict[str, str]) -> str:
    """Stacked bars by month: how many rejections each cause was found in."""
    months = list(trend.months)[-12:]
    if not months:
        return ""
    order = list(trend.totals)
    colour = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(order)}
    peak = max(sum(trend.counts.get(c, {}).get(m, 0) for c in order) for m in months) or 1
    width, left, chart_h, top = 720, 40, 180, 16
    step = (width - left - 200) / len(months)
    base = top + chart_h
    body = [f'<line x1="{left}" y1="{base}" x2="{width - 200}" y2="{base}" stroke="{LINE}"/>']
    for i, month in enumerate(months):
        x, y = left + i * step + step * 0.2, top + chart_h
        for cause in order:
            n = trend.counts.get(cause, {}).get(month, 0)
            if not n:
                continue
            h = chart_h * n / peak
            y -= h
            tip = f"{month} {titles.get(cause, cause)} {n}件"
            body.append(_rect(x, y, step * 0.6, h, colour[cause], title=tip))
        label = month if month == "日付なし" else f"{int(month[5:])}月"
        body.append(
            _text(x + step * 0.3, top + chart_h + 18, label, size=12, anchor="middle", fill=MUTED)
        )
    for i, cause in enumerate(order[:10]):
        y = top + 6 + i * 20
        body.append(
            f'<rect x="{width - 190}" y="{y}" width="12" height="12" fill="{colour[cause]}"/>'
        )
        body.append(
            _text(
                width - 172, y + 11, f"{titles.get(cause, cause)}（{trend.totals[cause]}）", size=12
            )
        )
    height = max(top + chart_h + 30, top + 20 * min(len(order), 10) + 10)
    return _svg(width, height, "不採用の原因の移り変わり（月ごと）", body)


def feedback_svg(feedback: Any) -> str:
    """Your reply rate beside the usual one (about 1 in 10); counts when there are few."""
    width, left, bar_w = 720, 150, 400
    rows = [("一般的な返信率", feedback.norm, MUTED)]
    if feedback.rate is not None:
        rows.insert(0, ("あなたの返信率", feedback.rate, ACCENT))
    body = []
    for i, (label, value, fill) in enumerate(rows):
        y = 12 + i * 36
        body.append(_text(left - 10, y + 17, label, anchor="end"))
        body.append(_rect(left, y + 2, max(bar_w * value, 2), 20, fill))
        body.append(_text(left + bar_w * value + 8, y + 17, _percent(value)))
    if feedback.rate is None:
        y = 12 + len(rows) * 36
        body.append(
            _text(
                left,
                y + 14,
                f"企業に直接送った依頼 {feedback.sent}件・返信 {feedback.answered}件"
                "（件数が少ないため割合は出していません）",
                size=12,
                fill=MUTED,
            )
        )
    height = 12 + (len(rows) + (feedback.rate is None)) * 36
    return _svg(width, height, "フィードバック依頼への返信率", body)


def _month_label(month: str) -> str:
    return month if month == "日付なし" else f"{int(month[5:])}月"


def practice_svg(progress: Any, titles: dict[str, str]) -> str:
    """Two panels by month: first-try practice answers (bars), and for each recurring cause
    its findings per answer (lines). A month with too few answers has no point, only its bar."""
    months = list(progress.months)[-12:]
    if not months:
        return ""
    width, left, right, top, bars_h, lines_h = 720, 40, 200, 16, 90, 130
    step = (width - left - right) / len(months)
    peak = max(progress.answers.get(m, 0) for m in months) or 1
    body = [_text(left, top - 2, "練習した回答の数（初回）", size=12, fill=MUTED)]
    for i, month in enumerate(months):
        n = progress.answers.get(month, 0)
        h = bars_h * n / peak
        x = left + i * step + step * 0.25
        body.append(_rect(x, top + 8 + bars_h - h, step * 0.5, h, LINE, title=f"{month} {n}件"))
        body.append(
            _text(x + step * 0.25, top + 4 + bars_h - h, f"{n}件", size=11, anchor="middle")
        )
    base = top + bars_h + 40 + lines_h
    body.append(_text(left, top + bars_h + 32, "回答1件あたりの指摘の数", size=12, fill=MUTED))
    body.append(f'<line x1="{left}" y1="{base}" x2="{width - right}" y2="{base}" stroke="{LINE}"/>')
    values = [progress.per_answer(c, m) for c in progress.causes for m in months]
    high = max((v for v in values if v is not None), default=0.0) or 1.0
    for k, cause in enumerate(progress.causes):
        colour = PALETTE[k % len(PALETTE)]
        points = []
        for i, month in enumerate(months):
            v = progress.per_answer(cause, month)
            if v is None:
                continue
            x, y = left + (i + 0.5) * step, base - lines_h * v / high
            points.append(f"{x:.1f},{y:.1f}")
            tip = f"{month} {titles.get(cause, cause)} 1件あたり{v:.1f}"
            body.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"><title>'
                f"{escape(tip)}</title></circle>"
            )
            body.append(_text(x + 6, y - 6, f"{v:.1f}", size=11, fill=colour))
        if len(points) > 1:
            body.append(
                f'<polyline points="{" ".join(points)}" fill="none" stroke="{colour}" '
                'stroke-width="2"/>'
            )
        y = top + 6 + k * 20
        body.append(f'<rect x="{width - 190}" y="{y}" width="12" height="12" fill="{colour}"/>')
        body.append(_text(width - 172, y + 11, titles.get(cause, cause), size=12))
    for i, month in enumerate(months):
        x = left + (i + 0.5) * step
        few = progress.answers.get(month, 0) < progress.min_cases
        label = _month_label(month) + ("（少数）" if few else "")
        body.append(_text(x, base + 18, label, size=12, anchor="middle", fill=MUTED))
    return _svg(width, base + 30, "模擬面接の練習の進み具合（月ごと）", body)


REPORT_CSS = """
:root { color: #1f2933; background: #fff; font-family: 'Noto Sans CJK JP', 'Noto Sans JP',
  'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif; line-height: 1.75; }
body { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem; }
h1 { font-size: 1.5rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d9dee3; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border-bottom: 1px solid #d9dee3; padding: 0.3rem 0.5rem; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: #5f6b76; font-size: 0.9rem; }
.below { color: #b3412f; font-weight: 700; }
.card { border: 1px solid #d9dee3; border-radius: 10px; padding: 0.75rem 1rem; margin: 1rem 0; }
svg.chart { max-width: 100%; height: auto; }
@media print {
  :root { font-size: 11pt; }
  body { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  section, .card, svg.chart, table { break-inside: avoid; }
  .no-print { display: none; }
}
"""
