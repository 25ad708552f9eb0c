"""Replies that name a tool, licence or task the work needs and say the reader never used it
(the grammar of experience, no word of lack), and replies that name the person the role wanted
as 希望. Sentences written for these tests (HR, shop owners, agents, English-mixed)."""

from __future__ import annotations

import pytest
from mail_support import read_reply

from furikaeri.mail.reply.rules import _reply_rules
from furikaeri.mail.reply.shortfall import never_done
from furikaeri.mail.reply.words import _morphs

_HR = "中島様\n\n株式会社ハヤセ工業 人事課の三好です。\nお問い合わせの件、回答いたします。\n"
_HR_TAIL = "\n\n今後のご活躍をお祈り申し上げます。"
_SHOP = "健太くん\n\nメールありがとう、パン工房こむぎの店主です。\n"
_SHOP_TAIL = "\nまた機会があったらよろしくね。"
_AGENT = "佐久間様\n\nお疲れさまです。キャリアステップの担当、大森です。\n"
_AGENT_TAIL = "\n\n次のご紹介に向けて一緒に準備しましょう。"

# Work never done (a verb of using or doing work, then た・こと and a negation): no experience
# of what the role uses, skills.
NEVER_DONE = [
    (
        _HR,
        "製造ラインの管理はすべてSAPで行っておりますが、SAPは一度も使われたことがないと"
        "伺いましたので、今回は見送りといたしました。",
        _HR_TAIL,
    ),
    (
        _SHOP,
        "うちは朝四時から窯を回すんだけど、業務用のオーブンは触ったことがないって話だったから、"
        "今回は見送らせてもらったよ。",
        _SHOP_TAIL,
    ),
    (
        _AGENT,
        "派遣先様からは、給与計算ソフトをお使いになったことがない点から、今回は別の方に"
        "お願いすることにしたと伺っています。",
        _AGENT_TAIL,
    ),
    (
        _HR,
        "当社の経理は月次決算まで一人で担う体制ですが、決算業務を担当したことがないとの"
        "ことでしたので、今回はご縁がありませんでした。",
        _HR_TAIL,
    ),
]


@pytest.mark.parametrize(("head", "body", "tail"), NEVER_DONE, ids=range(len(NEVER_DONE)))
def test_work_never_done_is_skills(head: str, body: str, tail: str) -> None:
    label, causes = read_reply(body, head=head, tail=tail)
    assert label == "feedback"
    assert "skills" in causes


# The person the role wanted, 希望 as 求め (「…経験がある方を希望されていた」).
WANTED = [
    (
        _AGENT,
        "受け入れ先の薬局様は、調剤事務の経験がある方を希望されていたため、今回は見送りと"
        "なりました。",
        _AGENT_TAIL,
    ),
    (
        _HR,
        "配属予定の部署では、英文契約書の読解経験をお持ちの方を希望しておりましたので、"
        "今回はお見送りとさせていただきました。",
        _HR_TAIL,
    ),
]


@pytest.mark.parametrize(("head", "body", "tail"), WANTED, ids=range(len(WANTED)))
def test_person_wanted_by_experience_is_skills(head: str, body: str, tail: str) -> None:
    label, causes = read_reply(body, head=head, tail=tail)
    assert label == "feedback"
    assert causes == ["skills"]


# Not work never done: praise of what the writer never saw, a verb outside the list, a
# question, the experience had.
NOT_NEVER_DONE = [
    "こんなに丁寧なメールをいただいたことはありません",
    "遅刻したことがないとのことでした",
    "Excelを使ったことがあるとのことでした",
    "この機械を使ったことはありますか",
    "弊社のアプリを一度も使ったことがないとのことでした",
]


@pytest.mark.parametrize("clause", NOT_NEVER_DONE)
def test_not_never_done(clause: str) -> None:
    assert not never_done(_reply_rules(), _morphs(clause))


# Tools named with experience had, or only the company's way of working: no skills point.
NO_GAP = [
    (
        _HR,
        "当社では設計にCADを使用しておりますが、中島様はCADも十分お使いになれると伺い、"
        "その点は心強く感じました。一方で、志望動機がどの会社にも当てはまる内容で、当社を"
        "選ばれた理由が伝わってきませんでした。",
        _HR_TAIL,
        ["motivation"],
    ),
]


