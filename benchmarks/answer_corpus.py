"""A broad, deterministic set of interview answers for the analyzer's benchmark and its
same-output check (never the eval's cases).

What it holds, in this order:

  - every answer shipped as package data: the bundled samples (data/samples/answers.jsonl) and
    the demo's answers (data/demo.toml), with their questions and companies;
  - every question of the practice bank (data/practice.toml) answered again and again by made-up
    answers: sentences built from parts per kind of answer (claim, episode, action, result,
    wish, complaint, question to the interviewer…), their slots filled with jobs, industries,
    numbers, the licences of data/skills.toml and the sample companies; short and long, polite
    and spoken (fillers, casual words), concrete and abstract, on topic and off, so that every
    detector finds work on some answers and none on others.

``generate(seed)`` gives the same records for the same seed on every machine (random.Random
with a fixed seed; no hash ordering).

The parts are a limited stock, so sentences recur: in ``corpus(1_000_000)`` about three quarters
of the characters are in a sentence said before in it. ``distinct_corpus()`` gives the same kind
of records with no sentence said twice (for what a batch gains from reading a repeated sentence
once, analyzer/pieces.py, not to count as the analyzer's speed).
"""

from __future__ import annotations

import itertools
import json
import random
import re
import tomllib
from collections.abc import Iterator
from importlib import resources

_DATA = resources.files("furikaeri.data")

JOBS = [
    "法人営業",
    "経理",
    "品質検査",
    "システム開発",
    "店舗運営",
    "採用担当",
    "カスタマーサポート",
    "生産管理",
    "Webマーケティング",
    "介護職",
    "保育士",
    "物流の配車",
    "設計",
    "看護師",
    "一般事務",
    "施工管理",
    "販売",
    "広報",
    "データ分析",
    "調理",
]
INDUSTRIES = [
    "食品",
    "物流",
    "IT",
    "製造",
    "医療",
    "不動産",
    "小売",
    "金融",
    "教育",
    "旅行",
    "建設",
    "自動車部品",
    "保険",
    "化粧品",
    "ゲーム",
]
TEAMS = [
    "五人のチーム",
    "営業部",
    "店舗のスタッフ",
    "開発チーム",
    "サークル",
    "ゼミ",
    "部署",
    "アルバイト先",
    "プロジェクトチーム",
    "三人の同期",
]
THINGS = [
    "顧客リスト",
    "在庫の管理表",
    "問い合わせの記録",
    "作業手順書",
    "シフト表",
    "見積書",
    "テストの手順",
    "売上データ",
    "検品のチェックリスト",
    "会議の議事録",
]
PROBLEMS = [
    "納期の遅れ",
    "問い合わせの増加",
    "入力ミス",
    "在庫のずれ",
    "新人の早期離職",
    "クレームの多さ",
    "残業の多さ",
    "作業の属人化",
    "売上の減少",
    "不良品の流出",
]
QUALITIES = [
    "粘り強さ",
    "コミュニケーション能力",
    "責任感",
    "協調性",
    "計画性",
    "行動力",
    "几帳面さ",
    "リーダーシップ",
    "傾聴力",
    "柔軟性",
]
PERIODS = ["半年", "三か月", "一年", "二週間", "4か月", "約2年", "一か月"]
UNITS = ["%", "件", "時間", "社", "人", "万円", "個"]

