"""What a question asks an answer to contain, by the form of the question (topics.toml
[demands]): an answer that stays near the topic but never gives it "talks around" the question
(communication.off_topic).

- episode: an own past action (「どう対応しましたか」, a ガクチカ, a failure, a conflict):
  a sentence told in the past whose verb is the candidate's concrete action, not a stance
  (「尊重することが大切だと思います」), a habit (常に…), effort words (頑張る) or the passive;
- method: an action of the candidate's, in any tense (「走ることでリフレッシュしています」),
  in a sentence that does not end in a stance (「学び続けることが大切です」);
- reason: a reason of one's own (a cause, a wish, something that happened), not only a
  description of the job chosen (「やりがいのある仕事です」).

Read from the answer's words (Sudachi part of speech and normalized forms), no second
tokenization; only answers that already address the topic by its words are read.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache, lru_cache

from furikaeri import lazy_re
from furikaeri.analyzer.denial import undenied
from furikaeri.analyzer.detect_content import (
    aim_or_attitude,
    attributive,
    following,
    habitual,
    is_condition,
    negated,
    self_pr,
)
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.lexicon import Demand, Topic, grammar, lexicon
from furikaeri.analyzer.semantics import negative_lemmas, normalized_forms, normalized_words
from furikaeri.analyzer.types import Finding
from furikaeri.nlp import Word, fold
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
    if topic is not None and topic.open:
        return form if form is not None and form.name == "episode" else None
    if form is not None or topic is None or topic.demand is None:
        return form
    when = topic.demand_when
    return demands[topic.demand] if when is None or when.search(q) else None


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
        scatter = lexicon().demand_scatter
        told = [s for s in _told(doc) if not _stance(doc, s) and not scatter.search(s.text)]
        return not _acts(doc, told, _not_episode(), done=True)
    # A method is what one does (now or as a habit): a past sentence describes (「一日に80件の
    # 電話を受けていました」), unless it tells how (〜ことで, 〜ようにして).
    acting = [
        s
        for s in doc.sentences
        if not _stance(doc, s) and (not _PAST.search(s.text) or _MEANS.search(s.text))
    ]
    return not _acts(doc, acting, _not_method(), done=False)


# A sentence told in the past: ending in the past (in spoken forms too: 「〜してたんですけど」
# 「大変でしたね」), naming a past act as the answer (「マニュアルを作ったことです」), an
# experience had (「発注を間違えたことがあります」), or a spoken narrative left in the て-form
# (「名前を間違えてしまって。」).
_TOLD = lazy_re.compile(
    r"(た|だ)(ん|の)?(です|でした)?(けど|けれど|けれども|が|ね|よ|よね)?[。！!」]*$"
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


def _roles() -> frozenset[str]:
    """Particles of a subject or object (は, も, が, を): [grammar].argument_particles."""
    return grammar("argument_particles")


@lru_cache(maxsize=1024)
def _question_nouns(question: str) -> frozenset[str]:
    """The question's own nouns (失敗, ストレス, 対立), less the words any question has."""
    from furikaeri.nlp import tokenize

    common = _stances() | normalized_forms(tuple(lexicon().demands_raw["question_words"]))
    return frozenset(
        t.normalized
        for t in tokenize(fold(question))
        if t.pos == "名詞" and t.pos2 == "普通名詞" and t.normalized not in common
    )


def acts(doc: Doc, sentences: list[Sentence]) -> bool:
    """Whether one of ``sentences`` tells an act of the candidate's, done (not negated): a
    verb of [demands] that is no mere being nor view (the acts of an episode)."""
    return _acts(doc, sentences, _not_episode(), done=True)


def _told(doc: Doc) -> list[Sentence]:
    """Sentences that tell what happened, not a habit (常に…してきました)."""
    return [s for s in doc.sentences if _TOLD.search(s.text) and not habitual(s.text)]


