"""Other people in a reply (sentences written for these tests): a candidate from inside the
company, another applicant told by what they held, a choice deliberated between two, the other
person's offer settled, are a comparison (relative); a comparison with other companies is the
candidate's view of the market, no other candidate."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

CASES = [
    (
        "feedback",
        ["relative"],
        "ご経験は申し分ありませんでしたが、グループ内の人材も並行して検討しており、最終的にそちらで"
        "決定いたしました。",
    ),
    (
        "feedback",
        ["relative"],
        "今回は、社内からの異動希望者をそのポジションに配置することになりました。",
    ),
    (
        "feedback",
        ["relative"],
        "面接の評価は良好でした。ただ、もう一人の候補者が同職種の経験者でしたので、今回は見送りと"
        "なりました。",
    ),
    (
        "feedback",
        ["relative"],
        "選考では、最後に残った別の応募者との間でかなり迷いました。",
    ),
    (
        "feedback",
        ["relative"],
        "先に面接を受けていた方がいらっしゃり、その方の採用が決まりましたため、募集を終了しております。",
    ),
    (
        "feedback",
        ["motivation"],
        "志望理由について、競合との比較で当社ならではの点をもう少し伺いたかったというのが面接官の"
        "所感です。",
    ),
    (
        "feedback",
        ["relative"],
        "応募者の皆様と比較したうえで、今回はご期待に沿えない結果となりました。",
    ),
]


@pytest.mark.parametrize(("label", "causes", "body"), CASES)
def test_other_people_in_a_reply(label: str, causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)
