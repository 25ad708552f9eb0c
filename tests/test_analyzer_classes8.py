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


# ---------------------------------------------------------------- 7. motivation.generic, recall
@pytest.mark.parametrize(
    ("question", "profile", "answer", "generic"),
    [
        (
            "当社を志望する理由を教えてください。",
            "創業40年、神奈川県西部で住宅リフォームを手がける。水回りの「一日リフォーム」が主力"
            "。理念は「暮らしの困りごとを、その日のうちに」。",
            "住宅業界の中でも、リフォームはお客様の暮らしに直接関われる仕事だと感じています。御社"
            "は地域密着で丁寧な対応をされていると伺い、お客様に寄り添った提案ができる会社だと思い"
            "志望しました。",
            True,
        ),
        (
            "志望動機をお願いします。",
            "群馬県を中心に注文住宅と外構工事を手がける工務店。自然素材の家「木もれび」シリーズ。"
            "理念は「百年住める家を」。",
            "家づくりは人生で一番大きな買い物に関われる仕事で、やりがいがあると思います。御社は評"
            "判も良く、お客様一人ひとりに寄り添った家づくりをされていると聞き、私もそのような仕事"
            "がしたいと考えました。",
            True,
        ),
        (
            "なぜ当社なのですか。",
            "アウトドア用品の製造販売。軽量テント「ソラノマ」シリーズと、初心者向けキャンプ講習「"
            "はじめてキャンプ教室」を全国で開催。",
            "私は小学生の頃から家族でキャンプに通い、大学ではワンダーフォーゲル部で山にも登ってき"
            "ました。御社はアウトドア業界のリーディングカンパニーであり、アウトドアの楽しさをもっ"
            "と多くの人に広めたいと思い、志望しました。",
            True,
        ),
        (
            "当社を志望した理由は何ですか。",
            "楽器の販売と音楽教室を運営。大人向けの「ゼロから始めるサックス」コースが人気。首都圏"
            "に22教室。",
            "中学から吹奏楽を続けていて、音楽にはずっと支えられてきました。御社は楽器業界の最大手"
            "で、音楽の楽しさをより多くの方に伝えたいという思いから志望しました。",
            True,
        ),
        (
            "当社を志望する理由を教えてください。",
            "アウトドア用品の製造販売。軽量テント「ソラノマ」シリーズと、初心者向けキャンプ講習「"
            "はじめてキャンプ教室」を全国で開催。",
            "家族キャンプで道具の多さに苦労した経験から、初心者がつまずく点に関心を持ちました。御"
            "社の「はじめてキャンプ教室」は道具の貸し出しと講習を組み合わせており、始める壁を下げ"
            "る仕組みに共感しました。販売店での接客経験を活かし、講習の参加者が購入まで安心して進"
            "めるよう支えたいです。",
            False,
        ),
        (
            "当社を志望する理由を教えてください。",
            "創業40年、神奈川県西部で住宅リフォームを手がける。水回りの「一日リフォーム」が主力"
            "。理念は「暮らしの困りごとを、その日のうちに」。",
            "祖母の家の浴室が壊れた際、工事に一週間かかり不便な思いをさせてしまいました。御社の一"
            "日リフォームなら、高齢の方でも生活を止めずに水回りを直せると知り、この仕組みを地域の"
            "方に広める営業に携わりたいと考えました。",
            False,
        ),
        (
            "志望動機を教えてください。",
            "釣り具メーカー。ルアー「ミナモ」シリーズを開発。全国で親子向けの釣り教室を開催。",
            "子どもの頃から父と釣りに行き、大学時代はルアー釣りにはまりました。御社は釣り具業界の"
            "トップメーカーであり、釣りの楽しさをもっと多くの人に広めたいと考え、志望いたしました"
            "。",
            True,
        ),
        (
            "当社を志望する理由を教えてください。",
            "ボードゲームの企画・販売。協力型ゲーム「まもりびと」が累計30万個。ゲームカフェを都"
            "内で3店運営。",
            "学生時代はボードゲームサークルの代表として、毎週ゲーム会を開いてきました。ボードゲー"
            "ム業界を牽引する御社で、ゲームの魅力を世の中に伝えていきたいです。",
            True,
        ),
        (
            "志望理由をお聞かせください。",
            "地元密着の不動産会社。賃貸仲介と管理、空き家の活用相談「あきやラボ」を運営。",
            "不動産は人の暮らしの土台を支える仕事で、とても魅力を感じています。御社は地域での評判"
            "が良く、お客様の立場に立った丁寧な接客をされていると聞き、志望しました。",
            True,
        ),
        (
            "志望理由をお聞かせください。",
            "地元密着の不動産会社。賃貸仲介と管理、空き家の活用相談「あきやラボ」を運営。",
            "実家の近所で空き家が増え、防犯面で不安を感じてきました。御社のあきやラボでは、所有者"
            "の相談から活用先探しまで一貫して支援されていると知り、この取り組みに賃貸営業の経験を"
            "活かしたいと考えました。",
            False,
        ),
        (
            "志望動機を教えてください。",
            "釣り具メーカー。ルアー「ミナモ」シリーズを開発。全国で親子向けの釣り教室を開催。",
            "子どもの頃、父と参加した親子釣り教室がきっかけで釣りを始めました。大学では釣りサーク"
            "ルで初心者向けの講習を企画してきました。教室で初めての一匹を釣った子どもの笑顔を増や"
            "したく、教室の運営に関わりたいと考えています。",
            False,
        ),
        (
            "志望動機を教えてください。",
            "学習塾を運営。不登校の生徒向けの個別指導コース「ひだまりコース」を2019年に開設。"
            "大阪・兵庫に教室56か所。",
            "中学時代、不登校だった時期に個別指導で勉強を取り戻した経験があります。ひだまりコース"
            "のように、学校に通えない生徒が自分のペースで学べる場所は貴重だと思い、講師として支え"
            "たいと考えました。",
            False,
        ),
        (
            "志望動機を教えてください。",
            "地方銀行。事業承継の相談窓口「つなぐデスク」を県内全店に設置。",
            "実家の酒蔵は後継ぎがおらず、大学時代に廃業を考えたことがあります。つなぐデスクで地元"
            "の事業者の承継を支える仕事に携わりたく、志望しました。",
            False,
        ),
    ],
)
def test_industry_appeal_and_hobby_history_are_generic(
    question: str, profile: str, answer: str, *, generic: bool
) -> None:
    """Words the profile shares, said of the industry or of the candidate's own past, show no
    knowledge of this company; its programme or product named, even in a personal story, does."""
    company = {"name": "株式会社テスト", "profile": profile}
    codes = _codes(answer, question=question, kind="motivation", company=company)
    assert ("motivation.generic" in codes) is generic


