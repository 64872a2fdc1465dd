"""Alembic environment: migrations run on the connection `Store.migrate` passes.

Run by hand with a URL instead: `alembic -x url=sqlite:///eventwire.db upgrade head`
from this folder (`script_location` is this folder).
"""

from alembic import context
from sqlalchemy import create_engine

from eventwire.store.schema import metadata


def run() -> None:
    """Upgrade on the given connection, or on a URL from `-x url=...`."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        migrate(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///eventwire.db")
    with create_engine(url).begin() as connection:
        migrate(connection)


def migrate(connection) -> None:
    """Batch mode lets SQLite alter tables (it rebuilds them)."""
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
