"""QA session 12: odd inputs and the routes a job seeker takes (agent, 書類, Back, double-click),
read as the user reads them (BeautifulSoup)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_web_qa_s9 import _browser_fields, _form
from test_web_stale_s11 import CASES, STALE, Case, _rows
from tls_samples import CERT, KEY, OTHER_KEY
from web_helpers import Client, soup

from furikaeri import store

BIG = "99999999999999999999999"  # past any INTEGER column: the SQLite driver refuses it
GONE = "9999"  # an application deleted in another tab


# --- an application id past the column's range, typed into a URL or a form -------------------


@pytest.mark.parametrize(
    "url",
    [
        f"/skills?application_id={BIG}",
        f"/documents?application_id={BIG}",
        f"/rejection?application_id={BIG}",
        f"/worksheets/why_company?application_id={BIG}",
    ],
)
def test_a_huge_application_id_in_a_url_is_no_application(client: Client, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.text[:300]


@pytest.mark.parametrize("app_id", [BIG, GONE], ids=["huge", "deleted"])
def test_a_document_for_a_missing_application_keeps_the_text(client: Client, app_id: str) -> None:
    """The document form posted with an application that is not there (deleted in another tab,
    or an id no row can have): the form comes back, the text typed still in it."""
    data = _browser_fields(_form(client, "/documents", "/documents"))
    data.update(text="私の強みは粘り強さです。", application_id=app_id)
    r = client.post("/documents", data=data)
    assert r.status_code in (200, 422), r.text[:300]
    assert "私の強みは粘り強さです。" in soup(r).get_text()


@pytest.mark.parametrize("app_id", [BIG, GONE], ids=["huge", "deleted"])
def test_a_worksheet_for_a_missing_application_keeps_what_was_written(
    client: Client, app_id: str
) -> None:
    data = _browser_fields(_form(client, "/worksheets/why_company", "/worksheets/why_company"))
    data.update(reason="物流の仕組みを変える仕事がしたいからです。", application_id=app_id)
    r = client.post("/worksheets/why_company", data=data)
    assert r.status_code == 422, r.text[:300]
    page = soup(r)
    assert "物流の仕組みを変える仕事がしたいからです。" in page.get_text()
    assert "が見つかりません（削除されたのかもしれません）" in page.get_text()
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert store.list_worksheets(s) == []


def test_a_practice_for_a_deleted_application_says_so_at_the_form(client: Client) -> None:
    data = _browser_fields(_form(client, "/practice", "/practice"))
    data.update(focus="application", application_id=GONE)
    r = client.post("/practice", data=data)
    assert r.status_code == 422, r.text[:300]
    assert "が見つかりません（削除されたのかもしれません）" in soup(r).get_text()


def test_confirming_a_notice_onto_a_huge_application_id_is_a_message(client: Client) -> None:
    """/notices/confirm posted with an application id past the column's range was a 500."""
    import datetime as dt

    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        done = store.record_notice(
            s,
            label="rejection",
            company="株式会社かぜ",
            stage="一次",
            date=dt.date.today(),
            body="誠に残念ながら今回はご希望に沿いかねる結果となりました。",
        )
        notice_id, app_id = done.notice.id, done.application.id
    form = _browser_fields(_form(client, "/notices/confirm", "/notices/confirm"))
    r = client.post("/notices/confirm", data={**form, f"notice.{notice_id}": BIG})
    assert r.status_code == 422, r.text[:300]
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert [n.application_id for n in store.list_notices(s)] == [app_id]


# --- the same notice recorded again from a new form (pasted again, the .eml uploaded again) ---

AGENT_MAIL = """From: 佐藤 <sato@agent-career.example.jp>
To: taro@example.jp
Subject: =?utf-8?B?44CQ6YG46ICD57WQ5p6c44CR?=
Date: Thu, 03 Dec 2026 10:00:00 +0900
Message-ID: <agent-qa12@agent-career.example.jp>
Content-Type: text/plain; charset=utf-8

山田様

いつもお世話になっております。キャリアアドバイザーの佐藤です。
株式会社ほしぞら様の書類選考の結果について、企業様よりご連絡がありました。
誠に残念ながら、今回はお見送りとのことでした。

株式会社エージェントキャリア 佐藤
""".encode()


