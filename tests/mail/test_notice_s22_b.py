"""Session 22 (b): a regret inside a condition or of an earlier occasion, a talk outside
selection, a calendar in a newsletter, an interview moved to a new time, a hiring season called
off. Sentences written for these tests."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice
from furikaeri.mail.notice.rulebook import _notice_rules


@pytest.mark.parametrize(
    ("subject", "body", "labels"),
    [
        (
            "新しい求人のご紹介",
            "青木様\nエージェントの村上です。\nご希望に近い求人が出ましたのでご紹介します。年収は600万円前後です。\nもしご希望に沿わない条件でしたら、遠慮なくお知らせください。別の案件をお探しします。",
            ("other",),
        ),
        (
            "【スカウト】リードエンジニア職のご案内",
            "前田様\n株式会社ハルの採用担当です。\nご経歴を拝見し、リードエンジニア職でご活躍いただけると考えご連絡しました。\nご興味があれば返信ください。ご期待に添えないポジションであれば、このメールは破棄していただいて問題ありません。",
            ("other",),
        ),
        (
            "求人のご案内",
            "藤井さん\nこんにちは、転職サポートの原田です。\n営業企画の求人を3件お送りします。\nご意向に沿わない場合は、そのままにしておいていただいて構いません。",
            ("other",),
        ),
        (
            "【スカウト】再度のご連絡",
            "坂本様\n株式会社ナギ 人事の森です。\n昨年は弊社の選考にご参加いただき、ありがとうございました。あいにくその時はご縁がございませんでしたが、新たにマーケティング職を募集することになりご連絡しました。\nご希望と合わない内容でしたら、お気になさらずスルーしてください。",
            ("other",),
        ),
        (
            "以前ご応募いただいた件で",
            "中村様\n株式会社テラの採用担当、小野です。\n3年前に弊社の営業職へご応募いただき、その際は残念ながら採用を見送らせていただきました。\nその後のご活躍を拝見し、新たに立ち上げる企画ポジションについてお話しできればと思いご連絡しました。\n選考前の面談として、30分ほどお時間をいただけませんか。",
            ("other",),
        ),
        (
            "選考結果のご連絡",
            "長谷川様\n株式会社ハルの採用担当です。\n慎重に選考を行いました結果、誠に残念ながら今回はご期待に沿えない結果となりました。\n長谷川様の今後のご活躍をお祈り申し上げます。",
            ("rejection",),
        ),
        (
            "選考結果について",
            "近藤様\nこの度はご応募ありがとうございました。\n社内で検討いたしましたが、今回はご希望に沿いかねる結果となりました。\nまた新たな求人が出た際には、改めてご案内させていただく場合がございます。",
            ("rejection",),
        ),
        (
            "選考結果",
            "東様\n株式会社アルファの人事です。\n慎重に検討いたしましたが、今回は見送らせていただければと存じます。\nご了承ください。",
            ("rejection",),
        ),
        (
            "書類選考結果",
            "北様\n前回のご応募ではご縁がありませんでしたが、今回は書類選考を通過されました。\n次は一次面接です。",
            ("pass", "interview_invite"),
        ),
        (
            "選考結果のご連絡",
            "南様\n昨年もご応募いただきありがとうございました。その時と同様に、今回も誠に残念ながら採用を見送らせていただくこととなりました。",
            ("rejection",),
        ),
        (
            "選考結果",
            "丸山様\n選考の結果、ご期待に沿えない結果となりました。\nもし今後、別職種をご希望でしたら、改めてご連絡ください。",
            ("rejection",),
        ),
        (
            "ポジションのご提案",
            "三上様\nエージェントの杉本です。\n前回ご紹介した企業は残念ながら書類で見送りとなりましたが、当時と比べて求人が増えておりますので、新たな求人をご提案します。\nもしご条件に合わないようでしたら、お気軽にお知らせください。",
            ("other",),
        ),
        (
            "選考結果",
            "小松様\n一次面接の結果、誠に残念ながらご希望に沿えない結果となりました。\nご期待に沿えず申し訳ございません。",
            ("rejection",),
        ),
    ],
)
def test_a_result_of_an_earlier_occasion_or_a_supposed_one(
    subject: str, body: str, labels: tuple[str, ...]
) -> None:
    """A regret said of an earlier occasion (its time referred back to: その時は) or inside a condition the reader may find true (「ご期待に沿えない内容でしたら、」): no decision; a regret told, or a hedged request (「見送らせていただければと存じます」), still decides."""
    assert classify_notice(subject=subject, body=body).label in labels


@pytest.mark.parametrize(
    ("subject", "body", "labels"),
    [
        (
            "【スカウト】一度お話ししませんか",
            "森田様\n\nはじめまして。株式会社リーフテック 採用担当の三浦です。\nご経歴を拝見し、ぜひ一度お話ししたくご連絡しました。\n選考ではありませんので、お気軽にご参加ください。オンラインで30分ほどのカジュアル面談を想定しています。\n下記URLからご都合のよい日時をご予約いただけます。\nhttps://leaf.example.jp/meet\n\n三浦",
            ("other",),
        ),
        (
            "情報交換のお誘い",
            "加藤さん\n\nお世話になっております。キャリアエージェントの西です。\nまだ転職を決められていない段階でも構いませんので、市場の情報交換として一度面談しませんか。\n選考には一切関係ありません。ご都合のよい日を2〜3ついただければ調整します。",
            ("other",),
        ),
        (
            "ご経歴を拝見しました",
            "山田様\n突然のご連絡失礼します。株式会社ミナトの人事、大川と申します。\n弊社エンジニアと気軽に話してみませんか。合否を判断する場ではなく、お互いを知るための面談です。\n来週の平日夜であれば、いつでも対応可能です。ご希望の日時をお知らせください。",
            ("other",),
        ),
        (
            "【カジュアル面談】ご案内",
            "佐々木様\n株式会社ノースの採用チームです。\n以前弊社の説明会にご参加いただいた方を対象に、現場社員とのカジュアル面談をご用意しました。選考要素はございません。\n日程は下記フォームよりお申し込みください。",
            ("other",),
        ),
        (
            "一次面接のご案内",
            "田村様\n株式会社サクラ精機 人事部の中川です。\n書類選考の結果、一次面接にお進みいただくことになりました。\n当日はカジュアルな雰囲気で行いますので、リラックスしてお越しください。\n日時：11月5日（水）10:00〜\n場所：本社2階",
            ("interview_invite", "pass"),
        ),
        (
            "面接日程のご相談",
            "高木様\nお世話になっております。株式会社ブルーの採用担当です。\n先日はカジュアル面談にご参加いただきありがとうございました。\nぜひ正式に選考へお進みいただきたく、一次面接の日程をご調整させてください。\n候補日：12月2日 14時、12月3日 10時",
            ("interview_invite", "pass"),
        ),
        (
            "一次面接のご案内",
            "西村様\n株式会社アルファの人事です。書類選考の結果、一次面接にお進みいただきます。\n日時：6月3日（火）15:00〜\n場所：本社5階\n服装は選考に一切関係ありませんので、私服でお越しください。",
            ("interview_invite", "pass"),
        ),
        (
            "面接日程",
            "中島様\nカジュアル面談ありがとうございました。選考とは関係なくお話しした内容を踏まえ、ぜひ一次面接にお進みいただきたいと考えております。\n候補日：5月10日 10時、5月11日 14時",
            ("interview_invite", "pass"),
        ),
        (
            "【スカウト】面談のご案内",
            "工藤様\n株式会社イプシロンです。まずは面接ではなく、お互いを知るための面談としてお時間をいただけませんか。\n選考には関係ありませんので、ご安心ください。\nご都合のよい日時をお知らせください。",
            ("other",),
        ),
    ],
)
def test_a_meeting_outside_selection(subject: str, body: str, labels: tuple[str, ...]) -> None:
    """A scout's or an agent's talk said to be no part of selection is no interview; a stage named, or a denial about something else (服装), keeps the invitation."""
    assert classify_notice(subject=subject, body=body).label in labels


@pytest.mark.parametrize(
    ("subject", "body", "labels"),
    [
        (
            "【市職員採用】試験日程決定のお知らせ",
            "メールマガジン登録者の皆様\n\nひがし市職員採用試験の日程が決まりました。\n・上級（行政）申込期間：5月1日〜5月20日　一次試験：6月21日（日）\n・技術職　申込期間：6月1日〜6月15日\n詳しくは市のホームページをご確認ください。\n※このメールは登録者全員に配信しています。",
            ("other",),
        ),
        (
            "2028年卒 本選考スケジュールのご案内",
            "マイページにご登録いただいた皆さまへ\n株式会社ヒカリ食品 新卒採用チームです。\n2028年卒の本選考の日程をお知らせします。\nエントリーシート締切：3月15日\n適性検査：3月下旬\n一次面接：4月上旬より順次\n詳細はマイページをご覧ください。",
            ("other",),
        ),
        (
            "会社説明会 開催日程",
            "プレエントリーいただいた皆様\n株式会社ツバサ運輸 採用担当です。\n今年度の会社説明会および選考の開催日程を公開しました。\n第1回 2月10日　第2回 2月24日\n面接は説明会参加者を対象に3月より実施予定です。\nご予約はマイページから。",
            ("other",),
        ),
        (
            "採用試験のお知らせ",
            "教員採用試験メール配信サービスの登録者の皆さんへ\n令和9年度の採用選考試験の実施要項を公表しました。\n第1次選考：7月5日（日）\n第2次選考：8月中旬\n出願はこちらから受け付けます。\n配信停止を希望される方は下記へ。",
            ("other",),
        ),
        (
            "一次試験のご案内",
            "井上 様\n\nこのたびはひがし市職員採用試験にお申し込みいただきありがとうございます。\n井上様の第1次試験の日時・会場は以下のとおりです。\n日時：6月21日（日）9:30集合\n会場：ひがし市役所 本庁舎5階\n受験票を印刷のうえ、当日お持ちください。",
            ("interview_invite",),
        ),
        (
            "二次面接のご案内",
            "松本様\n株式会社ヒカリ食品 新卒採用チームです。\n先日は一次面接にお越しいただきありがとうございました。\n二次面接の日程をご案内します。\n日時：4月18日（金）13:00〜\n場所：本社会議室\nご確認のほどお願いいたします。",
            ("interview_invite", "pass"),
        ),
        (
            "【メルマガ】面接日程のご案内",
            "会員の皆様\n一次面接にお進みの方は、以下の日程からご予約ください。\n6月5日 10時 / 6月6日 14時\n配信停止はこちら",
            ("interview_invite",),
        ),
    ],
)
def test_a_calendar_to_subscribers(subject: str, body: str, labels: tuple[str, ...]) -> None:
    """A recruiting calendar in a newsletter with a window for applying books no one; an applicant's own test or interview is still an invitation."""
    assert classify_notice(subject=subject, body=body).label in labels


