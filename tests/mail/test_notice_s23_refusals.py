"""Refusals that name no rival, and refusals of something other than the candidacy (session 23,
rf): no plan to take anyone on (「スタッフを増やす予定はない」) refuses a request to work; a
hedged judgement of the reader (「まだ少し難しいかなという結論」) is a judgement made, not a
result still to come; a gathering that the mail itself says has no bearing on the selection
(「選考とは関係ございません」) names no selection, so its seats drawn refuse no candidacy. Their
look-alikes: no plan for an event, a judgement of a date or of a document's format, a mail that
only asks the reader to wait. Sentences written for these tests (none from the evaluation
sets)."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice
from furikaeri.mail.notice.dealing import _selection_named
from furikaeri.mail.notice.outcome import _no_intake
from furikaeri.mail.notice.rulebook import _notice_rules


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        # No plan to take anyone on, told to someone who asked to work: a rejection.
        (
            "Re: 働かせてください",
            "村田さん\n\n八百屋まるやまの丸山です。\nお手紙ありがとう。\n"
            "でも、うちは夫婦二人でやっていて、この先もスタッフを増やす予定はないんですよ。\n"
            "また買い物に来てくださいね。",
            "rejection",
        ),
        (
            "ご応募について",
            "荒木 様\n\n書道教室 筆の会 代表の荒木でございます。\n"
            "講師としてのご応募をいただき、誠にありがとうございました。\n"
            "あいにく当教室では、しばらくの間、講師を新しく迎え入れる計画がございません。\n"
            "何卒ご理解のほどお願い申し上げます。",
            "rejection",
        ),
        (
            "アルバイトのお問い合わせ",
            "上野様\n\nお問い合わせいただきありがとうございます。\n"
            "当店では今年度、アルバイトを採用する予定はございません。\n"
            "せっかくご連絡いただいたのに申し訳ございません。",
            "rejection",
        ),
        # A company's own policy of no intake answers the reader too.
        (
            "求人についてのお尋ね",
            "今井 様\n\nお問い合わせありがとうございます。\n"
            "当社では現在、未経験の方を受け入れる体制が整っておらず、ご希望に沿うことができません。\n"
            "何卒ご容赦ください。\n\n合同会社ツムギ 代表 辻",
            "rejection",
        ),
        # What else is not planned refuses nothing: an event, a guide, a system.
        (
            "説明会について",
            "上野様\n\nお問い合わせありがとうございます。\n"
            "今期は工場での説明会を開く予定がございません。\n"
            "会社案内は採用サイトからダウンロードいただけます。",
            "other",
        ),
        (
            "寮についてのご質問",
            "上野様\n\nご質問ありがとうございます。\n"
            "独身寮を新たに設ける計画は今のところございません。\n"
            "選考結果は今週中にご連絡いたします。",
            "other",
        ),
        # A hedged judgement of the reader, made: a rejection.
        (
            "面接ありがとうございました",
            "小松さん\n\nこの間は来てくれてありがとう。\n"
            "いろいろ話し合ったけど、小松さんにはまだ少し厳しいかなという結論になりました。\n"
            "ごめんなさい。\n\n大工 工藤",
            "rejection",
        ),
        # 'Not yet' of a result still to come stays a wait.
        (
            "選考状況",
            "小松様\n\n最終面接の結果は、まだ社内で検討中という状況です。\n"
            "いましばらくお待ちください。\n\n株式会社ヒノキ 人事部",
            "other",
        ),
        # A gathering the mail says has no bearing on the selection: its seats drawn are other.
        (
            "【抽選結果】社員懇親会について",
            "岸本 様\n\n株式会社ミカゲ 新卒採用グループです。\n"
            "社員懇親会へのお申し込みありがとうございました。\n"
            "お申し込みが多く抽選とさせていただきましたが、残念ながら今回はご参加いただけません。\n"
            "本懇親会は採用選考とは無関係のため、今後の選考には影響いたしません。",
            "other",
        ),
        (
            "見学会の抽選結果",
            "岸本様\n\n職場見学会にお申し込みいただきありがとうございました。\n"
            "抽選の結果、誠に残念ながら今回はご案内できません。\n"
            "なお、見学会への参加の有無が選考に影響することは一切ございません。",
            "other",
        ),
        # A selection named without denial keeps its seats a selection's result.
        (
            "インターンシップ選考結果",
            "岸本様\n\nインターンシップにご応募いただきありがとうございました。\n"
            "定員を大きく上回るご応募があり、選考の結果、今回はご参加いただけないこととなりました。",
            "rejection",
        ),
    ],
)
def test_refusals_with_no_rival_and_their_look_alikes(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("sent", "found"),
    [
        ("当面は新しく人を迎える予定はございません。", ["迎える予定はございません"]),
        ("今は社員を雇うつもりはありません。", ["雇うつもりはありません"]),
        ("今年は採用の予定はないです。", ["採用の予定はない"]),
        ("来月は展示会を開く予定はございません。", []),
        ("新しい機械を入れる予定はない。", []),
        ("もしスタッフを増やす予定がなければ、ご連絡ください。", []),
        ("いまはアルバイトを雇う余裕がないんです。", ["雇う余裕がない"]),
        ("新人を受け入れる体制が整っておりません。", ["受け入れる体制が整っておりません"]),
        ("リモート面接を行う体制が整っておらず、来社をお願いしています。", []),
        ("社員を迎える体制が整っていなければ、延期します。", []),
        ("社員を迎える体制が整っております。", []),
        ("人を増やす予定はありますか。", []),
    ],
)
def test_no_intake_needs_a_taking_on_of_people(sent: str, found: list[str]) -> None:
    assert _no_intake(_notice_rules(), [sent], affirmed=False) == found


@pytest.mark.parametrize(
    ("sent", "named"),
    [
        ("本イベントは選考とは関係ございません。", False),
        ("選考とは無関係の催しです。", False),
        ("参加しなかったことが選考に影響することはありません。", False),
        ("選考の一部ではなく、自由参加です。", False),
        ("選考日程の関係でご案内できません。", True),
        ("この面談は選考に関係します。", True),
    ],
)
def test_a_selection_denied_any_bearing_is_not_named(sent: str, named: bool) -> None:
    rules = _notice_rules()
    assert _selection_named(rules, sent, rules.outcome.stage_context) is named


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        # Only the goodwill accepted, after a wish to work: the work declined.
        (
            "Re: 雇っていただけませんか",
            "坂口さん\n\n古書店 しおり の店主、本田です。\n"
            "うちで働きたいというお便り、ありがたく拝見しました。\n"
            "身に余るお話ですが、お気持ちだけありがたく頂戴いたします。\n"
            "また本を探しにいらしてください。",
            "rejection",
        ),
        # A gift declined before a result promised: no refusal of the reader.
        (
            "お心遣いのお礼",
            "坂口様\n\n先日は面接にお越しいただきありがとうございました。\n"
            "お菓子をお送りくださるとのことですが、お気持ちだけ頂戴いたします。\n"
            "面接の結果は今週中にご連絡いたします。\n\n株式会社ナギ 人事部",
            "other",
        ),
        # A date refused and other dates asked for: no rejection (the interview still ahead).
        (
            "二次面接の日程について",
            "平野 様\n\n株式会社ヨツバ 人事の堀です。\n"
            "ご希望の20日につきましては、役員の出張のため実施が難しい状況でございます。\n"
            "お手数ですが、ほかにご都合のよい日程を教えていただけますでしょうか。",
            "interview_invite",
        ),
        # A document's format judged and the document asked for again: no rejection.
        (
            "提出ファイルについて",
            "平野様\n\nお送りいただいた職務経歴書ですが、ファイルが破損しており、"
            "このままでは拝見することが難しいと判断しました。\n"
            "恐れ入りますが、再度ファイルを添付してお送りいただけますか。\n\n株式会社ヨツバ 採用担当",
            "other",
        ),
        # A stock rejection beside a request to apply again stays a rejection.
        (
            "選考結果のご連絡",
            "平野様\n\n慎重に選考いたしました結果、今回は採用を見送らせていただくこととなりました。\n"
            "来年度の募集の際は、改めてご応募いただけますと幸いです。",
            "rejection",
        ),
    ],
)
def test_goodwill_dates_and_documents(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


def test_a_date_refused_with_other_dates_asked_is_no_rejection() -> None:
    body = (
        "平野さん\n\n先日ご提示いただいた8日ですが、こちらの都合でお受けするのが難しい状況です。\n"
        "申し訳ありませんが、別の候補日をいくつかお知らせいただけますか。\n\n株式会社ヨツバ 堀"
    )
    assert classify_notice(subject="面談日について", body=body).label in (
        "other",
        "interview_invite",
    )