def _flash(r: object) -> list[str]:
    return [m.get_text(strip=True) for m in soup(r).select("[data-testid=flash]")]  # type: ignore[arg-type]


def test_the_same_notice_from_a_new_form_says_only_that_it_was_there(client: Client) -> None:
    """A second upload of the same notice from a freshly opened form wrote nothing, but the
    page said both 「記録しました。」 and 「この通知はすでに記録済みです」."""
    first = client.post(
        "/rejection",
        data=_browser_fields(_form(client, "/rejection", "/rejection")),
        files={"eml": ("n.eml", AGENT_MAIL, "message/rfc822")},
    )
    assert _flash(first) == ["記録しました。"]
    again = client.post(
        "/rejection",
        data=_browser_fields(_form(client, "/rejection", "/rejection")),
        files={"eml": ("n.eml", AGENT_MAIL, "message/rfc822")},
    )
    assert (
        again.url.path == first.url.path and not again.url.query
    )  # the notice rides in the flash cookie
    assert "記録しました。" not in _flash(again)
    assert "すでに記録済みです" in soup(again).get_text()
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert len(store.list_notices(s)) == 1


# --- control characters in a one-line field (a name that goes into headers and terminals) ---

ESCAPED = "株式会社\x1b[31mかぜ"


@pytest.mark.parametrize("value", [ESCAPED, "株式会社\x01かぜ", "株式会社かぜ\x7f"])
def test_a_company_name_with_a_control_character_is_refused_and_kept(
    client: Client, value: str
) -> None:
    """「a\\x01\\x02\\x1b[31mb」 was stored as a company name: `furikaeri plan` then printed the
    escape sequence to the terminal (recoloured it), and it went into the mail's subject."""
    data = _browser_fields(_form(client, "/applications/new", "/applications"))
    data.update(company=value, job_title="営業")
    r = client.post("/applications", data=data)
    assert r.status_code == 422, r.text[:300]
    page = soup(r)
    assert "制御文字" in page.get_text()
    field = page.find("input", attrs={"name": "company"})
    assert field is not None and field.get("value") == value  # what was typed stays
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert store.list_applications(s) == []


def test_a_tab_pasted_with_a_company_name_is_no_control_character(client: Client) -> None:
    data = _browser_fields(_form(client, "/applications/new", "/applications"))
    data.update(company="株式会社\tかぜ", job_title="営業")
    assert client.post("/applications", data=data, follow_redirects=False).status_code == 303


def test_a_pasted_notice_with_control_characters_records_a_clean_company(client: Client) -> None:
    """The notice's text is read as an imported mail's is: its control characters dropped, so
    the company it names is recorded (it was refused, or kept with the escape in it)."""
    data = _browser_fields(_form(client, "/rejection", "/rejection"))
    data.update(
        body=f"山田様\n\n{ESCAPED}人事部です。\n誠に残念ながら、今回はご期待に添いかねる結果となりました。"
        f"\n\n{ESCAPED} 人事部\x07"
    )
    r = client.post("/rejection", data=data)
    assert r.status_code == 200 and r.url.path.startswith("/rejections/"), r.text[:300]
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        (app,) = store.list_applications(s)
        assert "\x1b" not in app.company and "\x07" not in store.list_notices(s)[0].body


def test_a_rejection_for_an_application_deleted_meanwhile_keeps_the_notice(
    client: Client,
) -> None:
    """「面接に落ちた」 opened with an application chosen, the application deleted in another
    tab, then the pasted notice posted: a 404 page dropped the notice. Now the form comes back
    with it, saying the application is gone."""
    body = "誠に残念ながら、今回はご期待に添いかねる結果となりました。"
    data = _browser_fields(_form(client, "/rejection", "/rejection"))
    data.update(application_id=GONE, body=body)
    r = client.post("/rejection", data=data)
    assert r.status_code == 422, r.text[:300]
    page = soup(r)
    assert "見つかりません（削除されたのかもしれません）" in page.get_text()
    assert body in page.get_text()


# --- the same edit form posted twice (a second click on a slow network, Back and resubmit) ---


def _application_title(session: object, ids: dict[str, int]) -> str:
    return str(store.get_interview(session, ids["iv"]).application.job_title)  # type: ignore[arg-type]


def _impression(session: object, ids: dict[str, int]) -> str:
    return str(store.get_interview(session, ids["iv"]).impression)  # type: ignore[arg-type]


