"""Settings, read from the environment in one place and handed to everything else."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PORT = 3000
DEFAULT_API_RETRIES = 3

_HOW_TO_GET = {
    "SLACK_BOT_TOKEN": "the Bot User OAuth Token (xoxb-…): your app's page at api.slack.com/apps → "
    "OAuth & Permissions, after installing the app to your workspace",
    "SLACK_SIGNING_SECRET": "Basic Information → App Credentials → Signing Secret",
    "SLACK_APP_TOKEN": "an app-level token (xapp-…) with the connections:write scope: Basic Information → "
    "App-Level Tokens (only for Socket Mode)",
}


class ConfigError(Exception):
    """Settings are missing or malformed; the message names every variable and how to fix it."""


@dataclass(frozen=True)
class Settings:
    knowledge_dir: Path
    cache_dir: Path | None = None  # None: no index cache
    bot_token: str = field(default="", repr=False)  # tokens never appear in logs or reprs
    signing_secret: str = field(default="", repr=False)
    app_token: str = field(default="", repr=False)
    port: int = DEFAULT_PORT
    api_url: str = ""  # empty: Slack's public Web API
    api_retries: int = DEFAULT_API_RETRIES  # per Web API call, on rate limits, server errors, refused connections
    database_url: str = field(default=f"sqlite:///{Path('.data') / 'briefbot.db'}", repr=False)  # may hold a password
    store_questions: bool = True  # keep every question and feedback for the curators
    store_users: str = "hash"  # hash, plain or off: how user ids are kept with questions
    retention_days: int = 0  # 0: keep questions until forgotten; else delete them after this many days
    curators_channel: str = ""  # where reload problems, changed answers and the weekly report go
    curators: tuple[str, ...] = ()  # user ids who see the curator view of the App Home

    @property
    def socket_mode(self) -> bool:
        return bool(self.app_token)

    @property
    def has_slack(self) -> bool:
        return bool(self.bot_token or self.app_token)


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Read every setting without judging it; `check_slack` says whether Slack can be reached."""
    env = os.environ if environ is None else environ
    knowledge = env.get("BRIEFBOT_KNOWLEDGE", "").strip()
    port_text = env.get("PORT", "").strip()
    cache = env.get("BRIEFBOT_CACHE_DIR", "").strip()
    retries = env.get("BRIEFBOT_API_RETRIES", "").strip()
    database = env.get("BRIEFBOT_DATABASE_URL", "").strip()
    retention = env.get("BRIEFBOT_RETENTION_DAYS", "").strip()
    return Settings(
        knowledge_dir=Path(knowledge) if knowledge else default_knowledge_dir(),
        cache_dir=None if cache == "off" else Path(cache) if cache else PROJECT_ROOT / ".cache",
        bot_token=env.get("SLACK_BOT_TOKEN", "").strip(),
        signing_secret=env.get("SLACK_SIGNING_SECRET", "").strip(),
        app_token=env.get("SLACK_APP_TOKEN", "").strip(),
        port=int(port_text) if port_text.isdigit() else (-1 if port_text else DEFAULT_PORT),
        api_url=env.get("SLACK_API_URL", "").strip(),
        api_retries=int(retries) if retries.isdigit() else DEFAULT_API_RETRIES,
        database_url=database or Settings.database_url,
        store_questions=env.get("BRIEFBOT_STORE", "").strip().lower() != "off",
        store_users=env.get("BRIEFBOT_STORE_USERS", "").strip().lower() or "hash",
        retention_days=int(retention) if retention.isdigit() else (-1 if retention else 0),
        curators_channel=env.get("BRIEFBOT_CURATORS_CHANNEL", "").strip(),
        curators=tuple(u for u in re.split(r"[\s,]+", env.get("BRIEFBOT_CURATORS", "")) if u),
    )


def check_store(settings: Settings) -> list[str]:
    """Problems with the question store's settings, one line each."""
    problems = []
    if settings.store_users not in ("hash", "plain", "off"):
        problems.append("- BRIEFBOT_STORE_USERS must be hash, plain or off")
    if settings.retention_days < 0:
        problems.append("- BRIEFBOT_RETENTION_DAYS must be a whole number of days (0 keeps questions)")
    return problems


def default_knowledge_dir() -> Path:
    """./knowledge when the current folder has one, else the project's own."""
    here = Path("knowledge")
    return here if (here / "documents.yaml").is_file() else PROJECT_ROOT / "knowledge"


def check_slack(settings: Settings) -> None:
    """Raise ConfigError naming every missing or malformed Slack setting."""
    required = ["SLACK_BOT_TOKEN"] + (["SLACK_APP_TOKEN"] if settings.socket_mode else ["SLACK_SIGNING_SECRET"])
    values = {
        "SLACK_BOT_TOKEN": settings.bot_token,
        "SLACK_SIGNING_SECRET": settings.signing_secret,
        "SLACK_APP_TOKEN": settings.app_token,
    }
    problems = [f"- {name} is not set: {_HOW_TO_GET[name]}" for name in required if not values[name]]
    if settings.bot_token and not settings.bot_token.startswith("xoxb-"):
        problems.append("- SLACK_BOT_TOKEN should start with xoxb- (a bot token, not a user or app token)")
    if settings.app_token and not settings.app_token.startswith("xapp-"):
        problems.append("- SLACK_APP_TOKEN should start with xapp- (an app-level token)")
    if not settings.socket_mode and not 0 < settings.port < 65536:
        problems.append("- PORT must be a port number between 1 and 65535")
    if settings.api_url and not _is_http_url(settings.api_url):
        problems.append("- SLACK_API_URL must be an http(s) URL such as https://slack.com/api/")
    problems += check_store(settings)
    if problems:
        mode = "Socket Mode" if settings.socket_mode else "HTTP mode"
        raise ConfigError(f"Cannot start the Slack bot ({mode}):\n" + "\n".join(problems))


def check_slack_token(settings: Settings) -> None:
    """Raise ConfigError unless a bot token is set (for posting without serving)."""
    if not settings.bot_token:
        raise ConfigError(f"Cannot post to Slack:\n- SLACK_BOT_TOKEN is not set: {_HOW_TO_GET['SLACK_BOT_TOKEN']}")


def _is_http_url(value: str) -> bool:
    parsed = urlparse(value)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc) and not re.search(r"\s", value)
