"""`eventwire serve`: run the API and dashboard under uvicorn."""

from __future__ import annotations

import click

from ..config import Config
from .settings import TOKEN_VARIABLE, ServeSettings


@click.command("serve")
@click.option("--db", "db", help="Database: an SQLite file path or a postgresql:// URL "
              "(default: eventwire.db here).")
@click.option("--host", help="Interface to bind (default 127.0.0.1, this machine only; "
              "0.0.0.0 exposes the server to the network).")
@click.option("--port", type=click.IntRange(1, 65535), help="TCP port (default 8000).")
@click.pass_obj
def serve_command(config: Config, db: str | None, host: str | None, port: int | None) -> None:
    """Serve the REST API and the analyst dashboard over a store.

    Reading is open to whoever can reach the server. Submitting articles
    (POST /api/v1/articles) needs the token from the EVENTWIRE_TOKEN
    environment variable or [serve] token in the config; without one,
    writing is off. API docs: /api-docs (OpenAPI at /openapi.json).
    """
    import uvicorn

    from ..store.db import Store
    from .app import create_app

    settings = ServeSettings.from_config(config, host=host, port=port)
    store = Store(db)
    app = create_app(settings, store, eventwire=lambda: _eventwire(config))
    writing = "on" if settings.token else f"off (set {TOKEN_VARIABLE} to enable)"
    click.echo(f"eventwire dashboard: http://{display_host(settings.host)}:{settings.port}/ "
               f"(database {store.safe_url}; writing {writing})")
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning",
                proxy_headers=False, server_header=False)


def _eventwire(config: Config):
    from ..core import Eventwire

    return Eventwire(config)


def display_host(host: str) -> str:
    """The host as it goes in a URL (IPv6 in brackets)."""
    return f"[{host}]" if ":" in host else host
