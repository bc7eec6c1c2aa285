"""MobilePay-style QR codes for /sales, as base64 PNG."""

from __future__ import annotations

import base64
import io
from decimal import Decimal
from urllib.parse import quote

import segno

from app.api.amounts import format_amount

__all__ = ["mobilepay_qr_png_base64"]


def mobilepay_qr_png_base64(sale_xid: int, amount: Decimal, comment: str | None) -> str:
    """A real QR code (PNG, base64) pointing at a sandbox payment link for the sale."""
    link = f"https://sandbox.invalid/mobilepay/pay?sale={sale_xid}&amount={quote(format_amount(amount))}"
    if comment:
        link += f"&comment={quote(comment[:100])}"
    buffer = io.BytesIO()
    segno.make(link, error="m").save(buffer, kind="png", scale=4, border=2)
    return base64.b64encode(buffer.getvalue()).decode("ascii")
