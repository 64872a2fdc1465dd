"""The REST API in-process, over a real SQLite store of hand-built records."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from .conftest import TOKEN
from .fixtures import HOSTILE

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def ids_of(response) -> list[str]:
    assert response.status_code == 200, response.text
    return sorted(item["event_id"] for item in response.json()["items"])


def test_list_events_pages_and_counts(client):
    first = client.get("/api/v1/events", params={"limit": 3}).json()
    assert first["total"] == 4 and len(first["items"]) == 3
    second = client.get("/api/v1/events", params={"limit": 3, "offset": 3}).json()
    assert len(second["items"]) == 1
    seen = {item["id"] for item in first["items"] + second["items"]}
    assert len(seen) == 4
    # Latest date first.
    dates = [item["date"] for item in first["items"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(("params", "expected"), [
    ({"type": "PROTEST"}, ["tbilisi-1"]),
    ({"type": "Battles"}, ["panjshir-1", "panjshir-2"]),
    ({"country": "afg"}, ["panjshir-1", "panjshir-2"]),
    ({"actor": "resistance"}, ["panjshir-1", "panjshir-2"]),
    ({"since": "2024-01-01"}, ["hostile-1", "tbilisi-1"]),
    ({"since": "2021-08-01", "until": "2021-08-31"}, ["panjshir-1", "panjshir-2"]),
    ({"bbox": "40,35,50,45"}, ["tbilisi-1"]),
    ({"admin1": "Tbilisi"}, ["tbilisi-1"]),
    ({"status": "factual"}, ["hostile-1", "panjshir-1", "panjshir-2", "tbilisi-1"]),
    ({"status": "negated"}, []),
    ({"status": "attempted"}, ["hostile-1"]),
    ({"source": "TASS"}, ["panjshir-1"]),
    ({"type": "ASSAULT", "country": "NGA"}, ["hostile-1"]),
])
def test_event_filters(client, params, expected):
    assert ids_of(client.get("/api/v1/events", params=params)) == expected


def test_text_search(client):
    assert ids_of(client.get("/api/v1/events", params={"q": "students"})) == ["tbilisi-1"]


@pytest.mark.parametrize("params", [
    {"since": "25 Aug 2021"}, {"status": "maybe"}, {"bbox": "1,2,3"}, {"bbox": "0,95,10,99"},
    {"limit": 0}, {"offset": -1}, {"country": "Afghanistan"},
])
def test_bad_filters_are_400_with_a_code(client, params):
    response = client.get("/api/v1/events", params=params)
    assert response.status_code == 400
    assert response.json()["code"] == "E126"


def test_page_size_is_capped(client, settings):
    assert client.get("/api/v1/events", params={"limit": 10_000}).json()["limit"] == settings.max_page_size


def test_event_detail_has_article_highlights_claims_and_reports(client):
    (row,) = client.get("/api/v1/events", params={"source": "TASS"}).json()["items"]
    detail = client.get(f"/api/v1/events/{row['id']}").json()
    assert detail["event"]["id"] == "panjshir-1"
    text = detail["article"]["text"]
    spans = {h["kind"]: text[h["start"]:h["end"]] for h in detail["highlights"]}
    assert spans["trigger"] == "attacked" and spans["date"] == "on Wednesday"
    assert [c["role"] for c in detail["claims"]] == ["speaker", "via", "publisher"]
    assert detail["merged"]["report_count"] == 2
    assert [r["source"] for r in detail["reports"]] == ["Frontline Wire"]
    assert detail["reports"][0]["evidence"].startswith("Taliban units attacked")


def test_unknown_ids_are_404_json(client):
    for path in ("/api/v1/events/999999", "/api/v1/merged-events/999999", "/api/v1/articles/nope"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.json()["code"] == "E125"
    assert client.get("/api/v1/events/not-a-number").status_code == 400


def test_merged_events_articles_actors_places(client):
    merged = client.get("/api/v1/merged-events", params={"min_reports": 2}).json()
    assert [m["report_count"] for m in merged["items"]] == [2]
    one = client.get(f"/api/v1/merged-events/{merged['items'][0]['id']}").json()
    assert sorted(r["source"] for r in one["reports"]) == ["Frontline Wire", "TASS"]
    articles = client.get("/api/v1/articles").json()
    assert articles["total"] == 4 and "extraction" not in articles["items"][0]
    article = client.get("/api/v1/articles/dpa-tbilisi").json()
    assert article["record"]["article"]["text"].startswith("TBILISI")
    actors = client.get("/api/v1/actors").json()["items"]
    assert {(a["name"], a["events"]) for a in actors[:2]} == {("Taliban", 2), ("National Resistance Front", 2)}
    places = client.get("/api/v1/places", params={"country": "GEO"}).json()["items"]
    assert [p["location"] for p in places] == ["Tbilisi"]


def test_map_timeline_and_countries(client):
    points = client.get("/api/v1/map", params={"country": "AFG"}).json()
    assert len(points["items"]) == 2 and not points["truncated"]
    assert set(points["items"][0]) == {"id", "lat", "lon", "type", "date", "location"}
    line = client.get("/api/v1/stats/timeline", params={"since": "2021-08-01", "until": "2021-08-31"}).json()
    assert line["bucket"] == "day"
    assert [(b["label"], b["count"]) for b in line["buckets"]] == [("2021-08-25", 2)]
    months = client.get("/api/v1/stats/timeline", params={"bucket": "month"}).json()["buckets"]
    assert sum(b["count"] for b in months) == 4 and months[0]["label"] == "2021-08"
    countries = client.get("/api/v1/countries").json()["items"]
    assert countries[0] == {"country": "AFG", "events": 2}


def test_hostile_text_comes_back_as_json_not_html(client):
    response = client.get("/api/v1/events", params={"country": "NGA"})
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    (item,) = response.json()["items"]
    detail = client.get(f"/api/v1/events/{item['id']}")
    assert detail.headers["content-type"] == "application/json"
    body = detail.json()
    assert HOSTILE[0] in body["article"]["text"]  # kept verbatim, as data
    assert body["article"]["url"] == "javascript:window.__pwned='url'"


def test_pages_are_html_with_csp_and_only_local_assets(client):
    for path in ("/", "/events/1", "/api-docs"):
        response = client.get(path)
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert response.headers["x-frame-options"] == "DENY"
        for asset in asset_urls(response.text):
            assert asset.startswith("/static/") or asset.startswith("data:"), asset
            if asset.startswith("/static/"):
                assert client.get(asset).status_code == 200, asset
        assert "<script>" not in response.text  # no inline script anywhere


def test_bundled_outlines_and_licences_ship(client):
    outlines = client.get("/static/world/countries-110m.geojson").json()
    assert outlines["type"] == "FeatureCollection" and len(outlines["features"]) > 150
    for licence in ("vendor/leaflet/LICENSE", "vendor/markercluster/LICENSE",
                    "vendor/swagger-ui/LICENSE", "world/LICENSE-world-atlas"):
        assert client.get(f"/static/{licence}").status_code == 200


def test_openapi_lists_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/v1/events", "/api/v1/events/{event_id}", "/api/v1/merged-events",
                 "/api/v1/articles", "/api/v1/actors", "/api/v1/places", "/api/v1/stats/timeline"):
        assert path in paths
    assert "text/html" in paths["/api/v1/articles"]["post"]["requestBody"]["content"]


# ---- writing: token, size limits, malformed bodies -------------------------

def test_write_needs_the_token(client):
    body = {"text": "Police arrested ten protesters in Lagos on Monday, officials said."}
    missing = client.post("/api/v1/articles", json=body)
    assert missing.status_code == 401 and missing.json()["code"] == "E121"
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = client.post("/api/v1/articles", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    basic = client.post("/api/v1/articles", json=body, headers={"Authorization": f"Basic {TOKEN}"})
    assert basic.status_code == 401


def test_write_is_off_without_a_configured_token(store):
    from fastapi.testclient import TestClient

    from eventwire.serve.app import create_app
    from eventwire.serve.settings import ServeSettings

    with TestClient(create_app(ServeSettings(token=None), store)) as client:
        response = client.post("/api/v1/articles", json={"text": "x"}, headers={"Authorization": "Bearer "})
        assert response.status_code == 403 and response.json()["code"] == "E120"
        assert client.get("/api/v1/meta").json()["writable"] is False


def test_oversize_bodies_are_refused(client, settings):
    big = b"a" * (settings.max_body_bytes + 1)
    declared = client.post("/api/v1/articles", content=big, headers={**AUTH, "Content-Type": "text/plain"})
    assert declared.status_code == 413 and declared.json()["code"] == "E122"

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(settings.max_body_bytes // 1000 + 2):
            yield b"b" * 1000

    streamed = client.post("/api/v1/articles", content=chunks(),
                           headers={**AUTH, "Content-Type": "text/plain"})
    assert streamed.status_code == 413
    # The limit holds before authentication, too.
    assert client.post("/api/v1/articles", content=big).status_code == 413


@pytest.mark.parametrize("body", [b"{", b"{'text': 'single quotes'}", b"\xff\xfe{}", b"[1, 2]", b"[]", b"42"])
def test_malformed_json_is_400(client, body):
    response = client.post("/api/v1/articles", content=body,
                           headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["code"] in {"E123", "E126"}


def test_unsupported_content_type_is_415(client):
    response = client.post("/api/v1/articles", content=b"\x89PNG", headers={**AUTH, "Content-Type": "image/png"})
    assert response.status_code == 415 and response.json()["code"] == "E124"


def test_bad_published_date_is_400(client):
    response = client.post("/api/v1/articles", params={"published": "yesterday"}, content=b"text",
                           headers={**AUTH, "Content-Type": "text/plain"})
    assert response.status_code == 400


class Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if (tag, name) in {("script", "src"), ("link", "href"), ("img", "src")}:
                self.urls.append(value)


def asset_urls(html: str) -> list[str]:
    parser = Assets()
    parser.feed(html)
    return parser.urls


def test_error_bodies_never_echo_markup(client):
    response = client.get("/api/v1/events", params={"type": "<script>", "since": "<img src=x>"})
    assert response.headers["content-type"] == "application/json"
    assert re.search(r"<img", json.dumps(response.json())) is None
