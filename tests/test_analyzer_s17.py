"""Session 17 (answers): a self-PR given for a question about the company misses it. A motivation
that tells one's own record and closes on "any work" (「どのような仕事でも活かせる」: a word of
question closed by も names no work of this company); a question on the company's own challenge
answered by not knowing it and then selling oneself; a question on the product answered with
tasks carried out (「企画を行ってまいりました」: 行う, no visit). A reverse question on what the
customers favour (支持, 人気, 売れる) asks the market's view, which no website states. Sentences
written for these tests, not the dev cases nor the blind files."""

from __future__ import annotations

import pytest
from support import answer_codes as _codes

OFF = "communication.off_topic"
RESEARCH = "reverse_question.researchable"
WHY_US = "当社を志望した理由を教えてください。"
CHALLENGE = "当社の課題は何だと思いますか。"
USED = "当社の製品を使ったことはありますか。"
REVERSE = "最後に何か質問はありますか。"


@pytest.mark.parametrize(
    "answer",
    [
        "私は高校時代、野球部で副主将を務め、チームを地区大会の準優勝に導きました。"
        "趣味は釣りで、毎週末海に出ています。この忍耐力はどのような仕事でも活かせると思います。",
        "学生時代は書店のアルバイトを3年続け、売り場づくりも任されました。"
        "休日はマラソンをしています。どんな職場でも粘り強く頑張れます。",
        "前職では経理として月次決算を担当し、締め日を2日早めました。"
        "この正確さは、いかなる業務でも発揮できると自負しております。",
        # a stretch of one's work told (携わり: a word a motivation may use) and 'anywhere'
        "私は8年間調剤薬局に携わり、在庫の廃棄を半分に減らしました。どこへ行っても通用する"
        "と考えております。",
    ],
)
def test_a_record_closed_on_any_work_misses_a_motivation(answer: str) -> None:
    assert OFF in _codes(answer, WHY_US, "motivation")


@pytest.mark.parametrize(
    "answer",
    [
        # one's strength tied to this company's business: a motivation
        "前職で経理として月次決算を担当し、締め日を2日早めました。御社は中小企業の経理代行を"
        "手がけておられ、この経験をそのまま活かせると考え志望いたしました。",
        # a wish to take on any task, with the company named
        "御社の地域に根ざした店舗づくりに惹かれました。どのような仕事にも全力で取り組みます。",
        # a generic motivation (motivation.generic, not another question answered)
        "人の役に立つ仕事がしたいと考え、志望しました。",
        # 'any' said of the shop, and a wish to work there
        "駅前のお店はどの曜日に行っても混んでいました。学生時代から通っていたので、ここで"
        "働いてみたいと思いました。",
        # a wish for any field: a thin motivation, no self-PR
        "大学で統計を学び、研究で賞をいただきました。どのような分野でもデータで人の役に"
        "立ちたいと考えています。",
    ],
)
def test_a_motivation_that_names_the_company_is_no_miss(answer: str) -> None:
    assert OFF not in _codes(answer, WHY_US, "motivation")


def test_the_interviewers_word_for_the_company_asks_a_motivation() -> None:
    found = _codes(
        "自分は中学からずっと剣道をやってて、主将で県大会にも出ました。どこに行っても頑張れます。",
        "うちの会社を選んだ理由は？",
    )
    assert OFF in found


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            CHALLENGE,
            "課題とかはちょっとわかんないっすけど、自分は根性だけはあるんで、何でもやります。",
        ),
        (
            "弊社が抱えている課題についてどのようにお考えですか。",
            "恐れ入りますが、御社の課題までは存じ上げておりません。ただ、私は粘り強さには自信が"
            "あり、前職でも難しい案件を最後まで担当いたしました。",
        ),
        ("当社の弱みはどこだと思いますか。", "よく分かりません。私の強みは行動力です。"),
        (
            "当社の弱点はどこだと思いますか。",
            "すいません、そこまで調べてないです。でも自分、人と話すのには自信あります。",
        ),
        (
            "当社の課題をどう見ていますか。",
            "申し訳ございません、把握できておりません。ただ、私はどのような仕事にも粘り強く"
            "取り組めます。",
        ),
    ],
)
def test_not_knowing_then_selling_oneself_misses_the_companys_own(
    question: str, answer: str
) -> None:
    assert OFF in _codes(answer, question)


@pytest.mark.parametrize(
    "answer",
    [
        # a guess after not knowing, then what one would add
        "正直まだ分からない部分も多いのですが、新規のお客様の獲得が難しくなっているのではと"
        "感じました。私は前職で新規開拓を担当していたので、そこで力になりたいです。",
        # not knowing, then a guess of the company's own
        "詳しくは分かりませんが、御社は若い世代への発信がまだ少ないように感じます。",
        # not knowing, then the speaker's guess (a conjecture), however it goes on
        "分からないのですが、私は物流費の高騰ではないかと思います。どの業界でも同じ悩みが"
        "あるので。",
        # not knowing, and nothing else
        "すみません、そこまでは分かりません。",
        # a guess with what one would contribute, no not-knowing
        "外から見た印象ですが、採用が難しくなっているのではないかと思います。私は採用広報の"
        "経験を活かして貢献したいです。",
    ],
)
def test_a_guess_at_the_companys_challenge_answers_it(answer: str) -> None:
    assert OFF not in _codes(answer, CHALLENGE)


@pytest.mark.parametrize(
    "answer",
    [
        "私は前職で飲料メーカーの営業として、コンビニ30店舗を担当し、売り場の提案や"
        "キャンペーンの運営を行ってまいりました。",
        "前職では自動車部品の品質検査を行っていました。",
    ],
)
def test_tasks_carried_out_do_not_answer_whether_one_used_the_product(answer: str) -> None:
    assert OFF in _codes(answer, USED)


@pytest.mark.parametrize(
    "answer",
    [
        "使ったことはありませんが、店頭で試してみて、香りの良さが印象に残りました。",
        "はい、御社の店舗に何度か行ったことがあります。",
        "いいえ、まだありません。",
    ],
)
def test_an_answer_about_the_product_is_no_miss(answer: str) -> None:
    assert OFF not in _codes(answer, USED)


@pytest.mark.parametrize(
    "answer",
    [
        "台湾のお客様からは、どのような商品が特に支持されているのでしょうか。",
        "御社のサービスの中で、どの商品が一番売れていますか。",
        "海外のお店では、どんな商品が人気なのでしょうか。",
        "お客様にはどのような商品が好まれているのでしょうか。",
    ],
)
def test_what_customers_favour_is_no_researchable_question(answer: str) -> None:
    assert RESEARCH not in _codes(answer, REVERSE, "reverse_questions")


@pytest.mark.parametrize(
    "answer",
    [
        "御社ではどのような商品を販売されているのでしょうか。",
        "御社の本社はどちらですか。",
        "御社の主力商品は何ですか。",
    ],
)
def test_what_the_website_lists_is_still_researchable(answer: str) -> None:
    assert RESEARCH in _codes(answer, REVERSE, "reverse_questions")
