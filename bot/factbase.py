"""The fact base the bot is serving right now, the one place that swaps it for a new one, and the
watcher that notices edits to the knowledge folder or its documents and reloads while the bot runs."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.knowledge import KnowledgeBase, KnowledgeError
from bot.matching import Index, load_index
from bot.matching.cache import content_key

log = logging.getLogger("briefbot")
WATCH_EVERY = 1.0  # seconds between looks at the files' sizes and times: an edit is live within ~2 s
SETTLE = 0.2  # an edit must hold this long before it is read: an editor may be half way through writing it


@dataclass(frozen=True)
class Loaded:
    """One consistent fact base: its index, a version naming its content, and when it was loaded."""

    index: Index
    version: str
    loaded_at: float  # time.time()


@dataclass(frozen=True)
class Change:
    """A fact whose answer a reload changed ("" for a fact added or removed)."""

    fact_id: str
    old: str
    new: str


@dataclass(frozen=True)
class Reload:
    """What one reload did: a new version with the answers it changed, or the problems that kept it out."""

    loaded: bool
    version: str
    changes: tuple[Change, ...] = ()
    problems: str = ""
    facts: int = 0


@dataclass
class FactBase:
    """Holds the current fact base. Readers take `current` once per question, so a question in
    flight is answered from one fact base even while `reload()` swaps in the next."""

    folder: Path
    cache_dir: Path | None = None
    last_error: str = ""
    _current: Loaded = field(init=False, repr=False)
    _lock: threading.Lock = field(init=False, repr=False, default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.folder = Path(self.folder)
        self._current = self._load()  # raises: the bot must not start without a fact base

    @classmethod
    def of(cls, index: Index) -> FactBase:
        """A holder around an index built elsewhere (tests, benchmarks)."""
        holder = cls.__new__(cls)
        holder.folder, holder.cache_dir, holder.last_error = index.knowledge.root, None, ""
        holder._lock = threading.Lock()
        key = content_key(index.knowledge.root)
        holder._current = Loaded(index, _version(key, index.knowledge), time.time())
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

    def reload(self) -> Reload:
        """Load the folder again and, if it is valid and different, serve it from now on. An invalid
        one is kept out: the last good fact base stays, `last_error` says why, nothing is raised."""
        with self._lock:
            old = self._current
            try:
                loaded = self._load()
            except KnowledgeError as err:
                self.last_error = str(err)
                log.warning("fact base not reloaded, still serving version %s: %s", old.version, err)
                return Reload(False, old.version, problems=str(err), facts=len(old.index.knowledge.facts))
            self.last_error = ""
            index, version = loaded.index, loaded.version
            if version == old.version:
                return Reload(False, version, facts=len(index.knowledge.facts))
            self._current = loaded
            changes = changed_answers(old.index.knowledge, index.knowledge)
            log.info("fact base reloaded: version %s, %d facts, %d answer(s) changed", version,
                     len(index.knowledge.facts), len(changes))  # fmt: skip
            return Reload(True, version, changes, facts=len(index.knowledge.facts))

    def _load(self) -> Loaded:
        key = content_key(self.folder, cache_dir=self.cache_dir)
        index = load_index(self.folder, cache_dir=self.cache_dir, key=key)
        return Loaded(index, _version(key, index.knowledge), time.time())

    def status(self) -> dict[str, object]:
        """What /healthz reports about the fact base."""
        current = self._current
        return {
            "facts": len(current.index.knowledge.facts),
            "version": current.version,
            "loaded_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(current.loaded_at)),
            "last_reload_error": self.last_error or None,
        }

    def files(self) -> list[Path]:
        """Every file the fact base is read from: its YAML and the documents it names."""
        base = self.folder.resolve().parent
        yaml_files = [p for p in self.folder.rglob("*") if p.suffix in (".yaml", ".yml")]
        return sorted(yaml_files) + [base / d.path for d in self.knowledge.documents.values()]


def changed_answers(old: KnowledgeBase, new: KnowledgeBase) -> tuple[Change, ...]:
    """Facts whose answer differs between two fact bases, added and removed ones included."""
    ids = sorted({f.id for f in old.facts} | {f.id for f in new.facts})
    changes = []
    for fact_id in ids:
        before, after = old.fact(fact_id), new.fact(fact_id)
        old_answer, new_answer = before.answer if before else "", after.answer if after else ""
        if old_answer != new_answer:
            changes.append(Change(fact_id, old_answer, new_answer))
    return tuple(changes)


def _version(key: str | None, knowledge: KnowledgeBase) -> str:
    """A name for this exact content: the YAML and the code that reads it (`key`), and the documents."""
    digest = hashlib.sha256((key or "").encode())
    for document in sorted(knowledge.documents.values(), key=lambda d: d.id):
        digest.update(document.path.encode() + b"\0" + document.text.encode())
    return digest.hexdigest()[:16]


class Watcher:
    """Looks at the fact base's files every WATCH_EVERY seconds (sizes and times only: cheap) and
    reloads when one changed, a new one appeared or one went. `on_reload` hears every outcome."""

    def __init__(self, factbase: FactBase, on_reload: Callable[[Reload], None], *, every: float = WATCH_EVERY) -> None:
        self.factbase, self.on_reload, self.every = factbase, on_reload, every
        self._seen = self._snapshot()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="knowledge-watcher", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.ident is not None:
            self._thread.join(timeout=30)

    def check(self) -> Reload | None:
        """Reload if anything changed since the last look; the outcome, or None if nothing did."""
        before = self._settled()
        if before == self._seen:
            return None
        outcome = self.factbase.reload()
        # The files as they were before the reload, so a write that lands during it is seen as a
        # change at the next look; a document the reload newly names is watched from now on.
        stats = {path: (mtime, size) for path, mtime, size in before}
        self._seen = tuple((path, *stats.get(path, (mtime, size))) for path, mtime, size in self._snapshot())
        if outcome.loaded or outcome.problems:
            self.on_reload(outcome)
        return outcome

    def _settled(self, tries: int = 10) -> tuple[tuple[str, int, int], ...]:
        """The files' sizes and times once they stop changing (or after `tries` looks, if they never do)."""
        snapshot = self._snapshot()
        for _ in range(tries):
            if snapshot == self._seen or self._stop.wait(SETTLE):
                break
            again = self._snapshot()
            if again == snapshot:
                break
            snapshot = again
        return snapshot

    def _snapshot(self) -> tuple[tuple[str, int, int], ...]:
        found = []
        for path in self.factbase.files():
            try:
                stat = path.stat()
            except OSError:
                found.append((str(path), -1, -1))
                continue
            found.append((str(path), stat.st_mtime_ns, stat.st_size))
        return tuple(found)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            try:
                self.check()
            except Exception:  # a watcher that dies would silently stop reloads: log and go on
                log.exception("checking the fact base for changes failed")
