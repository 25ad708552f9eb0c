"""The analyzer's knowledge files: every pattern compiles, every code has a template, the
speed-up prefilters never hide a form the full patterns would find."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from furikaeri.analyzer import CORE_CODES, KINDS, SEVERITY_LABELS, SEVERITY_RANK, analyze
from furikaeri.analyzer.detect_manners import _prefilter
from furikaeri.analyzer.lexicon import lexicon, organisation_names, with_names
from furikaeri.analyzer.types import SEVERITIES
from furikaeri.catalogue import CAUSE_IDS, causes, finding_templates, load_data, strength_messages

JUDGED = list(CORE_CODES)


def test_catalogue_has_the_ten_causes_in_order() -> None:
    assert tuple(causes()) == CAUSE_IDS
    for cause in causes().values():
        assert cause.title and cause.summary and cause.advice
    assert not causes()["culture_fit"].controllable
    assert not causes()["relative"].controllable
    assert all(
        c.controllable for cid, c in causes().items() if cid not in {"culture_fit", "relative"}
    )


@pytest.mark.parametrize("code", JUDGED)
def test_every_judged_code_has_a_template(code: str) -> None:
    t = finding_templates()[code]
    assert t.cause == code.split(".")[0] and t.cause in CAUSE_IDS
    assert t.severity in SEVERITIES
    assert t.message and t.advice


def test_templates_name_known_causes_and_severities() -> None:
    for t in finding_templates().values():
        assert t.cause in CAUSE_IDS
        assert t.severity in SEVERITIES, t.code
    assert set(SEVERITY_LABELS) == set(SEVERITY_RANK) == set(SEVERITIES)
    assert strength_messages()


def test_every_pattern_compiles() -> None:
    lex = lexicon()  # compiles all; raises on a bad pattern
    assert lex.kind_rules and lex.topics
    assert {kind for kind, _ in lex.kind_rules} <= set(KINDS)


def test_user_text_does_not_say_gosha_in_writing() -> None:
    # 御社 is spoken; advice written to the user may quote it only inside an answer example.
    for name in ("causes.toml", "findings.toml", "topics.toml"):
        text = str(load_data(name))
        assert "不採用理由を" not in text


@pytest.mark.parametrize("entry", load_data("analyzer.toml")["casual"]["lemmas"])
def test_casual_lemmas_pass_the_scan_prefilter(entry: dict) -> None:
    assert _prefilter().search(entry["lemma"]), entry


CASUAL_EXAMPLES = [
    "ぶっちゃけ",
    "大変だったけど",
    "好きっす",
    "めっちゃ",
    "やっぱ",
    "ていうか",
    "よろしくです",
    "山田っていいます",
    "バイト",
    "自分的には",
    "ワンチャン",
    "とりま行ってみます",
    "やっちゃった",
    "しちゃいました",
    "じゃん。",
    "みたいな感じ",
    "おやじ",
    "ウケる",
    "めんどくさい",
    "寝ちゃった。",
    "好きじゃない",
    "思ったんですけど、",
    "頑張ったって感じです",
    "全然いけます",
    "残業ってありますか。",
    "接客が好きなんですよ。",
    "人が足りなかったんで、手伝いました。",
    "よろしくお願いしまーす。",
    "現場って大事じゃないですか。",
    "楽しそうだなって思いました。",
    "よく通っていて、で、雰囲気がいいなーって思いました。",
    "やってらんないです",
    "あんまり得意ではありません",
    "先に動く的な役割です",
    "好きなんで、やりたいです",
    "本番はバッチグーでした",
    "楽しかったです（笑）",
    "山田です！",
    "拠点ってあるんすか。",
    "前はどこでしたっけ。",
    "朝まで語り明かしましたｗ",
    "三日坊主だと思ってました草",
    "なんか違うなーってなって辞めました。",
    "そういう時期だったんで。",
]


@pytest.mark.parametrize("text", CASUAL_EXAMPLES)
def test_casual_phrases_pass_the_pattern_prefilter(text: str) -> None:
    lex = lexicon()
    assert lex.casual_union.search(text), text
    assert lex.casual_prefilter.search(text), text


@pytest.mark.parametrize(
    "text",
    [
        *CASUAL_EXAMPLES,
        *(e["lemma"] for e in load_data("analyzer.toml")["casual"]["lemmas"]),
        "えーと、私は",
        "まあ、そうですね。あの、その、",
        "なんていうか、",
        "見れる",
        "食べれます",
        "超大変",
        "してる",
    ],
)
def test_the_delivery_gate_lets_through_what_any_of_its_patterns_finds(text: str) -> None:
    from furikaeri.analyzer.detect_manners import delivery_gate

    lex = lexicon()
    found = (_prefilter().search(text), lex.casual_prefilter.search(text), lex.fillers.search(text))
    assert any(found), text
    assert delivery_gate().search(text), text


def test_each_casual_pattern_is_covered_by_an_example() -> None:
    lex = lexicon()
    patterns = [re.compile(e["pattern"]) for e in lex.raw["casual"]["patterns"]]
    uncovered = [p.pattern for p in patterns if not any(p.search(x) for x in CASUAL_EXAMPLES)]
    assert not uncovered


POLITE = [
    "魅力を感じました。",
    "貴社の理念に共感し、志望いたしました。",
    "以前は印刷会社で校正を担当しておりました。",
    "けれども、納期までに仕上げました。",
    "全然経験のない分野ですが、学びながら取り組みます。",
    "お客様に感じていただける価値を大切にしています。",
    "部署によって何が違うのか、実際に使ってどう感じたかを伺いたいです。",
    "なぜ品質が大切なのか、それは安全に関わるからです。",
    "現場で学んで、改善につなげました。",
    "それは品質の課題ではないですか、と確認しました。",
    "中途半端な知識で臨まないよう準備しました。",
]


@pytest.mark.parametrize("text", POLITE)
def test_casual_patterns_leave_polite_sentences_alone(text: str) -> None:
    assert not lexicon().casual_union.search(text), text


def test_orthography_pairs_keep_offsets() -> None:
    for variant, canonical in lexicon().orthography:
        assert len(variant) == len(canonical), variant


def test_spelling_variants_are_judged_alike() -> None:

    for answer in ("会社の方針に納得できませんでした。", "会社の方針に納得出来ませんでした。"):
        codes = {f.code for f in analyze(answer, kind="reason_for_leaving").findings}
        assert "negative_reason.blame" in codes, answer
    for answer in (
        "年収はいくらですか。",
        "年収はいくらですか？",
        "ﾎﾞｰﾅｽは出ますか?",
    ):
        codes = {f.code for f in analyze(answer, kind="reverse_questions").findings}
        assert codes == {"reverse_question.conditions"}, answer


def _broken_analyzer(section: str, key: str, value: object) -> dict:
    import copy

    data = copy.deepcopy(load_data("analyzer.toml"))
    data[section][key] = value
    return data


@pytest.mark.parametrize(
    ("section", "key", "value", "says"),
    [
        ("blame", "negations", "(ではない", "blame.negations"),
        ("results", "patterns", [], "results.patterns"),
        ("orthography", "pairs", [["出来", "できる"]], "orthography.pairs"),
        (
            "casual",
            "patterns",
            [{"name": "x", "pattern": "a", "suggest": "b"}],
            "casual.patterns.0",
        ),
        ("fillers", "min_count", 0, "fillers.min_count"),
        ("blame", "typo_key", "x", "blame.typo_key"),
        # The grammar word classes the detectors read (issue 10: once module constants).
        ("grammar", "explanatory_n", [], "grammar.explanatory_n"),
        ("grammar", "passive", ["れる", ""], "grammar.passive.1"),
        ("grammar", "concession", "(が|けど、", "grammar.concession"),
        ("reverse_question", "not_counters", "年", "reverse_question.not_counters"),
        ("motivation", "industry_suffixes", [1], "motivation.industry_suffixes.0"),
    ],
)
def test_a_malformed_analyzer_file_fails_with_a_clear_message(
    section: str, key: str, value: object, says: str
) -> None:
    from furikaeri.analyzer.schema import AnalyzerData
    from furikaeri.catalogue import DataFileError, validated

    with pytest.raises(DataFileError) as info:
        validated("analyzer.toml", AnalyzerData, _broken_analyzer(section, key, value))
    assert str(info.value).startswith("data/analyzer.toml is malformed: ")
    assert says in str(info.value)


def test_a_topic_or_kind_rule_with_a_bad_pattern_is_refused() -> None:
    from furikaeri.analyzer.schema import KindsData, TopicsData
    from furikaeri.catalogue import DataFileError, validated

    with pytest.raises(DataFileError, match=r"rules\.0\.kind"):
        validated("kinds.toml", KindsData, {"rules": [{"kind": "nope", "patterns": ["a"]}]})
    topic = {"name": "t", "label": "l", "question": "(", "answer": "a", "hint": "h"}
    with pytest.raises(DataFileError, match=r"topics\.0\.question"):
        validated("topics.toml", TopicsData, {"topics": [topic]})


def test_a_data_file_is_validated_once_per_content(tmp_path, monkeypatch) -> None:
    """checked_data validates when no stamp matches, then reads the stamp; a damaged stamp
    only means validating again; data that fails its schema leaves no stamp."""
    from furikaeri.catalogue import DataFileError, checked_data

    monkeypatch.setenv("FURIKAERI_CACHE_DIR", str(tmp_path))
    schema = "furikaeri.analyzer.schema:KindsData"
    assert checked_data("kinds.toml", schema) == load_data("kinds.toml")
    (stamp,) = (tmp_path / "validated").iterdir()
    assert checked_data("kinds.toml", schema) == load_data("kinds.toml")
    stamp.write_text("{not json", encoding="utf-8")
    assert checked_data("kinds.toml", schema) == load_data("kinds.toml")
    assert json.loads(stamp.read_text(encoding="utf-8")) == load_data("kinds.toml")
    with pytest.raises(DataFileError, match=r"^data/kinds\.toml is malformed: "):
        checked_data("kinds.toml", "furikaeri.analyzer.schema:TopicsData")
    assert [p.name for p in (tmp_path / "validated").iterdir()] == [stamp.name]


def test_a_data_file_without_a_schema_is_parsed_once_per_content(tmp_path, monkeypatch) -> None:
    """parsed_data (the finding templates, the causes) is load_data, then the stamp; a damaged
    stamp only means parsing again. The stamp is not a checked file's (no schema in its key)."""
    from furikaeri.catalogue import checked_data, parsed_data

    monkeypatch.setenv("FURIKAERI_CACHE_DIR", str(tmp_path))
    assert parsed_data("findings.toml") == load_data("findings.toml")
    (stamp,) = (tmp_path / "validated").iterdir()
    assert parsed_data("findings.toml") == load_data("findings.toml")
    stamp.write_text("{not json", encoding="utf-8")
    assert parsed_data("findings.toml") == load_data("findings.toml")
    assert json.loads(stamp.read_text(encoding="utf-8")) == load_data("findings.toml")
    checked_data("kinds.toml", "furikaeri.analyzer.schema:KindsData")
    assert len(list((tmp_path / "validated").iterdir())) == 2


