"""motivation.generic: a motivation that could be told to any company (the field, a pleasant
workplace, growth, fame, benefits, a slogan or philosophy repeated) against one that names what
the company's profile says it does, in the candidate's own words. Sentences written for these
tests, not the evaluation cases."""

from __future__ import annotations

import pytest
from support import answer_codes

from furikaeri.analyzer import analyze
from furikaeri.analyzer.content.knowledge import company_specifics
from furikaeri.analyzer.content.motivation import motivation
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.types import Company

OFF = "communication.off_topic"
BLAME = "negative_reason.blame"
ABSTRACT = "self_pr.abstract"
CASUAL = "manners.casual_language"
GENERIC = "motivation.generic"
UNEXPLAINED = "short_tenure.unexplained"
RESEARCH = "reverse_question.researchable"
COND = "reverse_question.conditions"


MOTIVE = "当社を志望する理由を教えてください。"

INN = {
    "name": "株式会社ふるさと舎",
    "profile": "地方の空き家を改修し、一棟貸しの宿泊施設として再生・運営する。"
    "理念は「まちに灯りをともす」。",
}


@pytest.mark.parametrize(
    ("answer", "off"),
    [
        (
            "前職では営業として新規開拓に取り組みましたが、希望の企画職への異動は叶いません"
            "でした。そこで新しい環境で一から挑戦したいと考え、転職活動を始めました。",
            True,
        ),
        (
            "今の職場では希望の仕事ができず、転職活動を開始しました。",
            True,
        ),
        # the same opening, then this company: a motivation
        (
            "前職では希望の企画職への異動が叶わず、転職活動を始めました。空き家を宿として再生"
            "されている御社で、地域に人を呼ぶ企画に携わりたいと考え志望しました。",
            False,
        ),
    ],
)
def test_job_search_begun_for_a_motivation(answer: str, off: bool) -> None:
    assert (OFF in answer_codes(answer, question=MOTIVE, kind="motivation", company=INN)) is off


KETTLE = {
    "name": "株式会社ひなた家電",
    "profile": "小型家電メーカー。主力製品は電気ケトル『すこやかポット』。理念は「暮らしに安心を届ける」。",
}


@pytest.mark.parametrize(
    ("answer", "generic"),
    [
        (
            "前職では電子部品メーカーで8年間品質保証を担当してきました。御社の『すこやかポット』が"
            "「暮らしに安心を届ける」という理念のもと作られていることに感銘を受け、品質保証の経験を"
            "活かしたいと考えています。",
            False,
        ),
        (
            "前職では電子部品メーカーで8年間品質保証を担当してきました。家電業界で経験を活かし、"
            "成長している御社でさらに成長したいと考えています。",
            True,
        ),
    ],
)
def test_product_before_philosophy_is_no_slogan(answer: str, generic: bool) -> None:
    assert (
        GENERIC in answer_codes(answer, question=MOTIVE, kind="motivation", company=KETTLE)
    ) is generic


TRUCKS = {
    "name": "株式会社みちのく運送",
    "profile": (
        "東北の食品メーカー向けに定温輸送を行う運送会社。共同配送サービス『つなぎ便』を運営し、"
        "2024年に自社の運行管理アプリを導入した。"
    ),
}


@pytest.mark.parametrize(
    ("answer", "flagged"),
    [
        (
            "人々の暮らしを支える仕事がしたいと考えています。物流は社会に欠かせない役割を担って"
            "おり、確かな実績をお持ちで、チームワークを大切にする社風の御社を志望しました。",
            True,
        ),
        (
            "前職で食品工場の出荷を担当し、定温輸送の手配に苦労しました。御社の『つなぎ便』は中小"
            "メーカーの荷物をまとめて運べる点に惹かれ、運行管理アプリの現場定着に携わりたいです。",
            False,
        ),
    ],
)
def test_generic_motivation(answer: str, flagged: bool) -> None:
    assert (
        GENERIC
        in answer_codes(answer, question="当社を志望する理由を教えてください。", company=TRUCKS)
    ) is flagged


