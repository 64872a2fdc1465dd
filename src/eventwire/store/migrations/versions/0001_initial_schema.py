"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 19:25:09.896088
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('merged_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('acled_event_type', sa.String(length=64), nullable=True),
    sa.Column('date_start', sa.String(length=10), nullable=True),
    sa.Column('date_end', sa.String(length=10), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('admin1', sa.String(length=255), nullable=True),
    sa.Column('location', sa.String(length=255), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('geo_precision', sa.Integer(), nullable=True),
    sa.Column('actors', sa.Text(), nullable=False),
    sa.Column('sectors', sa.Text(), nullable=False),
    sa.Column('named', sa.Text(), nullable=False),
    sa.Column('outlets', sa.Text(), nullable=False),
    sa.Column('report_count', sa.Integer(), nullable=False),
    sa.Column('article_count', sa.Integer(), nullable=False),
    sa.Column('first_reported', sa.String(length=10), nullable=True),
    sa.Column('last_reported', sa.String(length=10), nullable=True),
    sa.Column('fatalities', sa.Integer(), nullable=False),
    sa.Column('fatalities_max', sa.Integer(), nullable=False),
    sa.Column('anchor_event_id', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('merged_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merged_events_admin1'), ['admin1'], unique=False)
        batch_op.create_index(batch_op.f('ix_merged_events_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_merged_events_date_start'), ['date_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_merged_events_type'), ['type'], unique=False)

    op.create_table('runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.String(length=32), nullable=False),
    sa.Column('finished_at', sa.String(length=32), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('inputs', sa.Text(), nullable=False),
    sa.Column('stages', sa.Text(), nullable=False),
    sa.Column('added', sa.Integer(), nullable=False),
    sa.Column('skipped', sa.Integer(), nullable=False),
    sa.Column('failed', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('article_id', sa.String(length=255), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('source', sa.String(length=255), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('published', sa.String(length=10), nullable=True),
    sa.Column('lang', sa.String(length=16), nullable=True),
    sa.Column('input', sa.Text(), nullable=True),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('ingested_at', sa.String(length=32), nullable=False),
    sa.Column('event_count', sa.Integer(), nullable=False),
    sa.Column('extraction', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('content_hash')
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_published'), ['published'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_source'), ['source'], unique=False)

    op.create_table('failures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=512), nullable=False),
    sa.Column('input', sa.Text(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('article', sa.Text(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('failed_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    with op.batch_alter_table('failures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_failures_code'), ['code'], unique=False)

    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.String(length=255), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('mode', sa.String(length=64), nullable=True),
    sa.Column('acled_event_type', sa.String(length=64), nullable=True),
    sa.Column('acled_sub_event_type', sa.String(length=128), nullable=True),
    sa.Column('cameo_root', sa.String(length=4), nullable=True),
    sa.Column('quad_class', sa.Integer(), nullable=True),
    sa.Column('date_start', sa.String(length=10), nullable=True),
    sa.Column('date_end', sa.String(length=10), nullable=True),
    sa.Column('date_value', sa.String(length=16), nullable=True),
    sa.Column('date_precision', sa.String(length=8), nullable=True),
    sa.Column('published', sa.String(length=10), nullable=True),
    sa.Column('source', sa.String(length=255), nullable=True),
    sa.Column('location', sa.String(length=255), nullable=True),
    sa.Column('geonameid', sa.Integer(), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('admin1', sa.String(length=255), nullable=True),
    sa.Column('admin2', sa.String(length=255), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('geo_precision', sa.Integer(), nullable=True),
    sa.Column('fatalities', sa.Integer(), nullable=False),
    sa.Column('injured', sa.Integer(), nullable=True),
    sa.Column('arrested', sa.Integer(), nullable=True),
    sa.Column('negated', sa.Boolean(), nullable=False),
    sa.Column('hypothetical', sa.Boolean(), nullable=False),
    sa.Column('future', sa.Boolean(), nullable=False),
    sa.Column('historical', sa.Boolean(), nullable=False),
    sa.Column('attempted', sa.Boolean(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('trigger', sa.String(length=255), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('speaker', sa.String(length=255), nullable=True),
    sa.Column('merged_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['merged_id'], ['merged_events.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_acled_event_type'), ['acled_event_type'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_admin1'), ['admin1'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_article_pk'), ['article_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_date_start'), ['date_start'], unique=False)
        batch_op.create_index('ix_events_lat_lon', ['lat', 'lon'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_merged_id'), ['merged_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_type'), ['type'], unique=False)

    op.create_table('places',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=True),
    sa.Column('geonameid', sa.Integer(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('admin1', sa.String(length=255), nullable=True),
    sa.Column('admin2', sa.String(length=255), nullable=True),
    sa.Column('feature', sa.String(length=16), nullable=True),
    sa.Column('precision', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_places_article_pk'), ['article_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_places_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_places_name'), ['name'], unique=False)

    op.create_table('quotes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('speaker', sa.String(length=255), nullable=True),
    sa.Column('speaker_text', sa.Text(), nullable=True),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('cue', sa.String(length=255), nullable=True),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('direct', sa.Boolean(), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quotes_article_pk'), ['article_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_speaker'), ['speaker'], unique=False)

    op.create_table('event_actors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_pk', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=8), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('sector', sa.String(length=16), nullable=True),
    sa.Column('acled_inter', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['event_pk'], ['events.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('event_actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_actors_event_pk'), ['event_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_actors_name'), ['name'], unique=False)

    op.create_table('reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('merged_id', sa.Integer(), nullable=False),
    sa.Column('event_pk', sa.Integer(), nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_pk'], ['events.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['merged_id'], ['merged_events.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('event_pk')
    )
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reports_article_pk'), ['article_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_reports_merged_id'), ['merged_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reports_merged_id'))
        batch_op.drop_index(batch_op.f('ix_reports_article_pk'))

    op.drop_table('reports')
    with op.batch_alter_table('event_actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_actors_name'))
        batch_op.drop_index(batch_op.f('ix_event_actors_event_pk'))

    op.drop_table('event_actors')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quotes_speaker'))
        batch_op.drop_index(batch_op.f('ix_quotes_article_pk'))

    op.drop_table('quotes')
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_places_name'))
        batch_op.drop_index(batch_op.f('ix_places_country'))
        batch_op.drop_index(batch_op.f('ix_places_article_pk'))

    op.drop_table('places')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_type'))
        batch_op.drop_index(batch_op.f('ix_events_merged_id'))
        batch_op.drop_index('ix_events_lat_lon')
        batch_op.drop_index(batch_op.f('ix_events_date_start'))
        batch_op.drop_index(batch_op.f('ix_events_country'))
        batch_op.drop_index(batch_op.f('ix_events_article_pk'))
        batch_op.drop_index(batch_op.f('ix_events_admin1'))
        batch_op.drop_index(batch_op.f('ix_events_acled_event_type'))

    op.drop_table('events')
    with op.batch_alter_table('failures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_failures_code'))

    op.drop_table('failures')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_source'))
        batch_op.drop_index(batch_op.f('ix_articles_published'))
        batch_op.drop_index(batch_op.f('ix_articles_article_id'))

    op.drop_table('articles')
    op.drop_table('runs')
    with op.batch_alter_table('merged_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merged_events_type'))
        batch_op.drop_index(batch_op.f('ix_merged_events_date_start'))
        batch_op.drop_index(batch_op.f('ix_merged_events_country'))
        batch_op.drop_index(batch_op.f('ix_merged_events_admin1'))

    op.drop_table('merged_events')
