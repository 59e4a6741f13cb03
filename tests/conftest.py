"""Shared fixtures: the shipped fact base, and throw-away copies of it to break."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from bot.knowledge import load_knowledge
from bot.matching import build_index

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
# Tests never touch the project's own index cache.
os.environ["BRIEFBOT_CACHE_DIR"] = tempfile.mkdtemp(prefix="briefbot-cache-")


@pytest.fixture(scope="session")
def index():
    return build_index(load_knowledge(ROOT / "knowledge"))


@pytest.fixture
def kb_copy(tmp_path) -> Path:
    """A writable copy of knowledge/ and seeds/; returns the knowledge folder."""
    shutil.copytree(ROOT / "knowledge", tmp_path / "knowledge")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    return tmp_path / "knowledge"