def _acts(doc: Doc, sentences: list[Sentence], excluded: frozenset[str], *, done: bool) -> bool:
    """Whether one of ``sentences`` holds an action of the candidate's: a verb (or a noun with
    する) that is none of ``excluded``, not passive (任される: someone else's act), not a
    modifier of a noun (「学ぶ姿勢」 names an attitude), and, when ``done``, not negated
    (「手を抜かずに」 tells what was not done)."""
    ws, begins = doc.words, doc.begins
    last = len(ws) - 1
    for sent in sentences:
        i = bisect_left(begins, sent.start)
        while i <= last and begins[i] < sent.end:
            head = _object_of_suru(ws, i)  # 「指導をしていました」: the act is the noun's
            if (
                head is not None
                and not _excluded(ws[head], excluded)
                and not (_passive(ws, i) or attributive(ws, i) or (done and negated(ws, i)))
            ):
                return True
            if (
                _verb(ws, i)
                and not _excluded(ws[i], excluded)
                and not _particle(ws, i)
                and not aim_or_attitude(ws, i)
            ):
                k = i + 1 if ws[i].pos == "名詞" else i  # the する of a noun
                if not (
                    _passive(ws, k)
                    or attributive(ws, k)
                    or _generic(ws, k)
                    or (done and negated(ws, k))
                ):
                    return True
            i += 1
    return False


def _generic(ws: list[Word], k: int) -> bool:
    """A verb made the topic of a view, not told (「教えることは好きです」「人と話すのが得意」):
    its plain form, then こと or の, then は, が, も or を."""
    return (
        k + 2 < len(ws)
        and ws[k + 1].normalized in ("こと", "事", "の")
        and ws[k + 2].surface in _roles()
    )


def _object_of_suru(ws: list[Word], i: int) -> int | None:
    """The noun before を of a する at ``i`` (「接客の指導をする」), or of a verb that only
    carries it (「進捗の管理を担当しました」「面談を行いました」): the act it names."""
    w = ws[i]
    carrier = (
        w.normalized in _carriers()
        and (w.pos == "動詞" or (i + 1 < len(ws) and ws[i + 1].normalized == "為る"))
        and not _ongoing(ws, i + 1 if w.pos == "名詞" else i)
    )
    if (w.normalized != "為る" and not carrier) or i < 2 or ws[i - 1].surface != "を":
        return None
    noun = ws[i - 2]
    if noun.pos != "名詞" or noun.pos2 != "普通名詞" or noun.normalized in _being_nouns():
        return None  # 「アルバイトをしていました」: where one was, not what one did
    return i - 2


@cache
def _being_nouns() -> frozenset[str]:
    return normalized_forms(tuple(lexicon().demands_raw["being_nouns"]))


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


@cache
def _carriers() -> frozenset[str]:
    return normalized_forms(tuple(lexicon().demands_raw["carrier_verbs"]))


def _ongoing(ws: list[Word], k: int) -> bool:
    """The predicate at ``k`` goes on (〜ている): a duty held, not an act done
    (「発行を担当していました」)."""
    return k + 2 < len(ws) and ws[k + 1].surface in ("て", "で") and ws[k + 2].normalized == "居る"


def _verb(ws: list[Word], i: int) -> bool:
    """A verb used as the main verb, or a noun with する (提案する)."""
    w = ws[i]
    if w.pos == "名詞":
        return i + 1 < len(ws) and ws[i + 1].normalized == "為る" and w.pos2 == "普通名詞"
    if w.pos != "動詞":
        return False
    if w.pos2 == "一般":
        return True
    if i + 2 < len(ws) and _befell(ws, i + 2):
        return True  # 「一桁間違えてしまいました」: しまう is the dependent verb, not this one
    # 行く, 見る, 出す: may be dependent (食べていく); main after a noun or particle (サウナに行く)
    before = ws[i - 1] if i else None
    return (
        before is not None
        and before.pos not in ("動詞", "助動詞", "名詞")
        and before.pos2 != "接続助詞"
        and w.normalized not in ("為る", "居る", "有る")
    )


def _excluded(w: Word, excluded: frozenset[str]) -> bool:
    return w.normalized in excluded or w.lemma in excluded


