"""data/vocabulary.toml: one definition each of stages, legal forms, the text limit, reply labels
and the feedback window; a malformed file fails at load with a message naming the place."""

from __future__ import annotations

import copy

import pytest

from furikaeri import store, vocabulary
from furikaeri.analyzer import MAX_ANSWER_CHARS
from furikaeri.catalogue import DataFileError, load_data, validated
from furikaeri.mail import extract, reply
from furikaeri.store.applications import normalize_company


def test_every_layer_reads_the_same_definitions() -> None:
    v = vocabulary.vocabulary()
    assert tuple(s.name for s in v.stages if s.offered) == store.STAGES
    assert store.REPLY_LABELS == reply.REPLY_LABELS == ("feedback", "declined", "other")
    assert v.limits.max_text_chars == MAX_ANSWER_CHARS


@pytest.mark.parametrize(
    ("body", "stage"),
    [
        ("先日は二次面接にお越しいただきありがとうございました。", "二次"),
        ("書類選考の結果をご連絡いたします。", "書類"),
        ("役員面接の結果についてご連絡いたします。", "最終"),
        ("SPIの受検をお願いいたします。", "適性検査"),
    ],
)
def test_mail_stages_come_from_the_vocabulary(body: str, stage: str) -> None:
    assert extract.stage(subject=None, body=body) == stage


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("株式会社みなと製作所", "みなと製作所"),
        ("一般社団法人みなと協会", "みなと協会"),
        ("㈱みなと製作所", "みなと製作所"),
        ("Minato Co., Ltd.", "minato"),
    ],
)
def test_legal_forms_are_stripped_from_company_keys(name: str, key: str) -> None:
    assert normalize_company(name) == key


def _broken(path: tuple[str | int, ...], value: object) -> dict:
    data = copy.deepcopy(load_data("vocabulary.toml"))
    node = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "says"),
    [
        (("stages", 0, "mail"), "書類(選考", "stages.0.mail"),
        (("limits", "max_text_chars"), -1, "limits.max_text_chars"),
        (("reply_labels", "unknown"), "?", "reply_labels.unknown"),
        (("stages", 1, "name"), "書類", "stage names must be unique"),
    ],
)
def test_a_malformed_file_fails_with_a_clear_message(
    path: tuple[str | int, ...], value: object, says: str
) -> None:
    with pytest.raises(DataFileError) as info:
        validated("vocabulary.toml", vocabulary.Vocabulary, _broken(path, value))
    assert "data/vocabulary.toml" in str(info.value)
    assert says in str(info.value)


@pytest.mark.parametrize(
    ("path", "value", "says"),
    [
        (("negation", "auxiliaries"), "ない", "negation.auxiliaries"),
        (("negation", "adjectives"), [], "negation.adjectives"),
        (("negation", "nouns"), ["なし", ""], "negation.nouns.1"),
        (("negation", "particles"), ["ん"], "negation.particles"),
        (("negation", "nouns"), ["なし", "無い"], "listed once, in one class: ['無い']"),
    ],
)
def test_a_malformed_negation_table_fails_at_load(
    path: tuple[str | int, ...], value: object, says: str
) -> None:
    with pytest.raises(DataFileError) as info:
        validated("vocabulary.toml", vocabulary.Vocabulary, _broken(path, value))
    assert str(info.value).startswith("data/vocabulary.toml is malformed: ")
    assert says in str(info.value)


def test_a_missing_negation_table_fails_at_load() -> None:
    data = copy.deepcopy(load_data("vocabulary.toml"))
    del data["negation"]
    with pytest.raises(DataFileError, match=r"data/vocabulary\.toml is malformed: negation: "):
        validated("vocabulary.toml", vocabulary.Vocabulary, data)


def test_every_reader_takes_negation_from_the_vocabulary() -> None:
    """Grammatical negation is defined once ([negation]): the analyzer, the reply reader and the
    notice reader read that list, plus only the words they name as their own."""
    from furikaeri.analyzer.denial import negates, negation_forms
    from furikaeri.analyzer.lexicon import grammar, negator_lemmas
    from furikaeri.mail.notice.rulebook import _notice_rules
    from furikaeri.mail.reply import lack
    from furikaeri.mail.reply.rules import _reply_rules

    words = vocabulary.negation()
    table = vocabulary.vocabulary().negation
    assert words.auxiliaries == frozenset(table.auxiliaries)
    assert words.adjectives == frozenset(table.adjectives)
    assert words.nouns == frozenset(table.nouns)
    predicates = words.auxiliaries | words.adjectives
    assert words.predicates == predicates
    # the analyzer (by normalized form, and by lemma with its own explanatory ん)
    assert negation_forms() == predicates
    assert negates("ず", "助動詞") and negates("無い", "形容詞") and not negates("無い", "助動詞")
    assert negator_lemmas() == words.auxiliaries | grammar("explanatory_n")
    # the reply reader and the readers it hands the list to
    assert lack.negator_forms() == predicates
    assert lack._rules().negating_nouns == words.nouns
    reply = _reply_rules()
    assert reply.shortfall_denied[1] == predicates
    for forms in (reply.refusal, reply.conduct[0], reply.observation, reply.stance):
        assert forms.negators == predicates
    assert reply.standing.negators == predicates
    # the notice reader, with its words of refusal
    notice = _notice_rules()
    refusal = frozenset(load_data("mail_notices.toml")["polarity"]["refusal_words"])
    assert refusal == {"難しい", "兼ねる"} and not refusal & predicates
    assert notice.polarity.negation == predicates | refusal
    assert notice.polarity.denial_ends == notice.negated_conditions == predicates
    assert notice.polarity.absent == words.nouns
    assert notice.outcome.absent == words.adjectives


def _lists(value: object, where: str = "") -> list[tuple[str, list]]:
    if isinstance(value, dict):
        return [x for k, v in value.items() for x in _lists(v, f"{where}.{k}")]
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            return [(where, value)]
        return [x for i, v in enumerate(value) for x in _lists(v, f"{where}.{i}")]
    return []


@pytest.mark.parametrize("name", ["analyzer.toml", "mail_replies.toml", "mail_notices.toml"])
def test_no_reader_lists_the_negation_again(name: str) -> None:
    """A list made mostly of the words of [negation] (two or more, at least half of it) is the
    grammatical negation listed a second time (a list that only holds some, such as the words
    between a span of time and its particle, 足ら・ず and 経た・ず among ほど and 弱, is not)."""
    shared = vocabulary.negation()
    words = shared.predicates | shared.nouns
    again = [
        where
        for where, listed in _lists(load_data(name))
        if len(words & set(listed)) >= 2 and 2 * len(words & set(listed)) >= len(set(listed))
    ]
    assert again == []
