"""QA P3 items of the third pass (BeautifulSoup on the pages): the dashboard's nag about
notices to confirm counts only notices filed without the user naming the application."""

from __future__ import annotations

import datetime as dt

from web_helpers import Client, soup

from furikaeri import store

NOTICE = (
    "山田 花子 様\n\nこの度は弊社の求人にご応募いただき、誠にありがとうございました。\n"
    "慎重に選考を重ねました結果、誠に残念ながら、今回はご期待に沿いかねる結果となりました。\n"
    "山田様の今後のご活躍をお祈り申し上げます。\n\n株式会社ミナトロジ 人事部"
)


def _record(client: Client, **fields: str) -> None:
    data = {
        "subject": "選考結果のご連絡",
        "body": NOTICE,
        "stage": "一次",
        "date": dt.date.today().isoformat(),
        "form_token": f"t-{len(fields)}-{sorted(fields.items())}",
        **fields,
    }
    response = client.send_form("/rejection", data, follow_redirects=False)
    assert response.status_code == 303, soup(response).select(".field-error")


def _unconfirmed(client: Client) -> str | None:
    found = soup(client.get("/")).select_one("[data-testid=unconfirmed]")
    return found.text if found else None


def test_a_notice_pasted_for_a_chosen_application_is_not_to_confirm(client: Client) -> None:
    with client.app.state.store.session() as session:
        app_id = store.create_application(session, company="株式会社ミナトロジ").id
    _record(client, application_id=str(app_id))
    assert _unconfirmed(client) is None


def test_a_notice_pasted_with_the_company_typed_is_not_to_confirm(client: Client) -> None:
    _record(client, company="株式会社ミナトロジ")
    assert _unconfirmed(client) is None


def test_a_notice_filed_from_mail_is_still_to_confirm(client: Client) -> None:
    with client.app.state.store.session() as session:
        store.record_notice(
            session, label="rejection", company="株式会社ミナトロジ", stage="一次", body=NOTICE
        )
    said = _unconfirmed(client)
    assert said is not None and "メールから取り込んだ通知" in said and "（1件）" in said


def test_patterns_has_one_table_per_heading(client: Client) -> None:
    """QA P3: two tables were both headed 「応募経路ごと」 (the routes are one of the groupings
    of 「応募先の選び方」)."""
    client.send_form("/demo")
    page = soup(client.get("/patterns"))
    headings = [h.get_text(strip=True) for h in page.select("main h2, main h3")]
    assert len(headings) == len(set(headings)), headings
    assert headings.count("応募経路ごと") == 1
    assert page.select_one("table[data-dimension=channel]") is not None


def test_the_skills_fit_table_says_what_it_cannot_tell(client: Client) -> None:
    """QA P3: つばさ物産 showed 「0 / 1」 while the list below said 「判断できない」; its
    「ビジネスレベルの英語、海外営業経験3年以上」 was one condition."""
    client.send_form("/demo")
    page = soup(client.get("/skills"))
    rows = {
        tr.select_one("a").text: tr.select_one("[data-testid=fit-count]").text
        for tr in page.select("[data-testid=fit] tbody tr")
    }
    tsubasa = next(v for k, v in rows.items() if "つばさ物産" in k)
    assert " / 2" in tsubasa and "判断できない 1" in tsubasa
    retarget = page.select_one("[data-testid=retarget]").text
    assert "「ビジネスレベルの英語」" in retarget


def test_the_nav_names_pages_as_their_titles_and_reaches_the_preparation_pages(
    client: Client,
) -> None:
    """QA P3: nav 「依頼状況」 opened 「フィードバック依頼」; 自己分析・書類チェック・必須条件 were
    reachable only from /plan and from links."""
    nav = soup(client.get("/")).select_one("nav.site-nav")
    links = {a.text: a["href"] for a in nav.select("a")}
    for label, path in {
        "フィードバック依頼": "/feedback",
        "自己分析": "/worksheets",
        "書類チェック": "/documents",
        "必須条件": "/skills",
    }.items():
        assert links.get(label) == path, links
        title = soup(client.get(path)).title.text
        assert title.startswith(label if label != "必須条件" else "必須条件との照合"), title


def test_the_word_after_a_first_round_says_nothing_of_earlier_rounds(client: Client) -> None:
    data = {"company": "株式会社ミナトロジ", "stage": "一次", "form_token": "t-word-1"}
    response = client.send_form("/rejection", data, follow_redirects=False)
    page = soup(client.get(str(response.headers["location"])))
    assert page.select_one("[data-testid=word]") is not None
    assert not page.select("[data-testid=rounds]")
