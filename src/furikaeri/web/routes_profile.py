"""プロフィール: the name and contact that sign the feedback request, and the career history
(職歴) whose dates show short tenure. The store validates; messages appear by the field."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import Response

from furikaeri import store
from furikaeri.store.access import version_of
from furikaeri.web.deps import FormData, kept_input, redirect, store_of
from furikaeri.web.errors import on_error
from furikaeri.web.render import render

router = APIRouter()

CAREER_FIELDS = ("company", "role", "start_date", "end_date")
BLANK_ROWS = 2  # room for new entries without any script


def _values(profile: Any) -> dict[str, str]:
    values = {"name": profile.name or "", "email": profile.email or "", "phone": profile.phone}
    for i, entry in enumerate(profile.career):
        values[f"career.{i}.company"] = entry.company
        values[f"career.{i}.role"] = entry.role or ""
        values[f"career.{i}.start_date"] = entry.start_date.isoformat() if entry.start_date else ""
        values[f"career.{i}.end_date"] = entry.end_date.isoformat() if entry.end_date else ""
    values["version"] = version_of(profile)
    return {key: value or "" for key, value in values.items()}


def _career_indexes(keys: Iterable[str]) -> list[int]:
    """The row numbers N of `career.N.field` names (anything else is ignored)."""
    parts = (key.split(".") for key in keys)
    return sorted({int(p[1]) for p in parts if len(p) == 3 and p[0] == "career" and p[1].isdigit()})


def _career_rows(form: dict[str, str]) -> list[dict[str, str]]:
    """Career entries from `career.N.field` inputs; a row left entirely blank is no entry."""
    rows = []
    for i in _career_indexes(form):
        row = {name: form.get(f"career.{i}.{name}", "").strip() for name in CAREER_FIELDS}
        if any(row.values()):
            rows.append(row)
    return rows


_LABELS = {"name": "氏名", "email": "メールアドレス", "phone": "電話番号"}
_CAREER_LABELS = {
    "company": "会社名",
    "role": "職種・役割",
    "start_date": "入社日",
    "end_date": "退社日",
}


def _labels(names: Iterable[str]) -> dict[str, str]:
    """Field names as the page calls them (「職歴2：入社日」 for career.1.start_date)."""
    labels = {}
    for name in names:
        parts = name.split(".")
        if len(parts) == 3 and parts[1].isdigit():
            labels[name] = f"職歴{int(parts[1]) + 1}：{_CAREER_LABELS.get(parts[2], parts[2])}"
        else:
            labels[name] = _LABELS.get(name, name)
    return labels


def _page(
    request: Request,
    *,
    values: dict[str, str],
    errors: dict[str, str],
    current: dict[str, str] | None = None,
) -> Response:
    used = _career_indexes(values)
    count = (used[-1] + 1 if used else 0) + BLANK_ROWS
    context: dict[str, Any] = {"values": values, "errors": errors, "rows": range(count)}
    context["current"] = current or {}
    context["current_labels"] = _labels(current or {})
    status = 422 if errors else 200
    return render(
        request, "profile/page.html", context, fragment="profile/_form.html", status_code=status
    )


@router.get("/profile", name="profile_page")
def profile_page(request: Request) -> Response:
    with store_of(request).session(readonly=True) as session:
        values = _values(store.get_profile(session))
    return _page(request, values=values, errors={})


def _renumbered(form: dict[str, str], rows: list[dict[str, str]]) -> dict[str, str]:
    """Blank rows were dropped before validation: renumber what the user typed so each message
    sits by its own row."""
    values = {k: v for k, v in form.items() if not k.startswith("career.")}
    for i, row in enumerate(rows):
        values.update({f"career.{i}.{name}": value for name, value in row.items()})
    return values


def _page_again(request: Request, values: dict[str, str], errors: dict[str, str]) -> Response:
    """The form again with the user's input (and, refused as stale, the saved profile beside
    it: :func:`~furikaeri.web.deps.kept_input`)."""

    def saved() -> dict[str, str]:
        with store_of(request).session(readonly=True) as session:
            return _values(store.get_profile(session))

    kept, current = kept_input(values, errors, saved)
    return _page(request, values=kept, errors=errors, current=current)


@router.post("/profile", name="profile_save")
def profile_save(request: Request, form: FormData) -> Response:
    rows = _career_rows(form)
    on_error(request, lambda errors: _page_again(request, _renumbered(form, rows), errors))
    with store_of(request).session() as session:
        store.save_profile(
            session,
            name=form.get("name", ""),
            email=form.get("email", ""),
            phone=form.get("phone", ""),
            career=rows,
            version=form.get("version"),
        )
    return redirect(request.url_for("profile_page").path, done="profile_saved")
