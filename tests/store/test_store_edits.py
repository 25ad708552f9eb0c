"""Saves from forms, below the web: a row's version refuses a save from a form opened before
another page saved it (Stale: an application, a document) and a save without a version checks
nothing; an identical application posted again minutes later is the same submission."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from furikaeri.store import Store, create_application, get_document, save_document
from furikaeri.store.access import version_of
from furikaeri.store.applications import (
    record_application,
    same_application,
    update_application,
)
from furikaeri.store.errors import Stale


def _edit(s: Session, doc_id: int, text: str, version: str | None) -> None:
    save_document(s, kind="career", text=text, document_id=doc_id, version=version)


def test_the_second_of_two_forms_opened_is_refused(store: Store) -> None:
    with store.session() as s:
        doc_id = save_document(s, kind="career", text="営業として5年勤務").id
    with store.session(readonly=True) as s:
        first = second = version_of(get_document(s, doc_id))  # two forms opened
    with store.session() as s:
        _edit(s, doc_id, "法人営業として5年、新規開拓を担当", first)
    with store.session() as s, pytest.raises(Stale) as err:
        _edit(s, doc_id, "古い画面から書き直した文章", second)
    assert "別の画面で更新されています" in str(err.value)
    assert err.value.field == "version"
    with store.session(readonly=True) as s:
        row = get_document(s, doc_id)
        assert row.text == "法人営業として5年、新規開拓を担当"  # the first save stays
        current = version_of(row)
    with store.session() as s:  # checked, saved again with the current version
        _edit(s, doc_id, "古い画面から書き直した文章", current)
    with store.session(readonly=True) as s:
        assert get_document(s, doc_id).text == "古い画面から書き直した文章"


def test_a_save_without_a_version_checks_nothing(store: Store) -> None:
    """The CLI and a new document have no form version: nothing is checked."""
    with store.session() as s:
        doc_id = save_document(s, kind="es", text="最初の文章").id
    with store.session() as s:
        _edit(s, doc_id, "二つ目の文章", None)
    with store.session(readonly=True) as s:
        assert get_document(s, doc_id).text == "二つ目の文章"


def test_a_recent_identical_application_is_the_same_submission(store: Store) -> None:
    with store.session() as s:
        first = create_application(
            s, company="株式会社かぜ", job_title="営業", applied_on="2026-11-01"
        )
        again = record_application(
            s, company="株式会社 かぜ", job_title="営業", applied_on="2026-11-01", reuse_recent=True
        )
        assert (again.row.id, again.reused) == (first.id, True)
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
