"""The journal of Slack work, questions and feedback.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "slack_work",
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("state", sa.String(8), nullable=False),
        sa.Column("received_at", sa.Float, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", sa.Float, nullable=False),
        sa.Column("lease_until", sa.Float, nullable=False),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column("finished_at", sa.Float),
        sa.Column("error", sa.Text),
    )
    op.create_index("ix_slack_work_due", "slack_work", ["state", "next_attempt_at"])
    op.create_table(
        "questions",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("asked_at", sa.Float, nullable=False),
        sa.Column("surface", sa.String(16), nullable=False),
        sa.Column("channel", sa.String(64)),
        sa.Column("user", sa.String(128)),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(16), nullable=False),
        sa.Column("fact_id", sa.String(255)),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("suggestions", sa.Text, nullable=False),
        sa.Column("version", sa.String(64)),
    )
    op.create_index("ix_questions_asked_at", "questions", ["asked_at"])
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("question_id", sa.String(32)),
        sa.Column("at", sa.Float, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("fact_id", sa.String(255)),
        sa.Column("reason", sa.Text),
        sa.Column("user", sa.String(128)),
        sa.Column("channel", sa.String(64)),
    )
    op.create_index("ix_feedback_question_id", "feedback", ["question_id"])
    op.create_index("ix_feedback_at", "feedback", ["at"])
    op.create_table(
        "store_meta", sa.Column("key", sa.String(64), primary_key=True), sa.Column("value", sa.Text, nullable=False)
    )


def downgrade() -> None:
    op.drop_table("store_meta")
    op.drop_table("feedback")
    op.drop_table("questions")
    op.drop_table("slack_work")
