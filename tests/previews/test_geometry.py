"""The output size of a render, decided before rendering."""

from __future__ import annotations

import pytest

from app.previews import CorruptDocument, RenderRequest, TooLarge
from app.previews.geometry import plan_output

LIMITS = {"max_pixels": 1_000_000, "max_edge": 2000}


def test_fit_width_and_fit_page() -> None:
    plan = plan_output(595, 842, RenderRequest.fit_width(500), **LIMITS)
    assert (plan.width, plan.height, plan.capped) == (500, 708, False)
    plan = plan_output(595, 842, RenderRequest.fit_page(500, 500), **LIMITS)
    assert (plan.width, plan.height) == (354, 500)


def test_area_cap() -> None:
    plan = plan_output(1000, 1000, RenderRequest.at_zoom(3), **LIMITS)
    assert plan.capped and plan.width * plan.height <= 1_000_000
    assert plan.width >= 995


def test_edge_cap_for_a_long_till_receipt() -> None:
    plan = plan_output(226, 8500, RenderRequest.fit_width(1600), **LIMITS)
    assert plan.capped and plan.height <= 2000 and plan.width >= 50


def test_absurd_pages() -> None:
    with pytest.raises(TooLarge):
        plan_output(1e9, 1e9, RenderRequest.fit_width(10), **LIMITS)
    with pytest.raises(CorruptDocument):
        plan_output(0, 842, RenderRequest.fit_width(10), **LIMITS)
