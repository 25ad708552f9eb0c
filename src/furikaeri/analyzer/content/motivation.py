"""motivation.generic: a motivation that shows nothing of this company, or names its product
only to praise what any large company offers."""

from __future__ import annotations

from furikaeri.analyzer.content.conditions import (
    condition_as_setting,
    headed_by_other,
    is_condition,
    others_condition,
)
from furikaeri.analyzer.content.knowledge import (
    _SURE,
    _addressed,
    _nouns,
    _within,
    company_specifics,
)
from furikaeri.analyzer.content.praise import praised_only
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.findings import finding, strength
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.types import Company, Finding, Span, Strength
from furikaeri.nlp import fold


def motivation(
    doc: Doc, company: Company | None, *, turned: bool = False
) -> tuple[list[Finding], list[Strength]]:
    """Generic when nothing shows knowledge of this company, or when its product is named only
    to praise what any large company offers (「御社の〇〇は有名で、安定している」). ``turned``:
    the answer was found to answer another question (company_specifics)."""
    lex = lexicon()
    generic = doc.find(lex.generic_motivation) + _conditions_named(doc, company)
    if generic:
        # what the former job was or lacked (「今の職場は残業も休日出勤も多く」: the answer to why
        # one leaves, often told with a motivation for another question) praises nothing here
        former = _of_former_job(doc)
        generic = [g for g in generic if not _within(g.start, former)]
    praised = praised_only(doc, company)
    if praised:  # the product only praised, the rest of the industry (content/praise.py)
        return [finding("motivation.generic", generic or praised)], []
    link = doc.first(lex.experience)
    may_praise = len(generic) >= 2 and link is None
    enough = _SURE if may_praise else 2
    score, specifics = company_specifics(doc, company, enough=enough, turned=turned)
    praise_only = may_praise and score < _SURE
    if score >= 2 and not praise_only:
        good = [strength("strength.company_link", [link, *specifics])] if link else []
        return [], good
    return [finding("motivation.generic", generic or doc.opening())], []


def _of_former_job(doc: Doc) -> list[Sentence]:
    """Sentences that name the former or current job ([demands] former_job: 前職, 今の職場) and
    not the company addressed (御社, 貴社)."""
    former = lexicon().demand_former_job
    return [s for s in doc.sentences if former.search(s.text) and not _addressed(s.text)]


def _conditions_named(doc: Doc, company: Company | None = None) -> list[Span]:
    """Working conditions the motivation rests on (年間休日, 住宅手当, リモート), not a third
    party's told as the setting of one's story (「母が看護師で、夜勤の日は」) nor part of what
    the company sells (_offered_compound: 家賃保証)."""
    toks, begins, ends = doc.words, doc.begins, doc.ends
    return [
        doc.span(begins[i], ends[i])
        for i in _nouns(doc)[0]
        if is_condition(toks[i].normalized)
        and not condition_as_setting(toks, i)
        and not others_condition(doc, i)  # 「父の転勤で」: the setting of one's story
        and not _offered_compound(doc, i, company)
    ]


def _offered_compound(doc: Doc, i: int, company: Company | None) -> bool:
    """The condition noun at ``i`` is part of a compound of nouns (Sudachi words written
    together: 家賃+保証) headed by no condition (conditions.headed_by_other) that the company's
    profile names: the company's own business (a rent guarantee for a guarantor company), no
    benefit of its staff (家賃補助 stays one)."""
    if company is None or not company.profile:
        return False
    toks, begins, ends = doc.words, doc.begins, doc.ends
    lo = hi = i
    while lo > 0 and toks[lo - 1].pos == "名詞" and ends[lo - 1] == begins[lo]:
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1].pos == "名詞" and begins[hi + 1] == ends[hi]:
        hi += 1
    if lo == hi:
        return False
    compound = doc.folded[begins[lo] : ends[hi]]
    return headed_by_other(compound) and compound in fold(company.profile)
