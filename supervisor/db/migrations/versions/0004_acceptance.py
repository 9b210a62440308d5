"""acceptance: the completion acceptance record (竣工逐项验收记录) and its items

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 10:15:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('acceptance',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('contract_price', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('accepted_on', sa.Date(), nullable=True),
    sa.Column('sub_works_total', sa.Integer(), nullable=True),
    sa.Column('sub_works_passed', sa.Integer(), nullable=True),
    sa.Column('quality_documents', sa.Text(), nullable=False),
    sa.Column('safety_function', sa.Text(), nullable=False),
    sa.Column('appearance', sa.Text(), nullable=False),
    sa.Column('conclusion', sa.Text(), nullable=False),
    sa.Column('supervision_opinion', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_acceptance_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acceptance')),
    sa.UniqueConstraint('project_id', name=op.f('uq_acceptance_project_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_acceptance_uuid'))
    )

    op.create_table('acceptance_item',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('compound_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=100), nullable=False),
    sa.Column('item', sa.String(length=200), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('designed_quantity', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('completed_quantity', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('method', sa.String(length=100), nullable=False),
    sa.Column('result', sa.String(length=10), nullable=True),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['compound_id'], ['compound.id'], name=op.f('fk_acceptance_item_compound_id_compound'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_acceptance_item_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acceptance_item')),
    sa.UniqueConstraint('uuid', name=op.f('uq_acceptance_item_uuid'))
    )
    with op.batch_alter_table('acceptance_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_acceptance_item_compound_id'), ['compound_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_acceptance_item_project_id'), ['project_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('acceptance_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_acceptance_item_project_id'))
        batch_op.drop_index(batch_op.f('ix_acceptance_item_compound_id'))

    op.drop_table('acceptance_item')
    op.drop_table('acceptance')
