"""Browser tests: Debian's Chromium loads the dashboard from a live server.

They load the dashboard, filter, open an event and find the highlighted
evidence; a screenshot of the event page is saved under out/test-artifacts.
Article text that tries to inject script must show as text and never run.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import ARTIFACTS
from .fixtures import HOSTILE


def ready(page, path: str) -> None:
    page.goto(path)
    page.wait_for_selector("body[data-ready=true]")


def test_dashboard_shows_map_timeline_and_table(page):
    ready(page, "/")
    rows = page.locator("#events tbody tr")
    assert rows.count() == 4
    assert page.locator("#summary").inner_text() == "4 events"
    # The bundled country outlines are drawn: no tile server needed.
    assert page.locator("#map path.country").count() > 150
    # Two events share Panjshir's coordinates: one cluster; the others are single markers.
    page.wait_for_selector("#map .ev-cluster, #map .ev-marker")
    assert page.locator("#map .ev-marker").count() + page.locator("#map .ev-cluster").count() >= 2
    assert page.locator("#timeline rect.bar").count() > 1
    assert page.problems == []


def test_filter_by_type_and_country(page):
    ready(page, "/")
    page.select_option("select[name=type]", "PROTEST")
    page.click("button[type=submit]")
    expect(page.locator("#summary")).to_have_text("1 events")
    assert page.locator("#events tbody tr").count() == 1
    assert "Students" in page.locator("#events tbody tr").inner_text()
    assert "type=PROTEST" in page.url
    # A filtered view is a link: loading it applies the filters.
    ready(page, "/?country=AFG")
    assert page.locator("#events tbody tr").count() == 2
    assert page.locator("select[name=country]").input_value() == "AFG"
    assert page.problems == []


def test_event_page_highlights_the_evidence(page):
    ready(page, "/?actor=Resistance&since=2021-08-01&until=2021-08-31")
    assert page.locator("#events tbody tr").count() == 2
    page.locator("#events tbody tr", has_text="TASS").locator("a.event-link").click()
    page.wait_for_url(re.compile(r"/events/\d+$"))
    page.wait_for_selector("body[data-ready=true]")
    text = page.locator("#article-text")
    assert text.locator(".hl-trigger").inner_text() == "attacked"
    assert text.locator(".hl-source").inner_text() == "Taliban fighters"
    assert text.locator(".hl-target").inner_text() == "National Resistance Front"
    assert text.locator(".hl-place").first.inner_text() == "Panjshir"
    assert text.locator(".hl-date").inner_text() == "on Wednesday"
    assert text.locator(".hl-quote").first.inner_text().startswith("They came at dawn")
    evidence = "".join(text.locator(".hl-evidence").all_inner_texts())
    assert evidence.startswith("Taliban fighters attacked") and evidence.endswith("told TASS.")
    claims = page.locator("#claims li").all_inner_texts()
    assert "anonymous" in claims[0] and "TASS" in claims[1]
    assert "Frontline Wire" in page.locator("#reports").inner_text()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "event-page.png"), full_page=True)
    assert page.problems == []


@pytest.mark.parametrize("path", ["/", "/?country=NGA", "hostile-event"])
def test_injected_markup_never_runs(page, path, store):
    if path == "hostile-event":
        (row,) = store.list_events(store_filter(article_id="hostile-" + HOSTILE[1]))
        path = f"/events/{row['id']}"
    ready(page, path)
    page.wait_for_timeout(300)  # give any injected handler its chance
    assert page.evaluate("window.__pwned") is None
    assert page.locator("iframe, #events img, #article-text img, #article-text script").count() == 0
    # The markup shows as the literal text it is.
    shown = HOSTILE[0] if path.startswith("/events/") else HOSTILE[1]
    assert shown in page.locator("body").inner_text()
    assert page.problems == []


def test_unknown_event_shows_the_error_as_text(page):
    ready(page, "/events/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    assert page.locator("#error").is_visible()
    assert page.evaluate("window.__pwned") is None
    assert not [p for p in page.problems if p.startswith("dialog")]


def test_api_docs_load_offline(page):
    ready_docs = page.goto("/api-docs")
    assert ready_docs.ok
    page.wait_for_selector("#swagger-ui .opblock", timeout=15_000)
    assert "/api/v1/events" in page.locator("#swagger-ui").inner_text()


def store_filter(**fields):
    from eventwire.store.query import EventFilter

    return EventFilter(**fields)


def test_dashboard_screenshot(page):
    ready(page, "/")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    assert page.problems == []
