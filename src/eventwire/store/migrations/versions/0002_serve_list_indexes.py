"""indexes for the web API's filtered, date-ordered event lists

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 19:45:00

Added by `eventwire serve` (issue 10). The dashboard and API list events
by filter, latest date first, a page at a time: with (type, date_start) and
(country, date_start) SQLite walks the index in order and stops after one
page instead of sorting every match; (date_start, date_end) answers date
range counts from the index alone. Measured in docs/performance.md.
"""

from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_type_date', ['type', 'date_start'], unique=False)
        batch_op.create_index('ix_events_country_date', ['country', 'date_start'], unique=False)
        batch_op.create_index('ix_events_dates', ['date_start', 'date_end'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_dates')
        batch_op.drop_index('ix_events_country_date')
        batch_op.drop_index('ix_events_type_date')
