"""Shortcuts taken for speed give what the plain reading gives: complaints read only within the
sentences a caller looks at, an answer read sentence by sentence as a batch, word loops skipped
where their words cannot be, remembered misses of takes_up, unions of patterns scanned once
(patterns.any_of), sentences cut at their 「。」, a batch's answer judged as alone, clauses kept
by their text and denials tried only where a negation can follow. Each test compares a
shortcut with the loop or reading it stands in front of."""

from __future__ import annotations

import json
import re
import sys
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from furikaeri.analyzer import (
    analyze,
    analyze_records,
    core,
    detect_manners,
    detect_reasons,
    pieces,
)
from furikaeri.analyzer import doc as doc_module
from furikaeri.analyzer.blame import complaints as blame_complaints
from furikaeri.analyzer.content.episodes import _KEPT_UP, _kept_up_said
from furikaeri.analyzer.cross import wording
from furikaeri.analyzer.cross.employer import _complains_of_employer
from furikaeri.analyzer.cross.wording import _CONTENT_POS, _NOT_CONTENT, _question_words, takes_up
from furikaeri.analyzer.demands import leaving
from furikaeri.analyzer.denial import _BEFELL, Denials, befell, undenied
from furikaeri.analyzer.detect_hedges import _toka, hedge_hits
from furikaeri.analyzer.doc import Doc, asks_back
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.pieces import _CUT, Joined, Pieces, _cut
from furikaeri.analyzer.questions import declaration, offtopic
from furikaeri.analyzer.types import Span
from furikaeri.nlp import fold, morphemes, synonym_groups, valid_text, words
from furikaeri.patterns import LiteralUnion, any_of, matcher

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from answer_corpus import _SENTENCE, corpus, distinct_corpus

_ANY = re.compile(".")


@pytest.mark.parametrize(
    "text",
    [
        "短所は特に思いつきません。強みは粘り強さです。",
        "失敗を恐れずに挑戦し、ミスなく納品しました。",
        "弱みはないと思います\n短所は断れないところです",
        "問題もなく、無事に終わりました！特にありません",
        "ん",
        "\nない\n、ない。",
    ],
)
def test_any_character_is_denied_where_each_match_would_be(text: str) -> None:
    denials = Denials(text)
    each = [(m.start(), m.end()) for m in _ANY.finditer(text) if denials.at(m.end())]
    chars = list(text)
    for start, stop in each:
        chars[start:stop] = "\u3000" * (stop - start)
    expected = "".join(chars) if each else text
    assert undenied(text, (_ANY,)) == expected


def _cited(text: str, start: int, end: int) -> Span:
    return Doc(text).span(start, end)


def test_a_known_clause_snaps_as_a_fresh_one() -> None:
    first = "毎朝の打ち合わせを提案し、目標を達成できました。"
    second = "前職では、毎朝の打ち合わせを提案し、残業が減りました。"
    doc_module._CLAUSES.clear()
    cut = first.index("提案") + 1  # 「提」: half a word
    fresh = Doc(first).phrase(_cited(first, cut - 1, cut))
    at = second.index("提案") + 1
    again = Doc(second).phrase(_cited(second, at - 1, at))  # the clause is known now
    assert "毎朝の打ち合わせを提案し、" in doc_module._CLAUSES
    assert (fresh.text, again.text) == ("提案", "提案")
    assert again.start == second.index("提案")


TEXTS = [
    # a span starting in the sentence before its hinge's (_voiced_subject, _only, _benefactive)
    "前職では、現場の意見が\n反映されることはなかった。",
    "前の職場では私の提案が\n無視されることが多く、辛かったです。",
    "上司から\n怒られてばかりでした。",
    "上司は仕事を\n教えてくれない。",
    "職場では、先輩方の声が\nまったく聞き入れられませんでした。次は挑戦したいです。",
    # complaints in one sentence among others
    "営業を3年担当しました。上司は部下の話を聞いてくれない人でした。今後は企画に挑戦したいです。",
    "前職の会社では残業が多く、休みも取れませんでした。そこで転職を決めました。",
    "店長が現場に顔を出さず、何度相談しても何も変わりませんでした。",
    "正直者が損をする職場でした。御社では誠実さを大切にしたいと考えています。",
    "所長ともうまくいかなかった時期もありましたが、話し合いを重ねて信頼関係を築きました。",
    "雑務ばかりで、成長を感じられませんでした。\n上司も忙しそうでした。",
    # no complaint (look-alikes)
    "上司に褒められたことが励みになりました。",
    "前職では、残業の多さが課題になっていたので、業務の手順を見直しました。",
    "職場の先輩は丁寧に教えてくれました。\n感謝しています。",
    "断られても訪問を続け、半年で契約を3件いただきました。",
]