def test_praise_the_profile_shares_is_still_generic() -> None:
    """The profile's own words of praise (暮らし, チームワーク, 社風) said back show nothing of the
    business: the bridges, the drones and the surveys are what this company does."""
    company = {
        "name": "株式会社みなも建設",
        "profile": (
            "橋やトンネルの維持補修で地域の暮らしを支える建設会社。ドローン点検と3次元測量を"
            "導入し、県内の橋梁点検で実績を重ねる。チームワークを重んじる社風。"
        ),
    }
    answer = (
        "人々の暮らしを支える仕事がしたいと考えています。建設業界は社会に欠かせない役割を担って"
        "おり、確かな実績を持ち、チームワークを大切にする社風の御社で働きたいと思いました。"
    )
    assert GENERIC in answer_codes(answer, question="志望動機をお聞かせください。", company=company)


NURSE = Company(
    name="株式会社あおば訪問看護",
    profile="横浜市で訪問看護ステーションを5拠点運営。理念は「住み慣れた家で最期まで」。"
    "24時間対応の緩和ケアと小児訪問看護に力を入れ、2025年にリハビリ専門チームを新設。",
)

CARE = Company(
    name="社会福祉法人ひだまり会",
    profile="特別養護老人ホーム3施設とデイサービスを運営。ユニットケアを導入し、理念は"
    "「その人らしい暮らしを支える」。介護ロボットの導入と外国人職員の育成に取り組む。",
)

MAKER = Company(
    name="東和精機株式会社",
    profile="自動車向け精密ばねのメーカー。本社工場（愛知県）に加え、2026年に岐阜新工場が稼働"
    "予定。EV向け部品の比率を高めている。",
)

MQ = "当院・当社を志望した理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "company", "generic"),
    [
        # the field (訪問看護, 介護, close to patients) plus a pleasant workplace
        (
            "訪問看護に携わりたいと考えています。利用者様のご自宅で、一人ひとりに寄り添った看護がしたいです。説明会で職員の方が働きやすい環境だと伺い、志望しました。",
            NURSE,
            True,
        ),
        (
            "急性期病院で7年勤務しましたが、退院後の患者さんの生活に寄り添いたいと思い、訪問看護を志しました。こちらは働きやすい職場だと伺い、志望しました。",
            NURSE,
            True,
        ),
        (
            "病棟勤務の中で、もっと患者さんの近くで関わりたいと思うようになりました。見学の際に雰囲気が良く、風通しが良さそうだと感じました。",
            NURSE,
            True,
        ),
        (
            "高齢者の生活を支える介護の仕事にやりがいを感じています。貴法人は職員同士の仲が良く、働きやすそうだと感じましたので志望いたしました。",
            CARE,
            True,
        ),
        # this company's own business or 理念, with the workplace as an aside
        (
            "小児訪問看護に力を入れ、「住み慣れた家で最期まで」という理念を掲げている点に共感しました。前職のNICUで退院後のご家族の不安を見てきた経験を生かしたいです。職員の方も働きやすい環境だと伺っています。",
            NURSE,
            False,
        ),
        (
            "ユニットケアで入居者一人ひとりの暮らしを大切にされている点に惹かれました。前職の大規模施設では流れ作業になりがちだったため、貴法人の「その人らしい暮らしを支える」という理念のもとで働きたいです。",
            CARE,
            False,
        ),
        (
            "EV向け部品の比率を高めている御社で、精密ばねの品質管理に携わりたいと考えています。前職で自動車部品の検査を5年担当した経験を生かせると考えました。",
            MAKER,
            False,
        ),
    ],
)
def test_field_and_pleasant_workplace_is_generic(
    answer: str, company: Company, generic: bool
) -> None:
    assert (
        GENERIC in answer_codes(answer, question=MQ, kind="motivation", company=company)
    ) is generic


JUDGED = {OFF, GENERIC, ABSTRACT, BLAME, CASUAL, UNEXPLAINED, RESEARCH}

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
        answer_codes(
            answer, question="志望動機を教えてください。", kind="motivation", company=company
        )
        & JUDGED
    ) == expected


BAKERY = {
    "name": "株式会社こむぎ堂",
    "profile": "冷凍パンの宅配サービス「こむぎ便」を運営。焼き上げ直後に急速冷凍し、"
    "共働き世帯や夜勤者向けに朝食セットを届ける。理念は「朝に、焼きたてを」。",
}

RENTAL = {
    "name": "株式会社かるがも",
    "profile": "転勤者・単身赴任者向けの家具家電レンタル「かるがもパック」を運営。"
    "夜間・休日対応の搬入で、引っ越し当日から暮らせる部屋を用意する。",
}

