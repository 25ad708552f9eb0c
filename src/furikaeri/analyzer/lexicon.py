"""Compiled lexicons and patterns of the analyzer, loaded once from data/*.toml."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, cached_property
from typing import Any

from furikaeri import lazy_re
from furikaeri.catalogue import checked_data
from furikaeri.patterns import Branches, Matcher, Split, branches, gated, matcher, with_first_chars


class Topic:
    """A topic of the interviewer's question; each pattern compiles on first use."""

    def __init__(self, entry: dict[str, Any]) -> None:
        self._entry = entry
        self.name: str = entry["name"]
        self.label: str = entry["label"]
        self.hint: str = entry["hint"]
        self.kind: str | None = entry.get("kind")
        self.strict: bool = entry.get("strict", False)
        self.meaning: str | None = entry.get("meaning")
        self.parties: str | None = entry.get("parties")
        self.rivals: tuple[str, ...] = tuple(entry.get("rivals", ()))
        self.pull: tuple[str, ...] = tuple(entry.get("pull", ()))
        self.demand: str | None = entry.get("demand")
        self.open: bool = entry.get("open", False)
        self.as_self_pr: bool = entry.get("as_self_pr", False)
        self.change_is_core: bool = entry.get("change_is_core", False)
        self.circumstance_is_core: bool = entry.get("circumstance_is_core", False)
        self.hardship: bool = entry.get("hardship", False)
        self.flaw: bool = entry.get("flaw", False)
        self.not_self: bool = entry.get("not_self", False)
        self.brief_ok: bool = entry.get("brief_ok", False)
        self.grievances: bool = entry.get("grievances", False)
        self.circumstances: bool = entry.get("circumstances", False)
        self.record: bool = entry.get("record", False)
        self.acts_ahead: bool = entry.get("acts_ahead", False)
        self.addressee_pattern: str | None = entry.get("addressee")
        self.theme: tuple[tuple[str, ...], ...] = tuple(tuple(t) for t in entry.get("theme", ()))
        self.akin: frozenset[str] = frozenset(entry.get("akin", ()))
        self.opposites: frozenset[str] = frozenset(entry.get("opposites", ()))
        self.setting: bool = entry.get("setting", False)
        self.routine: bool = entry.get("routine", False)
        self.acknowledgment: frozenset[str] = frozenset(entry.get("acknowledgment", ()))

    @cached_property
    def question(self) -> Matcher:
        return matcher(self._entry["question"])

    @cached_property
    def answer(self) -> Matcher:
        return matcher(self._entry["answer"])

    @property
    def answers_anything(self) -> bool:
        """Any answer may address the topic (`answer` '.': a self-PR, a self-introduction): its
        answer words tell nothing of it, only its core does."""
        return bool(self._entry["answer"] == ".")

    @cached_property
    def marks(self) -> Matcher | None:
        return matcher(self._entry["marks"]) if self._entry.get("marks") else None

    @cached_property
    def hallmark(self) -> Matcher | None:
        return matcher(self._entry["hallmark"]) if self._entry.get("hallmark") else None

    @cached_property
    def instead(self) -> Matcher | None:
        return matcher(self._entry["instead"]) if self._entry.get("instead") else None

    @cached_property
    def pull_when(self) -> Matcher | None:
        return matcher(self._entry["pull_when"]) if self._entry.get("pull_when") else None

    @cached_property
    def core(self) -> Matcher | None:
        return matcher(self._entry["core"]) if self._entry.get("core") else None

    @cached_property
    def demand_when(self) -> Matcher | None:
        return matcher(self._entry["demand_when"]) if self._entry.get("demand_when") else None

    @cached_property
    def evasion(self) -> Matcher | None:
        return matcher(self._entry["evasion"]) if self._entry.get("evasion") else None

    @cached_property
    def genre(self) -> Matcher | None:
        return matcher(self._entry["genre"]) if self._entry.get("genre") else None

    @cached_property
    def turned_down(self) -> Matcher | None:
        return matcher(self._entry["turned_down"]) if self._entry.get("turned_down") else None

    @cached_property
    def present(self) -> Matcher | None:
        return matcher(self._entry["present"]) if self._entry.get("present") else None

    @cached_property
    def addressee(self) -> Matcher | None:
        return matcher(self._entry["addressee"]) if self._entry.get("addressee") else None

    @cached_property
    def declares(self) -> Matcher | None:
        return matcher(self._entry["declares"]) if self._entry.get("declares") else None

    @property
    def names_self(self) -> bool:
        return bool(self._entry.get("names_self"))

    @property
    def befell(self) -> bool:
        return bool(self._entry.get("befell"))

    @cached_property
    def opposite(self) -> Matcher | None:
        return matcher(self._entry["opposite"]) if self._entry.get("opposite") else None


