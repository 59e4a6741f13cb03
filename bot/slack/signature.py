"""Slack's request signing: v0 HMAC-SHA256 over "v0:{timestamp}:{body}", checked before anything else runs."""

from __future__ import annotations

import hashlib
import hmac
import time

MAX_AGE = 300  # seconds: Slack's replay window; older or future-dated requests are refused
_DIGITS = frozenset("0123456789")


def sign(secret: str, timestamp: str, body: str | bytes) -> str:
    """Slack's v0 signature of a body sent at `timestamp`."""
    raw = body.encode() if isinstance(body, str) else body
    base = b"v0:" + timestamp.encode() + b":" + raw
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def verify(secret: str, timestamp: str | None, signature: str | None, body: bytes, now: float | None = None) -> bool:
    """True only for a fresh request signed with `secret`. Never raises, whatever the headers hold:
    a timestamp must be plain digits ("1e9", "1.5", "", "abc" are refused, not errors)."""
    if not secret or not timestamp or not signature or len(timestamp) > 12 or not set(timestamp) <= _DIGITS:
        return False
    clock = time.time() if now is None else now
    if abs(clock - int(timestamp)) > MAX_AGE:
        return False
    if not signature.isascii():
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), signature)
