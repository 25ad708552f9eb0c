"""Field checks shared by the services: collect Japanese messages per field, raise once."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping

from furikaeri.dates import ja_date
from furikaeri.store.errors import ValidationError
from furikaeri.text_chars import first_control

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# ISO, 2026/4/1, 2026.4.1, and the way the app itself shows a date (2026年4月1日（水）), so
# that a date copied from a page or typed in Japanese is read rather than refused.
_YMD = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*"
    r"(?:[(（]\s*[月火水木金土日]\s*[)）])?$"
)
_LINE_BREAK = re.compile(r"[\r\n\v\f\x85\u2028\u2029]")
# A scheduled interview may lie ahead, but not years ahead (2099 is a typing slip).
MAX_DAYS_AHEAD = 366
FAR_AHEAD = "1年以上先の日付です"  # the start of that message: a form offers to confirm it


class Checker:
    """Collects field errors; :meth:`done` raises :class:`ValidationError` if there are any."""

    def __init__(self, today: dt.date | None = None) -> None:
        self.today = today or dt.date.today()
        self.errors: dict[str, str] = {}

    def fail(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def date(
        self,
        field: str,
        value: dt.date | str | None,
        *,
        not_before: dt.date | None = None,
        not_before_label: str = "応募日",
        allow_future: bool = False,
        far_ok: bool = False,
    ) -> dt.date | None:
        """Parse an ISO date (or pass a date through) and question the implausible. With
        ``allow_future``, a day more than a year ahead is questioned (a typing slip, 2099)
        unless the user confirmed it (``far_ok``)."""
        parsed = self._parse(field, value)
        if parsed is None:
            return None
        if not allow_future and parsed > self.today:
            self.fail(
                field,
                f"未来の日付です（今日は{ja_date(self.today)}）。日付を確認してください。",
            )
        elif parsed > self.today + dt.timedelta(days=MAX_DAYS_AHEAD) and not far_ok:
            self.fail(field, f"{FAR_AHEAD}（{ja_date(parsed)}）。日付を確認してください。")
        elif not_before is not None and parsed < not_before:
            self.fail(
                field,
                f"{not_before_label}（{ja_date(not_before)}）より前の日付です。日付を確認してください。",
            )
        return parsed

    def _parse(self, field: str, value: dt.date | str | None) -> dt.date | None:
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        text = str(value).strip()
        match = _YMD.match(text)
        if match is None:
            self.fail(field, "日付は 2026-04-01 のような形で入力してください。")
            return None
        year, month, day = (int(part) for part in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            # The form is right; the day does not exist (2026-02-30, 2026-13-01).
            self.fail(
                field, f"{year}年{month}月{day}日という日はありません。日付を確認してください。"
            )
            return None

    def required(self, field: str, value: str | None, label: str) -> str:
        text = (value or "").strip()
        if not text:
            self.fail(field, f"{label}を入力してください。")
        return text

    def choice(self, field: str, value: str, allowed: Iterable[str], label: str) -> str:
        """``allowed`` ids; a mapping of id to label lists the labels (never the raw ids)."""
        options = list(allowed)
        if value not in options:
            shown = [str(allowed[o]) for o in options] if isinstance(allowed, Mapping) else options
            shown = [s for s in shown if s] or options
            self.fail(field, f"{label}は次のいずれかを選んでください: {'、'.join(shown)}")
        return value

    def email(self, field: str, value: str | None) -> str:
        """A mail address, width-folded (ｔａｒｏ＠example.jp is taro@example.jp)."""
        text = unicodedata.normalize("NFKC", value or "").strip()
        if text and not _EMAIL.match(text):
            self.fail(field, "メールアドレスの形式が正しくありません（例: name@example.com）。")
        return text

    def one_line(self, field: str, value: str | None, label: str) -> str:
        """A value that goes into a mail header, a signature line or a terminal's table: no
        line breaks, and no other control character (an escape sequence pasted with a name
        recolours the terminal `furikaeri plan` prints it to, and has no place in a header)."""
        text = (value or "").strip()
        if _LINE_BREAK.search(text):
            self.fail(field, f"{label}に改行を含めないでください。1行で入力してください。")
        elif bad := first_control(text):
            self.fail(
                field,
                f"{label}に目に見えない制御文字（U+{ord(bad):04X}）が含まれています。"
                "コピーした元の書式が混ざったのかもしれません。打ち直してください。",
            )
        return text

    def max_length(self, field: str, value: str, limit: int) -> str:
        if len(value) > limit:
            # digits grouped as every other limit message writes them (「20,000字以内」)
            self.fail(field, f"{limit:,}文字以内で入力してください（いまは{len(value):,}文字）。")
        return value

    def done(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)
