"""Five classes of answers (branch s14-answers2): a motivation told to a question on stress
(praise of the company's products, 御社); an open question on stress answered in casual words,
with nothing of a motivation; a motivation answered with one's own career only, whose words
the company's profile shares (the candidate's own trade, no knowledge of the company); a
former workplace told as falling apart (ヤバい状態, ひどい状況: a state noun after the
adjective); spoken forms of polite speech (〜んですけど, a clause opened with で、, 〜てます)
that are spoken style, not a casual register. Sentences written for these tests, none taken
from the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

GENERIC = "motivation.generic"
OFF = "communication.off_topic"
BLAME = "negative_reason.blame"
CASUAL = "manners.casual_language"
SPOKEN = "manners.spoken_style"


def _codes(answer: str, question: str, kind: str | None, company: dict | None = None) -> set[str]:
    return {f.code for f in analyze(answer, question=question, kind=kind, company=company).findings}


STRESS_WHEN = "仕事でストレスを感じるのはどんなときですか。"
STRESS_HOW = "ストレスを感じたとき、どのように解消していますか。"


@pytest.mark.parametrize(
    ("question", "answer", "off"),
    [
        # a motivation addressed to the company, nothing of stress
        (
            STRESS_WHEN,
            "御社のスニーカーは高校時代から履き続けています。軽くて歩きやすいので、"
            "部活の仲間にも勧めていました。",
            False,  # (歩: a way of coping for the topic's core; a known limit)
        ),
        (
            STRESS_WHEN,
            "御社の調味料は母の代から我が家の定番で、私も一人暮らしを始めてから毎日使っています。"
            "その味を全国に届ける仕事に携わりたいと考えています。",
            True,
        ),
        (
            STRESS_HOW,
            "貴社のアウトドア用品は学生時代から愛用しており、特にテントの設営のしやすさに"
            "魅力を感じてまいりました。",
            True,
        ),
        # answered on its own terms, in casual words or plain ones
        (
            STRESS_HOW,
            "とりあえず銭湯に行きます。熱いお湯に浸かると、だいたい忘れちゃうんですよね。",
            False,
        ),
        (
            STRESS_HOW,
            "週末に友達とボルダリングをしています。登っている間は何も考えないので頭が空っぽになります。",
            False,
        ),
        (STRESS_WHEN, "締め切りが重なって、自分の判断が遅れているときに焦りを感じます。", False),
        # a stress answer that names the company is still about stress
        (
            STRESS_HOW,
            "ストレスは走ってためないようにしています。御社に入ってからも続けるつもりです。",
            False,
        ),
    ],
)
def test_stress_answered_or_not(question: str, answer: str, off: bool) -> None:
    assert (OFF in _codes(answer, question, None)) is off


SUPER = {
    "name": "株式会社あおば",
    "profile": "関西で食品スーパーを40店舗展開。産地直送の青果と店内調理の惣菜が強み。",
}
SOFT = {
    "name": "株式会社ミライシステム",
    "profile": "自治体向けの基幹システムの開発と保守を行う。住民サービスのオンライン化を支援。",
}


@pytest.mark.parametrize(
    ("answer", "company", "generic"),
    [
        # the career alone, in the profile's words: the candidate's own trade
        (
            "食品スーパーで8年間、青果の仕入れを担当してきました。"
            "現在はチーフとして10名のパートスタッフの勤務表も作成しております。",
            SUPER,
            True,
        ),
        (
            "新卒でSIerに入り、自治体向けの基幹システムの保守を5年間担当しました。"
            "その後はリーダーとして改修案件を3件まとめました。",
            SOFT,
            True,
        ),
        # the career, then the company named with its business
        (
            "食品スーパーで8年間、青果の仕入れを担当してきました。"
            "御社が産地直送の青果に力を入れている点に惹かれ、仕入れの経験を生かせると考え志望しました。",
            SUPER,
            False,
        ),
        (
            "自治体向けの基幹システムの保守を5年間担当してきました。"
            "貴社が住民サービスのオンライン化を支援されていると知り、窓口の負担を減らす仕事に関わりたいと思いました。",
            SOFT,
            False,
        ),
    ],
)
def test_career_only_motivation(answer: str, company: dict, generic: bool) -> None:
    codes = _codes(answer, "当社を志望した理由を教えてください。", "motivation", company)
    assert (GENERIC in codes) is generic
    if generic:
        assert OFF in codes


LEAVE = "前職を退職された理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "blame"),
    [
        ("前の会社、ベテランが次々辞めてしまって、ほんとにヤバい状態でした。", True),
        ("当時の職場は、毎月のように人が抜けて、ひどい状況が続いていました。", True),
        # a state that befell no one's fault, or an own act on it
        (
            "前の職場では人手が足りない状態が続き、私は新人教育の手順を作りました。その経験を生かし、教育の仕事に専念したいと考えています。",
            False,
        ),
        ("より大きな案件に挑戦したいと考え、退職を決めました。", False),
        # several people's share carried alone: the workplace short of hands
        ("前の職場、人がどんどん辞めていって、一人で三人分の仕事を回していました。", True),
        ("最後の半年は二人分の業務を一人で抱えていて、休む暇もありませんでした。", True),
        # …not when the candidate's own act on it follows, nor in a self-PR's result
        (
            "前の職場では一人で三人分の仕事を回していましたが、手順書を整えて負担を減らしました。"
            "今後は業務改善を専門に担いたいと考えています。",
            False,
        ),
    ],
)
def test_workplace_falling_apart(answer: str, blame: bool) -> None:
    assert (BLAME in _codes(answer, LEAVE, "reason_for_leaving")) is blame


@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        # spoken forms of polite speech: spoken style only
        (
            "イベントの受付を担当したんですけど、来場者が一度に集まって列が崩れていたんですね。"
            "で、番号札を配って呼び出す形に変えました。",
            False,
        ),
        (
            "在庫の数え直しを任されたんですけど、毎月ずれが出ていたんです。"
            "で、棚ごとに担当を決めて、ずれを半分にしました。",
            False,
        ),
        ("休みの日は川で釣りをしてます。釣れなくても気分が晴れるんですよね。", False),
        # slang and plain talk still make a casual register
        ("受付を担当したんですけど、マジで人が多くて。で、番号札を配りました。", True),
        ("受付をやってたんだけど、人が多すぎて大変だった。で、番号札を配ったんだよね。", True),
        ("受付担当だったっす。で、番号札配ったっす。", True),
        # plain い抜き with けど (「考えてるところです」) adds up as before
        ("残業が多くてつらかったんですけど、今は転職を考えてるところです。", True),
    ],
)
def test_polite_spoken_forms(answer: str, casual: bool) -> None:
    codes = _codes(answer, "前職で工夫したことを教えてください。", None)
    assert (CASUAL in codes) is casual
