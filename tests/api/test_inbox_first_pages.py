"""First inbox pages asked for early (at start, with the session check) and handed to the
company's pager: used once, never asked for twice, and a failed or stale one is replaced
by the usual request. Against the demo sandbox on loopback."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from app.api import ApiClient, RetryPolicy, errors
from app.inbox import FirstPages, InboxPager
from app.sandbox.faults import Fault
from tests.api.conftest import DEMO_PASSWORD, DEMO_USER

pytestmark = pytest.mark.timeout(30)

PAGE = 5


def listings(sandbox: Any) -> int:
    count: int = sandbox.request_log.count("/archiveFiles", "GET")
    return count


async def company_of(api: ApiClient) -> int:
    companies = await api.companies()
    return companies.last_companies[0]


async def test_a_page_asked_for_early_is_used_once_instead_of_asking_again(
    api: ApiClient, sandbox: Any
) -> None:
    company = await company_of(api)
    expected = [line.xid for line in (await api.archive_files(company, PAGE)).archive_files_list]
    assert expected
    first_pages = FirstPages()
    before = listings(sandbox)
    first_pages.start(api, company, PAGE)
    assert first_pages.take(company, PAGE + 1) is None  # another page size: not this one
    assert first_pages.take(company + 1, PAGE) is None  # another company: not this one
    early = first_pages.take(company, PAGE)
    assert early is not None
    assert first_pages.take(company, PAGE) is None  # handed over once
    assert len(first_pages) == 0

    pager = InboxPager(api, company, PAGE, first_page=early)
    fresh = await pager.load_more()  # waits for the page on its way
    assert [line.xid for line in fresh] == expected
    assert listings(sandbox) - before == 1  # the early request, and no other
    # the next page goes on from the early page's continuation token
    more = await pager.load_more()
    assert not {line.xid for line in more} & set(expected)
    assert listings(sandbox) - before == 2


async def test_a_page_already_here_is_taken_without_waiting(
    api: ApiClient, sandbox: Any
) -> None:
    company = await company_of(api)
    first_pages = FirstPages()
    task = first_pages.start(api, company, PAGE)
    await asyncio.wait([task])
    before = listings(sandbox)
    pager = InboxPager(api, company, PAGE, first_page=first_pages.take(company, PAGE))
    ready = pager.take_ready_page()  # no await: the rows can be shown in this turn
    assert ready is not None and len(ready) == PAGE
    assert pager.lines == ready and pager.has_more
    assert pager.take_ready_page() is None  # once
    assert listings(sandbox) == before


async def test_a_failed_early_page_is_asked_for_the_usual_way(
    sandbox: Any, make_api: Callable[..., ApiClient]
) -> None:
    api = make_api(sandbox.base_url, retry=RetryPolicy(attempts=1))  # a 500 is final
    await api.login(DEMO_USER, DEMO_PASSWORD)
    company = await company_of(api)
    expected = [line.xid for line in (await api.archive_files(company, PAGE)).archive_files_list]
    first_pages = FirstPages()
    sandbox.faults.enqueue(Fault.status(500), method="GET", path_prefix="/archiveFiles")
    failing = first_pages.start(api, company, PAGE)
    with pytest.raises(errors.ApiError):
        await failing
    # failed before anyone took it: nothing to take
    assert first_pages.take(company, PAGE) is None

    # failing while a pager waits for it: the pager asks itself
    sandbox.faults.enqueue(Fault.status(500), method="GET", path_prefix="/archiveFiles")
    first_pages.start(api, company, PAGE)
    early = first_pages.take(company, PAGE)
    assert early is not None and not early.done()
    pager = InboxPager(api, company, PAGE, first_page=early)
    assert pager.take_ready_page() is None  # not here yet
    fresh = await pager.load_more()
    assert early.done() and early.exception() is not None
    assert [line.xid for line in fresh] == expected


async def test_an_early_page_nobody_takes_goes_stale(api: ApiClient) -> None:
    company = await company_of(api)
    now = [0.0]
    first_pages = FirstPages(max_age_s=30, clock=lambda: now[0])
    task = first_pages.start(api, company, PAGE)
    now[0] = 31.0  # half a minute later the inbox may have changed
    assert first_pages.take(company, PAGE) is None
    await asyncio.wait([task])
    assert task.cancelled() or task.done()
    # and cancel() (sign-out, close) stops what is on its way
    pending = first_pages.start(api, company, PAGE)
    first_pages.cancel()
    await asyncio.wait([pending])
    assert pending.cancelled() and len(first_pages) == 0
