"""Session 20, notices (ph round 2): a recruiting site's maintenance notice, whose 日時 is the
maintenance's and whose 面接予約 is a site function named as unavailable, and an internal
request to a colleague to sit as an interviewer (面接官 asked of the reader, a candidate told of
in the third person or an evaluation to fill in). Invitations that mention maintenance or name
their interviewers stay invitations."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        # a maintenance notice: the fields are the maintenance's
        (
            "採用サイト メンテナンスのお知らせ",
            "下記の時間帯に採用サイトの保守作業を行います。作業中は、説明会予約・面接予約・"
            "エントリーシートの提出がご利用いただけません。\n日時：3月9日（日）2:00〜5:00",
            "other",
        ),
        (
            None,
            "平素より弊社採用マイページをご利用いただき、ありがとうございます。\n"
            "システム更新のため、面接日程の変更・選考状況の確認ができません。\n"
            "■日時：6月21日（土）0:00〜8:00\nご迷惑をおかけします。",
            "other",
        ),
        (
            "【お知らせ】Web面接予約の一時停止について",
            "システム切り替えに伴い、下記の期間はWeb面接の予約受付を一時停止いたします。\n"
            "期間：9月13日（土）10:00〜17:00",
            "other",
        ),
        (
            "サーバー保守のお知らせ",
            "保守作業のため、下記の時間は採用マイページが停止します。停止中は、面接の予約・"
            "キャンセルや内定承諾書の提出ができなくなります。\n日時：4月5日（土）3:00〜6:00",
            "other",
        ),
        (
            "メンテナンスのお知らせ",
            "下記の日程で応募管理画面のメンテナンスを行います。この間、面接日程のご予約および"
            "ご変更は受け付けておりません。\n日時：5月17日（土）22:00〜24:00",
            "other",
        ),
        # near-misses: an invitation that mentions maintenance, a booking asked on the site
        (
            "一次面接のご案内",
            "書類選考の結果、一次面接にお越しいただきたくご連絡しました。\n"
            "日時：3月11日（火）13:00〜\n場所：本社4階\n"
            "なお、3月9日はマイページのメンテナンスのため、ご返信はメールでお願いします。",
            "interview_invite",
        ),
        (
            "面接のご案内",
            "この度はご応募ありがとうございます。面接を下記の日時で実施いたします。\n"
            "日時：6月24日（火）11:00〜\n形式：オンライン",
            "interview_invite",
        ),
        # the reader asked to sit as an interviewer
        (
            "面接官ご依頼の件",
            "渡辺さん\nお疲れ様です、人事の原田です。\n来週の二次面接で、技術面の面接官として"
            "ご参加いただけないでしょうか。\n・10/8（水）15:00〜 候補者：R.I.様\n"
            "面接後は評価票への記入をお願いします。",
            "other",
        ),
        (
            "【依頼】一次面接の件",
            "井上課長\n来月の一次面接について、面接官をお願いしたく存じます。\n"
            "日時：8月6日（水）14:00〜15:00\n応募者：2名（経歴書は共有ドライブにあります）\n"
            "評価は面接当日中にシステムへ入力してください。",
            "other",
        ),
        (
            None,
            "松本さん、急ぎのお願いです。明後日の最終面接、面接官を代わっていただけませんか。"
            "時間は13時から、応募者はY.S.様です。評価シートの提出は翌日で大丈夫です。",
            "other",
        ),
        # near-misses: a candidate's invitation naming its interviewers
        (
            "二次面接のご案内",
            "小川様\n二次面接を下記の通り行います。\n日時：10月8日（水）15:00〜\n"
            "面接官：技術部 部長、人事部 課長\nご都合をお知らせください。",
            "interview_invite",
        ),
        (
            "最終面接のご案内",
            "中島様\n最終面接は社長が面接官を務めます。\n日時：7月3日（木）10:00〜\n"
            "場所：本社役員会議室",
            "interview_invite",
        ),
    ],
)
def test_ph_notices2(subject: str | None, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label