CLAIM = [
    "私の強みは{quality}です。",
    "私は{quality}には自信があります。",
    "私の長所は、{quality}だと考えています。",
    "周囲からはよく{quality}があると言われます。",
    "{job}として{years}年間、{thing}の改善に取り組んできました。",
    "強みは、どんな相手とも信頼関係を築けるところです。",
]
ABSTRACT = [
    "何事にも全力で取り組み、最後まであきらめない性格です。",
    "誰とでもすぐに打ち解けることができます。",
    "責任感が強く、任された仕事は必ずやり遂げます。",
    "常に向上心を持って努力してきました。",
    "チームワークを大切にし、周りを巻き込みながら頑張ってきました。",
]
EPISODE = [
    "前職の{job}では、{problem}が課題になっていました。",
    "{team}で{problem}に悩んでいた時期があります。",
    "大学時代は{team}で{thing}の担当をしていました。",
    "{industry}業界の会社で{years}年間、{job}を担当してきました。",
    "入社{years}年目に、{problem}の対応を任されました。",
    "アルバイト先の店舗では、{problem}で売上が落ちていました。",
]
ACTION = [
    "そこで私は{thing}を{period}かけて見直し、原因を一つずつ洗い出しました。",
    "私はまず{team}の全員に話を聞き、{thing}の使い方を統一しました。",
    "毎朝十分間の打ち合わせを提案し、{problem}の状況を共有するようにしました。",
    "過去の{thing}を集計し直して、どこで{problem}が起きているかを調べました。",
    "上司に相談したうえで、{thing}を作り直し、手順を誰でも分かる形にしました。",
    "自分から{team}に声をかけ、担当を分けて一件ずつ対応しました。",
]
RESULT = [
    "その結果、{problem}は{period}で{n}{unit}減りました。",
    "結果として、売上が前年より{n}{unit}伸びました。",
    "この取り組みで月の作業時間が{n}時間短縮され、社内で表彰されました。",
    "最終的に{n}社との取引が再開し、目標を達成できました。",
    "残念ながら数字には表れませんでしたが、{team}の雰囲気は良くなりました。",
]
LEARNED = [
    "この経験から、原因を数字で確かめてから動くことの大切さを学びました。",
    "周りを頼ることも仕事のうちだと気づきました。",
    "今でも、まず相手の話を最後まで聞くことを意識しています。",
]
CLOSE_PR = [
    "御社でもこの強みを活かして、{job}として貢献したいと考えております。",
    "この経験を活かし、御社でも頑張ります。",
    "入社後は、{thing}の改善で力を発揮したいです。",
    "よろしくお願いいたします。",
]
MOTIVE = [
    "{industry}業界で自分の{job}の経験を活かしたいと考え、志望しました。",
    "御社は業界大手で安定しており、長く働けると思いました。",
    "成長できる環境で力を発揮したいと思い、御社を志望しました。",
    "御社の{product}を実際に使い、その使いやすさに惹かれました。",
    "御社が{profile_part}と知り、前職の{job}の経験がそのまま活かせると考えました。",
    "福利厚生が充実している点にも魅力を感じています。",
    "社会に貢献できる仕事がしたいと考えています。",
    "説明会で社員の方が{thing}の工夫を楽しそうに話されていたのが印象に残っています。",
]
LEAVE = [
    "{job}の仕事を続けるうちに、{industry}の分野にもっと深く関わりたいと考えるようになりました。",
    "前職では{problem}の改善を提案してきましたが、会社の方針で担当を外れることになりました。",
    "より専門性を高められる環境で働きたいと考え、退職を決めました。",
    "家族の介護が必要になり、やむを得ず退職しました。今は落ち着いています。",
    "次の職場では長く働き、{thing}の仕組みづくりに取り組みたいと考えています。",
]
BLAME = [
    "上司とそりが合わず、評価も不公平でした。",
    "残業が多いうえに給料も低く、もう限界だと思いました。",
    "会社の方針がころころ変わり、現場の意見は聞いてもらえませんでした。",
    "人間関係が悪く、先輩の指示もいい加減でした。",
    "正直、前の会社はブラックで、休みもほとんど取れませんでした。",
]
ASK_GOOD = [
    "配属予定の部署では、どのような方が活躍されていますか。",
    "入社までに学んでおくとよいことはありますか。",
    "御社の{product}について、今後どのような展開をお考えですか。",
    "{team}では、{problem}をどのように防いでいらっしゃいますか。",
    "入社一年目に期待される役割を教えていただけますか。",
]
ASK_CONDITIONS = [
    "残業は月にどのくらいありますか。",
    "有給休暇は取りやすいですか。",
    "住宅手当は支給されますか。",
    "年収はどのくらい上がりますか。",
]
ASK_RESEARCHABLE = [
    "御社の従業員数は何名ですか。",
    "御社の主力製品は何ですか。",
    "創業は何年ですか。",
]
NONE = ["特にありません。", "いえ、大丈夫です。", "今日のお話で十分です。"]
INTRO = [
    "{name}と申します。",
    "{industry}業界の会社で{years}年、{job}を担当してきました。",
    "大学では{industry}について学び、{team}でも活動してきました。",
    "本日はよろしくお願いいたします。",
]
SHORT_TENURE = [
    "はい、{period}で辞めました。",
    "入社前に聞いていた仕事内容と実際が大きく違っていたためです。",
    "今は{skill}の資格を取り、{job}の仕事に備えています。",
    "次の職場では長く働きたいと考えています。",
]
HOBBY = [
    "週末はよく自転車で遠出をしています。",
    "料理が趣味で、休日は作り置きをしています。",
    "最近は{skill}の勉強をしています。",
]
CASUAL = [
    "正直マジで何でもやるつもりっす。",
    "ぶっちゃけ、あんまり考えてなかったです。",
    "自分的にはけっこう頑張ったと思います。",
    "めっちゃ忙しかったんですけど、なんとかやれました。",
]
FILLERS = ["えー、", "あのー、", "まあ、", "えっと、", "なんか、"]
NAMES = ["森川遼", "見本太郎", "佐藤花子", "田中誠", "鈴木葵", "高橋健"]

