"""The shape of parts of data/mail_replies.toml (pydantic), imported only when the reply
reader loads its rules (a notice's cold start skips pydantic)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from furikaeri.analyzer.types import KINDS


class QuotedReading(BaseModel):
    """[[quoted]]: a finding code of the answer analyzer on quoted words, the cause it names,
    and the kind of answer the quote is read as."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(min_length=1)
    cause: str = Field(min_length=1)
    kind: str = Field(min_length=1)


class _Quoted(BaseModel):
    model_config = ConfigDict(extra="forbid")

    quoted: list[QuotedReading] = Field(min_length=1)


def quoted_readings(data: dict[str, Any]) -> tuple[QuotedReading, ...]:
    """[[quoted]] of the parsed file, checked: a malformed entry or an unknown kind raises
    DataFileError naming the place."""
    from furikaeri.catalogue import DataFileError, validated

    readings = validated("mail_replies.toml", _Quoted, {"quoted": data.get("quoted")}).quoted
    for i, reading in enumerate(readings):
        if reading.kind not in KINDS:
            raise DataFileError(
                f"data/mail_replies.toml is malformed: quoted.{i}.kind: "
                f"unknown kind {reading.kind!r}"
            )
    return tuple(readings)