class Demand:
    """What a form of question asks an answer to contain (topics.toml [[demands.forms]])."""

    def __init__(self, entry: dict[str, Any]) -> None:
        self._entry = entry
        self.name: str = entry["name"]
        self.label: str = entry["label"]
        self.hint: str = entry["hint"]

    @cached_property
    def question(self) -> Matcher:
        return matcher(self._entry["question"])


class KindRules:
    """The (kind, matcher) rules of kinds.toml in order, each compiled when an iteration first
    reaches it (inferring a kind stops at the first match)."""

    def __init__(self, rules: list[dict[str, Any]]) -> None:
        self._rules = rules
        self._built: dict[int, tuple[str, Matcher]] = {}

    def __len__(self) -> int:
        return len(self._rules)

    def __iter__(self) -> Iterator[tuple[str, Matcher]]:
        for i, rule in enumerate(self._rules):
            built = self._built.get(i)
            if built is None:
                built = self._built.setdefault(i, (rule["kind"], matcher(rule["patterns"])))
            yield built


DEPENDS = ("furikaeri.vocabulary", "furikaeri.analyzer.types")  # check_pattern, KINDS


class Lexicon:
    """The analyzer's data files, each pattern compiled on first use (cached): a run builds only
    the matchers its answer's kind reaches, and a cold ``furikaeri analyze`` starts fast."""

    def __init__(
        self,
        raw: dict[str, Any],
        kinds: list[Any],
        topics: list[Any],
        demands: dict[str, Any] | None = None,
    ) -> None:
        self.raw = raw
        self._kinds = kinds
        self._topics = topics
        self.demands_raw: dict[str, Any] = demands or {}

    def _m(self, section: str, key: str) -> Matcher:
        return matcher(self.raw[section][key])

    def _branched(self, section: str, key: str) -> Matcher:
        """A long union run one alternative at a time, only those whose literal the text holds
        (patterns.Branches: same spans; its readers take spans only, no group but the whole):
        many of its alternatives scan with 「[^。]{0,25}」, which costs at every position their
        first characters allow (short_tenure reasons: about 7 times faster a corpus, motivation
        generic patterns 3 times)."""
        raw = self.raw[section][key]
        return branches(raw) or matcher(raw)

    # Gated patterns: some that run on every answer (or every gated one) start with common kana,
    # so their lookahead stops at nearly every position; most answers hold none of their
    # literals, and a literal gate (patterns.gated: one Aho-Corasick pass) skips the regex.
    # Same matches; measured on benchmarks/answer_corpus.py (fillers 8.1 -> 4.8 ms, blame 9.1
    # -> 4.6 ms, casual prefilter 20.7 -> 15.3 ms, self-PR claims 16.5 -> 13.9 ms a corpus).

    @cached_property
    def orthography(self) -> tuple[tuple[str, str], ...]:
        return tuple((v, c) for v, c in self.raw["orthography"]["pairs"])

    @cached_property
    def fillers(self) -> Matcher:
        return gated(self._m("fillers", "pattern"))  # (gated: see above _m)

    @cached_property
    def number(self) -> Matcher:
        num = self.raw["numbers"]
        return matcher([num["pattern"], num["single_kanji_pattern"]])

    @cached_property
    def result(self) -> Matcher:
        return self._m("results", "patterns")

    @cached_property
    def casual_lemmas(self) -> dict[str, str]:
        return {e["lemma"]: e["suggestion"] for e in self.raw["casual"]["lemmas"]}

    @cached_property
    def casual_prefilter(self) -> Matcher:
        return gated(self._m("casual", "pattern_prefilter"))  # (gated: see above _m)

    @cached_property
    def casual_union(self) -> re.Pattern[str] | Split | Branches:
        """One alternation of named groups, one per casual pattern (run one pattern at a
        time, only those whose literal the answer holds: see patterns.Branches)."""
        entries = self.raw["casual"]["patterns"]
        union = "|".join(f"(?P<{e['name']}>{e['pattern']})" for e in entries)
        return branches(union) or with_first_chars(union)

    @cached_property
    def casual_suggestions(self) -> dict[str, str]:
        """Group name -> polite alternative."""
        return {e["name"]: e["suggestion"] for e in self.raw["casual"]["patterns"]}

    @cached_property
    def spoken_suggestions(self) -> frozenset[str]:
        """Suggestions of spoken-style (not slang) forms: manners.spoken_style, not casual."""
        casual = self.raw["casual"]
        spoken = [e["suggestion"] for e in casual["patterns"] if e.get("spoken")]
        return frozenset(
            [
                *spoken,
                casual["inuki_suggestion"],
                casual["inuki_polite_suggestion"],
                casual["colloquial_verb_suggestion"],
            ]
        )

    @cached_property
    def polite_spoken_suggestions(self) -> frozenset[str]:
        """Suggestions of spoken forms of polite speech itself (``polite``: 〜んですけど, で、):
        together they count as one kind of spoken form."""
        casual = self.raw["casual"]
        polite = [e["suggestion"] for e in casual["patterns"] if e.get("polite")]
        return frozenset([*polite, casual["inuki_polite_suggestion"]])

    @cached_property
    def blame_phrases(self) -> Matcher:
        return matcher("|".join(self.raw["blame"]["phrases"]))

    @cached_property
    def blame_expectation(self) -> Matcher:
        """[blame].expectation: the job measured against one's own expectation."""
        return matcher(self.raw["blame"]["expectation"])

    @cached_property
    def former_job_question(self) -> Matcher:
        return self._m("blame", "former_job_question")

    @cached_property
    def demand_nothing(self) -> Matcher:
        return matcher(self.demands_raw["nothing"])

    @cached_property
    def blame_targeted(self) -> Matcher:
        return self._m("blame", "targeted")

    @cached_property
    def blame(self) -> Matcher:
        return gated(self._m("blame", "patterns"))  # (gated: see above _m)

    @cached_property
    def negation(self) -> Matcher:
        return self._m("blame", "negations")

    @cached_property
    def denial(self) -> Matcher:
        # Anchored, with two free stretches before its words (「^[^。]{0,40}。?[^。]{0,12}?」):
        # the engine backtracks through hundreds of splits on every complaint's tail, which
        # mostly holds none of its literals (one Aho-Corasick pass; see patterns.gated).
        return gated(self._m("blame", "denials"))

    @cached_property
    def concession(self) -> Matcher:
        return self._m("grammar", "concession")

    @cached_property
    def indefinite_gate(self) -> Matcher:
        return self._m("grammar", "indefinite_gate")

    @cached_property
    def question_end(self) -> Matcher:
        return self._m("reverse_question", "question_end")

    @cached_property
    def no_question(self) -> Matcher:
        return self._m("reverse_question", "none_patterns")

    @cached_property
    def conditions(self) -> Matcher:
        return self._m("reverse_question", "conditions")

    @cached_property
    def researchable(self) -> Matcher:
        return self._m("reverse_question", "researchable")

    @cached_property
    def researched(self) -> Matcher:
        return self._m("reverse_question", "researched")

    @cached_property
    def local_scope(self) -> Matcher:
        return self._m("reverse_question", "local_scope")

    @cached_property
    def generic_motivation(self) -> Matcher:
        return self._branched("motivation", "generic_patterns")  # (see _branched)

    @cached_property
    def stop_nouns(self) -> frozenset[str]:
        return frozenset(self.raw["motivation"]["stop_nouns"])

    @cached_property
    def industry_nouns(self) -> frozenset[str]:
        return frozenset(self.raw["motivation"]["industry_nouns"])

    @cached_property
    def experience(self) -> Matcher:
        return self._m("motivation", "experience")

    @cached_property
    def pr_claims(self) -> Matcher:
        return gated(self._m("self_pr", "claim_patterns"))  # (gated: see above _m)

    @cached_property
    def pr_lessons(self) -> Matcher:
        return self._m("self_pr", "lessons")

    @cached_property
    def situation(self) -> Matcher:
        return self._branched("self_pr", "situation")  # (see _branched)

    @cached_property
    def vague_verbs(self) -> frozenset[str]:
        return frozenset(self.raw["self_pr"]["vague_verbs"])

    @cached_property
    def tenure_reason(self) -> Matcher:
        return self._branched("short_tenure", "reason_patterns")  # (see _branched)

    @cached_property
    def tenure_vague(self) -> Matcher:
        return self._m("short_tenure", "vague_patterns")

    @cached_property
    def tenure_future(self) -> Matcher:
        return self._m("short_tenure", "future_patterns")

    @cached_property
    def tenure_health(self) -> Matcher:
        return self._m("short_tenure", "health_patterns")

    @cached_property
    def tenure_present(self) -> Matcher:
        return self._m("short_tenure", "present_patterns")

    @cached_property
    def conclusion_first(self) -> Matcher:
        return self._m("strengths", "conclusion_first")

    @cached_property
    def forward(self) -> Matcher:
        return self._m("strengths", "forward")

    @cached_property
    def work_question(self) -> Matcher:
        return self._m("strengths", "work_question")

    @cached_property
    def kind_rules(self) -> KindRules:
        return KindRules(self._kinds)

    @cached_property
    def topics(self) -> tuple[Topic, ...]:
        return tuple(Topic(t) for t in self._topics)

    @cached_property
    def demands(self) -> dict[str, Demand]:
        """The forms of question with what they demand, by name (episode, method, reason)."""
        return {d["name"]: Demand(d) for d in self.demands_raw.get("forms", ())}

    @cached_property
    def demand_denial(self) -> Matcher:
        return matcher(self.demands_raw["denial"])

    @cached_property
    def demand_conceded(self) -> Matcher:
        return matcher(self.demands_raw["conceded"])

    @cached_property
    def demand_scatter(self) -> Matcher:
        return matcher(self.demands_raw["scatter"])

    @cached_property
    def demand_reason(self) -> Matcher:
        return matcher(self.demands_raw["reason"])

    @cached_property
    def demand_former_job(self) -> Matcher:
        """[demands].former_job: the former workplace named (前職, 前の会社)."""
        return matcher(self.demands_raw["former_job"])


