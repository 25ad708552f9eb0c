"""Replies in wordings the reader had no list for: causes stated in English, quoted casual
words, what the posting required, a difference between what the company is and what the
candidate wants, and casual declines that name no reason."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from furikaeri.catalogue import DataFileError, load_data, validated
from furikaeri.mail.reply import classify_reply
from furikaeri.mail.reply.schema import ReplyData, quoted_readings


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "Thanks for checking in. When you talked about your strengths it stayed quite "
            "general, and we missed a concrete example of them in action.",
            ["self_pr"],
        ),
        (
            "The panel noted that your self-introduction listed qualities without specific "
            "results behind them.",
            ["self_pr"],
        ),
        (
            "Much of the hour went to criticism of your previous employer and its leadership.",
            ["negative_reason"],
        ),
        (
            "We were a little worried that you kept blaming your former team for the project's "
            "problems.",
            ["negative_reason"],
        ),
        (
            "You seem to thrive on deep solo work, whereas our way of working is constant pairing. "
            "It's a matter of fit, not ability.",
            ["culture_fit"],
        ),
        (
            "Honestly the decision was about fit rather than skills: our culture moves fast.",
            ["culture_fit"],
        ),
        (
            "The way you presented yourself was confident, but we didn't hear a story that "
            "showed it.",
            ["self_pr"],
        ),
        (
            "We liked you a lot, but we didn't think our on-call rota would be the right fit "
            "for the balance you told us you want.",
            ["culture_fit"],
        ),
        (
            "Your examples stayed on the surface; we needed one case where you led the change.",
            ["self_pr"],
        ),
        (
            "We heard you call yourself a fast learner, but without a single example of it.",
            ["self_pr"],
        ),
        (
            "Talk kept returning to your previous boss and we were unsure what you want next.",
            ["negative_reason"],
        ),
        (
            "Many questions you asked at the end are answered on our careers site.",
            ["reverse_question"],
        ),
        ("The questions you had were mostly about bonuses and paid leave.", ["reverse_question"]),
        ("The role required a forklift licence, which you did not hold.", ["skills"]),
        (
            'Phrases like "no way" and "super easy" came across as too casual for our front desk.',
            ["manners"],
        ),
        (
            "You seemed unprepared and did not know what our company sells.",
            ["motivation"],
        ),
        ("You joined the video call 15 minutes late without a message.", ["manners"]),
        (
            "Our team is loud and improvised, which differs from the calm setting you told us "
            "you prefer.",
            ["culture_fit"],
        ),
    ],
)
def test_causes_stated_in_english(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", causes)


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "面接の中で「ガチで」「超」といった言い回しが出ていたのが、受付業務を担う上で気になりました。",
            ["manners"],
        ),
        ("ご家族の話から前の勤め先の悪口のような内容に移っていきました。", ["negative_reason"]),
        ("給与面のご希望と当社の提示額に開きがありました。", ["culture_fit"]),
        # 受け答え is the medium: the fault named in it is the cause.
        ("設計面の受け答えでは、基礎知識に不安が残りました。", ["skills"]),
        ("「いや、無理っすね」といった受け答えがあり、言葉遣いが気になりました。", ["manners"]),
        ("受け答えがややぎこちなく、会話が続きにくい場面がありました。", ["communication"]),
        (
            "同業でのご経験がより長い方からのご応募があり、今回はそちらの方にお決めしました。",
            ["relative"],
        ),
        (
            "最後にいただいたご質問は、少しお調べいただければ分かるものでした。",
            ["reverse_question"],
        ),
        (
            "最後に聞かれたのが設立年や社員数で、そこは下調べをしてきてほしかったです。",
            ["reverse_question"],
        ),
        (
            "同じ職種の経験を長くお持ちの方がいらっしゃり、最終的にその方に決まりました。",
            ["relative"],
        ),
        ("大型免許の保有が条件でしたので、その点で今回は見送りました。", ["skills"]),
        (
            "同じ時期により長く現場を経験された方が応募されており、今回はその方を優先しました。",
            ["relative"],
        ),
        (
            "人柄は好印象でしたが、必須にしていた原価計算の実務について、別の候補者の方が"
            "より豊富でした。",
            ["skills", "relative"],
        ),
        # A quote that is no casual word and no complaint names nothing.
        ("「御社の製品が好きです」というお言葉は嬉しく拝見しました。", []),
        (
            "求人票で必須としていた普通自動車免許をお持ちでなかったため、今回は見送りました。",
            ["skills"],
        ),
        (
            "募集時に歓迎条件として挙げていた英語での実務経験が、ご経歴からは確認できませんでした。",
            ["skills"],
        ),
        (
            "地元に根ざして長く続けることを大切にしている当社と、早く規模を広げたいというお考えの"
            "間には距離があると感じました。",
            ["culture_fit"],
        ),
        (
            "裁量を持ってどんどん進めたいというご希望と、手順を重んじる当社のやり方はかみ合わない"
            "と判断しました。",
            ["culture_fit"],
        ),
    ],
)
def test_causes_in_plain_hr_wording(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes


@pytest.mark.parametrize(
    "body",
    [
        "悪かったところがあるわけではないんです。総合的に考えてこうなりました、ごめんなさい。",
        "はっきりした理由があるわけじゃなくて、色々重なった結果です。すみません。",
        "何がダメだったというわけでもなく、うまく理由を言葉にできないんです。申し訳ないです。",
        "It was a close call and there's no single reason I can give you. Sorry about that.",
        "どこか一つが原因ってわけじゃないので、お伝えできることがないんです。ごめんなさい。",
        "理由っていう理由は特にないんですよ、すみません。",
        "Nothing went wrong really, it came down to a number of small things. Sorry!",
        "It wasn't one single thing, so I don't have anything specific to share, I'm afraid.",
        "特定の何かが理由ってことではなくて、うまく言えなくてすみません。",
        "It wasn't anything you did wrong, just a judgement call. Wish I had something more "
        "specific.",
    ],
)
def test_a_casual_decline_that_names_no_reason(body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("declined", [])


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for the thoughtful questions you asked at the end.",
        "最後にいただいたご質問からも、当社への関心の高さが伝わりました。",
    ],
)
def test_questions_praised_name_no_cause(body: str) -> None:
    assert classify_reply(body).causes == []


@pytest.mark.parametrize(
    "body",
    [
        "正直なところ、決め手は特にありませんでした。すみません。",
        "原因をはっきり申し上げることができず、申し訳ございません。",
        "敗因と言えるものは見当たらないんです、ごめんなさい。",
    ],
)
def test_a_reason_noun_denied_is_read_from_morphemes(body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("declined", [])


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # No deciding factor, and then the comparison: relative.
        ("決め手に欠けたというより、最後は候補者の方々と拮抗していました。", ["relative"]),
        ("It was close: we had a more experienced applicant for the same role.", ["relative"]),
        ("主な原因は、受け答えがやや長くなりがちだったことです。", ["communication"]),
        # The candidate's reason, not understood or not explained, is feedback.
        ("当社を選ばれた理由がよく分からないままでした。", ["motivation"]),
        ("退職の理由を説明できていなかった点が気になりました。", ["negative_reason"]),
        # The candidate's own reasons are a topic, not a refusal to explain.
        ("志望理由がうまく説明できていない印象でした。", ["motivation"]),
        # Nothing bad overall, and then one point all the same.
        (
            "悪い点があったわけではありませんが、結論までが長く要点がつかみにくかったです。",
            ["communication"],
        ),
    ],
)
def test_a_reason_named_after_a_soft_opening_is_still_feedback(
    body: str, causes: list[str]
) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", causes)


def test_reply_data_passes_its_schema() -> None:
    data = validated("mail_replies.toml", ReplyData)
    assert data.quoted and data.causes["culture_fit"].forms


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["frames"].append("(?:不足"), "frames."),
        (lambda d: d["quoted"][1].update(kind="nonsense"), "quoted.1.kind"),
        (lambda d: d["quoted"][0].update(cause="luck"), "unknown cause ids"),
        (lambda d: d["causes"]["skills"].update(topic=["x"]), "causes.skills.topic"),
        (lambda d: d["wish"].pop("gap"), "wish.gap"),
        (lambda d: d["lack"].update(suffixes=[1]), "lack.suffixes"),
    ],
)
def test_a_malformed_reply_data_file_names_the_bad_place(change: Any, where: str) -> None:
    data = copy.deepcopy(load_data("mail_replies.toml"))
    change(data)
    with pytest.raises(DataFileError, match=re.escape(where)):
        validated("mail_replies.toml", ReplyData, data)
    with pytest.raises(DataFileError, match=r"mail_replies\.toml"):
        quoted_readings({"quoted": [{"code": "x"}]})