def _particle(ws: list[Word], i: int) -> bool:
    """A verb that is part of a compound particle (にとって, について, を通じて)."""
    return (
        0 < i < len(ws) - 1
        and ws[i - 1].pos2 == "格助詞"
        and ws[i + 1].surface in ("て", "で")
        and _excluded(ws[i], _particle_verbs())
    )


@cache
def _particle_verbs() -> frozenset[str]:
    return normalized_forms(tuple(lexicon().demands_raw["particle_verbs"]))


def _passive(ws: list[Word], k: int) -> bool:
    return k + 1 < len(ws) and ws[k + 1].pos == "助動詞" and ws[k + 1].lemma in ("れる", "られる")


def abstract_episode(doc: Doc, missed: list[Finding]) -> list[Finding]:
    """A ガクチカ-like question (topics.toml `as_self_pr`) answered without an episode: with a
    strength or trait claimed it is abstract too (self_pr.abstract); when it names the activity
    in the past (「部員80名の主将を務めました」) it answers the question, abstractly, and is not
    off-topic. An answer about everything at once stays off-topic only."""
    scatter = lexicon().demand_scatter
    if any(scatter.search(s.text) for s in doc.sentences):
        return missed
    abstract = [f for f in self_pr(doc)[0] if f.code == "self_pr.abstract"]
    if not abstract:
        return missed
    named = any(not _stance(doc, s) for s in _told(doc))
    return abstract if named else [*missed, *abstract]


def changed(doc: Doc, addressee: Topic | None = None) -> bool:
    """A sentence tells a change that befell the former workplace: a verb of change
    ([demands].change_verbs: 縮小され, 方針が変わり, 出店が止まり), work that ceased
    (取らなくなった) or was turned into something (「保守が主な仕事になりました」), not negated
    nor wished for, after the workplace is named (会社, 部署, 仕事, 開発部), in a sentence that
    neither makes the candidate its actor (「私は…手順を変えました」), nor tells a result
    (「その結果、遅延がなくなりました」), nor names the company addressed (「御社は方針を変えられ」
    is no reason for leaving another)."""
    ws, begins = doc.words, doc.begins
    change = _change_verbs()
    addressed = addressee.addressee if addressee is not None else None
    result = lexicon().result
    former, concession = _former_job(), lexicon().concession
    wish: bool | None = None
    for sent in doc.sentences:
        if (addressed is not None and addressed.search(sent.text)) or result.search(sent.text):
            continue
        if former.search(sent.text) and (_PAST.search(sent.text) or concession.search(sent.text)):
            # 「前職では経理として…担当していましたが」「現在の会社は…ですが、」, then a wish
            # (not 「前職の経験を活かしたいです」: a resource, not the job told)
            if wish is None:
                wish = any(w.lemma == "たい" and w.pos == "助動詞" for w in ws)
            if wish:
                return True
        place = False  # the workplace named before the change
        i = bisect_left(begins, sent.start)
        me = _self_words()
        while i < len(ws) and begins[i] < sent.end:
            w = ws[i]
            if w.normalized in me and i + 1 < len(ws) and ws[i + 1].surface in ("は", "が"):
                break  # the candidate acts
            if _grew(ws, i) or (
                place and _changes(ws, i, change) and not negated(ws, _predicate(ws, i))
            ):
                return True
            if not place and w.pos == "名詞":
                place = _workplace(doc, i)
            i += 1
    return False


@cache
def _self_words() -> frozenset[str]:
    """The words for oneself: [self_pr].self_reference, a plain alternation of them."""
    return frozenset(lexicon().raw["self_pr"]["self_reference"].split("|"))


@cache
def _former_job() -> Matcher:
    return matcher(lexicon().demands_raw["former_job"])


@cache
def _place_ends() -> tuple[str, ...]:
    """Endings of a noun naming a workplace or a part of one (開発部): [demands].place_ends."""
    return tuple(lexicon().demands_raw["place_ends"])


def _workplace(doc: Doc, i: int) -> bool:
    """The former workplace or its work (concepts employer and work; a department: 開発部)."""
    from furikaeri.analyzer.detect_blame import _is_concept

    w = doc.words[i]
    return _is_concept(doc, i, "employer", "work") or (
        len(w.normalized) >= 2 and w.normalized.endswith(_place_ends())
    )


