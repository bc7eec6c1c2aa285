"""How big the output of a render will be: the zoom from the request, then the caps.

The caps are applied here, *before* anything is rasterised, so a page of 14400 x 14400
points or a "zoom 40" request never allocates more than ``max_pixels`` pixels.
"""

from __future__ import annotations

import math

import msgspec

from app.previews.protocol import CorruptDocument, FitMode, RenderRequest, TooLarge

__all__ = ["MIN_ZOOM", "Plan", "pixel_length", "plan_output"]

# Below this the page is so large that the preview would be a meaningless smudge.
MIN_ZOOM = 1e-3
# MuPDF rounds a rectangle's far edges up, ignoring an excess below 0.001 pixel.
_EPSILON = 1e-3


class Plan(msgspec.Struct, frozen=True):
    zoom: float
    width: int
    height: int
    capped: bool


def pixel_length(length: float, zoom: float) -> int:
    """Whole device pixels covering ``length`` at ``zoom`` (the way MuPDF rounds)."""
    return max(1, math.ceil(length * zoom - _EPSILON))


def plan_output(
    width: float, height: float, request: RenderRequest, *, max_pixels: int, max_edge: int
) -> Plan:
    """The zoom and output size for a page of ``width`` x ``height`` (already in the view
    rotation), honouring the request's fit mode and capping the result's pixel count
    and longest edge."""
    if not (math.isfinite(width) and math.isfinite(height) and width > 0 and height > 0):
        raise CorruptDocument("a page has no usable size")
    if request.fit is FitMode.ZOOM:
        zoom = request.zoom
    elif request.fit is FitMode.FIT_WIDTH:
        zoom = request.max_width / width
    else:
        zoom = min(request.max_width / width, request.max_height / height)
    limit = min(math.sqrt(max_pixels / (width * height)), max_edge / max(width, height))
    capped = zoom > limit
    if capped:
        zoom = limit
    if zoom < MIN_ZOOM:
        raise TooLarge("The page is too large to be previewed.")
    w, h = pixel_length(width, zoom), pixel_length(height, zoom)
    # Rounding up may add a row or column beyond a cap: shrink until it fits.
    while capped and (w * h > max_pixels or max(w, h) > max_edge):
        zoom *= 0.999
        w, h = pixel_length(width, zoom), pixel_length(height, zoom)
    return Plan(zoom, w, h, capped)
