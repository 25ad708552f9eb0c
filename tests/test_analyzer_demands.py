"""What a form of question demands of its answer (analyzer/demands/, topics.toml [demands]):
an answer that stays near the topic but never gives an own past action, a method, a reason of
one's own, or that tells the opposite of the experience asked, is off-topic; an answer that
gives it, briefly or after a general remark, is not. Sentences written for these tests."""

from __future__ import annotations

import pytest
from support import answer_codes

from furikaeri.analyzer.demands.forms import demanded
from furikaeri.analyzer.questions.topics import question_topic

OFF = "communication.off_topic"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a behavioural question answered with values only
        (
            "後輩の指導で困ったとき、どのように対応しましたか。",
            "後輩を指導する立場では、相手の目線に立つことが何より重要です。"
            "頭ごなしに叱るのではなく、気持ちを受け止める姿勢が必要だと考えています。",
        ),
        (
            "部活動で衝突が起きた経験はありますか。その際どうしましたか。",
            "衝突は悪いことではなく、お互いを理解するきっかけになると思います。",
        ),
        # a mistake denied instead of told
        (
            "仕事でミスをした経験と、その後の対処を教えてください。",
            "私は作業の前に手順を必ず確認するので、ミスをしたことはほとんどありません。",
        ),
        # a mistake denied, with prevention told instead of one
        (
            "仕事での失敗経験を教えてください。",
            "私は確認を徹底しているので、失敗したことはございません。"
            "手順書も自分で作り直し、毎朝見直しました。",
        ),
        (
            "お客様からクレームを受けたとき、どう対応しましたか。",
            "クレームを受けたことは一度もありません。",
        ),
        # a method asked, the stress described
        (
            "プレッシャーを感じたとき、どのように気持ちを切り替えていますか。",
            "営業の仕事は毎月の数字に追われ、常にプレッシャーがある環境です。"
            "ただ、ある程度の緊張感はむしろ必要なものだと思っています。",
        ),
        # a method asked, a value stated first and a rhetorical question
        (
            "ミスをしたとき、どうやって気持ちを切り替えていますか。",
            "ミスは誰にでも起こるものです。大切なのは、同じミスを繰り返さないことではないでしょうか。",
        ),
        # a way of learning asked, a view given
        (
            "業務知識はどうやって身につけていますか。",
            "社会人にとって学ぶ姿勢は欠かせないものです。日々の積み重ねが大切だと考えています。",
        ),
        # ガクチカ: an attitude to everything, no single thing done
        (
            "学生時代に頑張ったことを教えてください。",
            "授業もサークルもアルバイトも、どれにも手を抜かずに頑張ってきました。"
            "何事にも全力なところが自分の持ち味です。",
        ),
        (
            "学生時代に力を入れて取り組んだことは何ですか。",
            "ゼミ、軽音サークル、塾講師のアルバイトのすべてに全力を注ぎました。",
        ),
        # why this job: the job described, no reason of one's own
        (
            "なぜ保育士という仕事を選んだのですか。",
            "保育士は子どもの成長を一番近くで支える、社会にとって欠かせない仕事です。",
        ),
        # a method asked, the past workplace described
        (
            "疲れがたまったとき、どうやって回復していますか。",
            "前の職場は夜勤が月に8回あり、休みの日も電話がかかってくる環境でした。",
        ),
        # the biggest mistake asked, none admitted
        (
            "これまでで最大のミスを教えてください。",
            "私は慎重な性格なので、人に迷惑をかけるようなミスはしておりません。",
        ),
        # an experience of leading asked, a trait claimed
        (
            "後輩を指導した経験について教えてください。",
            "面倒見がいいとよく言われるので、後輩からは慕われるほうだと思います。",
        ),
        # why one changed jobs, answered with a motivation for this company
        (
            "なぜ工場勤務から介護職に転職しようと思ったのですか。",
            "御社を志望した理由は、利用者様一人ひとりに寄り添う御社の方針に共感したからです。",
        ),
        # teamwork asked, results alone told
        (
            "チームで協力して成し遂げた経験を教えてください。",
            "私は単独で動くほうが力を出せるタイプで、担当地区の新規契約を半年で40件獲得しました。",
        ),
    ],
)
def test_an_answer_that_talks_around_the_question_is_off_topic(question: str, answer: str) -> None:
    assert OFF in answer_codes(answer, question=question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # values first, then the own action
        (
            "後輩の指導で困ったとき、どのように対応しましたか。",
            "相手の目線に立つことが大切だと考えています。実際に、作業を覚えられない後輩には、"
            "手順を写真付きの表にまとめて渡し、一緒に練習する時間を取りました。",
        ),
        # 全て in an episode is no scatter
        (
            "後輩の指導で困ったとき、どのように対応しましたか。",
            "後輩が間違えた伝票を全て一緒に見直し、間違えやすい欄に印をつけた見本を作りました。",
        ),
        # brief and on target
        (
            "部活動で衝突が起きた経験はありますか。その際どうしましたか。",
            "両方の言い分を別々に聞き、練習メニューを交互に採用する案を出しました。",
        ),
        # a small mistake told after a denial of big ones
        (
            "仕事でミスをした経験と、その後の対処を教えてください。",
            "大きなミスはありませんが、請求書の宛名を誤って送ったことがあります。"
            "すぐに先方へお詫びの電話を入れ、再発行しました。",
        ),
        # the form of the question (a method) before its topic (a failure, an episode)
        (
            "ミスをしたとき、どうやって気持ちを切り替えていますか。",
            "帰り道に好きな音楽を聴いて、その日のうちに反省点を手帳に一行だけ書いています。",
        ),
        # a denial conceded, then a small one told
        (
            "仕事での失敗経験を教えてください。",
            "大きな失敗はありません。ただ、一度だけ会議の時間を勘違いし、すぐに謝って資料を送りました。",
        ),
        # a setting lacking something is no denial of the experience
        (
            "チームで対立したとき、どう対応しましたか。",
            "当時のチームにはルールもありませんでした。そこで私は、発言の順番を決めることを提案しました。",
        ),
        # a method that keeps something away is no denial
        (
            "ストレスはどうやって解消していますか。",
            "ストレスはため込まないようにしています。週末は公園を走ります。",
        ),
        # a method, spoken
        (
            "プレッシャーを感じたとき、どのように気持ちを切り替えていますか。",
            "えっと、帰りに一駅分歩くようにしています。歩くと頭が整理されます。",
        ),
        (
            "業務知識はどうやって身につけていますか。",
            "通勤中に業界紙のアプリを読み、分からない言葉は先輩に聞いています。",
        ),
        # ガクチカ named as one thing done
        (
            "学生時代に頑張ったことを教えてください。",
            "書店のアルバイトで、手書きのポップを作って売り場に置いたことです。",
        ),
        # why this job: an own reason
        (
            "なぜ保育士という仕事を選んだのですか。",
            "保育園で職場体験をした際に、子どもが初めて立った瞬間に立ち会い、感動したからです。",
        ),
        (
            "チームで協力して成し遂げた経験を教えてください。",
            "文化祭でクラス全員と模擬店を運営し、私は仕入れの担当として予算を管理しました。",
        ),
        # why one changed jobs: the job chosen (志望) with a reason of one's own
        (
            "なぜ工場勤務から介護職に転職しようと思ったのですか。",
            "祖母の介護を手伝う中で、人の暮らしを直接支える仕事がしたいと気づいたため、"
            "介護職を志望しました。",
        ),
        # an experience had (〜たことがあります), a spoken narrative in the て-form, a thing named
        (
            "アルバイトで失敗したことはありますか。",
            "はい、レジで釣り銭を多く渡してしまったことがあります。以来、声に出して数えています。",
        ),
        (
            "仕事で失敗した経験を教えてください。",
            "入ってすぐ、会議室の予約を二重に入れてしまって。先方に謝って、日程を組み直しました。",
        ),
        ("学生時代に打ち込んだことは何ですか。", "吹奏楽部での演奏です。"),
        # open personal questions answered on their own terms
        ("休みの日は何をして過ごしていますか。", "家でゆっくり本を読むことが多いです。"),
        ("最近気になったニュースはありますか。", "地方の路線バスの減便が気になっています。"),
        ("あなたはどんな学生でしたか。", "好奇心が強く、気になったことはすぐ調べる学生でした。"),
        # an opinion asked is no method asked
        (
            "営業という仕事についてどう思いますか。",
            "お客様の課題を一緒に考える、やりがいのある仕事だと思います。",
        ),
    ],
)
def test_an_answer_that_gives_what_is_asked_is_not_off_topic(question: str, answer: str) -> None:
    assert OFF not in answer_codes(answer, question=question)


