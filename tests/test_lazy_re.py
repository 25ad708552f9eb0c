"""Module-level patterns compiled on first use (lazy_re) behave as re's, and every one of the
analyzer's compiles (an error no longer shows at import)."""

from __future__ import annotations

import importlib
import pkgutil
import re

import furikaeri.analyzer
from furikaeri import lazy_re


def test_compiled_on_first_use_then_the_pattern_s_own_methods() -> None:
    lazy = lazy_re.compile(r"(?P<n>[0-9]+)件", re.ASCII)
    assert "search" not in vars(lazy)
    plain = re.compile(r"(?P<n>[0-9]+)件", re.ASCII)
    text = "応募は12件、面接は３件でした。"
    assert lazy.search(text).span() == plain.search(text).span()  # type: ignore[union-attr]
    assert "search" in vars(lazy)
    assert [m.group("n") for m in lazy.finditer(text)] == ["12"]
    assert lazy.sub("N件", text) == plain.sub("N件", text)
    assert (lazy.pattern, lazy.flags, lazy.groups, dict(lazy.groupindex)) == (
        plain.pattern,
        plain.flags,
        plain.groups,
        dict(plain.groupindex),
    )


def test_every_lazy_pattern_of_the_analyzer_compiles() -> None:
    found = 0
    for info in pkgutil.walk_packages(furikaeri.analyzer.__path__, "furikaeri.analyzer."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if type(value).__module__ == lazy_re.__name__:
                assert isinstance(value.groups, int)  # compiles now
                found += 1
    assert found >= 30
