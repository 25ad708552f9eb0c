"""The analyzer's API: kinds, evidence offsets, strengths, bad input, threads."""

from __future__ import annotations

import json
import threading

import pytest

from furikaeri.analyzer import KINDS, AnalyzeError, Company, analyze, analyze_records
from furikaeri.analyzer.kinds import infer_kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("当社を志望する理由を教えてください。", "motivation"),
        ("数ある会社の中で、なぜ弊社なのですか。", "motivation"),
        ("応募のきっかけを教えてください。", "motivation"),
        ("自己PRをお願いします。", "self_pr"),
        ("ご自身の強みを教えてください。", "self_pr"),
        ("転職を考えた理由を教えてください。", "reason_for_leaving"),
        ("どうして今の会社を辞めようと思ったのですか。", "reason_for_leaving"),
        ("前職を1年未満で退職されていますが、理由を教えてください。", "short_tenure"),
        ("前職は８か月で辞めていますね。", "short_tenure"),
        ("最後に、何か質問はありますか。", "reverse_questions"),
        ("最後に何かございますか。", "reverse_questions"),
        ("まずは自己紹介をお願いします。", "self_intro"),
        ("あなたの短所を教えてください。", "other"),
        ("", "other"),
        (None, "other"),
    ],
)
def test_kind_is_inferred_from_the_question(question: str | None, kind: str) -> None:
    assert infer_kind(question) == kind


@pytest.mark.parametrize(
    ("question", "answer", "kind", "code"),
    [
        (
            "あなたの強みは何ですか。",
            "私の強みは粘り強さと誠実さです。どんな仕事にも責任を持って取り組めます。",
            "self_pr",
            "self_pr.abstract",
        ),
        (
            "弊社に入りたい理由をお聞かせください。",
            "業界の将来性に惹かれ、成長できる環境だと思ったからです。",
            "motivation",
            "motivation.generic",
        ),
    ],
)
def test_a_question_filed_as_other_is_judged_as_what_it_asks(
    question: str, answer: str, kind: str, code: str
) -> None:
    # "other" is the catch-all a form or a caller picks, not a judgement of the question.
    result = analyze(answer, question=question, kind="other")
    assert result.kind == kind
    assert code in {f.code for f in result.findings}
    assert analyze(
        "休日は山歩きをしています。", question="趣味は何ですか。", kind="other"
    ).kind == ("other")


def test_evidence_spans_point_into_the_answer() -> None:
    answer = "ＡＢＣ社では、マジで残業が毎月８０時間を超えていて、上司ともそりが合わなかったっす。"
    result = analyze(answer, kind="reason_for_leaving")
    assert {f.code for f in result.findings} >= {"negative_reason.blame", "manners.casual_language"}
    for f in result.findings:
        assert f.evidence, f.code
        for span in f.evidence:
            assert answer[span.start : span.end] == span.text


def test_findings_carry_message_advice_and_cause() -> None:
    result = analyze("特にありません。", question="何か質問はありますか。")
    (f,) = result.findings
    assert f.cause == "reverse_question" and f.severity == "high"
    assert "逆質問" in f.message and f.advice
    assert result.to_dict()["findings"][0]["evidence"][0]["text"] == "特にありません"


def test_strengths_show_what_worked() -> None:
    answer = (
        "私の強みは改善力です。前職の倉庫では、出荷の誤りが月に十数件起きていました。私は棚番号の表示を"
        "色分けし、ピッキングの手順書を作り直しました。その結果、誤出荷を月2件まで減らせました。"
    )
    codes = {s.code for s in analyze(answer, kind="self_pr").strengths}
    assert {
        "strength.episode",
        "strength.number",
        "strength.result",
        "strength.conclusion_first",
    } <= codes


def test_company_as_dict_or_object() -> None:
    profile = "家庭用蓄電池『ソラタメ』を開発。"
    a = analyze(
        "御社の『ソラタメ』に惹かれました。前職の経験を活かしたいです。",
        kind="motivation",
        company={"name": "ソラマチ電機", "profile": profile},
    )
    b = analyze(
        "御社の『ソラタメ』に惹かれました。前職の経験を活かしたいです。",
        kind="motivation",
        company=Company(name="ソラマチ電機", profile=profile),
    )
    assert a.to_dict() == b.to_dict()


def test_spoken_length_is_estimated() -> None:
    result = analyze("あ" * 900, kind="self_pr")
    assert result.spoken_seconds == 180
    assert "communication.too_long" in {f.code for f in result.findings}
    short = analyze("頑張ります。", question="自己PRをお願いします。")
    assert "communication.too_short" in {f.code for f in short.findings}


@pytest.mark.parametrize(
    ("answer", "kind", "message"),
    [
        ("", None, "空"),
        ("   \n\t", None, "空"),
        ("あ" * 20_001, None, "長すぎ"),
        ("I am a good communicator and I like teamwork.", None, "日本語"),
        ("안녕하세요 저는 영업을 했습니다", None, "日本語"),
        ("特にありません。", "greeting", "self_intro"),
    ],
)
def test_bad_input_gets_a_clear_message(answer: str, kind: str | None, message: str) -> None:
    with pytest.raises(AnalyzeError) as err:
        analyze(answer, kind=kind)
    assert message in str(err.value)