# ---------------------------------------------------------------- 8. self_pr.abstract, recall
ABSTRACT = "self_pr.abstract"


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
    codes = _codes(answer, question=question, kind=kind)
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
    codes = _codes(answer, question=question, kind=kind)
    assert ABSTRACT not in codes
    assert "self_pr.no_result" not in codes


# ---------------------------------------------------------------- a second set, written after the rules
@pytest.mark.parametrize(
    ("kind", "question", "profile", "answer", "code", "present"),
    [
        (
            "self_pr",
            "自己PRをお願いします。",
            None,
            "デイサービスで送迎を担当していたとき、朝の送迎が毎回20分ほど遅れていました。私"
            "は利用者さんの準備にかかる時間を家族から聞き取り、迎えに行く順番を組み替えました"
            "。2週間後には遅れがほとんどなくなり、職員からも「朝が楽になった」と言われました"
            "。",
            "communication.off_topic",
            False,
        ),
        (
            "self_pr",
            "あなたの強みを教えてください。",
            None,
            "コールセンターの夜間シフトで、保留時間が長いというお客様の声が多くありました。よ"
            "くある質問を自分で一覧にまとめ、シフトのメンバーに共有したところ、3か月後には平"
            "均保留時間が2分から40秒に短くなりました。",
            "communication.off_topic",
            False,
        ),
        (
            "reason_for_leaving",
            "転職理由を教えてください。",
            None,
            "勤めていた印刷会社が紙の事業を縮小し、私の担当していたデザイン業務は外部に委託さ"
            "れることになりました。会社の事情は理解していますが、これからもデザインの仕事を続"
            "けたいと考え、転職を決めました。",
            "communication.off_topic",
            False,
        ),
        (
            "reason_for_leaving",
            "なぜ退職されるのですか。",
            None,
            "昨年、会社が別のグループに吸収合併され、営業のやり方が大きく変わりました。新規の"
            "提案よりも既存顧客の維持が中心になったため、新しいお客様を開拓する仕事に挑戦でき"
            "る環境を求めています。",
            "communication.off_topic",
            False,
        ),
        (
            "other",
            "なぜ事務職から営業職に移りたいのですか。",
            None,
            "御社の製品は性能が高く、業界でも評判が良いと聞いています。特に新しいシリーズはデ"
            "ザインも素敵だと思います。",
            "communication.off_topic",
            True,
        ),
        (
            "other",
            "チームをまとめた経験を教えてください。",
            None,
            "チームをまとめることにはとても興味があり、リーダー論の本をよく読んでいます。今後"
            "はそういった役割にも挑戦していきたいです。",
            "communication.off_topic",
            True,
        ),
        (
            "other",
            "アルバイトで苦労したことは何ですか。",
            None,
            "アルバイト先のカフェでは、常連のお客様とも仲良くなり、毎日楽しく働けました。店長"
            "にも褒めていただき、充実した一年半でした。",
            "communication.off_topic",
            True,
        ),
        (
            "other",
            "部活動で一番大変だったことを教えてください。",
            None,
            "三年生が引退した後、部員が八人しか残らず、試合に出るのもぎりぎりでした。私は一年"
            "生の勧誘を担当し、体験会を三回開いて、新入部員を六人迎えました。",
            "communication.off_topic",
            False,
        ),
        (
            "reason_for_leaving",
            "退職理由を教えてください。",
            None,
            "課長は部下の報告を聞いても何も判断せず、最終的な責任はいつも現場の担当者が負わさ"
            "れていました。",
            "negative_reason.blame",
            True,
        ),
        (
            "reason_for_leaving",
            "退職理由を教えてください。",
            None,
            "どれだけ改善案を出しても、会社は一切取り合ってくれませんでした。",
            "negative_reason.blame",
            True,
        ),
        (
            "reason_for_leaving",
            "転職理由は何ですか。",
            None,
            "頑張った人ほど仕事が増えるだけで、何の見返りもない職場でした。",
            "negative_reason.blame",
            True,
        ),
        (
            "short_tenure",
            "短期間で辞めた理由を教えてください。",
            None,
            "職場の雰囲気にどうしてもなじめなくて……。それで三か月で辞めました。",
            "negative_reason.blame",
            False,
        ),
        (
            "short_tenure",
            "前職の在籍が短いのはなぜですか。",
            None,
            "もともと一年間の期間契約で、契約どおりに任期を終えて退職しました。",
            "short_tenure.unexplained",
            False,
        ),
        (
            "short_tenure",
            "なぜすぐに辞めたのですか。",
            None,
            "業界のことをよく調べずに入社し、想像以上に土日出勤が多いことに驚きました。自分の"
            "準備不足だったと思います。今回は求人票だけでなく、社員の方との面談で働き方を確認"
            "させていただきました。",
            "short_tenure.unexplained",
            False,
        ),
        (
            "reverse_questions",
            "何か質問はありますか。",
            "家計簿アプリ『カケイボン』を開発・運営。利用者数は300万人。",
            "カケイボンの改善点は、社内でどのように話し合って決めているのですか。",
            "reverse_question.researchable",
            False,
        ),
        (
            "reverse_questions",
            "何か質問はありますか。",
            "有料老人ホームを首都圏で運営。東京・神奈川・埼玉に合わせて35ホーム。",
            "ホームは東京以外にもありますか。全部でいくつあるのでしょうか。",
            "reverse_question.researchable",
            True,
        ),
        (
            "motivation",
            "志望動機を教えてください。",
            "地方のスーパー。産直野菜の「朝どれ市」を毎朝全店で開催。県内に28店舗。",
            "スーパーは人々の毎日の生活を支える大切な仕事だと思います。御社は地元でとても評判"
            "が良く、明るく丁寧な接客をされていると聞き、志望しました。",
            "motivation.generic",
            True,
        ),
        (
            "motivation",
            "志望動機を教えてください。",
            "自転車の製造販売。折りたたみ自転車「コトリ」が主力。全国でサイクリング教室を開催。",
            "高校時代から自転車で日本各地を旅してきました。自転車業界を代表する御社で、自転車"
            "の楽しさを一人でも多くの方に広めたいと考えています。",
            "motivation.generic",
            True,
        ),
        (
            "other",
            "学生時代に力を入れたことは何ですか。",
            None,
            "テニスサークルの代表として、サークルの運営に尽力しました。その経験から、統率力と"
            "コミュニケーション能力を身につけました。",
            "self_pr.abstract",
            True,
        ),
        (
            "self_pr",
            "自己PRをしてください。",
            None,
            "私は接客のアルバイトでリーダーを任され、後輩の育成に力を注ぎました。この経験を通"
            "じて責任感と指導力が身につきました。",
            "self_pr.abstract",
            True,
        ),
    ],
)
def test_a_second_set_of_each_class(
    kind: str, question: str, profile: str | None, answer: str, code: str, *, present: bool
) -> None:
    company = {"name": "株式会社テスト", "profile": profile} if profile else None
    codes = _codes(answer, question=question, kind=kind, company=company)
    assert (code in codes) is present


