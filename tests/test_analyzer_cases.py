"""Parametrised tables of Japanese answers: each row is (kind or question, answer, expected codes).

Written for this project (not the eval dev cases): other companies, other phrasings, negations,
near misses that must NOT fire. Only the nine judged codes are compared.
"""

from __future__ import annotations

import pytest

from furikaeri.analyzer import CORE_CODES, analyze

JUDGED = set(CORE_CODES)

SORA = {
    "name": "株式会社ソラマチ電機",
    "profile": "家庭用蓄電池『ソラタメ』を開発・販売。「電気を、自分でつくって使う暮らしへ」を理念に掲げ、"
    "太陽光発電と組み合わせた住宅向けエネルギー管理サービスを展開。2025年から離島向けの実証事業を開始。",
}
KOMA = {
    "name": "こまち保育サービス株式会社",
    "profile": "首都圏で認可保育園『こまちの森』を42園運営。「子どもの『やってみたい』を止めない」が理念。"
    "保育士の働き方改革として、ICTによる連絡帳のデジタル化と持ち帰り仕事ゼロを進めている。",
}

MOTIVATION = [
    (
        "motivation",
        "エネルギー業界は今後も伸びていく分野であり、将来性に魅力を感じました。大手で安定している御社で長く働きたいと考えています。",
        SORA,
        {"motivation.generic"},
    ),
    (
        "motivation",
        "前職の住宅営業で、停電時の備えを相談されることが多くありました。御社の『ソラタメ』が太陽光と組み合わせて電気を自分でつくって使う暮らしを提案している点に共感し、住宅営業の経験を活かして提案に携わりたいと考えています。",
        SORA,
        set(),
    ),
    (
        "motivation",
        "御社の理念に共感し、自分も成長できる環境だと感じたため志望しました。",
        SORA,
        {"motivation.generic"},
    ),
    (
        "motivation",
        "株式会社ソラマチ電機で働きたいと強く思い、応募しました。御社なら自分の力を発揮できると考えています。",
        SORA,
        {"motivation.generic"},
    ),
    (
        "motivation",
        "保育業界で子どもの成長に関わりたいと考えています。研修制度が充実している御社なら安心して働けると思いました。",
        KOMA,
        {"motivation.generic"},
    ),
    (
        "motivation",
        "前の園では連絡帳の手書きと持ち帰り仕事で、子どもと向き合う時間が削られていました。御社が連絡帳のデジタル化と持ち帰り仕事ゼロに取り組んでいると知り、子どもの「やってみたい」を止めない保育に集中できると考え志望しました。",
        KOMA,
        set(),
    ),
    (
        "当社を選んだ理由を教えてください。",
        "社会貢献性の高い仕事がしたいと思い、人の役に立てる御社を選びました。",
        KOMA,
        {"motivation.generic"},
    ),
    (
        "motivation",
        "離島に住む祖父が台風のたびに停電で困っていました。御社が離島向けの実証事業を始めたと知り、蓄電池の普及を通じて同じ悩みを持つ人を減らしたいと思い志望しました。",
        SORA,
        set(),
    ),
]

SELF_PR = [
    (
        "self_pr",
        "私の強みは協調性です。チームの中で周りの意見をよく聞き、円滑に仕事を進めることを大切にしてきました。",
        {"self_pr.abstract"},
    ),
    (
        "self_pr",
        "私は何事にも前向きに取り組むことができます。どんなに忙しくても笑顔を忘れず、明るく仕事をしてきました。",
        {"self_pr.abstract"},
    ),
    (
        "あなたの長所は何ですか。",
        "私の長所は行動力です。思い立ったらすぐに動くタイプで、周りからもフットワークが軽いとよく言われます。",
        {"self_pr.abstract"},
    ),
    (
        "self_pr",
        "私の強みは粘り強さです。前職の法人営業では、一度断られた取引先に半年間、月2回の情報提供を続けました。その結果、年間300万円の契約をいただくことができました。",
        set(),
    ),
    (
        "self_pr",
        "飲食店のアルバイトで、ピーク時の注文ミスが多いことが課題でした。私はメニューごとに色分けした伝票を作り、スタッフ全員に使い方を共有しました。その結果、ミスがほとんどなくなり、店長から他店舗にも展開したいと言っていただきました。",
        set(),
    ),
    (
        "self_pr",
        "事務職として、請求書の発行作業に毎月三日かかっていました。私は表計算ソフトのマクロを独学で作成し、作業を半日に短縮しました。",
        set(),
    ),
    (
        "self_pr",
        "リーダーシップには自信があります。学生時代からまとめ役を任されることが多く、責任を持ってやり遂げてきました。",
        {"self_pr.abstract"},
    ),
]

