"""Posts the bot makes on its own, not in answer to anyone: the curator report, reload notices."""

from __future__ import annotations

import logging

from slack_sdk.errors import SlackApiError

from bot.config import Settings, check_slack_token
from bot.report import CuratorReport
from bot.slack import blocks
from bot.slack.app import web_client

log = logging.getLogger("briefbot")


def post_report(settings: Settings, channel: str, report: CuratorReport) -> None:
    """Post the curator report as a Block Kit digest (raises ConfigError without a token)."""
    check_slack_token(settings)
    web_client(settings).chat_postMessage(channel=channel, **blocks.report_message(report), unfurl_links=False)


def post_to_curators(settings: Settings, text: str) -> None:
    """A notice to the curators' channel, if one is set; a failure is logged, never raised."""
    if not settings.curators_channel or not settings.bot_token:
        return
    try:
        message = blocks.notice_message(text)
        web_client(settings).chat_postMessage(channel=settings.curators_channel, **message, unfurl_links=False)
    except (SlackApiError, OSError) as err:
        log.warning("could not post to the curators' channel: %s", err)