# ---------------------------------------------------------------- hard negatives of the new rules
@pytest.mark.parametrize(
    ("kind", "question", "profile", "answer", "absent"),
    [
        (
            "reason_for_leaving",
            "退職理由を教えてください。",
            None,
            "前職の上司は厳しい方でしたが、報告の仕方を一から教えていただき感謝しています。た"
            "だ、より専門的な経理の仕事に挑戦したいと考え、転職を決めました。",
            ["negative_reason.blame"],
        ),
        (
            "reason_for_leaving",
            "退職理由を教えてください。",
            None,
            "チームのメンバーは誰も残業を強いられることなく、働きやすい職場でした。一方で、自"
            "分の企画を形にできる機会を求めて転職を考えました。",
            ["negative_reason.blame"],
        ),
        (
            "reason_for_leaving",
            "転職理由を教えてください。",
            None,
            "前職では新人教育を任され、後輩が一人前になるまで伴走しました。人を育てる仕事にも"
            "っと本格的に関わりたいと思い、研修講師を目指しています。",
            ["negative_reason.blame"],
        ),
        (
            "reason_for_leaving",
            "転職理由を教えてください。",
            None,
            "先輩が異動してしまい、私が急きょ担当を引き継ぐことになりました。大変でしたが、そ"
            "の経験で顧客対応の幅が広がりました。今後はその力を法人営業で活かしたいと考えてい"
            "ます。",
            ["negative_reason.blame"],
        ),
        (
            "reason_for_leaving",
            "退職理由を教えてください。",
            None,
            "会社の業績は安定していましたが、私が目指すデータ分析の仕事は社内にはありませんで"
            "した。上司にも相談し、理解していただいたうえで退職を決めました。",
            ["negative_reason.blame"],
        ),
        (
            "short_tenure",
            "在籍が短い理由を教えてください。",
            None,
            "配属先の店長は休まず働く方で、私も多くを学びました。ただ、持病の腰痛が悪化し、立"
            "ち仕事を続けられなくなったため四か月で退職しました。現在は治療を終え、医師からも"
            "事務職なら問題ないと言われています。",
            ["negative_reason.blame"],
        ),
        (
            "other",
            "前職で学んだことは何ですか。",
            None,
            "お客様の話を最後まで聞くことの大切さです。上司は私の提案を頭ごなしに否定せず、い"
            "つも理由を聞いてくれました。",
            ["negative_reason.blame"],
        ),
        (
            "motivation",
            "志望動機を教えてください。",
            "地方のスーパー。産直野菜の「朝どれ市」を毎朝全店で開催。県内に28店舗。",
            "大学時代、農家の祖父の野菜が安く買いたたかれるのを見てきました。御社の朝どれ市は"
            "、生産者が値段を決めて直接並べられる仕組みだと知り、農家と消費者をつなぐ売り場づ"
            "くりに携わりたいと考えました。",
            ["motivation.generic"],
        ),
        (
            "motivation",
            "志望動機を教えてください。",
            "自転車の製造販売。折りたたみ自転車「コトリ」が主力。全国でサイクリング教室を開催。",
            "高校時代から自転車通学で、坂道の多い町に住んでいました。御社のコトリは電車に持ち"
            "込める軽さで、通勤と休日の両方に使える点に惹かれました。販売店での経験を活かし、"
            "コトリの良さを店頭で伝えたいです。",
            ["motivation.generic"],
        ),
        (
            "other",
            "学生時代に力を入れたことは何ですか。",
            None,
            "フットサルサークルの会計として、未納の部費が20万円あることが問題でした。私は支"
            "払いの期限と方法を一覧にして全員に送り、個別に声をかけました。半年で未納はゼロに"
            "なりました。",
            ["self_pr.abstract", "self_pr.no_result", "communication.off_topic"],
        ),
        (
            "other",
            "学生時代に力を入れたことは何ですか。",
            None,
            "ゼミの研究です。地元商店街の空き店舗について、50店舗に聞き取り調査を行い、報告"
            "書を市役所に提出しました。",
            ["self_pr.abstract", "self_pr.no_result", "communication.off_topic"],
        ),
        (
            "self_pr",
            "自己PRをお願いします。",
            None,
            "私の強みは粘り強さです。営業で、断られ続けた取引先に半年間通い続け、相手の課題を"
            "まとめた提案書を三回作り直しました。最終的に年間300万円の契約をいただきました"
            "。",
            ["self_pr.abstract", "self_pr.no_result", "communication.off_topic"],
        ),
        (
            "other",
            "困難を乗り越えた経験を教えてください。",
            None,
            "大学二年の冬に父が入院し、学費を自分で払う必要が出てきました。アルバイトを二つ掛"
            "け持ちしながら、授業は一つも落とさずに卒業しました。",
            ["communication.off_topic"],
        ),
        (
            "other",
            "仕事で一番大変だったことは何ですか。",
            None,
            "繁忙期に同僚が二人同時に休職し、三人分の仕事を回すことになった時期です。業務を優"
            "先度で分け、締め切りの近いものから片付け、乗り切りました。",
            ["communication.off_topic"],
        ),
        (
            "reverse_questions",
            "何か質問はありますか。",
            "有料老人ホームを首都圏で運営。東京・神奈川・埼玉に合わせて35ホーム。",
            "一つのホームには、介護職員が何人くらい配置されていますか。",
            ["reverse_question.researchable"],
        ),
        (
            "reverse_questions",
            "何か質問はありますか。",
            "有料老人ホームを首都圏で運営。東京・神奈川・埼玉に合わせて35ホーム。",
            "今後、ホームを増やしていく地域はどのあたりをお考えですか。",
            ["reverse_question.researchable"],
        ),
    ],
)
def test_hard_negatives_stay_clean(
    kind: str, question: str, profile: str | None, answer: str, absent: list[str]
) -> None:
    """A boss who never shouts, a colleague who left, a misfortune overcome, a contract won, a
    count of one site's staff: what the new rules must leave alone."""
    company = {"name": "株式会社テスト", "profile": profile} if profile else None
    codes = _codes(answer, question=question, kind=kind, company=company)
    assert not codes & set(absent)