REASON = [
    (
        "reason_for_leaving",
        "給料が安いわりに仕事量が多く、正直やっていられないと思いました。",
        {"negative_reason.blame"},
    ),
    (
        "reason_for_leaving",
        "パワハラ気味の上司の下で働くのがつらくなったからです。",
        {"negative_reason.blame"},
    ),
    (
        "reason_for_leaving",
        "休日出勤が当たり前の職場で、休みがほとんど取れませんでした。",
        {"negative_reason.blame"},
    ),
    (
        "reason_for_leaving",
        "これまで店舗運営で培った経験を、今後は本部の立場から多くの店舗づくりに活かしたいと考えたためです。",
        set(),
    ),
    (
        "reason_for_leaving",
        "前職の職場環境や待遇に不満はございません。ただ、より専門性を高めたいと考え、経理の専門職として経験を積める環境を求めて転職を決めました。",
        set(),
    ),
    (
        "前の会社を辞めた理由は何ですか。",
        "会社の方針がころころ変わり、経営陣についていけないと感じたためです。",
        {"negative_reason.blame"},
    ),
    (
        "reason_for_leaving",
        "人間関係が悪かったわけではなく、むしろ恵まれていました。ただ、自分で企画から携われる仕事に挑戦したいと考えるようになりました。",
        set(),
    ),
    (
        "reason_for_leaving",
        "評価が年功序列で、どれだけ成果を出しても正当に評価されない環境でした。",
        {"negative_reason.blame"},
    ),
]

REVERSE = [
    ("reverse_questions", "ありません。", {"reverse_question.none"}),
    (
        "reverse_questions",
        "今日のお話で疑問はすべて解消されました。ありがとうございました。",
        {"reverse_question.none"},
    ),
    ("何か聞いておきたいことはありますか。", "特にないです。", {"reverse_question.none"}),
    (
        "reverse_questions",
        "賞与は年に何回支給されますか。あと、転勤はありますか。",
        {"reverse_question.conditions"},
    ),
    (
        "reverse_questions",
        "入社後はどのような研修を経て現場に出るのでしょうか。また、年間休日は何日でしょうか。",
        set(),
    ),
    (
        "reverse_questions",
        "御社の本社はどちらにありますか。それから、設立は何年でしょうか。",
        {"reverse_question.researchable"},
    ),
    (
        "reverse_questions",
        "ホームページで拝見した海外展開について、現地ではどのような人材が求められているのでしょうか。",
        set(),
    ),
    (
        "reverse_questions",
        "配属先のチームは何名くらいで、どのような役割分担をされていますか。",
        set(),
    ),
    (
        "reverse_questions",
        "今日のお話でよく分かりましたので、特にございません。",
        {"reverse_question.none"},
    ),
    ("reverse_questions", "一緒に働くことになる方々は、どんな経歴の方が多いですか。", set()),
]

OTHER = [
    (
        "仕事で失敗した経験を教えてください。",
        "前職では経理を担当していました。月次の決算業務を中心に行っていました。",
        {"communication.off_topic"},
    ),
    (
        "仕事で失敗した経験を教えてください。",
        "発注数を一桁間違えてしまい、取引先にご迷惑をおかけしました。それ以来、発注前に必ず二人で確認するようにしています。",
        set(),
    ),
    (
        "あなたの弱みを教えてください。",
        "私の弱みは心配性なところです。そのため、仕事は早めに準備するようにしています。",
        set(),
    ),
    (
        "10年後のキャリアプランを教えてください。",
        "大学では経済学を専攻し、ゼミでは地域経済について研究していました。",
        {"communication.off_topic"},
    ),
    (
        "これまでで一番大変だった仕事は何ですか。",
        "新店舗の立ち上げで、開店までの準備期間が一か月しかなく苦労しました。",
        set(),
    ),
    (
        "ストレスを感じたときはどうしていますか。",
        "休日はよくジョギングをして気分を切り替えています。",
        set(),
    ),
    (
        "学生時代に頑張ったことを教えてください。",
        "サークルの会計として、部費の管理方法を見直しました。",
        set(),
    ),
]

