"""The index cache: a built index saved to disk, reused while nothing it was built from has changed.

A large fact base takes seconds to parse, validate and index; unchanged, it loads from the cache in
a fraction of that. The file name is a hash of the knowledge folder's YAML files and of the code
that reads and indexes them (every module of `bot.knowledge` and `bot.matching` and what they
import from `bot`, found by reading their imports, so a new module can't be left out). Each entry
also records a hash of every document it quotes, checked on load, so an edited document is never
served from a stale cache.

The file is a pickle, which can run code when loaded: each one carries an HMAC made with a random
key that only this cache folder holds (mode 0600), and is unpickled only when that HMAC verifies and
then only if it holds an index. A file someone else wrote is ignored and rebuilt.
"""

from __future__ import annotations

import atexit
import gc
import hashlib
import hmac
import io
import json
import os
import pickle
import re
import threading
import time
from collections.abc import Callable, Iterable
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from bot.knowledge import Document, KnowledgeBase, KnowledgeError, load_knowledge
from bot.matching.index import Index, Segment, assemble, build_index, segment_of
from bot.matching.terms import Normalizer
from bot.patterns import pattern

if TYPE_CHECKING:
    import logging


def _log() -> logging.Logger:
    """The bot's logger. Imported at first use: loading a cache that is sound logs nothing, and importing logging was
    a twentieth of a one-question `python -m bot ask`."""
    import logging  # noqa: PLC0415

    return logging.getLogger("briefbot")


_BOT = Path(__file__).resolve().parent.parent
_PACKAGES = ("knowledge", "matching")
_IMPORT = pattern(r"^\s*(?:from|import)\s+bot\.(\w+)", re.MULTILINE)
_MAGIC = b"briefbot-index-1\n"
_KEY_FILE = "cache.key"
_SEGMENTS = "segments"  # per fact file, beside the whole index
# From this size on, the whole index is written to the cache by a thread while the bot starts answering:
# at 100,000 facts signing and writing its 80 MB take half a second of the wait after an edit.
BACKGROUND_BYTES = 8_000_000
# From this many facts on, a process running no other thread (a build from nothing: the CLI's, a first
# start's) leaves even the pickling to a forked copy of itself: a snapshot no question can change, pickled
# beside the first answers instead of before them (0.13 s at 100,000 facts).
FORK_FACTS = 10_000
_writing: list[Callable[[], object]] = []  # waits for the write under way, if any
T = TypeVar("T")


def load_index(
    folder: Path, *, cache_dir: Path | None = None, key: str | None = None, workers: int | None = None
) -> Index:
    """Load, validate and index a knowledge folder (raises KnowledgeError); cached when cache_dir is set.

    `key` is the folder's `content_key` when the caller has it already (hashing a large fact base twice
    costs start-up time). `workers` sets how many processes build what the cache lacks (by default, one
    per core when there is a lot to build).
    """
    if cache_dir is None:
        return build_index(load_knowledge(folder))
    finish_writing()  # the last index written may be the one wanted; and workers fork only a lone thread
    cache_dir = Path(cache_dir)
    key = key or content_key(folder, cache_dir=cache_dir)
    path = cache_dir / f"index-{key}.pickle" if key else None
    if path and path.is_file():
        index = _read(path, cache_dir)
        if index is not None:
            return index
    index = _build(folder, cache_dir, workers)
    if path:
        _write(path, cache_dir, index)
    return index


