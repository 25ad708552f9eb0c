"""A mishap that befell someone (an injury, an illness) is no blame; 手取り is pay; a question
named with 「…について伺いたいのですが、」 or 「お伺いしたいのは、…です」 asks."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze


def _codes(answer: str, kind: str, question: str) -> set[str]:
    return {f.code for f in analyze(answer, kind=kind, question=question).findings}


@pytest.mark.parametrize(
    "answer",
    [
        "物流倉庫で働いていた際、後輩がフォークリフトの事故で大けがを負い、安全教育の大切さを痛感しました。今後は安全管理の専門職として現場を支えたいと考えています。",
        "訪問介護の仕事で、担当していた利用者さんが病気で入院されたことをきっかけに、医療の知識を身につけたいと考えるようになりました。",
        "担当していたお客様が腰を痛めて来店できなくなり、配達で支える仕事に携わりたいと考えました。",
    ],
)
def test_mishap_of_someone_is_no_blame(answer: str) -> None:
    assert "negative_reason.blame" not in _codes(
        answer, "reason_for_leaving", "退職理由を教えてください。"
    )


@pytest.mark.parametrize(
    "answer",
    [
        "手取りが3年間ほとんど上がらず、生活が苦しかったので退職しました。",
        "上司が毎日のように怒鳴ってきて、職場の雰囲気も最悪でした。",
    ],
)
def test_complaints_still_blame(answer: str) -> None:
    assert "negative_reason.blame" in _codes(
        answer, "reason_for_leaving", "退職理由を教えてください。"
    )


@pytest.mark.parametrize(
    "answer",
    [
        "配属先の体制について伺いたいのですが、新人はどなたに付いて仕事を覚えるのでしょうか。",
        "お伺いしたいのは、入社までに身につけておくべき知識についてです。",
        "福利厚生は後日確認いたします。一つお聞きしたいのは、現場の方が今一番力を入れている取り組みについてです。",
    ],
)
def test_named_ask_is_a_question(answer: str) -> None:
    assert "reverse_question.none" not in _codes(
        answer, "reverse_questions", "何か質問はありますか。"
    )


@pytest.mark.parametrize(
    "answer",
    ["お聞きしたいことは特にないです。", "特にありません。本日はありがとうございました。"],
)
def test_declining_is_still_none(answer: str) -> None:
    assert "reverse_question.none" in _codes(answer, "reverse_questions", "何か質問はありますか。")
