"""What a form of question demands (episode, method, reason: topics.toml [demands].forms) and
whether an answer gives it (unmet), an episode told only in the abstract, or the opposite
of the experience asked."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

from furikaeri import lazy_re
from furikaeri.analyzer.content.episodes import habitual
from furikaeri.analyzer.content.self_pr import self_pr
from furikaeri.analyzer.demands.verbs import _acts, _being, _quoting, _roles, _stances
from furikaeri.analyzer.denial import undenied
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.lexicon import Demand, Topic, lexicon
from furikaeri.analyzer.semantics import demand_words, normalized_words
from furikaeri.analyzer.types import Finding
from furikaeri.nlp import Word, fold, morphemes, synonym_groups
from furikaeri.patterns import Matcher, matcher

# Words that end a sentence's predicate without being it: auxiliaries, particles, dependent
# verbs (している, ています), punctuation.
_TAIL = frozenset({"助動詞", "助詞", "補助記号", "接尾辞", "空白"})


@lru_cache(maxsize=1024)
def demanded(topic: Topic | None, question: str | None) -> Demand | None:
    """What the question asks an answer to contain: the form of the question (どう対応しました
    か, どうやって…していますか, なぜ), else the topic's own demand (when its question matches
    `demand_when`); nothing for an open topic."""
    if not question:
        return None
    q = fold(question)
    demands = lexicon().demands
    # The form of the question first: 「失敗したとき、どうやって立ち直っていますか」 asks for a
    # method, though a failure is an episode. An open topic asks only what an explicit question
    # of the past asks (「具体的にどのようにして目標を達成したのですか」: an own action).
    form = next((d for d in demands.values() if d.question.search(q)), None)
    if form is not None and form.name != "reason" and _spent(q):
        form = None  # 「その間はどう過ごされていましたか」: what one did with the time, any of it
    if topic is not None and topic.open:
        return form if form is not None and form.name == "episode" else None
    if form is not None or topic is None or topic.demand is None:
        return form
    when = topic.demand_when
    return demands[topic.demand] if when is None or when.search(q) else None


@lru_cache(maxsize=256)
def _spent(question: str) -> bool:
    """The question asks how one spent a time ([demands] spending_verbs, by Sudachi normalized
    form: 過ごす, 暮らす): being at a job or caring for someone answers it as much as an act."""
    from furikaeri.nlp import tokenize

    spending = demand_words("spending_verbs")
    return any(t.pos == "動詞" and t.normalized in spending for t in tokenize(question))


def unmet(doc: Doc, demand: Demand, question: str | None = None) -> bool:
    """Whether the answer lacks what ``demand`` asks for, or denies having had what
    ``question`` asks about (「大きな失敗をしたことはありません」), conceding nothing after."""
    if demand.name == "reason":
        return lexicon().demand_reason.search(doc.folded) is None
    if question and _answered_yes_or_no(doc, question):
        return False  # 「経験はありますか」「はい、…」「いいえ、…」: the question answered
    if question and _denied(doc, question):
        return True
    if demand.name == "episode":
        if _named(doc):
            return False  # 「ゼミの研究です。」: the one thing asked, named (too short, maybe)
        if question and _content_told(doc, question):
            return False  # 「どんなことを勉強していましたか」「…を中心に学んでいました」
        scatter = lexicon().demand_scatter
        # (the text checks first: _stance reads the answer's words)
        told = [s for s in _told(doc) if not scatter.search(s.text) and not _stance(doc, s)]
        return not _acts(doc, told, _not_episode(), done=True)
    if _named(doc) and _noun_phrase(doc, doc.sentences[0]):
        # 「ヨガです。」「ランニングとギターです。」: the way named, as to 「何をしていますか」
        # (not a view: 「大切なのは気持ちの切り替えです」)
        return False
    # A method is what one does (now or as a habit): a past sentence describes (「一日に80件の
    # 電話を受けていました」), unless it tells how (〜ことで, 〜ようにして).
    acting = [
        s
        for s in doc.sentences
        if (not _PAST.search(s.text) or _MEANS.search(s.text)) and not _stance(doc, s)
    ]
    return not _acts(doc, acting, _not_method(), done=False)


# A sentence told in the past: ending in the past (in spoken forms too: 「〜してたんですけど」
# 「大変でしたね」), naming a past act as the answer (「マニュアルを作ったことです」), an
# experience had (「発注を間違えたことがあります」), or a spoken narrative left in the て-form
# (「名前を間違えてしまって。」), or in casual words (「作ったんすよ」: manners judges those).
_TOLD = lazy_re.compile(
    r"(た|だ)(ん|の)?(です|でした)?(けど|けれど|けれども|が|ね|よ|よね)?[。！!」]*$"
    r"|(た|だ)んす(けど|ね|よ|よね)?[。！!」]*$"  # (spoken: 「マニュアル作ったんすよ」)
    r"|(た|だ)(こと|の|もの)(です|でした|だ)"
    r"|(た|だ)(こと|経験)(が|も|は)(あります|ある|あった|ありました|ございます|あり、)"
    r"|(て|で|まして)[。…]*$"
)


_PAST = lazy_re.compile(r"(た|だ)(ん|の)?(です|でした)?(けど|けれど|が|ね|よ)?[。！!」]*$")
_MEANS = lazy_re.compile(r"ことで|ようにし|ようにしてい|たり")
_NAMED = lazy_re.compile(r"^[^、。,]{2,20}(です|でした)[。！!]*$")


def _named(doc: Doc) -> bool:
    """The answer opens by naming one thing (a noun, then です), as to 「何ですか」: not a list
    (「勉強もアルバイトも」) nor a view."""
    if not doc.sentences:
        return False
    first = doc.sentences[0]
    if not _NAMED.match(first.text) or first.text.count("も") >= 2:
        return False
    ws, begins = doc.words, doc.begins
    i = bisect_left(begins, first.end) - 1
    while i >= 0 and ws[i].pos in ("助動詞", "補助記号"):
        i -= 1
    return i >= 0 and ws[i].pos == "名詞" and ws[i].normalized not in _stances()


@lru_cache(maxsize=1024)
def _asked_act(question: str) -> tuple[str, frozenset[int]] | None:
    """The act whose content a question of what asks (「どんなことを勉強していましたか」: 勉強):
    the verb, or the noun with する, right after こと or 何 and を; its normalized form and
    Sudachi synonym groups. None for a light verb (「どんなことをしましたか」 asks for the act)."""
    ml = morphemes(fold(question))
    for n in range(len(ml) - 2):
        if ml[n].normalized_form() not in ("こと", "事", "何") or ml[n + 1].surface() != "を":
            continue
        m = ml[n + 2]
        pos = m.part_of_speech()
        verb = pos[0] == "動詞" and pos[1] == "一般"
        if verb or (pos[0] == "名詞" and n + 3 < len(ml) and ml[n + 3].normalized_form() == "為る"):
            return m.normalized_form(), frozenset(m.synonym_group_ids())
        return None
    return None


def _content_told(doc: Doc, question: str) -> bool:
    """The answer tells the act a question of what asks the content of (_asked_act), in its
    word or a Sudachi synonym (勉強 → 学ぶ, 研究): what was done in it is the answer."""
    asked = _asked_act(question)
    if asked is None:
        return False
    form, groups = asked
    ws, ml = doc.words, doc.morphemes
    return any(
        w.pos in ("動詞", "名詞")
        and (
            w.normalized == form
            or not groups.isdisjoint(w.groups if w.groups is not None else synonym_groups(w, ml[i]))
        )
        for i, w in enumerate(ws)
    )


def _noun_phrase(doc: Doc, sent: Sentence) -> bool:
    """The sentence is a noun phrase and a copula only (「ヨガです」「ランニングとギターです」
    「日経新聞の電子版です」): nouns joined by と, や, の, nothing said of a theme (は: 「私の
    強みは…」「…姿勢は欠かせないものです」) and no view (「大切なのは…」)."""
    ws, begins = doc.words, doc.begins
    inside = ws[bisect_left(begins, sent.start) : bisect_left(begins, sent.end)]
    return all(
        w.pos in ("名詞", "接尾辞", "接頭辞", "補助記号")
        or (w.pos == "助詞" and w.surface in ("と", "や", "の"))
        or (w.pos == "助動詞" and w.normalized in ("です", "だ"))
        for w in inside
    )


def opens_naming(doc: Doc) -> bool:
    """The answer opens by naming one thing (「オレンジです。」): a direct answer to a question
    of what, however it goes on."""
    return _named(doc)


def _denied(doc: Doc, question: str) -> bool:
    """A sentence denies the experience asked about: it names a noun of the question and says
    there was none ([demands].denial), with no concession after it (「…ありませんが、小さなもの
    では」, or a next sentence opening on ただ)."""
    nouns = _question_nouns(question)
    denial, conceded = lexicon().demand_denial, lexicon().demand_conceded
    nothing = lexicon().demand_nothing
    sentences = doc.sentences
    for n, sent in enumerate(sentences):
        whole = nothing.search(sent.text)  # 「何も学べませんでした」: no noun needed
        if whole is not None and not conceded.search(sent.text[whole.end() :]):
            return True
        found = denial.search(sent.text)
        if found is None or conceded.search(sent.text[found.end() :]):
            continue
        if n + 1 < len(sentences) and conceded.match(sentences[n + 1].text):
            continue
        ws, begins, ends = doc.words, doc.begins, doc.ends
        i = bisect_left(begins, sent.start)
        while i + 1 < len(ws) and ends[i] <= sent.start + found.start():
            # the noun asked about as what there was none of (失敗を, 対立が), not a setting
            # (「チームには目標もありませんでした」)
            nxt = ws[i + 1]
            if (
                ws[i].normalized in nouns
                and (nxt.surface in _roles() or nxt.normalized == "為る")  # 失敗した
                and ws[i].pos == "名詞"
            ):
                return True
            i += 1
    return False


@lru_cache(maxsize=1024)
def _question_nouns(question: str) -> frozenset[str]:
    """The question's own nouns (失敗, ストレス, 対立), less the words any question has."""
    from furikaeri.nlp import tokenize

    common = _stances() | demand_words("question_words")
    return frozenset(
        t.normalized
        for t in tokenize(fold(question))
        if t.pos == "名詞" and t.pos2 == "普通名詞" and t.normalized not in common
    )


