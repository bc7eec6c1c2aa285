"""Every request carries a trace id and is logged; secrets and file bodies never are."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from app.api import ApiClient, models
from tests.api.conftest import DEMO_PASSWORD, DEMO_USER


async def test_trace_id_on_every_request_and_no_secret_in_logs(
    sandbox: Any, make_api: Callable[..., ApiClient], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = make_api(sandbox.base_url)
    tokens = await client.login(DEMO_USER, DEMO_PASSWORD)
    company = (await client.companies()).default_company()
    assert company is not None
    body = b"%PDF-1.4 SECRET-FILE-CONTENT-" + b"q" * 2000
    await client.upload_file(
        models.FileUploadMeta(
            company_xid=company.xid,
            file_name="a.pdf",
            date=date(2026, 11, 1),
            keep_hidden_until_registration=True,
        ),
        body,
    )
    await client.invalidate_or_expire_tokens(expire_access_token_now=True)
    await client.get_user()  # refresh happens
    sent = client.contract.requests  # type: ignore[attr-defined]
    assert sent and all(len(r.headers.get("X-MultiRegnskabTraceId", "")) >= 16 for r in sent)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "GET /companies -> 200" in text
    assert "POST /filesForUseInRegistrations -> 200" in text
    new_tokens = client.session.tokens
    assert new_tokens is not None
    for secret in (
        DEMO_PASSWORD,
        tokens.access_token,
        tokens.refresh_token,
        new_tokens.access_token,
        new_tokens.refresh_token,
        "SECRET-FILE-CONTENT",
        "Bearer",
    ):
        assert secret not in text
    assert "***" in repr(tokens) and tokens.access_token not in repr(tokens)
