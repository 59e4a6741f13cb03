"""Shared fixtures. Code tests use their own small fact base (tests/data/kb); the curated knowledge/
is tested by its own eval and `check` (tests/test_curated.py), so a curator's edit never breaks a code test."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from bot.knowledge import load_knowledge
from bot.matching import Index, build_index

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
KB = DATA / "kb" / "knowledge"
# Tests never touch the project's own index cache.
os.environ["BRIEFBOT_CACHE_DIR"] = tempfile.mkdtemp(prefix="briefbot-cache-")


@pytest.fixture(scope="session")
def index() -> Index:
    """The test fact base (a harbour report), indexed."""
    return build_index(load_knowledge(KB))


@pytest.fixture(scope="session")
def curated_index() -> Index:
    """The curated fact base in knowledge/, indexed."""
    return build_index(load_knowledge(ROOT / "knowledge"))


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    """A writable copy of the test fact base and its seeds; returns the knowledge folder."""
    shutil.copytree(KB, tmp_path / "knowledge")
    shutil.copytree(KB.parent / "seeds", tmp_path / "seeds")
    return tmp_path / "knowledge"