@cache
def lexicon() -> Lexicon:
    """The data files, checked against their schemas (analyzer/schema.py) once per content
    (catalogue.checked_data: a malformed file raises DataFileError naming the bad place);
    the patterns compile lazily (see Lexicon)."""
    schema = "furikaeri.analyzer.schema"
    a = checked_data("analyzer.toml", f"{schema}:AnalyzerData", depends=DEPENDS)
    names = organisation_names(a["organisation"])
    a = with_names(a, names)  # (researchable, future_patterns: 御社, 貴院, 貴園 … alike)
    kinds = checked_data("kinds.toml", f"{schema}:KindsData", depends=DEPENDS)
    topics = checked_data("topics.toml", f"{schema}:TopicsData", depends=DEPENDS)
    kinds, topics = with_names(kinds, names), with_names(topics, names)
    return Lexicon(a, kinds["rules"], topics["topics"], topics["demands"])


def organisation_names(org: dict[str, list[str]]) -> dict[str, str]:
    """The patterns of analyzer.toml [organisation]: {org_own} (当社, 当金庫, 弊行: not after a
    kanji, as in 担当) and {org_addressed} (御社, 貴庫, 貴法人), each a prefix then a noun."""
    nouns = "|".join(sorted(map(re.escape, org["nouns"]), key=len, reverse=True))
    own = "|".join(map(re.escape, org["own"]))
    addressed = "|".join(map(re.escape, org["addressed"]))
    return {
        "org_own": f"(?<![一-龥])(?:{own})(?:{nouns})",
        "org_addressed": f"(?:{addressed})(?:{nouns})",
    }