@pytest.mark.parametrize("text", TEXTS)
def test_complaints_within_each_sentence_as_whole(text: str) -> None:
    whole = detect_reasons.complaints(Doc(text))
    for sent in Doc(text).sentences:
        doc = Doc(text)
        part = detect_reasons.complaints(doc, within=[sent])
        assert [c for c in part if sent.start <= c.start < sent.end] == [
            c for c in whole if sent.start <= c.start < sent.end
        ]
        assert "complaints" not in doc.memo  # a part is never kept as the whole


@pytest.mark.parametrize("text", TEXTS)
def test_complaint_spans_within_every_pair(text: str) -> None:
    whole = blame_complaints.complaint_spans(Doc(text))
    sentences = Doc(text).sentences
    for a in sentences:
        for b in sentences:
            within = sorted({a, b})
            part = blame_complaints.complaint_spans(Doc(text), within=within)
            inside = [c for c in part if any(s.start <= c.start < s.end for s in within)]
            assert inside == [c for c in whole if any(s.start <= c.start < s.end for s in within)]


def test_reach_needed_for_a_span_before_its_sentence() -> None:
    """The margin is needed: with no reach, the span of 「意見が\\n反映されることはなかった」
    (started on the line before) would be lost."""
    text = TEXTS[0]
    first = Doc(text).sentences[0]
    whole = blame_complaints.complaint_spans(Doc(text))
    assert [c.text for c in whole] == ["意見が\n反映されることはなかっ"]
    assert whole[0].start < Doc(text).sentences[1].start
    assert blame_complaints.complaint_spans(Doc(text), within=[first]) == whole


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上司は部下の話を聞いてくれない人でした。", True),
        ("職場の先輩は丁寧に教えてくれました。\n感謝しています。", False),
        ("営業を3年担当しました。上司は優しい方でした。残業ばかりで辛かったです。", False),
    ],
)
def test_complains_of_employer(text: str, expected: bool) -> None:
    assert _complains_of_employer(Doc(text)) is expected


PIECE_TEXTS = [
    # spoken, new graduate
    "えっと、私の強みは粘り強さです。大学では野球部で主将を務めました。よろしくお願いします。",
    "ぶっちゃけ前の会社は残業が多すぎて、マジで無理でした。なので辞めました。",
    # written ES
    "貴社を志望する理由は二点あります。第一に、地域に根ざした事業を展開している点です。第二に、若手に裁量を与える社風に惹かれました。",
    # mid-career
    "前職では法人営業を五年担当し、新規開拓で売上を前年比120%に伸ばしました。今後はマネジメントにも挑戦したいと考えております。",
    # career-site 例文
    "私は学生時代、飲食店のアルバイトでリーダーを務めました。人手不足の課題に対し、シフトの組み方を見直しました。その結果、離職率が下がりました。",
    # agent mail register
    "お世話になっております。選考の結果につきまして、ご連絡いたします。何卒よろしくお願い申し上げます。",
    # no cut: 。 before a bracket, a digit, Latin, a line break, 「。」 twice, no 。 at all
    "「頑張ります。」と言いました。3年間続けました。OKです。\n次に、改善しました。。それで終わりです",
    "結論から申し上げますと御社が第一志望です",
    "モーニング娘。が好きです。ライブにも行きました。",
    # katakana and kanji after 。, a half-width kana, a long vowel
    "サービスが好きです。ソフトウェア開発に携わりました。ｱﾙﾊﾞｲﾄもしました。ーそれだけです。",
    # the same sentence twice in one answer
    "よろしくお願いいたします。よろしくお願いいたします。",
]


def _whole(text: str) -> tuple[list[str], list[int], list[int]]:
    ml = morphemes(text)
    found, ends = words(text, ml)
    return [w.surface for w in found], ends, [m.word_id() for m in ml]


@pytest.mark.parametrize("text", PIECE_TEXTS)
def test_sentence_by_sentence_is_the_whole_answer(text: str) -> None:
    found, ends, ml = Pieces().tokens(text)
    assert ([w.surface for w in found], ends, [ml[i].word_id() for i in range(len(ml))]) == (
        _whole(text)
    )
    assert len(ml) == len(found)


