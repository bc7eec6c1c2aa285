"""The data directory survives restarts; big seeds load fast and list through an index."""

from __future__ import annotations

import base64
import sqlite3
from datetime import date
from pathlib import Path

import httpx
import pytest

from app.sandbox.seeddata import SeedCompany, SeedData, SeedFile, SeedUser
from app.sandbox.server import SandboxServer
from app.sandbox.store import DB_FILENAME, Store
from tests.conftest import DEMO_PASSWORD, DEMO_USER, MAIN_COMPANY, handmade_seed

PDF = b"%PDF-1.4\n%%EOF\n"


def test_everything_survives_a_restart(tmp_path: Path) -> None:
    first = SandboxServer(data_dir=tmp_path, seed=handmade_seed("demo")).start()
    try:
        with httpx.Client(base_url=first.base_url) as client:
            tokens = client.post(
                "/login", json={"userName": DEMO_USER, "password": DEMO_PASSWORD}
            ).json()
            headers = {"Authorization": f"Bearer {tokens['token']}"}
            upload = client.post(
                "/filesForUseInRegistrations",
                headers=headers,
                json={
                    "companyXid": MAIN_COMPANY,
                    "fileBodyBase64": base64.b64encode(PDF).decode(),
                    "comment": "gemt",
                },
            )
            xid = upload.json()["xid"]
            registration = client.post(
                "/suggestedRegistrations",
                headers=headers,
                json={
                    "companyXid": MAIN_COMPANY,
                    "date": "2026-11-01",
                    "description": "Husleje",
                    "filesToAttachXids": [{"xid": xid}],
                },
            )
            assert registration.status_code == 200
            listing_before = client.get(
                "/archiveFiles", headers=headers, params={"companyXid": MAIN_COMPANY,
                                                          "maxLines": 100}
            ).json()  # fmt: skip
    finally:
        first.stop()

    # A different seed name must not matter: the database exists, so nothing is re-seeded.
    second = SandboxServer(data_dir=tmp_path, seed="large:5").start()
    try:
        assert second.store.seed_name == "custom"
        with httpx.Client(base_url=second.base_url) as client:
            assert client.get("/user", headers=headers).status_code == 200  # same token
            refreshed = client.post(
                "/refreshToken", headers=headers, json={"refreshToken": tokens["refreshToken"]}
            )
            assert refreshed.status_code == 200
            listing_after = client.get(
                "/archiveFiles", headers=headers, params={"companyXid": MAIN_COMPANY,
                                                          "maxLines": 100}
            ).json()  # fmt: skip
            assert listing_after == listing_before
            data = client.get(
                "/archiveFile",
                headers=headers,
                params={"companyXid": MAIN_COMPANY, "archiveFileXid": xid},
            ).json()
            assert base64.b64decode(data["fileBodyBase64"]) == PDF
            assert data["comments"][0]["comment"] == "gemt"
            assert client.delete(
                f"/archiveFile/{MAIN_COMPANY}/{xid}", headers=headers
            ).status_code == 409  # fmt: skip
            # New xids continue after the old ones.
            again = client.post(
                "/filesForUseInRegistrations",
                headers=headers,
                json={"companyXid": MAIN_COMPANY, "fileBodyBase64": "eA=="},
            )
            assert again.json()["xid"] > xid
        assert [r["description"] for r in second.store.registrations(MAIN_COMPANY)] == ["Husleje"]
    finally:
        second.cleanup()


def test_a_temporary_data_directory_is_removed(tmp_path: Path) -> None:
    with SandboxServer(seed=handmade_seed("empty")) as server:
        data_dir = server.data_dir
        assert (data_dir / DB_FILENAME).exists()
    assert not data_dir.exists()


def _large_seed(files: int) -> SeedData:
    return SeedData(
        users=[SeedUser(DEMO_USER, DEMO_PASSWORD, "Demo")],
        companies=[SeedCompany(MAIN_COMPANY, "Stor ApS", "12345678")],
        access={DEMO_USER: [MAIN_COMPANY]},
        last_companies={DEMO_USER: [MAIN_COMPANY]},
        files=[
            SeedFile(
                MAIN_COMPANY,
                "application/pdf",
                f"bilag-{i}.pdf",
                f"Bilag {i}",
                date(2020 + i % 6, 1 + i % 12, 1 + i % 28),
                PDF,
            )
            for i in range(files)
        ],
    )


def test_ten_thousand_files_load_and_list_by_index(tmp_path: Path) -> None:
    """(How fast: ``sandbox.seed_large_10k_s`` in make bench.)"""
    store = Store.open(tmp_path / DB_FILENAME)
    store.load_seed(_large_seed(10_000), "large")
    lines, more = store.list_files(MAIN_COMPANY, 1000)
    assert len(lines) == 1000 and more
    after, _ = store.list_files(MAIN_COMPANY, 100, before_xid=lines[500].xid)
    assert [x.xid for x in after] == [x.xid for x in lines[501:601]]
    store.close()
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT xid, id, date, friendly_filename, timestamp_last_update"
            " FROM files WHERE company_xid = ? AND hidden = 0 AND xid < ? ORDER BY xid DESC"
            " LIMIT ?",
            (MAIN_COMPANY, 10**9, 101),
        ).fetchall()
    details = " ".join(str(row[-1]) for row in plan)
    assert "files_listing" in details and "TEMP B-TREE" not in details, details


@pytest.mark.parametrize("name", ["large:10000"])
def test_the_large_seed_serves_every_file(tmp_path: Path, name: str) -> None:
    """(How fast it starts: ``sandbox.seed_large_10k_s`` in make bench.)"""
    pytest.importorskip("app.sandbox.seed")
    with (
        SandboxServer(data_dir=tmp_path, seed=name) as server,
        httpx.Client(base_url=server.base_url) as client,
    ):
        tokens = client.post("/login", json={"userName": DEMO_USER, "password": DEMO_PASSWORD})
        headers = {"Authorization": f"Bearer {tokens.json()['token']}"}
        company = client.get("/companies", headers=headers).json()["lastCompanies"][0]
        seen = 0
        token = None
        while True:
            params: dict[str, object] = {"companyXid": company, "maxLines": 1000}
            if token:
                params["continuationToken"] = token
            page = client.get("/archiveFiles", headers=headers, params=params).json()
            seen += len(page["archiveFilesList"])
            token = page.get("continuationToken")
            if not token:
                break
        assert seen == server.store.file_count(company, include_hidden=False)
        assert seen >= 9000
