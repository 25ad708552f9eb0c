"""Session 9 round 2 answer classes, in sentences written for these tests: the organisation's
own asked and the speaker's own told; a quoted own 軸 as company knowledge; a motivation given
for another question with no profile; deceit by the employer; a verb describing an ability; a
rate as an episode's situation; every former workplace; spoken forms in polite questions."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.kinds import infer_kind
from furikaeri.analyzer.questions.owner import asked_of_organisation

OFF = "communication.off_topic"
GENERIC = "motivation.generic"
ABSTRACT = "self_pr.abstract"
BLAME = "negative_reason.blame"
CASUAL = "manners.casual_language"
UNEXPLAINED = "short_tenure.unexplained"
RESEARCHABLE = "reverse_question.researchable"
JUDGED = {OFF, GENERIC, ABSTRACT, BLAME, CASUAL, UNEXPLAINED, RESEARCHABLE}

LOGI = {
    "name": "株式会社カケハシ物流",
    "profile": "EC事業者向けの3PLサービスを展開。全国8か所の物流センターを運営し、"
    "2024年問題に向けて中継輸送網を整備している。",
}
SEIKA = {
    "name": "株式会社みのり製菓",
    "profile": "米菓メーカー。主力商品は『ほろ焼きせんべい』。国産米100%にこだわり、地元農家と契約栽培を行う。",
}
BANK = {
    "name": "さくら信用金庫",
    "profile": "地域密着の信用金庫。創業支援と事業承継の相談に力を入れている。",
}


def _codes(answer: str, **kw: object) -> set[str]:
    return {f.code for f in analyze(answer, **kw).findings} & JUDGED  # type: ignore[arg-type]


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
    assert _codes(answer, question=question) == expected


def test_the_organisations_strength_asks_no_self_pr() -> None:
    assert infer_kind("弊社の強みは何だと思いますか。") == "other"
    assert infer_kind("あなたの強みは何ですか。") == "self_pr"
    assert asked_of_organisation("当社の弱みはどこだと思いますか。") == {"弱み"}
    assert asked_of_organisation("あなたの弱みは何ですか。") == frozenset()


@pytest.mark.parametrize(
    ("answer", "company", "expected"),
    [
        # one's own 軸 quoted and a praise that fits any company: generic
        (
            "私は「人の役に立つ仕事がしたい」という軸を持っています。御社は人々の暮らしを支えている会社であり、軸と合致していると考えました。",
            LOGI,
            {GENERIC},
        ),
        (
            "僕の軸は「誰かの笑顔をつくること」です。御社は多くのお客様に喜ばれている企業なので、ぴったりだと思いました。",
            SEIKA,
            {GENERIC},
        ),
        # …with the profile's business tied to one's experience: clean
        (
            "「人の役に立つ仕事がしたい」という軸で企業を選んでいます。御社が創業支援と事業承継の相談に力を入れている点が、地元の商店を手伝ってきた経験と重なり、志望しました。",
            BANK,
            set(),
        ),
        # a quoted product name is still knowledge
        (
            "実家が米農家で、父が買い取り価格に悩んでいました。御社が地元農家と契約栽培をされていることを知り、営業として『ほろ焼きせんべい』を広めたいと思いました。",
            SEIKA,
            set(),
        ),
    ],
)
def test_a_quoted_own_axis_is_no_company_knowledge(
    answer: str, company: dict[str, str], expected: set[str]
) -> None:
    assert (
        _codes(answer, kind="motivation", question="志望動機を教えてください。", company=company)
        == expected
    )


@pytest.mark.parametrize(
    "question",
    ["学生時代に力を入れたことを教えてください。", "これまでで一番苦労したことは何ですか。"],
)
def test_a_motivation_for_another_question_with_no_profile_is_off_topic_only(question: str) -> None:
    answer = "貴社は業界トップクラスのシェアを誇り、将来性があると感じたため志望いたしました。"
    assert _codes(answer, question=question) == {OFF}
    assert _codes(answer, question=question, company=SEIKA) == {OFF, GENERIC}


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "入社前に聞いていた仕事と実際の業務が全く違いました。企画職と言われていたのに、実際は飛び込み営業ばかりでした。会社に騙されたような気持ちになり、退職を決めました。",
            {BLAME},
        ),
        (
            "求人票には残業なしと書いてあったのに、実際は毎日終電でした。嘘をつかれたと感じ、辞めました。",
            {BLAME},
        ),
        ("上司に約束を裏切られたと感じ、退職しました。", {BLAME}),
        # a difference conceded and a wish told: no blame
        (
            "入社前の説明と実際の業務に違いがありましたが、それ自体は仕方のないことだと考えています。企画の仕事に本気で取り組みたいと気づき、転職を決めました。",
            set(),
        ),
        # a favour done by a junior is no suffering
        (
            "後輩から悩みを相談されることが多く、人を育てる仕事に就きたいと考えて退職しました。",
            set(),
        ),
    ],
)
def test_deceit_by_the_employer_is_blame(answer: str, expected: set[str]) -> None:
    assert (
        _codes(answer, kind="reason_for_leaving", question="退職理由を教えてください。") == expected
    )


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a role and an ability gained, no episode: abstract
        (
            "看護師として病棟をまとめてきたので、調整力には自信があります。多職種と関わる中で、相手の立場に立って考える力がつきました。",
            {ABSTRACT},
        ),
        (
            "リーダーとしてチームを引っ張ってきた経験から、統率力には自信があります。メンバーと関わる中で、一人ひとりの意見を尊重する姿勢を学びました。",
            {ABSTRACT},
        ),
        # one episode with a situation, actions and a result: clean
        (
            "私の強みは調整力です。施工管理をしていた際、雨で工程が2週間遅れた現場がありました。私は各業者と毎朝打ち合わせを行い作業順を組み替え、結果として引き渡し日を守ることができました。",
            set(),
        ),
        # a casual self-PR with a concrete episode and a number: casual only
        (
            "根性だけは誰にも負けない自信あります！居酒屋のバイトでは年末に週6日入っても全然平気でした。店長からも助かるってめっちゃ言われてました。",
            {CASUAL},
        ),
        (
            "体力には自信あるっす。配送のバイトで真夏に1日120個の荷物を運んでも平気でした。ドライバーの先輩にもタフだなって言われてました。",
            {CASUAL},
        ),
    ],
)
def test_an_ability_gained_is_no_episode(answer: str, expected: set[str]) -> None:
    assert _codes(answer, kind="self_pr", question="自己PRをお願いします。") == expected


@pytest.mark.parametrize(
    "answer",
    [
        "どの会社でも一生懸命頑張ってきましたが、自分に合う職場を見つけられませんでした。御社は長く働ける会社だと思っていますので、精一杯頑張ります。",
        "どこでも真面目に働いてきたのですが、なかなか自分に合う環境に出会えませんでした。御社では腰を据えて長く働きたいと考えています。",
    ],
)
def test_every_former_workplace_speaks_of_the_stays(answer: str) -> None:
    codes = _codes(
        answer, kind="short_tenure", question="短期間で転職を繰り返している理由を教えてください。"
    )
    assert codes == {UNEXPLAINED}


def test_spoken_forms_in_polite_questions_are_no_casual_register() -> None:
    answer = "御社ってどんな商品を扱ってるんでしょうか。コンビニとかでも売ってますか？"
    codes = _codes(
        answer, kind="reverse_questions", question="何か聞きたいことある？", company=SEIKA
    )
    assert CASUAL not in codes
    statement = "残業が多すぎて体がもたなかったんですけど、今は転職を考えてるところです。"
    assert CASUAL in _codes(statement, kind="reason_for_leaving")
