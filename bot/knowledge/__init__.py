"""The curated fact base: its data model, and reading it from YAML with every problem located.

Layout of a knowledge folder (paths of documents are relative to the folder that holds it):

    knowledge/documents.yaml   the source documents, their metadata and summaries
    knowledge/aliases.yaml     name and word variants that mean the same thing
    knowledge/facts/*.yaml     facts, one file per document (or several)
"""

from bot.knowledge.model import (
    AliasGroup,
    Answering,
    ChannelRule,
    Document,
    Fact,
    KnowledgeBase,
    KnowledgeError,
    Problem,
)
from bot.knowledge.validate import check_knowledge, load_knowledge

__all__ = [
    "AliasGroup",
    "Answering",
    "ChannelRule",
    "Document",
    "Fact",
    "KnowledgeBase",
    "KnowledgeError",
    "Problem",
    "check_knowledge",
    "load_knowledge",
]
