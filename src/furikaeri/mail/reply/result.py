"""What the reply reader returns: the label (feedback, declined or other, data/vocabulary.toml), the
causes, the sentence naming each and what was praised."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from furikaeri.vocabulary import reply_labels

REPLY_LABELS = reply_labels()  # data/vocabulary.toml


@dataclass(frozen=True)
class ReplyResult:
    """``sentences``: for each cause, the sentence of the reply (as written) that names it;
    ``praise``: what the reply says went well (a clause as written, e.g. 「営業成績は高く評価
    しておりました」 from a sentence that goes on to a mismatch); ``praised``: for each cause
    whose topic a praising clause speaks of (「実績を具体的な数字で話されていた点は高く評価」 is
    self_pr), the first such clause."""

    label: str
    causes: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    sentences: dict[str, str] = field(default_factory=dict)
    praise: list[str] = field(default_factory=list)
    praised: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "causes": list(self.causes),
            "evidence": list(self.evidence),
            "sentences": dict(self.sentences),
            "praise": list(self.praise),
            "praised": dict(self.praised),
        }
