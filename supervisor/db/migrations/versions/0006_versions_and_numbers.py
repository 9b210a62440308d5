"""versions and numbers: a version on steps, site checks and rectification items (edits made
at the same time no longer overwrite each other), and the counters that give out numbers

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 05:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

VERSIONED = ('project_step', 'site_check', 'rectification')


def upgrade() -> None:
    for table in VERSIONED:  # a plain ADD COLUMN: the tables (and their search triggers) stay
        op.add_column(table, sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
    op.create_table('number_counter',
    sa.Column('scope', sa.String(length=100), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('scope', name=op.f('pk_number_counter'))
    )


def downgrade() -> None:
    op.drop_table('number_counter')
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column('version')
