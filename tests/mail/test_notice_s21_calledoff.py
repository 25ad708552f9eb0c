"""Session 21: a business dealing called off, a selection step waived, a newsletter's counts, a
school's internal selection told as a result field."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # a buyer declines a vendor's tool: no application of the reader
            "Re: 勤怠管理クラウドのお見積りについて",
            "株式会社アルファ 営業部 高田様\n\nお世話になっております。山陽運輸 管理部の吉岡です。\n"
            "お見積りをいただきありがとうございました。\n社内で協議した結果、予算の都合により"
            "今期は導入を見送ることとなりました。\nご期待に添えず申し訳ありません。",
            "other",
        ),
        (  # an advertiser declines the reader's ad proposal
            "求人広告掲載のご提案の件",
            "ワークメディア 中村様\n\nご提案ありがとうございました。\n検討の結果、今回は求人広告の"
            "掲載を見送らせていただきます。\nまた別の機会にご相談させてください。",
            "other",
        ),
        (  # a contract not renewed, spoken
            "契約更新について",
            "田中さん、いつもお世話になってます。\n来期のサポート契約ですが、社内で話し合って"
            "継続は見送ることになりました。\nこれまでありがとうございました。",
            "other",
        ),
        (  # an order not placed
            "【ご連絡】発注の件",
            "ミドリ印刷株式会社 ご担当者様\n\n先日はお見積りをありがとうございました。\n"
            "誠に恐縮ではございますが、今回の発注は見送らせていただくことになりました。\n"
            "今後ともよろしくお願いいたします。",
            "other",
        ),
        (  # an agency's business partnership declined
            "お取引開始のご提案について",
            "人材サービス部 森様\n\nご提案いただいた人材紹介のお取引につきまして、"
            "慎重に検討いたしましたが、今回は見送らせていただくこととなりました。",
            "other",
        ),
        (  # an agent: the reader not put forward (ご提案 of a person), another job offered
            "求人のご紹介について",
            "山本様\n\nキャリアアドバイザーの田中です。\n先日お話ししたA社様の営業職ですが、"
            "社内で検討した結果、今回は山本様のご提案を見送ることになりました。\n"
            "引き続き別の求人をご紹介いたします。",
            "rejection",
        ),
        (  # a staffing agency: the client's contract for the reader not made
            "派遣のお仕事について",
            "佐々木様\n\nご紹介していたお仕事について、派遣先企業様との契約は今回見送りとなりました。\n"
            "また条件に合うお仕事があればご連絡します。",
            "rejection",
        ),
        (  # an applicant's rejection with the same verb stays a rejection
            "選考結果のご連絡",
            "小林様\n\nこの度は弊社の営業職にご応募いただきありがとうございました。\n"
            "慎重に検討いたしましたが、今回は採用を見送らせていただくことになりました。",
            "rejection",
        ),
    ],
)
def test_a_business_dealing_called_off(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # the written test waived, the reader moved on to the interview
            "書類選考通過のお知らせ",
            "佐藤様\n\n書類選考の結果、次の選考にお進みいただくことになりました。\n"
            "なお、筆記試験につきましては今回は省略とし、一次面接からご参加いただきます。\n"
            "日程は追ってご連絡いたします。",
            "pass",
        ),
        (  # the aptitude test not held for this reader
            "【選考結果】株式会社ハヤテ",
            "鈴木様\n\nエントリーシート選考の結果、通過となりました。\n"
            "通常実施しているWebテストは、今回は実施を見送らせていただき、"
            "面接にご案内いたします。",
            "pass",
        ),
        (  # a mid-career first interview skipped, straight to the final
            "一次面接免除のご連絡",
            "高橋様\n\n書類を拝見し、ぜひお会いしたいと考えております。\n"
            "一次面接は見送り、最終面接にお越しいただきたく存じます。\n"
            "ご都合のよい日時を3つほどお知らせください。",
            "pass",  # (a final interview asked for passes the rounds before it, [pass])
        ),
        (  # an agent: the assignment task waived
            "【ご報告】株式会社ミナト 書類選考",
            "伊藤さん\n\nミナト様の書類選考、通過です！\n課題提出は今回なしとなり、"
            "そのまま一次面接に進めるとのことです。",
            "pass",
        ),
        (  # the next interview itself refused: a rejection
            "一次面接の結果",
            "石井様\n\n先日は一次面接にお越しいただきありがとうございました。\n"
            "慎重に検討した結果、二次面接は見送らせていただくこととなりました。",
            "rejection",
        ),
        (  # the invitation to a test refused, another post's interview only possible
            "選考について",
            "前田様\n\n適性検査の結果、今回は面接へのご案内を見送らせていただきます。\n"
            "なお、別職種の面接にご案内できる可能性があります。",
            "rejection",
        ),
        (  # the step waived but the reader still refused: a rejection
            "選考結果について",
            "渡辺様\n\n書類選考の結果、誠に残念ながら今回はご期待に添えない結果となりました。\n"
            "適性検査のご案内は見送らせていただきます。",
            "rejection",
        ),
    ],
)
def test_a_selection_step_waived(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # a fair's newsletter with its counts
            "【転職フェア通信】開催レポート",
            "会員の皆さま\n\n先月のキャリアフェアの結果をご報告します。\n・参加企業：45社\n"
            "・来場者：980名\n・その場で面接：204件\n・内定者：31名\n\n次回は3月開催です。",
            "other",
        ),
        (  # a site's monthly report to its readers
            "月間レポート｜就活ナビ",
            "読者の皆様へ\n\n今月の実績です。\n面接実施数 1,520件、内定獲得 210名。\n"
            "「一次面接で即日内定をいただきました」という声も届いています。\n"
            "配信停止はこちら https://example.jp/stop",
            "other",
        ),
        (  # a staffing agency's report to its registered members, counts as list items
            "【登録者様向け】10月の活動報告",
            "ご登録者の皆様\n\nいつもご利用ありがとうございます。\n10月の実績をお知らせします。\n"
            "・新規求人：120件\n・面接実施：86件\n・即日面接：23件\n・就業決定：41名\n"
            "次回のお仕事相談会は2月8日（日）13:00〜、梅田オフィスで開催します。",
            "other",
        ),
        (  # a school's career newsletter, counts in a sentence
            "キャリアセンターだより 11月号",
            "学生の皆さんへ\n\n今月の学内企業説明会では、参加企業32社、当日面接実施件数は"
            "のべ140件となりました。\n来月も開催予定です。",
            "other",
        ),
        (  # a site's mail magazine with a fair's figures in brackets
            "メルマガ｜転職イベント速報",
            "会員各位\n\n先週のイベント結果速報です。\n■一次面接実施：215件\n■内定：18名\n"
            "次回は3月7日（土）10時から、新宿で開催します。\n"
            "次回の予約はこちら https://example.jp/event",
            "other",
        ),
        (  # a booked interview for the reader stays an invitation
            "面接日程のご案内",
            "木村様\n\n一次面接を下記のとおり実施いたします。\n日時：5月12日（火）14:00\n"
            "場所：本社3階 会議室",
            "interview_invite",
        ),
    ],
)
def test_a_newsletters_counts(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # a school's internal selection for a recommendation, told as a field
            "学内推薦選考の結果について",
            "工学部4年 山田 さん\n\nキャリア支援課です。\n学校推薦の学内選考の結果をお知らせします。\n"
            "　結果：推薦決定\n推薦書を受け取りに窓口までお越しください。",
            "pass",
        ),
        (
            "【就職課】推薦者選考結果",
            "松本さん\n\n先日の推薦者選考の結果です。\n判定：推薦内定\n"
            "今後の手続きは別紙をご確認ください。",
            "pass",
        ),
        (  # not recommended: a rejection
            "学内選考結果のお知らせ",
            "井上さん\n\n学内選考の結果をお知らせします。\n結果：推薦見送り\n"
            "他の求人についてはキャリアセンターにご相談ください。",
            "rejection",
        ),
    ],
)
def test_a_recommendation_as_a_result_field(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label
