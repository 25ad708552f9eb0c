"""Replies whose causes are told in one long sentence, replies that refuse details after the
overall judgement, and reverse questions about the company's own strengths. Sentences written
for these tests (several styles: HR, store managers, agents, English-mixed)."""

from __future__ import annotations

import pytest
from mail_support import read_reply

_HR = "山下様\n\n株式会社ミナトテック 人事部の小池です。\n"
_HR_TAIL = "\n\n末筆ながら、今後のご活躍をお祈り申し上げます。"
_SHOP = "佐伯さん\n\nこんにちは、カフェ・ソレイユ駅前店の店長の村上です。\n"
_SHOP_TAIL = "\nまたどこかでご縁があればよろしくお願いします！"
_AGENT = "森田様\n\nお世話になっております。キャリアブリッジの担当、坂口です。\n"
_AGENT_TAIL = "\n\n引き続き次の選考に向けてサポートさせていただきます。"

# Several causes told in one sentence: each joined clause names its own cause, as it would if it
# stood as a sentence of its own (「〜ことと、」「〜のと、」「〜こと、そして」「加えて」「また」, lists).
JOINED = [
    (
        _HR,
        "面接当日、ご連絡のないまま開始時刻に15分ほど遅れて来られたことと、お声が小さく"
        "ご回答も一言で終わってしまう場面が多かったことが、今回の判断の理由です。",
        _HR_TAIL,
        ["communication", "manners"],
    ),
    (
        _SHOP,
        "正直に言うと、なんでうちで働きたいのって聞いたら「近所だし、時給がよさそうだったので」"
        "って感じだったのと、最後に何か聞きたいことある？って聞いたら「大丈夫です」で終わっちゃった"
        "ので、そこがちょっと残念でした。",
        _SHOP_TAIL,
        ["motivation", "reverse_question"],
    ),
    (
        _AGENT,
        "企業様からは、逆質問がリモートワークの頻度と有給の取りやすさに関するものだけだったこと、"
        "そして上長から細かく指示をもらって進めたいというご志向が、自律的に動くことを求める"
        "フラットな組織とは合わないと感じたこと、の2点を伺っております。",
        _AGENT_TAIL,
        ["culture_fit", "reverse_question"],
    ),
    (
        _HR,
        "Pythonでの開発経験が今回のポジションで求める水準に届いていないことに加えて、"
        "ご説明が冗長で結論がなかなか見えなかったことが懸念となりました。",
        _HR_TAIL,
        ["communication", "skills"],
    ),
    (
        _SHOP,
        "来てくれたときに挨拶がなかったのと、こっちの質問に対して答えがずれちゃってたのが"
        "気になったかなあ。",
        _SHOP_TAIL,
        ["communication", "manners"],
    ),
    (
        _AGENT,
        "先方のコメントとしては、志望動機がどの会社にも当てはまる内容に聞こえたこと、また"
        "前職を1年足らずで退職されている点について十分なご説明がなかったことが挙げられていました。",
        _AGENT_TAIL,
        ["motivation", "short_tenure"],
    ),
    (
        _HR,
        "面接の途中で敬語が崩れる場面があったこと、自己PRのエピソードが抽象的だったこと、"
        "そして弊社を志望する理由が浅く感じられたことから、今回は見送りとさせていただきました。",
        _HR_TAIL,
        ["manners", "motivation", "self_pr"],
    ),
    (
        _AGENT,
        "Feedbackとしては、質問の意図を汲み取ったご回答が少なかったのと、チームで成果を出すより"
        "個人で黙々と進めたいというスタンスが、チームワークを大切にするカルチャーとmatchしない、"
        "とのことでした。",
        _AGENT_TAIL,
        ["communication", "culture_fit"],
    ),
]


@pytest.mark.parametrize(("head", "body", "tail", "causes"), JOINED, ids=range(len(JOINED)))
def test_each_joined_clause_names_its_cause(
    head: str, body: str, tail: str, causes: list[str]
) -> None:
    label, got = read_reply(body, head=head, tail=tail)
    assert label == "feedback"
    assert sorted(got) == causes


# Only the overall judgement and a refusal of details: declined, not a feedback without causes.
REFUSED = [
    (
        _HR,
        "選考に関わった者で協議した上での結論となっております。恐れ入りますが、それ以上の"
        "詳細につきましてはご容赦いただけますと幸いです。",
        _HR_TAIL,
    ),
    (
        _SHOP,
        "オーナーとも相談して決めたことなので、それ以上はちょっと勘弁してもらえると"
        "助かります。ごめんなさいね。",
        _SHOP_TAIL,
    ),
    (
        _AGENT,
        "企業様に確認いたしましたが、面接官の皆様で総合的に検討された結果の判断とのことで、"
        "個別の詳細についてはご容赦くださいとのご回答でした。",
        _AGENT_TAIL,
    ),
    (
        _HR,
        "The decision was made after careful discussion with the hiring team. 恐縮ですが、"
        "詳細についてのご説明は控えさせていただけますでしょうか。",
        _HR_TAIL,
    ),
]