TENURE = [
    (
        "short_tenure",
        "仕事内容が自分に合わないと思ったので辞めました。",
        {"short_tenure.unexplained"},
    ),
    ("short_tenure", "諸事情により退職いたしました。", {"short_tenure.unexplained"}),
    (
        "短期間で退職された理由を教えてください。",
        "家族の介護が必要になり、やむを得ず退職しました。現在は介護サービスを利用できる体制が整い、フルタイムで長く働ける環境になっています。",
        set(),
    ),
    (
        "short_tenure",
        "会社の業績悪化で所属していた部署がなくなったためです。",
        {"short_tenure.unexplained"},
    ),
    (
        "前職を半年で辞めた理由は何ですか。",
        "求人票に記載されていた業務と、実際に任された業務が大きく違ったためです。その反省から、今回は面接で業務内容を詳しく確認させていただいており、腰を据えて働きたいと考えています。",
        set(),
    ),
]

CASUAL = [
    (
        "self_intro",
        "佐藤です。前職はIT系で、ガチでいろんな案件やってきました。",
        {"manners.casual_language"},
    ),
    ("other", "そうですね、やっぱ一番はお客さんの笑顔っすね。", {"manners.casual_language"}),
    ("other", "土日も出れるので、シフトは柔軟に対応できます。", {"manners.casual_language"}),
    ("other", "週末も出られるので、シフトには柔軟に対応できます。", set()),
    ("other", "英語の資料も読めるので、海外の取引先ともやり取りできます。", set()),
    (
        "other",
        "マジで取り組むことをマジックワードのように言う人は苦手です。",
        {"manners.casual_language"},
    ),
    ("other", "マジックの練習を続けて、地域の祭りで披露しました。", set()),
    ("other", "前の職場は超忙しかったです。", {"manners.casual_language"}),
    ("other", "在庫は超過しないよう週次で確認していました。", set()),
    (
        "self_intro",
        "北村と申します。測量会社で図面の作成を七年続けてまいりました。今日はよろしくお願いいたします。",
        set(),
    ),
    ("other", "朝早くから来れるので、早番も大丈夫です。", {"manners.casual_language"}),
    ("other", "必要な資料はすべて揃えられます。", set()),
    (
        "other",
        "先輩から仕事を取られることもありましたが、自分で帰れる時間を決めて働いていました。",
        set(),
    ),
]


