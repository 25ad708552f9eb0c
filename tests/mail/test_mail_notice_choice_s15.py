"""Notices of session 15 (second round): the verb of [chosen]'s first frame must be the
predicate the other person belongs to, read with Sudachi — not a piece of another noun (選 of
選考, 内定 of 内定者) and not after another predicate that took the person and closed its clause
(「他の方と相談して、」). Results put on hold while others are interviewed stay other; a real
choice of someone else is still a rejection. Our own sentences, written apart from the eval
cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice

ON_HOLD = [
    "他の候補者の方の面接も続いているため、選考結果は一旦保留とさせていただきます。",
    "別の候補者の方を選考中のため、恐縮ですが最終回答は保留とさせてください。",
    "他の候補者と比較のうえ判断したいため、誠に勝手ながら選考を一時保留とさせていただきます。",
    "企業様より、他の候補者の選考状況を踏まえて判断したいとのことで、合否は来週になります。",
    "ほかの応募者の選考が終わるまで、結果のご連絡はもう少しお待ちください。",
]

NOT_CHOSEN = [
    "他の方と相談して、面接の日を決めました。12月10日14時に事務所までお越しください。",
    "他の担当の方と相談しまして、説明会の会場を決定いたしました。",
]

CHOSEN = [
    "慎重に検討いたしました結果、他の候補者の方を選ばせていただくことになりました。",
    "今回はより実務経験の豊富な方を選ばせていただきました。",
    "他の応募者の方と比較させていただいた結果、別の方の採用が決まりました。",
    "他の方の経験が豊富だったため、そちらの方を採用させていただきました。",
    "今回は他の方に来ていただくことに決めました。",
    "慎重に検討した結果、他の候補者の方で決定いたしました。",
    "他の応募者の方に経験があったため、その方の採用を決めました。",
]


@pytest.mark.parametrize("body", ON_HOLD)
def test_a_result_on_hold_while_others_are_interviewed_is_other(body: str) -> None:
    assert classify_notice(subject="選考状況のご連絡", body=body).label == "other"


@pytest.mark.parametrize("body", NOT_CHOSEN)
def test_a_person_taken_by_another_predicate_is_not_chosen(body: str) -> None:
    assert classify_notice(subject="ご連絡", body=body).label != "rejection"


@pytest.mark.parametrize("body", CHOSEN)
def test_someone_else_chosen_is_still_a_rejection(body: str) -> None:
    result = classify_notice(subject="選考結果のご連絡", body=body)
    assert result.label == "rejection"
    assert all(e in body for e in result.evidence)