@pytest.mark.parametrize(
    ("question", "answer", "off"),
    [
        # what was learned, denied outright: sidesteps the question
        ("前職で学んだことは何ですか。", "特に何も学べませんでした。", True),
        ("アルバイトで得たものは何ですか。", "正直、ほとんどありません。", True),
        # a lesson told, even one that opens on 何も
        (
            "前職で得たものは何ですか。",
            "何も知らなかった私に、先輩が一から教えてくださり、報告の大切さを学びました。",
            False,
        ),
        # a lesson from a failure, with the failure told as an experience had
        (
            "失敗から学んだことは何ですか。",
            "確認の大切さです。発注の数を一桁間違えたことがあり、それ以来、数字は必ず二人で"
            "読み合わせています。",
            False,
        ),
    ],
)
def test_what_was_learned_denied_is_off_topic(question: str, answer: str, *, off: bool) -> None:
    codes = _codes(answer, question=question)
    assert (OFF in codes) is off
    assert "communication.too_short" not in codes  # (a short lesson is no fault)


@pytest.mark.parametrize(
    ("answer", "off"),
    [
        # the usual career-site reason: the current job told, a wish, then this company
        (
            "前職では経理として月次決算を担当していましたが、業務の多くが定型的な入力作業でした。"
            "数字をもとに経営の意思決定を支える仕事に携わりたいと考え、管理会計に力を入れている"
            "御社を志望しております。",
            False,
        ),
        (
            "販売の仕事は好きでしたが、店舗の数字を見るうちに、売り場の外から店舗全体を支える仕事"
            "に興味を持つようになりました。スーパーバイザーとして複数店舗を支援できる御社の環境に"
            "魅力を感じています。",
            False,
        ),
        (
            "現在の会社は地域に根差した良い会社ですが、海外との取引がほとんどありません。大学で"
            "学んだ英語を活かし、海外のお客様とも関われる仕事がしたいと考え、海外売上比率の高い"
            "御社を志望しました。",
            False,
        ),
        # a motivation or a strength instead: nothing of the job left
        ("御社の製品に惹かれました。前職の経験を活かしたいです。", True),
        ("前職では営業をしていました。御社の製品に魅力を感じ、志望しました。", True),
        (
            "私の強みは粘り強さです。どんな仕事でも最後までやり抜くことができます。"
            "御社でもこの強みを活かしたいです。",
            True,
        ),
    ],
)
def test_the_former_job_told_with_a_wish_is_a_reason(answer: str, *, off: bool) -> None:
    assert (OFF in _codes(answer, question="転職理由を教えてください。")) is off


