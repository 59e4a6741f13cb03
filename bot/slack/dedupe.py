"""Remember what was already handled, for a while: Slack redelivers events it thinks were lost."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

# Slack's last retry comes about 5 minutes after the first delivery; keep keys twice as long.
DEFAULT_TTL = 600.0


class SeenKeys:
    """A thread-safe set whose keys expire; `first(key)` is True only the first time within the TTL.

    Keys leave by age only, never by count: evicting the oldest under load would let a retry
    inside its window through. Memory is bounded by the event rate times the TTL.
    One process only: several instances need a shared store.
    """

    def __init__(self, ttl: float = DEFAULT_TTL, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl, self.clock = ttl, clock
        self._keys: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first(self, key: str) -> bool:
        now = self.clock()
        with self._lock:
            while self._keys and next(iter(self._keys.values())) <= now:
                self._keys.popitem(last=False)
            if key in self._keys:
                return False
            self._keys[key] = now + self.ttl
            return True
