"""Run the Slack app: Socket Mode, or HTTP on a production WSGI server (waitress)."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.error import BoltError
from slack_sdk.errors import SlackApiError, SlackRequestError

from bot.config import ConfigError, Settings, check_slack
from bot.factbase import FactBase
from bot.slack.app import SLACK_API, create_app

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
THREADS = 16  # waitress worker threads; listeners run on Bolt's own pool after the ack

log = logging.getLogger("briefbot")
StartResponse = Callable[..., Any]


def wsgi_app(app: App, factbase: FactBase) -> Callable[[dict[str, Any], StartResponse], Iterable[bytes]]:
    """The WSGI application: Slack's endpoint plus a health check that needs no signature."""
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            health = json.dumps({"ok": True, **factbase.status()}).encode()
            start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(health)))])
            return [health]
        try:
            return slack(environ, start_response)
        except ValueError:
            # Bolt parses the body before checking the signature; a body that is not what its
            # Content-Type says is a bad request, not a server error.
            log.warning("rejected a request whose body could not be parsed")
            start_response("400 Bad Request", [("Content-Type", "application/json")])
            return [b'{"error": "invalid request body"}']

    return application


def build(settings: Settings, factbase: FactBase) -> App:
    """Check settings and build the Bolt app; ConfigError (naming what to fix) on any problem."""
    check_slack(settings)
    try:
        return create_app(settings, factbase)
    except (BoltError, SlackApiError, SlackRequestError) as err:
        hint = "Check SLACK_BOT_TOKEN (and SLACK_API_URL)."
        raise ConfigError(f"Slack refused to start the bot: {err}. {hint}") from None
    except OSError as err:  # urllib's URLError included: the Web API could not be reached
        where = settings.api_url or SLACK_API
        raise ConfigError(
            f"Could not reach the Slack Web API at {where}: {err}. Check the network and SLACK_API_URL."
        ) from None


def serve(settings: Settings, factbase: FactBase) -> int:
    """Block serving Slack until interrupted."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s", stream=sys.stderr)
    app = build(settings, factbase)
    facts = len(factbase.knowledge.facts)
    if settings.socket_mode:
        from slack_bolt.adapter.socket_mode import SocketModeHandler  # noqa: PLC0415 - only this mode needs it

        log.info("ready: Socket Mode, %d facts", facts)
        SocketModeHandler(app, settings.app_token).start()  # type: ignore[no-untyped-call]
        return 0
    import waitress  # noqa: PLC0415 - only HTTP mode needs it

    log.info("ready: HTTP mode on port %d, events at %s, health at %s", settings.port, EVENTS_PATH, HEALTH_PATH)
    waitress.serve(wsgi_app(app, factbase), host="0.0.0.0", port=settings.port, threads=THREADS, ident="briefbot")
    return 0
