"""Property tests of the reply reader (hypothesis): a polite line added before the signature
changes nothing; width variants are read alike; each cause's sentence is one of the reply's
own. The replies are built from sentences written for these tests, not from eval cases."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from furikaeri.catalogue import CAUSE_IDS
from furikaeri.mail.reply import classify_reply

OPENINGS = [
    "お問い合わせいただきありがとうございます。",
    "先日は二次面接にお越しいただき、ありがとうございました。",
    "面接官からのコメントを、差し支えない範囲でお伝えします。",
]
BODY = [
    "ご経験の幅広さは、面接官一同高く評価しておりました。",
    "一方で、当社を志望された理由が業界全体へのご関心にとどまっている印象でした。",
    "逆質問が年間休日と住宅手当についてのみだった点が気になりました。",
    "お声が小さく、お答えが聞き取りにくい場面が何度かございました。",
    "前職への不満が中心のお話で、当社で何をしたいのかが見えにくかったです。",
    "今回は経理実務3年以上のご経験を求めておりました。",
    "最終的には、より近いご経験をお持ちの方を採用いたしました。",
    "個別の選考理由については、お答えいたしかねます。",
    "身だしなみや言葉遣いに問題はございませんでした。",
    "面接の開始時刻に10分ほど遅れて来られた点が懸念として挙がりました。",
    "自己PRは熱意がありましたが、裏付けとなるエピソードが伺えませんでした。",
    "緊張されている様子はあったが、質問の意図とずれたお答えが多かったです。",
]
POLITE = [
    "今後のご活躍を心よりお祈り申し上げます。",
    "少しでもご参考になれば幸いです。",
    "引き続きどうぞよろしくお願いいたします。",
]
SIGNATURE = "\n\n株式会社サンプル商事 人事部 採用担当"
replies = st.tuples(
    st.sampled_from(OPENINGS), st.lists(st.sampled_from(BODY), min_size=1, max_size=4, unique=True)
).map(lambda parts: "\n".join([parts[0], *parts[1]]))
quick = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@quick
@given(replies, st.sampled_from(POLITE))
def test_a_polite_line_before_the_signature_changes_nothing(body: str, polite: str) -> None:
    plain = classify_reply(body + SIGNATURE)
    added = classify_reply(body + "\n" + polite + SIGNATURE)
    assert (added.label, added.causes) == (plain.label, plain.causes)


@quick
@given(replies)
def test_full_width_digits_and_letters_are_read_alike(body: str) -> None:
    wide = body.translate({c: c + 0xFEE0 for c in range(ord("0"), ord("9") + 1)})
    narrow = unicodedata.normalize("NFKC", body)
    a, b = classify_reply(wide), classify_reply(narrow)
    assert (a.label, a.causes) == (b.label, b.causes)


@quick
@given(replies)
def test_each_cause_is_named_by_a_sentence_of_the_reply(body: str) -> None:
    result = classify_reply(body)
    assert set(result.causes) <= set(CAUSE_IDS)
    for cause, sentence in result.sentences.items():
        assert cause in result.causes
        assert sentence in body


def _word_ends(text: str) -> set[int]:
    from furikaeri.mail.reply.words import _morphs

    return {m.end() for m in _morphs(text)}


@quick
@given(replies)
def test_evidence_ends_on_a_word(body: str) -> None:
    # (evidence is taken from the normalised text: each piece ends where a Sudachi word of its
    # sentence ends, never inside one: 「…様子はあった」, not 「…様子はあ」)
    from furikaeri.mail.text import normalize

    text = normalize(body.replace("\n", ""))
    ends = _word_ends(text)
    for piece in classify_reply(body).evidence:
        at = text.find(piece)
        if at >= 0:
            assert at + len(piece) in ends, piece