def acts(doc: Doc, sentences: list[Sentence]) -> bool:
    """Whether one of ``sentences`` tells an act of the candidate's, done (not negated): a
    verb of [demands] that is no mere being nor view (the acts of an episode)."""
    return _acts(doc, sentences, _not_episode(), done=True)


def acts_told(
    doc: Doc, besides: frozenset[str] = frozenset(), *, since_leaving: bool = False
) -> bool:
    """Whether a sentence told in the past (_told) holds an act of the candidate's, done, of a
    verb that is none of ``besides`` either (leaving: 「辞めました」 tells no deed in a time
    after it). ``since_leaving``: not a sentence set at the former job ([demands] former_job,
    then で: 「前職では…訪問をこなしていました」 tells the job, not the time after it; 「前職を
    辞めた後は」 is that time)."""
    told = _told(doc)
    if since_leaving:
        told = [s for s in told if not _at_former_job().search(s.text)]
    return _acts(doc, told, _not_episode() | besides, done=True)


@cache
def _at_former_job() -> re.Pattern[str]:
    """The former job named as the setting of what is told (前職では, 前の会社で, 前職において)."""
    return re.compile(f"(?:{lexicon().demands_raw['former_job']})(?:で|において|にて)")


def _told(doc: Doc) -> list[Sentence]:
    """Sentences that tell what happened, not a habit (常に…してきました), or the clauses in the
    past a sentence closing on a view opens with (「告知を工夫したら、客数が増えたので、そこは
    頑張ったと思います」: what happened, then what one makes of it)."""
    out = []
    for s in doc.sentences:
        if _TOLD.search(s.text) and not habitual(s.text):
            out.append(s)
            continue
        head = _past_head(doc, s)
        if head is not None and not habitual(head.text):
            out.append(head)
    return out


