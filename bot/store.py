"""Load the fact base and its index, through a cache keyed by the content of everything read.

A large fact base takes seconds to parse, validate and index; unchanged, it loads from a pickle
in a fraction of that. The key hashes every knowledge file, every document file they name and
the matcher's own source, so an edit to any of them (or a new version of the code) misses the
cache and rebuilds: a stale cache is never used.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from pathlib import Path

import yaml

from bot.knowledge import load_knowledge
from bot.matching import Index, build_index

log = logging.getLogger("briefbot")
CODE = ("knowledge.py", "matching.py", "terms.py", "text.py", "quotes.py", "lexicon.py", "yamlfile.py", "store.py",
        "ragged.py")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_index(folder: Path, *, cache_dir: Path | None = None) -> Index:
    """Load, validate and index a knowledge folder (raises KnowledgeError); cached when cache_dir is set."""
    if cache_dir is None:
        return build_index(load_knowledge(folder))
    key = content_key(folder)
    path = Path(cache_dir) / f"index-{key}.pickle" if key else None
    if path and path.is_file():
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except Exception as err:
            log.warning("ignoring unreadable index cache %s: %s", path, err)
    index = build_index(load_knowledge(folder))
    if path:
        _write(path, index)
    return index


def content_key(folder: Path) -> str | None:
    """sha256 over the code, the knowledge files and the documents they name; None if unreadable."""
    folder = Path(folder)
    digest = hashlib.sha256()
    here = Path(__file__).parent
    try:
        for name in CODE:
            digest.update((here / name).read_bytes())
        files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".yaml", ".yml"))
        for path in files:
            digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
        documents = yaml.load((folder / "documents.yaml").read_bytes(), Loader=_Loader) or {}
        base = folder.resolve().parent
        for entry in documents.get("documents", []):
            name = str(entry.get("file", ""))
            digest.update(name.encode() + b"\0" + (base / name).read_bytes())
    except (OSError, yaml.YAMLError, AttributeError, TypeError):
        return None  # let the full load report what is wrong
    return digest.hexdigest()[:32]


def _write(path: Path, index: Index) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("index-*.pickle"):
            old.unlink(missing_ok=True)  # one entry is enough; old ones are stale by definition
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with temporary.open("wb") as handle:
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)  # atomic: a reader never sees half a file
    except OSError as err:
        log.warning("could not write index cache %s: %s", path, err)
