"""data/cross.toml as read by the cross reading: one typed view per table, checked against
schema.CrossData once per content, and the codes it writes."""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

from furikaeri.analyzer.lexicon import DEPENDS, Topic, lexicon
from furikaeri.analyzer.types import KINDS
from furikaeri.catalogue import checked_data
from furikaeri.patterns import Matcher, matcher

OFF_TOPIC = "communication.off_topic"
BLAME = "negative_reason.blame"
GENERIC = "motivation.generic"


class _Answered(NamedTuple):
    """One [[answered]] entry (defaults as in schema.CrossData)."""

    kind: str
    asked: tuple[str, ...]
    codes: tuple[str, ...]
    topics: tuple[str, ...] = ()
    claims: int = 0
    complaints: bool = False
    untold_mishap: bool = False


class _Complained(NamedTuple):
    topics: tuple[str, ...]
    nothing: str
    share: float
    cored: tuple[str, ...] = ()
    acted: tuple[str, ...] = ()
    escape: tuple[str, ...] | None = None


class _Settings(NamedTuple):
    topics: tuple[str, ...]


class _ShortStay(NamedTuple):
    kinds: tuple[str, ...]
    answers: tuple[str, ...]
    topic: str
    cores: tuple[str, ...] = ()
    origin: str | None = None
    stay_words: tuple[str, ...] = ()
    stay_spans: tuple[str, ...] = ()
    every_place: str | None = None


class _Blamed(NamedTuple):
    kinds: tuple[str, ...]
    conceded: str


class _Unreasoned(NamedTuple):
    kinds: tuple[str, ...]
    reasons: tuple[str, ...]
    told: str
    because: tuple[str, ...]
    drops: tuple[str, ...] = ()
    demands: tuple[str, ...] = ()


class _Instead(NamedTuple):
    topics: tuple[str, ...]
    kinds: tuple[str, ...]
    drops: tuple[str, ...] = ()


class _Chosen(NamedTuple):
    topics: tuple[str, ...]
    asked: tuple[str, ...]


class _Left(NamedTuple):
    topics: tuple[str, ...]
    genre: str
    drops: tuple[str, ...] = ()


class _Borrowed(NamedTuple):
    topics: tuple[str, ...]
    own: str


class _Unasked(NamedTuple):
    kinds: tuple[str, ...]
    genres: tuple[str, ...]
    common: tuple[str, ...]
    label: str
    hint: str
    personal: tuple[str, ...] = ()
    view: str | None = None
    event_asked: str | None = None
    event_named: str | None = None
    deed_verbs: tuple[str, ...] = ()
    span_nouns: tuple[str, ...] = ()
    career_spans: tuple[str, ...] = ()
    firm_counters: tuple[str, ...] = ()


class Cross(NamedTuple):
    """data/cross.toml as read here: checked against schema.CrossData once per content
    (catalogue.checked_data), so a cold `furikaeri analyze` imports no pydantic."""

    answered: tuple[_Answered, ...]
    complained: _Complained
    settings: _Settings
    short_stay: _ShortStay
    instead: _Instead
    chosen: _Chosen
    left: _Left
    borrowed: _Borrowed
    unasked: _Unasked
    blamed: _Blamed
    unreasoned: _Unreasoned


def _view(cls: Any, entry: dict[str, Any]) -> Any:
    """``cls`` from a checked table (its keys are the fields: the schema forbids others),
    lists read as tuples."""
    return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in entry.items()})


@cache
def data() -> Cross:
    """data/cross.toml, checked (a topic or kind it names must exist)."""
    raw = checked_data("cross.toml", "furikaeri.analyzer.schema:CrossData", depends=DEPENDS)
    loaded = Cross(
        answered=tuple(_view(_Answered, a) for a in raw["answered"]),
        complained=_view(_Complained, raw["complained"]),
        settings=_view(_Settings, raw["settings"]),
        short_stay=_view(_ShortStay, raw["short_stay"]),
        instead=_view(_Instead, raw["instead"]),
        chosen=_view(_Chosen, raw["chosen"]),
        left=_view(_Left, raw["left"]),
        borrowed=_view(_Borrowed, raw["borrowed"]),
        unasked=_view(_Unasked, raw["unasked"]),
        blamed=_view(_Blamed, raw["blamed"]),
        unreasoned=_view(_Unreasoned, raw["unreasoned"]),
    )
    names = {t.name for t in lexicon().topics}
    named = [
        *(n for a in loaded.answered for n in (*a.topics, *a.asked)),
        *loaded.complained.topics,
        *loaded.settings.topics,
        *loaded.complained.cored,
        *loaded.complained.acted,
        *loaded.unreasoned.reasons,
        loaded.short_stay.topic,
        *loaded.short_stay.cores,
        *loaded.borrowed.topics,
        *loaded.instead.topics,
        *loaded.chosen.topics,
        *loaded.left.topics,
        loaded.left.genre,
        *loaded.unasked.genres,
        *loaded.unasked.personal,
    ]
    kinds = [
        *loaded.short_stay.kinds,
        *loaded.short_stay.answers,
        *loaded.blamed.kinds,
        *loaded.unreasoned.kinds,
        *loaded.unasked.kinds,
        *loaded.instead.kinds,
    ]
    unknown = [n for n in named if n not in names] + [k for k in kinds if k not in KINDS]
    if unknown:
        from furikaeri.catalogue import DataFileError

        raise DataFileError(f"data/cross.toml names unknown topics or kinds: {unknown}")
    return loaded


@cache
def _pattern(text: str) -> Matcher:
    return matcher(text)


def _topic(name: str) -> Topic | None:
    return next((t for t in lexicon().topics if t.name == name), None)


def __getattr__(name: str) -> Any:
    """CrossData (the pydantic schema of cross.toml, analyzer/schema.py), imported on first use."""
    if name == "CrossData":
        from furikaeri.analyzer.schema import CrossData

        return CrossData
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