@pytest.mark.parametrize(("head", "body", "tail"), REFUSED, ids=range(len(REFUSED)))
def test_only_the_judgement_and_a_refusal_is_declined(head: str, body: str, tail: str) -> None:
    assert read_reply(body, head=head, tail=tail) == ("declined", [])


# The company's own strengths or business asked about in a reverse question: reverse_question
# only; 強み there is the company's, not the candidate's self-PR. The candidate's own strengths
# still name self_pr.
STRENGTHS = [
    (
        _HR,
        "最後の逆質問で「御社の強みは何ですか」「主な事業内容を教えてください」と、会社説明会で"
        "ご説明した内容をそのまま聞かれたのが残念でした。",
        _HR_TAIL,
        ["reverse_question"],
    ),
    (
        _SHOP,
        "質問ありますか？って聞いたときに「このお店の強みってなんですか」って聞かれたんだけど、"
        "それ求人にも書いてあることなんだよね。",
        _SHOP_TAIL,
        ["reverse_question"],
    ),
    (
        _AGENT,
        "企業様によると、逆質問が「貴社の強みと今後の事業展開」という、ホームページに載っている"
        "内容を確認するものだけで、そこが物足りなかったそうです。",
        _AGENT_TAIL,
        ["reverse_question"],
    ),
    (
        _HR,
        "ご自身の強みを伺った際に、それを裏付ける具体的なエピソードが出てこなかった点が"
        "気になりました。",
        _HR_TAIL,
        ["self_pr"],
    ),
]


@pytest.mark.parametrize(("head", "body", "tail", "causes"), STRENGTHS, ids=range(len(STRENGTHS)))
def test_the_companys_strengths_asked_about_are_no_self_pr(
    head: str, body: str, tail: str, causes: list[str]
) -> None:
    label, got = read_reply(body, head=head, tail=tail)
    assert label == "feedback"
    assert sorted(got) == causes


# Neighbours: a pardon asked for the writer's own delay is no refusal, the feedback after it
# stands; a requirement cited from the job posting (「募集要項に記載している内容の通り」) is no
# thing that could have been looked up; a question praised names nothing.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "ご返信が遅くなりましたことをご容赦ください。ご質問の件ですが、志望動機がやや弱いと"
            "感じました。",
            ("feedback", ["motivation"]),
        ),
        (
            "募集要項に記載している内容の通り、今回は実務経験3年以上を必須としております。",
            ("other", []),
        ),
        (
            "「入社までに勉強しておくべきことはありますか」とご質問いただき、前向きな姿勢が"
            "伝わってきました。",
            ("feedback", []),
        ),
    ],
    ids=range(3),
)
def test_neighbours_keep_their_reading(body: str, expected: tuple[str, list[str]]) -> None:
    label, got = read_reply(body, head=_HR, tail=_HR_TAIL)
    assert (label, sorted(got)) == expected


# A second set, written after the first was fixed (mid-career HR, a shop owner, an agent's relay,
# English-mixed): each joined clause, a refusal of more details, the company's strengths asked.
MORE = [
    (
        "面接官からは、入室時にノックをされなかったことと、質問に対して結論から話していただけず"
        "要点がつかみにくかったことが挙げられておりました。",
        ("feedback", ["communication", "manners"]),
    ),
    (
        "前職を半年で辞められているのと、弊社を志望された理由があまり伝わってこなかったのが"
        "理由です。",
        ("feedback", ["motivation", "short_tenure"]),
    ),
    (
        "敬語が崩れてタメ口になる場面があったこと、そして前の職場の上司の悪口が多かったことが"
        "気になりました。",
        ("feedback", ["manners", "negative_reason"]),
    ),
    (
        "自己PRでのエピソードが抽象的だったのと、うちは少人数で何でもやる店なんですが、佐藤さんは"
        "担当を決めてじっくり取り組みたいとのことで、そこが合わないと思いました。",
        ("feedback", ["culture_fit", "self_pr"]),
    ),
    (
        "社内で慎重に検討した結果でございます。これ以上の詳細につきましてはご容赦ください。",
        ("declined", []),
    ),
    (
        "逆質問では「貴社の強みは何ですか」とのご質問のみで、ホームページに載っている情報でした"
        "ので、もう少し踏み込んだ質問を期待しておりました。",
        ("feedback", ["reverse_question"]),
    ),
    (
        "Q&Aでは「What are your company's strengths?」というご質問だけで、採用サイトに書いてある"
        "内容でした。",
        ("feedback", ["reverse_question"]),
    ),
]


@pytest.mark.parametrize(("body", "expected"), MORE, ids=range(len(MORE)))
def test_more_styles(body: str, expected: tuple[str, list[str]]) -> None:
    label, got = read_reply(body, head=_AGENT, tail=_AGENT_TAIL)
    assert (label, sorted(got)) == expected