def _predicate(ws: list[Word], i: int) -> int:
    """The verb of a change at ``i`` (the する after a noun)."""
    return i + 1 if ws[i].pos == "名詞" else i


def _changes(ws: list[Word], i: int, change: frozenset[str]) -> bool:
    w = ws[i]
    if w.pos == "名詞":
        return w.normalized in change and i + 1 < len(ws) and ws[i + 1].normalized == "為る"
    if w.pos != "動詞":
        return False
    if w.normalized in change or w.lemma in change:
        return not (i + 1 < len(ws) and ws[i + 1].lemma == "たい")
    if w.normalized != "成る" or i < 2:
        return False
    before = ws[i - 1]
    if before.pos == "助動詞" and before.lemma == "ない":  # 取らなくなった: ceased
        return True
    return before.surface == "に" and ws[i - 2].normalized in _change_into()


def _grew(ws: list[Word], i: int) -> bool:
    """「関わりたいと思うようになりました」「興味を持つようになりました」: a wish or view that
    grew, a reason of one's own (a verb, よう, に, なる)."""
    return (
        i >= 3
        and ws[i].normalized == "成る"
        and ws[i - 1].surface == "に"
        and ws[i - 2].surface == "よう"
        and ws[i - 3].pos == "動詞"  # 思う, 持つ (興味を持つようになりました)
    )


@cache
def _change_verbs() -> frozenset[str]:
    return normalized_forms(tuple(lexicon().demands_raw["change_verbs"]))


@cache
def _change_into() -> frozenset[str]:
    return normalized_forms(tuple(lexicon().demands_raw["change_into"]))


def hardship(doc: Doc, topic: Topic) -> bool:
    """The answer names a hardship, in the topic's words (苦労, トラブル, 締め切り) or in any
    words: a word the polarity dictionary marks negative (危うい, 戸惑う, 反発; 大変 as an
    adjective, not the adverb of 「大変充実していました」), not denied (「ミスなく」); an ability or
    progress denied (出られない, まとまらず, うまくいかない, 2週間しかなく); something that
    befell one (辞めてしまい). A success story with happy memories names none."""
    if topic.answer.search(doc.folded) or lexicon().tenure_health.search(doc.folded):
        return True  # (a misfortune of health met: 父が入院し, 持病が悪化)
    ws = doc.words
    negative = _hardship_words()
    for i, w in enumerate(ws):
        if w.pos == "副詞":
            continue
        if (
            (w.lemma in negative or w.normalized in negative)
            and (w.pos != "名詞" or _occurs(ws, i))
            and not _denied_word(ws, i)
        ):
            return True
        if w.pos == "動詞" and (_stalled(ws, i) or _befell(ws, i) or _too_much(ws, i)):
            return True
        if w.surface == "しか" and any(x.lemma in _scarce() for x in ws[i + 1 : i + 4]):
            return True  # 「二週間しかなく」「八人しか残らず」
    if topic.befell:
        # a failure of one's own (topics.toml `befell`): what others did to one is none (「周りから
        # も頼りにされる」 reads as done to one, and tells no failure)
        return False
    from furikaeri.analyzer.detect_reasons import complaints

    return bool(complaints(doc))  # what the workplace did to one (「先輩から仕事を取られ」)


def _scarce() -> frozenset[str]:
    """Negators after しか (「二週間しかなく」): [grammar].scarce_negators."""
    return grammar("scarce_negators")


@cache
def _hardship_words() -> frozenset[str]:
    """The polarity dictionary's negative words and the analyzer's own ([concepts].
    negative_words: いい加減, 理不尽)."""
    return negative_lemmas() | frozenset(lexicon().raw["concepts"]["negative_words"])


def _occurs(ws: list[Word], i: int) -> bool:
    """A noun told as something that happened or was met (トラブルが起き, 反発を受け, 混乱し),
    not a part of a compound or a setting (「過去最高の売上」)."""
    k = i + 1
    if k < len(ws) and ws[k].pos == "助動詞" and ws[k].lemma in ("だ", "です"):
        return True  # 「限界でした」「不安だった」: a state met
    if k < len(ws) and ws[k].surface in _roles() | {"に", "で"}:
        k += 1
    return any(x.pos in ("動詞", "形容詞") for x in ws[k : k + 2]) and not (
        k == i + 1 and ws[k].pos != "動詞"
    )


