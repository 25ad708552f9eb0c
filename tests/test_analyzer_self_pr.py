"""self_pr.abstract: a strength claimed with qualities, a role, a period of work, a result or
others' trust but no episode of one's own acts, against an episode told (even briefly, in slang
or without a result). Sentences written for these tests, not the evaluation cases."""

from __future__ import annotations

import pytest
from support import answer_codes

from furikaeri.analyzer import analyze
from furikaeri.analyzer.content.self_pr import self_pr
from furikaeri.analyzer.doc import Doc

OFF = "communication.off_topic"
BLAME = "negative_reason.blame"
ABSTRACT = "self_pr.abstract"
CASUAL = "manners.casual_language"
GENERIC = "motivation.generic"
UNEXPLAINED = "short_tenure.unexplained"
RESEARCH = "reverse_question.researchable"


@pytest.mark.parametrize(
    ("question", "answer", "flagged"),
    [
        (
            "長所と短所を教えてください。",
            "長所は誠実さです。約束は必ず守ります。短所は頑固なところです。",
            True,
        ),
        (
            "長所は何だと思いますか。",
            "前向きなところです。落ち込んでもすぐに気持ちを切り替えられます。",
            True,
        ),
        (
            "自己PRをお願いします。",
            "経理として12年間勤めてまいりました。正確さと誠実さを大切にし、社内の多くの方から"
            "信頼をいただいております。調整力とリーダーシップには自信があります。",
            True,
        ),
        (
            "長所と短所を教えてください。",
            "長所は粘り強さです。ゼミの調査でアンケートが30件しか集まらなかった際、商店を一軒ずつ"
            "訪ねてお願いし、最終的に120件を集めました。短所は心配性なところです。",
            False,
        ),
    ],
)
def test_strengths_read_as_self_pr(question: str, answer: str, flagged: bool) -> None:
    assert (ABSTRACT in answer_codes(answer, question=question)) is flagged


@pytest.mark.parametrize(
    "answer",
    [
        "調整力と推進力です。部署をまたぐ多くの案件に携わり、関係者との橋渡しに努めてまいりました。",
        "顧客折衝力には自信があります。長年にわたり法人営業に携わってまいりました。",
    ],
)
def test_qualities_and_a_period_of_work_are_abstract(answer: str) -> None:
    assert ABSTRACT in answer_codes(answer, question="当社で活かせる強みを教えてください。")


def test_a_period_of_work_for_a_strength_closing_on_the_company_is_abstract() -> None:
    answer = "前職では経理に6年間携わり、正確な処理を心がけてまいりました。その経験を御社でも活かしたいと考えております。"
    codes = answer_codes(answer, question="当社で活かせる強みを教えてください。")
    assert ABSTRACT in codes and "communication.off_topic" not in codes


@pytest.mark.parametrize(
    "answer",
    [
        "前職では9年間、物流の営業に携わり、お客様に合わせたご提案を心がけております。御社の配送サービスにも魅力を感じており、この経験を活かせると考えております。",
        "店長として多くの店舗運営に携わってまいりましたので、御社でも統率力と改善力を発揮できると考えております。",
        "交渉力には自信がございます。御社の製品をより多くのお客様に届けたいです。",
    ],
)
def test_a_strength_claim_closing_on_the_company_is_abstract_not_off_topic(answer: str) -> None:
    codes = answer_codes(answer, question="当社で活かせるあなたの強みを教えてください。")
    assert ABSTRACT in codes and "communication.off_topic" not in codes


JUDGED = {OFF, GENERIC, ABSTRACT, BLAME, CASUAL, UNEXPLAINED, RESEARCH}


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
    assert (
        answer_codes(answer, question="自己PRをお願いします。", kind="self_pr") & JUDGED
    ) == expected


Q_PR = "では、自己PRをお願いできますか。"