C1 = {
    "name": "株式会社ハレノヒ旅行",
    "profile": "地方の小さな宿と旅行者をつなぐ予約サイト『たびのわ』を運営。「知られていない町に、人の流れを」を理念に、宿のWebページ制作支援や体験ツアーの企画も行う。",
}
C2 = {
    "name": "みどり信用金庫",
    "profile": "地域密着型の信用金庫。創業支援と事業承継の相談窓口を全店舗に設置。スマホアプリ『みどりナビ』で中小企業の資金繰りを見える化するサービスを提供。",
}
C3 = {
    "name": "株式会社ミライ経営",
    "profile": "中小企業の経営課題を解決するコンサルティング会社。特に製造業の原価管理と補助金申請の支援に強みを持つ。",
}
ADVERSARIAL = [
    (
        "motivation",
        "旅行業界は人を笑顔にできる素晴らしい業界だと思います。中でも御社は業界でも有名で、成長できる環境があると感じました。",
        C1,
        set() | {"motivation.generic"},
    ),
    (
        "motivation",
        "学生時代に訪れた過疎地の民宿で、予約がほとんど電話だけだと聞き驚きました。御社の『たびのわ』が小さな宿のWebページ制作まで支援していることを知り、知られていない町に人の流れをつくる仕事がしたいと考えました。",
        C1,
        set(),
    ),
    (
        "motivation",
        "金融業界で地域に貢献したいと考えています。御社は地域に根ざした金融機関として信頼されており、安定した環境で腰を据えて働けると思いました。",
        C2,
        {"motivation.generic"},
    ),
    (
        "motivation",
        "前職の会計事務所で、後継者のいない町工場の廃業を何度も見てきました。御社が全店舗に事業承継の相談窓口を置いていると知り、税務の知識を活かして承継の相談に乗りたいと考え志望しました。",
        C2,
        set(),
    ),
    (
        "motivation",
        "企業の課題解決に携われる仕事がしたく、コンサル業界を志望しました。御社は実績も豊富で、多くの企業の課題を解決されている点に魅力を感じました。",
        C3,
        {"motivation.generic"},
    ),
    (
        "motivation",
        "製造業の経理として原価計算を5年担当してきました。御社が製造業の原価管理に強みを持っていると知り、現場の数字を見てきた経験を補助金申請や原価管理の支援に活かしたいと考えました。",
        C3,
        set(),
    ),
    (
        "motivation",
        "御社の製品が好きで、ずっと働きたいと思っていました。",
        C1,
        {"motivation.generic"},
    ),
    (
        "志望動機を教えてください。",
        "前職では法人向けの営業をしていました。主に既存顧客を担当し、月に30社ほど訪問していました。",
        C3,
        # a bare history: off-topic, and nothing of this company either
        {"communication.off_topic", "motivation.generic"},
    ),
    (
        "self_pr",
        "特別な実績はありませんが、誰よりも努力してきた自負があります。",
        None,
        {"self_pr.abstract"},
    ),
    (
        "self_pr",
        "私の強みは傾聴力です。人の話をじっくり聞くことが得意で、友人からよく相談を受けます。",
        None,
        {"self_pr.abstract"},
    ),
    (
        "self_pr",
        "私の強みは改善提案力です。前職の倉庫では、ピッキングの動線が長く作業が遅れていました。私は棚の配置を出荷頻度順に並べ替えることを提案し、実際に配置換えを行いました。その結果、1件あたりの作業時間が約2割短くなりました。",
        None,
        set(),
    ),
    (
        "self_pr",
        "看護師として、患者さんの不安に寄り添うことを大切にしてきました。入院中の高齢の患者さんが夜眠れずにいた際、毎晩10分ほど話を聞く時間をつくりました。次第に睡眠薬の量が減り、ご家族からも感謝の言葉をいただきました。",
        None,
        set(),
    ),
    (
        "reason_for_leaving",
        "前職は残業が多く体力的にも厳しかったのですが、それ以上に、より上流の工程に挑戦したいと考えました。",
        None,
        {"negative_reason.blame"},
    ),
    (
        "reason_for_leaving",
        "給与面に不満があったのは事実ですが、それ以上に自分の裁量で仕事を進めたいと思うようになりました。",
        None,
        {"negative_reason.blame"},
    ),
    (
        "reason_for_leaving",
        "今の会社には感謝していますが、ルーティン業務が中心で、新しいことに挑戦する機会が限られていました。より企画に近い仕事に携わりたいと考えています。",
        None,
        set(),
    ),
    (
        "reason_for_leaving",
        "正直、会社の将来が不安になったからです。業績も悪く、ボーナスも出なくなりました。",
        None,
        {"negative_reason.blame"},
    ),
    (
        "reason_for_leaving",
        "上司からの評価に納得できず、このままでは成長できないと思ったので辞めることにしました。",
        None,
        {"negative_reason.blame"},
    ),
    (
        "reverse_questions",
        "残業について伺いたいのですが、繁忙期はどのくらいになりますか。",
        None,
        {"reverse_question.conditions"},
    ),
    ("reverse_questions", "御社の強みは何だとお考えですか。", None, set()),
    (
        "reverse_questions",
        "はい、二点あります。一点目は、入社後に担当する顧客の規模はどのくらいでしょうか。二点目は、チームの目標はどのように決められていますか。",
        None,
        set(),
    ),
    (
        "reverse_questions",
        "特にありません。強いて言えば、給料は上がりやすいですか。",
        None,
        {"reverse_question.conditions"},
    ),
    (
        "reverse_questions",
        "御社の従業員数と平均年齢を教えてください。",
        None,
        {"reverse_question.researchable"},
    ),
    ("reverse_questions", "在宅勤務はできますか。", None, {"reverse_question.conditions"}),
    ("reverse_questions", "いいえ、ありません。", None, {"reverse_question.none"}),
    ("reverse_questions", "今のところ大丈夫です。", None, {"reverse_question.none"}),
    (
        "reverse_questions",
        "御社で活躍している営業の方に共通する行動は何でしょうか。また、入社前に読んでおくべき本があれば教えてください。",
        None,
        set(),
    ),
    (
        "あなたの短所を教えてください。",
        "私は大学でテニス部に所属していました。大会では県大会でベスト8に入りました。",
        None,
        {"communication.off_topic"},
    ),
    (
        "これまでで最も困難だった経験は何ですか。",
        "システム移行の際に、旧システムのデータが一部壊れていることが分かり、三日間徹夜で復旧作業にあたりました。",
        None,
        set(),
    ),
    (
        "前職での実績を教えてください。",
        "前職は従業員200名ほどのメーカーで、私は総務部に所属していました。",
        None,
        {"communication.off_topic"},
    ),
    (
        "将来どのようなことに挑戦したいですか。",
        "前職では主に経理として、月次決算と税務申告を担当していました。",
        None,
        {"communication.off_topic"},
    ),
    (
        "short_tenure",
        "人間関係がうまくいかず、辞めてしまいました。",
        None,
        # (a relationship that did not work out judges no one: fit, not blame; s11-answers)
        {"short_tenure.unexplained"},
    ),
    (
        "short_tenure",
        "諸事情により辞めることになりました。次は腰を据えて働くつもりです。",
        None,
        {"short_tenure.unexplained"},
    ),
    (
        "short_tenure",
        "配偶者の転勤に伴い転居が必要になったため、退職いたしました。今後転勤の予定はなく、長く腰を据えて働ける状況です。",
        None,
        set(),
    ),
    (
        "short_tenure",
        "実家の家業を手伝う必要が生じたためです。現在は兄が継いだので、私は再び会社員として長く働くつもりです。",
        None,
        set(),
    ),
    ("other", "来週から来れます。", None, {"manners.casual_language"}),
    # (the spoken なんか is a register marker, not only a filler to count: s12-answers)
    (
        "other",
        "前の仕事では、なんかいろいろあって、ちょっと大変でした。",
        None,
        {"manners.casual_language"},
    ),
    ("other", "その件はぶっちゃけよく分からないです。", None, {"manners.casual_language"}),
    (
        "self_intro",
        "鈴木と申します。大学卒業後、物流会社で三年間配車業務をしておりました。よろしくお願いいたします。",
        None,
        set(),
    ),
    ("self_intro", "どうも、鈴木っす。物流で配車やってました。", None, {"manners.casual_language"}),
    (
        "other",
        "毎朝6時に起きれるので、早朝勤務も問題ありません。",
        None,
        {"manners.casual_language"},
    ),
    ("other", "資料は事前に見れるように共有していました。", None, {"manners.casual_language"}),
    ("other", "お客様に見られる仕事なので、身だしなみには気をつけています。", None, set()),
    ("other", "部下を育てられる管理職を目指しています。", None, set()),
]

