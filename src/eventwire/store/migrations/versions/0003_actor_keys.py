"""actor keys for fast actor filters; type+date and place indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 20:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('event_actors') as batch:
        batch.add_column(sa.Column('key', sa.String(length=255), nullable=True))
    # Fill the key for rows written before: the name, else the text, in lower case.
    op.execute("UPDATE event_actors SET key = lower(substr(coalesce(name, text), 1, 255))")
    op.create_index('ix_event_actors_key_event', 'event_actors', ['key', 'event_pk'])
    op.create_index('ix_events_type_date', 'events', ['type', 'date_start'])
    op.create_index('ix_events_place', 'events', ['location', 'country', 'admin1'])


def downgrade() -> None:
    op.drop_index('ix_events_place', table_name='events')
    op.drop_index('ix_events_type_date', table_name='events')
    op.drop_index('ix_event_actors_key_event', table_name='event_actors')
    with op.batch_alter_table('event_actors') as batch:
        batch.drop_column('key')
