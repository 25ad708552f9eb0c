"""回答チェック: an answer analysed as it is typed. The same `analyze()` as `furikaeri analyze`."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from starlette.responses import Response

from furikaeri.analyzer import KIND_LABELS, KINDS, AnalyzeError, Company, analyze
from furikaeri.catalogue import causes
from furikaeri.web.deps import store_of
from furikaeri.web.highlight import segments
from furikaeri.web.render import render

router = APIRouter()


def analysis_context(
    answer: str,
    *,
    question: str | None,
    kind: str | None,
    company: str | None,
    profile: str | None = None,
    saved: bool = False,
) -> dict[str, Any]:
    """What `analysis/_result.html` needs; an empty answer is a prompt, not an error.
    ``saved``: a recorded answer shown again (the interview page), whose analysis is
    remembered per text (:func:`_remembered_analysis`); text being typed is analysed anew."""
    if not answer.strip():
        return {"analysis": None, "error": None}
    args = (answer, question or None, kind or None, company or None, profile or None)
    try:
        result = _remembered_analysis(*args) if saved else _analysis(*args)
    except AnalyzeError as exc:
        return {"analysis": None, "error": str(exc)}
    return {
        "analysis": result,
        "segments": segments(result),
        "kind_label": KIND_LABELS.get(result.kind, result.kind),
        "causes": causes(),
        "error": None,
    }


def _analysis(
    answer: str, question: str | None, kind: str | None, company: str | None, profile: str | None
) -> Any:
    about = Company(name=company, profile=profile) if company or profile else None
    return analyze(answer, question=question, kind=kind, company=about)


# The analyzer is pure and its Analysis immutable: an answer recorded once and viewed many
# times (each view of an interview analyses all its answers) is analysed once per process.
_remembered_analysis = lru_cache(maxsize=256)(_analysis)


def _company_of(request: Request, application_id: int) -> tuple[str, str] | None:
    from furikaeri.store import NotFound, get_application

    try:
        with store_of(request).session(readonly=True) as session:
            app = get_application(session, application_id)
            return app.company, app.company_profile
    except NotFound:
        return None


@router.get("/analyze", name="analyze_page")
def analyze_page(request: Request) -> Response:
    context = {"kinds": KINDS, "kind_labels": KIND_LABELS, "form": {}, "analysis": None}
    return render(request, "analysis/page.html", context)


@router.post("/analyze", name="analyze_answer")
def analyze_answer(
    request: Request,
    answer: Annotated[str, Form()] = "",
    question: Annotated[str, Form()] = "",
    kind: Annotated[str, Form()] = "",
    company: Annotated[str, Form()] = "",
    application_id: Annotated[int | None, Form()] = None,
) -> Response:
    """The debounced live check posts here; without HTMX the whole page comes back. Answers
    recorded under an application are judged against what the user noted about the company."""
    # NUL is dropped as from every other form (web.deps): 「\x00」 is no answer of 1字.
    answer, question, company = (v.replace("\x00", "") for v in (answer, question, company))
    profile = None
    if application_id is not None:
        company, profile = _company_of(request, application_id) or (company, None)
    context = analysis_context(
        answer, question=question, kind=kind, company=company, profile=profile
    )
    form = {"answer": answer, "question": question, "kind": kind, "company": company}
    context.update({"kinds": KINDS, "kind_labels": KIND_LABELS, "form": form})
    return render(request, "analysis/page.html", context, fragment="analysis/_result.html")