def _app_of(client: Client, ids: dict[str, int]) -> dict[str, int]:
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        return {**ids, "app": store.get_interview(s, ids["iv"]).application_id}


DOUBLE = [
    *CASES,
    Case(
        "application",
        "/applications/{app}/edit",
        "/applications/{app}",
        "job_title",
        _application_title,
    ),
    Case("interview", "/interviews/{iv}/edit", "/interviews/{iv}", "impression", _impression),
]


@pytest.mark.parametrize("case", DOUBLE, ids=[c.name for c in DOUBLE])
def test_the_same_edit_posted_twice_is_saved_once_without_a_conflict(
    client: Client, case: Case
) -> None:
    """A double click on 「保存」 posts the same form twice: the first save raised the row's
    version, so the second was refused (409) with 「このページを開いた後に別の画面で更新されて
    います」, although nothing else had changed it. The same content again is no conflict."""
    ids = _app_of(client, _rows(client, named=case.named))
    page, action = case.page.format(**ids), case.action.format(**ids)
    data = {**_browser_fields(_form(client, page, action)), case.field: "一度だけ保存した内容"}
    assert client.post(action, data=data).status_code == 200
    again = client.post(action, data=data)
    assert again.status_code == 200, again.text[:300]
    assert STALE not in again.text
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert case.saved(s, ids) == "一度だけ保存した内容"
    # a different content from the old form is still a conflict
    other = client.post(action, data={**data, case.field: "古いフォームの別の内容"})
    assert other.status_code == 409 and STALE in other.text


# --- a practice answer rewritten after Back (or in a second tab) ----------------------------


def _practice(client: Client) -> str:
    data = {"focus": "causes", "causes": ["self_pr"], "count": "5", "audience": "mid_career"}
    r = client.send_form("/practice", data, follow_redirects=False)
    return str(r.headers["location"]).split("?")[0].replace("http://127.0.0.1:8765", "")


def _attempts(client: Client) -> list[tuple[int, str]]:
    from sqlalchemy import select

    from furikaeri.store.models import PracticeAttempt

    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        rows = s.scalars(select(PracticeAttempt).order_by(PracticeAttempt.id))
        return [(a.position, a.answer) for a in rows]


FIRST = "私の強みは調整力です。前職で営業と開発の意見が対立した際、週1回の定例会を提案しました。"
REWRITTEN = "戻って書き直した回答です。私の強みは粘り強さで、新規顧客を月5件開拓しました。"


def test_a_rewritten_answer_after_back_is_not_called_a_double_submit(client: Client) -> None:
    """Answered, 次へ, then Back, the answer rewritten and sent: the rewrite was dropped while
    the page said 「同じ回答が二度送信されたため、1回分だけ保存しました」. Now the page says it
    was not saved and shows it apart from the current question's form (where sending it would
    answer the wrong question)."""
    url = _practice(client)
    client.send_form(url + "/answer", {"position": "0", "attempt_no": "1", "answer": FIRST})
    client.send_form(url + "/next", {"position": "0"})
    r = client.send_form(url + "/answer", {"position": "0", "attempt_no": "1", "answer": REWRITTEN})
    assert r.status_code == 409
    page = soup(r)
    error = page.select_one("[data-testid=practice-error]")
    assert error is not None and "保存していません" in error.get_text()
    kept = page.select_one("[data-testid=unsaved-answer]")
    assert kept is not None and REWRITTEN in kept.get_text()
    form = page.select_one("form[data-practice-form] textarea")
    assert form is not None and REWRITTEN not in form.get_text()
    assert _attempts(client) == [(0, FIRST)]


def test_a_second_tab_answering_the_same_question_keeps_its_text(client: Client) -> None:
    url = _practice(client)
    client.send_form(url + "/answer", {"position": "0", "attempt_no": "1", "answer": FIRST})
    r = client.send_form(url + "/answer", {"position": "0", "attempt_no": "1", "answer": REWRITTEN})
    assert r.status_code == 409
    assert REWRITTEN in soup(r).get_text()
    same = client.send_form(url + "/answer", {"position": "0", "attempt_no": "1", "answer": FIRST})
    assert same.status_code == 200 and "すでに受け付けています" in soup(same).get_text()
    assert _attempts(client) == [(0, FIRST)]


