"""`eventwire serve`: run the API and dashboard under uvicorn."""

from __future__ import annotations

import json
import os

import click

from ..config import Config
from .settings import TOKEN_VARIABLE, ServeSettings


@click.command("serve")
@click.option("--db", "db", help="Database: an SQLite file path or a postgresql:// URL "
              "(default: eventwire.db here).")
@click.option("--host", help="Interface to bind (default 127.0.0.1, this machine only; "
              "0.0.0.0 exposes the server to the network).")
@click.option("--port", type=click.IntRange(1, 65535), help="TCP port (default 8000).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes; one per core serves more readers at once "
              "(each loads its own pipeline on its first submitted article).")
@click.pass_obj
def serve_command(config: Config, db: str | None, host: str | None, port: int | None,
                  workers: int) -> None:
    """Serve the REST API and the analyst dashboard over a store.

    Reading is open to whoever can reach the server. Submitting articles
    (POST /api/v1/articles) needs the token from the EVENTWIRE_TOKEN
    environment variable or [serve] token in the config; without one,
    writing is off. API docs: /api-docs (OpenAPI at /openapi.json).
    """
    import uvicorn

    from ..store.db import Store
    from .app import CONFIG_VARIABLE, DB_VARIABLE, create_app

    settings = ServeSettings.from_config(config, host=host, port=port)
    store = Store(db)  # opened (and migrated) here once, whatever the workers
    writing = "on" if settings.token else f"off (set {TOKEN_VARIABLE} to enable)"
    click.echo(f"eventwire dashboard: http://{display_host(settings.host)}:{settings.port}/ "
               f"(database {store.safe_url}; writing {writing})")
    options = {"host": settings.host, "port": settings.port, "log_level": "warning",
               "proxy_headers": False, "server_header": False}
    if workers == 1:
        uvicorn.run(create_app(settings, store, eventwire=lambda: _eventwire(config)), **options)
        return
    store.close()
    os.environ[CONFIG_VARIABLE] = json.dumps(config, default=str)
    os.environ[DB_VARIABLE] = store.url
    uvicorn.run("eventwire.serve.app:app_from_environment", factory=True, workers=workers, **options)


def _eventwire(config: Config):
    from ..core import Eventwire

    return Eventwire(config)


def display_host(host: str) -> str:
    """The host as it goes in a URL (IPv6 in brackets)."""
    return f"[{host}]" if ":" in host else host