@pytest.mark.parametrize(
    ("subject", "body", "labels"),
    [
        (
            "面接開始時刻の変更のお願い",
            "岡田様\n株式会社ミドリ商事 人事部の木村です。\n明日11月3日（月）の最終面接ですが、面接官の都合により、開始を10:00から11:00へ変更させていただけないでしょうか。\n会場は変わりません。\n差し支えがあればご連絡ください。",
            ("interview_invite",),
        ),
        (
            "面接会場変更のご連絡",
            "吉田様\nお世話になっております。株式会社ソラの採用担当 林です。\n来週9日の二次面接の会場を、本社から品川オフィス（品川区港南1-2-3）に変更させていただきます。\n時間は当初どおり15時からです。\nお手数をおかけしますが、よろしくお願いいたします。",
            ("interview_invite",),
        ),
        (
            "Re: 面接日程について",
            "斎藤さん\nエージェントの石井です。\n先方から、金曜の一次面接を対面からオンラインに切り替えたいとの連絡がありました。時間は同じ16時です。\nZoomのURLは前日までにお送りします。",
            ("interview_invite",),
        ),
        (
            "面接日時再調整のお願い",
            "小林様\n株式会社カワセの人事です。\n大変申し訳ございませんが、12日に予定しておりました一次面接を、社内事情により延期させていただきたく存じます。\n代わりの候補日として、15日（月）14時、16日（火）10時はいかがでしょうか。",
            ("interview_invite",),
        ),
        (
            "面接キャンセル承りました",
            "渡辺様\n株式会社カワセの人事です。\n一次面接の辞退のご連絡、承知いたしました。\nまたご縁がございましたら、よろしくお願いいたします。",
            ("other",),
        ),
        (
            "予定しておりました面接について",
            "伊藤様\n株式会社ミドリ商事 人事部です。\n来週予定しておりました二次面接の件ですが、社内で再検討した結果、誠に残念ながら今回は伊藤様の採用を見送らせていただくこととなり、面接は中止とさせていただきます。\nご期待に添えず申し訳ございません。",
            ("rejection",),
        ),
        (
            "面接時刻のご確認",
            "川口様\n明日の最終面接は、開始を13時から14時に変更させていただきましたので、ご確認ください。\n場所は本社です。",
            ("interview_invite",),
        ),
        (
            "面接日変更のお願い",
            "内田様\n株式会社ガンマの採用担当です。\n来週の一次面接ですが、担当者の出張のため、面接日を3月5日（水）から3月7日（金）に変更させていただけますでしょうか。時間は同じ10時です。",
            ("interview_invite",),
        ),
        (
            "Re: 面接の件",
            "野口さん\n明日の面接、店長の都合で時間を17時から18時にずらしてもらえますか？場所は店舗のままです。",
            ("interview_invite",),
        ),
        (
            "面接時間の変更について",
            "菅原様\n株式会社デルタです。\n明日の二次面接の時間を変更させていただきたく、改めて候補日時をご連絡いたします。\nご迷惑をおかけし申し訳ございません。",
            ("other",),
        ),
    ],
)
def test_a_booked_interview_moved(subject: str, body: str, labels: tuple[str, ...]) -> None:
    """A booked interview moved to a new time named in the same clause, or its place or form changed, is still an invitation; an interview declined by the reader, or called off with the reader's rejection, is not."""
    assert classify_notice(subject=subject, body=body).label in labels