@pytest.mark.parametrize("text", PIECE_TEXTS)
def test_a_doc_reads_the_same_words_given_a_batch(text: str) -> None:
    shared = Pieces()
    shared.tokens("よろしくお願いします。" + text)  # sentences of another answer read before
    doc, alone = Doc(text, pieces=shared), Doc(text, morphemes=morphemes(text))
    assert doc.words == alone.words
    assert doc.ends == alone.ends
    assert doc.begins == alone.begins
    assert "morphemes" in doc.__dict__


def test_each_distinct_sentence_is_tokenized_once(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []

    def counted(text: str, *, valid: bool = False) -> object:
        read.append(text)
        return morphemes(text, valid=valid)

    monkeypatch.setattr(pieces, "morphemes", counted)
    batch = Pieces()
    batch.tokens("私は営業を担当しました。本日はよろしくお願いいたします。")
    batch.tokens("私は企画を担当しました。本日はよろしくお願いいたします。")
    batch.tokens("本日は企画の話をします。本日はよろしくお願いいたします。")
    assert read == [
        "私は営業を担当しました。本日はよろしくお願いいたします。",  # new sentences: one call
        "私は企画を担当しました。",
        "本日は企画の話をします。",  # its second sentence was read after a 「。」 already
    ]
    batch.tokens("私は営業を担当しました。本日はよろしくお願いいたします。")
    assert len(read) == 3
    # a sentence first in its answer is read at the beginning, as it is there
    batch.tokens("本日はよろしくお願いいたします。私は企画を担当しました。")
    assert read[3:] == ["本日はよろしくお願いいたします。私は企画を担当しました。"]


def _sample_sentences() -> list[str]:
    data = resources.files("furikaeri") / "data" / "samples" / "answers.jsonl"
    answers = [json.loads(line)["answer"] for line in data.read_text("utf-8").splitlines() if line]
    return list(dict.fromkeys(s for a in answers for s in re.findall(r"[^。]+。", a)))


def test_sample_sentences_in_every_order_read_as_whole() -> None:
    """Each sentence of the bundled sample answers after each other one (new left contexts
    for every sentence), read through one batch: the same as each text tokenized whole."""
    sentences = _sample_sentences()[:24]
    batch = Pieces()
    for a in sentences:
        for b in sentences:
            found, ends, ml = batch.tokens(a + b)
            ids = [ml[i].word_id() for i in range(len(ml))]
            assert ([w.surface for w in found], ends, ids) == _whole(a + b)


def test_morphemes_by_word_index() -> None:
    text = "営業を担当しました。成果を出しました。"
    batch = Pieces()
    batch.tokens("営業を担当しました。研修も受けました。")  # its first sentence read: joined
    _, _, ml = batch.tokens(text)
    whole = morphemes(text)
    assert isinstance(ml, Joined)
    assert [m.surface() for m in ml[:]] == [m.surface() for m in whole]
    assert ml[-1].surface() == "。"
    with pytest.raises(IndexError):
        ml[len(whole)]


def test_a_batch_says_what_each_answer_alone_says() -> None:
    records = [
        {"id": str(i), "answer": text, "question": "自己PRをしてください。"}
        for i, text in enumerate(PIECE_TEXTS * 2)
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    for rec, out in zip(records, analyze_records(lines), strict=True):
        alone = analyze(rec["answer"], question=rec["question"])
        assert [f["code"] for f in out["findings"]] == [f.code for f in alone.findings]


# Answers of several sentences (spoken, written ES, new graduate, mid-career, 例文), and a
# later answer that says the second of them after a sentence of its own (a sentence is reused
# where it has a 「。」 before it, or where it opens the answer, as it had).
PAIRS = [
    (
        "えっと、私の強みは粘り強さです。大学では野球部で主将を務めました。",
        "毎朝の練習を欠かしませんでした。大学では野球部で主将を務めました。",
    ),
    (
        "貴社を志望する理由は二点あります。第一に、地域に根ざした事業を展開している点です。",
        "第二に、社風に惹かれました。第一に、地域に根ざした事業を展開している点です。",
    ),
    (
        "前職では法人営業を五年担当しました。売上を前年比120%に伸ばしました。",
        "今後はマネジメントにも挑戦したいです。売上を前年比120%に伸ばしました。",
    ),
    (
        "ぶっちゃけ前の会社は残業が多すぎて、マジで無理でした。なので辞めました。",
        "今は落ち着いています。なので辞めました。",
    ),
]


def _read(batch: Pieces, text: str) -> tuple[list[str], list[int], list[int]]:
    found, ends, ml = batch.tokens(text)
    assert len(ml) == len(found)
    return [w.surface for w in found], ends, [ml[i].word_id() for i in range(len(ml))]


@pytest.mark.parametrize(("first", "later"), PAIRS)
def test_a_new_answer_is_read_whole_and_its_sentences_kept(first: str, later: str) -> None:
    batch = Pieces()
    _, _, ml = batch.tokens(first)
    assert not isinstance(ml, Joined)  # nothing to reuse: Sudachi's own list
    assert _read(Pieces(), first) == _whole(first)
    assert _read(batch, first) == _whole(first)
    _, _, joined = batch.tokens(later)
    assert isinstance(joined, Joined)  # the shared sentence reused
    assert _read(batch, later) == _whole(later)


def test_the_distinct_corpus_repeats_no_sentence() -> None:
    records = distinct_corpus(120_000)
    said = [s for r in records for s in _SENTENCE.findall(r["answer"])]
    assert len(said) == len(set(said))
    assert sum(len(r["answer"].encode("utf-8")) for r in records) >= 120_000
    assert records == distinct_corpus(120_000)  # the same on every run
    # answers about as long as the repeating corpus's (each topped up to its record's length)
    plain = corpus(120_000)
    mean = sum(len(r["answer"]) for r in records) / len(records)
    assert mean >= 0.9 * sum(len(r["answer"]) for r in plain) / len(plain)


SENTENCES = [
    "なんか、前の職場はなんかこう、ちょっと違くて、とりあえず辞めました。",
    "えっと、私の強みは粘り強さです。大学では野球部で主将を務めました。",
    "接客とかレジとか、いろいろ経験しました。お客様から「マジで助かった」と言われました。",
    "後輩が次々と辞めていく職場で、私も転職を決意しました。",
    "新人が1か月もたずに辞めてしまうことが課題でした。",
    "正直、残業が超多くて、休みも全然取れなかったんすよ。",
    "御社のサービスを毎日使っていて、エモい体験だなと感じています。",
    "個人的には、リーダー的な役割みたいなのが向いていると思います。",
    "来れる日は毎日来て、見れる資料は全部見ました。",
    "ｶﾞｸﾁｶは、サークルの代表として新歓イベントを企画したことです。",
]


def _loop(doc: Doc, surfaces: frozenset[str]) -> list[int]:
    return [i for i, w in enumerate(doc.words) if w.surface in surfaces]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize(
    "surfaces",
    [
        frozenset({"なん", "なんか"}),
        frozenset({"とか", "か"}),
        frozenset({"く", "かっ", "けれ"}),
        frozenset({"辞め", "転職"}),
        frozenset({"。", "、"}),
        frozenset({"存在しない語"}),
    ],
)
def test_written_is_the_loop(text: str, surfaces: frozenset[str]) -> None:
    doc = Doc(text)
    assert doc.written(surfaces) == _loop(doc, surfaces)


def _casual(text: str) -> list[tuple[int, int, str]]:
    doc = Doc(text)
    return [(s.start, s.end, why) for s, why in detect_manners._token_hits(doc)]


def test_inert_words_change_nothing() -> None:
    detect_manners._inert_words().clear()
    cold = [_casual(t) for t in SENTENCES]
    warm = [_casual(t) for t in SENTENCES]  # every word of these met now
    assert warm == cold
    assert any(cold)  # (the sentences hold casual forms to find)


def test_leaving_words_cold_and_warm() -> None:
    leaving._not_leaving.cache_clear()
    cold = [(leaving.own_leaving(Doc(t)), leaving.others_leaving(Doc(t))) for t in SENTENCES]
    warm = [(leaving.own_leaving(Doc(t)), leaving.others_leaving(Doc(t))) for t in SENTENCES]
    assert warm == cold
    assert any(own for own, _ in cold) and any(others for _, others in cold)


def _toka_loop(doc: Doc) -> list[tuple[int, int]]:
    """detect_hedges._toka as a loop over every word (before Doc.written)."""
    ws, out = doc.words, []
    for i in range(1, len(ws)):
        w = ws[i]
        if w.surface == "とか" and w.pos == "助詞" and ws[i - 1].pos == "名詞":
            out.append((i, i))
        elif (
            w.surface == "か"
            and w.pos == "助詞"
            and i > 1
            and ws[i - 1].surface == "と"
            and ws[i - 2].pos == "名詞"
        ):
            out.append((i - 1, i))
    return out


@pytest.mark.parametrize("text", SENTENCES)
def test_toka_as_the_loop(text: str) -> None:
    doc = Doc(text)
    assert _toka(doc) == _toka_loop(doc)
    assert hedge_hits(doc, []) == hedge_hits(Doc(text), [])


def test_toka_found() -> None:
    assert _toka(Doc(SENTENCES[2]))  # 接客とか, レジとか


QUESTIONS = [
    "学生時代に最も打ち込んだことは何ですか",
    "休日はどのように過ごしていますか",
    "最近気になったニュースを教えてください",
]

# Answers in several styles (spoken, written ES, new graduate, mid-career); each is read twice
# per question, the second time from what the first remembered.
ANSWERS = [
    "えっと、大学ではずっと吹奏楽部でトランペットを吹いてました。",
    "私は学生時代、地域の清掃ボランティアに力を注ぎました。",
    "週末は家族と近所の公園を散歩しております。",
    "前職では経理として月次決算を担当しておりました。",
    "物流業界の人手不足に関する記事が印象に残っています。",
    "はい、特にございません。",
    "休みの日はジョギングをして過ごすことが多いです。",
    "今朝のニュースで見た円安の話題が気になりました。",
]


def _plain(doc: Doc, seeds: frozenset[str], groups: frozenset[int]) -> bool:
    ws, ml = doc.words, doc.morphemes
    return any(
        w.pos in _CONTENT_POS
        and w.pos2 not in _NOT_CONTENT
        and (
            w.normalized in seeds
            or w.lemma in seeds
            or (bool(groups) and not groups.isdisjoint(synonym_groups(w, ml[i])))
        )
        for i, w in enumerate(ws)
    )


@pytest.mark.parametrize("question", QUESTIONS)
def test_takes_up_remembering_misses_reads_as_the_plain_loop(question: str) -> None:
    seeds, groups = _question_words(question)
    for _ in range(2):
        for answer in ANSWERS:
            doc = Doc(answer)
            assert takes_up(doc, seeds, groups) == _plain(Doc(answer), seeds, groups), answer


# Answers opening with the question asked back, a bare reply, or neither.
OPENINGS = [
    ("短所、ですか。えー、心配性なところです。", 1),
    ("はい。私の強みは粘り強さです。", 0),
    ("志望動機ですか。御社の製品に惹かれたからです。", 1),
    ("前職では営業を担当しておりました。", 0),
]


@pytest.mark.parametrize(("answer", "echoes"), OPENINGS)
def test_asked_back_and_opening_are_read_once_per_answer(answer: str, echoes: int) -> None:
    doc = Doc(answer)
    first = doc.asked_back()
    assert len(first) == echoes
    assert doc.asked_back() is first  # shared, not read again
    opening = doc.opening()
    assert doc.opening() is opening
    fresh = Doc(answer)
    assert fresh.opening() == opening and fresh.asked_back() == first
    said = [s for s in fresh.sentences[echoes:] if not fresh._bare(s)]
    assert opening == [fresh.sentence_span(said[0])]


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("短所、ですか。", True),
        ("失敗ですか……。", True),
        ("弱み、でございますか", True),
        ("学生時代の経験ですか？", True),
        ("何を学んだかが大切だと考えています。", False),  # (か inside, not closing)
        ("本当にそうでしょうか。", False),  # (う between: no echo)
        ("成長できたかな、と思います。", False),
        ("御社を志望した理由ですかね。", False),  # (ね closes it)
    ],
)
def test_asks_back_reads_the_closing_particle_first(sentence: str, asks: bool) -> None:
    assert asks_back.__wrapped__(sentence) is asks


