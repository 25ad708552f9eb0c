"""Terminal rendering of an analysis with Rich (evidence highlighted in the answer)."""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from furikaeri.analyzer import KIND_LABELS, Analysis

SEVERITY_LABELS = {"high": "重要", "medium": "注意", "low": "参考"}
SEVERITY_STYLES = {"high": "bold red", "medium": "yellow", "low": "cyan"}


def highlighted_answer(result: Analysis) -> Text:
    """The answer with every evidence span of every finding underlined in its severity colour."""
    text = Text(result.answer)
    for f in result.findings:
        for span in f.evidence:
            text.stylize(f"{SEVERITY_STYLES.get(f.severity, 'red')} underline", span.start, span.end)
    for s in result.strengths:
        for span in s.evidence:
            text.stylize("green", span.start, span.end)
    return text


def print_analysis(result: Analysis, *, console: Console | None = None) -> None:
    console = console or Console()
    minutes, seconds = divmod(result.spoken_seconds, 60)
    title = f"{KIND_LABELS.get(result.kind, result.kind)}　{result.chars}字（話すと約{minutes}分{seconds:02d}秒）"
    console.print(Panel(highlighted_answer(result), title=title, title_align="left"))
    if not result.findings:
        console.print("[green]よくある不採用の原因にあたる点は見つかりませんでした。[/green]")
    for f in result.findings:
        label = SEVERITY_LABELS.get(f.severity, f.severity)
        console.print(Text.assemble((f"[{label}] ", SEVERITY_STYLES.get(f.severity, "")),
                                    (f.message, "bold"), f"  ({f.code})"))
        for span in f.evidence:
            console.print(Text.assemble("  根拠: ", (f"「{span.text}」", "underline")))
        console.print(f"  改善: {f.advice}")
    if result.strengths:
        console.print("\n[bold green]良かった点[/bold green]")
        for s in result.strengths:
            quote = f"（「{s.evidence[0].text}」）" if s.evidence else ""
            console.print(f"  ✓ {s.message}{quote}")
    for note in result.notes:
        console.print(f"[dim]{note}[/dim]")