C4 = {
    "name": "株式会社カイケイ",
    "profile": "クラウド会計ソフト『カイケイ』を中小企業向けに提供。請求書の自動読み取りと銀行口座の連携で、経理の手入力をなくすことを目指している。",
}
ADVERSARIAL += [
    (
        "motivation",
        "前職で経理をしていて、手作業の仕訳に時間がかかっていました。御社の会計ソフトなら中小企業の経理の負担を減らせると考え、導入支援に携わりたいと思いました。",
        C4,
        set(),
    ),
    (
        "motivation",
        "御社の会計ソフトは業界でも有名で、安定した会社だと思い志望しました。",
        C4,
        {"motivation.generic"},
    ),
    (
        "reason_for_leaving",
        "前職は将来性のない会社で、このままでは先が見えないと思いました。",
        None,
        {"negative_reason.blame"},
    ),
    (
        "reason_for_leaving",
        "裁量がほとんどなく、言われたことをこなすだけの毎日でした。",
        None,
        {"negative_reason.blame"},
    ),
    (
        "reason_for_leaving",
        "年功序列ではなく、成果で評価される環境で自分を試したいと考えました。",
        None,
        set(),
    ),
    ("other", "営業は全然いけます。", None, {"manners.casual_language"}),
    ("reverse_questions", "面接官の方が感じる、御社で働く魅力は何ですか。", None, set()),
    ("short_tenure", "会社が倒産したためです。", None, {"short_tenure.unexplained"}),
    (
        "motivation",
        "中でも御社は業界でも有名で、成長できる環境があると感じました。",
        None,
        {"motivation.generic"},
    ),
]

