"""A server process loads, in the background as it starts, what its first pages would
otherwise load while a visitor waits: the Sudachi dictionary, the analyzer's modules and
patterns, the reply reader's rules and the diagnosis's data (one short answer and one reply
diagnosed), the compiled templates, and its database connections: as many as it runs pages at
once, opened together and given back to the pool, which keeps them.

Why: in a fresh process at load 10 the first diagnosis page took 2.7 s (20 ms the second
time), the first interview page 0.8 s, the dashboard 0.4 s, and the work holds the GIL, so
the process's other requests wait too. With ``--workers N`` the kernel hands connections to
the workers unevenly (16 opened at once reached one to three workers of four), so a worker
could meet its first diagnosis under 20 clients: the 2–6 s PostgreSQL stalls of issue 11
(docs/reliability.md, s10-web). On PostgreSQL a warmed worker still opened its other pooled
connections on its first concurrent pages (1–1.4 s under load: s11-web); the pool keeps up to
its ``pool_size`` (5 on PostgreSQL, 20 on SQLite) connections returned to it, more than the
process's pages at once (4), so they stay open once opened here. Off unless ``furikaeri
serve`` asks for it (``web_warm``): tests build many apps and need no thread of their own.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from typing import Any

# One short answer and one company's reply, read as a diagnosis reads an interview's (the
# reply reader's rules were most of a first diagnosis: 5.7 of 6.6 s under the profiler).
SAMPLE_QUESTION = "志望動機を教えてください。"
SAMPLE_ANSWER = "御社の製品に学生時代から親しんでおり、開発に携わりたいと考えました。"
SAMPLE_REPLY = "実績を具体的な数字で話されていた点は評価しましたが、志望動機が弱いと感じました。"

_lock = threading.Lock()
_started: list[threading.Thread] = []  # the one warming thread of this process, once started


def start(templates: Any, *, store: Any = None, connections: int = 0) -> threading.Thread | None:
    """Start warming this process in a daemon thread; None when it was started already (a
    process warms once, whichever app asks first). ``store`` and ``connections``: see
    :func:`open_connections`."""
    options = {"templates": templates, "store": store, "connections": connections}
    with _lock:
        if _started:
            return None
        thread = threading.Thread(target=warm, kwargs=options, name="furikaeri-warm", daemon=True)
        _started.append(thread)
    thread.start()
    return thread


def warm(*, templates: Any, store: Any = None, connections: int = 0) -> None:
    """Load what the first pages need. A failure here only leaves the process cold: the page
    that needs the part then loads it, and reports its own error."""
    try:
        from furikaeri import nlp

        nlp.preload()  # SudachiPy loads the dictionary without the GIL, beside the templates
        if store is not None:
            open_connections(store, pages=connections)
        compile_templates(templates)
        _diagnose_sample()
    except Exception:  # never fatal: see the docstring
        logging.getLogger(__name__).warning("warming the server process failed", exc_info=True)


def open_connections(store: Any, *, pages: int) -> int:
    """Open as many database connections as the process runs pages at once (``pages``; at
    most what the pool keeps), all at the same time, each reading the store's revision as
    every page does first; then give them back to the pool. Read-only sessions: nothing is
    written. How many were opened."""
    from furikaeri.store import revision

    kept = getattr(store.engine.pool, "size", lambda: 1)()  # an in-memory database: one
    count = max(1, min(pages, kept))
    with contextlib.ExitStack() as held:
        for _ in range(count):
            revision(held.enter_context(store.session(readonly=True)))
    return count


def compile_templates(templates: Any) -> int:
    """Compile every template into the environment's cache; how many."""
    env = templates.env
    names = [name for name in env.list_templates() if name.endswith(".html")]
    for name in names:
        env.get_template(name)
    return len(names)


def _diagnose_sample() -> None:
    from furikaeri.diagnosis import AnswerInput, ReplyInput, diagnose

    diagnose(
        answers=[AnswerInput(question=SAMPLE_QUESTION, answer=SAMPLE_ANSWER)],
        replies=[ReplyInput(label="feedback", text=SAMPLE_REPLY)],
    )
