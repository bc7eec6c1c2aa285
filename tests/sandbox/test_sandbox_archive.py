"""The document archive: paging, uploads, hidden files, registrations, protection, limits."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import httpx
import pytest

from app.sandbox.server import SandboxServer
from tests.conftest import MAIN_COMPANY, FakeClock, handmade_seed, login

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def server(make_sandbox: Callable[..., SandboxServer]) -> SandboxServer:
    return make_sandbox(seed=handmade_seed("empty"))


@pytest.fixture
def client(server: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=10) as c:
        c.headers.update(login(c))
        yield c


def upload(client: httpx.Client, body: bytes = PDF, **fields: Any) -> httpx.Response:
    data = {"companyXid": MAIN_COMPANY, "fileBodyBase64": base64.b64encode(body).decode()}
    data.update(fields)
    return client.post("/filesForUseInRegistrations", json=data)


def upload_xid(client: httpx.Client, body: bytes = PDF, **fields: Any) -> int:
    response = upload(client, body, **fields)
    assert response.status_code == 200, response.text
    xid = response.json()["xid"]
    assert isinstance(xid, int)
    return xid


def listing(client: httpx.Client, max_lines: int = 1000, token: str | None = None) -> Any:
    params: dict[str, Any] = {"companyXid": MAIN_COMPANY, "maxLines": max_lines}
    if token is not None:
        params["continuationToken"] = token
    response = client.get("/archiveFiles", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def visible_xids(client: httpx.Client) -> list[int]:
    return [line["xid"] for line in listing(client)["archiveFilesList"]]


def get_file(client: httpx.Client, xid: int, **params: Any) -> httpx.Response:
    return client.get(
        "/archiveFile", params={"companyXid": MAIN_COMPANY, "archiveFileXid": xid, **params}
    )


def register(client: httpx.Client, files: list[int], **fields: Any) -> httpx.Response:
    body = {
        "companyXid": MAIN_COMPANY,
        "date": "2026-11-20",
        "description": "Mel og gær",
        "debitCreditlines": [
            {"accountNumber": "2000", "vatCode": "I25", "amount": "1.250,00"},
            {"accountNumber": "5820", "amount": "-1.250,00"},
        ],
        "filesToAttachXids": [{"xid": x} for x in files],
    }
    body.update(fields)
    return client.post("/suggestedRegistrations", json=body)


def test_paging_is_stable_while_files_arrive(server: SandboxServer, client: httpx.Client) -> None:
    originals = [upload_xid(client, keepHiddenUntilRegistration=False) for _ in range(5)]
    assert originals == sorted(originals)
    # Bulk-add a few hundred more straight into the store (fast), then page over HTTP.
    for i in range(295):
        server.store.add_file(
            MAIN_COMPANY,
            PDF,
            content_type="application/pdf",
            file_name=f"bulk-{i}.pdf",
            friendly_filename=None,
            file_date=date(2026, 1, 1),
            hidden=False,
            comment=None,
            author="demo@example.dk",
        )
    expected = visible_xids(client)
    assert len(expected) == 300 and expected == sorted(expected, reverse=True)

    seen: list[int] = []
    token: str | None = None
    pages = 0
    while True:
        page = listing(client, max_lines=37, token=token)
        seen += [line["xid"] for line in page["archiveFilesList"]]
        pages += 1
        # Newcomers between pages must not shift what the next page returns.
        upload_xid(client, keepHiddenUntilRegistration=False)
        token = page.get("continuationToken")
        if token is None:
            break
        assert len(page["archiveFilesList"]) == 37
    assert pages == 9
    assert seen == expected  # no duplicates, no gaps, newest first


def test_listing_lines_have_the_spec_shape(client: httpx.Client) -> None:
    upload_xid(client, keepHiddenUntilRegistration=False, friendlyFilename="Kvittering Netto")
    page = listing(client, max_lines=1)
    assert "continuationToken" not in page
    (line,) = page["archiveFilesList"]
    assert set(line) == {"xid", "id", "date", "name", "timestampLastUpdate"}
    assert line["name"] == "Kvittering Netto" and line["id"] == 1
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}", line["timestampLastUpdate"])


def test_max_lines_is_capped_at_1000(server: SandboxServer, client: httpx.Client) -> None:
    for i in range(1001):
        server.store.add_file(
            MAIN_COMPANY,
            b"x",
            content_type="text/plain",
            file_name=f"{i}.txt",
            friendly_filename=None,
            file_date=None,
            hidden=False,
            comment=None,
            author="demo@example.dk",
        )
    page = listing(client, max_lines=5000)
    assert len(page["archiveFilesList"]) == 1000 and page["continuationToken"]
    rest = listing(client, max_lines=5000, token=page["continuationToken"])
    assert len(rest["archiveFilesList"]) == 1 and "continuationToken" not in rest


@pytest.mark.parametrize(
    "params",
    [
        {"maxLines": 10, "continuationToken": "garbage!"},
        {"maxLines": 10, "continuationToken": "YWYxLjEuLS4x"},  # another company's token
        {"maxLines": 0},
        {"maxLines": -1},
        {"maxLines": "ten"},
        {"maxLines": 2**31},
        {},
    ],
)
def test_bad_listing_parameters_are_400(client: httpx.Client, params: dict[str, Any]) -> None:
    response = client.get("/archiveFiles", params={"companyXid": MAIN_COMPANY, **params})
    assert response.status_code == 400
    assert response.json()["message"]


def test_upload_defaults(server: SandboxServer, client: httpx.Client) -> None:
    xid = upload_xid(client, PNG)
    data = get_file(client, xid).json()
    assert data["contentType"] == "image/png"
    assert data["fileName"].endswith(".png")
    assert data["friendlyFilename"] == data["fileName"]
    assert data["date"] == server.store.today().isoformat()
    assert base64.b64decode(data["fileBodyBase64"]) == PNG
    assert data["comments"] == []
    assert "plainText" not in data and "einvoice" not in data
    unknown = upload_xid(client, b"just some bytes")
    assert get_file(client, unknown).json()["contentType"] == "application/octet-stream"


def test_upload_with_everything(server: SandboxServer, client: httpx.Client) -> None:
    texts = [
        {
            "xPosition": 10,
            "yPosition": 700.5,
            "width": 80,
            "height": 12,
            "confidence": 0.93,
            "text": "Total 125,00",
        },
        {"xPosition": 10, "yPosition": 680, "text": "Moms 25,00"},
    ]
    xid = upload_xid(
        client,
        contentType="application/pdf",
        fileName="IMG_0042.pdf",
        friendlyFilename="Bager",
        date="2026-10-31",
        comment="Morgenbrød til mødet",
        keepHiddenUntilRegistration=False,
        recognizedTextElements=texts,
    )
    data = get_file(client, xid, omitFileBody="true").json()
    assert data["fileBodyBase64"] == ""
    assert (data["fileName"], data["friendlyFilename"], data["date"]) == (
        "IMG_0042.pdf",
        "Bager",
        "2026-10-31",
    )
    (comment,) = data["comments"]
    assert comment["comment"] == "Morgenbrød til mødet"
    assert comment["userName"] == "demo@example.dk"
    assert len(comment["dateTime"]) == 23
    assert {"realName", "userInitials"} <= set(comment)
    record = server.store.file(MAIN_COMPANY, xid)
    assert record is not None and record.recognized_text is not None
    assert record.recognized_text[0]["text"] == "Total 125,00"
    assert record.recognized_text[1] == {
        "xPosition": 10.0,
        "yPosition": 680.0,
        "text": "Moms 25,00",
    }


def test_hidden_until_registration(server: SandboxServer, client: httpx.Client) -> None:
    hidden = upload_xid(client)  # keepHiddenUntilRegistration defaults to true
    shown = upload_xid(client, keepHiddenUntilRegistration=False)
    assert visible_xids(client) == [shown]
    assert get_file(client, hidden).status_code == 200  # fetchable by xid
    before = get_file(client, hidden, omitFileBody="true").json()

    response = register(client, [hidden])
    assert response.status_code == 200
    reg_xid = response.json()["xid"]
    assert visible_xids(client) == [shown, hidden]
    (registration,) = server.store.registrations(MAIN_COMPANY)
    assert registration["xid"] == reg_xid
    assert registration["filesToAttachXids"] == [hidden]
    assert registration["debitCreditlines"][0] == {
        "accountNumber": "2000",
        "vatCode": "I25",
        "amount": "1.250,00",
    }
    inspected = httpx.get(
        f"{server.root_url}/_sandbox/registrations", params={"companyXid": MAIN_COMPANY}
    ).json()
    assert inspected["registrations"] == [registration]
    after = get_file(client, hidden, omitFileBody="true").json()
    assert after["date"] == before["date"]


def test_registered_files_are_delete_protected(client: httpx.Client) -> None:
    xid = upload_xid(client, keepHiddenUntilRegistration=False, friendlyFilename="Bon")
    free = upload_xid(client, keepHiddenUntilRegistration=False)
    assert register(client, [xid]).status_code == 200
    path = f"/archiveFile/{MAIN_COMPANY}/{xid}"
    assert client.delete(path).status_code == 409
    renamed = client.put(path, json={"date": "2026-11-01", "friendlyFilename": "Nyt navn"})
    assert renamed.status_code == 409
    stamp = listing(client)["archiveFilesList"]
    old_stamp = next(line["timestampLastUpdate"] for line in stamp if line["xid"] == xid)
    current = get_file(client, xid, omitFileBody="true").json()
    comment_only = client.put(
        path,
        json={"date": current["date"], "friendlyFilename": "Bon", "comment": "Bogført"},
    )
    assert comment_only.status_code == 200
    updated = get_file(client, xid, omitFileBody="true").json()
    assert [c["comment"] for c in updated["comments"]] == ["Bogført"]
    lines = listing(client)["archiveFilesList"]
    assert next(line["timestampLastUpdate"] for line in lines if line["xid"] == xid) > old_stamp
    assert client.delete(f"/archiveFile/{MAIN_COMPANY}/{free}").status_code == 200


def test_put_updates_metadata_and_bumps_the_timestamp(
    make_sandbox: Callable[..., SandboxServer],
) -> None:
    clock = FakeClock()  # frozen: the timestamp must still move forward
    server = make_sandbox(clock=clock, seed=handmade_seed("empty"))
    with httpx.Client(base_url=server.base_url) as client:
        client.headers.update(login(client))
        xid = upload_xid(client, keepHiddenUntilRegistration=False)
        (before,) = listing(client)["archiveFilesList"]
        response = client.put(
            f"/archiveFile/{MAIN_COMPANY}/{xid}",
            json={"date": "2026-02-03", "friendlyFilename": "  Husleje februar ", "comment": None},
        )
        assert response.status_code == 200
        (after,) = listing(client)["archiveFilesList"]
        assert (after["date"], after["name"]) == ("2026-02-03", "Husleje februar")
        assert after["timestampLastUpdate"] > before["timestampLastUpdate"]
        assert get_file(client, xid).json()["comments"] == []


@pytest.mark.parametrize(
    "body",
    [
        {"date": "2026-13-01", "friendlyFilename": "x"},
        {"date": "2026-W48-1", "friendlyFilename": "x"},
        {"date": "2026-11-01", "friendlyFilename": ""},
        {"date": "2026-11-01", "friendlyFilename": "   "},
        {"date": "2026-11-01", "friendlyFilename": "x" * 251},
        {"date": "2026-11-01", "friendlyFilename": "x", "comment": "c" * 1001},
        {"friendlyFilename": "x"},
        {"date": None, "friendlyFilename": "x"},
    ],
)
def test_bad_updates_are_400(client: httpx.Client, body: dict[str, Any]) -> None:
    xid = upload_xid(client)
    assert client.put(f"/archiveFile/{MAIN_COMPANY}/{xid}", json=body).status_code == 400


def test_unknown_files_are_404(client: httpx.Client) -> None:
    assert get_file(client, 999).status_code == 404
    path = f"/archiveFile/{MAIN_COMPANY}/999"
    assert client.delete(path).status_code == 404
    assert client.put(path, json={"date": "2026-01-01", "friendlyFilename": "x"}).status_code == 404
    xid = upload_xid(client)
    assert client.delete(f"/archiveFile/{MAIN_COMPANY}/{xid}").status_code == 200
    assert get_file(client, xid).status_code == 404
    assert client.delete(f"/archiveFile/{MAIN_COMPANY}/{xid}").status_code == 404


def test_a_file_of_another_company_is_not_found(client: httpx.Client) -> None:
    xid = upload_xid(client)
    response = client.get("/archiveFile", params={"companyXid": 100002, "archiveFileXid": xid})
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ({"date": "31-12-2026"}, 400),
        ({"description": "  "}, 400),
        ({"debitCreditlines": [{"accountNumber": "1000", "amount": "1,000.00"}]}, 400),
        ({"debitCreditlines": [{"accountNumber": "1000", "amount": "12,5,0"}]}, 400),
        ({"debitCreditlines": [{"accountNumber": "", "amount": "1,00"}]}, 400),
        ({"debitCreditlines": [{"accountNumber": "1000", "amount": 100}]}, 400),
        ({"filesToAttachXids": [{"xid": 123}]}, 400),
        ({"filesToAttachXids": [{"xid": 2**63}]}, 400),
        ({"customerXid": 777}, 400),
        ({"companyXid": 424242}, 403),
    ],
)
def test_bad_registrations(client: httpx.Client, fields: dict[str, Any], status: int) -> None:
    response = register(client, [], **fields)
    assert response.status_code == status, response.text


def test_at_most_three_files_per_registration(server: SandboxServer, client: httpx.Client) -> None:
    files = [upload_xid(client) for _ in range(4)]
    assert register(client, files).status_code == 400
    assert register(client, files[:2] + files[:1]).status_code == 400
    assert server.store.registrations(MAIN_COMPANY) == []
    assert visible_xids(client) == []  # nothing changed
    assert register(client, files[:3]).status_code == 200
    assert sorted(visible_xids(client)) == files[:3]


def test_registration_without_lines_or_files(server: SandboxServer, client: httpx.Client) -> None:
    response = client.post(
        "/suggestedRegistrations",
        json={"companyXid": MAIN_COMPANY, "date": "2026-11-01", "description": "Kontingent"},
    )
    assert response.status_code == 200
    (registration,) = server.store.registrations(MAIN_COMPANY)
    assert registration["debitCreditlines"] == [] and registration["filesToAttachXids"] == []


def test_uploads_over_the_limit_are_413(make_sandbox: Callable[..., SandboxServer]) -> None:
    server = make_sandbox(max_upload_mb=0.25, seed=handmade_seed("empty"))
    limit = 256 * 1024
    with httpx.Client(base_url=server.base_url, timeout=10) as client:
        client.headers.update(login(client))
        assert upload(client, b"x" * limit).status_code == 200
        too_big = upload(client, b"x" * (limit + 1))
        assert too_big.status_code == 413
        assert "message" in too_big.json()
        assert server.store.file_count(MAIN_COMPANY) == 1


def test_bodies_far_over_the_limit_are_refused_unread(
    make_sandbox: Callable[..., SandboxServer],
) -> None:
    import socket

    server = make_sandbox(max_upload_mb=0.25, seed=handmade_seed("empty"))
    head = (
        "POST /open/clientapi/v1/filesForUseInRegistrations HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{server.port}\r\nContent-Type: application/json\r\n"
        "Content-Length: 50000000\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(head.encode() + b'{"companyXid": 1, "fileBodyBase64": "')
        answer = sock.recv(4096).decode("latin-1")
    assert answer.startswith("HTTP/1.1 413")
    assert "connection: close" in answer.lower()


@pytest.mark.parametrize(
    "fields",
    [
        {"fileBodyBase64": ""},
        {"fileBodyBase64": "not base64!"},
        {"fileBodyBase64": "YWJj ZA=="},
        {"fileBodyBase64": "YWJjZA"},  # missing padding
        {"fileBodyBase64": "YW_jZA=="},  # URL-safe alphabet
        {"fileBodyBase64": 12},
        {"date": "yesterday"},
        {"date": "2026-02-30"},
        {"contentType": "pdf"},
        {"contentType": "x" * 151},
        {"fileName": "x" * 251},
        {"friendlyFilename": "x" * 251},
        {"comment": "x" * 1001},
        {"keepHiddenUntilRegistration": "no"},
        {"recognizedTextElements": [{"xPosition": 1}]},
        {"recognizedTextElements": {"text": "x"}},
        {"companyXid": "100001"},
        {"companyXid": 1.5},
        {"companyXid": 2**63},
    ],
)
def test_bad_uploads_are_400(client: httpx.Client, fields: dict[str, Any]) -> None:
    data = {"companyXid": MAIN_COMPANY, "fileBodyBase64": base64.b64encode(PDF).decode()}
    data.update(fields)
    response = client.post("/filesForUseInRegistrations", json=data)
    assert response.status_code == 400, response.text


def test_permission_flags_are_enforced(server: SandboxServer, client: httpx.Client) -> None:
    xid = upload_xid(client, keepHiddenUntilRegistration=False)
    file_path = f"/archiveFile/{MAIN_COMPANY}/{xid}"
    update = {"date": "2026-11-01", "friendlyFilename": "x"}

    server.store.set_permissions(MAIN_COMPANY, view=False)
    assert (
        client.get("/archiveFiles", params={"companyXid": MAIN_COMPANY, "maxLines": 5}).status_code
        == 403
    )
    assert get_file(client, xid).status_code == 403
    assert upload(client).status_code == 200  # adding is still allowed
    server.store.set_permissions(MAIN_COMPANY, view=True, add=False)
    assert upload(client).status_code == 403
    assert register(client, []).status_code == 403
    assert client.put(file_path, json=update).status_code == 200
    server.store.set_permissions(MAIN_COMPANY, add=True, edit=False)
    assert client.put(file_path, json=update).status_code == 403
    assert client.delete(file_path).status_code == 403
    server.store.set_permissions(MAIN_COMPANY, edit=True)
    assert client.delete(file_path).status_code == 200


def test_companies_without_access_are_403(client: httpx.Client) -> None:
    for company in (424242, -1, 0):
        response = client.get("/archiveFiles", params={"companyXid": company, "maxLines": 5})
        assert response.status_code == 403
        assert upload(client, companyXid=company).status_code == 403
        assert client.get(f"/customers/{company}").status_code == 403


def test_seeded_demo_archive(sandbox: SandboxServer) -> None:
    with httpx.Client(base_url=sandbox.base_url, timeout=10) as client:
        headers = login(client)
        companies = client.get("/companies", headers=headers).json()
        company = companies["lastCompanies"][0]
        page = client.get(
            "/archiveFiles", headers=headers, params={"companyXid": company, "maxLines": 5}
        ).json()
        assert page["archiveFilesList"]
        first = page["archiveFilesList"][0]
        data = client.get(
            "/archiveFile",
            headers=headers,
            params={"companyXid": company, "archiveFileXid": first["xid"]},
        ).json()
        assert data["fileBodyBase64"] and data["friendlyFilename"] == first["name"]