def test_a_changed_data_file_is_validated_again(tmp_path, monkeypatch) -> None:
    """A stamp belongs to the file's bytes: an edited data file is checked again, and an edit
    that breaks it fails with the clear message though the old content's stamp is there.
    (The edited copy lives in a stand-in furikaeri.data package: the shipped one is not
    touched.)"""
    import importlib.util
    import sys

    from furikaeri.catalogue import DataFileError, checked_data

    monkeypatch.setenv("FURIKAERI_CACHE_DIR", str(tmp_path / "cache"))
    schema = "furikaeri.analyzer.schema:CrossData"
    shipped = load_data("cross.toml")
    assert checked_data("cross.toml", schema) == shipped
    origin = importlib.util.find_spec("furikaeri.data").origin  # type: ignore[union-attr]
    text = Path(str(origin)).with_name("cross.toml").read_text(encoding="utf-8")
    assert "\nshare = 0.5\n" in text
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "__init__.py").write_text("", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("furikaeri.data", data_dir / "__init__.py")
    assert spec is not None
    monkeypatch.setitem(sys.modules, "furikaeri.data", importlib.util.module_from_spec(spec))
    (data_dir / "cross.toml").write_text(
        text.replace("\nshare = 0.5\n", "\nshare = 0.75\n"), encoding="utf-8"
    )
    assert checked_data("cross.toml", schema)["complained"]["share"] == 0.75
    assert len(list((tmp_path / "cache" / "validated").iterdir())) == 2
    (data_dir / "cross.toml").write_text(
        text.replace("\nshare = 0.5\n", "\nshare = 2\n"), encoding="utf-8"
    )
    with pytest.raises(DataFileError, match=r"^data/cross\.toml is malformed: complained\.share"):
        checked_data("cross.toml", schema)
    assert len(list((tmp_path / "cache" / "validated").iterdir())) == 2


@pytest.mark.parametrize("addressee", ["御社", "貴行", "貴団体", "貴院"])
def test_every_addressee_of_the_data_list_names_the_company_addressed(addressee: str) -> None:
    """One list of the names of the company addressed (the motivation topic's addressee):
    a workplace judged beside it is other companies, not blame (analyzer/blame/), and an answer
    opening with it says its kind (questions/offtopic.answer_kind)."""

    beside = f"声が届かない会社が多い中、{addressee}は現場の意見を大切にしていると伺いました。"
    codes = {f.code for f in analyze(beside, kind="reason_for_leaving").findings}
    assert "negative_reason.blame" not in codes
    opening = f"{addressee}を志望した理由は、地域医療に貢献したいからです。"
    assert analyze(opening).kind == "motivation"


# ------------------------------------------------ the new topic keys are checked at load
def _topics_raw() -> dict:
    import tomllib
    from importlib.resources import files

    return tomllib.loads(files("furikaeri.data").joinpath("topics.toml").read_text("utf-8"))


def test_topic_relations_must_name_known_topics() -> None:
    from pydantic import ValidationError

    from furikaeri.analyzer.schema import TopicsData

    raw = _topics_raw()
    TopicsData.model_validate(raw)
    raw["topics"][0]["akin"] = ["no_such_topic"]
    with pytest.raises(ValidationError, match="unknown topics: no_such_topic"):
        TopicsData.model_validate(raw)


def test_theme_entries_must_not_be_empty() -> None:
    from pydantic import ValidationError

    from furikaeri.analyzer.schema import TopicsData

    raw = _topics_raw()
    raw["topics"][0]["theme"] = [[]]
    with pytest.raises(ValidationError):
        TopicsData.model_validate(raw)


def test_the_names_of_this_organisation_are_one_data_set() -> None:
    """kinds.toml and the motivation topic read {org_own} and {org_addressed} from
    analyzer.toml [organisation]; every slot is filled and compiles."""
    names = organisation_names(load_data("analyzer.toml")["organisation"])
    own, addressed = re.compile(names["org_own"]), re.compile(names["org_addressed"])
    assert all(own.fullmatch(w) for w in ("当社", "当金庫", "当法人", "当院", "弊行", "わが社"))
    assert all(addressed.fullmatch(w) for w in ("御社", "貴社", "貴庫", "貴法人", "御院"))
    assert not own.search("担当院")  # (当 inside a word)
    filled = with_names({"a": ["x{org_own}", {"b": "{org_addressed}"}], "n": 1}, names)
    assert filled == {"a": ["x" + names["org_own"], {"b": names["org_addressed"]}], "n": 1}
    motivation = next(t for t in lexicon().topics if t.name == "motivation")
    assert motivation.addressee is not None and motivation.addressee.search("貴法人の")
    assert all("{org_" not in p.pattern for _, p in lexicon().kind_rules)