def _denied_word(ws: list[Word], i: int) -> bool:
    """The word is negated (欠けることなく, 遅れず, ミスなく, 問題もなく)."""
    if negated(ws, i):
        return True
    after = [x for x in ws[i + 1 : i + 5] if x.pos != "助詞" or x.surface in ("が", "も")]
    nxt = [x for x in after if x.surface not in ("が", "も", "こと", "事")][:1]
    if bool(nxt) and nxt[0].lemma in ("ない", "無い"):
        return True
    # 「諦めたことはありません」「投げ出したことは一度もない」: the event never happened
    k = i + 1
    while k < len(ws) and ws[k].pos in ("助動詞", "接尾辞"):
        k += 1
    if k >= len(ws) or ws[k].normalized not in ("こと", "事"):
        return False
    k += 1
    while k < len(ws) and k <= i + 8 and (ws[k].pos in ("助詞", "副詞") or _once(ws[k])):
        k += 1
    return k < len(ws) and (
        (ws[k].normalized == "有る" and negated(ws, k)) or ws[k].normalized == "無い"
    )


def _once(w: Word) -> bool:
    """A count of times that stresses a never (一度も, 一回も, 今まで)."""
    return w.pos in ("名詞", "数詞") and w.normalized in _ONCE


_ONCE = frozenset({"一度", "一回", "今迄"})


def _never_event(ws: list[Word], i: int) -> bool:
    """The negated 有る at ``i`` says an event never happened (a verb, then こと, は or も,
    maybe 一度も: 「やめることはありません」), not that a thing was lacking."""
    j = i - 1
    while j >= 0 and j >= i - 5 and (ws[j].pos in ("助詞", "副詞") or _once(ws[j])):
        j -= 1
    return (
        j >= 1
        and ws[j].normalized in ("こと", "事")
        and ws[j - 1].pos in ("動詞", "助動詞", "形容詞")
    )


def _stalled(ws: list[Word], i: int) -> bool:
    """An ability or progress denied: a potential form (話せない, 出られない), できない, or a verb
    of progress ([demands].stalled_verbs: 進まない, まとまらず, うまくいかない)."""
    w = ws[i]
    if not negated(ws, i):
        return False
    potential = i + 1 < len(ws) and ws[i + 1].lemma in ("れる", "られる")
    if w.normalized == "有る":  # 「ルールもありませんでした」: a lack, unless of a trouble
        if _never_event(ws, i):
            return False  # 「途中でやめることはありません」: an event that never happened, no lack
        return i >= 2 and ws[i - 1].surface in _roles() and ws[i - 2].lemma not in _hardship_words()
    # (話せる is read as 話す: a potential form whose dictionary form ends otherwise)
    return (
        potential
        or (w.lemma != w.normalized and w.lemma.endswith("る") and not w.normalized.endswith("る"))
        or w.normalized in _stalled_verbs()
        or w.lemma in _stalled_verbs()
    )


def _too_much(ws: list[Word], i: int) -> bool:
    """〜すぎる (多すぎる, 忙しすぎて), and what others would not do for one (〜てくれない,
    〜てもらえず)."""
    w = ws[i]
    if w.lemma in ("すぎる", "過ぎる") and w.pos2 == "非自立可能":
        return True
    return (
        w.lemma in ("くれる", "もらえる", "貰える")
        and i > 0
        and ws[i - 1].surface in ("て", "で")
        and negated(ws, i)
    )


def _befell(ws: list[Word], i: int) -> bool:
    """〜てしまう: something that befell one (辞めてしまい, 遅れてしまった)."""
    return ws[i].lemma == "しまう" and i > 0 and ws[i - 1].surface in ("て", "で")


