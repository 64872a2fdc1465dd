"""index for date-range filters (added for the web API)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 20:20:00

Added by `eventwire serve` (issue 10). A date filter is `date_end >= since
AND date_start <= until`; with (date_start, date_end) SQLite answers both
from the index alone instead of reading every event before `until`: the
count behind a dashboard page with a date range fell from ~120 ms to a few
ms on 100,000 events (docs/performance.md).
"""

from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_events_dates', 'events', ['date_start', 'date_end'])


def downgrade() -> None:
    op.drop_index('ix_events_dates', table_name='events')
