"""Fixtures for the web API and dashboard tests: a real store, an app, a live server."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from .fixtures import build_store

CHROMIUM = Path("/usr/bin/chromium")
# Flags for Debian's Chromium in a container: no sandbox (root), no GPU, and
# nothing that phones home (the machine may be offline).
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(os.environ.get("EVENTWIRE_TEST_ARTIFACTS",
                                Path(__file__).resolve().parents[2] / "out" / "test-artifacts"))
TOKEN = "test-token-5f2c"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A SQLite store holding the hand-built records of `fixtures.py`."""
    store = build_store(tmp_path_factory.mktemp("store") / "events.db")
    yield store
    store.close()


@pytest.fixture(scope="module")
def settings():
    from eventwire.serve.settings import ServeSettings

    return ServeSettings(token=TOKEN, max_body_bytes=20_000)


@pytest.fixture(scope="module")
def app(store, settings):
    from eventwire.serve.app import create_app

    def no_pipeline():
        raise AssertionError("this test module does not extract")

    return create_app(settings, store, eventwire=no_pipeline)


@pytest.fixture(scope="module")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as client:
        yield client


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def live_server(app):
    """The app under uvicorn on a free loopback port, for the browser."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    else:
        raise RuntimeError("uvicorn did not start")
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def browser_missing_reason() -> str | None:
    """Why browser tests cannot run here, or None when they can."""
    if not (CHROMIUM.exists() or shutil.which("chromium")):
        return f"{CHROMIUM} is absent (apt-get install chromium; .ci/run does)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "the playwright package is not installed"
    return None


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser).

    Skips when Chromium is absent, except under EVENTWIRE_REQUIRE_BROWSER=1
    (set by .ci/run), where a missing browser fails the run.
    """
    reason = browser_missing_reason()
    if reason:
        if os.environ.get("EVENTWIRE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"browser tests are required but cannot run: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    executable = str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium"))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh page that records console errors, page errors and dialogs."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server)
    page = context.new_page()
    page.problems = []
    page.on("pageerror", lambda error: page.problems.append(f"page error: {error}"))
    page.on("console", lambda message: message.type == "error"
            and page.problems.append(f"console: {message.text}"))

    def on_dialog(dialog):
        page.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    yield page
    context.close()
