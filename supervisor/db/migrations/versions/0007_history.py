"""history: a hash-chained entry for every change of every record, the last recorded state of
each record, the marks the triggers leave and the chain's head; the triggers; and a first entry
("baseline") for every record already stored

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 07:00:00
"""

from alembic import op
import sqlalchemy as sa

from supervisor.history import recorder, triggers
from supervisor.history.canonical import GENESIS


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('history',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('person', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=50), nullable=False),
    sa.Column('row_key', sa.String(length=100), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('operation', sa.String(length=50), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.Column('state_hash', sa.String(length=64), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_history'))
    )
    with op.batch_alter_table('history') as batch:
        batch.create_index('ix_history_record', ['kind', 'row_key', 'id'], unique=False)
        batch.create_index(batch.f('ix_history_at'), ['at'], unique=False)
        batch.create_index(batch.f('ix_history_label'), ['label'], unique=False)
        batch.create_index(batch.f('ix_history_person'), ['person'], unique=False)
        batch.create_index(batch.f('ix_history_project_id'), ['project_id'], unique=False)
        batch.create_index(batch.f('ix_history_uuid'), ['uuid'], unique=False)
    op.create_table('history_state',
    sa.Column('kind', sa.String(length=50), nullable=False),
    sa.Column('row_key', sa.String(length=100), nullable=False),
    sa.Column('state', sa.Text(), nullable=False),
    sa.Column('state_hash', sa.String(length=64), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'row_key', name=op.f('pk_history_state'))
    )
    op.create_table('history_pending',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=50), nullable=False),
    sa.Column('row_key', sa.String(length=100), nullable=False),
    sa.Column('txn', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_history_pending'))
    )
    head = op.create_table('history_head',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_id', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_history_head'))
    )
    op.bulk_insert(head, [{'id': 1, 'last_id': 0, 'last_hash': GENESIS}])
    connection = op.get_bind()
    triggers.install(connection)
    recorder.baseline(connection, 'Supervisor')


def downgrade() -> None:
    connection = op.get_bind()
    triggers.remove(connection)
    for table in ('history_head', 'history_pending', 'history_state', 'history'):
        op.drop_table(table)