# Answers to questions of a known topic (kind other or self_intro), which off_topic reads word
# by word: the batch tokenizes them up front (core._topic_read), with the same analysis.
TOPIC_RECORDS = [
    {"id": "a", "question": "あなたの短所を教えてください", "answer": "心配性なところです。"},
    {
        "id": "b",
        "kind": "self_intro",
        "question": "自己紹介をお願いします",
        "answer": "山田太郎と申します。大学では経済学を学びました。",
    },
    {"id": "c", "question": "趣味は何ですか", "answer": "週末は登山をしています。"},
    {"id": "d", "question": "前職を辞めた同僚について", "answer": "後輩が次々と辞めていきました。"},
    {
        "id": "e",
        "question": "最近気になったニュースは",
        "answer": "毎朝新聞を読むようにしています。",
    },
]


def test_answers_to_a_known_topic_are_tokenized_in_the_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in TOPIC_RECORDS]
    guessed = list(analyze_records(lines))
    assert core._topic_read("other", TOPIC_RECORDS[0]["question"])
    assert core._topic_read("self_intro", TOPIC_RECORDS[1]["question"])
    assert not core._topic_read("other", None)  # (no topic: seldom read word by word)
    assert not core._topic_read("motivation", TOPIC_RECORDS[0]["question"])
    monkeypatch.setattr(core, "_topic_read", lambda kind, question: False)
    assert list(analyze_records(lines)) == guessed


