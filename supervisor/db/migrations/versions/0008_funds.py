"""funds: a project's funding terms, budget by class and by source, contracts, payments (with
their measured items and split by source), residents' contributions and urgent repairs; amounts
in whole fen; the history's triggers on the new tables

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 19:00:00
"""

from alembic import op
import sqlalchemy as sa

from supervisor.history import triggers

TABLES = ('funding', 'budget_line', 'fund_source', 'contract', 'payment', 'payment_item', 'payment_split',
          'contribution', 'urgent_repair')


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('budget_line',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('work_class', sa.String(length=20), nullable=False),
    sa.Column('item', sa.String(length=200), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_budget_line_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_line')),
    sa.UniqueConstraint('uuid', name=op.f('uq_budget_line_uuid'))
    )
    with op.batch_alter_table('budget_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_budget_line_project_id'), ['project_id'], unique=False)

    op.create_table('contract',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('number', sa.String(length=50), nullable=False),
    sa.Column('party', sa.String(length=200), nullable=False),
    sa.Column('price', sa.BigInteger(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('retention_due_on', sa.Date(), nullable=True),
    sa.Column('retention_released_on', sa.Date(), nullable=True),
    sa.Column('retention_released_by', sa.String(length=100), nullable=False),
    sa.Column('retention_voucher', sa.String(length=50), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_contract_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract')),
    sa.UniqueConstraint('uuid', name=op.f('uq_contract_uuid'))
    )
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_project_id'), ['project_id'], unique=False)

    op.create_table('fund_source',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_fund_source_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fund_source')),
    sa.UniqueConstraint('project_id', 'name', name=op.f('uq_fund_source_project_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_fund_source_uuid'))
    )
    with op.batch_alter_table('fund_source', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fund_source_project_id'), ['project_id'], unique=False)

    op.create_table('funding',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('payment_rule', sa.String(length=30), nullable=False),
    sa.Column('retention_percent', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('final_account_months', sa.Integer(), nullable=False),
    sa.Column('settlement_months', sa.Integer(), nullable=False),
    sa.Column('final_account_submitted_on', sa.Date(), nullable=True),
    sa.Column('final_account_audited_on', sa.Date(), nullable=True),
    sa.Column('final_account_amount', sa.BigInteger(), nullable=True),
    sa.Column('settlement_done_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_funding_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funding')),
    sa.UniqueConstraint('project_id', name=op.f('uq_funding_project_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_funding_uuid'))
    )
    op.create_table('urgent_repair',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('compound_id', sa.Integer(), nullable=True),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('repaired_on', sa.Date(), nullable=True),
    sa.Column('cost', sa.BigInteger(), nullable=False),
    sa.Column('owners_share', sa.BigInteger(), nullable=False),
    sa.Column('government_share', sa.BigInteger(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('voucher', sa.String(length=50), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['compound_id'], ['compound.id'], name=op.f('fk_urgent_repair_compound_id_compound'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_urgent_repair_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_urgent_repair')),
    sa.UniqueConstraint('project_id', 'number', name=op.f('uq_urgent_repair_project_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_urgent_repair_uuid'))
    )
    with op.batch_alter_table('urgent_repair', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_urgent_repair_project_id'), ['project_id'], unique=False)

    op.create_table('payment',
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('period', sa.String(length=100), nullable=False),
    sa.Column('milestone', sa.String(length=30), nullable=False),
    sa.Column('step_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('completed_value', sa.BigInteger(), nullable=True),
    sa.Column('applied_amount', sa.BigInteger(), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('applicant', sa.String(length=100), nullable=False),
    sa.Column('entered_by', sa.String(length=100), nullable=False),
    sa.Column('certified_amount', sa.BigInteger(), nullable=True),
    sa.Column('certified_on', sa.Date(), nullable=True),
    sa.Column('certified_by', sa.String(length=100), nullable=False),
    sa.Column('certificate_opinion', sa.Text(), nullable=False),
    sa.Column('audited_amount', sa.BigInteger(), nullable=True),
    sa.Column('audited_on', sa.Date(), nullable=True),
    sa.Column('audited_by', sa.String(length=100), nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('approved_by', sa.String(length=100), nullable=False),
    sa.Column('disbursed_on', sa.Date(), nullable=True),
    sa.Column('disbursed_by', sa.String(length=100), nullable=False),
    sa.Column('voucher', sa.String(length=50), nullable=False),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('published_by', sa.String(length=100), nullable=False),
    sa.Column('rejected_on', sa.Date(), nullable=True),
    sa.Column('rejected_by', sa.String(length=100), nullable=False),
    sa.Column('rejection_reason', sa.Text(), nullable=False),
    sa.Column('signed_off_by', sa.String(length=100), nullable=False),
    sa.Column('signed_off_on', sa.Date(), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('override_gates', sa.Text(), nullable=False),
    sa.Column('override_by', sa.String(length=100), nullable=False),
    sa.Column('override_at', sa.DateTime(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_payment_contract_id_contract'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_payment_project_id_project'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['step_id'], ['project_step.id'], name=op.f('fk_payment_step_id_project_step'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment')),
    sa.UniqueConstraint('project_id', 'number', name=op.f('uq_payment_project_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_payment_uuid'))
    )
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_status'), ['status'], unique=False)

    op.create_table('payment_item',
    sa.Column('payment_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=200), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('quantity', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('accepted_quantity', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('acceptance_item_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['acceptance_item_id'], ['acceptance_item.id'], name=op.f('fk_payment_item_acceptance_item_id_acceptance_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['payment_id'], ['payment.id'], name=op.f('fk_payment_item_payment_id_payment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_item')),
    sa.UniqueConstraint('uuid', name=op.f('uq_payment_item_uuid'))
    )
    with op.batch_alter_table('payment_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_item_payment_id'), ['payment_id'], unique=False)

    op.create_table('payment_split',
    sa.Column('payment_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['payment_id'], ['payment.id'], name=op.f('fk_payment_split_payment_id_payment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['fund_source.id'], name=op.f('fk_payment_split_source_id_fund_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_split')),
    sa.UniqueConstraint('payment_id', 'source_id', name=op.f('uq_payment_split_payment_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_payment_split_uuid'))
    )
    with op.batch_alter_table('payment_split', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_split_payment_id'), ['payment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_split_source_id'), ['source_id'], unique=False)

    op.create_table('contribution',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('due', sa.BigInteger(), nullable=False),
    sa.Column('paid', sa.BigInteger(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('receipt', sa.String(length=50), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_contribution_household_id_household'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_contribution_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contribution')),
    sa.UniqueConstraint('project_id', 'household_id', name=op.f('uq_contribution_project_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_contribution_uuid'))
    )
    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contribution_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contribution_project_id'), ['project_id'], unique=False)

    triggers.install(op.get_bind())  # the new tables are recorded like every other


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == 'postgresql':  # a table's triggers go with it; their functions stay
        for table in TABLES:
            op.execute(f'DROP FUNCTION IF EXISTS {triggers.PREFIX}_{table}() CASCADE')
    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contribution_project_id'))
        batch_op.drop_index(batch_op.f('ix_contribution_household_id'))

    op.drop_table('contribution')
    with op.batch_alter_table('payment_split', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_split_source_id'))
        batch_op.drop_index(batch_op.f('ix_payment_split_payment_id'))

    op.drop_table('payment_split')
    with op.batch_alter_table('payment_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_item_payment_id'))

    op.drop_table('payment_item')
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_status'))
        batch_op.drop_index(batch_op.f('ix_payment_project_id'))
        batch_op.drop_index(batch_op.f('ix_payment_contract_id'))

    op.drop_table('payment')
    with op.batch_alter_table('urgent_repair', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_urgent_repair_project_id'))

    op.drop_table('urgent_repair')
    op.drop_table('funding')
    with op.batch_alter_table('fund_source', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fund_source_project_id'))

    op.drop_table('fund_source')
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_project_id'))

    op.drop_table('contract')
    with op.batch_alter_table('budget_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_budget_line_project_id'))

    op.drop_table('budget_line')
