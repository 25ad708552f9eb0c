"""Session 20, notices round 1: a questionnaire's fields (「回答URL：」「所要時間：」) book no
interview; a public employer's class joined (「採用候補者名簿に登載されました」「最終合格者と
なりました」) is a result; a job-training course's selection (職 inside 職業訓練) is no hiring;
a staffing agency's direct hire relayed (「直接雇用したいとのご連絡」「直接雇用のお申し出」) is an
offer; a clumsy 「不採用でお願いします」 stays a rejection."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        # A survey about the selection, the interview only its topic: other.
        (
            "採用活動アンケートのお願い",
            "小川様\n\n先日の最終面接ではありがとうございました。\n面接官の説明の分かりやすさや"
            "面接会場の案内について、ご意見をお聞かせください。\n所要時間：約5分\n"
            "回答URL：https://example.jp/enquete\n回答期限：8月8日\n\n北斗工業株式会社 人事課",
            "other",
        ),
        (
            None,
            "面接を受けていただいた皆様へ\n面接の進め方についてのアンケートです。\n"
            "設問数：6問\n所要時間：2分\n\n株式会社ミライ 採用チーム",
            "other",
        ),
        # Near-misses: the reader's own interview booked with 所要時間.
        (
            "二次面接のご案内",
            "小川様\n\n二次面接を下記のとおり行います。\n日時：9月2日（火）13:00\n所要時間：約45分\n"
            "面接終了後、任意のアンケートにご協力ください。\n\n北斗工業株式会社 人事課",
            "interview_invite",
        ),
        (
            "面接日程のご確認",
            "小川様\n\n一次面接の候補日をお送りします。ご都合の良い日時をご回答ください。\n"
            "候補日：9月2日 10:00、9月3日 15:00\n回答期限：8月29日\n\n北斗工業株式会社 人事課",
            "interview_invite",
        ),
        # A public employer's list or class joined: a result.
        (
            "職員採用試験 最終結果",
            "受験番号 3301\n\n選考の結果、あなたは採用候補者名簿に登載されました。\n"
            "採用日は追って連絡します。\n\n青葉市人事委員会",
            "pass",  # (a list the appointing authority hires from: the exam passed, no offer yet)
        ),
        (
            "青葉町職員採用試験 第1次試験結果",
            "受験番号 88\n\n第1次試験の結果、貴殿は合格者となりましたので通知します。\n\n青葉町役場",
            "pass",
        ),
        (
            None,
            "受験番号 12\n\n審査の結果、あなたは採用予定者に決定しました。\n\n東町教育委員会",
            "offer",
        ),
        # Near-misses: the process described in the non-past, a role taken by the writer, a
        # class described to many.
        (
            "青葉市職員採用試験 第2次試験結果",
            "受験番号 41\n\n第2次試験の結果、合格となりました。\n"
            "最終合格者は採用候補者名簿に登載されます。\n\n青葉市人事委員会",
            "pass",
        ),
        (
            "面接日時のご連絡",
            "小川様\n\nこの度、小川様の採用担当者となりました田村です。\n一次面接は下記のとおりです。\n"
            "日時：9月9日（火）11:00\n場所：本社2階\n\n北斗工業株式会社 田村",
            "interview_invite",
        ),
        (
            "採用試験のご案内",
            "受験者各位\n\n最終合格者となった方には、11月に採用通知を送付します。\n\n青葉市人事委員会",
            "other",
        ),
        (
            None,
            "受験番号 3302\n\n選考の結果、あなたは採用候補者名簿に登載されませんでした。\n\n青葉市人事委員会",
            "rejection",
        ),
        # A job-training course accepted or refused: other.
        (
            "受講者選考の結果",
            "小川様\n\n公共職業訓練（経理実務科）の受講者選考の結果、合格となりました。\n"
            "開講式は10月1日です。\n\n県立職業能力開発校",
            "other",
        ),
        (
            "訓練の選考結果",
            "小川様\n\n求職者支援訓練「Webプログラミング科」の選考の結果、残念ながら不合格となりました。"
            "\n\n訓練実施機関 テックスクール",
            "other",
        ),
        # Near-misses: a job at a training school, training named in a hiring's mail.
        (
            "採用選考の結果",
            "小川様\n\n職業訓練指導員の採用選考の結果、今回は採用を見送らせていただきます。\n\n"
            "県立職業能力開発校 総務課",
            "rejection",
        ),
        (
            "選考結果のご連絡",
            "小川様\n\n職業訓練で簿記を学ばれたとのこと、書類を拝見しました。\n"
            "慎重に検討しましたが、今回はご縁がなかったということでお願いいたします。\n\n北斗工業株式会社",
            "rejection",
        ),
        # A staffing agency's direct hire, a clumsy rejection.
        (
            "直接雇用のお申し出",
            "小川様\n\n紹介予定派遣でご就業中の派遣先企業より、直接雇用のお申し出がありました。\n"
            "雇用条件をお送りしますのでご確認ください。\n\nスタッフサービス青葉",
            "offer",
        ),
        (
            "ご報告",
            "小川様\n\n派遣先の青葉精機様から、小川さんを正社員として迎えたいとのお話がありました。\n"
            "条件面をご相談させてください。\n\nスタッフサービス青葉",
            "offer",
        ),
        (
            "直接雇用について",
            "小川様\n\n派遣先から、期間満了後に直接雇用したいとのご連絡をいただきました。\n\n"
            "スタッフサービス青葉",
            "offer",
        ),
        # Near-misses: the proposal not made, or only supposed; someone else wanted.
        (
            "直接雇用の件",
            "小川様\n\n期間満了にあたり派遣先と面談しましたが、直接雇用のお申し出はございませんでした。"
            "\n\nスタッフサービス青葉",
            "rejection",
        ),
        (
            "今後について",
            "小川様\n\n派遣先から直接雇用のお申し出があった場合は、改めてご連絡いたします。\n\n"
            "スタッフサービス青葉",
            "other",
        ),
        (
            "選考結果",
            "小川様\n\n先方からは、今回は他の候補者を採用したいとのご連絡がありました。\n\nエージェント 村井",
            "rejection",
        ),
        (
            "結果",
            "小川さん\n\n先日の面接ですが、今回は不採用でお願いします。\n\n喫茶あおば",
            "rejection",
        ),
    ],
)
def test_s20_notices1(subject: str | None, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label