def _build(folder: Path, cache_dir: Path, workers: int | None = None) -> Index:
    """Build the index from per-file segments: a fact file unchanged since its segment was cached is not
    read again, so an edit to one file of a large fact base re-reads and re-indexes that file alone."""
    from bot.knowledge.validate import Report, finish, read_common, read_facts  # noqa: PLC0415 - YAML only here

    report = Report(Path(folder))
    enabled = gc.isenabled()
    gc.disable()  # parsing and unpickling make millions of objects and no cycles
    try:
        common = read_common(report)
        if common is None:
            raise KnowledgeError(report.problems)
        hashes = Hashes(cache_dir)
        shared = _segment_inputs(Path(folder), common, hashes)
        store = cache_dir / _SEGMENTS
        names = [_segment_name(file, shared, hashes) for file in common.fact_files]
        hashes.save()
        found = [_read_signed(store / name, cache_dir, Segment) if name else None for name in names]
        pairs = zip(common.fact_files, names, found, strict=True)
        missing = [(file, store / name) for file, name, segment in pairs if name and segment is None]
        normalizer = Normalizer(common.aliases)
        built: dict[Path, Segment | None] = {}
        # multiprocessing costs 30 ms to import: only a large build pays it, never a question from the CLI.
        from bot.matching.workers import build_segments, worth_it  # noqa: PLC0415

        if missing and not report.problems and (workers or worth_it([file for file, _ in missing])):
            _secret(cache_dir)  # made once here, before workers race to make it
            write = partial(_write_segment, cache_dir=cache_dir)
            state = {"report": report, "common": common, "normalizer": normalizer, "write": write}
            entries = dict(missing)
            for file, written in build_segments(state, missing, workers):  # each read while the next are built
                built[file] = _read_signed(entries[file], cache_dir, Segment) if written else None
                if len(built) == 1:  # the workers are running: NumPy, which assembling needs, is imported meanwhile
                    import numpy  # noqa: F401, PLC0415
        segments: list[Segment] = []
        for file, name, segment in zip(common.fact_files, names, found, strict=True):
            if segment is None:
                segment = built.get(file)
            if segment is None:  # not cached, or with a problem: read here, where problems are collected
                before = len(report.problems)
                segment = segment_of(read_facts(report, file, common.documents), normalizer)
                if name and len(report.problems) == before:
                    _write_signed(store / name, cache_dir, segment)
            segments.append(segment)
        tags = {tag for segment in segments for tag in segment.tags}
        tables, ids = [segment.facts for segment in segments], [segment.ids for segment in segments]
        knowledge = finish(report, common, tables, tags, ids)
        if knowledge is None:
            raise KnowledgeError(report.problems)
        _forget_segments(store, set(names))
        return assemble(knowledge, segments, normalizer)
    finally:
        if enabled:
            gc.enable()


def _write_segment(entry: Path, segment: object, *, cache_dir: Path) -> None:
    _write_signed(entry, cache_dir, segment)


def _segment_inputs(folder: Path, common: Any, hashes: Hashes) -> bytes:
    """What every segment depends on besides its own file: the code, the aliases, the documents' records and
    texts (quotes are located in them). A change to any of these rebuilds every segment."""
    digest = hashlib.sha256(_MAGIC + _code_digest())
    try:
        for name in ("aliases.yaml", "documents.yaml"):
            if (folder / name).is_file():
                digest.update(name.encode() + b"\0" + hashes.of(folder / name))
    except OSError:
        return b""
    documents = _documents_digest((document for document, _ in common.documents.values()), folder, hashes)
    return digest.digest() + documents.encode() if documents else b""


def _segment_name(file: Path, shared: bytes, hashes: Hashes) -> str:
    """The cache entry's file name for one fact file ("" when it can't be cached)."""
    if not shared:
        return ""
    try:
        own = hashes.of(file)
    except OSError:
        return ""
    digest = hashlib.sha256(shared + file.name.encode() + b"\0" + own).hexdigest()[:32]
    return f"segment-{digest}.pickle"


def _forget_segments(store: Path, used: set[str]) -> None:
    """Delete entries no fact file uses any more, so the folder stays the size of the fact base."""
    if not store.is_dir():
        return
    for entry in store.glob("segment-*.pickle"):
        if entry.name not in used:
            entry.unlink(missing_ok=True)


@cache
def _code_digest() -> bytes:
    """sha256 over the code an index is built with, read once per process: the code running doesn't change."""
    digest = hashlib.sha256()
    for path in code_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.digest()


@cache
def code_files() -> tuple[Path, ...]:
    """The source files an index depends on: the two packages and the bot modules they import."""
    files = {p for package in _PACKAGES for p in (_BOT / package).glob("*.py")}
    pending = list(files)
    while pending:
        for name in _IMPORT.findall(pending.pop().read_text(encoding="utf-8")):
            module = _BOT / f"{name}.py"
            if module.is_file() and module not in files:
                files.add(module)
                pending.append(module)
    return tuple(sorted(files))


def content_key(folder: Path, *, cache_dir: Path | None = None) -> str | None:
    """sha256 over the code and the knowledge folder's YAML files; None if something is unreadable.

    With `cache_dir`, a file whose size, time and inode are those recorded when it was last hashed is
    not read again (see `Hashes`)."""
    folder = Path(folder)
    digest = hashlib.sha256()
    hashes = Hashes(cache_dir)
    try:
        digest.update(_code_digest())
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".yaml", ".yml")):
            digest.update(str(path.relative_to(folder)).encode() + b"\0" + hashes.of(path))
    except OSError:
        return None  # let the full load report what is wrong
    hashes.save()
    return digest.hexdigest()[:32]


