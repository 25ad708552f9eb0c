"""Error classes of the answer analyzer found on blind set 8 (issue 10), each as a general rule,
with hard negatives that must stay as they are. Sentences written for these tests (several
styles: spoken, written ES, new graduates, mid-career, career-site examples)."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

OFF = "communication.off_topic"


def _codes(answer: str, *, question: str | None = None, kind: str | None = None, **kw) -> set[str]:
    return {f.code for f in analyze(answer, question=question, kind=kind, **kw).findings}


# ---------------------------------------------------------------- 1. off_topic, precision
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # problem → own measure → measured result; 「N年後には」 tells when the result came
        (
            "自己PRをお願いします。",
            "特別養護老人ホームで働いていたとき、夜勤帯の離職が続き、シフトが回らなくなって"
            "いました。私は夜勤者の負担を聞き取り、仮眠時間を交代で必ず取れるよう勤務表の組み方を"
            "変えました。1年後には夜勤者の離職がゼロになりました。",
        ),
        (
            "あなたの強みを教えてください。",
            "工場の三交代勤務で、夜勤明けの検品漏れが目立っていました。チェック表を見直して、"
            "疲れやすい時間帯の検品を二人で確認する形に変えたところ、3年後には不良の流出が年間で"
            "一件もなくなりました。",
        ),
        (
            "自己PRをしてください。",
            "グループホームで、入居者の方が夕方になると落ち着かなくなることが課題でした。"
            "一人ひとりの生活歴を調べ、夕方に昔の仕事に近い作業をしていただく時間を作ったところ、"
            "半年後には夕方の声かけの回数が半分になりました。",
        ),
        (
            "学生時代に力を入れたことを教えてください。",
            "居酒屋のアルバイトで、深夜帯の新人が定着しないことが課題でした。"
            "私は新人向けの手順表を作り、最初の三回は必ず先輩と同じシフトに入れるよう店長に"
            "提案しました。2年後にはその店の新人の離職がなくなりました。",
        ),
        # the employer changed its direction; the candidate accepts it and says what is next
        (
            "退職理由を教えてください。",
            "所属していた開発部が縮小され、新規の開発はなくなり、既存システムの保守が主な仕事に"
            "なりました。会社の経営判断としては理解しています。ただ、私はこれからも新しいサービス"
            "を一から作る仕事に携わりたいと考え、御社のように自社開発に力を入れている会社で"
            "働きたいと思いました。",
        ),
        (
            "転職理由は何ですか。",
            "前の会社は事業の方針が変わり、私のいた企画部門は営業支援の部署に統合されました。"
            "与えられた役割にも学ぶことは多くありましたが、やはり商品企画の仕事を続けたいという"
            "気持ちが強く、企画職として御社で力を発揮したいと考えています。",
        ),
        (
            "なぜ転職しようと思ったのですか。",
            "会社の方針で、店舗の新規出店が止まり、私の担当していた出店準備の仕事がなくなりました。"
            "今は既存店の運営管理を担当していますが、新しい店をゼロから立ち上げる仕事にもう一度"
            "挑戦したいと思い、出店を続けている御社に応募しました。",
        ),
        (
            "転職を考えた理由を教えてください。",
            "親会社の判断で、自社製品の開発から受託開発中心の体制に切り替わりました。会社としては"
            "合理的な判断だと思いますし、受託の仕事でも学べることはありました。それでも、自社の"
            "製品を長く育てていく仕事がしたいと考え、御社を志望しています。",
        ),
        (
            "前職を辞めようと思ったのはなぜですか。",
            "うちの部署、去年から新しい案件を取らなくなって、ほぼ既存のお客さんの運用だけに"
            "なったんです。それはそれで仕方ないと思ってます。でも自分はやっぱり提案から関われる"
            "仕事がしたくて、御社なら上流から携われると思いました。",
        ),
    ],
)
def test_an_answer_in_its_own_words_is_not_off_topic(question: str, answer: str) -> None:
    assert OFF not in _codes(answer, question=question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a plan for the future instead of a self-PR
        (
            "自己PRをお願いします。",
            "5年後には御社の店舗で店長を任されるようになっていたいと考えています。"
            "そのために販売の経験を積んでいきたいです。",
        ),
        # why one left, answered only with why this company
        (
            "退職理由を教えてください。",
            "御社の製品が昔から大好きで、いつか御社で働きたいと思っていました。"
            "御社の商品開発に携わりたいです。",
        ),
        # 御社 changing is no reason for leaving the former employer
        (
            "転職理由を教えてください。",
            "御社は昨年から事業の方針を変えられ、海外展開に力を入れています。"
            "御社の新しい挑戦に加わりたいと思いました。",
        ),
    ],
)
def test_an_answer_to_another_question_stays_off_topic(question: str, answer: str) -> None:
    assert OFF in _codes(answer, question=question)


# ---------------------------------------------------------------- 2. off_topic, recall
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # why switch job type → praise of the company's products
        (
            "なぜ営業職から企画職に転職しようと思ったのですか。",
            "御社の商品はどれもデザインが洗練されていて、使う人のことをよく考えて作られていると"
            "感じます。特に収納シリーズは私も自宅で愛用しており、品質の高さに驚きました。",
        ),
        (
            "接客業から、どうしてITエンジニアを目指そうと思ったのですか。",
            "御社のアプリは操作が直感的で、私も毎日使っています。UIのわかりやすさは業界でも一番"
            "だと思います。",
        ),
        (
            "事務職から営業職へキャリアチェンジしたい理由は何ですか。",
            "御社の主力製品である業務用洗浄機は、国内シェアトップと伺いました。性能の高さと、"
            "アフターサービスの手厚さが素晴らしいと感じています。",
        ),
        # an experience asked → interest, books read, plans
        (
            "マネジメントの経験について教えてください。",
            "マネジメントには以前から強い関心があり、ドラッカーの本などを何冊も読みました。"
            "今後は実際にチームを率いる立場に挑戦し、メンバーの力を引き出せるリーダーに"
            "なりたいと考えています。",
        ),
        (
            "部下を育成した経験はありますか。",
            "人材育成にはとても興味があります。コーチングの講座にも申し込んでおり、入社後は"
            "ぜひ後輩の指導に関わりたいと思っています。",
        ),
        (
            "新人教育のご経験についてお聞かせください。",
            "教えることは昔から好きで、教育に関する本をよく読みました。人を育てるには相手の"
            "話を聞くことが大切だと思います。機会をいただければ挑戦したいです。",
        ),
        # what was hard → a success story and happy memories
        (
            "リーダーとして大変だったことは何ですか。",
            "文化祭の実行委員長として、模擬店の売上で過去最高の20万円を達成しました。"
            "メンバーみんなで打ち上げをしたことは今でもいい思い出です。本当に楽しい一年でした。",
        ),
        (
            "チームリーダーとして苦労したことを教えてください。",
            "私がリーダーを務めたプロジェクトは、予定より一か月早く完了し、お客様からも高い"
            "評価をいただきました。メンバーにも恵まれ、毎日が充実していました。",
        ),
        (
            "仕事で大変だったことはありますか。",
            "前職では、入社二年目で営業成績が部署で一位になり、社長賞をいただきました。"
            "お客様にも恵まれ、楽しく働くことができました。",
        ),
    ],
)
def test_a_neighbouring_answer_is_off_topic(question: str, answer: str) -> None:
    assert OFF in _codes(answer, question=question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a reason of one's own that grew, then this company
        (
            "なぜ営業職から企画職に転職しようと思ったのですか。",
            "営業としてお客様の声を聞くうちに、売る前の段階から商品に関わりたいと思うように"
            "なりました。御社の商品はお客様の声を丁寧に反映していると感じ、企画職として携わり"
            "たいと考えました。",
        ),
        # the experience told (an act named by a noun with をする; no title but the work done)
        (
            "マネジメントの経験について教えてください。",
            "前職では5名のチームのリーダーとして、メンバーの目標設定と週1回の面談を担当しました。"
            "面談で出た悩みをもとに業務の割り振りを見直し、残業時間を月20時間減らしました。",
        ),
        (
            "マネジメントの経験について教えてください。",
            "正式な管理職の経験はありませんが、アルバイトリーダーとして新人6名の教育を任され、"
            "シフトの調整や接客の指導をしていました。",
        ),
        # a hardship in any words
        (
            "リーダーとして一番大変だったことは何ですか。",
            "サークルの部員が半分近く辞めてしまい、大会に出られるか危うくなったときです。"
            "練習の日程を見直し、他大学との合同練習を提案して、なんとか出場しました。",
        ),
        (
            "リーダーとして一番大変だったことは何ですか。",
            "メンバーの意見がまとまらず、企画の締め切りに間に合わないかもしれない状況になった"
            "ことです。私は一人ずつ話を聞き、共通する目的を整理して、二つの案を一つにまとめました。",
        ),
        (
            "学生時代に苦労したことは何ですか。",
            "留学先で最初の三か月、授業の英語がほとんど聞き取れませんでした。毎日授業を録音して"
            "聞き直し、分からない表現をノートにまとめた結果、半年後には討論にも参加できるように"
            "なりました。",
        ),
        (
            "仕事で一番大変だったことを教えてください。",
            "新店舗の立ち上げです。オープンまで二週間しかなく、アルバイトの採用と研修を同時に"
            "進めなければなりませんでした。私は研修内容を動画にして、一人ずつ教える時間を"
            "減らしました。",
        ),
        (
            "困難を乗り越えた経験を教えてください。",
            "ゼミの共同研究で、データの集計方法をめぐって意見が割れ、二週間ほど作業が止まり"
            "ました。私は両方の方法で一部のデータを試しに集計し、結果を比べて話し合う場を"
            "設けました。",
        ),
        (
            "前職で苦労したことはありますか。",
            "はい、異動直後は専門用語が分からず、お客様との会話についていけませんでした。"
            "用語集を自分で作り、先輩の商談に同行させてもらって覚えました。",
        ),
        (
            "これまでに経験した挫折について教えてください。",
            "第一志望の大学に落ちたことです。当時はかなり落ち込みましたが、入学した大学で自分に"
            "できることを探し、学園祭の実行委員に挑戦しました。",
        ),
    ],
)
def test_the_thing_asked_in_its_own_words_is_not_off_topic(question: str, answer: str) -> None:
    assert OFF not in _codes(answer, question=question)


# ---------------------------------------------------------------- 3. blame, recall
BLAME = "negative_reason.blame"


@pytest.mark.parametrize(
    "answer",
    [
        # a coworker who does no work; the burden falls on me
        "同じチームの先輩がほとんど仕事をしないため、その分の作業がいつも私に回ってきていました。"
        "このままでは自分の仕事に集中できないと思い、転職を決めました。",
        "隣の席の同僚が電話を一切取らないので、問い合わせは全部私が受けていました。",
        # consulting the boss and nothing changes; a voice that never reaches
        "上司に何度相談しても、何も変わりませんでした。現場の声が届かない会社だと感じ、"
        "退職を決意しました。",
        "人が足りないと何度訴えても、一向に改善されませんでした。",
        "意見が反映されない職場だったので、辞めることにしました。",
        # a manager who never shows up and brushes complaints off
        "店長は現場にほとんど顔を出さず、スタッフが不満を伝えても「みんな我慢しているんだから」"
        "と言うだけでした。そういう環境で働き続けるのは難しいと思いました。",
        "部長は誰も責任を取ろうとせず、トラブルはいつも現場任せでした。",
        # a workplace characterised by a clause
        "正直者が損をする職場でした。",
        "若手が育たない環境で、このままでは自分も成長できないと思いました。",
        "人がどんどん辞めていく職場で、残った人に仕事が偏っていました。",
        # chronic understaffing, no breaks
        "慢性的な人手不足で、休憩も取れない日がほとんどでした。改善をお願いしても人は増えず、"
        "体力的にも限界を感じて退職しました。",
    ],
)
def test_others_conduct_is_blame(answer: str) -> None:
    assert BLAME in _codes(answer, kind="reason_for_leaving")


@pytest.mark.parametrize(
    "answer",
    [
        # what others did not do that was good
        "先輩は忙しい中でも嫌な顔ひとつせず、丁寧に教えてくださいました。"
        "ただ、会社が海外事業から撤退することになり、海外と関わる仕事を続けたいと考えて"
        "転職を決めました。",
        "上司は私の提案を否定せず、いつも最後まで聞いてくれました。それでも、もっと大きな"
        "裁量のある環境で挑戦したいと考え、転職を決意しました。",
        "同僚は誰も辞めず、長く働ける雰囲気の職場でした。ただ、専門性を高めたいと思い、"
        "転職を決めました。",
        # a hardship met and acted on; a try that did not change a fact
        "前職では人手が足りない時期が続きましたが、私はシフトの組み方を見直し、休憩を交代で"
        "取れるようにしました。その経験を活かし、今後は店舗運営に携わりたいと考えています。",
        "上司に相談し、担当を変えてもらうこともできましたが、自分のやりたい企画の仕事は社内には"
        "ないと分かり、転職を決めました。",
        "上司がいない時間帯は自分で判断する必要があり、判断力が身につきました。"
        "その力を活かして、より責任のある仕事に挑戦したいと考えています。",
        # the company wished for, not the one left
        "残業のない会社で、家族との時間も大切にしながら長く働きたいと考えています。",
        "失敗しても挑戦が認められる会社で働きたいと思い、転職を決めました。",
    ],
)
def test_others_conduct_told_well_is_not_blame(answer: str) -> None:
    assert BLAME not in _codes(answer, kind="reason_for_leaving")


# ---------------------------------------------------------------- 4. blame, precision
@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        # relationships mentioned vaguely, trailing off: no one is blamed; the stay is unexplained
        (
            "えっと、人間関係がちょっと……。いろいろあって、続けるのは難しいかなと思って辞めました。",
            "short_tenure",
        ),
        (
            "職場の人間関係が自分には合わないなと感じて、早めに辞めることにしました。",
            "short_tenure",
        ),
        ("まあ、周りとちょっと合わなかったというのもあって……。それで辞めました。", "short_tenure"),
        (
            "人間関係というか、雰囲気が合わないなと思うことが多くて、それで転職を考えました。",
            "reason_for_leaving",
        ),
        ("みんなとあまり馴染めなかったので、半年で退職しました。", "short_tenure"),
    ],
)
def test_a_vague_mention_of_relationships_is_not_blame(answer: str, kind: str) -> None:
    codes = _codes(answer, kind=kind)
    assert BLAME not in codes
    if kind == "short_tenure":
        assert "short_tenure.unexplained" in codes


@pytest.mark.parametrize(
    "answer",
    [
        "人間関係が悪く、上司からは毎日のように怒鳴られていました。",
        "直属の上司と価値観が合わず、何を提案しても否定されるばかりでした。",
        "職場の人間関係がギスギスしていて、陰口ばかりの環境でした。",
        "先輩と反りが合わず、仕事を教えてもらえませんでした。",
    ],
)
def test_friction_with_a_person_named_stays_blame(answer: str) -> None:
    assert BLAME in _codes(answer, kind="reason_for_leaving")


# ---------------------------------------------------------------- 5. short_tenure, precision
@pytest.mark.parametrize(
    "answer",
    [
        # an end agreed in advance
        "前職は一年間の契約社員で、契約期間の満了をもって退職しました。",
        "半年間のシステム移行プロジェクトの要員として採用され、プロジェクトの終了とともに"
        "予定どおり退職しました。",
        "産休に入る方の代わりとして、最初から期間限定の募集でした。その方の復帰に合わせて"
        "退職しています。",
        "派遣社員として三か月の契約で働いていました。契約満了で終了したもので、途中で辞めた"
        "わけではありません。",
        # the mistake owned, the difference told, what was done differently this time (no 今後)
        "入社前に仕事内容をきちんと調べないまま決めてしまったのは、私の反省点です。実際は一日中"
        "電話での督促業務で、思っていた企画の仕事とは大きく違いました。そこで今回の転職活動では、"
        "現場で働く方に直接お話を伺い、一日の仕事の流れを体験させていただいてから応募しました。",
        "正直に申し上げると、求人票だけを見て入社を決めてしまい、業務内容の確認が足りません"
        "でした。実際には夜間の作業が中心で、体力的にも想定と違っていました。この反省から、"
        "応募前に職場見学をさせていただき、シフトの組み方も確認したうえで御社を志望しています。",
        "企業研究が不十分なまま入社したことが原因です。営業は内勤中心と思い込んでいましたが、"
        "実際は飛び込み営業が主でした。今回は説明会と社員面談に参加し、配属後の一日の動きまで"
        "伺っています。",
    ],
)
def test_an_explained_short_stay_is_not_unexplained(answer: str) -> None:
    assert "short_tenure.unexplained" not in _codes(answer, kind="short_tenure")


@pytest.mark.parametrize(
    "answer",
    [
        "仕事が思っていたのと違ったので、辞めました。",
        "入社してみたら雰囲気が合わなくて、なんとなく辞めてしまいました。",
        "契約社員だったのですが、途中で嫌になってしまって、契約期間の途中で辞めました。",
        "一年契約でしたが、契約満了を待たずに三か月で辞めました。",
    ],
)
def test_a_short_stay_left_unexplained_stays_flagged(answer: str) -> None:
    assert "short_tenure.unexplained" in _codes(answer, kind="short_tenure")


# ---------------------------------------------------------------- 6. researchable, both ways
RESEARCHABLE = "reverse_question.researchable"
_APP = "家計簿アプリ『カケイボン』を開発・運営。利用者数は300万人。東京・福岡に開発拠点。"
_GYOZA = "冷凍食品「まんぷく餃子」シリーズの製造販売。全国のスーパー約8,000店で販売。"


@pytest.mark.parametrize(
    ("profile", "answer", "researchable"),
    [
        # how the company does something with a product the profile names: an insider's view
        (_APP, "ユーザーの意見は、どういう形でアプリに反映されているのでしょうか。", False),
        (_APP, "『カケイボン』の新しい機能は、どんな基準で優先順位を決めているのですか。", False),
        (
            _APP,
            "カケイボンの利用者からのフィードバックは、開発チームにどのような形で共有されていますか。",
            False,
        ),
        (
            _GYOZA,
            "まんぷく餃子についてお客様から寄せられた意見は、どういった形で商品に活かされていますか。",
            False,
        ),
        # the work a new hire would get
        (_APP, "中途で入った人は、カケイボンのどんな仕事から担当することが多いですか。", False),
        (
            _GYOZA,
            "営業職で採用された場合、まんぷく餃子の販売ではどういった業務を担当しますか。",
            False,
        ),
        # what the product is, where it is sold: the website says
        (_APP, "カケイボンはどのようなアプリですか。", True),
        (_GYOZA, "まんぷく餃子はどこで販売されていますか。", True),
        # how many facilities and where, when the profile counts them
        (
            "介護付き有料老人ホームを運営。首都圏に42施設。",
            "何施設ほど運営されているのでしょうか。",
            True,
        ),
        (
            "保育園を運営。東京都内に15園、神奈川県に5園。",
            "園は何園あって、どの市区にありますか。",
            True,
        ),
        (
            "整骨院グループ。千葉県内に23院（船橋、松戸、柏など）。",
            "院はいくつあって、どのエリアが中心ですか。",
            True,
        ),
        (
            "調剤薬局を運営。静岡市・浜松市・沼津市に合わせて31薬局。",
            "静岡県内では、どの町に店舗を構えていらっしゃいますか。",
            True,
        ),
        ("学習塾を運営。大阪・兵庫・京都に教室56か所。", "教室は今いくつあるんですか。", True),
        # one site's staff is not on the website
        (
            "ドラッグストア「くすりのハナ」を展開。九州・中国地方に210店舗。",
            "1店舗あたり、スタッフは何人くらいで運営されていますか。",
            False,
        ),
        (
            "保育園を運営。東京都内に15園、神奈川県に5園。",
            "一つの園では、保育士さんは何名くらい働いていらっしゃいますか。",
            False,
        ),
    ],
)
def test_researchable_reads_what_is_asked_of_the_profile(
    profile: str, answer: str, *, researchable: bool
) -> None:
    company = {"name": "株式会社テスト", "profile": profile}
    codes = _codes(answer, kind="reverse_questions", company=company)
    assert (RESEARCHABLE in codes) is researchable
