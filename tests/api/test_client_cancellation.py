"""Callers that give up: a cancelled call must never wedge the client.

httpcore can leave a connection locked when a request is cancelled half-way, after which
every later request on that connection waits forever; the client runs each exchange in a
task of its own so a caller's cancellation never reaches it (uploads are broken off).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from app.api import ApiClient, models
from app.sandbox.faults import Fault
from tests.api.conftest import DEMO_PASSWORD, DEMO_USER

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
async def client(
    make_sandbox: Callable[..., Any], make_api: Callable[..., ApiClient]
) -> tuple[Any, ApiClient, int]:
    server = make_sandbox(seed="demo")
    api = make_api(server.base_url)
    await api.login(DEMO_USER, DEMO_PASSWORD)
    company = (await api.companies()).default_company()
    assert company is not None
    return server, api, company.xid


async def test_downloads_cancelled_half_way_leave_the_client_working(
    client: tuple[Any, ApiClient, int],
) -> None:
    server, api, company = client
    lines = (await api.archive_files(company)).archive_files_list[:12]
    # every download trickles its body out slowly; cancel them all while they stream
    for _ in lines:
        server.faults.enqueue(Fault.slow_body(1.0), method="GET", path_prefix="/archiveFile")
    tasks = [asyncio.ensure_future(api.archive_file(company, line.xid)) for line in lines]
    await asyncio.sleep(0.3)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    assert all(task.cancelled() for task in tasks)
    # the same client answers at once afterwards, on every pooled connection
    again = await asyncio.wait_for(
        asyncio.gather(*(api.archive_file(company, line.xid) for line in lines)), 15
    )
    assert [doc.archive_file_xid for doc in again] == [line.xid for line in lines]


async def test_an_upload_cancelled_while_sending_is_broken_off(
    client: tuple[Any, ApiClient, int],
) -> None:
    _server, api, company = client
    before = {line.xid for line in (await api.archive_files(company)).archive_files_list}
    meta = models.FileUploadMeta(
        company_xid=company,
        content_type="application/pdf",
        file_name="stor.pdf",
        friendly_filename="Stor kvittering",
        date=date(2026, 11, 24),
        keep_hidden_until_registration=False,
    )
    sent = asyncio.Event()

    def progress(done: int, _total: int) -> None:
        if done > 0:
            sent.set()

    body = b"%PDF-1.4\n" + b"0" * (20 * 1024 * 1024) + b"\n%%EOF\n"
    upload = asyncio.ensure_future(api.upload_file(meta, body, progress=progress))
    await asyncio.wait_for(sent.wait(), 20)
    upload.cancel()
    with pytest.raises(asyncio.CancelledError):
        await upload
    await asyncio.sleep(1.0)  # what was sent so far has reached the server
    after = {line.xid for line in (await api.archive_files(company)).archive_files_list}
    assert after == before, "a cancelled upload landed in the inbox"
    # and the client goes on working
    assert (await api.get_user()).user_name == DEMO_USER
