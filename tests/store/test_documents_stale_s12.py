"""A document (履歴書・職務経歴書・ES) saved from a form opened before another page saved it is
refused, like every other edit form: the form carries the document's version."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from furikaeri.store import Store, get_document, save_document
from furikaeri.store.access import version_of
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
