"""QA session 9, second pass: the store's concurrency and repeat rules."""

from __future__ import annotations

import datetime as dt

import pytest

from furikaeri.store import Store, create_application
from furikaeri.store.applications import same_application, update_application
from furikaeri.store.errors import Stale


def test_a_recent_identical_application_is_the_same_submission(store: Store) -> None:
    with store.session() as s:
        first = create_application(
            s, company="株式会社かぜ", job_title="営業", applied_on="2026-11-01"
        )
        again = create_application(
            s, company="株式会社 かぜ", job_title="営業", applied_on="2026-11-01", reuse_recent=True
        )
        assert again.id == first.id
        later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(hours=1)
        assert (
            same_application(
                s, company="かぜ", job_title="営業", applied_on="2026-11-01", now=later
            )
            is None
        )
        second = create_application(
            s, company="株式会社かぜ", job_title="営業", applied_on="2026-11-01"
        )
        assert second.id != first.id  # not asked to reuse (the CLI, an import, a confirmed form)


def test_a_stale_version_is_refused_and_nothing_saved(store: Store) -> None:
    with store.session() as s:
        app_id = create_application(s, company="株式会社かぜ").id
    with store.session() as s:
        version = str(update_application(s, app_id).revision)  # the form opened
    with store.session() as s:
        update_application(s, app_id, status="offer")  # another page
    with store.session() as s, pytest.raises(Stale) as err:
        update_application(s, app_id, version=version, status="active")
    assert "別の画面で更新されています" in str(err.value)
    with store.session() as s:
        row = update_application(s, app_id)
        assert row.status == "offer"
        update_application(s, app_id, version=str(row.revision), job_title="企画")