def test_unknown_kind_lists_the_valid_ones() -> None:
    with pytest.raises(AnalyzeError) as err:
        analyze("特にありません。", kind="small_talk")
    assert all(k in str(err.value) for k in KINDS)


def test_batch_goes_on_after_bad_lines() -> None:
    lines = [
        '{"id": "a", "answer": "特にありません。", "kind": "reverse_questions"}',
        "not json",
        '{"id": "b", "answer": ""}',
        "[1, 2]",
        "",
        '{"id": "c", "answer": "店長の指示が毎日変わるので辞めました。", "question": "転職理由は？"}',
    ]
    out = list(analyze_records(lines))
    assert [r.get("id", r.get("line")) for r in out] == ["a", 2, "b", 4, "c"]
    assert "error" in out[1] and "error" in out[2] and "error" in out[3]
    assert out[4]["kind"] == "reason_for_leaving"


@pytest.mark.parametrize(
    "line",
    [
        ' {"answer": "はい。"}',  # space before the value
        '{"answer": "はい。"}  \n',  # JSON whitespace after it
        '{"answer": "はい。"} x',
        '{"answer": "はい。"}{"answer": "いいえ。"}',
        '{"answer": }',
        '\ufeff{"answer": "はい。"}',
        "NaN",
        "nan",
    ],
)
def test_a_batch_line_is_read_as_json_loads_reads_it(line: str) -> None:
    """The batch reads a line with raw_decode (faster): the same value or the same error."""
    try:
        expected = json.loads(line)
    except json.JSONDecodeError as exc:
        error = f"JSONとして読めません: {exc.msg} (列 {exc.colno})"
        assert list(analyze_records([line])) == [{"line": 1, "error": error}]
        return
    [out] = analyze_records([line])
    if isinstance(expected, dict):
        assert out == {"line": 1, **analyze(expected["answer"]).to_dict()}
    else:
        assert "error" in out


def test_threads_share_the_dictionary_safely() -> None:
    """FastAPI runs sync handlers in a thread pool: a shared Tokenizer raises "Already borrowed"."""
    errors: list[BaseException] = []
    answer = "コールセンターでは、応答記録を300件読み込み、案内の台本を書き直しました。その結果、再入電が減りました。"

    def work() -> None:
        try:
            for _ in range(30):
                assert analyze(answer, kind="self_pr").strengths
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


def test_fold_keeps_offsets_and_joins_half_width_voicing() -> None:
    from furikaeri.nlp import fold

    for text in ("ﾎﾞｰﾅｽは出ますか?", "ＡＢＣ１２３㈱ｶﾞ", "ﾊﾟﾜﾊﾗ", "普通の文です。"):
        assert len(fold(text)) == len(text)
    assert "ボーナス" in fold("ﾎﾞｰﾅｽ") and "パワハラ" in fold("ﾊﾟﾜﾊﾗ")


def test_fillers_are_counted_per_spoken_minute() -> None:
    many = "えー、私の強みは、あのー、粘り強さです。えっと、前職では、まあ、営業をしていて、うーん、契約を取りました。"
    (f,) = [f for f in analyze(many, kind="self_pr").findings if f.code == "communication.fillers"]
    assert [s.text for s in f.evidence] == ["えー", "あのー", "えっと", "まあ", "うーん"]
    few = "えっと、小池と申します。病院の医事課で受付と会計を八年担当してきました。どうぞよろしくお願いします。"
    assert "communication.fillers" not in {f.code for f in analyze(few, kind="self_intro").findings}
    # 「あの会社」 is not a filler.
    from furikaeri.analyzer.lexicon import lexicon

    assert not lexicon().fillers.search("あの会社で、その件を")


def test_fast_builders_make_the_same_frozen_objects() -> None:
    """types.span_of and the others build what the dataclass constructors build."""
    import dataclasses

    from furikaeri.analyzer.types import (
        Analysis,
        Finding,
        Span,
        Strength,
        analysis_of,
        finding_of,
        span_of,
        strength_of,
    )

    span = span_of(1, 3, "御社")
    assert span == Span(1, 3, "御社") and hash(span) == hash(Span(1, 3, "御社"))
    assert repr(span) == repr(Span(1, 3, "御社"))
    finding = finding_of("c", "cause", "high", "m", "a", (span,))
    assert finding == Finding("c", "cause", "high", "m", "a", (span,))
    strength = strength_of("s", "m", (span,))
    assert strength == Strength("s", "m", (span,))
    built = analysis_of("x御社", "self_pr", None, (finding,), (strength,), 3, 1)
    expected = Analysis("x御社", "self_pr", (finding,), (strength,), 3, 1, None)
    assert built == expected and built.to_dict() == expected.to_dict()
    assert dataclasses.asdict(built) == dataclasses.asdict(expected)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 2  # type: ignore[misc]
