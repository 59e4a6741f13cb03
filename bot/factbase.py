"""The fact base the bot is serving right now, and the one place that swaps it for a new one."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bot.knowledge import KnowledgeBase, KnowledgeError
from bot.matching import Index, load_index
from bot.matching.cache import content_key

log = logging.getLogger("briefbot")


@dataclass(frozen=True)
class Loaded:
    """One consistent fact base: its index, a version naming its content, and when it was loaded."""

    index: Index
    version: str
    loaded_at: float  # time.time()


class FactBase:
    """Holds the current fact base. Readers take `current` once per question, so a question in
    flight is answered from one fact base even while `reload()` swaps in the next."""

    def __init__(self, folder: Path, *, cache_dir: Path | None = None) -> None:
        self.folder, self.cache_dir = Path(folder), cache_dir
        self._lock = threading.Lock()  # one reload at a time; readers never wait for it
        self._current = self._load()  # raises KnowledgeError: the bot must not start without one
        self.last_error: str = ""

    @classmethod
    def of(cls, index: Index) -> FactBase:
        """A holder around an index built elsewhere (tests, benchmarks)."""
        holder = cls.__new__(cls)
        holder.folder, holder.cache_dir = index.knowledge.root, None
        holder._lock = threading.Lock()
        holder._current = Loaded(index, content_key(index.knowledge.root) or "unknown", time.time())
        holder.last_error = ""
        return holder

    @property
    def current(self) -> Loaded:
        return self._current

    @property
    def index(self) -> Index:
        return self._current.index

    @property
    def knowledge(self) -> KnowledgeBase:
        return self._current.index.knowledge

    def reload(self) -> bool:
        """Load the folder again; True if a new fact base is now served. An invalid one is logged and
        kept out: the last good fact base stays, and `last_error` says why."""
        with self._lock:
            if content_key(self.folder) == self._current.version:
                return False
            try:
                loaded = self._load()
            except KnowledgeError as err:
                self.last_error = str(err)
                log.warning("fact base not reloaded, still serving version %s: %s", self._current.version, err)
                return False
            self._current, self.last_error = loaded, ""
            log.info("fact base reloaded: version %s, %d facts", loaded.version, len(loaded.index.knowledge.facts))
            return True

    def status(self) -> dict[str, object]:
        """What /healthz reports about the fact base."""
        current = self._current
        return {
            "facts": len(current.index.knowledge.facts),
            "version": current.version,
            "loaded_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(current.loaded_at)),
            "last_reload_error": self.last_error or None,
        }

    def _load(self) -> Loaded:
        version = content_key(self.folder) or "unknown"
        return Loaded(load_index(self.folder, cache_dir=self.cache_dir), version, time.time())