@pytest.mark.parametrize(
    ("question", "demand"),
    [
        ("アルバイトで失敗した経験を教えてください。", "episode"),
        ("お客様に叱られたとき、どう対応しましたか。", "episode"),
        ("アルバイトで工夫した経験を教えてください。", "episode"),
        ("最大の失敗は何ですか。", "episode"),
        ("失敗しないために心がけていることは何ですか。", None),
        ("入社してすぐ、どんな工夫をしましたか。", "episode"),
        ("失敗したとき、どうやって立ち直っていますか。", "method"),
        ("これまでで一番楽しかった経験は何ですか。", None),
        ("ストレスはどうやって発散していますか。", "method"),
        ("新しい職場にはどのように慣れていきますか。", None),
        ("なぜ事務職を選んだのですか。", "reason"),
        ("学生時代に打ち込んだことは何ですか。", "episode"),
        ("学生時代はどんな学生でしたか。", None),
        ("休日はどのように過ごしていますか。", None),
        ("この仕事についてどう思いますか。", None),
    ],
)
def test_the_demand_follows_the_form_of_the_question(question: str, demand: str | None) -> None:
    found = demanded(question_topic(question), question)
    assert (found.name if found else None) == demand


def test_a_self_pr_without_episode_stays_abstract_not_off_topic() -> None:
    codes = answer_codes(
        "私の強みは行動力です。何でもすぐに動けます。",
        question="自己PRをしてください。",
        kind="self_pr",
    )
    assert "self_pr.abstract" in codes and OFF not in codes


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"forms": [{"name": "wish", "question": "a", "label": "l", "hint": "h"}]}, "forms.0.name"),
        ({"reason": "("}, "demands.reason"),
        ({"stance_predicates": []}, "stance_predicates"),
        ({"place_ends": ["部", ""]}, "demands.place_ends.1"),
        ({"being_verbs": "働く"}, "demands.being_verbs"),
    ],
)
def test_a_malformed_demands_section_fails_with_a_clear_message(
    change: dict[str, object], says: str
) -> None:
    from furikaeri.analyzer.schema import TopicsData
    from furikaeri.catalogue import DataFileError, load_data, validated

    data = load_data("topics.toml")
    broken = {**data, "demands": {**data["demands"], **change}}
    with pytest.raises(DataFileError) as info:
        validated("topics.toml", TopicsData, broken)
    assert str(info.value).startswith("data/topics.toml is malformed: ")
    assert says in str(info.value)


