"""Page numbers come from the query string: whatever is typed there, a page and never a 500."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("value", ["²", "٣", "１", "9" * 12, "-1", "x"])
@pytest.mark.parametrize(
    "path",
    ["/applications?page=", "/feedback?page=", "/rejection?app_page=", "/practice?app_page="],
)
def test_an_odd_page_number_is_a_page(client: Any, path: str, value: str) -> None:
    response = client.get(path + value)
    assert response.status_code == 200
