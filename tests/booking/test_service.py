"""BookingService against a real sandbox: book, refuse, fail, retry, abandon, ambiguity."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.api import ApiClient
from app.booking import (
    BookingMemory,
    BookingService,
    Draft,
    DraftInvalid,
    DraftLine,
    DraftStatus,
    DraftStore,
    Evidence,
    FailureReason,
    RegistrationUncertain,
    SubmitFailed,
    SubmitProgress,
    SubmitStage,
    UploadState,
)
from app.sandbox.faults import Fault
from app.sandbox.server import SandboxServer
from tests.booking.conftest import (
    REGISTRATIONS,
    UPLOADS,
    all_files,
    hidden_files,
    inbox_file,
    local_file,
    pdf,
    posts,
    registrations,
)

DAY = date(2026, 11, 20)


def lunch(draft: Draft) -> Draft:
    """Two lines: an expense with VAT and the bank, amounts typed the Danish way."""
    return replace(
        draft,
        date=DAY,
        description="Frokost kundemøde Havnekøkkenet",
        supplier_xid=30001,
        lines=(DraftLine("7350", "I25", "1.234,56"), DraftLine("5820", "", "-1234.56")),
    )


async def test_book_two_lines_and_two_attachments(
    service: BookingService,
    drafts: DraftStore,
    memory: BookingMemory,
    api: ApiClient,
    server: SandboxServer,
    company: int,
    tmp_path: Path,
) -> None:
    inbox = await inbox_file(api, company, "Kvittering Havnekøkkenet")
    receipt = local_file(tmp_path / "drop", "foto-af-bon.pdf")
    draft = drafts.create(company)
    draft = lunch(draft).with_inbox_file(inbox).with_local_file(receipt, "Bon Havnekøkkenet")
    seen: list[SubmitProgress] = []

    xid = await service.submit(draft, progress=seen.append)

    (received,) = registrations(server, company)
    assert received["xid"] == xid
    assert received["date"] == "2026-11-20"
    assert received["description"] == "Frokost kundemøde Havnekøkkenet"
    assert received["supplierXid"] == 30001
    assert received["debitCreditlines"] == [
        {"accountNumber": "7350", "vatCode": "I25", "amount": "1.234,56"},
        {"accountNumber": "5820", "amount": "-1.234,56"},
    ]
    attached = received["filesToAttachXids"]
    assert len(attached) == 2 and attached[0] == inbox
    uploaded = server.store.file(company, attached[1])
    assert uploaded is not None
    assert uploaded.body == receipt.read_bytes()
    assert uploaded.friendly_filename == "Bon Havnekøkkenet"
    assert uploaded.file_name == "foto-af-bon.pdf"
    assert not uploaded.hidden  # the registration made it visible
    assert hidden_files(server, company) == 0
    assert posts(server, UPLOADS) == 2  # the inbox file, and the local file once

    assert drafts.find(draft.id) is None  # done: the form clears
    assert drafts.uploads(draft.id) == [] and drafts.pending_deletions() == []
    assert [s.stage for s in seen][-2:] == [SubmitStage.REGISTERING, SubmitStage.DONE]
    assert any(s.stage is SubmitStage.UPLOADING and s.sent == s.total > 0 for s in seen)
    # what was used is remembered for completions
    account = memory.account(company, "7350")
    assert account is not None and account.uses == 1 and account.vat_code == "I25"
    assert [v.code for v in memory.complete_vat_codes(company, "I")] == ["I25"]
    supplier = memory.supplier(company, 30001)
    assert supplier is not None and supplier.uses == 1


async def test_fourth_attachment_and_bad_amounts_are_refused_before_sending(
    service: BookingService,
    drafts: DraftStore,
    server: SandboxServer,
    company: int,
    tmp_path: Path,
) -> None:
    files = [local_file(tmp_path, f"bilag-{n}.pdf") for n in range(4)]
    # A draft that got four attachments some other way (an old file, a bug) is refused.
    draft = replace(lunch(drafts.create(company)), local_files=())
    draft = draft.with_inbox_file(1).with_local_file(files[0]).with_local_file(files[1])
    four = replace(draft, inbox_xids=(1, 2))
    with pytest.raises(DraftInvalid) as refused:
        await service.submit(four)
    (problem,) = refused.value.problems
    assert problem.field == "attachments"
    assert "at most 3 attached files" in problem.message and "Remove 1" in problem.message

    bad = replace(
        draft.without_inbox_file(1),
        lines=(
            DraftLine("7350", "I25", "12,345"),  # three decimals
            DraftLine("5820", "", "1.23.4"),  # grouping not in threes
            DraftLine("", "", ""),  # a blank row of the table is ignored
            DraftLine("1010", "", "tolv"),
            DraftLine("1010", "", ""),
        ),
    )
    with pytest.raises(DraftInvalid) as invalid:
        await service.submit(bad)
    wrong = {(p.field, p.line) for p in invalid.value.problems}
    assert wrong == {("amount", 0), ("amount", 1), ("amount", 3), ("amount", 4)}
    messages = [p.message for p in invalid.value.problems]
    assert any("at most 2 decimals" in m for m in messages)
    assert any("Type an amount" in m for m in messages)

    assert posts(server, UPLOADS) == 0 and posts(server, REGISTRATIONS) == 0
    kept = drafts.get(draft.id)  # the draft stays as it was typed
    assert kept.lines[0].amount == "12,345"


async def test_503s_keep_the_draft_and_reuse_the_hidden_upload(
    service: BookingService,
    drafts: DraftStore,
    api: ApiClient,
    server: SandboxServer,
    company: int,
    tmp_path: Path,
) -> None:
    inbox = await inbox_file(api, company)
    receipt = local_file(tmp_path, "kvittering.pdf")
    draft = lunch(drafts.create(company)).with_inbox_file(inbox).with_local_file(receipt)
    server.faults.enqueue(Fault.status(503), method="POST", path_prefix=REGISTRATIONS, times=2)

    for _ in range(2):
        with pytest.raises(SubmitFailed) as failed:
            await service.submit(draft)
        assert failed.value.reason is FailureReason.SERVER and failed.value.retryable
        kept = drafts.get(draft.id)
        assert kept.status is DraftStatus.EDITING
        assert kept.last_error == failed.value.message
        (upload,) = drafts.uploads(draft.id)
        assert upload.state is UploadState.UPLOADED
        assert hidden_files(server, company) == 1  # exactly one hidden upload
    assert posts(server, UPLOADS) == 2  # the inbox file and one hidden upload

    xid = await service.submit(draft)
    assert posts(server, UPLOADS) == 2  # reused, not sent again
    (received,) = registrations(server, company)
    assert received["xid"] == xid
    assert received["filesToAttachXids"] == [inbox, upload.server_xid]
    assert hidden_files(server, company) == 0
    assert drafts.find(draft.id) is None


async def test_a_fail_rate_ends_in_exactly_one_registration_and_one_upload(
    service: BookingService,
    drafts: DraftStore,
    server: SandboxServer,
    company: int,
    tmp_path: Path,
) -> None:
    receipt = local_file(tmp_path, "kvittering.pdf")
    draft = lunch(drafts.create(company)).with_local_file(receipt)
    before = all_files(server, company)
    server.faults.seed(7)  # repeatable: 500s on uploads and on the registration
    server.faults.fail_rate = 0.5
    outcomes: list[str] = []
    xid = None
    resend = False
    for _ in range(60):
        try:
            xid = await service.submit(draft, resend=resend)
            break
        except SubmitFailed as exc:
            outcomes.append(exc.reason.value)
            assert drafts.get(draft.id).status is DraftStatus.EDITING
        except RegistrationUncertain:
            # a 500 may hide a registration: look before sending again
            outcomes.append("uncertain")
            evidence = await service.check_uncertain(draft)
            assert evidence is not Evidence.ARRIVED
            resend = evidence is Evidence.NOT_ARRIVED
    server.faults.fail_rate = 0
    assert xid is not None, outcomes
    assert "uncertain" in outcomes and "upload_uncertain" in outcomes, outcomes
    assert [r["xid"] for r in registrations(server, company)] == [xid]
    assert all_files(server, company) == before + 1  # one upload, attached
    assert hidden_files(server, company) == 0
    assert drafts.find(draft.id) is None


async def test_abandoning_a_failed_draft_deletes_its_upload(
    service: BookingService,
    drafts: DraftStore,
    server: SandboxServer,
    company: int,
    tmp_path: Path,
) -> None:
    draft = lunch(drafts.create(company)).with_local_file(local_file(tmp_path))
    server.faults.enqueue(Fault.status(503), method="POST", path_prefix=REGISTRATIONS)
    with pytest.raises(SubmitFailed):
        await service.submit(draft)
    (upload,) = drafts.uploads(draft.id)
    assert hidden_files(server, company) == 1

    report = await service.abandon(draft)

    assert report.deleted == (upload.server_xid,) and report.pending == ()
    assert hidden_files(server, company) == 0 and all_files(server, company) == 0
    assert drafts.find(draft.id) is None and drafts.pending_deletions() == []
    assert registrations(server, company) == []


async def test_an_upload_that_cannot_be_deleted_now_is_kept_until_it_can(
    service: BookingService,
    drafts: DraftStore,
    server: SandboxServer,
    company: int,
    tmp_path: Path,
) -> None:
    draft = lunch(drafts.create(company)).with_local_file(local_file(tmp_path))
    server.faults.enqueue(Fault.status(503), method="POST", path_prefix=REGISTRATIONS)
    with pytest.raises(SubmitFailed):
        await service.submit(draft)
    (upload,) = drafts.uploads(draft.id)
    server.faults.enqueue(Fault.status(503), method="DELETE", path_prefix="/archiveFile", times=3)

    report = await service.abandon(draft)

    assert report.pending == (upload.server_xid,) and report.deleted == ()
    assert [u.server_xid for u in drafts.pending_deletions()] == [upload.server_xid]
    assert hidden_files(server, company) == 1  # not lost: still recorded
    later = await service.purge_pending()
    assert later.deleted == (upload.server_xid,)
    assert drafts.pending_deletions() == [] and all_files(server, company) == 0


async def test_a_file_taken_off_the_draft_after_a_failure_is_deleted(
    service: BookingService,
    drafts: DraftStore,
    server: SandboxServer,
    company: int,
    tmp_path: Path,
) -> None:
    first, second = local_file(tmp_path, "a.pdf"), local_file(tmp_path, "b.pdf")
    draft = lunch(drafts.create(company)).with_local_file(first).with_local_file(second)
    server.faults.enqueue(Fault.status(503), method="POST", path_prefix=REGISTRATIONS)
    with pytest.raises(SubmitFailed):
        await service.submit(draft)
    assert hidden_files(server, company) == 2
    kept = {u.sha256: u.server_xid for u in drafts.uploads(draft.id)}

    await service.submit(draft.without_local_file(second))

    (received,) = registrations(server, company)
    (attached,) = received["filesToAttachXids"]
    assert attached in kept.values()
    assert all_files(server, company) == 1 and hidden_files(server, company) == 0
    assert posts(server, UPLOADS) == 2 and drafts.pending_deletions() == []


async def test_a_dropped_registration_post_is_uncertain_and_never_resent_silently(
    service: BookingService,
    drafts: DraftStore,
    memory: BookingMemory,
    api: ApiClient,
    server: SandboxServer,
    company: int,
    tmp_path: Path,
) -> None:
    inbox = await inbox_file(api, company)
    draft = (
        lunch(drafts.create(company)).with_inbox_file(inbox).with_local_file(local_file(tmp_path))
    )
    server.faults.enqueue(Fault.drop_after(), method="POST", path_prefix=REGISTRATIONS)

    with pytest.raises(RegistrationUncertain) as uncertain:
        await service.submit(draft)
    assert "may have arrived" in uncertain.value.message
    assert drafts.get(draft.id).status is DraftStatus.UNCERTAIN
    assert len(registrations(server, company)) == 1  # it did arrive

    # Submitting again without the user's say sends nothing.
    with pytest.raises(RegistrationUncertain):
        await service.submit(draft)
    assert posts(server, REGISTRATIONS) == 1

    # The hidden upload is visible now: proof that the registration exists.
    assert await service.check_uncertain(draft) is Evidence.ARRIVED
    service.confirm_booked(draft)
    assert drafts.find(draft.id) is None and drafts.pending_deletions() == []
    assert all_files(server, company) == 2 and hidden_files(server, company) == 0
    account = memory.account(company, "7350")
    assert account is not None and account.uses == 1


async def test_an_uncertain_500_without_a_registration_is_resent_when_the_user_says(
    service: BookingService,
    drafts: DraftStore,
    server: SandboxServer,
    company: int,
    tmp_path: Path,
) -> None:
    draft = lunch(drafts.create(company)).with_local_file(local_file(tmp_path))
    server.faults.enqueue(Fault.status(500), method="POST", path_prefix=REGISTRATIONS)
    with pytest.raises(RegistrationUncertain):
        await service.submit(draft)
    assert await service.check_uncertain(draft) is Evidence.NOT_ARRIVED

    xid = await service.submit(draft, resend=True)

    assert [r["xid"] for r in registrations(server, company)] == [xid]
    assert posts(server, UPLOADS) == 1 and hidden_files(server, company) == 0


async def test_uncertain_with_only_inbox_files_leaves_no_evidence(
    service: BookingService,
    drafts: DraftStore,
    api: ApiClient,
    server: SandboxServer,
    company: int,
) -> None:
    draft = lunch(drafts.create(company)).with_inbox_file(await inbox_file(api, company))
    server.faults.enqueue(Fault.drop_after(), method="POST", path_prefix=REGISTRATIONS)
    with pytest.raises(RegistrationUncertain):
        await service.submit(draft)
    assert await service.check_uncertain(draft) is Evidence.UNKNOWN
    report = await service.abandon(draft)  # the user gives up on it: nothing to delete
    assert report.deleted == report.pending == ()
    assert drafts.find(draft.id) is None


async def test_upload_failures(
    service: BookingService,
    drafts: DraftStore,
    server: SandboxServer,
    company: int,
    tmp_path: Path,
) -> None:
    draft = lunch(drafts.create(company)).with_local_file(local_file(tmp_path))
    # A 503 on the upload: nothing arrived, nothing recorded.
    server.faults.enqueue(Fault.status(503), method="POST", path_prefix=UPLOADS)
    with pytest.raises(SubmitFailed) as failed:
        await service.submit(draft)
    assert failed.value.reason is FailureReason.SERVER
    assert drafts.uploads(draft.id) == [] and all_files(server, company) == 0

    # A broken connection after the body was sent: the outcome is unknown. A hidden
    # file cannot be looked for, so the retry sends it again (the first copy, if it
    # arrived, stays hidden on the server: the known cost of an unknown outcome).
    server.faults.enqueue(Fault.drop_after(), method="POST", path_prefix=UPLOADS)
    with pytest.raises(SubmitFailed) as unsure:
        await service.submit(draft)
    assert unsure.value.reason is FailureReason.UPLOAD_UNCERTAIN and unsure.value.retryable
    (upload,) = drafts.uploads(draft.id)
    assert upload.state is UploadState.UNCERTAIN
    assert registrations(server, company) == []

    await service.submit(draft)
    assert len(registrations(server, company)) == 1
    assert hidden_files(server, company) == 1  # the unreachable first copy


async def test_unreadable_unsupported_and_doubled_local_files(
    service: BookingService, drafts: DraftStore, server: SandboxServer, company: int, tmp_path: Path
) -> None:
    gone = tmp_path / "slettet.pdf"
    exe = local_file(tmp_path, "program.pdf", b"MZ\x90\x00" + bytes(100))
    draft = lunch(drafts.create(company)).with_local_file(gone).with_local_file(exe)
    with pytest.raises(DraftInvalid) as refused:
        await service.submit(draft)
    messages = [p.message for p in refused.value.problems]
    assert any("«slettet.pdf» cannot be read" in m for m in messages)
    assert any("«program.pdf» is not a PDF, an image or a text file" in m for m in messages)

    same = pdf("the same content")
    twins = replace(draft, local_files=())
    twins = twins.with_local_file(local_file(tmp_path, "a.pdf", same))
    twins = twins.with_local_file(local_file(tmp_path, "b.pdf", same))
    with pytest.raises(DraftInvalid, match=r"«b\.pdf» is attached twice"):
        await service.submit(twins)
    assert posts(server, UPLOADS) == 0


async def test_a_company_that_forbids_adding_documents(
    service: BookingService, drafts: DraftStore, server: SandboxServer, company: int
) -> None:
    server.store.set_permissions(company, add=False)
    draft = lunch(drafts.create(company))
    with pytest.raises(SubmitFailed) as failed:
        await service.submit(draft)
    assert failed.value.reason is FailureReason.FORBIDDEN and not failed.value.retryable
    assert "does not allow" in failed.value.message
    assert drafts.get(draft.id).last_error == failed.value.message
