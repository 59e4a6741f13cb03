"""Load the fact base and its index."""

from __future__ import annotations

from pathlib import Path

from bot.knowledge import load_knowledge
from bot.matching import Index, build_index


def load_index(folder: Path) -> Index:
    """Load, validate and index a knowledge folder (raises KnowledgeError)."""
    return build_index(load_knowledge(folder))