Q_GAKU = "学生時代に力を入れたことは何ですか。"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # qualities and effort, and praise received (another's act, not one's own)
        (
            Q_PR,
            "私は何事にも前向きで、一度決めたことは最後まで諦めずにやり抜きます。"
            "前の職場でも、その姿勢を上司に評価していただきました。",
        ),
        # a ガクチカ that names lessons and no episode
        (
            Q_GAKU,
            "軽音楽サークルの活動です。メンバーと一緒にライブにも練習にも全力で打ち込み、"
            "仲間を信じることの大切さを学びました。",
        ),
    ],
)
def test_no_episode_is_abstract(question: str, answer: str) -> None:
    assert ABSTRACT in answer_codes(answer, question=question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a setback, then one's own act and the result
        (
            Q_PR,
            "私の強みは粘り強さです。宅建の試験に2回落ちましたが、"
            "過去問を分野ごとに解き直し、3回目で合格しました。",
        ),
        # a ガクチカ whose lesson follows an episode
        (
            Q_GAKU,
            "ゼミの共同研究です。データの集計が遅れた際に作業表を作って分担を決め直し、"
            "締め切りの1週間前に論文を提出しました。協力することの大切さを学びました。",
        ),
    ],
)
def test_episode_is_not_abstract(question: str, answer: str) -> None:
    assert ABSTRACT not in answer_codes(answer, question=question)


@pytest.mark.parametrize(
    ("answer", "abstract"),
    [
        # stock phrases in the form of an episode
        (
            "私の強みは実行力です。ゼミで地域のイベントを開きたいと思い立ち、すぐに行動を"
            "起こしました。準備では多くの壁にぶつかりましたが、仲間と力を合わせて乗り越え、"
            "大成功を収めることができました。",
            True,
        ),
        (
            "前職では、チーム内で意見が対立することもありましたが、粘り強く向き合い、"
            "大きく成長することができました。",
            True,
        ),
        (
            "私は何事にも前向きです。アルバイト先でトラブルが起きた際も、すぐに行動に移し、"
            "持ち前の明るさで乗り越えました。",
            True,
        ),
        # own concrete acts and a result: an episode (what others did is its situation)
        (
            "売上が落ちていたため、私が店頭のPOPを作り直し、3か月で売上を1.2倍にしました。",
            False,
        ),
        (
            "私の強みは実行力です。ゼミで地域の清掃イベントを企画し、商店街の12店舗を回って"
            "協賛を集めました。当日は80人が参加し、翌年も市の行事として続いています。",
            False,
        ),
        (
            "コールセンターで問い合わせが月末に集中していたため、よくある質問を20項目に"
            "まとめて窓口に掲示し、翌月の入電を15%減らしました。",
            False,
        ),
    ],
)
def test_stock_episode(answer: str, abstract: bool) -> None:
    assert (
        ABSTRACT in answer_codes(answer, question="自己PRをお願いします。", kind="self_pr")
    ) is abstract


def test_others_act_is_no_own_act_but_the_episode_stands() -> None:
    """「売上が落ちていた」 is the situation, not an act; the own act and the multiplied count
    still make the episode."""
    found = analyze(
        "売上が落ちていたため、私が店頭のPOPを作り直し、3か月で売上を1.2倍にしました。",
        question="自己PRをお願いします。",
        kind="self_pr",
    )
    assert "strength.episode" in {s.code for s in found.strengths}
    assert not found.findings