def test_a_mail_header_with_a_control_character_is_refused(client: Client) -> None:
    """/mail/eml wrote 「To: \\x1b@b.jp」 raw into the .eml's header."""
    data = {"csrf_token": client.csrf(), "subject": "件名", "body": "本文です。", "to": "\x1b@b.jp"}
    r = client.post("/mail/eml", data=data)
    assert r.status_code == 400
    assert "制御文字（U+001B）" in soup(r).get_text()


# --- a form posted to a row deleted meanwhile: the 404 page keeps what was typed --------------

ANSWER = "御社の物流を支える仕組みに惹かれました。前職では配送計画を見直し、遅延を月5件から1件に減らしました。"


@pytest.mark.parametrize(
    ("url", "fields"),
    [
        ("/interviews/9999/qas", {"question": "志望動機を教えてください。", "answer": ANSWER}),
        ("/feedback/9999/reply", {"text": ANSWER, "received_on": "2026-12-01"}),
        ("/qas/9999", {"question": "志望動機", "answer": ANSWER, "version": "1"}),
    ],
    ids=["answer", "reply", "answer-edit"],
)
def test_a_form_posted_to_a_deleted_row_shows_what_was_typed(
    client: Client, url: str, fields: dict[str, str]
) -> None:
    """An answer typed for an interview deleted in another tab (or a reply for a request
    deleted with its application) got a bare 404 page, the text gone."""
    r = client.post(url, data={"csrf_token": client.csrf(), **fields})
    assert r.status_code == 404
    kept = soup(r).select_one("[data-testid=unsaved-input]")
    assert kept is not None and ANSWER in kept.get_text()
    assert "2026-12-01" not in kept.get_text() and "9999" not in kept.get_text()


def test_a_missing_page_without_a_form_shows_no_unsaved_block(client: Client) -> None:
    r = client.get("/interviews/9999")
    assert r.status_code == 404
    assert soup(r).select_one("[data-testid=unsaved-input]") is None


# --- serve with a certificate that is not one -----------------------------------------------


@pytest.mark.parametrize(
    ("cert", "key", "said"),
    [
        ("not a certificate", "not a key", "PEM 形式"),
        (CERT, OTHER_KEY, "この証明書のもの"),
    ],
    ids=["not-pem", "another-certificate's-key"],
)
def test_serve_with_a_bad_certificate_pair_says_so_before_starting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, cert: str, key: str, said: str
) -> None:
    """uvicorn loaded the pair after the start line and ended in a traceback
    (「SSLError: [SSL] PEM lib」)."""
    from typer.testing import CliRunner

    from furikaeri.cli import app

    started: list[object] = []
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: started.append(k))
    monkeypatch.setenv("FURIKAERI_DATA_DIR", str(tmp_path))
    cert_file, key_file = tmp_path / "c.pem", tmp_path / "k.pem"
    cert_file.write_text(cert), key_file.write_text(key)
    args = ["serve", "--no-browser", "--db", f"sqlite:///{tmp_path / 'x.sqlite3'}"]
    result = CliRunner().invoke(
        app, [*args, "--certfile", str(cert_file), "--keyfile", str(key_file)]
    )
    assert result.exit_code == 2, result.output
    assert "証明書と秘密鍵を読み込めません" in result.output and said in result.output
    assert not started and "Traceback" not in result.output
    ok_cert, ok_key = tmp_path / "ok.pem", tmp_path / "ok.key"
    ok_cert.write_text(CERT), ok_key.write_text(KEY)
    good = CliRunner().invoke(app, [*args, "--certfile", str(ok_cert), "--keyfile", str(ok_key)])
    assert good.exit_code == 0, good.output
    assert started and started[-1]["ssl_keyfile"] == str(ok_key)  # type: ignore[index]


def test_a_rewritten_answer_after_back_over_htmx_keeps_the_text_too(client: Client) -> None:
    url = _practice(client)
    client.send_form(url + "/answer", {"position": "0", "attempt_no": "1", "answer": FIRST})
    client.send_form(url + "/next", {"position": "0"})
    data = {"csrf_token": client.csrf(), "position": "0", "attempt_no": "1", "answer": REWRITTEN}
    r = client.post(url + "/answer", data=data, headers={"HX-Request": "true"})
    assert r.status_code == 409
    assert REWRITTEN in soup(r).get_text()