CLINIC = {
    "name": "医療法人ひかり会",
    "profile": "在宅医療クリニックを運営。オンライン診療と訪問診療を組み合わせ、"
    "通院が難しい高齢者を支える。",
}


@pytest.mark.parametrize(
    ("answer", "company", "generic"),
    [
        # a third party's conditions: the setting of one's story, no condition wanted
        (
            "母が看護師で夜勤の多い家庭に育ち、朝食はいつも菓子パンでした。"
            "御社の「こむぎ便」が焼き上げ直後に急速冷凍したパンを届けていると知り、"
            "学生時代にパン屋で3年働いた経験を、配送の品質管理で生かしたいと考えました。",
            BAKERY,
            False,
        ),
        (
            "父の単身赴任と転勤が続き、祖母の通院に付き添うのは私の役目でした。"
            "御社のオンライン診療と訪問診療を組み合わせる仕組みなら、通院の難しい高齢者も"
            "家で診てもらえます。医療事務の経験を、予約の調整に生かしたいと思います。",
            CLINIC,
            False,
        ),
        (
            "友人が残業続きで体を壊したのを見て、働く人の朝を支えたいと思うようになりました。"
            "「朝に、焼きたてを」という理念のもと、夜勤者向けの朝食セットを届ける御社で、"
            "物流の経験を生かしたいです。",
            BAKERY,
            False,
        ),
        # the profile's conditions are its customers' (転勤者向け, 休日対応): its business
        (
            "父の転勤で引っ越すたびに、家具をそろえるまで段ボールの上で食事をしていました。"
            "御社の「かるがもパック」が引っ越し当日から家具家電のそろった部屋を用意すると知り、"
            "倉庫管理の経験を搬入の段取りに生かしたいと考えています。",
            RENTAL,
            False,
        ),
        # the candidate's own wish for conditions: generic, though a parent is named
        (
            "父も転勤が多く大変そうだったので、転勤がなく年間休日の多い御社で長く働きたいと"
            "思いました。",
            BAKERY,
            True,
        ),
        (
            "家族との時間を大切にしたいので、残業が少なく土日が休みの職場を希望しています。",
            BAKERY,
            True,
        ),
    ],
)
def test_conditions_of_others(answer: str, company: dict, generic: bool) -> None:
    assert (
        GENERIC
        in answer_codes(
            answer, question="志望動機を教えてください。", kind="motivation", company=company
        )
    ) is (generic)


@pytest.mark.parametrize(
    ("answer", "company", "generic"),
    [
        # the product named only as what the company is known for
        (
            "食品業界はこれからも需要が見込まれます。貴社は「こむぎ便」でも知られており、"
            "勢いのある会社だと感じました。これまでの経験を生かし、風通しの良い環境で"
            "成長したいと考えています。",
            BAKERY,
            True,
        ),
        (
            "医療業界は成長していく分野です。御社は地元でも評判が高く、若手にも裁量がある"
            "環境だと伺いました。これまでの経験を生かして挑戦したいです。",
            CLINIC,
            True,
        ),
        # the product known and what it does told: knowledge
        (
            "「こむぎ便」は有名ですが、私が惹かれたのは、焼き上げ直後に急速冷凍して"
            "夜勤者向けに朝食セットを届けている点です。パン屋での3年の経験を生かしたいです。",
            BAKERY,
            False,
        ),
    ],
)
def test_fame_is_no_knowledge(answer: str, company: dict, generic: bool) -> None:
    assert (
        GENERIC
        in answer_codes(
            answer, question="志望理由をお聞かせください。", kind="motivation", company=company
        )
    ) is (generic)


SUPER = {
    "name": "株式会社あおば",
    "profile": "関西で食品スーパーを40店舗展開。産地直送の青果と店内調理の惣菜が強み。",
}

SOFT = {
    "name": "株式会社ミライシステム",
    "profile": "自治体向けの基幹システムの開発と保守を行う。住民サービスのオンライン化を支援。",
}


