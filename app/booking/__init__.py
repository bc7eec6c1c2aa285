"""Booking documents: drafts saved as the user types, remembered accounts, VAT codes
and suppliers, and the service that turns a draft into a suggested registration.

No Qt here: the registration panel drives these objects.

    paths = AppPaths.for_user().ensure()
    drafts = DraftStore.open(paths)          # one running copy per data folder
    memory = BookingMemory.open(paths)
    service = BookingService(api, drafts, memory=memory)
    await service.purge_pending()            # uploads of drafts abandoned earlier

    draft = drafts.latest(company_xid) or drafts.create(company_xid)
    draft = drafts.save(draft.with_inbox_file(xid))       # AttachmentRefused past 3
    xid = await service.submit(draft)        # DraftInvalid / SubmitFailed /
                                             # RegistrationUncertain
"""

from app.booking.drafts import (
    MAX_ATTACHMENTS,
    AttachmentRefused,
    Draft,
    DraftLine,
    DraftStatus,
    DraftStore,
    DraftStoreLocked,
    DraftUpload,
    LocalFile,
    UploadState,
)
from app.booking.memory import (
    AccountImport,
    BookingMemory,
    CsvFormatError,
    ImportProblem,
    ImportReport,
    Remembered,
    RememberedAccount,
    RememberedSupplier,
    check_account_number,
    check_vat_code,
    parse_accounts_csv,
)
from app.booking.service import (
    AbandonReport,
    BookingApi,
    BookingError,
    BookingService,
    DraftBusy,
    DraftInvalid,
    Evidence,
    FailureReason,
    Problem,
    RegistrationUncertain,
    SubmitFailed,
    SubmitProgress,
    SubmitStage,
    ValidDraft,
    validate_draft,
)

__all__ = [
    "MAX_ATTACHMENTS",
    "AbandonReport",
    "AccountImport",
    "AttachmentRefused",
    "BookingApi",
    "BookingError",
    "BookingMemory",
    "BookingService",
    "CsvFormatError",
    "Draft",
    "DraftBusy",
    "DraftInvalid",
    "DraftLine",
    "DraftStatus",
    "DraftStore",
    "DraftStoreLocked",
    "DraftUpload",
    "Evidence",
    "FailureReason",
    "ImportProblem",
    "ImportReport",
    "LocalFile",
    "Problem",
    "RegistrationUncertain",
    "Remembered",
    "RememberedAccount",
    "RememberedSupplier",
    "SubmitFailed",
    "SubmitProgress",
    "SubmitStage",
    "UploadState",
    "ValidDraft",
    "check_account_number",
    "check_vat_code",
    "parse_accounts_csv",
    "validate_draft",
]