class Hashes:
    """sha256 of files, remembered by (size, mtime, inode) in the cache folder, as git's index does.

    At 100,000 facts, hashing the YAML and the documents on every start took 0.2 s of a 0.7 s cached
    load. An edit changes a file's mtime, so a file whose stat is as recorded is unchanged, with one
    exception: a second edit within the file system's clock tick, same size. Files modified less than
    RACY seconds before they were hashed are therefore never remembered, and always read.
    """

    RACY = 2.0
    FILE = "hashes.json"

    def __init__(self, cache_dir: Path | None) -> None:
        self.path = Path(cache_dir) / self.FILE if cache_dir else None
        self.known: dict[str, list[Any]] = {}
        self.changed = False
        if self.path:
            try:
                loaded = json.loads(self.path.read_text(encoding="utf-8"))
                self.known = loaded if isinstance(loaded, dict) else {}
            except (OSError, ValueError):
                self.known = {}

    def of(self, path: Path) -> bytes:
        """The file's sha256 digest (raises OSError if it can't be read)."""
        if self.path is None:
            return hashlib.sha256(path.read_bytes()).digest()
        status = path.stat()
        stamp = [status.st_size, status.st_mtime_ns, status.st_ino]
        # The absolute path names the file; resolving symbolic links too cost a system call per component of
        # every path (35 ms of a 100,000-fact cached load), and the stamp is the target's either way.
        name = os.path.abspath(path)
        entry = self.known.get(name)
        if isinstance(entry, list) and entry[:3] == stamp:
            return bytes.fromhex(str(entry[3]))
        digest = hashlib.sha256(path.read_bytes()).digest()
        if time.time_ns() - status.st_mtime_ns > self.RACY * 1e9:
            self.known[name] = [*stamp, digest.hex()]
            self.changed = True
        elif self.known.pop(name, None) is not None:
            self.changed = True  # edited since: forget the old digest until the new one can be trusted
        return digest

    def save(self) -> None:
        """Write what was learnt (best effort: without it, files are only read again)."""
        if not (self.path and self.changed):
            return
        # Files deleted or renamed since are forgotten, so the record stays the size of the fact base.
        self.known = {name: entry for name, entry in self.known.items() if os.path.exists(name)}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps(self.known), encoding="utf-8")
            temporary.replace(self.path)
            self.changed = False
        except OSError as err:
            _log().info("could not remember file hashes in %s: %s", self.path, err)


def _documents_digest(documents: Iterable[Document], folder: Path, hashes: Hashes | None = None) -> str | None:
    """sha256 over the texts of `documents` (their paths are relative to the knowledge folder's parent)."""
    digest = hashlib.sha256()
    hashes = hashes or Hashes(None)
    base = folder.resolve().parent
    try:
        for document in sorted(documents, key=lambda d: d.id):
            digest.update(document.path.encode() + b"\0" + hashes.of(base / document.path))
    except OSError:
        return None
    hashes.save()
    return digest.hexdigest()


def _knowledge_documents(knowledge: KnowledgeBase, cache_dir: Path) -> str | None:
    return _documents_digest(knowledge.documents.values(), knowledge.root, Hashes(cache_dir))


def _secret(cache_dir: Path) -> bytes:
    """This cache folder's HMAC key, made on first use, readable by its owner only."""
    path = cache_dir / _KEY_FILE
    try:
        return path.read_bytes()
    except FileNotFoundError:
        cache_dir.mkdir(parents=True, exist_ok=True)
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first
            return path.read_bytes()
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(os.urandom(32))  # what secrets.token_bytes does, without importing random
        return path.read_bytes()


def _read(path: Path, cache_dir: Path) -> Index | None:
    loaded = _read_signed(path, cache_dir, tuple)
    if loaded is None or len(loaded) != 2:
        return None
    documents, index = loaded
    if not isinstance(index, Index) or documents != _knowledge_documents(index.knowledge, cache_dir):
        return None  # a document changed since: rebuild
    return index


