"""Five classes of answers (branch s11-answers2): words inside 「」『』 mentioned rather than
used, hedging suffixes of spoken youth style (〜的な, 〜みたいな, 〜とか), net laughter after a
sentence (ｗ, 草), a short stay told with a vague reason and a vague future, and refusals by
customers in a sales episode (no blame). Sentences written for these tests (spoken and
written, new graduates and mid-career, several trades), none taken from the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

CASUAL = "manners.casual_language"
BLAME = "negative_reason.blame"
UNEXPLAINED = "short_tenure.unexplained"


def _codes(answer: str, question: str, kind: str) -> set[str]:
    return {f.code for f in analyze(answer, question=question, kind=kind).findings}


PR = "学生時代に力を入れたことを教えてください。"


@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        # mentioned: an event's name, words discussed as words, a colleague's style corrected,
        # a customer's thanks, reviews quoted
        ("料理サークルで「ガチ勢料理バトル」という大会を企画し、参加者を40人集めました。", False),
        (
            "国語の授業で「ヤバい」の意味の変化を調べ、発表会で学年1位の評価をいただきました。",
            False,
        ),
        (
            "新人の報告メールに「了解っす」や「マジです」が混じっていたため、"
            "例文集を作って研修で共有し、差し戻しを半分に減らしました。",
            False,
        ),
        (
            "配達先のおばあさまが「ほんとめっちゃ助かるわ」とお手紙をくださり、"
            "配達ルートの工夫を続ける励みになりました。",
            False,
        ),
        ("口コミサイトの『ガチでおすすめ』という評価を分析し、販促資料に反映しました。", False),
        ("後輩の日報に「ｗ」が多かったので、書き方を一緒に見直しました。", False),
        # the candidate's own thought or speech, told so: their own register
        ("締め切りの前日に「これはマジでまずい」と思い、すぐに担当を分け直しました。", True),
        ("私は部員に「ぶっちゃけこのままだと負ける」と伝え、練習量を増やしました。", True),
        # slang outside the quote is still the candidate's own
        ("「ぶっちゃけトーク会」を企画したんですが、準備がマジで大変でした。", True),
    ],
)
def test_quoted_words_are_mentioned(answer: str, casual: bool) -> None:
    assert (CASUAL in _codes(answer, PR, "self_pr")) is casual


@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        # hedges: 的 after a role, a person or a point of view; みたいな after a verb
        ("軽音部では副部長的な立場で、ライブの段取りを担当し、来場者を倍の200人にしました。", True),
        (
            "ゼミではムードメーカー的な役割で、発表前の練習会を毎週開き、全員が単位を取りました。",
            True,
        ),
        (
            "塾のアルバイトでは教室長の右腕的な存在として、欠席連絡の仕組みを作り、退塾を3人減らしました。",
            True,
        ),
        ("気持ち的には、最後まで諦めずに練習を続け、県大会でベスト8に入りました。", True),
        ("私的には、実行委員で会計を担当し、予算を10万円余らせたことが一番の成果です。", True),
        ("チームを引っ張るみたいな役目を任され、文化祭の模擬店で売上1位を取りました。", True),
        # とか with another hedge
        (
            "居酒屋で店長の補佐的な…いや、リーダー的な立場で、発注とか新人の指導とかを担当しました。",
            True,
        ),
        # clean: standard 的-adjectives, 的 of a common noun, てみたい, とか alone
        (
            "効率的な手順を考え、積極的に提案し、一時的に増えた作業を比較的短期間で片付けました。",
            False,
        ),
        ("家族的な雰囲気の部で、中心的な役割を担い、代表的な大会で3位に入りました。", False),
        ("個人的には、将来的に社会的な課題の解決にも挑戦してみたいと考えております。", False),
        ("私的な事情で1年休学しましたが、復学後は研究に専念し、学会で発表しました。", False),
        ("試食会ではお客様も喜んでいたみたいで、翌月の予約が30件増えました。", False),
        ("英語の勉強とか、地域のボランティア活動にも取り組み、TOEICは820点を取得しました。", False),
        ("チームのリーダー的存在として、週1回の進捗会を提案し、納期遅れをなくしました。", False),
    ],
)
def test_hedging_suffixes(answer: str, casual: bool) -> None:
    assert (CASUAL in _codes(answer, PR, "self_pr")) is casual


@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        ("文化祭の後は、クラスのみんなで朝まで打ち上げをしましたｗ", True),
        ("半年で体重を10キロ落としました草", True),
        ("毎日3時間練習して、大会で優勝できましたw。", True),
        # clean: 草 as a noun, w inside words and addresses
        ("地域の草野球チームで会計を担当し、年会費の未納を0件にしました。", False),
        ("商店街のWebサイトとWi-Fiの案内を作り、www.から始まる住所を店頭に掲示しました。", False),
        ("休日は庭の草むしりと家庭菜園をしております。", False),
    ],
)
def test_net_laughter(answer: str, casual: bool) -> None:
    assert (CASUAL in _codes(answer, PR, "self_pr")) is casual


TENURE = "前職を短期間で退職された理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "unexplained"),
    [
        # a reason measured against one's own wish or feeling, a future that only promises
        (
            "実際に働いてみて、自分が望んでいた仕事とは違うと感じたため、4か月で退職しました。"
            "今後はこの経験を活かして頑張りたいです。",
            True,
        ),
        (
            "職場の雰囲気が自分には合わず、10か月で退職いたしました。"
            "その経験を次の職場で生かしたいと考えております。",
            True,
        ),
        (
            "入社してみて、思っていた業務と違うと感じ、半年で辞めました。"
            "前職の経験は今後に活かしたいと思います。",
            True,
        ),
        # concrete: what differed from what was promised; a lesson and a plan told
        (
            "求人票では経理職とありましたが、配属は倉庫での検品作業となり、"
            "説明と違うと感じたため半年で退職しました。現在は簿記2級を取得し、"
            "御社の経理として長く働きたいと考えております。",
            False,
        ),
        (
            "仕事が自分に合わず、8か月で退職しました。入社前に業務内容を確認しなかったことを"
            "反省し、今回は職場見学で実際の業務を確認したうえで応募しております。",
            False,
        ),
    ],
)
def test_vague_short_stay(answer: str, unexplained: bool) -> None:
    assert (UNEXPLAINED in _codes(answer, TENURE, "short_tenure")) is unexplained


LEAVING = "転職理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "blame"),
    [
        # refused by customers and prospects: the hardship of sales
        (
            "前職の営業では、2年間断られ続けた病院に毎月通い、最後は採用していただきました。"
            "今後はこの粘り強さを活かし、製品企画の立場から医療現場を支えたいと考えております。",
            False,
        ),
        (
            "前の会社では飛び込み訪問で見込み客に何度も断られましたが、提案を工夫して"
            "目標を達成しました。次は既存顧客の支援に携わりたいと考えています。",
            False,
        ),
        (
            "前職では取引先に値上げを拒否されることもありましたが、原価の資料を示して"
            "合意をいただきました。今後は購買の立場で交渉力を活かしたいです。",
            False,
        ),
        (
            "前職では飛び込み営業で毎日断られましたが、断られた理由を記録して話し方を変え、"
            "半年で新規契約を12件獲得しました。今後は法人向けの提案営業に挑戦したいです。",
            False,
        ),
        # refused by the workplace's people: still blame
        ("前職の営業では、上司に企画書を出しても断られてばかりでした。", True),
        ("前職では上司に提案を何度も断られ、お客様のためになる仕事ができませんでした。", True),
        ("会社に異動の希望を断られ続け、評価もしてもらえなかったので辞めました。", True),
    ],
)
def test_refused_by_customers(answer: str, blame: bool) -> None:
    assert (BLAME in _codes(answer, LEAVING, "reason_for_leaving")) is blame