def _past_head(doc: Doc, sent: Sentence) -> Sentence | None:
    """The sentence up to its last clause told in the past and joined to the next by a comma
    (Sudachi: the auxiliary た as たら, or before a conjunctive particle or ん/の+で:
    「工夫したら、」「増えたので、」「増えたんで、」), when such a clause comes before the last."""
    ws, begins, ends = doc.words, doc.begins, doc.ends
    lo, hi = bisect_left(begins, sent.start), bisect_left(begins, sent.end)
    cut = None
    for j in range(lo, hi - 1):
        w = ws[j]
        if w.pos != "助動詞" or w.lemma != "た":
            continue
        k = j + 1
        if w.surface in ("たら", "だら"):
            pass
        elif ws[k].pos2 == "接続助詞":
            k += 1
        elif ws[k].pos2 == "準体助詞" and k + 1 < hi and ws[k + 1].lemma == "だ":
            k += 2
        else:
            continue
        if k < hi - 1 and ws[k].surface in ("、", ","):
            cut = ends[k - 1]
    if cut is None:
        return None
    return Sentence(sent.start, cut, doc.folded[sent.start : cut])


def _answered_yes_or_no(doc: Doc, question: str) -> bool:
    """A question of whether one has had an experience ([demands].yes_no_question) answered
    with yes or no first ([demands].yes_or_no)."""
    raw = lexicon().demands_raw
    return (
        _pattern(raw["yes_no_question"]).search(fold(question)) is not None
        and _pattern(raw["yes_or_no"]).match(doc.folded.lstrip()) is not None
    )