@cache
def _stalled_verbs() -> frozenset[str]:
    return normalized_forms(tuple(lexicon().demands_raw["stalled_verbs"]))


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
    for k in range(first, min(last, first + 4)):
        w = ws[k]
        if w.normalized in _stances() or w.lemma in _stances():
            after = "".join(x.surface for x in ws[k + 1 : k + 4])
            return after.startswith(("なのは", "なことは", "なのが"))
    return False


@cache
def _quoting() -> frozenset[str]:
    return normalized_forms(tuple(lexicon().demands_raw["quoting_verbs"]))


@cache
def _stances() -> frozenset[str]:
    return normalized_forms(tuple(lexicon().demands_raw["stance_predicates"]))


@cache
def _being() -> frozenset[str]:
    """Verbs that tell where one was, not what one did (働いていました): [demands].being_verbs."""
    return frozenset(lexicon().demands_raw["being_verbs"])


@cache
def _not_episode() -> frozenset[str]:
    """Verbs that are no own concrete action in an episode: the self-PR's vague verbs
    (頑張る, 取り組む), stances, being somewhere, and studying a thing instead of doing it
    (「マネジメントの本を読みました」 is no experience of managing)."""
    study = normalized_forms(tuple(lexicon().demands_raw["study_verbs"]))
    return normalized_words("self_pr", "vague_verbs") | _stances() | _quoting() | _being() | study


@cache
def _not_method() -> frozenset[str]:
    """Verbs that are no method: stances and being somewhere (行く, 続ける are methods:
    「サウナに行く」「ランニングを続けています」)."""
    return _stances() | _quoting() | _being() | {"為る", "する", "出来る", "有る", "居る"}


def grievances_instead(doc: Doc, topic: Topic) -> bool:
    """The answer gives nothing the topic asks for and tells grievances instead (_grieved:
    complaints of the workplace, working conditions): for a topic that asks for an act ahead,
    none (demands.ahead) and a grievance; for another, none of its core and more than half of
    the sentences grievances or only a wish to work somewhere (「御社で働きたい」). It answers
    why one leaves, or what one wants from an employer, not the question (「前職はシフトが…」
    for 長所, 「御社は年間休日が…」 for 入社後に取り組みたいこと)."""
    if topic.acts_ahead:
        if ahead(doc):
            return False
    elif topic.core is not None and topic.core.search(doc.folded):
        return False
    sentences = doc.sentences
    if topic.acts_ahead:  # nothing ahead at all, and what is wrong now told instead
        return any(_grieved(doc, s) for s in sentences)
    # A trait may show in an episode without its name: grievances must be most of the answer
    # (read sentence by sentence, and no further once they cannot be).
    other = grieved = 0
    for n, sent in enumerate(sentences):
        if 2 * (other + len(sentences) - n) <= len(sentences):
            return False
        if _grieved(doc, sent):
            grieved += 1
            other += 1
        elif _wish_to_be(doc, sent):
            other += 1
    return grieved > 0 and 2 * other > len(sentences)


def _grieved(doc: Doc, sent: Sentence) -> bool:
    """The sentence complains of the workplace (detect_reasons.complaints), names a working
    condition (休日, 手当, 残業: detect_content.is_condition), or names the employer or its
    people with a word the polarity dictionary marks negative (「上司も…難しい」), not denied."""
    from furikaeri.analyzer.detect_blame import names_employer
    from furikaeri.analyzer.detect_reasons import complaints

    ws, begins = doc.words, doc.begins
    lo = bisect_left(begins, sent.start)
    hi = bisect_left(begins, sent.end)
    if any(ws[i].pos == "名詞" and _condition(ws[i].normalized) for i in range(lo, hi)):
        return True
    negative = _hardship_words()
    if names_employer(doc, sent) and any(
        ws[i].pos != "副詞"
        and (ws[i].lemma in negative or ws[i].normalized in negative)
        and not _denied_word(ws, i)
        for i in range(lo, hi)
    ):
        return True
    return any(sent.start <= s.start < sent.end for s in complaints(doc))


@lru_cache(maxsize=4096)
def _condition(noun: str) -> bool:
    """detect_content.is_condition, read once per noun (it tokenizes the noun)."""
    return is_condition(noun)