# Sentences in several styles (spoken, written ES, new graduate, mid-career, near-misses of
# the topics' marks and hallmarks); each is read alone and all of them as one answer.
UNION_SENTENCES = [
    "えっと、前の職場では上司がほとんど相談に乗ってくれなくて、正直しんどかったです。",
    "私の強みは、相手の立場に立って考えられることです。",
    "御社を志望した理由は、地域に根ざした医療に携わりたいと考えたからです。",
    "学生時代はテニスサークルの副代表として、新入生の勧誘に力を入れました。",
    "5年後には、チームをまとめるリーダーとして後輩の育成にも関わっていたいです。",
    "最近気になったニュースは、物流業界の人手不足に関する記事です。",
    "周りからはよく粘り強いと言われます。",
    "現在、他社の選考も受けております。",
    "山田太郎と申します。本日はよろしくお願いいたします。",
    "休日は近所の公園を走ったり、料理をしたりして過ごしています。",
    "発注数を一桁間違えてしまい、先輩に迷惑をかけてしまいました。",
    "ちゃんと確認しなかったのが原因です。",
    "じゃあ次はどうするかを考えて、チェックリストを作りました。",
    "しまうまの絵本を読むのが好きです。",
    "前職は営業事務でした。受注入力と請求書の発行を担当しておりました。",
    "特にございません。",
    "残業が月80時間を超えることもあり、体調を崩してしまったためです。",
    "貴院の理念に共感し、応募いたしました。",
]

