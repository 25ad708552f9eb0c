"""Session 16 (answers): complaints told by a count and しか (「休みが月に4日しかなく」) of pay or
time off, and by the boss's denied act told as what the boss is (「意見を聞かない人だった」),
are blame; a count of anything else (社員が5人しかいない, 残業が10時間しかなく) is not. A
potential verb denied for a circumstance of one's own (「夫の転勤で通えなくなった」) judges no
one. The employer's end in any words (倒産, 閉鎖, 店をたたむ, 会社がつぶれる) is a reason for a
short stay, and a plan told in any verb after 今後, これから, 次は is a word on the future. A
question on the organisation's own (「当社の課題は」) answered with one's career only misses it.
Sentences written for these tests, not the dev cases nor the blind files."""

from __future__ import annotations

import pytest
from support import answer_codes as _codes

OFF = "communication.off_topic"
BLAME = "negative_reason.blame"
SHORT = "short_tenure.unexplained"
WHY_LEFT = "退職の理由を教えてください。"
SHORT_Q = "前職を短期間で辞めた理由を教えてください。"
CHALLENGE = "当社の課題は何だと思いますか。"


@pytest.mark.parametrize(
    "answer",
    [
        "休日は月に5日しかなく、店長もアルバイトの意見を聞こうとしない人でした。"
        "スタッフを大切にする職場で働きたいと考えています。",
        "年間休日が70日しかありませんでした。社員を大切にする会社で長く働きたいです。",
        "ボーナスは年に1回、5万円しか出ませんでした。",
        "前の店は夏休みが3日しかなくて、正直きつかったです。",
        "上司は部下の提案を一切受け入れない方でした。風通しの良い職場で働きたいです。",
        "課長は若手の相談に耳を貸さない人で、現場の声は届きませんでした。",
        "部長は現場の意見を聞かないタイプでしたので、声を拾う会社で働きたいと思いました。",
    ],
)
def test_only_a_count_of_leave_and_a_deaf_boss_are_blame(answer: str) -> None:
    assert BLAME in _codes(answer, WHY_LEFT, "reason_for_leaving")


@pytest.mark.parametrize(
    "answer",
    [
        "前職は社員が5人しかいない小さな会社でしたが、営業から経理まで経験できました。"
        "より専門性を磨ける環境で働きたいと考えています。",
        "入社して1年しか経っていませんが、より専門的な仕事に挑戦したいと考えています。",
        "残業は月に10時間しかなく恵まれた環境でしたが、海外案件に携わりたいと考え転職を"
        "決めました。",
        "上司は頭ごなしに否定しない人で、私の意見もよく聞いてくれました。その環境で身につけた"
        "提案力を、より大きな組織で活かしたいと考えています。",
        "私は当時、先輩の助言を聞かず失敗したことがあります。その反省から、周囲と相談しながら"
        "進める働き方を大切にしています。",
        "主任は反対意見も遮らずに聞いてくれる方でした。そこで学んだ調整力を活かし、より大きな"
        "案件に挑戦したいと考えています。",
        "店長は誰に対しても態度を変えない人でした。次は店舗運営にも携わりたいです。",
        "上司は細かいことを言わない人でした。今後は新しい分野に挑戦したいです。",
        "社長は社員を見捨てない人でした。今後はその姿勢を見習い、後輩を支える立場を目指したい"
        "です。",
    ],
)
def test_other_counts_and_praise_are_no_blame(answer: str) -> None:
    assert BLAME not in _codes(answer, WHY_LEFT, "reason_for_leaving")


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        (
            "夫の転勤で県外に引っ越すことになり、前の職場には通えなくなったため、10か月で"
            "退職しました。今は転居先で生活が落ち着き、長く働ける環境を探しています。",
            "short_tenure",
        ),
        (
            "妻が転勤になりました。そのため前職の勤務地には通えなくなり、半年で退職しました。"
            "現在は引っ越しも済み、腰を据えて働きたいと考えています。",
            "short_tenure",
        ),
        (
            "引っ越しで前職の店舗に通えなくなったので、退職しました。今後は地元で長く働きたい"
            "です。",
            "reason_for_leaving",
        ),
        (
            "えっと、主人の異動で引っ越しまして、前の職場には通えなくなっちゃったんです。"
            "今はこっちで落ち着いたので、長く働けるところを探してます。",
            "reason_for_leaving",
        ),
    ],
)
def test_unable_to_commute_for_ones_own_circumstance_is_no_blame(answer: str, kind: str) -> None:
    assert BLAME not in _codes(answer, SHORT_Q, kind)


@pytest.mark.parametrize(
    "answer",
    [
        "上司が休みを取らせてくれず、家族と過ごす時間が取れなくなったので辞めました。",
        "会社が勝手に勤務地を変えたせいで通えなくなり、辞めるしかありませんでした。",
    ],
)
def test_the_employer_blamed_for_it_is_still_blame(answer: str) -> None:
    assert BLAME in _codes(answer, WHY_LEFT, "reason_for_leaving")


