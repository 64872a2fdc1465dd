"""Submitting articles through the API runs the real pipeline and stores the result."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from eventwire.serve.app import create_app
from eventwire.serve.settings import ServeSettings

from .conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = ("ABUJA, March 4 (Reuters) - Soldiers clashed with gunmen near the town of Gwoza in "
        "Borno State on Monday, the army said in a statement.")


@pytest.fixture(scope="module")
def writer(tmp_path_factory, eventwire):
    from eventwire.store.db import Store

    store = Store(tmp_path_factory.mktemp("submit") / "events.db")
    with TestClient(create_app(ServeSettings(token=TOKEN), store, eventwire=eventwire)) as client:
        yield client, store
    store.close()


def test_plain_text_is_extracted_and_stored(writer):
    client, store = writer
    response = client.post("/api/v1/articles", content=TEXT.encode(), params={"id": "abuja-1",
                           "published": "2025-03-05", "source": "Reuters"},
                           headers={**AUTH, "Content-Type": "text/plain; charset=utf-8"})
    assert response.status_code == 201, response.text
    (article,) = response.json()["articles"]
    assert article["article_id"] == "abuja-1" and article["published"] == "2025-03-05"
    assert response.json()["added"] == 1
    stored = client.get("/api/v1/articles/abuja-1").json()
    assert stored["record"]["article"]["text"] == TEXT
    assert stored["source"] == "Reuters"
    # The same article again is recognised, not stored twice.
    again = client.post("/api/v1/articles", content=TEXT.encode(), params={"id": "abuja-1"},
                        headers={**AUTH, "Content-Type": "text/plain"})
    assert again.json()["skipped"] == 1 and store.count_articles() == 1


def test_html_is_read_with_the_html_reader(writer):
    client, _ = writer
    page = (b"<html><head><title>Clash in Borno</title></head><body><nav>Home | World</nav>"
            b"<article><h1>Clash in Borno</h1><p>" + TEXT.encode() + b"</p><p>Residents said the "
            b"fighting lasted two hours and several houses were burnt.</p></article></body></html>")
    response = client.post("/api/v1/articles", content=page, params={"id": "borno-html"},
                           headers={**AUTH, "Content-Type": "text/html"})
    assert response.status_code == 201, response.text
    text = client.get("/api/v1/articles/borno-html").json()["record"]["article"]["text"]
    assert "Soldiers clashed with gunmen" in text and "Home | World" not in text


def test_json_articles_keep_urls_as_metadata(writer):
    client, _ = writer
    body = {"articles": [
        {"id": "json-1", "text": TEXT, "url": "http://127.0.0.1:9/never-fetched", "published": "2025-03-05"},
        {"id": "json-2", "title": "no text here"},
    ]}
    response = client.post("/api/v1/articles", json=body, headers=AUTH)
    assert response.status_code == 201, response.text
    result = response.json()
    assert [a["article_id"] for a in result["articles"]] == ["json-1"]
    assert [e["code"] for e in result["errors"]] == ["E007"]
    stored = client.get("/api/v1/articles/json-1").json()
    assert stored["url"] == "http://127.0.0.1:9/never-fetched"
    assert stored["record"]["article"]["text"] == TEXT


def test_nothing_readable_is_422(writer):
    client, _ = writer
    response = client.post("/api/v1/articles", content=b"   ", headers={**AUTH, "Content-Type": "text/plain"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["code"] == "E002"
