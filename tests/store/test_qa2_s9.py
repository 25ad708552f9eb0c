"""QA session 9, second pass: the store's concurrency and repeat rules."""

from __future__ import annotations

import datetime as dt

import pytest

from furikaeri.store import Store, create_application
from furikaeri.store.applications import (
    record_application,
    same_application,
    update_application,
)
from furikaeri.store.errors import Stale


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


def test_a_plan_title_with_a_line_break_is_refused(store: Store) -> None:
    from furikaeri.store import add_action_item
    from furikaeri.store.errors import ValidationError

    with store.session() as s, pytest.raises(ValidationError) as err:
        add_action_item(s, title="結論から話す練習\n毎朝5分")
    assert "改行" in err.value.errors["title"]
    with store.session() as s:
        assert add_action_item(s, title="  結論から話す練習  ").title == "結論から話す練習"


def test_a_form_key_with_a_row_id_is_not_in_the_message() -> None:
    """`mail import --confirm` printed 「エラー: notice.12: 選んだ応募…」."""
    from furikaeri.store.errors import ValidationError

    err = ValidationError({"notice.12": "選んだ応募（株式会社かぜ）には…"})
    assert str(err) == "選んだ応募（株式会社かぜ）には…"
    assert err.field_errors() == {"notice.12": "選んだ応募（株式会社かぜ）には…"}
    assert str(ValidationError({"company": "会社名を入力してください。"})).startswith("company: ")


def test_the_agent_company_from_the_advisors_self_introduction() -> None:
    from furikaeri.mail.contacts import agent_contact

    mail = "山田 様\n\nお世話になっております。リクルートエージェントの佐藤です。\n残念ながら見送りとなりました。\n"
    assert agent_contact(mail).company == "リクルートエージェント"
    mail = "山田様\n株式会社キャリアリンクの高橋と申します。\n結果のご連絡です。\n"
    assert agent_contact(mail).company == "株式会社キャリアリンク"
    assert agent_contact("山田様\n人事部の中村です。\n結果のご連絡です。\n").company is None