H = {
    "name": "株式会社ミナトロジ",
    "profile": "倉庫管理システム『ハコブン』を中心に、中小の物流事業者向けクラウドサービスを提供。理念は「現場の一歩を軽くする」。",
}
ADVERSARIAL += [
    (
        "motivation",
        "御社の『ハコブン』は業界でも有名で、安定していると思いました。",
        H,
        {"motivation.generic"},
    ),
    (
        "self_pr",
        "前職では営業として、常にお客様の立場に立って考えることを心がけてきました。その姿勢が評価され、多くのお客様から信頼をいただきました。",
        None,
        {"self_pr.abstract"},
    ),
    (
        "self_pr",
        "学生時代、居酒屋のアルバイトでホール責任者を任されていました。新人が辞めやすいことに気づき、教育マニュアルを作りました。",
        None,
        set(),
    ),
    (
        "reverse_questions",
        "社員の方は何名くらいいらっしゃいますか。",
        None,
        {"reverse_question.researchable"},
    ),
    ("reverse_questions", "配属先のチームには何名くらいの方がいらっしゃいますか。", None, set()),
    pytest.param(
        "友人からはどんな性格だと言われますか。",
        "以前の職場では受発注の入力をしていました。",
        None,
        {"communication.off_topic"},
    ),
    (
        "short_tenure",
        "部署が統廃合されることになったためです。二度と短期で辞めることのないよう、今回は長く働ける環境を選んでいます。",
        None,
        set(),
    ),
]

PLAIN_FORMS = [
    ("reason_for_leaving", "上司と合わなかった。", {"negative_reason.blame"}),
    (
        "reason_for_leaving",
        "上司とは良い関係でしたが、より大きな裁量のある仕事に挑戦したいと考えました。",
        set(),
    ),
    ("reverse_questions", "給料はどれくらいか知りたい。", {"reverse_question.conditions"}),
    ("reverse_questions", "特にない。", {"reverse_question.none"}),
    ("self_pr", "私の強みは責任感だ。", {"self_pr.abstract"}),
]