@pytest.mark.parametrize(
    ("question", "kind", "answer"),
    [
        # a role title, an effort verb, qualities gained: no situation, act or result
        (
            "自己PRをお願いします。",
            "self_pr",
            "私は飲食店でアルバイトリーダーを務め、チームをまとめることに尽力しました。"
            "その経験を通じて、リーダーシップと責任感を身につけました。",
        ),
        (
            "あなたの強みは何ですか。",
            "self_pr",
            "サークルの副代表として、メンバーの意見を取りまとめることに注力しました。"
            "その結果、周囲を巻き込む力と責任感が身につきました。",
        ),
        # the same, as a ガクチカ asked as another kind of question
        (
            "学生時代に力を入れたことは何ですか。",
            "other",
            "カフェのアルバイトでリーダーとして、スタッフをまとめることに尽力しました。"
            "この経験からリーダーシップと責任感を得ました。",
        ),
        (
            "学生時代に頑張ったことを教えてください。",
            "other",
            "塾講師のアルバイトで教室長補佐を任され、講師陣の調整役として奮闘しました。"
            "その中で調整力と責任感を養うことができました。",
        ),
        (
            "学生時代に力を入れたことを教えてください。",
            "other",
            "居酒屋でホールリーダーを務め、店舗の運営に全力で取り組みました。お客様とスタッフの"
            "双方に気を配ることで、気配りの大切さとリーダーシップを学びました。",
        ),
    ],
)
def test_a_role_and_qualities_without_an_episode_are_abstract(
    question: str, kind: str, answer: str
) -> None:
    codes = answer_codes(answer, question=question, kind=kind)
    assert ABSTRACT in codes
    assert OFF not in codes  # it answers the question, abstractly


@pytest.mark.parametrize(
    ("question", "kind", "answer"),
    [
        (
            "自己PRをお願いします。",
            "self_pr",
            "飲食店のアルバイトリーダーとして、新人が三か月以内に辞めてしまうことが課題でした。"
            "私は新人ごとに教える担当を決め、最初の二週間は毎日五分の振り返りを行いました。"
            "その結果、半年間で辞めた新人はゼロになりました。",
        ),
        (
            "学生時代に力を入れたことは何ですか。",
            "other",
            "カフェのアルバイトで、雨の日に売上が落ちることに気づき、店長に雨の日限定のドリンク"
            "割引を提案しました。ポップも自分で作り、雨の日の売上は前年より15%伸びました。",
        ),
        # a time cost, a measure, the problem gone (no result word)
        (
            "自己PRをお願いします。",
            "self_pr",
            "病棟では夜勤の申し送りに毎回40分かかり、残業の原因になっていました。そこで申し送りの"
            "項目を一枚のシートにまとめ、口頭で伝えるのは変化があった点だけにしようと師長に提案"
            "しました。導入後は申し送りが15分ほどで終わるようになり、夜勤明けの残業もほぼなく"
            "なりました。",
        ),
    ],
)
def test_an_episode_is_not_abstract(question: str, kind: str, answer: str) -> None:
    codes = answer_codes(answer, question=question, kind=kind)
    assert ABSTRACT not in codes
    assert "self_pr.no_result" not in codes


@pytest.mark.parametrize(
    ("answer", "codes"),
    [
        (
            "アルバイト先で発注ミスが続いたとき、在庫表を見直し、確認の手順を提案しました。"
            "その結果、ミスが半分に減りました。",
            set(),
        ),
        ("私の強みは責任感です。何事にも粘り強く取り組みます。", {"self_pr.abstract"}),
    ],
)
def test_self_pr_reads_an_episode(answer: str, codes: set[str]) -> None:
    assert {f.code for f in self_pr(Doc(answer))[0]} == codes


OFF_ABSTRACT_BLAME = {OFF, ABSTRACT, BLAME}

Q_PR_PLAIN = "自己PRをお願いします。"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("私は人に教えるのが好きで、友人ともすぐに打ち解けられました。", {ABSTRACT}),
        ("料理をするのが得意です。家族にもよく喜ばれます。", {ABSTRACT}),
        # near-miss: a liking, then an episode with its result
        (
            "人と話すのが好きで、書店のアルバイトでは常連のお客様に声をかけて好みを聞き、"
            "おすすめの棚を作りました。その結果、棚の売上は2か月で1.5倍になりました。",
            set(),
        ),
    ],
)
def test_liking_is_no_episode(answer: str, expected: set[str]) -> None:
    assert (
        answer_codes(answer, question=Q_PR_PLAIN, kind="self_pr") & OFF_ABSTRACT_BLAME
    ) == expected


