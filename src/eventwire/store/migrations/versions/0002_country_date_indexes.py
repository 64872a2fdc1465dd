"""country + date indexes for dedup candidates and country pages

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 19:45:00
"""

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_merged_events_country_date', 'merged_events', ['country', 'date_start'])
    op.create_index('ix_events_country_date', 'events', ['country', 'date_start'])


def downgrade() -> None:
    op.drop_index('ix_events_country_date', table_name='events')
    op.drop_index('ix_merged_events_country_date', table_name='merged_events')
