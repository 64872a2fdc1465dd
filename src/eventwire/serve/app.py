"""`create_app`: the FastAPI app that serves the API and the dashboard.

One app over one `Store`: the CLI runs it under uvicorn, tests call it
in-process or start it on a free port, the benchmark loads it with clients.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..core import Eventwire
from ..errors import Errors
from ..store.db import Store
from . import api, queries
from .middleware import BodyLimit, SecurityHeaders, content_security_policy
from .settings import ServeSettings
from .submit import Submitter

DASHBOARD = Path(str(files("eventwire.serve") / "dashboard"))
PAGES = {"/": "index.html", "/api-docs": "api-docs.html"}


def package_version() -> str:
    try:
        return version("eventwire")
    except PackageNotFoundError:  # running from a source tree
        return "0+unknown"


def create_app(settings: ServeSettings, store: Store, *,
               eventwire: Eventwire | Callable[[], Eventwire] | None = None) -> FastAPI:
    """Build the web app.

    Args:
        settings: server settings (token, limits, tiles).
        store: the database the API reads and writes.
        eventwire: the pipeline for submitted articles, or a function that
            builds it on first use (default: `Eventwire()` with default settings).

    Returns:
        The ASGI app, wrapped in the body-size limit and security headers.
    """
    app = FastAPI(title="eventwire", version=package_version(), docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json",
                  description="Political-event records extracted from news articles. "
                              "Read endpoints are open; `POST /api/v1/articles` needs "
                              "`Authorization: Bearer <token>` (EVENTWIRE_TOKEN).")
    app.state.settings = settings
    app.state.store = store
    app.state.counts = queries.CountCache()
    if isinstance(eventwire, Eventwire):
        pipeline = eventwire
        make = lambda: pipeline  # noqa: E731
    else:
        make = eventwire or Eventwire
    app.state.submitter = Submitter(store, make)
    app.include_router(api.router)
    add_error_handlers(app)
    add_pages(app)
    app.add_middleware(SecurityHeaders, policy=content_security_policy(settings.tiles))
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    return app


# How `eventwire serve --workers N` hands its settings to each worker process.
CONFIG_VARIABLE = "EVENTWIRE_SERVE_CONFIG"
DB_VARIABLE = "EVENTWIRE_SERVE_DB"


def app_from_environment() -> FastAPI:
    """The app of one uvicorn worker process (`--workers N`): the settings
    come from the environment the CLI set, the token from EVENTWIRE_TOKEN."""
    import json

    config = json.loads(os.environ[CONFIG_VARIABLE])
    store = Store(os.environ.get(DB_VARIABLE) or None, migrate=False)
    return create_app(ServeSettings.from_config(config), store, eventwire=lambda: Eventwire(config))


def add_pages(app: FastAPI) -> None:
    """The dashboard: three static pages and their assets, all from the package."""
    app.mount("/static", StaticFiles(directory=DASHBOARD / "static"), name="static")
    for path, page in PAGES.items():
        app.add_api_route(path, page_route(page), include_in_schema=False, methods=["GET"])
    app.add_api_route("/events/{event_id}", page_route("event.html"), include_in_schema=False,
                      methods=["GET"])


def page_route(name: str):
    target = DASHBOARD / "pages" / name

    async def serve_page() -> FileResponse:
        return FileResponse(target, media_type="text/html; charset=utf-8")

    serve_page.__name__ = f"page_{name.split('.')[0].replace('-', '_')}"
    return serve_page


def add_error_handlers(app: FastAPI) -> None:
    """Every error as `{"error": "E### message", "code": "E###"}` JSON."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException):
        code = getattr(error, "code", None)
        headers = {"WWW-Authenticate": "Bearer"} if error.status_code == 401 else None
        response = api.error_response(error.status_code, str(error.detail), code)
        if headers:
            response.headers.update(headers)
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError):
        reasons = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
        return api.error_response(400, "E126 " + Errors.E126.format(reason=reasons), "E126")
