"""The curated fact base: its data model, and reading it from YAML with every problem located.

Layout of a knowledge folder (paths of documents are relative to the folder that holds it):

    knowledge/documents.yaml   the source documents, their metadata and summaries
    knowledge/aliases.yaml     name and word variants that mean the same thing
    knowledge/facts/*.yaml     facts, one file per document (or several)
"""

from pathlib import Path

from bot.knowledge.model import (
    AliasGroup,
    Answering,
    ChannelRule,
    Document,
    Fact,
    FactTable,
    KnowledgeBase,
    KnowledgeError,
    Problem,
)


def load_knowledge(folder: Path) -> KnowledgeBase:
    """Load and validate a knowledge folder; raise KnowledgeError listing every problem."""
    # Reading YAML pulls in PyYAML and the validator: only when a fact base is read, not when a
    # cached index is (`python -m bot ask` starts faster).
    from bot.knowledge.validate import load_knowledge as load  # noqa: PLC0415

    return load(folder)


def check_knowledge(folder: Path) -> tuple[KnowledgeBase | None, list[Problem]]:
    """Load a knowledge folder and return it (None if unusable) with every problem found."""
    from bot.knowledge.validate import check_knowledge as check  # noqa: PLC0415

    return check(folder)


__all__ = [
    "AliasGroup",
    "Answering",
    "ChannelRule",
    "Document",
    "Fact",
    "FactTable",
    "KnowledgeBase",
    "KnowledgeError",
    "Problem",
    "check_knowledge",
    "load_knowledge",
]
