"""The tables, as SQLAlchemy Core. Changes go through a new migration in migrations/versions/."""

from __future__ import annotations

from sqlalchemy import Column, Float, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

# Every verified Slack event, command and action, recorded before it is acknowledged and marked
# done once Slack has accepted the reply. `key` is unique: a second delivery finds it and is dropped.
work = Table(
    "slack_work",
    metadata,
    Column("key", String(255), primary_key=True),
    Column("kind", String(16), nullable=False),  # event, command, action, seen
    Column("body", Text, nullable=False),  # the verified payload as JSON, to run it again
    Column("state", String(8), nullable=False),  # pending, done, failed
    Column("received_at", Float, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", Float, nullable=False),
    Column("lease_until", Float, nullable=False),  # a process is working on it until then
    Column("owner", String(64), nullable=False),
    Column("finished_at", Float),
    Column("error", Text),
    Index("ix_slack_work_due", "state", "next_attempt_at"),
)

# One row per question asked, from any surface.
questions = Table(
    "questions",
    metadata,
    Column("id", String(32), primary_key=True),  # made by the asker, so feedback can name it at once
    Column("asked_at", Float, nullable=False, index=True),
    Column("surface", String(16), nullable=False),  # mention, dm, ask, cli, shortcut, home
    Column("channel", String(64)),
    Column("user", String(128)),  # hashed, plain or empty, as BRIEFBOT_STORE_USERS says
    Column("question", Text, nullable=False),
    Column("outcome", String(16), nullable=False),
    Column("reason", String(16), nullable=False),
    Column("fact_id", String(255)),
    Column("score", Float, nullable=False),
    Column("suggestions", Text, nullable=False),  # JSON list of fact ids offered
    Column("version", String(64)),  # the fact base that answered
)

# Settings the store keeps for itself, such as the salt user ids are hashed with.
meta = Table("store_meta", metadata, Column("key", String(64), primary_key=True), Column("value", Text, nullable=False))

# Helpful / not helpful presses (with an optional reason) and did-you-mean picks.
feedback = Table(
    "feedback",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("question_id", String(32), index=True),
    Column("at", Float, nullable=False, index=True),
    Column("kind", String(16), nullable=False),  # helpful, unhelpful, picked
    Column("fact_id", String(255)),
    Column("reason", Text),
    Column("user", String(128)),
    Column("channel", String(64)),
)
