"""How a question is read: the kind inferred from its words (a short stay named in other words,
strengths, a prompt to ask, this organisation named as 当金庫 or 弊行), whose thing it asks of
(the organisation's own or the candidate's), a conflict or an appeal read by meaning, and the
question an answer asks back before answering."""

from __future__ import annotations

import pytest
from support import answer_codes

from furikaeri.analyzer import analyze
from furikaeri.analyzer.doc import Doc, asks_back
from furikaeri.analyzer.kinds import infer_kind
from furikaeri.analyzer.questions.owner import asked_of_organisation, named_as_own
from furikaeri.analyzer.types import Company
from furikaeri.question_bank import bank

OFF = "communication.off_topic"
BLAME = "negative_reason.blame"
ABSTRACT = "self_pr.abstract"
CASUAL = "manners.casual_language"
GENERIC = "motivation.generic"
UNEXPLAINED = "short_tenure.unexplained"
RESEARCH = "reverse_question.researchable"
NONE = "reverse_question.none"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("前職のご在籍が7か月と短いですが、どうされたのでしょうか。", "short_tenure"),
        ("職務経歴書を見ると、前の職場の在籍が短いようですね。", "short_tenure"),
        ("ご在籍は半年ですね。何かあったのでしょうか。", "short_tenure"),
        ("前の会社は4か月ほどですね。", "short_tenure"),
        ("長所と短所を一つずつ教えてください。", "self_pr"),
        ("強みと弱みをお聞かせください。", "self_pr"),
        ("長所は何だと思いますか。", "self_pr"),
        ("ご自身の良いところを教えてください。", "self_pr"),
        # not a short stay: a long one, or the work's own periods
        ("前職には10年勤務されていたのですね。", "other"),
        ("あなたの短所を教えてください。", "other"),
    ],
)
def test_kind_inference(question: str, kind: str) -> None:
    assert infer_kind(question) == kind


@pytest.mark.parametrize(
    "question",
    [
        "職場で人間関係の摩擦が生じたとき、どう対応しましたか。",
        "同僚と口論になった経験はありますか。",
        "先輩と意見が合わなかったとき、どうしましたか。",
    ],
)
def test_a_conflict_question_read_by_meaning_is_judged(question: str) -> None:
    answer = "大学では化学を専攻し、卒業研究では水質を測る簡易キットを作りました。"
    assert "communication.off_topic" in answer_codes(answer, question=question)


JUDGED = {OFF, GENERIC, ABSTRACT, BLAME, CASUAL, UNEXPLAINED, RESEARCH}


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # the organisation's own asked, one's own told: off-topic
        (
            "当社の弱みはどこだと思いますか。",
            "私の弱みは心配性なところです。その分、準備を念入りにしています。",
            {OFF},
        ),
        (
            "御社の課題は何だと思われますか？",
            "自分の課題は、人に頼るのが苦手なことです。早めに相談するよう心がけています。",
            {OFF},
        ),
        (
            "弊社の強みは何だと思いますか。",
            "私の長所は粘り強さです。一度始めたことは最後までやり遂げます。",
            {OFF},
        ),
        # …the organisation's own told, or one's own asked: answered
        (
            "当社の弱みについて、どうお考えですか。",
            "御社の弱みは、知名度が若年層に届いていない点だと考えます。SNSでの発信を強化すれば改善できると思います。",
            set(),
        ),
        (
            "あなたの弱みを教えてください。",
            "私の弱みは心配性なところです。その分、準備を念入りにするようにしています。",
            set(),
        ),
    ],
)
def test_whose_weakness_is_asked(question: str, answer: str, expected: set[str]) -> None:
    assert (answer_codes(answer, question=question) & JUDGED) == expected


def test_the_organisations_strength_asks_no_self_pr() -> None:
    assert infer_kind("弊社の強みは何だと思いますか。") == "other"
    assert infer_kind("あなたの強みは何ですか。") == "self_pr"
    assert asked_of_organisation("当社の弱みはどこだと思いますか。") == {"弱み"}
    assert asked_of_organisation("あなたの弱みは何ですか。") == frozenset()


# ------------------------------------------------ kinds: the prompt, this organisation
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("こちらからの質問は以上です。鈴木さんから何かありますか？", "reverse_questions"),
        ("私からは以上になります。何かございますか。", "reverse_questions"),
        ("何か聞いておきたいことはありますか。", "reverse_questions"),
        ("確認しておきたいことがあればどうぞ。", "reverse_questions"),
        ("なぜ当金庫を志望されたのですか。", "motivation"),
        ("数ある税理士法人の中で、なぜ当法人を選ばれたのですか。", "motivation"),
        ("当組合に応募された理由を教えてください。", "motivation"),
        ("当センターで働きたいと思ったのはなぜですか。", "motivation"),
        ("弊行を選んだ理由は何ですか。", "motivation"),
        # not this organisation, or not a prompt to ask
        ("なぜ信用金庫業界を志望されたのですか。", "other"),
        ("チームであなたから何か提案したことはありますか。", "other"),
        ("担当した案件で一番難しかったものは何ですか。", "other"),
    ],
)
def test_kind_of_a_prompt_or_this_organisation(question: str, kind: str) -> None:
    assert infer_kind(question) == kind


