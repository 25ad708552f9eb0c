"""The candidate's profile: name, contact, career history (職歴) with start and end dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, selectinload

from furikaeri.store.access import check_version, holds, raise_version, uid
from furikaeri.store.models import CareerEntry, Profile
from furikaeri.store.validation import Checker


def get_profile(session: Session, *, user_id: int | None = None) -> Profile:
    """The user's profile with the career history loaded. Read only: with no profile yet, an
    empty one that is not added to the session (a page that shows it writes nothing)."""
    user = uid(session, user_id)
    stmt = select(Profile).where(Profile.user_id == user).options(selectinload(Profile.career))
    found = session.scalar(stmt)
    if found is not None:
        return found
    return Profile(user_id=user, name="", email="", phone="", career=[])


def _profile_to_write(session: Session, user_id: int | None) -> Profile:
    """The stored profile, created on the first save."""
    profile = get_profile(session, user_id=user_id)
    if profile not in session:
        session.add(profile)
        session.flush()
    return profile


def list_career(session: Session, *, user_id: int | None = None) -> list[CareerEntry]:
    """The career history in display order; read only (no profile yet = no history)."""
    stmt = select(CareerEntry).where(CareerEntry.user_id == uid(session, user_id))
    return list(session.scalars(stmt.order_by(CareerEntry.position)))


_CAREER_KEY = "furikaeri_career_rows"


def career_rows(session: Session, *, user_id: int | None = None) -> list[tuple[Any, ...]]:
    """(company, start_date, end_date) of each career entry, in :func:`list_career`'s order,
    read as rows. A read-only session remembers them (it cannot change them): the practice
    menu's diagnoses read the career and the menu asks whether there is one, one statement."""
    from furikaeri.store.database import is_readonly

    user = uid(session, user_id)
    remembered = session.info.setdefault(_CAREER_KEY, {}) if is_readonly(session) else None
    if remembered is not None and user in remembered:
        return list(remembered[user])
    rows = [tuple(r) for r in session.execute(_career_stmt(), {"user": user}).all()]
    if remembered is not None:
        remembered[user] = tuple(rows)
    return rows


@cache
def _career_stmt() -> Any:
    c = CareerEntry.__table__.c
    stmt = select(c.company, c.start_date, c.end_date).where(c.user_id == bindparam("user"))
    return stmt.order_by(c.position)


def _check_career(check: Checker, career: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for i, entry in enumerate(career):
        field = f"career.{i}.company"
        company = check.required(field, entry.get("company"), "会社名")
        check.max_length(field, check.one_line(field, company, "会社名"), 200)
        start = check.date(f"career.{i}.start_date", entry.get("start_date"))
        end = check.date(
            f"career.{i}.end_date",
            entry.get("end_date"),
            not_before=start,
            not_before_label="入社日",
        )
        role = check.max_length(f"career.{i}.role", str(entry.get("role") or "").strip(), 200)
        rows.append({"company": company, "role": role, "start_date": start, "end_date": end})
    return rows


def _holds(
    profile: Profile, name: str, email: str, phone: str, career: list[dict[str, Any]]
) -> bool:
    """The profile already is what the form posts (the same save arriving again)."""
    fields = {"name": name.strip(), "email": email, "phone": phone.strip()}
    return (
        holds(profile, fields)
        and [
            {k: getattr(c, k) for k in ("company", "role", "start_date", "end_date")}
            for c in profile.career
        ]
        == career
    )


def save_profile(
    session: Session,
    *,
    name: str = "",
    email: str = "",
    phone: str = "",
    career: Sequence[Mapping[str, Any]] = (),
    user_id: int | None = None,
    today: dt.date | None = None,
    version: str | None = None,
) -> Profile:
    """Replace the profile. ``career``: dicts with company, role, start_date, end_date
    (end_date empty = current job). Errors name fields like ``career.0.end_date``.
    ``version``: the profile's version its form was opened with ("0" before the first save);
    a profile saved since is refused (:class:`~furikaeri.store.errors.Stale`), nothing saved."""
    check = Checker(today)
    check.max_length("name", check.one_line("name", name, "氏名"), 200)
    # The columns' lengths (PostgreSQL refuses a longer value: a 500 before this check).
    check.max_length("phone", check.one_line("phone", phone, "電話番号").strip(), 50)
    email = check.email("email", email)
    rows = _check_career(check, career)
    check.done()
    profile = _profile_to_write(session, user_id)
    check_version(profile, version, same=_holds(profile, name, email, phone, rows))
    raise_version(profile)  # the career rows are replaced: the profile row may not change
    profile.name, profile.email, profile.phone = name.strip(), email, phone.strip()
    profile.career.clear()
    session.flush()
    for position, row in enumerate(rows):
        profile.career.append(CareerEntry(user_id=profile.user_id, position=position, **row))
    session.flush()
    return profile