_NAME_SLOT = lazy_re.compile(r"\{(org_own|org_addressed)\}")


def with_names(value: Any, names: dict[str, str]) -> Any:
    """``value`` (a data file's content) with each {org_own} or {org_addressed} in its strings
    replaced by the pattern of that name."""
    if isinstance(value, str):
        return _NAME_SLOT.sub(lambda m: names[m.group(1)], value)
    if isinstance(value, list):
        return [with_names(v, names) for v in value]
    if isinstance(value, dict):
        return {k: with_names(v, names) for k, v in value.items()}
    return value


@cache
def grammar(key: str) -> frozenset[str]:
    """A closed class of grammar words of analyzer.toml [grammar] (the passive …)."""
    return frozenset(lexicon().raw["grammar"][key])


@cache
def negator_lemmas() -> frozenset[str]:
    """The lemmas the rules that read a negation by lemma take as one (休まず, 抜かない,
    分かりません): the negating auxiliaries of vocabulary.toml [negation] (ない, ず, ぬ), joined
    with [grammar] explanatory_n (see analyzer.toml)."""
    from furikaeri.vocabulary import negation

    return negation().auxiliaries | grammar("explanatory_n")


@cache
def self_words() -> frozenset[str]:
    """The speaker's words for themself ([self_pr].self_reference, a plain alternation: 私,
    自分, 僕 …)."""
    return frozenset(lexicon().raw["self_pr"]["self_reference"].split("|"))