@pytest.mark.parametrize(
    ("subject", "body", "labels"),
    [
        (
            "会社説明会中止のお知らせ",
            "説明会にご予約いただいた皆様\n株式会社ミヤビ 採用担当です。\n台風の接近に伴い、9月20日の会社説明会の開催を見送ることといたしました。\n代替日は決まり次第ご案内します。",
            ("other",),
        ),
        (
            "中途採用募集の一時停止について",
            "ご登録者各位\n株式会社ホクト 人事部です。\n現在、エンジニア職の中途採用は予定人数に達したため、募集を一時停止しております。\n再開時には改めてお知らせいたします。",
            ("other",),
        ),
        (
            "冬のインターンシップについて",
            "インターンシップにご関心をお持ちの皆さんへ\n株式会社アサヒ設計です。\n今冬に予定していたインターンシップは、社内体制の都合により今年度の開催を取りやめることになりました。\n来年度の実施については決まり次第ホームページでお知らせします。",
            ("other",),
        ),
        (
            "選考についてのご連絡",
            "清水様\n株式会社ホクト 人事部です。\n一次面接を控えておりましたが、当該ポジションの採用自体を見送ることとなりましたため、誠に恐縮ながら清水様の選考もここで終了とさせていただきます。\nご理解のほどお願い申し上げます。",
            ("rejection",),
        ),
        (
            "選考結果のお知らせ",
            "山口様\n株式会社コマツ屋 人事部です。\n厳正なる選考の結果、誠に残念ながら今回は採用を見送らせていただくことになりました。\nなお、来年度以降に募集を再開した際には、改めてご応募いただけますと幸いです。",
            ("rejection",),
        ),
        (
            "面接の中止について",
            "大塚様\nいつもお世話になっております。エージェントの平野です。\n来週予定していたA社の二次面接ですが、先方よりポジションの募集自体を取りやめるとの連絡があり、大塚様の選考は終了となりました。\n力及ばず申し訳ありません。",
            ("rejection",),
        ),
        (
            "春の合同説明会",
            "学生の皆さんへ\nキャリアセンターです。\n3月に予定していた学内合同企業説明会は、会場の改修工事のため実施を見合わせることになりました。\n代わりにオンラインでの開催を検討しています。",
            ("other",),
        ),
        (
            "採用中止のお知らせ",
            "上田様\n株式会社ベータです。ご応募いただいておりました経理職ですが、社内事情により秋季採用の実施を見送ることとなりました。上田様の選考もこれにて終了となります。申し訳ございません。",
            ("rejection",),
        ),
        (
            "夏季インターン募集停止",
            "ご登録の皆様\n株式会社ゼータです。夏季採用の実施は今年度見合わせることといたしました。",
            ("other",),
        ),
    ],
)
def test_an_event_called_off_not_the_reader(
    subject: str, body: str, labels: tuple[str, ...]
) -> None:
    """A hiring season or an event called off for everyone is no rejection of the reader; the reader's own selection ended, or a rejection that mentions later openings, still is."""
    assert classify_notice(subject=subject, body=body).label in labels


def test_the_new_knowledge_is_data() -> None:
    """The conditional forms, the meeting topics, the calendar's window and the anaphora are read
    from data/mail_notices.toml."""
    rules = _notice_rules()
    assert {"た", "だ"} <= rules.supposing_auxiliaries
    assert "ば" in rules.supposing_particles
    assert "面談" in rules.outside_selection_topics
    assert rules.outside_selection.search("選考とは関係なく")
    assert rules.staged_interview.search("一次面接")
    assert rules.application_window.search("受付期間")
    assert rules.earlier_anaphora.search("その際は")