BAKERY = Company(
    name="株式会社こむぎ堂",
    profile=(
        "北海道産の小麦にこだわるパンの製造販売。主力商品は食パン『ゆめしずく』。理念は"
        "「毎朝の食卓を、少しだけ幸せに」。道内に18店舗を展開し、学校給食向けのパンも作る。"
    ),
)


def test_a_motivation_for_this_organisation_is_judged_when_the_kind_is_inferred() -> None:
    found = answer_codes(
        "数ある法人の中でも、成長できる環境があると感じたからです。",
        question="なぜ当法人を選ばれたのですか。",
        company=BAKERY,
    )
    assert GENERIC in found
    prompt = "こちらからの質問は以上です。田中さんから何かありますか？"
    assert NONE in answer_codes("特にありません。", question=prompt, company=BAKERY)


def test_the_bank_s_reverse_question_prompts_are_inferred_as_such() -> None:
    asked = [q for q in bank().questions if q.kind == "reverse_questions"]
    assert asked and all(infer_kind(q.text) == "reverse_questions" for q in asked)


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("短所、ですか。", True),
        ("失敗談ですか……。", True),
        ("弱み、でございますか。", True),
        ("私の短所ですか。", True),
        ("短所は心配性なところですか。", False),  # a statement with its doubt, not an echo
        ("そうですか。", False),
        ("心配性です。", False),
    ],
)
def test_question_asked_back(sentence: str, back: bool) -> None:
    assert asks_back(sentence) is back


def test_asked_back_is_not_the_opening() -> None:
    doc = Doc("短所ですか。えー、心配性なところです。")
    assert [s.text for s in doc.asked_back()] == ["短所ですか。"]
    assert doc.opening()[0].text == "えー、心配性なところです。"


COMPANY_ISSUE = "当社の課題は何だと思いますか。"

COMPANY_TASK = "弊社がこれから取り組むべき課題は何だとお考えですか。"


@pytest.mark.parametrize(
    ("question", "nouns"),
    [
        (COMPANY_ISSUE, {"課題"}),
        (COMPANY_TASK, {"課題"}),
        ("当社が他社に負けている点はどこだと思いますか。", {"点"}),
        ("あなたの強みを当社でどう活かしますか。", set()),
    ],
)
def test_asked_of_organisation_reads_its_clause_head(question: str, nouns: set[str]) -> None:
    assert asked_of_organisation(question) == frozenset(nouns)


@pytest.mark.parametrize(
    ("question", "name", "read"),
    [
        ("数ある会社の中で、なぜこむぎ舎なのですか。", "株式会社こむぎ舎", "なぜ当社なのですか"),
        ("なぜ南浜信用金庫を選ばれたのですか。", "南浜信用金庫", "なぜ当金庫を選ばれた"),
        ("なぜ当社なのですか。", "株式会社こむぎ舎", "なぜ当社なのですか"),
    ],
)
def test_the_company_named_in_the_question_is_read_as_its_own(
    question: str, name: str, read: str
) -> None:
    assert read in (named_as_own(question, name) or "")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("弊社にアピールしたいことはありますか。", "self_pr"),
        ("アピールポイントを教えてください。", "self_pr"),
        ("当社のアピールポイントは何だと思いますか。", "other"),
    ],
)
def test_appeal_question_kind(question: str, kind: str) -> None:
    assert infer_kind(question) == kind


@pytest.mark.parametrize(
    "question",
    [
        "前職を退職された理由を教えてください。",
        "前の会社を辞めたのはなぜですか。",
        "現職を辞めようと思った理由は？",
    ],
)
def test_reason_for_leaving_still_asked(question: str) -> None:
    assert analyze(
        "営業の経験を活かし、企画にも挑戦したいと考えたためです。", question=question
    ).kind == ("reason_for_leaving")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("なんでうちの会社を選んだんですか。", "motivation"),
        ("どうして当社を受けようと思ったのですか。", "motivation"),
        ("短期間で転職を繰り返されていますね。", "short_tenure"),
        ("なんで前の会社を辞めたんですか。", "reason_for_leaving"),
    ],
)
def test_spoken_questions_are_read_as_their_kind(question: str, kind: str) -> None:
    assert infer_kind(question) == kind
