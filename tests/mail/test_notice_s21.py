"""Session 21: notices read on classes the blind sets showed (an internship's selection, …)."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # admitted to the internship, its days and place booked: the selection's pass
            "サマーインターン選考結果のお知らせ",
            "森本 様\n\nこのたびはサマーインターンにご応募いただきありがとうございました。\n"
            "書類選考の結果、森本様には本インターンシップにご参加いただくことが決定いたしました。\n"
            "期間：8月18日（火）〜8月22日（土）\n会場：大阪本社 5階\n"
            "参加承諾書を8月5日までにご提出ください。",
            "pass",
        ),
        (
            "【参加決定】1day仕事体験",
            "選考の結果、インターンシップにご参加いただけることとなりました。\n"
            "詳細は追ってマイページにてご案内します。",
            "pass",
        ),
        (  # the internship's result, a refusal
            "インターンシップ選考結果",
            "インターンシップへのご応募ありがとうございました。\n厳正なる選考の結果、"
            "誠に残念ながら今回はご参加いただくことができなくなりました。",
            "rejection",
        ),
        (  # thanks after an internship attended: no result
            "インターンシップ参加のお礼",
            "先日はインターンシップにご参加いただき、ありがとうございました。\n"
            "アンケートへのご回答をお願いいたします。",
            "other",
        ),
    ],
)
def test_an_internship_selection(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # the subject's client passed; another client's rejection added as news
            "大和精機様 一次面接の結果",
            "中川さん\n\nお世話になっております。リクルートエージェントの佐々木です。\n"
            "大和精機様の一次面接、通過となりました！\n次回は部長面接です。\n\n"
            "その他の状況です。\n・丸善フーズ様は、残念ながら今回はお見送りとなりました。\n"
            "・コスモ物産様は、結果待ちです。",
            "pass",
        ),
        (  # an offer from the subject's client; a parallel one declined
            "東光ソリューションズ様より内定のご連絡",
            "石田様\n\n東光ソリューションズ様から内定のご連絡がございました。おめでとうございます。\n"
            "一方、並行して進めていたアオイ工業様は、二次面接で見送りとのことでした。\n"
            "条件面は明日ご説明します。",
            "offer",
        ),
        (  # the subject's client itself declined: still the news
            "大和精機様 選考結果のご連絡",
            "中川さん\n\n大和精機様の一次面接ですが、残念ながら見送りとのご連絡をいただきました。\n"
            "丸善フーズ様は書類通過しておりますので、そちらに集中しましょう。",
            "rejection",
        ),
        (  # the reader's own name with 様 in the subject is no client
            "ミナミ様 選考結果のご連絡",
            "ミナミ様\n\nお世話になっております。\n"
            "株式会社コスモ物産様より、今回は採用を見送るとのご連絡がありました。",
            "rejection",
        ),
    ],
)
def test_an_agents_news_of_other_clients_is_not_this_mails(
    subject: str, body: str, label: str
) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (
            "令和9年度 △△市職員採用試験 最終合格通知",
            "受験番号 1052 様\n\n最終試験の結果、あなたは採用候補者名簿に登載されました。\n"
            "なお、名簿登載は採用を約束するものではありません。\n"
            "今後、任命権者による採用面談を経て採用者を決定します。\n\n△△市人事委員会",
            "pass",
        ),
        (
            None,
            "審査の結果、あなたを令和9年4月1日付けで採用予定者に決定しました。\n\n□□町教育委員会",
            "offer",
        ),
    ],
)
def test_a_list_to_be_chosen_from_is_a_pass(subject: str | None, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # a staffing agency's client wants to meet: the placement's next step
            "顔合わせのご連絡",
            "小林様\n\nいつもお世話になっております。テンプスタッフの斉藤です。\n"
            "先日ご紹介した経理事務のお仕事ですが、派遣先様より前向きなお返事をいただき、"
            "顔合わせに進むことになりました。日程は調整中です。",
            "pass",
        ),
        (  # the next round wished for, its date to follow
            "一次面接のお礼",
            "本日はありがとうございました。ぜひ次の面接で詳しいお話を伺いたいと考えております。\n"
            "二次面接の日程は改めてご連絡いたします。",
            "pass",
        ),
        (
            "【合格】春季インターンシップ選考",
            "選考の結果、山本様のご参加が決定いたしました。おめでとうございます。\n"
            "事前課題はマイページからご確認ください。",
            "pass",
        ),
        (  # a tour offered to everyone: no step reached
            "職場見学会のご案内",
            "学生の皆様\n\n職場見学会を開催します。ご参加をお待ちしております。",
            "other",
        ),
    ],
)
def test_a_next_step_of_a_placement_or_programme(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # the booked interview can't be held as planned; new dates offered: moved
            "面接日程再調整のお願い",
            "11月4日（火）14時より予定しておりました二次面接の件でご連絡いたしました。\n"
            "担当役員の都合により、当初の予定での開催が困難となりました。\n"
            "お手数ですが、以下の候補からご都合の良い日時をお知らせください。\n"
            "・11月6日（木）10:00〜\n・11月7日（金）16:00〜",
            "interview_invite",
        ),
        (  # a real rejection after an interview held on a date
            "選考結果のご連絡",
            "11月4日（火）14時の二次面接にお越しいただき、ありがとうございました。\n"
            "慎重に検討いたしましたが、今回はご期待に沿うことが難しいという結論に至りました。",
            "rejection",
        ),
        (  # the place of a booked interview changed, its date kept
            "面接場所の変更について",
            "12月1日（月）15:00からの最終面接について、会場を本社8階会議室に変更いたします。\n"
            "お時間に変更はございません。",
            "interview_invite",
        ),
        (
            "【ご連絡】面接形式の変更",
            "来週火曜10時の一次面接ですが、面接の実施方法をオンラインに変更させていただきます。\n"
            "当日のURLは前日までにお送りします。",
            "interview_invite",
        ),
    ],
)
def test_a_booked_interview_moved_or_changed(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("記\n１　試験区分　行政職（大学卒程度）\n２　結　　果　不合格\n\n以上", "rejection"),
        (
            "記\n１　試験区分　事務職\n２　合　　否　合格\n３　第２次試験　別紙のとおり\n\n以上",
            "pass",
        ),
        ("下記のとおり通知します。\n\n　受験番号　　３０１２\n　判　　定　　不合格", "rejection"),
        # (a field of another name, or a value that is a sentence: no status)
        ("記\n１　試験区分　事務職\n２　試験日　　６月１５日（日）\n\n以上", "other"),
    ],
)
def test_a_status_laid_out_in_columns(body: str, label: str) -> None:
    subject = "△△市職員採用試験 第１次試験結果通知"
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # a verdict not reached yet: pending, no rejection
            "選考結果のご連絡の遅延について",
            "一次面接の結果につきまして、ご連絡が遅れており申し訳ございません。\n"
            "現在も社内で協議中で、まだ結論には至っておりません。来週中にご連絡いたします。",
            "other",
        ),
        (
            "選考結果",
            "慎重に検討いたしましたが、採用という結果には至らない判断となりました。",
            "rejection",
        ),
        (  # the reader said not to be of the class, with a focus particle
            "採用試験 最終結果",
            "審査の結果、誠に残念ながら、貴殿は本法人の採用予定者には選ばれませんでした。",
            "rejection",
        ),
        (  # an agent relays the company's no as NG
            "書類選考結果",
            "ご推薦していたB社のポジションですが、先方より「経験領域が異なる」とのことで、"
            "NGのご連絡がありました。別の案件をご紹介させてください。",
            "rejection",
        ),
        ("就活コラム", "よくあるNGの回答例をまとめました。", "other"),
        (  # moved on to a round named with まで
            "面接のお礼",
            "先日はありがとうございました。社内で相談し、次の役員面接まで進んでいただくことに"
            "なりました。日程は追ってご連絡します。",
            "pass",
        ),
    ],
)
def test_verdicts_pending_negated_or_relayed(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # a receipt of the documents: 「下記の内容で受け付けました」 books no slot
            "応募書類受付のお知らせ",
            "このたびは当社の2027年度新卒採用にエントリーシートをご提出いただき、ありがとうございました。\n"
            "下記の内容で受け付けました。\n\n受付番号：A-1182\n受付日時：2026年3月2日 21:15\n\n"
            "選考結果は3月中旬までにマイページでお知らせします。",
            "other",
        ),
        (  # the interview's slot accepted under its lines
            "一次面接日程",
            "一次面接の日程について、ご希望をありがとうございます。\n"
            "日時：3月10日（火）14:00〜\n場所：本社3階\n下記の内容で承りました。",
            "interview_invite",
        ),
    ],
)
def test_a_receipt_is_no_booking(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    "body",
    [
        "当社では公平な選考の観点から、評価内容および判断理由の開示は一律に行っておりません。",
        "選考に関するご説明は、規定により行っておりません。ご了承ください。",
    ],
)
def test_a_disclosure_not_done_is_declined(body: str) -> None:
    from furikaeri.mail.reply import classify_reply

    assert classify_reply("お問い合わせありがとうございます。\n" + body).label == "declined"


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # the reader was interviewed (thanked for it): the post given to another is a no
            "面接の件",
            "小西さん\n先日は面接ありがとうございました。\n"
            "今回の募集は別の方に決まりましたので、ご連絡します。またよろしくお願いします。",
            "rejection",
        ),
        (  # the same words to someone who never applied: the opening is filled, no one judged
            "求人のお問い合わせについて",
            "お問い合わせありがとうございます。今回の募集はすでに他の方に決定いたしました。",
            "other",
        ),
        (  # a public body's appointment decided
            "任用についてのお知らせ",
            "面接の結果、下記のとおり臨時的任用職員として任用することに決定しました。\n"
            "任用期間：令和9年4月1日から",
            "offer",
        ),
        (
            "インターン選考結果",
            "選考の結果、森様には冬季インターンシップにご参加いただけることが決定しました。",
            "pass",
        ),
    ],
)
def test_an_interview_held_and_a_public_appointment(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        ("面接の日に10分くらい遅れてきて、連絡もなかったのが一番大きかったです。", ["manners"]),
        ("当日は20分ほど遅刻され、その点を重く見ました。", ["manners"]),
    ],
)
def test_a_measured_delay_is_lateness(body: str, causes: list[str]) -> None:
    from furikaeri.mail.reply import classify_reply

    reply = classify_reply("メールありがとうございます。\n" + body)
    assert (reply.label, reply.causes) == ("feedback", causes)


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # a time of day with のみ is no class of people
            "面接のお礼",
            "先日は面接ありがとうございました。\n今回は勤務の希望（土日の朝方のみ）がお店の"
            "必要な時間と合わず、採用は見送らせてください。",
            "rejection",
        ),
        (  # a placement's 就業 declined by the client
            "顔合わせの結果",
            "昨日は職場見学にご同行いただきありがとうございました。\n"
            "派遣先企業様より、今回は就業をお見送りしたいとのご連絡がありました。",
            "rejection",
        ),
        (
            "お仕事紹介結果",
            "先日は職場見学にお越しいただきありがとうございました。\n"
            "今回のお仕事は、残念ながら他のスタッフさんで決定となりました。",
            "rejection",
        ),
        (  # the reader's selection ended by the company
            "ポジションに関するご連絡",
            "二次面接にお時間をいただきありがとうございました。\n"
            "組織体制の見直しに伴い、本ポジションの採用を凍結することとなり、"
            "佐藤様の選考につきましても本日をもって終了とさせていただきます。",
            "rejection",
        ),
        (  # a favour asked (a visit), no hiring: still no rejection
            "職場見学のご依頼について",
            "ゼミでの職場見学のご依頼ありがとうございました。今月は繁忙期のため、"
            "お受けすることが難しい状況です。",
            "other",
        ),
    ],
)
def test_placements_and_ended_selections(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label
