"""Session 20 (replies2): the person chosen told by their experience is a comparison, and a
manner remark about another cause's content is that cause's point."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

CHOSEN = [
    # the person chosen told by what they had, or had more of: relative only
    ("今回は、介護施設の開設に関わった経験のある方を採用させていただきました。", ["relative"]),
    ("最終的には、法人営業の経験がより長い方にお願いすることになりました。", ["relative"]),
    ("他の応募者の方のほうが、在庫管理の実務経験が豊富でした。", ["relative"]),
    ("同じ時期に、経理の経験をお持ちの方がいらっしゃり、そちらの方に決まりました。", ["relative"]),
    (
        "最終選考に残った別の方は、販売の現場に十年以上携わっておられ、その差が出ました。",
        ["relative"],
    ),
    # near-misses: the reader's own experience said to fall short, or a need named
    (
        "品質管理のご経験が不足していると判断し、より経験の長い方を採用いたしました。",
        ["skills", "relative"],
    ),
    ("今回必要とされる施工管理の経験年数で、別の方が上回っておりました。", ["skills", "relative"]),
    (
        "他の候補者の方と比べて、ご経験の年数が見劣りしてしまいました。",
        ["skills", "relative"],
    ),
    ("今回の募集では、現場責任者の経験を重視しておりました。", ["skills"]),
]


@pytest.mark.parametrize(("body", "causes"), CHOSEN)
def test_the_person_chosen_by_their_experience(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", causes)


TOLD = [
    # the manner of telling another cause's content: that cause is the point
    (
        "転職理由として「休みが取れなかった」というお話でした。伝え方の問題だと思います。",
        ["negative_reason"],
    ),
    (
        "志望動機についてのご説明がまとまっておらず、当社を選ばれた理由が見えませんでした。",
        ["motivation"],
    ),
    ("退職理由の伝え方が、前職を非難しているように聞こえました。", ["negative_reason"]),
    # near-misses: how the candidate answers in general stays communication
    ("ご質問の意図から外れたお答えが何度かございました。", ["communication"]),
    ("結論を先にお話しいただけると、より伝わりやすかったと思います。", ["communication"]),
    ("志望動機のお話が長く、要点がつかみにくい印象でした。", ["motivation", "communication"]),
    (
        "志望動機が一般的でした。また、全体的に伝え方が分かりにくい場面がありました。",
        ["motivation", "communication"],
    ),
    ("最後にお尋ねした質問へのお答えが曖昧でした。", ["communication"]),
]


@pytest.mark.parametrize(("body", "causes"), TOLD)
def test_the_manner_of_another_causes_content(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", causes)