UNION_TEXTS = [*UNION_SENTENCES, "".join(UNION_SENTENCES), ""]


def _folded(text: str) -> str:
    return Doc(text).folded if text else text


def test_any_of_matches_where_one_of_the_patterns_does() -> None:
    topics = lexicon().topics
    patterns = [p for t in topics for p in (t.marks, t.hallmark, t.answer) if p is not None]
    union = any_of(patterns)
    assert union is not None
    for text in map(_folded, UNION_TEXTS):
        assert (union.search(text) is not None) == any(p.search(text) for p in patterns)


@pytest.mark.parametrize(
    "patterns",
    [
        [r"(a)\1", "b"],  # a back reference: its group would be renumbered
        [r"(?P<x>a)", r"(?P<x>b)"],  # group names that clash
        [re.compile("a", re.I), "b"],  # flags the union would lose
    ],
)
def test_any_of_refuses_what_a_union_cannot_keep(patterns: list[object]) -> None:
    matchers = [matcher(p) if isinstance(p, str) else p for p in patterns]
    assert any_of(matchers) is None  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["あい", "い[うえ]", "^え", "お$", "か+き", "く|け", "(?<=こ)さ"]),
        min_size=1,
    ),
    st.text(alphabet="あいうえおかきくけこさ", max_size=12),
)
def test_any_of_agrees_with_the_loop_on_any_text(sources: list[str], text: str) -> None:
    matchers = [matcher(s) for s in sources]
    union = any_of(matchers)
    assert union is not None
    assert (union.search(text) is not None) == any(m.search(text) for m in matchers)


def test_any_of_keeps_literal_unions_literal() -> None:
    union = any_of([LiteralUnion(["短所", "弱み"]), LiteralUnion(["長所"])])
    assert isinstance(union, LiteralUnion)
    assert union.search("私の長所は") is not None


@pytest.mark.parametrize("text", UNION_TEXTS)
def test_befell_reads_as_its_pattern(text: str) -> None:
    assert befell(text) == (_BEFELL.search(text) is not None)