@pytest.mark.parametrize(
    ("answer", "blame"),
    [
        # a peer who does not work; breaks that cannot be taken
        (
            "いや、同期が全然働かないんですよ。で、結局そのしわ寄せが全部こっちに来るっていう。",
            True,
        ),
        ("休憩時間もろくに取れないまま、毎日12時間近く働いていました。", True),
        ("何度頼んでも、上司は一度も褒めてくれず、評価もされませんでした。", True),
        # a favour done by someone of the workplace
        ("面倒見がいいとよく言われるので、後輩からは慕われるほうだと思います。", False),
        ("上司からも頼られ、やりがいのある毎日でしたが、専門性を高めたいと考えました。", False),
    ],
)
def test_peers_breaks_and_favours(answer: str, *, blame: bool) -> None:
    assert (BLAME in _codes(answer, kind="reason_for_leaving")) is blame


@pytest.mark.parametrize(
    ("question", "answer", "off"),
    [
        # whether one has an experience: interest and plans are no answer
        (
            "後輩指導の経験はありますか。",
            "後輩の指導にはすごく興味があって、入社したらぜひやってみたいです。教えるのは得意だと"
            "思います。",
            True,
        ),
        (
            "マネジメントのご経験はおありですか。",
            "マネジメントについては、研修で学んだ知識があります。機会があればぜひ挑戦したいと"
            "考えています。",
            True,
        ),
        # yes or no first answers it; the work done, carried by 担当しました, is the experience
        (
            "後輩指導の経験はありますか。",
            "はい、前職で新人二名の教育係を半年間担当しました。",
            False,
        ),
        (
            "営業のご経験はありますか。",
            "いいえ、営業の経験はありません。ただ、販売職としてお客様に商品を提案してきました。",
            False,
        ),
        (
            "マネジメントのご経験はありますか。",
            "前職では3名のチームのリーダーとして、メンバーの業務の割り振りと進捗の管理を担当"
            "しました。",
            False,
        ),
    ],
)
def test_whether_one_has_an_experience(question: str, answer: str, *, off: bool) -> None:
    assert (OFF in _codes(answer, question=question)) is off
