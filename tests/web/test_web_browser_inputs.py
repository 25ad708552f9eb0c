"""Browser checks for inputs: validation errors are shown where the user is (the first invalid
field is focused and in view), a typed impossible date is not dropped silently, and text on
the interview and diagnosis pages has enough contrast (WCAG AA, computed in the page)."""

from __future__ import annotations

from typing import Any

import pytest
from test_web_browser import PHONE

pytestmark = pytest.mark.browser

IN_VIEW = """el => { const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight; }"""


def _demo(page: Any, server: str) -> None:
    page.goto(server + "/")
    page.get_by_role("button", name="デモデータで試す").click()
    page.wait_for_url(server + "/")


def test_qa_validation_errors_are_focused_and_in_view(server: str, page: Any) -> None:
    page.set_viewport_size(PHONE)
    _demo(page, server)
    page.goto(server + "/interviews/1")
    form = page.locator("#qa-new form")
    form.scroll_into_view_if_needed()
    form.get_by_role("button", name="追加する").click()
    page.wait_for_load_state("load")
    error = page.locator("#qa-new .field-error")
    assert error.count() == 1
    focused = page.evaluate_handle("document.activeElement")
    assert page.evaluate("el => el.closest('.field.has-error') !== null", focused)
    assert page.evaluate(IN_VIEW, focused)
    assert page.evaluate("window.scrollY") > 300  # it did move: the form is far down
    _expected_422(page)


def _expected_422(page: Any) -> None:
    """A page answered 422 on purpose: Chromium logs the status as a console error."""
    page.problems[:] = [p for p in page.problems if "status of 422" not in p]


def test_a_typed_impossible_date_is_not_dropped_silently(server: str, page: Any) -> None:
    page.goto(server + "/applications/new")
    page.fill("#f-company", "株式会社テスト")
    date = page.locator("#f-applied_on")
    # The segments follow the browser's own locale (mm/dd/yyyy or yyyy/mm/dd): try both.
    for parts in (("02", "30", "2026"), ("2026", "02", "30")):
        date.focus()
        for part in parts:
            page.keyboard.type(part)
        state = page.evaluate("el => [el.value, el.validity.badInput]", date.element_handle())
        if state == ["", True]:
            break
        date.fill("")
    assert state == ["", True], state
    page.get_by_role("button", name="保存する").click()
    assert "/applications/new" in page.url  # not submitted
    assert "この日付はありません" in page.locator(".field.has-error .field-error").inner_text()
    assert page.evaluate("document.activeElement.id") == "f-applied_on"


CONTRAST = """() => {
  const lum = (rgb) => { const [r, g, b] = rgb.map(v => { v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const parse = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const background = (el) => { for (; el; el = el.parentElement) {
      const c = parse(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3); }
    return [255, 255, 255]; };
  const failures = [];
  for (const el of document.querySelectorAll("body *")) {
    const text = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    const style = getComputedStyle(el);
    if (!text || style.visibility === "hidden" || style.display === "none") continue;
    const fg = lum(parse(style.color).slice(0, 3)), bg = lum(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
    const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < need) failures.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)}`);
  }
  return failures;
}"""


def test_text_contrast_on_the_interview_and_diagnosis_pages(server: str, page: Any) -> None:
    _demo(page, server)
    for path in [
        "/interviews/1",
        "/interviews/2",
        "/rejections/1/diagnosis",
        "/rejections/1/next",
        "/",
    ]:
        page.goto(server + path)
        assert page.evaluate(CONTRAST) == [], path