@cache
def _pattern(text: str) -> Matcher:
    return matcher(text)


def abstract_episode(doc: Doc, missed: list[Finding]) -> list[Finding]:
    """A ガクチカ-like question (topics.toml `as_self_pr`) answered without an episode: with a
    strength or trait claimed it is abstract too (self_pr.abstract); when it names the activity
    in the past (「部員80名の主将を務めました」) it answers the question, abstractly, and is not
    off-topic. An answer about everything at once stays off-topic only. One the self-PR reading
    finds an episode in, its situation and own act told with no result (self_pr.no_result: 「副部長
    としてみんなをまとめるのは大変でしたが、最後まで頑張り抜きました」), answers it too."""
    scatter = lexicon().demand_scatter
    if any(scatter.search(s.text) for s in doc.sentences):
        return missed
    read = self_pr(doc)[0]
    if any(f.code == "self_pr.no_result" for f in read):
        return []
    abstract = [f for f in read if f.code == "self_pr.abstract"]
    if not abstract:
        return missed
    named = any(not _stance(doc, s) for s in _told(doc))
    return abstract if named else [*missed, *abstract]


def opposite(text: str, topic: Topic) -> bool:
    """The answer tells the opposite of the experience asked (alone, for teamwork) and none
    of the topic's words, or sidesteps the question outright (「短所というより…」)."""
    if topic.evasion is not None and topic.evasion.search(text):
        return True
    if topic.evasion is not None and topic.marks is not None and topic.marks.search(text):
        told = undenied(text, (topic.marks,))
        if told != text and not topic.answer.search(undenied(told, (topic.answer,))):
            return True  # 「短所は特に思いつきません。」 and nothing of one after
    found = topic.opposite
    return found is not None and found.search(text) is not None and not topic.answer.search(text)


def _stance(doc: Doc, sent: Sentence) -> bool:
    """The sentence ends in a stance (思う, 大切, 必要): its predicate, the last word that is
    no auxiliary, particle or dependent verb, is one of topics.toml's stance_predicates."""
    ws, begins = doc.words, doc.begins
    i = bisect_left(begins, sent.end) - 1
    first = bisect_left(begins, sent.start)
    if _values_first(ws, first, i):
        return True
    while i >= first:
        w = ws[i]
        if w.pos not in _TAIL and not (w.pos2 == "非自立可能" and w.pos in ("動詞", "形容詞")):
            if w.normalized in _stances() or w.lemma in _stances():
                return True
            # 思う, 考える: a view when they quote one (「大切だと考えています」), an act when
            # they take an object (「練習メニューを考えました」).
            quoted = i > first and ws[i - 1].surface in ("と", "って")
            return quoted and (w.normalized in _quoting() or w.lemma in _quoting())
        i -= 1
    return False


def _values_first(ws: list[Word], first: int, last: int) -> bool:
    """The sentence opens on a value (「大事なのは、…」「必要なことは…」): a view, whatever
    verb follows."""
    stances = _stances()
    for k in range(first, min(last, first + 4)):
        w = ws[k]
        if w.normalized in stances or w.lemma in stances:
            after = "".join(x.surface for x in ws[k + 1 : k + 4])
            return after.startswith(("なのは", "なことは", "なのが"))
    return False


@cache
def _not_episode() -> frozenset[str]:
    """Verbs that are no own concrete action in an episode: the self-PR's vague verbs
    (頑張る, 取り組む), stances, being somewhere, and studying a thing instead of doing it
    (「マネジメントの本を読みました」 is no experience of managing)."""
    study = demand_words("study_verbs")
    return normalized_words("self_pr", "vague_verbs") | _stances() | _quoting() | _being() | study


@cache
def _not_method() -> frozenset[str]:
    """Verbs that are no method: stances and being somewhere (行く, 続ける are methods:
    「サウナに行く」「ランニングを続けています」)."""
    return _stances() | _quoting() | _being() | {"為る", "する", "出来る", "有る", "居る"}
