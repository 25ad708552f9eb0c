"""The answer analyzer's knowledge read through Sudachi: word lists by normalized form, and the
general rules that replaced single-case entries (lexicon audit, scripts/lexicon_audit.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from support import answer_codes

from furikaeri.analyzer import analyze
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.semantics import demand_words, normalized_forms, normalized_words


@pytest.mark.parametrize(
    ("section", "key", "spelling"),
    [
        ("self_pr", "vague_verbs", "出来る"),  # listed as できる
        ("self_pr", "vague_verbs", "生かす"),  # listed as 活かす
        ("self_pr", "vague_verbs", "居る"),  # listed as いる
        ("self_pr", "vague_verbs", "頂く"),  # listed as いただく
        ("motivation", "stop_nouns", "御客様"),  # listed as お客様
        ("motivation", "stop_nouns", "一人一人"),
    ],
)
def test_word_lists_cover_every_spelling(section: str, key: str, spelling: str) -> None:
    assert spelling in normalized_words(section, key)


@pytest.mark.parametrize(
    "answer",
    [
        # a vague verb in another spelling is still vague: no episode, so abstract
        "私の強みは粘り強さです。どんな仕事でも最後まで頑張る事が出来ると思います。",
        "私の長所は責任感です。任された仕事は必ず最後までやり遂げ、周りの期待に応えて居ります。",
    ],
)
def test_vague_verbs_in_other_spellings_are_no_episode(answer: str) -> None:
    assert "self_pr.abstract" in answer_codes(answer, kind="self_pr")


def test_a_stop_noun_in_another_spelling_is_no_company_knowledge() -> None:
    # お客様 is listed; Sudachi's normalized form is 御客様: both are stop nouns.
    company = {"name": "株式会社ミドリ食堂", "profile": "お客様の暮らしに寄り添う定食チェーン。"}
    answer = "お客様の暮らしに寄り添う姿勢に惹かれ、御社を志望しました。"
    assert "motivation.generic" in answer_codes(answer, kind="motivation", company=company)


@pytest.mark.parametrize(
    ("answer", "blamed"),
    [
        # being allowed nothing is the benefactive rule (〜させてもらえない), not a phrase
        ("三年いても雑務以外は何もさせてもらえず、転職を考えました。", True),
        ("新しい仕事はなかなか任せてもらえませんでした。", True),
        # 「何もできない」 alone is as often about oneself as about the employer
        ("入社当初は何もできない自分が悔しく、毎晩資格の勉強をしました。", False),
        ("もう後戻りはできないと覚悟を決め、営業職への転身を決めました。", False),
    ],
)
def test_being_allowed_nothing_is_blame_but_not_being_able_is_not(
    answer: str, *, blamed: bool
) -> None:
    assert ("negative_reason.blame" in answer_codes(answer, kind="reason_for_leaving")) is blamed


# negative_reason.blame: complaints found by structure, in words no list holds.
STRUCTURAL_COMPLAINTS = [
    # a clause without a target judges the one its sentence is about
    ("配属先では伝票の仕分け作業が延々と続き、正直くだらないと感じていました。", "くだらない"),
    # a negative noun in a clause about the workplace's people
    ("営業所の先輩方は新人への嫌がらせが日常茶飯事でした。", "嫌がらせ"),
    # the work given, 〜ばかり
    ("入社してからずっと、倉庫の棚卸し作業ばかりでした。", "作業ばかり"),
    # 「きつい」 said of a person, not of the hours
    ("工場長の物言いがきつく、朝礼のたびに萎縮していました。", "きつく"),
    # the passive of a verb of refusing (Sudachi synonym of 拒否)
    ("資格の勉強のための休みを申し出ても、繁忙期だからと断られました。", "断られました"),
    # not being listened to
    ("部署の課題を何度伝えても、課長は取り合いませんでした。", "取り合いませんでした"),
    ("チームの先輩とは仕事の進め方が最後まで合いませんでした。", "合いませんでした"),
]


@pytest.mark.parametrize(("answer", "word"), STRUCTURAL_COMPLAINTS)
def test_complaints_in_any_words_are_blame(answer: str, word: str) -> None:
    found = {f.code: f for f in analyze(answer, kind="reason_for_leaving").findings}
    assert "negative_reason.blame" in found, answer
    assert any(word in e.text for e in found["negative_reason.blame"].evidence)


NOT_COMPLAINTS = [
    "チームのメンバーが事故で入院し、私が業務を引き継いだことで人を支える仕事に関心を持ちました。",
    "現場の作業ばかりではなく、企画にも挑戦したいと考え転職を決めました。",
    "前職の仕事はつまらなくはなかったのですが、より専門的な分野に進みたいと考えました。",
    "上司にはよく叱られましたが、そのおかげで段取りの大切さを身につけられました。",
    "同僚の悩みを聞く機会が多く、キャリア支援の仕事に興味を持ちました。",
]


@pytest.mark.parametrize("answer", NOT_COMPLAINTS)
def test_misfortunes_and_credited_hardship_are_not_blame(answer: str) -> None:
    codes = {f.code for f in analyze(answer, kind="reason_for_leaving").findings}
    assert "negative_reason.blame" not in codes, answer


def _rq(answer: str) -> set[str]:
    return answer_codes(answer, kind="reverse_questions")


@pytest.mark.parametrize(
    "answer",
    [
        "夏季休暇は何日ほどいただけますか。",  # a compound holding a seed (休暇)
        "社員食堂はありますか。",  # 食堂
        "手取りでいうと月々どのくらいになりますか。",
        "繁忙期でも休めるものでしょうか。",  # a verb of time off
        "定例の会議がない日は何時ごろ帰れますか。",
    ],
)
def test_questions_about_conditions_in_other_words(answer: str) -> None:
    assert "reverse_question.conditions" in _rq(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "御社の主な取引先はどちらになりますか。",
        "どのような製品を作っていらっしゃるのですか。",
        "御社はいつからある会社なのでしょうか。",
    ],
)
def test_plain_questions_about_the_company_are_researchable(answer: str) -> None:
    assert "reverse_question.researchable" in _rq(answer)


@pytest.mark.parametrize(
    "answer",
    [
        # an insider's view, plans, or one's own work: no website answers them
        "主力の製品について、現場の方が感じている強みはどこにありますか。",
        "どのような製品を今後開発していく予定ですか。",
        "入社後はどのような製品を担当することが多いですか。",
        # work, not conditions
        "配属後しばらくは、どなたかについて仕事を覚える形になりますか。",
    ],
)
def test_insight_and_work_questions_are_neither(answer: str) -> None:
    found = _rq(answer)
    assert not found & {"reverse_question.researchable", "reverse_question.conditions"}, found


TSUBAME = {
    "name": "つばめ印刷株式会社",
    "profile": "地域の商店向けにチラシと店頭ポップの印刷を手がける。デザインから納品まで最短二日。"
    "年間休日124日、家族手当・資格取得支援制度あり。",
}


@pytest.mark.parametrize(
    ("answer", "generic"),
    [
        ("年間休日が多く、家族手当もあると知り、腰を据えて働けると考えて志望しました。", True),
        ("資格取得の支援制度があるので、働きながら成長できると思い志望しました。", True),
        (
            "前職の青果店でチラシを手作りし、デザインの大切さを知りました。商店向けのチラシとポップを"
            "デザインから納品まで最短二日で手がける御社で、売り場に立つ側の目線を活かしたいです。",
            False,
        ),
    ],
)
def test_a_motivation_resting_on_benefits_is_generic(answer: str, *, generic: bool) -> None:
    assert (
        "motivation.generic" in answer_codes(answer, kind="motivation", company=TSUBAME)
    ) is generic


@pytest.mark.parametrize(
    "answer",
    [
        "父の介護が必要になり、入社十か月で退職しました。現在は兄が実家に戻り、"
        "私はフルタイムで働ける状況です。",
        "前職は五か月で辞めました。ぜんそくの発作が続いたためですが、今は薬で症状が安定し、"
        "通常の勤務ができる状態です。",
    ],
)
def test_a_reason_with_the_present_state_explains_a_short_stay(answer: str) -> None:
    assert "short_tenure.unexplained" not in answer_codes(answer, kind="short_tenure")


@pytest.mark.parametrize(
    "answer",
    [
        # what the candidate's health or a family need made impossible
        "ヘルニアの症状が重くなり、長時間の運転が必要な配送の仕事を続けられなくなったため、"
        "七か月で退職しました。手術を終え、今は医師から通常勤務の許可も出ています。",
        "祖母の介護で、残業の多い部署での勤務が難しくなり、一年足らずで退職しました。"
        "現在は家族で分担する体制が整い、フルタイムで働けます。",
        # a placement request not granted is a fact of the job, and a concrete reason
        "入社時の説明では開発職でしたが、実際はコールセンターの応対のみで、開発部門への異動も"
        "認められませんでした。確認が足りなかった自分も反省し、今回は長期的に技術を磨いて"
        "いきたいと考えております。",
    ],
)
def test_misfortune_fit_and_placement_are_no_complaint(answer: str) -> None:
    codes = answer_codes(answer, kind="short_tenure")
    assert not codes & {"negative_reason.blame", "short_tenure.unexplained"}, codes


@pytest.mark.parametrize(
    "answer",
    [
        "先輩たちとはどうしても考え方が合わず、職場に居場所がないと感じていました。",  # people
        "残業の多い部署で、毎晩終電でした。",  # no misfortune: load is a complaint
        "異動を希望しましたが、上司に理由も聞かずに断られました。",  # by the boss, not a fact
    ],
)
def test_friction_and_load_are_still_complaints(answer: str) -> None:
    assert "negative_reason.blame" in answer_codes(answer, kind="reason_for_leaving")


def test_a_hardship_met_is_not_a_complaint() -> None:
    answer = "飛び込み営業で何度断られても訪問を続け、半年で十社と契約しました。"
    assert "negative_reason.blame" not in answer_codes(answer, kind="reason_for_leaving")


def test_fit_is_about_the_candidate_not_a_complaint() -> None:
    answer = (
        "入ってみると、数字に追われる働き方が自分には向いていないと分かり、八か月で退職しました。"
    )
    assert "negative_reason.blame" not in answer_codes(answer, kind="short_tenure")


@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        # a reason for leaving answered with a motivation, connectives and all (〜からです)
        (
            "前の会社を退職された理由を教えてください。",
            "貴社を志望した理由は、離島の物流を支える『しまびん』の配送網づくりに関わりたいからです。",
            "reason_for_leaving",
        ),
        # … or with a strength and its episode
        (
            "なぜ転職を考えたのですか。",
            "私の長所は几帳面さです。前職の経理では仕訳の確認表を作り、月次決算の差し戻しをなくしました。",
            "reason_for_leaving",
        ),
        # a self-PR answered with a motivation
        (
            "では、自己PRをお願いします。",
            "御社を志望した理由は、学童保育の現場を支える理念に共感したためです。",
            "self_pr",
        ),
    ],
)
def test_another_questions_hallmark_without_the_asked_topic_is_off_topic(
    question: str, answer: str, kind: str
) -> None:
    assert "communication.off_topic" in answer_codes(answer, question=question, kind=kind)


@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        # the asked topic is there too
        (
            "前の会社を退職された理由を教えてください。",
            "取引先の倒産で担当事業が縮小し、退職しました。貴社を志望した理由も、"
            "取引先を多く持つ安定した基盤で営業を続けたいからです。",
            "reason_for_leaving",
        ),
        # a self-PR may be any episode, even one that names no strength
        (
            "自己PRをしてください。",
            "前職の受付では、来客の待ち時間を記録して予約枠を見直し、待ち時間を半分にしました。",
            "self_pr",
        ),
    ],
)
def test_an_answer_that_also_answers_the_question_is_on_topic(
    question: str, answer: str, kind: str
) -> None:
    assert "communication.off_topic" not in answer_codes(answer, question=question, kind=kind)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # asking leave to speak, then an appeal: still no question for the company
        (
            "特にございません。最後に一言よろしいでしょうか。説明会からずっと、御社で働きたいと"
            "思い続けてきました。",
            "reverse_question.none",
        ),
        (
            "質問はもう大丈夫です。ひとつだけお伝えさせてください。配属先がどこでも全力で取り組みます。",
            "reverse_question.none",
        ),
        # a wish is no question unless it asks or learns something
        (
            "今のところありません。御社の現場で一日も早く役に立つ仕事がしたいです。",
            "reverse_question.none",
        ),
        # leave to ask, then a real question
        ("一つ伺ってもよろしいでしょうか。新人研修は何か月ほどありますか。", None),
        ("入社前に、使っている会計ソフトを確認したいです。", None),
    ],
)
def test_leave_to_speak_is_no_question(answer: str, expected: str | None) -> None:
    found = _rq(answer)
    if expected:
        assert expected in found
    else:
        assert "reverse_question.none" not in found


@pytest.mark.parametrize(
    ("answer", "researchable"),
    [
        ("工場って全部でいくつあるんですか。", True),
        ("営業所はどの地域にあるのでしょうか。", True),
        ("お店は首都圏以外にも出店されていますか。", True),
        ("今後はどの地域に店舗を増やしていく予定ですか。", False),  # plans
        ("配属される営業所はどのように決まりますか。", False),  # one's own placement
    ],
)
def test_how_many_sites_and_where_is_researchable(answer: str, *, researchable: bool) -> None:
    assert ("reverse_question.researchable" in _rq(answer)) is researchable


@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        # a claim pushed on the listener for agreement
        (
            "物流って止まったら終わりじゃないですか。だから私は在庫の確認を毎朝欠かしませんでした。",
            True,
        ),
        # native words spelled in katakana: adjectives, verbs, the prefix チョー
        ("新人の頃は覚えることが多くて正直キツかったです。", True),
        ("前職の繁忙期はエグい忙しさでした。", True),
        ("企画書を出したら課長がキレて、その場で却下されました。", True),
        ("チョー大事な商談でした。", True),
        # polite forms and loanwords
        ("それは品質の課題ではないでしょうか、と上司に相談しました。", False),
        ("データの分析にはエクセルとタブローを使っていました。", False),
        ("厳しい状況でしたが、最後までやり遂げました。", False),
    ],
)
def test_casual_register_in_general_forms(answer: str, *, casual: bool) -> None:
    assert ("manners.casual_language" in answer_codes(answer, kind="other")) is casual


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("私の長所は、頼まれたことを断らない面倒見のよさです。", "self_pr"),
        ("自己PRをさせていただきます。私は最後まで投げ出さない粘り強さが持ち味です。", "self_pr"),
        ("私が御社を志望した理由は、地域の足であるバス事業に関わりたいからです。", "motivation"),
        ("退職した理由は、家業を継ぐためです。", "reason_for_leaving"),
        # a hallmark further in, or someone else's strength: no kind named
        ("前職では、競合他社の強みは何かを毎週まとめていました。", "other"),
        ("本日はよろしくお願いいたします。", "other"),
    ],
)
def test_an_answer_without_a_question_names_its_kind(answer: str, kind: str) -> None:
    assert analyze(answer).kind == kind


def test_a_strength_claimed_without_a_question_is_judged_abstract() -> None:
    codes = {f.code for f in analyze("私の強みは誰とでも打ち解けられる明るさです。").findings}
    assert "self_pr.abstract" in codes


@pytest.mark.parametrize("answer", ["前の画面から再送信", "特にないです。", "はい"])
def test_a_line_that_names_no_strength_is_not_abstract(answer: str) -> None:
    codes = answer_codes(answer, question="あなたの強みは何ですか。", kind="self_pr")
    assert "self_pr.abstract" not in codes


@pytest.mark.parametrize(
    "answer",
    [
        "最後に、入社までに何を準備すればいいですか。",
        "最後に研修について教えていただいてもよろしいでしょうか。",
    ],
)
def test_a_question_phrased_as_leave_is_still_a_question(answer: str) -> None:
    assert "reverse_question.none" not in _rq(answer)


def test_no_chance_for_what_one_wants_next_is_not_blame() -> None:
    answer = "前職は国内の小売向けが中心で、物流の仕組みづくりに携わる機会がなかったため、転職を考えました。"
    assert "negative_reason.blame" not in answer_codes(answer, kind="reason_for_leaving")


# The nine lists the cached loaders read, with an entry and a spelling its normalized form adds.
LISTS = [
    ("stalled_verbs", "進む"),
    ("aim_verbs", "目指す"),
    ("change_verbs", None),
    ("change_into", None),
    ("being_nouns", None),
    ("carrier_verbs", None),
    ("particle_verbs", None),
    ("quoting_verbs", "思う"),
    ("stance_predicates", "できる"),
]


@pytest.mark.parametrize(("key", "entry"), LISTS)
def test_demand_words_is_the_list_with_its_normalized_forms(key: str, entry: str | None) -> None:
    raw = lexicon().demands_raw[key]
    assert demand_words(key) == normalized_forms(tuple(raw))
    assert set(raw) <= demand_words(key)
    assert entry is None or entry in demand_words(key)
    assert demand_words(key) is demand_words(key)  # read once per key