@pytest.mark.parametrize(
    ("question", "answer", "abstract"),
    [
        (
            "学生時代に力を入れたことを教えてください。",
            "書店のアルバイトです。お客様と接する中で、先回りして考えて動くことの大切さを学びました。",
            True,
        ),
        (
            "弊社にアピールできる点は何ですか。",
            "設備保全として９年間、常に予防第一で現場を支えてきました。分析力と判断力には自信があり、"
            "工場長からも頼りにされてきました。",
            True,
        ),
        (
            "あなたのアピールポイントは何ですか。",
            "ライン停止が月に3回起きていたため、過去の故障記録を集計して点検の順番を組み替えました。"
            "その結果、停止は半年で月1回に減りました。",
            False,
        ),
    ],
)
def test_strength_without_episode(question: str, answer: str, abstract: bool) -> None:
    assert (ABSTRACT in answer_codes(answer, question=question)) is abstract


@pytest.mark.parametrize(
    ("answer", "abstract"),
    [
        # years, habits and reputation: compound particles are no acts
        (
            "私は販売員として7年間、常にお客様目線での接客を続けてまいりました。提案力と傾聴力"
            "には自信があります。また、売上目標に対する強い責任感を持ち、店舗の目標達成に向けて"
            "最後まで努力する姿勢は、店長からも高く評価されておりました。",
            True,
        ),
        (
            "エンジニアとして6年間、品質に対する強いこだわりを持って開発してきました。納期に"
            "向けて最後まで粘り強く取り組む姿勢は、チームでも評価されておりました。",
            True,
        ),
        # …not an episode with its own acts and result
        (
            "私の強みは観察力です。前の施設で夜間の転倒が月4件あったため、巡回の時間を見直し、"
            "センサーマットの配置を提案しました。その結果、転倒は月1件に減りました。",
            False,
        ),
    ],
)
def test_compound_particles_are_no_acts(answer: str, abstract: bool) -> None:
    codes = answer_codes(answer, question="あなたのアピールポイントを教えてください。")
    assert (ABSTRACT in codes) is abstract


GAKUCHIKA = "学生時代に打ち込んだことを教えてください。"


@pytest.mark.parametrize(
    "answer",
    [
        "陸上部での活動に打ち込みました。仲間と励まし合う中で、継続することの大切さを学びました。"
        "忍耐力には自信があります。",
        "演劇部での活動に打ち込みました。部員と協力して舞台を作り上げる中で、周りと協力する"
        "大切さを学びました。責任感の強さには自信があります。",
        "合唱サークルの活動です。みんなで一つの曲を仕上げる中で、協調性が身につきました。"
        "粘り強さには自信があります。",
    ],
)
def test_gakuchika_with_a_strength_claimed_is_abstract(answer: str) -> None:
    codes = answer_codes(answer, question=GAKUCHIKA)
    assert ABSTRACT in codes
    assert OFF not in codes


PR_Q = "あなたの強みを教えてください。"


@pytest.mark.parametrize(
    "answer",
    [
        "私の強みはリーダーシップです。吹奏楽部の部長として部員をまとめ、顧問の先生からも"
        "信頼されていました。",
        "私の長所は統率力です。前職では班長として班を率いており、周りからも頼られていました。",
    ],
)
def test_a_role_held_and_others_trust_alone_is_abstract(answer: str) -> None:
    assert ABSTRACT in answer_codes(answer, question=PR_Q, kind="self_pr")


@pytest.mark.parametrize(
    "answer",
    [
        "私の強みはリーダーシップです。部長として部員をまとめ、定期演奏会の来場者を前年の"
        "2倍に増やしました。",
        "私の強みは統率力です。班長として班を率い、作業手順を見直して不良品を半分に減らしました。",
    ],
)
def test_a_role_with_an_act_and_a_result_is_concrete(answer: str) -> None:
    assert ABSTRACT not in answer_codes(answer, question=PR_Q, kind="self_pr")