def test_a_topic_demand_must_be_a_known_form() -> None:
    from furikaeri.analyzer.schema import TopicsData
    from furikaeri.catalogue import DataFileError, load_data, validated

    data = load_data("topics.toml")
    topics = [{**data["topics"][0], "demand": "anything"}, *data["topics"][1:]]
    with pytest.raises(DataFileError, match=r"topics\.0\.demand"):
        validated("topics.toml", TopicsData, {**data, "topics": topics})


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # a weakness sidestepped as a strength
        (
            "あなたの弱みを教えてください。",
            "弱みというより、こだわりが強すぎると言われます。その分、仕上がりは評価されています。",
            {OFF},
        ),
        # an improvement asked, the job described
        (
            "職場で改善したことを教えてください。",
            "私は市役所の窓口で住民票の発行を担当していました。三月は特に来庁者が多い時期でした。",
            {OFF},
        ),
        # how a target was reached, beliefs only (an open topic, an explicit question of the past)
        (
            "具体的にどのようにして売上目標を達成したのですか。",
            "数字は後からついてくるものだと思います。私はお客様第一を常に心がけてまいりました。",
            {OFF},
        ),
        # ガクチカ: a role and its scale, claimed leadership: abstract, not off-topic
        (
            "学生時代に力を入れたことは何ですか。",
            "部員60名の吹奏楽部で部長を務めました。常に周りを引っ張るリーダーシップを発揮しました。",
            {"self_pr.abstract"},
        ),
        # ガクチカ: traits only: both
        (
            "学生時代に力を入れたことは何ですか。",
            "私は好奇心が旺盛で、行動力があると周りからよく言われます。",
            {OFF, "self_pr.abstract"},
        ),
    ],
)
def test_sidestepped_or_abstract_answers(question: str, answer: str, expected: set[str]) -> None:
    codes = answer_codes(answer, question=question) & {OFF, "self_pr.abstract"}
    assert codes == expected