@pytest.mark.parametrize(("head", "body", "tail", "causes"), NO_GAP, ids=range(len(NO_GAP)))
def test_tools_had_are_no_gap(head: str, body: str, tail: str, causes: list[str]) -> None:
    label, got = read_reply(body, head=head, tail=tail)
    assert label == "feedback"
    assert sorted(got) == causes


# A refusal to tell with the writer's side named between the telling and the refraining
# (「話すのはうちでは控えてる」): declined.
SIDE_REFUSALS = [
    "メールありがとう。ただ、不採用の理由をみんなに伝えるのはうちではやめてるんです。"
    "気を悪くしないでね。",
    "ご連絡ありがとうございます。申し訳ございませんが、選考の理由をご説明するのは当店では"
    "控えております。",
    "連絡もらってたのにごめんね。落ちた理由を一人ずつ話すのはうちでは控えてるんだ。",
]


@pytest.mark.parametrize("body", SIDE_REFUSALS)
def test_refusal_with_the_writers_side_between(body: str) -> None:
    label, causes = read_reply(body, head=_SHOP, tail=_SHOP_TAIL)
    assert (label, causes) == ("declined", [])


# The result restated and the reader's understanding asked, no reason: declined. With no
# result restated, or with a cause told, it is not.
PARDONED = [
    (
        "このたびはご期待に沿えない結果となり、大変申し訳ございません。何卒ご容赦くださいます"
        "よう、お願い申し上げます。",
        "declined",
        [],
    ),
    ("今回はご縁がなかったということで、ご理解いただけますと幸いです。", "declined", []),
    ("ご希望に添えず恐縮ですが、何卒ご了承ください。", "declined", []),
    (
        "お問い合わせを承りました。担当者が出張中のため、お返事まで数日いただきます。"
        "ご了承ください。",
        "other",
        [],
    ),
    (
        "ご期待に沿えず申し訳ございません。面接では、弊社を選ばれた理由が業界全般のお話に"
        "とどまっておりました。ご理解いただけますと幸いです。",
        "feedback",
        ["motivation"],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), PARDONED, ids=range(len(PARDONED)))
def test_result_restated_and_understanding_asked(body: str, label: str, causes: list[str]) -> None:
    got_label, got = read_reply(body, head=_HR, tail="")
    assert (got_label, sorted(got)) == (label, causes)


# A short stay told by a bound (以内・未満) before の and the leaving, or after the leaving as
# its subject: short_tenure beside the other causes.
STAYS = [
    (
        _HR,
        "当日は開始時刻を過ぎてからのご到着でした。また、半年未満の退職が二度続いている点に"
        "ついて伺いましたが、ご説明がはっきりしませんでした。",
        _HR_TAIL,
        ["manners", "short_tenure"],
    ),
    (
        _AGENT,
        "企業様からは、直近2社の退職がいずれも1年以内で、長く働いていただけるか不安が"
        "残ったとのコメントでした。",
        _AGENT_TAIL,
        ["short_tenure"],
    ),
    (
        _HR,
        "これまでの職歴で1年以内の離職が重なっている点について伺いましたが、はっきりした"
        "ご説明がありませんでした。",
        _HR_TAIL,
        ["short_tenure"],
    ),
]


@pytest.mark.parametrize(("head", "body", "tail", "causes"), STAYS, ids=range(len(STAYS)))
def test_short_stay_told_by_a_bound(head: str, body: str, tail: str, causes: list[str]) -> None:
    label, got = read_reply(body, head=head, tail=tail)
    assert label == "feedback"
    assert sorted(got) == causes


# A bound of time that measures no leaving: no short stay.
NO_STAY = [
    (
        "入社後1年以内に資格を取得していただく規定ですが、そのご意欲が伝わってきませんでした。",
        "short_tenure",
    ),
    (
        "前職で5年以上勤められたご経験は評価しておりましたが、志望動機が一般的でした。",
        "short_tenure",
    ),
]


@pytest.mark.parametrize(("body", "cause"), NO_STAY, ids=range(len(NO_STAY)))
def test_a_bound_without_leaving_is_no_stay(body: str, cause: str) -> None:
    _, got = read_reply(body, head=_HR, tail=_HR_TAIL)
    assert cause not in got