@pytest.mark.parametrize(
    ("answer", "company", "generic"),
    [
        # the career alone, in the profile's words: the candidate's own trade
        (
            "食品スーパーで8年間、青果の仕入れを担当してきました。"
            "現在はチーフとして10名のパートスタッフの勤務表も作成しております。",
            SUPER,
            True,
        ),
        (
            "新卒でSIerに入り、自治体向けの基幹システムの保守を5年間担当しました。"
            "その後はリーダーとして改修案件を3件まとめました。",
            SOFT,
            True,
        ),
        # the career, then the company named with its business
        (
            "食品スーパーで8年間、青果の仕入れを担当してきました。"
            "御社が産地直送の青果に力を入れている点に惹かれ、仕入れの経験を生かせると考え志望しました。",
            SUPER,
            False,
        ),
        (
            "自治体向けの基幹システムの保守を5年間担当してきました。"
            "貴社が住民サービスのオンライン化を支援されていると知り、窓口の負担を減らす仕事に関わりたいと思いました。",
            SOFT,
            False,
        ),
    ],
)
def test_career_only_motivation(answer: str, company: dict, generic: bool) -> None:
    codes = answer_codes(
        answer, question="当社を志望した理由を教えてください。", kind="motivation", company=company
    )
    assert (GENERIC in codes) is generic
    if generic:
        assert OFF in codes


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
    codes = answer_codes(answer, question=question, kind="motivation", company=company)
    assert ("motivation.generic" in codes) is generic


DENTAL = {
    "name": "医療法人はなみずき会",
    "profile": "市内で歯科医院を3院運営。訪問歯科診療に力を入れ、高齢者施設への口腔ケア指導を行う。"
    "予約アプリ『ハミガキノート』で通院の記録を共有できる。",
}

ADVISORY = {
    "name": "みなと経営パートナーズ株式会社",
    "profile": "中小企業の経営支援を行うコンサルティング会社。後継者不在に悩む町工場向けの"
    "事業承継コンサルティングと、M&Aの仲介に力を入れている。",
}


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("転職を考えた理由を教えてください。", "reason_for_leaving"),
        ("自己PRをお願いします。", "self_pr"),
        ("あなたの長所を教えてください。", None),
    ],
)
@pytest.mark.parametrize(
    ("company", "answer"),
    [
        (
            ADVISORY,
            "御社を志望したのは、事業承継のご相談に力を入れておられるからです。跡継ぎのいない町工場を"
            "支えたいと考えています。",
        ),
        (
            DENTAL,
            "御社の『ハミガキノート』に魅力を感じています。訪問歯科で口腔ケアの指導に携わりたいです。",
        ),
    ],
)
def test_a_motivation_naming_the_companys_business_is_not_generic_whatever_was_asked(
    question: str, kind: str | None, company: dict[str, str], answer: str
) -> None:
    codes = answer_codes(answer, question=question, kind=kind, company=company)
    assert OFF in codes
    assert GENERIC not in codes


def test_a_motivation_naming_nothing_of_the_company_is_still_generic_for_another_question() -> None:
    answer = "成長できる環境で働きたいと考え、安定した経営基盤のある御社を志望しました。"
    codes = answer_codes(answer, question="転職を考えた理由を教えてください。", company=ADVISORY)
    assert {OFF, GENERIC} <= codes


def test_a_part_of_a_profile_compound_names_the_same_business() -> None:
    company = Company(name=ADVISORY["name"], profile=ADVISORY["profile"])
    score, spans = company_specifics(Doc("事業承継のご相談に携わりたいです。"), company)
    assert score >= 2
    assert any(s.text == "事業承継" for s in spans)
    # an industry word alone inside the compound is no knowledge of this company
    assert company_specifics(Doc("コンサルティングの仕事がしたいです。"), company)[0] < 2


@pytest.mark.parametrize(
    ("question", "kind"),
    [("志望動機を教えてください。", "motivation"), ("転職を考えた理由を教えてください。", None)],
)
def test_conditions_of_the_former_job_are_no_praise_of_this_company(
    question: str, kind: str | None
) -> None:
    answer = (
        "今の職場は夜勤も休日出勤も多いです。御社が町工場向けに事業承継の相談に力を入れていると"
        "知り、跡継ぎのいない工場を支えたいと考えました。"
    )
    assert GENERIC not in answer_codes(answer, question=question, kind=kind, company=ADVISORY)


def test_conditions_this_company_offers_are_still_generic() -> None:
    answer = (
        "御社は年間休日が多く、住宅手当もあると伺いました。安心して長く働けると考え志望しました。"
    )
    assert GENERIC in answer_codes(answer, question="志望動機を教えてください。", company=ADVISORY)


CARE_HOME = Company(
    name="社会福祉法人ひかり苑",
    profile=(
        "グループホーム2か所と小規模多機能型居宅介護を運営。2024年に記録をタブレットへ"
        "切り替え、夜勤の申し送り方法を改めた。理念は「笑顔の時間を増やす」。"
    ),
)


