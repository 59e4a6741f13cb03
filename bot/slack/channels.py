"""Where the bot listens beyond its mentions: channels that opt in through knowledge/channels.yaml."""

from __future__ import annotations

from typing import Any

from bot.knowledge import Answering, KnowledgeBase


def listens_in(event: dict[str, Any], knowledge: KnowledgeBase) -> bool:
    """Whether a plain channel message is for the bot: an opted-in channel, and a question or a thread reply."""
    rule = knowledge.channels.get(str(event.get("channel")))
    if rule is None or rule.answering is not Answering.QUESTIONS:
        return False
    text = str(event.get("text") or "").strip()
    in_thread = bool(event.get("thread_ts")) and event.get("thread_ts") != event.get("ts")
    return text.endswith("?") or in_thread
