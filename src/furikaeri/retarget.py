"""Re-targeting: where the candidate passes and fails, by industry, job type, company size and
route, honest about small numbers; and a plain suggestion of where the profile fits.

:func:`retarget_view` is pure: it takes each application's status, furthest funnel level and
its groups (read by furikaeri.patterns_report in the same queries as the funnel). Under
``min_cases`` decided applications a group shows counts only, and no suggestion rests on it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel

from furikaeri.catalogue import load_data

DIMENSIONS = {
    "industry": "業界",
    "job_type": "職種",
    "company_size": "企業規模",
    "channel": "応募経路",
}
UNSET = "（未記入）"


class _View(BaseModel):
    min_cases: int
    fit_margin: float


class _Data(BaseModel):
    company_sizes: dict[str, str]
    view: _View


@cache
def _data() -> _Data:
    return _Data.model_validate(load_data("retarget.toml"))


def company_sizes() -> dict[str, str]:
    """Company size id -> Japanese label (data/retarget.toml), in order."""
    return dict(_data().company_sizes)


@dataclass(frozen=True)
class Group:
    value: str
    applied: int
    screened: int  # passed 書類 (reached an interview or beyond)
    screen_failed: int  # rejected at 書類
    later_failed: int  # rejected at an interview
    offers: int
    min_cases: int

    @property
    def decided(self) -> int:
        return self.screened + self.screen_failed

    @property
    def screen_rate(self) -> float | None:
        """Share passing 書類; None under ``min_cases`` decided applications."""
        return self.screened / self.decided if self.decided >= self.min_cases else None


@dataclass(frozen=True)
class Dimension:
    id: str
    label: str
    groups: tuple[Group, ...]
    suggestion: str


@dataclass(frozen=True)
class Retarget:
    dimensions: tuple[Dimension, ...]
    min_cases: int
    summary: str


@dataclass(frozen=True)
class AppRow:
    status: str
    level: int  # furthest funnel level (0 = applied, top = offer)
    groups: Mapping[str, str]  # dimension id -> value ("" when not filled in)


def _groups(
    rows: Sequence[AppRow], dim: str, *, top: int, labels: Mapping[str, str]
) -> list[Group]:
    by: dict[str, list[AppRow]] = defaultdict(list)
    for row in rows:
        by[labels.get(row.groups.get(dim, ""), row.groups.get(dim, "")) or UNSET].append(row)
    n = _data().view.min_cases
    out = [
        Group(
            value=value,
            applied=len(mine),
            screened=sum(1 for r in mine if r.level >= 1),
            screen_failed=sum(1 for r in mine if r.level == 0 and r.status == "rejected"),
            later_failed=sum(1 for r in mine if r.level >= 1 and r.status == "rejected"),
            offers=sum(1 for r in mine if r.level == top),
            min_cases=n,
        )
        for value, mine in by.items()
    ]
    return sorted(out, key=lambda g: (g.value == UNSET, -g.applied, g.value))


def _suggest(label: str, groups: Sequence[Group]) -> str:
    rated = [g for g in groups if g.screen_rate is not None and g.value != UNSET]
    if len(rated) < 2:
        return ""
    best = max(rated, key=lambda g: g.screen_rate or 0.0)
    others = [g for g in rated if g is not best]
    rest = sum(g.screened for g in others) / sum(g.decided for g in others)
    if (best.screen_rate or 0.0) - rest < _data().view.fit_margin:
        return ""
    return (
        f"{label}では『{best.value}』で書類を通りやすい傾向があります"
        f"（{best.screened}/{best.decided}件、ほかは{round(rest * 100)}%）。"
        "今の経験が評価されやすい方向として、次の応募先選びの参考にしてください。"
    )


def retarget_view(
    rows: Sequence[AppRow], *, top: int, size_labels: Mapping[str, str] | None = None
) -> Retarget:
    """Group the applications by each dimension. Pure."""
    from furikaeri.store.models import CHANNEL_LABELS

    labels = {"company_size": size_labels or company_sizes(), "channel": CHANNEL_LABELS}
    dims = []
    for dim, label in DIMENSIONS.items():
        groups = _groups(rows, dim, top=top, labels=labels.get(dim, {}))
        if not rows or (len(groups) == 1 and groups[0].value == UNSET):
            continue
        dims.append(Dimension(dim, label, tuple(groups), _suggest(label, groups)))
    suggestions = [d.suggestion for d in dims if d.suggestion]
    n = _data().view.min_cases
    if suggestions:
        summary = (
            "件数が十分な組み合わせから見える傾向です。"
            "一社ごとの相性もあるため、目安として見てください。"
        )
    else:
        summary = (
            f"まだどこが合うかを言えるほどの件数がありません（比べるには、各グループで結果の出た応募が{n}件ほど必要です）。"
            "業界・職種・企業規模を記録しておくと、件数が増えたときに傾向が見えてきます。"
        )
    return Retarget(tuple(dims), n, summary)
