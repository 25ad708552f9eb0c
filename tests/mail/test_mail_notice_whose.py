"""Whose result a notice tells: a third person's told to the reader (a referred friend, a
subordinate, a student, a child, an agent's colleague's candidate), said to have been told it
apart; the reader's own told in the third person by an agent; and the company's staff named as
the source of a result, no salutation to the company."""

from __future__ import annotations

import pytest
from mail_support import notice_label

# The person whose result it is has been told it apart (本人, or a name the salutation does not
# give that the result sentence holds), or the reader is asked to tell them: `other`.


@pytest.mark.parametrize(
    ("greeting", "result", "told"),
    [
        (
            "森本さん\nお疲れさまです。採用チームの西です。",
            "リファラルでご紹介いただいた前職の先輩の件、書類と一次面接を経て、今回は見送りとなりました。",
            "ご本人には昨日、採用チームから正式にご連絡しております。",
        ),
        (
            "Haruさん\nReferralのお礼です。",
            "ご紹介いただいたcandidateの方は、1st interviewの結果、今回はご縁がありませんでした。",
            "ご本人にはrecruiterからすでに連絡済みです。",
        ),
        (
            "製造一課 課長 佐野様",
            "貴課の木島さんが応募された社内公募につきまして、今回は異動を見送ることとなりました。",
            "本人には人事部から本日説明いたしました。",
        ),
        (
            "北斗高等専門学校 就職担当 村瀬先生",
            "ご推薦いただいた貴校学生の選考につきまして、誠に残念ながら不採用と決定いたしました。",
            "ご本人様にも本日付で書面にて通知しております。",
        ),
        (
            "大野 様（保護者様）",
            "ご子息の大野 蓮さんのアルバイト応募の件、面接の結果、今回は採用を見送らせていただきます。",
            "蓮さんには先ほどお電話で結果をお伝えしました。",
        ),
        (
            "理学部 三宅先生",
            "研究室の野口 颯太さんにつきまして、一次面接の結果、今回はご縁がなかったという判断になりました。",
            "野口さんにも先ほどメールで連絡済みです。",
        ),
        (
            "堀さん\n法人営業の宮田です。",
            "堀さんご担当の候補者、今井様ですが、C社から一次面接お見送りの連絡がありました。",
            "今井様へのご連絡をお願いできますでしょうか。",
        ),
    ],
)
def test_a_third_persons_result_told_apart(greeting: str, result: str, told: str) -> None:
    assert notice_label("選考結果について", f"{greeting}\n\n{result}\n{told}") == "other"


# The reader's own result: an agent reports the employer's words (「ご本人様」 quoted or
# relayed is the reader), or the company names whom else it told (a referrer, a school).


@pytest.mark.parametrize(
    "line",
    [
        "企業様からは「ご本人様にもどうぞよろしくお伝えください」とのことでした。",
        "先方からは、ご本人様には直接ご連絡済みとのことです。",
        "紹介者の片山さんにもこちらから結果をお伝えしております。",
        "なお、大学のキャリアセンターにも同様にご連絡しております。",
        "ご本人様のご経験は高く評価されていたと伺っております。",
        "結果をご本人様に直接お伝えしたく、メールにてご連絡いたしました。",
        "なお、企業様からご本人様へ直接ご連絡があったかと存じますが、念のためご報告いたします。",
        "なお、本結果はご本人様にのみお知らせしております。",
        "先日お電話でご本人様にお伝えしました通り、改めてご連絡いたします。",
    ],
)
def test_the_readers_own_result_beside_others_told(line: str) -> None:
    body = (
        "村上様\n\nいつもお世話になっております。\n"
        "D社様の一次面接の結果ですが、誠に残念ながら今回はお見送りとなりました。\n"
        f"{line}\n引き続きよろしくお願いいたします。"
    )
    assert notice_label("一次面接の結果", body) == "rejection"


# The employer's staff as a source (より, から) in a short sentence near the top is no
# salutation to the company: the agent's mail is the reader's notice.


@pytest.mark.parametrize(
    "line",
    [
        "B社の人事ご担当者様より結果のご連絡がありました。",
        "F社の採用担当者様から先ほどお電話がありました。",
    ],
)
def test_the_employers_staff_as_a_source(line: str) -> None:
    body = f"吉岡様\n\nお世話になっております。\n{line}\n残念ながら今回はお見送りとのことです。"
    assert notice_label("選考結果のご報告", body) == "rejection"


def test_a_salutation_to_the_company_stays_the_candidates_mail() -> None:
    body = "株式会社ヒノデ\n採用ご担当者様\n\n先日は面接の機会をいただき、ありがとうございました。"
    assert notice_label("面接のお礼", body) == "other"


# Another person goes on, is chosen or takes the step (another, the one more of two, one
# pointed back to; English and katakana words mixed in): the reader is turned down.


