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

import gc
import hashlib
import hmac
import logging
import os
import pickle
import re
import secrets
from functools import cache
from pathlib import Path

from bot.knowledge import KnowledgeBase, load_knowledge
from bot.matching.index import Index, build_index

log = logging.getLogger("briefbot")

_BOT = Path(__file__).resolve().parent.parent
_PACKAGES = ("knowledge", "matching")
_IMPORT = re.compile(r"^\s*(?:from|import)\s+bot\.(\w+)", re.MULTILINE)
_MAGIC = b"briefbot-index-1\n"
_KEY_FILE = "cache.key"


def load_index(folder: Path, *, cache_dir: Path | None = None, key: str | None = None) -> Index:
    """Load, validate and index a knowledge folder (raises KnowledgeError); cached when cache_dir is set.

    `key` is the folder's `content_key` when the caller has it already (hashing a large fact base twice
    costs start-up time).
    """
    if cache_dir is None:
        return build_index(load_knowledge(folder))
    key = key or content_key(folder)
    path = Path(cache_dir) / f"index-{key}.pickle" if key else None
    if path and path.is_file():
        index = _read(path, Path(cache_dir))
        if index is not None:
            return index
    index = build_index(load_knowledge(folder))
    if path:
        _write(path, Path(cache_dir), index)
    return index


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


def content_key(folder: Path) -> str | None:
    """sha256 over the code and the knowledge folder's YAML files; None if something is unreadable."""
    folder = Path(folder)
    digest = hashlib.sha256()
    try:
        for path in code_files():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".yaml", ".yml")):
            digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    except OSError:
        return None  # let the full load report what is wrong
    return digest.hexdigest()[:32]


def _documents_digest(knowledge: KnowledgeBase) -> str | None:
    digest = hashlib.sha256()
    base = knowledge.root.resolve().parent
    try:
        for document in sorted(knowledge.documents.values(), key=lambda d: d.id):
            digest.update(document.path.encode() + b"\0" + (base / document.path).read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


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
            handle.write(secrets.token_bytes(32))
        return path.read_bytes()


def _read(path: Path, cache_dir: Path) -> Index | None:
    try:
        blob = path.read_bytes()
        secret = _secret(cache_dir)
    except OSError as err:
        log.warning("ignoring unreadable index cache %s: %s", path, err)
        return None
    # A view, not a slice: at 100,000 facts a copy of the payload would be another 100 MB at peak.
    payload = memoryview(blob)[len(_MAGIC) + 32 :]
    signature = blob[len(_MAGIC) : len(_MAGIC) + 32]
    expected = hmac.new(secret, payload, hashlib.sha256).digest()
    if not blob.startswith(_MAGIC) or not hmac.compare_digest(signature, expected):
        log.warning("ignoring index cache %s: not written by this cache (bad signature)", path)
        return None
    # Unpickling makes a great many objects and no garbage: the collector would only slow it.
    enabled = gc.isenabled()
    gc.disable()
    try:
        documents, index = pickle.loads(payload)
    except Exception as err:  # a signed file from an older layout of the classes
        log.warning("ignoring unreadable index cache %s: %s", path, err)
        return None
    finally:
        if enabled:
            gc.enable()
    if not isinstance(index, Index) or documents != _documents_digest(index.knowledge):
        return None  # a document changed since: rebuild
    return index


def _write(path: Path, cache_dir: Path, index: Index) -> None:
    try:
        secret = _secret(cache_dir)
        payload = pickle.dumps((_documents_digest(index.knowledge), index), protocol=pickle.HIGHEST_PROTOCOL)
        for old in cache_dir.glob("index-*.pickle"):
            old.unlink(missing_ok=True)  # one entry is enough; old ones are stale by definition
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(_MAGIC + hmac.new(secret, payload, hashlib.sha256).digest() + payload)
        temporary.replace(path)  # atomic: a reader never sees half a file
    except OSError as err:
        log.warning("could not write index cache %s: %s", path, err)