def test_profile_sentence_with_a_night_shift_setting_is_knowledge() -> None:
    answer = (
        "父の入院で記録の引き継ぎの大切さを知りました。御社が記録をタブレットに切り替え、"
        "夜勤の申し送り方法を改めたと知り、その仕組みを支える一員になりたいと考えました。"
    )
    assert GENERIC not in answer_codes(answer, kind="motivation", company=CARE_HOME)


@pytest.mark.parametrize(
    "answer",
    [
        "介護業界は社会に欠かせない仕事です。御社は経営が安定しており、研修制度も充実して"
        "いるので、長く働けると考えました。",
        "福祉の分野にやりがいを感じています。安定した法人で、資格取得の支援を受けながら成長"
        "したいと思い志望しました。",
    ],
)
def test_industry_stability_and_training_are_generic(answer: str) -> None:
    assert GENERIC in answer_codes(answer, kind="motivation", company=CARE_HOME)


def test_motivation_of_conditions_only_is_generic() -> None:
    doc = Doc("年間休日が多く、住宅手当もあり、安定しているので志望しました。")
    assert [f.code for f in motivation(doc, None)[0]] == ["motivation.generic"]


BAKERY_SHOPS = {
    "name": "株式会社こむぎ舎",
    "profile": "首都圏でベーカリー28店を運営。国産小麦100%の食パン「ひだまり食パン」が看板商品。"
    "理念は「毎朝の食卓に焼きたてを」。",
}


def test_a_question_naming_the_company_asks_the_motivation() -> None:
    answer = (
        "パン業界はこれからも需要が続く分野だと思います。御社は勢いがあり、社名も親しみやすく、"
        "若いうちから挑戦できる環境だと感じました。"
    )
    assert GENERIC in answer_codes(
        answer, question="数あるパン屋さんの中で、なぜこむぎ舎なのですか。", company=BAKERY_SHOPS
    )
    specific = (
        "実家の近くの店で「ひだまり食パン」を知り、国産小麦だけで毎朝焼きたてを届ける考えに"
        "共感しました。毎朝の食卓に焼きたてをという理念のもとで、店舗の製造に携わりたいです。"
    )
    assert GENERIC not in answer_codes(
        specific, question="なぜこむぎ舎なのですか。", company=BAKERY_SHOPS
    )


PRINTER = {
    "name": "株式会社まちかど印刷",
    "profile": "商店街の店舗向けにチラシとのぼり旗を小ロットで印刷。理念は「まちの賑わいを刷る」。"
    "QRコード付きの来店クーポン印刷が主力。",
}


@pytest.mark.parametrize(
    ("answer", "generic"),
    [
        # the 理念's word said of the field, in the clause before the turn to the company
        (
            "まちの賑わいをつくるのは地域にとって欠かせない仕事であり、その中でも貴社は"
            "安定した実績があると伺いました。これまでの営業経験を活かしたいと考えております。",
            True,
        ),
        (
            "印刷は人々の暮らしを彩る産業で、貴社はその中でも歴史があると伺い、志望しました。",
            True,
        ),
        # …not the company's own business named
        (
            "貴社の来店クーポン付きのチラシは、配った枚数ではなく来店数で効果が見える点に"
            "惹かれました。前職の販促企画の経験を活かしたいです。",
            False,
        ),
    ],
)
def test_field_words_before_the_turn_to_the_company(answer: str, generic: bool) -> None:
    codes = answer_codes(
        answer, question="志望動機を教えてください。", kind="motivation", company=PRINTER
    )
    assert (GENERIC in codes) is generic


GEARS = {
    "name": "東雲ギア株式会社",
    "profile": "農業機械向けの歯車を製造。独自の熱処理技術で歯車の寿命を延ばし、国内の農機メーカーに"
    "供給。",
}


def test_supplying_is_no_benefit() -> None:
    """供給 shares a Sudachi synonym group with the seed 支給 (=支給: the seed only): a profile
    sentence about what the company supplies is its business, not a working condition."""
    answer = (
        "貴社が独自の熱処理技術で歯車の寿命を延ばしている点に惹かれました。前職の部品加工で"
        "身につけた精度管理の経験を、熱処理工程の品質向上に活かしたいと考えています。"
    )
    assert GENERIC not in answer_codes(
        answer, question="志望動機を教えてください。", kind="motivation", company=GEARS
    )
    # …while 支給 itself is still asked as a condition
    asked = answer_codes(
        "制服や作業靴は支給されますか。",
        question="最後に何か質問はありますか。",
        kind="reverse_questions",
    )
    assert COND in asked