@pytest.mark.parametrize(
    "answer",
    [
        "勤めていた店が閉店することになり、5か月で退職しました。その間に接客の基本を学び"
        "ました。次は販売職として長く働くつもりです。",
        "会社が倒産し、3か月で職を失いました。経理の仕訳を一通り覚えました。今後は経理の資格"
        "を取り、経理職として経験を積んでいきます。",
        "前職は入社4か月で事業所が閉鎖になりました。在籍中は配送ルートの見直しを担当しました。"
        "御社では物流の経験を活かして長く貢献したいと考えています。",
        "オーナーが店をたたむことになり、半年で辞めました。調理の基礎を教わりました。これから"
        "は調理師免許を取って、料理人として続けていきます。",
        "経営不振で会社が破産し、在籍は5か月でした。見積もりの作り方を一通り覚えました。これ"
        "からは積算の資格を取り、現場を支える立場を目指します。",
    ],
)
def test_the_employers_end_with_a_plan_explains_a_short_stay(answer: str) -> None:
    assert SHORT not in _codes(answer, SHORT_Q, "short_tenure")


@pytest.mark.parametrize(
    "answer",
    [
        "会社がつぶれたので辞めました。",
        "前の会社は半年で辞めました。次は頑張ります。",
        "前職は3か月で辞めました。色々ありまして。今後は決まっていません。",
    ],
)
def test_a_short_stay_left_unexplained_still_is(answer: str) -> None:
    assert SHORT in _codes(answer, SHORT_Q, "short_tenure")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            CHALLENGE,
            "大学卒業後は印刷会社に5年勤め、DTPを担当しました。その後、広告代理店に移り、現在は"
            "制作進行を3年担当しています。",
        ),
        (
            "弊社の弱みはどこだと思いますか。",
            "私は前職で8年間、スーパーの店舗で青果の担当をしてきました。現在は別の会社で食品の"
            "仕入れを2年担当しています。",
        ),
        (
            CHALLENGE,
            "一社目はIT企業で3年間、二社目はコンサル会社で2年間働いてきました。",
        ),
        (
            CHALLENGE,
            "私は物流会社で配車を3年、倉庫会社で在庫管理を2年担当してきました。御社でもこの経験を"
            "活かしたいと考えています。",
        ),
        (
            CHALLENGE,
            "これまで印刷会社と広告代理店で働いてきました。御社に入社したら、制作の経験を活かして"
            "貢献したいです。",
        ),
    ],
)
def test_a_career_recited_for_the_organisations_own_misses_it(question: str, answer: str) -> None:
    assert OFF in _codes(answer, question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            CHALLENGE,
            "私は物流会社で5年働いてきましたが、御社は配送網の拡大が課題だと感じています。",
        ),
        (CHALLENGE, "業界全体の環境が10年で大きく変わり、人手不足が深刻になっています。"),
        (
            CHALLENGE,
            "人材の確保だと思います。私も前職の会社で3年間採用を担当し、応募が集まらない苦労を"
            "経験しました。",
        ),
        (
            CHALLENGE,
            "御社は地方の販路が弱いと感じます。前職の食品会社で3年間、地方の営業を担当しました。",
        ),
        (
            CHALLENGE,
            "御社が今後伸ばすべきは海外展開です。私は商社で5年間、東南アジアを担当してきました。",
        ),
        (
            "これまでの職歴を教えてください。",
            "印刷会社に5年勤め、DTPを担当しました。その後、広告代理店に移り、現在は制作進行を"
            "3年担当しています。",
        ),
    ],
)
def test_the_organisations_own_answered_or_a_career_asked_is_on_topic(
    question: str, answer: str
) -> None:
    assert OFF not in _codes(answer, question)


# ---------------------------------------------------------------- s16-answers2
# とる in a polite sentence and a lone で、 of polite speech are no casual register; an own
# shortfall owned with an apology is no blame, a run-on complaint before a wish still is; a
# field that caught one with a step since explains a short stay; a role's duty alone is abstract;
# 「はい、」 before how one came to know the company answers no question about the product.

CASUAL = "manners.casual_language"
ABSTRACT = "self_pr.abstract"
PR_Q = "あなたの強みを教えてください。"


@pytest.mark.parametrize(
    "answer",
    [
        "母の看病が必要になり、休職ではなく退職という形をとりました。現在は看病の必要もなくなり、"
        "フルタイムで働けます。",
        "取引先とこまめに連絡をとりまして、納期の遅れを防ぎました。",
        "部署ごとの要望をとりまとめ、半年で新しい申請手順を作りました。",
        "はい、高校では陸上部に所属しておりました。で、3年生では部長を務め、大会の運営にも"
        "関わりました。",
        "はい、販売職を希望しておりますが、必ずしも店頭じゃなくても、お客様の声を聞ける仕事"
        "であれば挑戦したいと考えております。で、通販の問い合わせ対応も経験がございます。",
    ],
)
def test_polite_speech_with_toru_or_a_lone_de_is_no_casual_register(answer: str) -> None:
    assert CASUAL not in _codes(answer, "自己紹介をお願いします。")


