"""Session 10 speed: the complaint analysis read only where a caller looks
(detect_reasons.complaints(within=)) gives every complaint that starts in those sentences,
the same as the whole analysis, also when a span starts before its hinge's sentence (a line
break is a sentence end but no punctuation word: 「現場の意見が\\n反映されることはなかった」)."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import detect_reasons
from furikaeri.analyzer.blame import complaints as blame_complaints
from furikaeri.analyzer.cross.employer import _complains_of_employer
from furikaeri.analyzer.doc import Doc

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