def _read_signed(path: Path, cache_dir: Path, kind: type[T]) -> T | None:
    """The object in a cache file, if the file is signed with this cache's key and holds a `kind`.

    The file is verified and then unpickled through one open file, a megabyte at a time: never held whole in
    memory beside what it unpickles into (at 100,000 facts that was 84 MB more at the load's peak, and slower).
    """
    try:
        secret = _secret(cache_dir)
        with io.FileIO(path) as raw, io.BufferedReader(raw, _CHUNK) as stream:
            head = stream.read(len(_MAGIC) + 32)
            if not head.startswith(_MAGIC) or len(head) != len(_MAGIC) + 32:
                _log().warning("ignoring index cache %s: not written by this cache (bad signature)", path)
                return None
            mac = hmac.new(secret, digestmod=hashlib.sha256)
            chunk = bytearray(_CHUNK)
            view = memoryview(chunk)
            while read := stream.readinto(chunk):
                mac.update(view[:read])
            if not hmac.compare_digest(head[len(_MAGIC) :], mac.digest()):
                _log().warning("ignoring index cache %s: not written by this cache (bad signature)", path)
                return None
            stream.seek(len(head))
            return _unpickled(stream, path, kind)
    except FileNotFoundError:
        return None
    except OSError as err:
        _log().warning("ignoring unreadable index cache %s: %s", path, err)
        return None


_CHUNK = 1 << 20


def _unpickled(stream: io.BufferedReader[io.FileIO], path: Path, kind: type[T]) -> T | None:
    # Unpickling makes a great many objects and no garbage: the collector would only slow it.
    enabled = gc.isenabled()
    gc.disable()
    try:
        loaded = pickle.load(stream)
    except Exception as err:  # a signed file from an older layout of the classes
        _log().warning("ignoring unreadable index cache %s: %s", path, err)
        return None
    finally:
        if enabled:
            gc.enable()
    return loaded if isinstance(loaded, kind) else None


def _write(path: Path, cache_dir: Path, index: Index) -> None:
    digest = _knowledge_documents(index.knowledge, cache_dir)
    for old in cache_dir.glob("index-*.pickle"):
        old.unlink(missing_ok=True)  # one entry is enough; old ones are stale by definition
    if len(index.knowledge.facts) >= FORK_FACTS and _write_forked(path, cache_dir, (digest, index)):
        return
    # Pickled here, before anyone uses the index (answering fills its small caches); only signing and
    # writing the bytes, which release the GIL, may go on beside the first questions.
    payload = pickle.dumps((digest, index), protocol=pickle.HIGHEST_PROTOCOL)
    if len(payload) < BACKGROUND_BYTES:
        _store(path, cache_dir, payload)
        return
    writer = threading.Thread(target=_store, args=(path, cache_dir, payload), name="briefbot-cache-writer")
    _writing.append(writer.join)
    writer.start()  # not a daemon: a process that exits (the CLI) still finishes the file


def _write_forked(path: Path, cache_dir: Path, value: object) -> bool:
    """Pickle, sign and write `value` in a forked copy of this process, which then exits; False where
    forking is not safe (another thread runs: it may hold a lock the copy would wait on forever)."""
    from bot.matching.workers import can_fork  # noqa: PLC0415 - imported by the build already

    if not can_fork():
        return False
    pid = os.fork()
    if pid == 0:  # the copy: write, and leave without running this process's exit handlers or flushing its output
        status = 1
        try:
            _store(path, cache_dir, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            status = 0
        except Exception:
            _log().exception("could not write index cache %s", path)
        finally:
            os._exit(status)
    _writing.append(partial(os.waitpid, pid, 0))
    return True


def finish_writing() -> None:
    """Wait for the index being written to the cache in the background, if any."""
    while _writing:
        _writing.pop()()


atexit.register(finish_writing)  # a process that exits (the CLI) still leaves a whole cache file behind


def _write_signed(path: Path, cache_dir: Path, value: object) -> None:
    _store(path, cache_dir, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def _store(path: Path, cache_dir: Path, payload: bytes) -> None:
    """Write a pickle signed with this cache's key, atomically: a reader never sees half a file."""
    try:
        secret = _secret(cache_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")
        with temporary.open("wb") as handle:  # in parts: joined, they would be another copy of the payload
            handle.write(_MAGIC)
            handle.write(hmac.new(secret, payload, hashlib.sha256).digest())
            handle.write(payload)
        temporary.replace(path)
    except OSError as err:
        _log().warning("could not write index cache %s: %s", path, err)
