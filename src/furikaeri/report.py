"""Terminal rendering of an analysis with Rich (evidence highlighted in the answer)."""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from furikaeri.analyzer import KIND_LABELS, SEVERITY_LABELS, Analysis
from furikaeri.linebreak import JaText

SEVERITY_STYLES = {"high": "bold red", "medium": "yellow", "low": "cyan"}


def highlighted_answer(result: Analysis) -> Text:
    """The answer with every evidence span underlined in its severity colour (strengths green)."""
    text = Text(result.answer)
    for s in result.strengths:
        for span in s.evidence:
            text.stylize("green", span.start, span.end)
    for f in result.findings:
        style = f"{SEVERITY_STYLES.get(f.severity, 'red')} underline"
        for span in f.evidence:
            text.stylize(style, span.start, span.end)
    return text


def print_analysis(result: Analysis, *, console: Console | None = None) -> None:
    """Print the report to the terminal (stdout unless a console is given)."""
    console = console or Console()
    minutes, seconds = divmod(result.spoken_seconds, 60)
    label = KIND_LABELS.get(result.kind, result.kind)
    title = f"{label}　{result.chars}字（話すと約{minutes}分{seconds:02d}秒）"
    console.print(Panel(JaText(highlighted_answer(result)), title=title, title_align="left"))
    if not result.findings:
        console.print("[green]よくある不採用の原因にあたる点は見つかりませんでした。[/green]")
    for f in result.findings:
        # No ASCII spaces inside Japanese lines: Rich wraps at spaces, breaking after a label.
        style = SEVERITY_STYLES.get(f.severity, "")
        severity = SEVERITY_LABELS.get(f.severity, f.severity)
        console.print(
            JaText(
                Text.assemble(
                    (f"【{severity}】", style), (f.message, "bold"), (f"（{f.code}）", "dim")
                )
            )
        )
        quotes = "".join(f"「{span.text}」" for span in f.evidence)
        if quotes:
            console.print(JaText(Text.assemble("　根拠：", (quotes, "underline"))))
        console.print(JaText(f"　改善：{f.advice}"))
    if result.strengths:
        console.print(Text("良かった点", style="bold green"))
        for s in result.strengths:
            quote = f"（「{s.evidence[0].text}」）" if s.evidence else ""
            console.print(JaText(f"　✓{s.message}{quote}"))
