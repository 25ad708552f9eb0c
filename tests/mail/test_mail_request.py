"""What to do first about feedback (furikaeri.mail.request.first_step)."""

from __future__ import annotations

import pytest

from furikaeri.mail.request import RequestPlan, first_step

_DIRECT = RequestPlan(variant="standard", via_agent=False)


_AGENT = RequestPlan(variant="agent", via_agent=True)


@pytest.mark.parametrize(
    ("plan", "replied", "expected"),
    [
        (_DIRECT, False, "company"),
        (_AGENT, False, "advisor"),
        (RequestPlan(variant="agent", via_agent=True, comments="志望動機が…"), False, "comments"),
        (
            RequestPlan(variant="thanks", via_agent=False, no_disclosure=("お答えいたしかねます",)),
            False,
            "no_disclosure",
        ),
        (_DIRECT, True, "replied"),
        (RequestPlan(variant="agent", via_agent=True, comments="志望動機が…"), True, "replied"),
    ],
)
def test_the_first_step_never_asks_for_what_is_in_hand(
    plan: RequestPlan, replied: bool, expected: str
) -> None:
    assert first_step(plan, replied=replied) == expected