# Rows added with the second probe: one fix each, with near misses that must NOT fire.
# Topics of common questions beyond the dev set: an answer about something else is off-topic;
# an answer in the question's own words is not.
MORE_TOPICS = [
    (
        "学生時代に力を入れたことは何ですか。",
        "大学ではテニスサークルの部長として、部員30名の練習計画を立て、参加率を上げる工夫をしました。",
        set(),
    ),
    (
        "学生時代に頑張ったことを教えてください。",
        "前職では法人営業を担当しており、新規開拓で担当地域の売上を前年より一割伸ばしました。",
        {"communication.off_topic"},
    ),
    (
        "前職の業務内容を教えてください。",
        "私は休日によく釣りに行っており、家族と一緒に海で過ごす時間を大切にしています。",
        {"communication.off_topic"},
    ),
    (
        "前職ではどのような仕事をされていましたか。",
        "食品メーカーで法人営業を5年担当し、スーパー20店舗との取引を任されていました。",
        set(),
    ),
    (
        "休日の過ごし方を教えてください。",
        "前職では経理部に所属し、月次決算と請求書の処理を中心に担当していました。",
        {"communication.off_topic"},
    ),
    (
        "趣味は何ですか。",
        "週末に10キロほどランニングをしていて、今年は初めてハーフマラソンに出場しました。",
        set(),
    ),
    (
        "他社の選考状況はいかがですか。",
        "私の強みは粘り強さで、どんな仕事でも最後まで諦めずにやり遂げることができます。",
        {"communication.off_topic"},
    ),
    (
        "他社の選考状況を教えてください。",
        "現在、同じ業界で2社に応募しており、1社は二次面接に進んでいますが、御社が第一志望です。",
        set(),
    ),
    (
        "希望年収はありますか。",
        "御社の理念に強く共感しており、これまでの経験を活かして貢献したいと思っております。",
        {"communication.off_topic"},
    ),
    (
        "希望年収を教えてください。",
        "現職の年収は450万円ですので、500万円程度を希望いたしますが、御社の規定に従います。",
        set(),
    ),
]

GENERALISATION = [
    # Cooperation verbs (理解する・協力する) are no concrete action by themselves.
    (
        "self_pr",
        "私の強みは周囲との連携です。部署の垣根を越えて相手の考えを理解し、協力して仕事を進めることを大切にしています。",
        None,
        {"self_pr.abstract"},
    ),
    (
        "self_pr",
        "前職の経理部では、支払処理の遅れが課題でした。私は各部署と連携して請求書の提出日を統一し、処理の手順書を作成しました。その結果、支払遅延がなくなりました。",
        None,
        set(),
    ),
    # Complaints about a boss's behaviour, management inaction, unpaid overtime, workload.
    (
        "reason_for_leaving",
        "課長の指示がころころ変わり、そのたびに一からやり直しになっていました。",
        None,
        {"negative_reason.blame"},
    ),
    (
        "reason_for_leaving",
        "経営陣は現場の提案にまったく耳を貸さない会社でした。",
        None,
        {"negative_reason.blame"},
    ),
    (
        "reason_for_leaving",
        "業績が落ち込んでも、経営陣は何の対策も取らないままでした。",
        None,
        {"negative_reason.blame"},
    ),
    (
        "reason_for_leaving",
        "毎晩終電まで残る日が続き、残業代もほとんど出ませんでした。",
        None,
        {"negative_reason.blame"},
    ),
    (
        "reason_for_leaving",
        "一人で三人分の仕事を抱え、仕事量が多すぎる状態が続いて限界でした。",
        None,
        {"negative_reason.blame"},
    ),
    # A complaint denied from later in the sentence is no complaint.
    (
        "reason_for_leaving",
        "繁忙期は残業が多い月もありましたが、それ自体が転職の理由ではございません。お客様と長く関われる仕事に挑戦したいと考えました。",
        None,
        set(),
    ),
    (
        "reason_for_leaving",
        "仕事が嫌になったわけではなく、専門性を高めたいと考えて転職を決めました。",
        None,
        set(),
    ),
    # Conditions outnumber the questions about the work (a researchable one counts for neither).
    (
        "reverse_questions",
        "資本金はいくらですか。それと、夏休みは何日とれますか。",
        None,
        {"reverse_question.researchable", "reverse_question.conditions"},
    ),
    (
        "reverse_questions",
        "配属先ではどのような案件を担当することが多いですか。入社前に読んでおくとよい資料はありますか。また、繁忙期の残業はどの程度でしょうか。",
        None,
        set(),
    ),
    # Topics: stress relief by an activity, values, achievements, hard times.
    (
        "ストレスを感じたとき、どう対処していますか。",
        "仕事帰りに一駅分歩いて帰ると、不思議と気持ちが軽くなります。",
        None,
        set(),
    ),
    (
        "ストレスを感じたとき、どう対処していますか。",
        "前職では経理部で売掛金の管理を担当していました。",
        None,
        {"communication.off_topic"},
    ),
    (
        "仕事をするうえで大切にしていることは何ですか。",
        "約束した期限を必ず守ることです。前職でも納期の前日には見直しの時間を取っていました。",
        None,
        set(),
    ),
    (
        "仕事をするうえで大切にしていることは何ですか。",
        "週末はよく家族とキャンプに出かけています。",
        None,
        {"communication.off_topic"},
    ),
    (
        "前職での実績を教えてください。",
        "担当エリアで新規顧客の開拓に取り組み、二年連続で売上目標を上回りました。",
        None,
        set(),
    ),
    (
        "前職での実績を教えてください。",
        "趣味は映画鑑賞で、休日は映画館によく行きます。",
        None,
        {"communication.off_topic"},
    ),
    (
        "前職で大変だったことは何ですか。",
        "年末に注文が集中し、少ない人数で出荷を乗り切ったことです。",
        None,
        set(),
    ),
    # Short tenure: a posting that differed, 家業, a future stated as a wish.
    (
        "short_tenure",
        "採用時に提示された勤務地と異なる遠方の店舗に配属されたため、通勤が難しくなり退職しました。今後は勤務条件を事前に確認し、長く勤めたいと考えています。",
        None,
        set(),
    ),
    (
        "short_tenure",
        "配属先が希望と違い、異動の見込みもなかったためです。",
        None,
        {"short_tenure.unexplained"},
    ),
    (
        "short_tenure",
        "父が経営する会社を手伝う必要があり、退職しました。現在は家業が落ち着き、私は改めて経理の仕事でキャリアを積みたいと考えています。",
        None,
        set(),
    ),
    (
        "short_tenure",
        "合わないと感じたので辞めましたが、御社では頑張りたいと考えています。",
        None,
        {"short_tenure.unexplained"},
    ),
    # An occupation or a count of stores shared with the profile says nothing of the company.
    (
        "motivation",
        "保育士として子どもの成長に関わりたいと考えています。御社は園の数も多く、さまざまな経験ができる点に魅力を感じました。",
        KOMA,
        {"motivation.generic"},
    ),
    (
        "motivation",
        "前の園では持ち帰り仕事のせいで、子どもと向き合う時間が削られることに悩んできました。御社が持ち帰り仕事ゼロを掲げ、連絡帳のデジタル化を進めている点に惹かれ、志望しました。",
        KOMA,
        set(),
    ),
    # 「って」 marking a question's topic is spoken style (manners.spoken_style, not judged
    # here), not slang; verbs in て-form are not it.
    ("reverse_questions", "研修ってどのくらいの期間ありますか。", None, set()),
    ("other", "前職では部署によって何が求められるかが違いました。", None, set()),
    ("other", "お客様のお話を伺ってどう提案するかを考えていました。", None, set()),
]


