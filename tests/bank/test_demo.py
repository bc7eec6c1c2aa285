"""Matching on the demo company: the seed's receipts and the postings that paid them."""

from __future__ import annotations

from datetime import timedelta

from app.api import ApiClient, MemoryTokenStore
from app.bank import DocumentFacts, documents_for_posting, pair_up, postings_for_document
from app.sandbox.seed import DEMO_PASSWORD, DEMO_USER, MAIN_DRIFT_XID, MAIN_XID, build_seed
from app.sandbox.server import SandboxServer


async def test_demo_receipts_find_the_postings_that_paid_them(sandbox: SandboxServer) -> None:
    today = sandbox.store.today()
    seed = build_seed("demo", today)  # deterministic for a day: the sandbox's own truth
    truth = {
        f.friendly_filename: f.truth
        for f in seed.files
        if f.company_xid == MAIN_XID and f.truth is not None
    }
    async with ApiClient(sandbox.base_url, token_store=MemoryTokenStore()) as api:
        await api.login(DEMO_USER, DEMO_PASSWORD)
        accounts = {a.xid: a.name for a in await api.bank_accounts(MAIN_XID)}
        assert accounts[MAIN_DRIFT_XID] == "Driftskonto"
        postings = await api.bank_postings(
            MAIN_XID, MAIN_DRIFT_XID, from_date=today - timedelta(days=365), to_date=today
        )
        documents: list[DocumentFacts] = []
        async for page in api.iter_archive_files(MAIN_XID):
            for line in page:
                t = truth.get(line.name or "")
                if t is not None:
                    documents.append(
                        DocumentFacts(
                            line.xid,
                            t.total_incl_vat,
                            t.document_date,
                            t.supplier_name or "",
                            line.name or "",
                        )
                    )
    assert len(documents) >= 50 and len(postings) >= 200

    pairs = pair_up(postings, documents)

    assert len(pairs) >= 15
    for m in pairs:
        assert m.posting.bank_amount is not None and m.document.total is not None
        assert m.posting.bank_amount == -m.document.total  # money out, to the øre
        assert 0 <= m.days <= 3  # card payments reach the bank 0-3 days later
        assert m.expected_direction
    # the bank texts name the shops: most pairs are recognisably the same supplier
    similar = [m for m in pairs if m.similarity >= 0.5]
    assert len(similar) >= 0.8 * len(pairs)
    # best pairs first: by distance, then by text
    keys = [(m.day_distance, -m.similarity) for m in pairs]
    assert keys == sorted(keys)
    # both directions agree: the pair is the first choice from either side
    for m in pairs:
        assert postings_for_document(m.document, postings)[0].posting == m.posting
        assert documents_for_posting(m.posting, documents)[0].document == m.document
    # every listing is ordered best first
    for document in documents:
        ranked = postings_for_document(document, postings)
        assert [r.sort_key() for r in ranked] == sorted(r.sort_key() for r in ranked)
