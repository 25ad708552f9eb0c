"""negative_reason.blame from the sentence's structure: polarity with a target, 〜てくれない,
the passive of suffering, 〜ばかり; and what is not blame (misfortune, a wish, a problem the
candidate solved, a denied complaint). Sentences written for these tests."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

BLAME = "negative_reason.blame"

COMPLAINTS = [
    # polarity of an evaluation, with the employer or its people as target
    ("店の方針がいい加減で、毎週のように言うことが変わりました。", "いい加減"),
    ("本部の指示は現場の実情を無視した理不尽なものばかりでした。", "理不尽"),
    ("課長の態度が悪く、朝礼のたびに気分が沈みました。", "悪く"),
    # a good thing denied
    (
        "何年働いても昇給がなく、会社に将来性を感じられませんでした。",
        "将来性を感じられませんでした",
    ),
    # pay low, hours high (synonyms through Sudachi's synonym groups)
    ("サラリーが同業より明らかに安く、生活が苦しかったです。", "安く"),
    ("時間外労働が月に百時間を超える月もあり、体が持ちませんでした。", "超える"),
    # 〜てくれない / 〜てもらえない
    ("店長は新人に何も教えてくれず、見て覚えろの一点張りでした。", "教えてくれず"),
    ("どれだけ提案しても、まともに取り合ってもらえませんでした。", "取り合ってもらえませんでした"),
    # passive of suffering
    ("取引先の前で部長に怒鳴られたことが決定打でした。", "怒鳴られた"),
    ("他人のミスまで私の責任にされ、始末書を書かされました。", None),
    ("無理な納期を一方的に押し付けられる毎日でした。", "押し付けられる"),
    # 〜ばかり
    ("事務職のはずが、実際には雑用ばかりでした。", "雑用ばかり"),
    # slang
    ("上司がほんとにありえない人で、毎日イライラしていました。", "ありえない"),
]


@pytest.mark.parametrize(("answer", "word"), COMPLAINTS)
def test_complaints_are_blame_with_evidence_on_the_words(answer: str, word: str | None) -> None:
    result = analyze(answer, kind="reason_for_leaving")
    found = {f.code: f for f in result.findings}
    assert BLAME in found, answer
    if word:
        assert any(word in e.text for e in found[BLAME].evidence), found[BLAME].evidence


NOT_BLAME = [
    # misfortune, not a judgement of anyone
    "入社後まもなく持病が悪化し、医師と相談して退職しました。",
    "勤めていた工場が海外移転で閉鎖されることになり、退職しました。",
    "父が倒れて実家の店を手伝う必要が生じたためです。",
    # what the candidate wants next
    "お客様と長く向き合える仕事がしたいと考え、転職を決めました。",
    "評価がきちんと数字で示される環境で力を試したいと考えています。",
    # a problem the candidate worked on
    "前職は残業が多い部署でしたが、私は当番表を作り直し、月の残業を半分にしました。",
    # a complaint denied
    "給料に不満があったわけではありません。営業から企画へ仕事の幅を広げたいのです。",
    "上司には丁寧に教えていただき、感謝しています。",
]


@pytest.mark.parametrize("answer", NOT_BLAME)
def test_misfortune_wishes_and_solved_problems_are_not_blame(answer: str) -> None:
    result = analyze(answer, kind="reason_for_leaving")
    assert BLAME not in {f.code for f in result.findings}, [
        (f.code, [e.text for e in f.evidence]) for f in result.findings
    ]