GOOD_Q = "あなたの長所を教えてください。"


@pytest.mark.parametrize(
    "answer",
    [
        "聞き上手なところにはマジで自信あります。誰とでも話せるタイプなんで。",
        "体力には正直自信あります。徹夜しても平気な性格なんで。",
        "根性はガチであります。最後まで粘るタイプなんです。",
    ],
)
def test_a_slang_claim_with_no_episode_is_abstract(answer: str) -> None:
    assert ABSTRACT in answer_codes(answer, question=GOOD_Q, kind="self_pr")


@pytest.mark.parametrize(
    "answer",
    [
        "体力には自信あります。引越しのバイトで繁忙期の人手不足を任され、1日5件の現場を回って予約を全部さばきました。",
        "聞き上手なタイプなんで、サークルで後輩の相談役をして、退部者を前年の半分に減らしました。",
    ],
)
def test_a_slang_claim_with_an_episode_is_not_abstract(answer: str) -> None:
    assert ABSTRACT not in answer_codes(answer, question=GOOD_Q, kind="self_pr")


@pytest.mark.parametrize(
    ("answer", "abstract"),
    [
        (
            "私の強みは傾聴力です。塾講師のアルバイトを通じて、生徒の気持ちに寄り添う力を培い"
            "ました。いつも生徒の話を最後まで聞くよう心がけ、その結果、多くの生徒に慕われました。",
            True,
        ),
        (
            "私の強みは誠実さです。仕事では常に約束を守ることを大切にしてきました。結果として、"
            "取引先からの信頼を得ることができました。",
            True,
        ),
        # an episode with a frame of its own (委員会では、主将として、…頃、…先で、): not abstract
        (
            "私の強みは段取り力です。陸上部の主将として、大会前の一か月の練習計画を種目ごとに組み直し、"
            "全員に紙で配りました。",
            False,
        ),
        (
            "私の強みは観察力です。花屋で働いていた頃、贈り物の相手を伺ってから花を選ぶ手順を"
            "店長に提案し、接客の流れを変えました。",
            False,
        ),
        (
            "私の強みは順応性です。実習先で、慣れない電子カルテに戸惑いましたが、操作を手順書に"
            "まとめて同期と共有しました。",
            False,
        ),
        # a setback met and conceded (polarity dictionary: 不合格, 戸惑う) sets the scene
        (
            "私の強みは継続力です。簿記の試験で一度不合格になりましたが、毎朝三十分の問題演習を"
            "半年続け、間違えた論点をノートにまとめ直しました。",
            False,
        ),
        (
            "私の強みは適応力です。海外の工場に赴任した当初は言葉の壁に戸惑いましたが、現地の"
            "スタッフと昼食をともにしながら作業手順を一緒に図に描き直しました。",
            False,
        ),
        # a role given (任される) is no action of one's own; a place framing a sentence (〜で、)
        # with the candidate's actions and the customer's words is an episode
        (
            "私の強みは指導力です。塾では新人講師の教育係を任されていました。教えるのが好きです。",
            True,
        ),
        (
            "私の強みは提案力です。家電量販店で、掃除機選びに迷うご夫婦の住まいの広さを伺い、"
            "二台の違いを実演してご説明しました。「決めやすかった」と喜んでいただけました。",
            False,
        ),
        # 結果として is a result, not a frame: still no episode
        (
            "私の長所は明るさです。どんな場でも笑顔を絶やしません。結果として、周囲からよく"
            "声をかけられます。",
            True,
        ),
        (
            "私の強みは調整力です。文化祭の実行委員会では、予算の配分で揉めていた三つの班から"
            "希望を聞き取り、優先順位の表を作って話し合いの場を設けました。",
            False,
        ),
    ],
)
def test_a_result_without_an_episode_is_still_abstract(answer: str, *, abstract: bool) -> None:
    assert ("self_pr.abstract" in answer_codes(answer, kind="self_pr")) is abstract
