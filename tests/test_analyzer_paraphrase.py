"""Off-topic answers and what they answer instead, in other words than the tests they were built
from: the strength as the predicate (「〜が私の持ち味です」) or as the theme, a weakness or a
failure denied with any verb (思いつく, 思い浮かぶ, 見当たる, 怖がる), an event that never
happened (「投げ出したことは一度もありません」), the employer as the predicate of complaints
(「…が当然の職場です」), 応募 for 志望. Sentences written for these tests (spoken and written);
about half are tempting negatives that borrow the other kind's words."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.denial import denied

OFF = "communication.off_topic"
ABSTRACT = "self_pr.abstract"
BLAME = "negative_reason.blame"
GENERIC = "motivation.generic"
JUDGED = {OFF, ABSTRACT, BLAME, GENERIC}

Q_FAIL = "これまでの仕事で一番の失敗を教えてください。"
Q_SETBACK = "挫折した経験はありますか。"
Q_WEAK = "あなたの短所は何でしょうか。"
Q_WEAK2 = "ご自身の弱みを教えていただけますか。"
Q_PLAN = "10年後にはどうなっていたいですか。"
Q_GOOD = "あなたの強みを教えてください。"

CLINIC = {
    "name": "医療法人ひだまり会",
    "profile": "市内で内科と小児科の診療所を3院運営。2024年から訪問診療を始めた。",
}

CASES = [
    # a strengths speech for a failure: the strength as predicate, a failure word not feared
    # (off-topic only: self_pr.abstract belongs to questions that ask for strengths)
    (
        Q_FAIL,
        "ミスを怖がらずに新しい仕事へ手を挙げられるのが、私の取り柄です。職場でも前向きだと"
        "よく言われます。",
        {OFF},
    ),
    (
        Q_FAIL,
        "粘り強さが私の持ち味です。任された仕事は最後までやり抜きますし、周りからも頼りに"
        "されるタイプです。",
        {OFF},
    ),
    # …not a failure told beside a strength
    (
        Q_FAIL,
        "失敗を恐れず動くのが長所だと思っていましたが、その勢いで薬の在庫確認を飛ばし、"
        "欠品を出してしまいました。今は発注の前に必ず棚を見ています。",
        set(),
    ),
    # …nor one told without the word, as what befell one (〜てしまう)
    (
        Q_FAIL,
        "慎重な性格が強みだと思っていましたが、カルテの確認を一度だけ省き、別の患者さんの"
        "検査予約を入れてしまったことがあります。",
        set(),
    ),
    # …nor one whose verb Sudachi marks as possibly dependent (間違える), before 〜てしまう
    (
        Q_FAIL,
        "手先が器用なほうですが、入社1年目に薬の量を一桁間違えてしまいました。すぐに先輩に"
        "報告して訂正し、今は二人で読み合わせています。",
        set(),
    ),
    # a failure word denied right after it (ミスなく): a strengths speech
    (
        Q_FAIL,
        "どんな作業もミスなく進められるのが私の強みです。几帳面な性格で、周りからも丁寧だと"
        "言われます。",
        {OFF},
    ),
    # a setback question answered with a strength and a setback that never happened
    (
        Q_SETBACK,
        "私は継続力が強みです。一度始めた勉強は毎日続けており、途中で投げ出したことは一度も"
        "ありません。",
        {OFF},
    ),
    # …not a setback told
    (
        Q_SETBACK,
        "はい、看護師の国家試験に一度落ちたことです。悔しくて、翌年は毎朝問題集を解き、"
        "二度目で合格しました。",
        set(),
    ),
    # a weakness denied with any verb, then strengths
    (
        Q_WEAK,
        "弱点は今のところ見当たりません。それより、責任感の強さが私の長所です。",
        {OFF},
    ),
    (
        Q_WEAK2,
        "短所はあまり思い浮かばないんです。長所なら、誰とでもすぐ打ち解けられることです。",
        {OFF},
    ),
    (Q_WEAK, "欠点と言えるほどのものは特にないと思います。", {OFF}),
    # …not a weakness told after a denial that is taken back, nor one that is a negation
    (
        Q_WEAK,
        "短所は特にありませんと言いたいところですが、実は心配性で、確認に時間をかけすぎる"
        "ことがあります。",
        set(),
    ),
    (
        Q_WEAK2,
        "弱みは人の頼みを断れないところです。受付の仕事を抱えすぎたことがあり、今は先輩に"
        "相談してから引き受けています。",
        set(),
    ),
    # complaints for a plan, the employer as their predicate: also blame
    (
        Q_PLAN,
        "今いるのは、上司が気分で部下を怒鳴るのが当たり前の職場です。残業代も出ず、"
        "給料も何年も上がっていません。",
        {OFF, BLAME},
    ),
    # …not a plan that mentions a past hardship
    (
        Q_PLAN,
        "訪問診療の調整を任される事務長になっていたいです。前の職場は残業が多く大変でしたが、"
        "その分、段取りを組む力がつきました。",
        set(),
    ),
    # a motivation for a strength, told with 応募
    (
        Q_GOOD,
        "訪問診療を始められたと知り、地域の医療を支えたいと考えて貴院に応募いたしました。",
        {OFF},
    ),
    # a self-PR answered with a self-introduction that opens on a name alone (Sudachi's 人名)
    (
        "では自己PRをお願いします。",
        "中村です。出身は静岡で、短大では栄養学を学びました。現在は病院の給食部門で"
        "働いております。本日はよろしくお願いいたします。",
        {OFF},
    ),
    # …not a self-PR that opens on a name, then a strength and an episode
    (
        "では自己PRをお願いします。",
        "中村です。私の強みは段取り力です。病院の給食部門で献立の仕込み順を組み直し、"
        "配膳の遅れを毎日10分縮めました。",
        set(),
    ),
    # …not a strength that ends on this clinic
    (
        Q_GOOD,
        "聞き上手なところです。前職の受付では、不安そうな患者さんの話を最後まで伺うよう"
        "心がけ、ご指名をいただくことも増えました。",
        set(),
    ),
]


@pytest.mark.parametrize(("question", "answer", "expected"), CASES)
def test_paraphrases_judged_as_what_they_answer(
    question: str, answer: str, expected: set[str]
) -> None:
    found = analyze(answer, question=question, company=CLINIC).findings
    assert {f.code for f in found} & JUDGED == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("短所は特に思いつきません。", "短所", True),
        ("弱点と言えるものはないと思います。", "弱点", True),
        ("ミスを怖がらない姿勢", "ミス", True),
        ("失敗を一度もしませんでした。", "失敗", True),
        ("ミスもなく終えました。", "ミス", True),
        # the negation describes the noun that is the predicate: a weakness told
        ("短所は断れないところです。", "短所", False),
        # taken back: 「…と言いたいところですが」
        ("短所はありませんと言いたいところですが、", "短所", False),
        # なくす is no negation; a negation in another clause is not this word's
        ("ミスをなくしました。", "ミス", False),
        ("失敗をして、眠れない夜もありました。", "失敗", False),
    ],
)
def test_a_word_denied_by_its_own_clause(text: str, word: str, expected: bool) -> None:
    assert denied(text, text.index(word) + len(word)) is expected