@pytest.mark.parametrize(
    "line",
    [
        "今回のポジションについては、別の候補者の方とnext stepに進ませていただくことになりました。",
        "今回は、他のcandidateの方とネクストステップへ進むことにいたしました。",
        "本ポジションは、ほかの方にnext stepへお進みいただく形となりました。",
        "今回はもう一人の候補者の方とプロセスを進めることになりました。",
        "より近いご経験の方がいらっしゃったため、そちらの方と次のステップへ進む運びとなりました。",
        "今回は他の応募者の皆さんを二次選考へご案内することとなりました。",
        "企業様は、別の候補者の方とオファーのプロセスに入られたとのことです。",
        "今回の募集枠は他応募者の方で確定いたしました。",
        "ポジションは他の候補者でクローズとなりました。",
        "今回はother candidateの方とプロセスを進めることになりました。",
        "今回は別の候補者の方とプロセスを継続することとなりました。",
        "今回のpositionは、別のcandidateでfillすることになりました。",
        "社内で検討した結果、今回は選考を継続しない判断となりました。",
    ],
)
def test_another_person_goes_on(line: str) -> None:
    body = f"小島様\n\n先日は面接のお時間をいただきありがとうございました。\n{line}\nご応募いただきありがとうございました。"
    assert notice_label("選考結果について", body) == "rejection"


# Others named beside the reader's own step: with them (ともに, 同様に), compared with them, or
# their withdrawal making room for the reader.


@pytest.mark.parametrize(
    "line",
    [
        "他の候補者の方と同様に、小島様にもネクストステップへお進みいただきたく存じます。",
        "他の候補者の方々とともに、最終面接へお進みいただくことになりました。",
        "他の応募者の方と比べても評価が高く、ぜひ次の選考へお進みください。",
        "別の候補者の方が辞退されたため、小島様に最終面接へお進みいただけることになりました。",
        "他の応募者の方より一歩進んだご経験をお持ちで、ぜひ最終面接へお進みください。",
        "他の候補者の方に先んじて、小島様には最終面接へお進みいただきたく存じます。",
    ],
)
def test_the_reader_goes_on_beside_others(line: str) -> None:
    body = f"小島様\n\n先日は面接のお時間をいただきありがとうございました。\n{line}\n日程は追ってご連絡いたします。"
    assert notice_label("選考結果について", body) in ("pass", "interview_invite")


# The result's person is the reader's own (a child honoured as the reader's, a peer with a
# title, someone of the reader's school, department or agency, a candidate in the reader's
# charge), or one the reader referred: `other`, even with no word of telling them apart.


@pytest.mark.parametrize(
    ("greeting", "result"),
    [
        (
            "坂本 様",
            "ご令嬢の坂本 美月さんからご応募いただいた件ですが、今回は採用を見送らせていただきます。",
        ),
        ("たくみさん", "前の職場の先輩さん、残念ながら二次面接で見送りになりました。"),
        (
            "みなと工業高等学校 進路指導部 御中",
            "貴校生徒の川村 拓海君につきまして、誠に残念ながら不採用と決定いたしました。",
        ),
        (
            "株式会社キャリアブリッジ 野田様",
            "貴社ご推薦の森下様につきまして、今回は見送りとさせていただきます。",
        ),
        (
            "高田さん",
            "高田さんがご担当されている候補者の上原様ですが、E社から書類選考見送りの連絡がありました。",
        ),
        (
            "松尾さん",
            "先日リファラルいただいた前職の後輩の方について、一次面接の結果、今回は見送りとなりました。",
        ),
    ],
)
def test_a_result_of_the_readers_own_person(greeting: str, result: str) -> None:
    body = f"{greeting}\n\nいつもお世話になっております。\n{result}\n今後ともよろしくお願いいたします。"
    assert notice_label("選考結果について", body) == "other"


@pytest.mark.parametrize(
    "line",
    [
        "ご家族の皆様にもご心配をおかけしたことと存じます。",
        "貴殿の今後のご活躍をお祈り申し上げます。",
        "なお、ご推薦いただいた前職の上司の方へは、私からお伝えしております。",
        "社員の田村からのご紹介でご応募いただき、ありがとうございました。",
    ],
)
def test_the_readers_own_rejection_naming_others(line: str) -> None:
    body = f"石原様\n\nこの度は誠にありがとうございました。\n慎重に検討いたしましたが、今回は採用を見送らせていただきます。\n{line}"
    assert notice_label("選考結果について", body) == "rejection"


def test_others_selection_continuing_is_no_choice() -> None:
    body = "小島様\n\n一次面接ではありがとうございました。\n現在、他の候補者の方との選考も継続しておりますので、今しばらくお待ちください。"
    assert notice_label("選考状況のご連絡", body) == "other"


# A junior or a student writes to a mentor addressed by the word alone: the result told is the
# writer's own. A name before 先生 may be an employer's title for a candidate.


def test_the_writers_own_result_told_to_a_mentor() -> None:
    body = "先輩\n\nお疲れさまです。例のH社、最終で見送りでした。\nまた面接練習をお願いできたら嬉しいです。"
    assert notice_label("ご報告", body) == "other"


def test_a_named_teacher_as_the_candidate_stays_a_notice() -> None:
    body = "山田 太郎 先生\n\nこの度は本学教員公募にご応募いただきありがとうございました。\n慎重に審査いたしましたが、今回は採用を見送らせていただきます。"
    assert notice_label("選考結果について", body) == "rejection"