@pytest.mark.parametrize("text", UNION_TEXTS)
def test_the_topic_unions_answer_as_the_loops(text: str) -> None:
    folded = _folded(text)
    for topic in lexicon().topics:
        for open_question in (False, True):
            marks = offtopic._other_marks(topic.name, open_question)
            assert offtopic._marked_other(folded, topic.name, open_question) == any(
                m.search(folded) for m in marks
            )
        for without in ((), topic.pull):
            pairs = offtopic._addressed(topic.name, without)
            assert offtopic._hallmarked(folded, topic.name, without) == any(
                h.search(folded) and (to is None or to.search(folded)) for h, to in pairs
            )
            rivals = offtopic._rival_marks(topic.name, without)
            union = offtopic._union(offtopic._rival_marks, topic.name, without)
            assert offtopic._paired(folded, rivals, union) == any(
                m.search(folded) and (to is None or to.search(folded)) for m, to in rivals
            )


@pytest.mark.parametrize("text", UNION_TEXTS)
def test_genre_marks_answer_as_the_loop(text: str) -> None:
    folded = _folded(text)
    for genres in (
        ("strength", "self_pr", "reason_for_leaving", "job_content", "motivation"),
        ("hobby", "student_days"),
    ):
        plain = any(
            any(m.search(folded) is not None for m in marks)
            and (addressee is None or addressee.search(folded) is not None)
            for marks, addressee in wording._genre_checks(genres)
        )
        assert wording._genre_marked.__wrapped__(folded, genres) == plain


@pytest.mark.parametrize("text", [t for t in UNION_SENTENCES])
def test_a_declaration_is_read_as_before(text: str) -> None:
    doc = Doc(text)
    first = doc.sentences[0]
    folded = fold(first.text)
    plain = next(
        (
            t
            for t in declaration._themed()
            if t.declares is not None and t.declares.search(folded) is not None
        ),
        None,
    )
    union = declaration._declarations()
    assert union is not None
    assert (union.search(folded) is not None) == (plain is not None)


REASONS = [
    "体調を崩してしまい、医師の勧めもあって退職いたしました。",
    "入社前の説明では地元勤務とのことでしたが、実際には県外への配属となりました。",
    "家族の介護が必要になり、やむを得ず退職しました。",
    "経理職での採用でしたが、入社後は倉庫に回されることになりました。",
    "少なくとも3年は営業に出られないと言われました。",
    "御社の安定した経営基盤と、成長できる環境に魅力を感じました。",
    "大学のゼミで地域の課題を調べた際、住民の方に話を伺いました。",
    "特に理由はありませんが、なんとなく辞めました。",  # (no reason named)
]


