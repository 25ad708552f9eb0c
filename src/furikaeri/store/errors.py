"""Errors the service layer raises; messages are Japanese and shown to the user as they are."""

from __future__ import annotations

from furikaeri.errors import FurikaeriError


class StoreError(FurikaeriError):
    """Base class of store errors."""

    exit_code = 1


class ValidationError(StoreError, ValueError):
    """Bad input. ``errors`` maps a field name (the keyword argument's name) to a message that
    the web shows next to that field."""

    status = 422

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        field = next(iter(self.errors), None) if len(self.errors) == 1 else None
        # A form key that carries a row id (「notice.12」: one select per notice) means nothing
        # outside its form: the message alone (it names what it is about).
        message = " / ".join(
            msg if "." in name else f"{name}: {msg}" for name, msg in self.errors.items()
        )
        super().__init__(message, field=field)

    def field_errors(self) -> dict[str, str]:
        return dict(self.errors)


class Stale(StoreError):
    """A save from a form opened before the row was changed elsewhere (optimistic concurrency:
    the form carries the row's version, :func:`furikaeri.store.access.check_version`)."""

    status = 409
    exit_code = 1

    def __init__(self) -> None:
        super().__init__(
            "このページを開いた後に別の画面で更新されています。入力した内容は残してあります。"
            "最新の内容を確認してからもう一度保存してください。",
            field="version",
        )


class NotFound(StoreError, LookupError):
    """No such row for this user."""

    status = 404


class NotEmpty(StoreError):
    """The database already holds data (demo and import need an empty one)."""


class Unwritable(StoreError):
    """The database file cannot be written (read-only, or its folder is): said in Japanese
    with the file, instead of SQLite's English error and a traceback."""

    status = 503

    def __init__(self, where: str) -> None:
        super().__init__(
            f"データベースに書き込めません（読み取り専用になっています）: {where}。"
            "ファイルとフォルダーに書き込みの権限があるかを確かめるか、"
            "--db（または FURIKAERI_DATABASE_URL）で書き込める場所を指定してください。"
        )
