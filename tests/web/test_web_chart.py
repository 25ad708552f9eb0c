"""The server-made SVG chart: labels escaped, one polyline per series, no style attributes."""

from __future__ import annotations

from bs4 import BeautifulSoup

from furikaeri.web.chart import Line, line_chart


def test_a_chart_with_japanese_labels_escaped() -> None:
    svg = line_chart(
        ["12月1日", "12月2日<b>"],
        [Line("自己PRが抽象的", [1.0, 0.5]), Line("<script>x</script>", [0.0, 0.25])],
        title="原因ごとの指摘の数",
        y_label="1回答あたりの指摘",
        bands=[(0.0, 0.5, "目安")],
    )
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    doc = BeautifulSoup(str(svg), "html.parser")
    assert doc.svg["role"] == "img" and doc.svg["aria-label"] == "原因ごとの指摘の数"
    assert len(doc.select("polyline")) == 2
    assert len(doc.select("circle")) == 4
    assert "12月2日<b>" in doc.text and "自己PRが抽象的" in doc.text
    assert not doc.select("[style]")  # the CSP allows no inline style
    ticks = [t.text for t in doc.select("text")]
    assert "0.25" in ticks and "0.75" in ticks


def test_an_empty_chart_still_draws() -> None:
    svg = line_chart([], [], title="空", y_label="回")
    assert str(svg).startswith("<svg") and str(svg).endswith("</svg>")
