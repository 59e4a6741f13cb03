"""Shared fixtures. Code tests use their own small fact base (tests/data/kb); the curated knowledge/
is tested by its own eval and `check` (tests/test_curated.py), so a curator's edit never breaks a code test."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from bot.knowledge import load_knowledge
from bot.matching import Index, build_index

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
KB = DATA / "kb" / "knowledge"
# Tests never touch the project's own index cache or database.
os.environ["BRIEFBOT_CACHE_DIR"] = tempfile.mkdtemp(prefix="briefbot-cache-")
os.environ["BRIEFBOT_DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='briefbot-db-')}/briefbot.db"


@pytest.fixture(scope="session")
def index() -> Index:
    """The test fact base (a harbour report), indexed."""
    return build_index(load_knowledge(KB))


@pytest.fixture(scope="session")
def curated_index() -> Index:
    """The curated fact base in knowledge/, indexed."""
    return build_index(load_knowledge(ROOT / "knowledge"))


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    """A writable copy of the test fact base and its seeds; returns the knowledge folder."""
    shutil.copytree(KB, tmp_path / "knowledge")
    shutil.copytree(KB.parent / "seeds", tmp_path / "seeds")
    return tmp_path / "knowledge"


@pytest.fixture
def slack(index: Index, monkeypatch: pytest.MonkeyPatch):
    """(fake Web API, the bot's real HTTP server talking to it) on the test fact base, Slack settings cleared."""
    from bot.factbase import FactBase  # noqa: PLC0415
    from bot.testing.slackfake import BotServer, FakeSlack  # noqa: PLC0415

    for name in (
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_APP_TOKEN",
        "SLACK_CLIENT_ID",
        "SLACK_CLIENT_SECRET",
    ):
        monkeypatch.delenv(name, raising=False)
    fake = FakeSlack()
    bot = BotServer(FactBase.of(index), fake)
    yield fake, bot
    bot.close()
    fake.close()


@pytest.fixture
def postgres_url():
    """A fresh PostgreSQL database for one test, dropped afterwards.

    Uses BRIEFBOT_TEST_DATABASE_URL or a server on 127.0.0.1:5432. Without one the test is skipped,
    except under CI (.ci/run sets BRIEFBOT_REQUIRE_SERVERS=1), where a missing server is a failure.
    """
    import uuid  # noqa: PLC0415

    from sqlalchemy import create_engine, text  # noqa: PLC0415
    from sqlalchemy.exc import OperationalError  # noqa: PLC0415

    from bot.store.database import normalize_url  # noqa: PLC0415

    admin_url = normalize_url(os.environ.get("BRIEFBOT_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test"))
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    name = f"briefbot_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as err:
        admin.dispose()
        reason = f"no PostgreSQL server reachable at {admin_url.split('@')[-1]}: {str(err).splitlines()[0]}"
        if os.environ.get("BRIEFBOT_REQUIRE_SERVERS") == "1":
            pytest.fail(f"{reason} (BRIEFBOT_REQUIRE_SERVERS=1: CI must run this test)")
        pytest.skip(reason)
    base = admin_url.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