# A comparison told by the difference found (「比べたときの差」), the chosen person told casually
# in staffing (「別のスタッフさんに決まった」), and the reader's own amount beside a comparison
# (「坂井様は…ご経験が1年ほど」: the lesser side, skills too). A comparison the reader passes
# (「比べても…丁寧」) is none.
COMPARED = [
    (
        "ほかの候補者の方と比べると、坂井様は法人営業のご経験が1年ほどでした。",
        ["relative", "skills"],
    ),
    ("比べたときに、設計経験の年数で差がついたと伺っています。", ["relative"]),
    (
        "今回は別のスタッフさんに決まったそうです。接客のご経験は評価されていましたよ。",
        ["relative"],
    ),
    (
        "他の方と比べても、坂井様の受け答えは丁寧でした。ただ、志望動機が一般的でした。",
        ["motivation"],
    ),
]


@pytest.mark.parametrize(("body", "causes"), COMPARED, ids=range(len(COMPARED)))
def test_comparisons(body: str, causes: list[str]) -> None:
    label, got = read_reply(body, head=_AGENT, tail=_AGENT_TAIL)
    assert label == "feedback"
    assert sorted(got) == causes


# Casual wear named with a frame (「ジーンズとスニーカーでお越しになった点が気になった」): the dress
# as topic, manners, even beside the agent's apology for not telling the reader beforehand.
DRESS = [
    "先方の課長さんから、当日スニーカーでいらっしゃったのが少し気になったと伺いました。",
    "面接にTシャツと短パンで来られたので、正直驚きました。",
    "ジーンズでのご来社が気になった、とのことでした。事前にご案内できず私の落ち度です。",
]


@pytest.mark.parametrize("body", DRESS)
def test_casual_wear_is_manners(body: str) -> None:
    label, causes = read_reply(body, head=_AGENT, tail=_AGENT_TAIL)
    assert (label, causes) == ("feedback", ["manners"])


# The questions' terms listed at length and summed up as the terms (「…といった条件面に集中」):
# reverse_question. Questions about the work summed up so are none.
SUMMED = [
    (
        "最後にいただいたご質問が、住宅手当の金額、年間休日の日数、残業代の計算方法といった"
        "条件面に集中していました。",
        ["reverse_question"],
    ),
    (
        "逆質問では、転勤の有無、夜勤の回数、昇給のタイミングなどの待遇面のお話ばかりでした。",
        ["reverse_question"],
    ),
    (
        "ご質問が、配属先の業務内容や入社までに学ぶべきことに集中しており、意欲を感じました。"
        "ただ、志望動機が業界全般のお話にとどまっていました。",
        ["motivation"],
    ),
]


@pytest.mark.parametrize(("body", "causes"), SUMMED, ids=range(len(SUMMED)))
def test_questions_summed_up_as_terms(body: str, causes: list[str]) -> None:
    label, got = read_reply(body, head=_HR, tail=_HR_TAIL)
    assert label == "feedback"
    assert sorted(got) == causes


# The holder the role preferred, told as the standing practice in the progressive
# (「免許をお持ちの方を優先しておりました」): what the reader did not hold, skills; no one else is
# told as chosen. The person chosen told as done stays a comparison.
PREFERRED = [
    ("配送があるため、準中型免許をお持ちの方を優先しておりました。", ["skills"]),
    ("今回は簿記2級の資格をお持ちの方を優先して採用しておりました。", ["skills"]),
    ("うちは早朝の仕込みがあるので、調理の経験がある人を優先していました。", ["skills"]),
    ("結果として、準中型免許をお持ちの別の方を採用いたしました。", ["relative", "skills"]),
]


@pytest.mark.parametrize(("body", "causes"), PREFERRED, ids=range(len(PREFERRED)))
def test_preferred_holder_as_practice(body: str, causes: list[str]) -> None:
    label, got = read_reply(body, head=_HR, tail=_HR_TAIL)
    assert label == "feedback"
    assert sorted(got) == causes


# A long-term job doubted to be entrusted after a short stay (「長期のお仕事を安心してお任せでき
# るか」): the tenure in doubt, no skills. The work entrusted without 長期 stays a skills point.
LONG_TERM = [
    (
        "1年未満での退職が2回あり、その理由のご説明が曖昧だったため、長期の案件をお任せ"
        "できるか不安が残りました。",
        ["short_tenure"],
    ),
    (
        "決算業務をお一人でお任せできるかという点で、実務のご経験が足りないと判断しました。",
        ["skills"],
    ),
]


@pytest.mark.parametrize(("body", "causes"), LONG_TERM, ids=range(len(LONG_TERM)))
def test_long_term_job_entrusted(body: str, causes: list[str]) -> None:
    label, got = read_reply(body, head=_HR, tail=_HR_TAIL)
    assert label == "feedback"
    assert sorted(got) == causes