def _codes(kind_or_question: str, answer: str, company: dict | None = None) -> set[str]:
    from furikaeri.analyzer import KINDS

    if kind_or_question in KINDS:
        result = analyze(answer, kind=kind_or_question, company=company)
    else:
        result = analyze(answer, question=kind_or_question, company=company)
    return {f.code for f in result.findings} & JUDGED


@pytest.mark.parametrize(("kq", "answer", "company", "expected"), MOTIVATION)
def test_motivation(kq: str, answer: str, company: dict, expected: set[str]) -> None:
    assert _codes(kq, answer, company) == expected


@pytest.mark.parametrize(
    ("kq", "answer", "expected"),
    [*SELF_PR, *REASON, *REVERSE, *OTHER, *TENURE, *CASUAL, *PLAIN_FORMS, *MORE_TOPICS],
)
def test_answer(kq: str, answer: str, expected: set[str]) -> None:
    assert _codes(kq, answer) == expected


@pytest.mark.parametrize(("kq", "answer", "company", "expected"), ADVERSARIAL)
def test_mixed_and_other_phrasings(
    kq: str, answer: str, company: dict | None, expected: set[str]
) -> None:
    assert _codes(kq, answer, company) == expected


@pytest.mark.parametrize(("kq", "answer", "company", "expected"), GENERALISATION)
def test_generalisation_rows(
    kq: str, answer: str, company: dict | None, expected: set[str]
) -> None:
    assert _codes(kq, answer, company) == expected