@pytest.mark.parametrize(
    "answer",
    [
        "とりま応募してみたって感じです。",
        "残業が多くてしんどかったんですけど、今は転職を考えてるところです。",
        "で、前の店は給料がマジで安かったんで。",
    ],
)
def test_real_casual_forms_stay_casual(answer: str) -> None:
    assert CASUAL in _codes(answer, WHY_LEFT, "reason_for_leaving")


@pytest.mark.parametrize(
    "answer",
    [
        "前の職場では二か月しか勤められず、申し訳なく思っております。今後は腰を据えて働きます。",
        "前職ではわずかな期間しかお役に立てず、大変恐縮しております。家族の介護のため退職しました。",
        "前の会社では思うように成果を出せず、心苦しく感じておりました。",
    ],
)
def test_an_own_shortfall_with_an_apology_is_no_blame(answer: str) -> None:
    assert BLAME not in _codes(answer, WHY_LEFT, "reason_for_leaving")


@pytest.mark.parametrize(
    "answer",
    [
        "月給が低いのに日曜出勤が当たり前で代休もほとんど取れなかったのでまともな会社で"
        "働きたいと思いました",
        "給料が上がらないのに休日出勤が普通だったからしっかりした会社に移りたいです",
        "賞与が少ないのに毎週土曜も出勤させられて有休なんて取れる雰囲気じゃなかったので"
        "きちんとした職場に移りたいです",
    ],
)
def test_a_run_on_complaint_before_a_wish_is_blame(answer: str) -> None:
    assert BLAME in _codes(answer, WHY_LEFT, "reason_for_leaving")


@pytest.mark.parametrize(
    "answer",
    [
        "給与に不満があったわけではございません。海外案件に携わりたいと考え、退職しました。",
        "待遇が理由ではありません。専門性を高めたいと考え、転職を決めました。",
    ],
)
def test_a_complaint_set_aside_stays_no_blame(answer: str) -> None:
    assert BLAME not in _codes(answer, WHY_LEFT, "reason_for_leaving")


@pytest.mark.parametrize(
    "answer",
    [
        "前職は9か月で退職しました。社内報の写真を任されたことから映像制作に強い関心を持ち、"
        "退職後は専門学校に通って映像編集の検定に合格しました。今後は制作現場で経験を積みたいと"
        "考えています。",
        "新卒で入った会社を10か月で辞めました。帳簿の整理を手伝ううちに会計に夢中になり、"
        "日商簿記2級を取得しました。これからは経理として長く働きたいと考えています。",
    ],
)
def test_a_field_found_with_a_step_since_explains_a_short_stay(answer: str) -> None:
    assert SHORT not in _codes(answer, SHORT_Q, "short_tenure")


@pytest.mark.parametrize(
    "answer",
    [
        "入社して5か月で辞めました。ほかの仕事に興味を持ったためです。",
        "半年で退職しました。デザインに関心を持ち、今後は資格の合格を目指したいです。",
    ],
)
def test_an_interest_without_a_step_taken_leaves_it_unexplained(answer: str) -> None:
    assert SHORT in _codes(answer, SHORT_Q, "short_tenure")


@pytest.mark.parametrize(
    "answer",
    [
        "私の強みはリーダーシップです。吹奏楽部の部長として部員をまとめ、顧問の先生からも"
        "信頼されていました。",
        "私の長所は統率力です。前職では班長として班を率いており、周りからも頼られていました。",
    ],
)
def test_a_role_held_and_others_trust_alone_is_abstract(answer: str) -> None:
    assert ABSTRACT in _codes(answer, PR_Q, "self_pr")


@pytest.mark.parametrize(
    "answer",
    [
        "私の強みはリーダーシップです。部長として部員をまとめ、定期演奏会の来場者を前年の"
        "2倍に増やしました。",
        "私の強みは統率力です。班長として班を率い、作業手順を見直して不良品を半分に減らしました。",
    ],
)
def test_a_role_with_an_act_and_a_result_is_concrete(answer: str) -> None:
    assert ABSTRACT not in _codes(answer, PR_Q, "self_pr")


@pytest.mark.parametrize(
    ("question", "answer", "off"),
    [
        (
            "当社のアプリを使ったことはありますか。",
            "はい、御社のことは合同企業説明会で知り、先日の会社説明会にも参加いたしました。",
            True,
        ),
        ("当社のアプリを使ったことはありますか。", "はい、毎朝の通勤で使っております。", False),
        (
            "当社のアプリを使ったことはありますか。",
            "いいえ、まだございません。説明会で画面を拝見し、使ってみたいと思いました。",
            False,
        ),
    ],
)
def test_an_acknowledgment_before_another_topic_answers_no_product_question(
    question: str, answer: str, off: bool
) -> None:
    assert (OFF in _codes(answer, question)) is off
