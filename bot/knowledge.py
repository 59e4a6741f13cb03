"""The curated fact base: documents, facts and alias groups, loaded from YAML and validated.

Layout of a knowledge folder (paths of documents are relative to the folder that holds it):

    knowledge/documents.yaml   the source documents, their metadata and summaries
    knowledge/aliases.yaml     name and word variants that mean the same thing
    knowledge/facts/*.yaml     facts, one file per document (or several)
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from bot.quotes import Searchable
from bot.text import QUESTION_WORDS, STOPWORDS, stems, words
from bot.yamlfile import Mapping, YamlError, load_yaml

DOCUMENT_FIELDS = {"id", "file", "title", "publisher", "date", "url", "covers", "summary"}
FACT_FIELDS = {"id", "questions", "answer", "quote", "tags"}
ALIAS_FIELDS = {"canonical", "variants"}
MIN_QUESTIONS = 2


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the fact base, located for the curator."""

    path: str
    line: int
    message: str
    fact_id: str = ""

    def __str__(self) -> str:
        where = f" (fact {self.fact_id})" if self.fact_id else ""
        return f"{self.path}:{self.line}: {self.message}{where}"


class KnowledgeError(Exception):
    """The fact base is invalid; `problems` lists everything found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(str(p) for p in problems)
        super().__init__(f"the fact base has {len(problems)} problem(s):\n{lines}")


@dataclass(frozen=True)
class Document:
    id: str
    path: str
    title: str
    publisher: str
    date: str
    url: str
    covers: str
    summary_short: str
    summary_long: str
    text: str = field(repr=False)

    def citation(self) -> str:
        """Title, publisher and date as one line: how a reader finds the source."""
        parts = [f"“{self.title}”", self.publisher, self.date or "date not given"]
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class Fact:
    id: str
    document: str
    questions: tuple[str, ...]
    answer: str
    quote: str
    tags: tuple[str, ...]
    start: int  # character offsets of the quote in its document
    end: int
    path: str
    line: int


@dataclass(frozen=True)
class AliasGroup:
    canonical: str
    variants: tuple[str, ...]


@dataclass(frozen=True)
class KnowledgeBase:
    root: Path
    documents: dict[str, Document]
    facts: tuple[Fact, ...]
    aliases: tuple[AliasGroup, ...]

    def document_of(self, fact: Fact) -> Document:
        return self.documents[fact.document]

    @cached_property
    def _facts_by_id(self) -> dict[str, Fact]:
        return {f.id: f for f in self.facts}

    def fact(self, fact_id: str) -> Fact | None:
        return self._facts_by_id.get(fact_id)


def load_knowledge(folder: Path) -> KnowledgeBase:
    """Load and validate a knowledge folder; raise KnowledgeError listing every problem."""
    knowledge, problems = check_knowledge(folder)
    if problems:
        raise KnowledgeError(problems)
    return knowledge


def check_knowledge(folder: Path) -> tuple[KnowledgeBase | None, list[Problem]]:
    """Load a knowledge folder and return it (None if unusable) with every problem found."""
    loader = _Loader(Path(folder))
    # Parsing creates millions of small objects and no cycles: pausing the cyclic collector
    # saves it from rescanning them over and over.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return loader.run(), loader.problems
    finally:
        if enabled:
            gc.enable()


class _Loader:
    """Collects problems while reading, so a curator sees them all in one run."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.base = folder.resolve().parent
        self.problems: list[Problem] = []
        self._displayed: dict[Path, str] = {}

    def run(self) -> KnowledgeBase | None:
        if not self.folder.is_dir():
            self.problem(self.folder, 0, "knowledge folder not found")
            return None
        documents = self.load_documents(self.folder / "documents.yaml")
        aliases = self.load_aliases(self.folder / "aliases.yaml")
        fact_files = sorted((self.folder / "facts").glob("*.yaml")) + sorted((self.folder / "facts").glob("*.yml"))
        if not fact_files:
            self.problem(self.folder / "facts", 0, "no fact files (*.yaml) found")
        facts: list[Fact] = []
        seen: dict[str, Fact] = {}
        for path in fact_files:
            for fact in self.load_facts(path, documents):
                if fact.id in seen:
                    first = seen[fact.id]
                    self.problem(path, fact.line, f"duplicate fact id (first at {first.path}:{first.line})", fact.id)
                    continue
                seen[fact.id] = fact
                facts.append(fact)
        if self.problems:
            return None
        return KnowledgeBase(self.folder, {d.id: d for d, _ in documents.values()}, tuple(facts), aliases)

    # -- helpers -----------------------------------------------------------------------

    def problem(self, path: Path, line: int, message: str, fact_id: str = "") -> None:
        self.problems.append(Problem(self.display_of(path), line, message, fact_id))

    def display_of(self, path: Path) -> str:
        # Resolving a path costs more than reading a fact: once per file.
        if path not in self._displayed:
            self._displayed[path] = self.display(path)
        return self._displayed[path]

    def display(self, path: Path) -> str:
        try:
            return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
        except ValueError:
            return str(path)

    def read(self, path: Path):
        if not path.is_file():
            self.problem(path, 0, "file not found")
            return None
        try:
            data = load_yaml(path)
        except YamlError as err:
            self.problem(path, err.line, err.message)
            return None
        self.check_duplicate_keys(path, data)
        return data

    def check_duplicate_keys(self, path: Path, data) -> None:
        if isinstance(data, Mapping):
            for key, line in data.duplicate_keys:
                self.problem(path, line, f"key '{key}' appears twice; the earlier value would be lost")
            for value in data.values():
                self.check_duplicate_keys(path, value)
        elif isinstance(data, list):
            for item in data:
                self.check_duplicate_keys(path, item)

    def section(self, path: Path, data, key: str) -> list:
        if not isinstance(data, Mapping) or not isinstance(data.get(key), list):
            self.problem(path, getattr(data, "line", 1), f"expected a top-level '{key}:' list")
            return []
        return data[key]

    def text_field(self, path: Path, item: Mapping, key: str, fact_id: str = "", required: bool = True) -> str:
        value = item.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.problem(path, item.line_of(key), f"missing or empty '{key}'", fact_id)
            return ""
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            self.problem(path, item.line_of(key), f"'{key}' must be text", fact_id)
            return ""
        return str(value).strip()

    def unknown_fields(self, path: Path, item: Mapping, allowed: set[str], fact_id: str = "") -> None:
        for key in item:
            if key not in allowed:
                expected = ", ".join(sorted(allowed))
                self.problem(path, item.line_of(key), f"unknown field '{key}' (expected: {expected})", fact_id)

    # -- documents -----------------------------------------------------------------------

    def load_documents(self, path: Path) -> dict[str, tuple[Document, Searchable]]:
        documents: dict[str, tuple[Document, Searchable]] = {}
        for item in self.section(path, self.read(path), "documents"):
            if not isinstance(item, Mapping):
                self.problem(path, 1, "each document must be a mapping of fields")
                continue
            loaded = self.load_document(path, item)
            if loaded is None:
                continue
            if loaded[0].id in documents:
                self.problem(path, item.line_of("id"), f"duplicate document id '{loaded[0].id}'")
                continue
            documents[loaded[0].id] = loaded
        return documents

    def load_document(self, path: Path, item: Mapping) -> tuple[Document, Searchable] | None:
        self.unknown_fields(path, item, DOCUMENT_FIELDS)
        doc_id = self.text_field(path, item, "id")
        values = {key: self.text_field(path, item, key) for key in ("file", "title", "publisher", "covers")}
        date = self.text_field(path, item, "date", required=False)
        url = self.text_field(path, item, "url", required=False)
        summary = item.get("summary")
        if not isinstance(summary, Mapping):
            self.problem(path, item.line_of("summary"), "missing 'summary' with 'short' and 'long'")
            short = long = ""
        else:
            self.unknown_fields(path, summary, {"short", "long"})
            short = self.text_field(path, summary, "short")
            long = self.text_field(path, summary, "long")
        if not doc_id or not values["file"]:
            return None
        source = self.base / values["file"]
        if not source.is_file():
            self.problem(path, item.line_of("file"), f"document file not found: {values['file']}")
            return None
        raw = source.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            self.problem(path, item.line_of("file"), f"document is not UTF-8 text: {values['file']}")
            return None
        document = Document(
            doc_id, values["file"], values["title"], values["publisher"], date, url, values["covers"], short, long, text
        )
        return document, Searchable(text)

    # -- aliases ---------------------------------------------------------------------------

    def load_aliases(self, path: Path) -> tuple[AliasGroup, ...]:
        data = self.read(path)
        groups: list[AliasGroup] = []
        owner: dict[str, tuple[str, int]] = {}  # folded variant -> (canonical, line)
        for key in ("names", "words"):
            if data is not None and key not in data:
                continue
            for item in self.section(path, data, key):
                group = self.load_alias_group(path, item, owner)
                if group:
                    groups.append(group)
        return tuple(groups)

    def load_alias_group(self, path: Path, item, owner: dict[str, tuple[str, int]]) -> AliasGroup | None:
        if not isinstance(item, Mapping):
            self.problem(path, 1, "each alias group must have 'canonical' and 'variants'")
            return None
        self.unknown_fields(path, item, ALIAS_FIELDS)
        canonical = self.text_field(path, item, "canonical")
        variants = item.get("variants")
        if not isinstance(variants, list) or not variants:
            self.problem(path, item.line_of("variants"), "'variants' must be a non-empty list")
            return None
        clean: list[str] = []
        for index, variant in enumerate([canonical, *variants]):
            line = item.line_of("canonical") if index == 0 else item.line_of("variants", index - 1)
            if not isinstance(variant, str) or not words(variant):
                self.problem(path, line, f"alias variant {variant!r} has no words")
                continue
            key = " ".join(stems(variant))
            previous = owner.get(key)
            if previous and previous[0] != canonical:
                self.problem(
                    path, line, f"alias conflict: '{variant}' is in group '{canonical}' and in group "
                    f"'{previous[0]}' (line {previous[1]})"
                )
                continue
            owner[key] = (canonical, line)
            clean.append(variant)
        return AliasGroup(canonical, tuple(clean[1:])) if canonical else None

    # -- facts -------------------------------------------------------------------------------

    def load_facts(self, path: Path, documents: dict[str, tuple[Document, Searchable]]) -> list[Fact]:
        data = self.read(path)
        if data is None:
            return []
        default_document = data.get("document") if isinstance(data, Mapping) else None
        facts = []
        for item in self.section(path, data, "facts"):
            if not isinstance(item, Mapping):
                self.problem(path, getattr(data, "line", 1), "each fact must be a mapping of fields")
                continue
            fact = self.load_fact(path, item, default_document, data, documents)
            if fact:
                facts.append(fact)
        return facts

    def load_fact(self, path, item: Mapping, doc_id, data: Mapping, documents) -> Fact | None:
        fact_id = self.text_field(path, item, "id")
        self.unknown_fields(path, item, FACT_FIELDS, fact_id)
        questions = self.questions(path, item, fact_id)
        answer = self.text_field(path, item, "answer", fact_id)
        quote = self.text_field(path, item, "quote", fact_id)
        tags = self.tags(path, item, fact_id)
        if not isinstance(doc_id, str) or not doc_id:
            self.problem(path, data.line, "missing 'document:' naming the document these facts come from")
            return None
        if doc_id not in documents:
            known = ", ".join(sorted(documents)) or "none"
            self.problem(path, data.line_of("document"), f"unknown document '{doc_id}' (known: {known})", fact_id)
            return None
        if not (fact_id and answer and quote and questions):
            return None
        where = documents[doc_id][1].locate(quote)
        if where is None:
            self.problem(
                path, item.line_of("quote"), f"quote does not occur verbatim in {documents[doc_id][0].path}", fact_id
            )
            return None
        where_from = self.display_of(path)
        return Fact(fact_id, doc_id, questions, answer, quote, tags, where[0], where[1], where_from, item.line)

    def questions(self, path: Path, item: Mapping, fact_id: str) -> tuple[str, ...]:
        raw = item.get("questions")
        if not isinstance(raw, list):
            self.problem(path, item.line_of("questions"), "'questions' must be a list of phrasings", fact_id)
            return ()
        clean = []
        for index, question in enumerate(raw):
            if not isinstance(question, str) or not question.strip():
                self.problem(path, item.line_of("questions", index), "empty question", fact_id)
            elif len(question.split()) <= 5 and not set(words(question)) - STOPWORDS - QUESTION_WORDS:
                # "When was it?" would match every "when" question equally well.
                self.problem(path, item.line_of("questions", index),
                             f"question {question!r} has no words beyond question and filler words", fact_id)
            else:
                clean.append(question.strip())
        if len(raw) < MIN_QUESTIONS:
            self.problem(
                path, item.line_of("questions"), f"give at least {MIN_QUESTIONS} phrasings of the question", fact_id
            )
        return tuple(clean)

    def tags(self, path: Path, item: Mapping, fact_id: str) -> tuple[str, ...]:
        raw = item.get("tags", [])
        if not isinstance(raw, list) or not all(isinstance(t, str) and t.strip() for t in raw):
            self.problem(path, item.line_of("tags"), "'tags' must be a list of words", fact_id)
            return ()
        return tuple(t.strip().lower() for t in raw)
