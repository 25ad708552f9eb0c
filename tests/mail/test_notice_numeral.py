"""One numeral test for the notice reader: Sudachi's 数詞, in digits (half or full width) or
kanji, where the place counts (「その1名が決まりました」) and a fair's statistics count
(「当日面接実施：312件」)."""

import pytest

from furikaeri.mail.notice.clauses import _analysed, _numeral


@pytest.mark.parametrize(
    ("text", "word", "numeral"),
    [
        ("その1名が決まりました", "1", True),
        ("その１名が決まりました", "１", True),
        ("募集枠の二名が埋まりました", "二", True),
        ("面接実施：312件", "312", True),
        ("面接実施：数件", "数", True),  # (数: a count too)
        ("その方が決まりました", "方", False),
    ],
)
def test_numeral_is_sudachis_numeral(text: str, word: str, numeral: bool) -> None:
    k = next(i for i, m in enumerate(_analysed(text)) if m.surface() == word)
    assert _numeral(text, k) is numeral
