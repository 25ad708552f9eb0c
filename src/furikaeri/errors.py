"""The one base class of user-facing errors.

Every error a person may see (bad input, a file that cannot be read, a row that does not exist)
derives from :class:`FurikaeriError`. Its message is Japanese and safe to show as it is; ``field``
names the form field or option it is about, where there is one. The web has one handler that turns
it into the page (``status``), the CLI one wrapper that prints it and exits non-zero
(``exit_code``).
"""

from __future__ import annotations


class FurikaeriError(Exception):
    """A user-facing error. ``message`` is shown as is; ``field`` is the input it is about."""

    status: int = 400
    exit_code: int = 2  # bad input; errors about the data already stored use 1

    def __init__(self, message: str = "", *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message or super().__str__()

    def field_errors(self) -> dict[str, str]:
        """Messages by input name, for a form that shows each next to its field."""
        return {self.field or "": self.message}