_GUARANTOR = {
    "name": "株式会社すまいガード",
    "profile": "賃貸住宅の家賃保証を手がける。単身高齢者向けに家賃保証と安否確認を組み合わせた"
    "『あんしん入居パック』を提供。",
}


def test_a_condition_modifying_the_companys_product_is_no_benefit() -> None:
    answer = (
        "管理会社で入居審査を担当し、身寄りのない高齢の方が断られる場面を見てきました。"
        "貴社が家賃保証と安否確認を組み合わせて単身高齢者の入居を支えている点に惹かれました。"
    )
    found = analyze(
        answer, question="志望動機を教えてください。", kind="motivation", company=_GUARANTOR
    )
    assert "motivation.generic" not in {f.code for f in found.findings}


def test_a_benefit_stays_generic_for_that_company() -> None:
    answer = "家賃補助や福利厚生が充実していて、安定して長く働けると思い志望しました。"
    found = analyze(
        answer, question="志望動機を教えてください。", kind="motivation", company=_GUARANTOR
    )
    assert "motivation.generic" in {f.code for f in found.findings}


def test_the_interviewers_word_for_the_company_asks_a_motivation() -> None:
    found = answer_codes(
        "自分は中学からずっと剣道をやってて、主将で県大会にも出ました。どこに行っても頑張れます。",
        question="うちの会社を選んだ理由は？",
    )
    assert OFF in found


_CLINIC = {
    "name": "医療法人ひだまり会",
    "profile": "内科と訪問診療のクリニックを市内に3院運営。理念は「患者さんに一番近い医療」。"
    "在宅医療専門の訪問看護ステーションを2024年に開設し、看護師を増員中。",
}


@pytest.mark.parametrize(
    ("answer", "generic"),
    [
        (
            "貴院の「患者さんに一番近い医療」という理念に深く共感しました。成長を続ける法人で、"
            "私も看護師として成長したいと考えております。",
            True,
        ),
        (
            "患者さん第一の方針に惹かれました。働きやすい環境で長く勤めたいと考え応募しました。",
            True,
        ),
        (
            "祖父が自宅で最期を迎えた際、訪問看護の方に家族ごと支えていただきました。貴院が在宅"
            "医療専門の訪問看護ステーションを開設されたと知り、病棟で五年培った急変対応の経験を"
            "在宅の現場で活かしたいと考えました。",
            False,
        ),
        (
            "「患者さんに一番近い医療」という理念に共感しています。特に訪問診療で通院が難しい方の"
            "ご自宅に伺う取り組みに、外来だけでは届かない看護があると感じ志望しました。",
            False,
        ),
    ],
)
def test_a_slogan_and_sympathy_alone_are_generic(answer: str, *, generic: bool) -> None:
    codes = answer_codes(answer, kind="motivation", company=_CLINIC)
    assert ("motivation.generic" in codes) is generic


@pytest.mark.parametrize(
    ("answer", "generic"),
    [
        ("医療の仕事が好きなので、好きなことを仕事にしたいと考え応募しました。", True),
        # liking grounded in what the candidate did, tied to the company's own service
        (
            "看護学生の頃から訪問看護が好きで、実習でも在宅の患者さんを担当しました。貴院の"
            "訪問看護ステーションで、その経験を活かしたいと考えています。",
            False,
        ),
    ],
)
def test_liking_the_field_is_generic(answer: str, *, generic: bool) -> None:
    codes = answer_codes(answer, kind="motivation", company=_CLINIC)
    assert ("motivation.generic" in codes) is generic


def test_the_profiles_slogan_repeated_is_generic() -> None:
    company = {
        "name": "株式会社やまびこ食堂",
        "profile": "理念は「地元の味を毎日に」。県内の農家から仕入れた野菜の定食を20店舗で提供。",
    }
    answer = (
        "人の役に立つ仕事がしたいと考えています。地元の味を毎日にという考えを大切にされて"
        "いる御社で、自分の強みを活かしたいです。"
    )
    assert "motivation.generic" in answer_codes(answer, kind="motivation", company=company)