def ahead(doc: Doc) -> bool:
    """An act of one's own ahead: a verb (or a noun with する) that is no mere working or
    joining ([demands].being_verbs, joining_verbs), wished (〜たい; not a wish that names a
    thing, 「やりたいことができない」, unless it is the theme, 「挑戦したいことは」), intended
    (〜つもり), carried on ahead (〜ていきます, 〜てまいります), aimed at (目指す), within
    one's reach (貢献できる, 活かせる), neither denied nor past, or told as what one will do
    (「改善に取り組みます」「学ぼうと思います」: no view, 思います, nor being somewhere)."""
    ws = doc.words
    for j, w in enumerate(ws):
        if _toward(ws, j):
            k = _main_verb(ws, j)
            if k is not None and not _excluded(ws[k], _not_ahead()):
                return True
        elif w.pos == "動詞" and (_will(ws, j) or _volitional(ws, j)):
            k = j - 1 if w.normalized == "為る" and j and ws[j - 1].pos == "名詞" else j
            if not _excluded(ws[k], _not_ahead() | _stances() | _quoting()):
                return True
        elif (
            w.pos == "動詞"
            and (w.normalized in _aims() or _able(ws, j))
            and not negated(ws, j)
            and not _past(ws, j)
        ):
            return True
    return False


def _will(ws: list[Word], j: int) -> bool:
    """The verb at ``j`` is told with ます, not past nor denied, and is the main verb itself
    (「接客を学びます」「改善に取り組みます」「貢献します」), not a dependent one
    (「止まってしまいます」「感じています」)."""
    w = ws[j]
    main = w.pos2 == "一般" or (w.normalized == "為る" and j > 0 and ws[j - 1].pos == "名詞")
    return (
        main
        and j + 1 < len(ws)
        and ws[j + 1].lemma == "ます"
        and not (j + 2 < len(ws) and ws[j + 2].lemma in grammar("negators") | {"た"})
    )


def _volitional(ws: list[Word], j: int) -> bool:
    """The verb at ``j`` in its volitional form, quoted (「頑張ろうと思います」「学ぼうと
    考えています」): an intention."""
    w = ws[j]
    return (
        w.surface.endswith("う")
        and w.surface != w.lemma
        and j + 1 < len(ws)
        and ws[j + 1].surface == "と"
    )


def _toward(ws: list[Word], j: int) -> bool:
    """Word ``j`` turns the verb before it toward what lies ahead: a wish (〜たい) that names
    no thing, つもり, or 〜ていく / 〜てまいる not told in the past."""
    w = ws[j]
    if w.pos == "助動詞" and w.lemma == "たい":
        return not _names_thing(ws, j)
    if w.normalized in ("積もり", "つもり"):
        return True
    return (
        w.pos == "動詞"
        and w.normalized in ("行く", "参る")
        and j > 0
        and _te(ws[j - 1])
        and not _past(ws, j)
    )


def _past(ws: list[Word], j: int) -> bool:
    """The predicate at ``j`` is told in the past (〜た)."""
    k = j + 1
    while k < len(ws) and (ws[k].pos == "助動詞" or _te(ws[k]) or ws[k].pos2 == "非自立可能"):
        if ws[k].lemma == "た":
            return True
        k += 1
    return False


def _able(ws: list[Word], j: int) -> bool:
    """What one can do (「御社の受付業務に貢献できる」「提案ができる」「経験を活かせる」): a
    noun with できる or
    a potential form (活かせる, read as 活かす), of a verb that is no mere working or joining."""
    w = ws[j]
    if w.normalized == "出来る":  # 貢献できる, 提案ができる
        n = j - 2 if j > 1 and ws[j - 1].surface == "が" else j - 1
        return n >= 0 and ws[n].pos == "名詞" and not _excluded(ws[n], _not_ahead())
    potential = w.lemma != w.normalized and w.lemma.endswith("る")
    return (
        potential
        and not w.normalized.endswith("る")
        and w.pos2 == "一般"
        and not _excluded(w, _not_ahead())
    )