@pytest.mark.parametrize(
    ("name", "section", "key"),
    [
        ("tenure_reason", "short_tenure", "reason_patterns"),
        ("generic_motivation", "motivation", "generic_patterns"),
        ("situation", "self_pr", "situation"),
    ],
)
def test_branched_lexicon_patterns_find_the_spans_of_the_union(
    name: str, section: str, key: str
) -> None:
    branched = getattr(lexicon(), name)
    plain = matcher(lexicon().raw[section][key])
    for text in map(_folded, [*UNION_TEXTS, *REASONS, "".join(REASONS)]):
        assert [m.span() for m in branched.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
        found, want = branched.search(text), plain.search(text)
        assert (found and found.span()) == (want and want.span())


def test_find_keeps_its_spans_and_gives_each_caller_its_own_list() -> None:
    doc = Doc("私の強みは粘り強さです。責任感を持って取り組むタイプです。前職では営業でした。")
    claims = lexicon().pr_claims
    fresh = Doc(doc.text)
    first = doc.find(claims)
    assert first
    first.append(first[0])  # (a caller may add to its list: 「claims += …」)
    again = doc.find(claims)
    assert again == fresh.find(claims)
    assert again is not first
    assert doc.first(claims) == fresh.first(claims) == again[0]
    sentence = doc.sentences[1]
    assert doc.find(claims, within=sentence) == fresh.find(claims, within=sentence)


KEPT_UP = [
    "法人営業に携わってまいりました。",
    "三年間、部員をまとめてきました。",
    "接客を大切にして参りました。",
    "地道に続けてきたことが自信になりました。",
    "解決できました。",  # (できました: no period told)
    "先輩が教えてきました。",
    "毎朝走ってきたので体力には自信があります。",
]


@pytest.mark.parametrize("text", [*KEPT_UP, *UNION_SENTENCES])
def test_kept_up_reads_as_its_pattern(text: str) -> None:
    assert _kept_up_said(text) == (_KEPT_UP.search(text) is not None)


# Sentences in several styles (spoken, written ES, new graduate, mid-career, agent mail), with
# numbers and results told across and beside a 「。」, and stops in odd places.
CUT_SENTENCES = [
    "えっと、前職では月80時間の残業が続き、正直しんどかったです。",
    "その結果、売上を前年比120%に伸ばし、社内で表彰されました。",
    "3年間で新規顧客を二十社獲得しました。その甲斐あって、昇格できました。",
    "問い合わせ対応の時間を半分に短縮しました。",
    "五。六人のチームでした。",
    "契約を。いただきました。",
    "売上が。前年より伸びました。",
    "1。5倍になりました。",
    "二。三割ほど改善しました。",
    "結果。成果につながりました。",
    "一二三。四五六件",
    "。。から3件まで。",
    "本日はよろしくお願いいたします。",
    "モーニング娘。が好きです。",
    "１０人の後輩を指導し、離職率を半減させました",
    "以上です",
]


def _texts() -> list[str]:
    joined = "".join(CUT_SENTENCES)
    return [*CUT_SENTENCES, joined, joined.replace("。", "。\n"), "。", "。。", "a。b"]


@pytest.mark.parametrize("text", _texts())
def test_cut_is_cut_split(text: str) -> None:
    assert _cut(text) == _CUT.split(text)


def test_cut_is_cut_split_on_the_benchmark_corpora() -> None:
    for rec in [*corpus(200_000), *distinct_corpus(200_000)]:
        assert _cut(rec["answer"]) == _CUT.split(rec["answer"])


@given(st.text(alphabet="あア亜。。、a1 \n", max_size=30))
@settings(max_examples=300, deadline=None)
def test_cut_is_cut_split_on_any_text(text: str) -> None:
    assert _cut(text) == _CUT.split(text)


@pytest.mark.parametrize(
    "answer",
    ["普通の回答です。", "壊れた\ud800文字", "\udfffだけ", "二つ\ud800\udc00目"],
)
def test_a_batch_key_is_its_own_valid_text(answer: str) -> None:
    """core._judge skips valid_text for an answer that is a key of the batch's tokens: such a
    key is valid_text's output, which valid_text gives back as it is (the same object)."""
    key = valid_text(answer)
    assert valid_text(key) is key
    assert "\ufffd" in key or key is answer


def test_judge_reads_a_batch_answer_as_alone() -> None:
    """The same analysis whether the answer comes in a batch (tokenized already) or alone."""
    answers = [
        "御社の理念に共感しました。前職では売上を二割伸ばしました。",
        "壊れた\ud800文字です。",
    ]
    lines = [
        json.dumps({"id": i, "answer": a, "kind": "motivation"}) for i, a in enumerate(answers)
    ]
    batch = list(analyze_records(lines))
    alone = [json.loads(json.dumps(analyze(a, kind="motivation").to_dict())) for a in answers]
    for b, a in zip(batch, alone, strict=True):
        assert b["findings"] == a["findings"] and b["strengths"] == a["strengths"]


_ASKED_BACK = [
    "短所、ですか。そうですね、慎重すぎるところです。",
    "失敗ですか……。大学の文化祭で予算を超えてしまいました。",
    "弱み、でございますか。人に頼るのが苦手な点です。",
    "志望動機ですか。御社の物流網に惹かれました。",
    "前職の退職理由ですか。",
    "転職の理由は何かと申しますと、裁量の大きな仕事がしたかったからです。",
    "それは強みですか、と聞かれると迷いますが、粘り強さです。",
    "ガクチカですかね。サークルの会計をしていました。",
    "え、長所ですか？はい、行動力です。",
    "長所ですかあ。えっと、明るいところです。",
    "短所ですか\n時間管理が甘いことです。",
]


@pytest.mark.parametrize("text", _ASKED_BACK)
def test_first_sentence_asked_back_from_the_answers_words(text: str) -> None:
    """Doc._echoes reads the first sentence from the answer's own words where they are those
    of the sentence alone: the same as asks_back tokenizing it, batch or whole."""
    pieces = Pieces()
    for doc in (Doc(text, tokens=pieces.tokens(text)), Doc(text)):
        assert doc.words  # (tokenized: the words are read)
        first = doc.sentences[0]
        own = doc._own_words(first)
        if first.end == len(text) or _CUT.match(text, first.end):
            assert own is not None
        if own is not None:
            assert doc_module._asks_back(*own) == asks_back(first.text)
    expected = []
    for s in Doc(text).sentences:
        if not asks_back(s.text):
            break
        expected.append(s)
    assert Doc(text, tokens=Pieces().tokens(text)).asked_back() == expected
