"""The database: a journal of Slack work (nothing acknowledged is lost) and the question and feedback store.

SQLite by default (`./.data/briefbot.db`, nothing to set up); PostgreSQL (psycopg 3) when
BRIEFBOT_DATABASE_URL says so, for several bot processes sharing one database. The schema is
migrated with Alembic when the bot starts.
"""