_PLANS = {  # kind -> ((part, least, most), ...)
    "self_intro": ((INTRO, 2, 4), (EPISODE, 0, 1), (CLAIM, 0, 1)),
    "motivation": ((MOTIVE, 1, 4), (EPISODE, 0, 2), (CLOSE_PR, 0, 1)),
    "self_pr": (
        (CLAIM, 1, 1),
        (ABSTRACT, 0, 2),
        (EPISODE, 0, 2),
        (ACTION, 0, 4),
        (RESULT, 0, 2),
        (LEARNED, 0, 1),
        (CLOSE_PR, 0, 1),
    ),
    "reason_for_leaving": ((LEAVE, 1, 3), (BLAME, 0, 2), (LEAVE, 0, 1)),
    "short_tenure": ((SHORT_TENURE, 1, 3), (BLAME, 0, 1)),
    "reverse_questions": ((ASK_GOOD, 0, 2), (ASK_CONDITIONS, 0, 2), (ASK_RESEARCHABLE, 0, 1)),
    "other": (
        (EPISODE, 1, 2),
        (ACTION, 0, 4),
        (RESULT, 0, 2),
        (LEARNED, 0, 1),
        (HOBBY, 0, 1),
        (CLOSE_PR, 0, 1),
    ),
}


def _toml(name: str) -> dict:
    return tomllib.loads(_DATA.joinpath(name).read_text(encoding="utf-8"))


def _shipped() -> list[dict]:
    """The bundled samples and the demo's answers, as a batch line would give them."""
    text = _DATA.joinpath("samples/answers.jsonl").read_text(encoding="utf-8")
    out = [json.loads(line) for line in text.splitlines() if line]
    for app in _toml("demo.toml").get("applications", []):
        for interview in app.get("interviews", []):
            for qa in interview.get("qas", []):
                rec = {"question": qa["question"], "answer": qa["answer"]}
                if qa.get("kind"):
                    rec["kind"] = qa["kind"]
                out.append(rec)
    return out


def _companies(shipped: list[dict]) -> list[dict]:
    found = {r["company"]["name"]: r["company"] for r in shipped if "company" in r}
    names = ["株式会社ハレノヒ旅行", "みどり信用金庫", "株式会社ソラマチ電機"]
    return [*found.values(), *({"name": n} for n in names)]


def _fill(template: str, rng: random.Random, company: dict | None, skills: list[str]) -> str:
    profile = (company or {}).get("profile") or "地域のお客様に寄り添う事業を続けている"
    parts = [p for p in profile.replace("、", "。").split("。") if p]
    slots = {
        "job": rng.choice(JOBS),
        "industry": rng.choice(INDUSTRIES),
        "team": rng.choice(TEAMS),
        "thing": rng.choice(THINGS),
        "problem": rng.choice(PROBLEMS),
        "quality": rng.choice(QUALITIES),
        "period": rng.choice(PERIODS),
        "years": rng.choice(["2", "3", "五", "10", "七"]),
        "n": str(rng.choice([3, 5, 12, 15, 20, 30, 120])),
        "unit": rng.choice(UNITS),
        "skill": rng.choice(skills),
        "name": rng.choice(NAMES),
        "product": (company or {}).get("name", "製品").replace("株式会社", "") + "のサービス",
        "profile_part": rng.choice(parts),
    }
    return template.format(**slots)


