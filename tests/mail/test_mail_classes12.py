"""Error classes of blind set 13 (mail), read as patterns: bulk mail (a newsletter, a blog
update, a job board) whose selection words are an article's topic; a reminder to every entrant
that tells a subset (「ご縁がなかった方は」) to discard it; a referral's result about the person
referred; account mail from a recruiting portal; an English booking that names its round; in
replies English self-PR, skills and fit wording, English words inside others, complaints set
against wishes (no answer beside the question), entering and sitting told as manners, a stay
told by its length, praise and other topics naming nothing, an offer of another opening, the
result declared final. Sentences written for these tests (none from the evaluation sets)."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from furikaeri.catalogue import DataFileError, load_data, validated
from furikaeri.mail.notice import classify_notice
from furikaeri.mail.notice_schema import NoticeData
from furikaeri.mail.reply import classify_reply

# (subject, body, label)
NOTICES = [
    # Bulk mail: the words are an article's topic.
    (
        "【就職ノート 第31号】書類で落ちる人の共通点",
        "就職ノート メールマガジン\n今号の特集：書類選考で不合格が続くときに見直したい3つの点\n"
        "現役の採用担当が、職務経歴書の直し方を解説します。\n配信停止はマイページから",
        "other",
    ),
    (
        "採用コラムを更新しました",
        "いつもありがとうございます。採用コラムに新しい記事を公開しました。\n"
        "『最終面接で見送りになりやすい回答とは』\n面接官の視点から、よくある失敗をまとめています。",
        "other",
    ),
    # ... a real rejection with a newsletter footer still is one (it reports, to the reader).
    (
        "選考結果のご連絡",
        "木村様\n\nご応募いただきありがとうございました。慎重に選考いたしました結果、"
        "誠に残念ながら今回は見送りとさせていただきました。\n※メールマガジンの配信停止はこちら",
        "rejection",
    ),
    # A reminder to every entrant: the rejected subset is told to discard it.
    (
        "【締切間近】一次面接予約のお願い",
        "エントリー者各位\n\n一次面接の予約締切は3月14日です。マイページからご予約ください。\n"
        "なお、既に不合格のご連絡を差し上げた方は、本メールを破棄してください。",
        "other",
    ),
    (
        "適性検査のご案内（再送）",
        "応募者の皆様\n\n適性検査の受検をお願いしております。\n"
        "書類選考で見送りとなった方にもシステムの都合で届いておりますが、ご容赦ください。",
        "other",
    ),
    # ... a rejection sent to every applicant at once still is one.
    (
        "書類選考結果のお知らせ",
        "応募者各位\n\nこの度は弊社にエントリーいただきありがとうございました。\n"
        "書類選考の結果、誠に残念ながら今回はご期待に沿えない結果となりました。",
        "rejection",
    ),
    # ... and mail sent only to those who passed tells each reader the pass.
    (
        "一次選考結果",
        "エントリー者各位\n\n一次面接の結果、皆様には二次選考へお進みいただくことになりました。\n"
        "※本メールは一次面接に合格された方にのみお送りしています。",
        "pass",
    ),
    # A job board's recommendations.
    (
        "【新着求人】あなたにおすすめの求人",
        "新着の求人が届いています。\n株式会社サクラ 経理職\n\n"
        "▼オンラインセミナー\n書類選考に通過しやすい応募書類の作り方をお伝えします。",
        "other",
    ),
    # A referral's result, told to the employee who referred.
    (
        "ご紹介いただいた方について",
        "経理部 岡本さん\n\nお疲れさまです。人事の森です。\n"
        "ご紹介いただいた方ですが、一次面接の結果、今回は見送りとなりました。ご協力ありがとうございました。",
        "other",
    ),
    (
        "リファラル選考の状況",
        "大西さん\n\n社員紹介でご応募いただいた藤田様について、書類選考の結果、不合格となりました。",
        "other",
    ),
    (
        "Your referral",
        "Hi Ken,\nThanks for referring your friend Aya. Unfortunately we will not be moving "
        "forward with her application.",
        "other",
    ),
    # ... the reader's own result, though an employee referred them, is theirs.
    (
        "二次面接の結果",
        "中川様\n\n社員の石井からご紹介いただき、ご応募いただいた件です。"
        "二次面接の結果、今回は見送らせていただくこととなりました。",
        "rejection",
    ),
    # ... and so is a referred reader's, the referrer named apart from the result.
    (
        "選考結果",
        "高田様\n\n社員紹介制度を通じてご応募いただきありがとうございました。最終面接の結果、"
        "今回は採用を見送らせていただくことになりました。紹介者の佐藤さんにもよろしくお伝えください。",
        "rejection",
    ),
    # Account mail from a recruiting portal.
    (
        "【採用マイページ】パスワード変更完了",
        "パスワードの変更が完了しました。\n"
        "新しいパスワードでログインし、面接の予約や選考状況の確認を行ってください。",
        "other",
    ),
    (
        "ログインIDと仮パスワードのご案内",
        "マイページのログインIDと仮パスワードをお送りします。\n"
        "今後の選考のご案内、面接のご予約はマイページから行っていただきます。",
        "other",
    ),
    # An English booking naming its round.
    (
        "Interview confirmed: Analyst - Round 2",
        "Hi Aya,\nInterview confirmed: Analyst - Round 2\nDate: Monday, 9 March\n"
        "Time: 13:00-14:00 JST\nFormat: Google Meet\nInterviewers: L. Park, T. Mori",
        "interview_invite",
    ),
    # ... a round reached, with times still to choose, is a pass.
    (
        "Round 2",
        "Hi Ken,\nCongratulations, you passed round 1! We would like to invite you to round 2. "
        "Please pick a time slot using the link below.",
        "pass",
    ),
]


@pytest.mark.parametrize(("subject", "body", "label"), NOTICES)
def test_notice_classes(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


# (body, label, causes)
REPLIES = [
    (
        "Thanks for following up. Your answers remained at a general level: when you described "
        "your strengths, the panel hoped to hear a specific situation, what you did and the result.",
        "feedback",
        ["self_pr"],
    ),
    (
        "Thank you. We were looking for someone with more hands-on experience managing people.",
        "feedback",
        ["skills"],
    ),
    (
        "Thank you for asking. Our fast-moving, loosely organised team might not be the best "
        "match for the way you prefer to work.",
        "feedback",
        ["culture_fit"],
    ),
    (
        "Thanks. Your preference for a predictable, highly structured routine would not be the "
        "best fit for how our team works.",
        "feedback",
        ["culture_fit"],
    ),
    (
        "Thank you. We think you would thrive more in a larger, more established organisation.",
        "feedback",
        ["culture_fit"],
    ),
    # Complaints set against what the candidate wants next: negative_reason, no answer beside
    # the question.
    (
        "Thanks for your note. When we asked why you were leaving, the answer dwelt on "
        "frustrations with your manager rather than what you hope to do next. You also didn't "
        "have any questions for us.",
        "feedback",
        ["negative_reason", "reverse_question"],
    ),
    # What a complaint is about describes the former workplace, no delivery point.
    (
        "Thank you for asking. Much of the interview focused on frustrations with your manager's "
        "communication style and the workload at your current company.",
        "feedback",
        ["negative_reason"],
    ),
    (
        "Thanks for asking. Your reason for leaving was mostly about miscommunication with your "
        "boss and too much overtime.",
        "feedback",
        ["negative_reason"],
    ),
    (
        "転職理由をお伺いした際、前職の上司とのコミュニケーション不足への不満が中心で、"
        "今後やりたいことが伺えませんでした。",
        "feedback",
        ["negative_reason"],
    ),
    # ... the candidate's own long answers beside a complaint still are one.
    (
        "前職の上司への不満が中心で、ご回答も長く要点が分かりにくかったです。",
        "feedback",
        ["communication", "negative_reason"],
    ),
    # ... an answer about something else is still beside the question.
    (
        "Thank you. When we asked about your role in the project, the answer described the "
        "company's history rather than what you did.",
        "feedback",
        ["communication"],
    ),
    # English words inside others name nothing (black, influence, history, benefit).
    (
        "Thank you. We enjoyed hearing about your influence on the team and your work history, "
        "and the benefit for the team you described; another candidate was a closer match.",
        "feedback",
        ["relative"],
    ),
    (
        "Thanks for asking. The values you shared were great; unfortunately we moved forward "
        "with another candidate.",
        "feedback",
        ["relative"],
    ),
    (
        "Thanks for asking. Sadly we were unable to offer you the role, as another candidate "
        "had more directly relevant experience.",
        "feedback",
        ["relative"],
    ),
    # The other person's experience, told with an adverb: how much more they had names the
    # reader's gap through the comparison (s11-mail): skills and relative.
    (
        "Thank you for asking. It was not a question of fit; another candidate simply had more "
        "experience with Salesforce.",
        "feedback",
        ["skills", "relative"],
    ),
    # A relayed refusal is still one; a reason not heard when asked is the candidate's.
    (
        "企業の担当者に伺ったところ、評価の詳細はお伝えできないとのことでした。",
        "declined",
        [],
    ),
    # Manners told as conduct.
    (
        "面接官より、ノックをせずに入室され、お声がけする前に着席された点が気になったとのことでした。",
        "feedback",
        ["manners"],
    ),
    (
        "退室の際にお辞儀がなく、ドアを開けたまま出て行かれた点について指摘がございました。",
        "feedback",
        ["manners"],
    ),
    # A stay told by its length.
    (
        "直近の2社をいずれも1年未満でご退職されており、その点について納得のいくご説明が"
        "伺えなかったことが懸念となりました。",
        "feedback",
        ["short_tenure"],
    ),
    (
        "前職を半年で退職された理由をお尋ねした際、「合わなかったので」というお答えで、"
        "具体的な理由が伺えませんでした。",
        "feedback",
        ["short_tenure"],
    ),
    # Praise and other topics name nothing.
    (
        "利用者さんへの丁寧な接し方が伝わり好印象でした。ただ、今回は介護福祉士の資格を必須と"
        "しており、その点で見送りとなりました。",
        "feedback",
        ["skills"],
    ),
    (
        "夜勤を含むシフト勤務のご経験がない点から、今回は見送りとなりました。",
        "feedback",
        ["skills"],
    ),
    # Another opening offered.
    (
        "今回は見送りとなりましたが、別件で、弊社ではQAエンジニアのポジションでも募集を"
        "行っております。ご経験を活かしていただけると思いますので、ご検討いただけますと幸いです。",
        "other",
        [],
    ),
    # The result declared final.
    (
        "ご連絡ありがとうございます。結果は変わりませんので、これ以上のお問い合わせはご遠慮"
        "ください。理由の開示も行っておりません。",
        "declined",
        [],
    ),
    (
        "お問い合わせの件、選考結果が覆ることはございません。ご了承ください。",
        "declined",
        [],
    ),
    # A comparison beside a refusal to tell the rest.
    (
        "多数のご応募をいただき、他の候補者の方との比較の結果、見送りとさせていただきました。"
        "個別の評価内容についてはお伝えしておりません。",
        "declined",
        ["relative"],
    ),
    # ... a close call is no refusal: the comparison (of how much experience: skills too) is the
    # feedback.
    (
        "Thanks for asking. It was a close call: other finalists had more hands-on experience "
        "with payments, and that tipped the balance.",
        "feedback",
        ["skills", "relative"],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), REPLIES)
def test_reply_classes(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes))


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["context"].pop("account"), "account"),
        (lambda d: d["context"].update(selected=["(?:合格"]), "selected"),
        (lambda d: d["guards"].update(person_titles=[]), "person_titles"),
        (lambda d: d["pass"].update(round_named=[]), "round_named"),
    ],
)
def test_malformed_notice_data_names_the_bad_place(change: Any, where: str) -> None:
    data = copy.deepcopy(load_data("mail_notices.toml"))
    change(data)
    with pytest.raises(DataFileError, match=re.escape(where)):
        validated("mail_notices.toml", NoticeData, data)