def _names_thing(ws: list[Word], j: int) -> bool:
    """The wish at ``j`` modifies a noun (「やりたいことができない」「働きたい環境」), unless it
    is the theme of the answer's words (「挑戦したいことは」)."""
    k = following(ws, j)
    if k >= len(ws) or ws[k].pos != "名詞":
        return False
    return not (
        ws[k].normalized in ("事", "こと", "の") and k + 1 < len(ws) and ws[k + 1].surface == "は"
    )


def _main_verb(ws: list[Word], j: int) -> int | None:
    """The verb a wish or intention at ``j`` is of (関わって+いき+たい: 関わる; 挑戦+し+たい:
    挑戦), past auxiliaries and dependent verbs after て."""
    k = j - 1
    while k >= 0:
        w = ws[k]
        if w.pos == "助動詞" or _te(w):
            k -= 1
        elif w.pos == "動詞" and k > 0 and _te(ws[k - 1]):
            k -= 2  # a dependent verb (いく, いただく, みる)
        elif w.pos == "動詞":
            if w.normalized in ("為る", "出来る") and k > 0 and ws[k - 1].pos == "名詞":
                return k - 1
            return k
        else:
            return None
    return None


def _te(w: Word) -> bool:
    """The て of a verb's て-form (not the case particle で of 「環境で」)."""
    return w.surface in ("て", "で") and w.pos2 == "接続助詞"


def _wish_to_be(doc: Doc, sent: Sentence) -> bool:
    """The sentence wishes only to work or be somewhere (「ぜひ御社で働きたいです」)."""
    ws, begins = doc.words, doc.begins
    wished = False
    for j in range(bisect_left(begins, sent.start), bisect_left(begins, sent.end)):
        if ws[j].pos == "助動詞" and ws[j].lemma == "たい":
            k = _main_verb(ws, j)
            if k is None or not _excluded(ws[k], _not_ahead()):
                return False
            wished = True
    return wished


@cache
def _not_ahead() -> frozenset[str]:
    """Verbs whose wish is no act ahead: being somewhere, joining ([demands].being_verbs,
    joining_verbs)."""
    joining = normalized_forms(tuple(lexicon().demands_raw["joining_verbs"]))
    return _being() | normalized_forms(tuple(_being())) | joining


@cache
def _aims() -> frozenset[str]:
    """Verbs of aiming at something ahead ([demands].aim_verbs: 目指す, 志す)."""
    return normalized_forms(tuple(lexicon().demands_raw["aim_verbs"]))


def pushed(doc: Doc, addressee: Topic | None = None) -> bool:
    """A push told before the pull (「今の会社では保守が中心で…。…仕事がしたいと思い、御社を
    志望しました」「地元の駅から駅員が減っていくのを見てきました。…がしたいと考え」): a sentence
    that names the present or former job ([demands].former_job) or tells a change not the
    candidate's ([demands].change_verbs, not negated nor wished), with no wish and without the
    company addressed, then a later sentence with the candidate's wish (〜たい)."""
    addressed = addressee.addressee if addressee is not None else None
    ws, begins = doc.words, doc.begins
    former, change = _former_job(), _change_verbs()
    sentences = doc.sentences
    for n, sent in enumerate(sentences[:-1]):
        if addressed is not None and addressed.search(sent.text):
            return False  # the company first: a motivation, not a push
        lo, hi = bisect_left(begins, sent.start), bisect_left(begins, sent.end)
        if any(ws[i].pos == "助動詞" and ws[i].lemma == "たい" for i in range(lo, hi)):
            return False  # a wish first: no push told before it
        pushes = former.search(sent.text) is not None or any(
            _changes(ws, i, change) and not negated(ws, _predicate(ws, i)) for i in range(lo, hi)
        )
        if pushes and any(_wishes(doc, later) for later in sentences[n + 1 :]):
            return True
    return False


def _wishes(doc: Doc, sent: Sentence) -> bool:
    ws, begins = doc.words, doc.begins
    return any(
        ws[j].pos == "助動詞" and ws[j].lemma == "たい" and not _names_thing(ws, j)
        for j in range(bisect_left(begins, sent.start), bisect_left(begins, sent.end))
    )