def _answer(kind: str, rng: random.Random, company: dict | None, skills: list[str]) -> str:
    if kind == "reverse_questions" and rng.random() < 0.15:
        return rng.choice(NONE)
    sentences: list[str] = []
    for part, least, most in _PLANS[kind]:  # each template at most once, in its order
        picked = sorted(rng.sample(range(len(part)), min(rng.randint(least, most), len(part))))
        sentences.extend(_fill(part[j], rng, company, skills) for j in picked)
    if not sentences:
        sentences.append(_fill(rng.choice(ASK_GOOD), rng, company, skills))
    if rng.random() < 0.4:  # terse, as most typed answers are (the samples: 14 to 124 chars)
        sentences = sentences[: rng.randint(1, 2)]
    elif rng.random() < 0.1:  # long-winded: the episode told twice over
        sentences = [*sentences, *sentences[1:]]
    if rng.random() < 0.08:
        sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(CASUAL))
    if rng.random() < 0.12:  # a transcript of a spoken answer
        sentences = [rng.choice(FILLERS) + s if rng.random() < 0.6 else s for s in sentences]
    return "".join(sentences)


def generate(seed: int = 20261203) -> Iterator[dict]:
    """The shipped answers, then made-up answers to the practice bank's questions, without end
    (the same sequence for the same seed)."""
    rng = random.Random(seed)
    shipped = _shipped()
    companies = _companies(shipped)
    skills = [lic["name"] for lic in _toml("skills.toml")["licences"]]
    kinds = set(_PLANS)
    questions = [
        (q["text"], q.get("kind") if q.get("kind") in kinds else "other")
        for q in _toml("practice.toml")["questions"]
    ]
    for i, rec in enumerate(shipped):
        yield {**rec, "id": f"s{i}"}
    for i in itertools.count():
        question, kind = questions[i % len(questions)]
        company = rng.choice(companies)
        out: dict = {"id": f"g{i}", "question": question}
        if rng.random() < 0.5:  # as the practice page sends it; else the kind is inferred
            out["kind"] = kind
        out["answer"] = _answer(kind, rng, company, skills)
        if kind == "motivation" and rng.random() < 0.7:
            out["company"] = company
        yield out


def records(n: int, seed: int = 20261203) -> list[dict]:
    """The first ``n`` records of generate(seed)."""
    return list(itertools.islice(generate(seed), n))


def corpus(min_bytes: int, seed: int = 20261203) -> list[dict]:
    """The first records of generate(seed) whose answers hold at least ``min_bytes`` (UTF-8)."""
    return _first_bytes(generate(seed), min_bytes)


def _first_bytes(stream: Iterator[dict], min_bytes: int) -> list[dict]:
    """The first records of ``stream`` whose answers hold at least ``min_bytes`` (UTF-8)."""
    out: list[dict] = []
    size = 0
    for rec in stream:
        if size >= min_bytes:
            break
        out.append(rec)
        size += len(rec["answer"].encode("utf-8"))
    return out


_SENTENCE = re.compile(r"[^。]*。|[^。]+")


def distinct(seed: int = 20261203) -> Iterator[dict]:
    """Records of generate(seed) with no sentence (text up to and with a 「。」) said twice in
    the whole sequence, each answer about as long as generate's: a record keeps the sentences
    of its answer not said before, in order, then takes the new sentences of the records that
    follow it (which are used up) until it is as long as its own answer was. Questions, kinds
    and companies are the record's own; the borrowed sentences may be of another kind of
    answer, as off-topic answers are."""
    seen: set[str] = set()

    def fresh(text: str) -> list[str]:
        out = []
        for s in _SENTENCE.findall(text):
            if s not in seen:
                seen.add(s)
                out.append(s)
        return out

    stream = generate(seed)
    for rec in stream:
        want = len(rec["answer"])
        parts = fresh(rec["answer"])
        size = sum(map(len, parts))
        while size < want:
            more = fresh(next(stream)["answer"])
            parts += more
            size += sum(map(len, more))
        if parts:
            yield {**rec, "answer": "".join(parts)}


def distinct_corpus(min_bytes: int, seed: int = 20261203) -> list[dict]:
    """The first records of distinct(seed) whose answers hold at least ``min_bytes`` (UTF-8)."""
    return _first_bytes(distinct(seed), min_bytes)
