"""Casual register beside other findings, hesitation fillers, self-PRs backed only by a role or
by effort, 逆質問 about what the profile states or about staff perks, and a motivation that names
the profile's business in other words. Sentences written for these tests."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

CASUAL = "manners.casual_language"


def _found(answer: str, **kw: object) -> dict[str, list[str]]:
    result = analyze(answer, **kw)  # type: ignore[arg-type]
    return {f.code: [e.text for e in f.evidence] for f in result.findings}


@pytest.mark.parametrize(
    ("answer", "kind", "also", "word"),
    [
        # chat forms in a motivation that is generic too
        (
            "給料もいいし、働きやすそうだなって思ったので応募しました。",
            "motivation",
            "motivation.generic",
            "って思",
        ),
        (
            "大手っぽい安定感があるところに惹かれました。",
            "motivation",
            "motivation.generic",
            "っぽい",
        ),
        # in a complaint about the former boss
        (
            "上司が話を全然聞いてくれなくて、もうやってらんないと思いました。",
            "reason_for_leaving",
            "negative_reason.blame",
            "らんない",
        ),
        # inside an otherwise formal answer: ら抜き after a て-form, 超 before a noun, 〜なんで
        (
            "後輩の話は聞いてあげれるよう努めておりましたが、上司が話を聞いてくれない職場でした。",
            "reason_for_leaving",
            "negative_reason.blame",
            "あげれる",
        ),
        (
            "ものづくりが好きなんで、製造業で働きたいと考えております。",
            "motivation",
            "motivation.generic",
            "んで",
        ),
        # spoken forms of several kinds add up to casual register
        (
            "残業が多すぎて体がもたなかったんですけど、今は転職を考えてるところです。",
            "reason_for_leaving",
            "negative_reason.blame",
            "考えてる",
        ),
    ],
)
def test_casual_register_is_reported_beside_other_findings(
    answer: str, kind: str, also: str, word: str
) -> None:
    found = _found(answer, kind=kind, question="理由を教えてください。")
    assert also in found and CASUAL in found
    assert any(word in e for e in found[CASUAL])
    for span in found[CASUAL]:
        assert span in answer


@pytest.mark.parametrize(
    "answer",
    [
        "あー、なんていうか、人と話すのが好きで、接客のアルバイトを三年続けています。",
        "えっと、なんていうか……御社の商品を実際に使って、その便利さに驚きました。",
        # one spoken form alone stays spoken style, not slang
        "御社の研修制度ってどんな内容なんでしょうか。",
    ],
)
def test_fillers_or_one_spoken_form_are_not_casual_language(answer: str) -> None:
    assert CASUAL not in _found(answer)


@pytest.mark.parametrize(
    ("answer", "abstract"),
    [
        ("ゼミ長を務め、ゼミ生をまとめてきました。統率力には自信があります。", True),
        ("店舗の副店長として4年間勤めてきました。責任感が私の強みです。", True),
        ("毎朝誰よりも早く出社し、2年間努力を続けてきました。忍耐力には自信があります。", True),
        ("書道部の部長でした。部をまとめる中で、調整力が身につきました。", True),
        ("接客を5年間、休まず続けてきました。人当たりの良さは誰にも負けません。", True),
        # what was not done is effort, not an act
        ("私の強みは体力です。前職では2年間、一度も遅刻せずに通い続けました。", True),
        (
            "私の強みは統率力です。ゼミ長として、発表準備が遅れていた際に作業を一覧にして"
            "分担を決め直し、締め切りの3日前に資料を仕上げました。",
            False,
        ),
        (
            "私の強みは粘り強さです。研究で装置が故障した際、メーカーに問い合わせて部品を取り寄せ、"
            "自分で交換して実験を再開することができました。",
            False,
        ),
    ],
)
def test_a_role_or_effort_alone_is_abstract(answer: str, abstract: bool) -> None:
    found = _found(answer, kind="self_pr", question="自己PRをお願いします。")
    assert ("self_pr.abstract" in found) is abstract


PROFILE = {
    "name": "株式会社しずくフーズ",
    "profile": "業務用の冷凍スープを製造。北海道と熊本に工場を持ち、全国の病院や学校など約1,800か所に"
    "納品している。社員は自社製品を2割引で購入できる。介護食の新ブランド『とろみ便』を展開。",
}


@pytest.mark.parametrize(
    ("answer", "code", "word"),
    [
        (
            "病院や学校にはどのくらい納品されているんですか。",
            "reverse_question.researchable",
            "病院",
        ),
        ("工場はどこにあるのでしょうか。", "reverse_question.researchable", "工場"),
        ("社員割引のような制度はありますか。", "reverse_question.conditions", None),
        ("従業員向けの優待はございますか。", "reverse_question.conditions", "優待"),
        ("社員向けの優遇制度はありますか。", "reverse_question.conditions", "優遇"),
        ("『とろみ便』とはどんな商品なのですか。", "reverse_question.researchable", "商品"),
        ("『とろみ便』って何ですか。", "reverse_question.researchable", "とろみ便"),
        ("社員は自社のスープを割安で買えたりしますか。", "reverse_question.conditions", "割安"),
    ],
)
def test_reverse_questions_read_against_the_profile(
    answer: str, code: str, word: str | None
) -> None:
    found = _found(answer, kind="reverse_questions", company=PROFILE)
    assert code in found
    if word:  # the evidence names the thing asked about
        assert any(word in e for e in found[code]) and all(e in answer for e in found[code])


@pytest.mark.parametrize(
    "answer",
    [
        "病院向けのスープで、患者さんの声を商品にどう反映されているのか伺いたいです。",
        "工場で働く方々が、品質を守るために大切にされていることは何でしょうか。",
        # one's own first work, not a fact of the website
        "工場に配属された若手が、最初に任されるのはどのような業務でしょうか。",
        "『とろみ便』の開発では、どのような声を参考にされたのでしょうか。",
    ],
)
def test_a_question_for_a_view_is_not_researchable(answer: str) -> None:
    assert "reverse_question.researchable" not in _found(
        answer, kind="reverse_questions", company=PROFILE
    )
