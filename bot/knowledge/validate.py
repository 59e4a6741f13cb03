"""Read a knowledge folder and check it, collecting every problem so a curator sees them all in one run."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

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
from bot.knowledge.quotes import Searchable
from bot.knowledge.yamlfile import LineMap, YamlError, load_plain, load_yaml
from bot.patterns import pattern
from bot.words import QUESTION_WORDS, STOPWORDS, stems, words

T = TypeVar("T")
DOCUMENT_FIELDS = {"id", "file", "title", "publisher", "date", "url", "covers", "summary"}
FACT_FIELDS = {"id", "questions", "affirms", "answer", "quote", "tags"}
ALIAS_FIELDS = {"canonical", "variants", "exact"}
MIN_QUESTIONS = 2
# A quote must prove its answer standing alone: a whole sentence, or a clause that starts after
# . ! ? : ; or a line break (a comma or "and" leaves its subject behind: "Held on November 14"),
# of at least MIN_QUOTE_WORDS words, not opening with a pronoun that points back to an earlier
# sentence ("They also …"), nor with "this/that …" unless a name follows at once ("This discussion
# between Poutine I al-Sissi …" says which; "This gesture underlines …" does not).
MIN_QUOTE_WORDS = 6
_BOUNDARY = ".!?:;\n"
_PRONOUNS = frozenset("it its they them their he she his her".split())
_DEMONSTRATIVES = frozenset("this that these those such".split())
_NAMED_WITHIN = 5  # words after "this/that" in which a name must come
# An answer reads as a reply in a thread: a sentence of a few words that does not open like a
# fragment ("To intensify …", "An undeniable …", "By telephone …", "On November 14.").
MIN_ANSWER_WORDS = 4
_FRAGMENT_START = frozenset("to a an by on in at for with from of and but or".split())

LoadedDocuments = dict[str, tuple[Document, Searchable]]


def load_knowledge(folder: Path) -> KnowledgeBase:
    """Load and validate a knowledge folder; raise KnowledgeError listing every problem."""
    knowledge, problems = check_knowledge(folder)
    if problems or knowledge is None:
        raise KnowledgeError(problems)
    return knowledge


def check_knowledge(folder: Path) -> tuple[KnowledgeBase | None, list[Problem]]:
    """Load a knowledge folder and return it (None if unusable) with every problem found."""
    # Parsing creates millions of small objects and no cycles: pausing the cyclic collector
    # saves it from rescanning them over and over.
    enabled = gc.isenabled()
    gc.disable()
    try:
        report = Report(Path(folder))
        return _read(report), report.problems
    finally:
        if enabled:
            gc.enable()


def _read(report: Report) -> KnowledgeBase | None:
    common = read_common(report)
    if common is None:
        return None
    tables = [FactTable(read_facts(report, path, common.documents)) for path in common.fact_files]
    return finish(report, common, tables, {tag for table in tables for fact in table for tag in fact.tags})


@dataclass
class Common:
    """What every fact file is read against: the documents, the aliases, and which fact files there are."""

    documents: LoadedDocuments
    aliases: tuple[AliasGroup, ...]
    fact_files: list[Path]


def read_common(report: Report) -> Common | None:
    """documents.yaml, aliases.yaml and the list of fact files (None if there is no knowledge folder)."""
    folder = report.folder
    if not folder.is_dir():
        report.problem(folder, 0, "knowledge folder not found")
        return None
    documents = read_documents(report, folder / "documents.yaml")
    aliases = read_aliases(report, folder / "aliases.yaml")
    fact_files = sorted((folder / "facts").glob("*.yaml")) + sorted((folder / "facts").glob("*.yml"))
    if not fact_files:
        report.problem(folder / "facts", 0, "no fact files (*.yaml) found")
    return Common(documents, aliases, fact_files)


def finish(
    report: Report,
    common: Common,
    tables: list[FactTable],
    tags: set[str],
    fact_ids: list[frozenset[str]] | None = None,
) -> KnowledgeBase | None:
    """The fact base from every file's facts (`tables`, in file order), after the checks across files:
    fact ids unique, channels.yaml naming known documents and tags. None if any problem was found.
    `fact_ids` (each table's ids, when known) makes the uniqueness check quick."""
    every: set[str] = set()
    for position, table in enumerate(tables):
        ids = fact_ids[position] if fact_ids else None
        if ids is not None and len(ids) == len(table) and every.isdisjoint(ids):
            every.update(ids)  # the common case, at C speed: no id of this file was seen before
            continue
        for number in range(len(table)):
            fact_id = table.id_of(number)
            if fact_id not in every:
                every.add(fact_id)
                continue
            fact = table[number]
            first = next(t[n] for t in tables[: position + 1] for n in range(len(t)) if t.id_of(n) == fact_id)
            where = f"first at {first.path}:{first.line}"
            report.problem(Path(fact.path), fact.line, f"duplicate fact id ({where})", fact_id)
    channels = read_channels(report, report.folder / "channels.yaml", common.documents, tags)
    if report.problems:
        return None
    documents = {d.id: d for d, _ in common.documents.values()}
    return KnowledgeBase(report.folder, documents, FactTable.joined(tables), common.aliases, channels)


class Report:
    """The problems found so far, and the reading helpers that add to them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.base = folder.resolve().parent  # document paths are relative to this
        self.problems: list[Problem] = []
        self._displayed: dict[Path, str] = {}

    def problem(self, path: Path, line: int, message: str, fact_id: str = "") -> None:
        self.problems.append(Problem(self.display(path), line, message, fact_id))

    def display(self, path: Path) -> str:
        # Resolving a path costs more than reading a fact: once per file.
        if path not in self._displayed:
            try:
                self._displayed[path] = str(Path(path).resolve().relative_to(Path.cwd().resolve()))
            except ValueError:
                self._displayed[path] = str(path)
        return self._displayed[path]

    def read(self, path: Path) -> Any:
        if not path.is_file():
            self.problem(path, 0, "file not found")
            return None
        try:
            data = load_yaml(path)
        except YamlError as err:
            self.problem(path, err.line, err.message)
            return None
        self._duplicate_keys(path, data)
        return data

    def read_quickly(self, path: Path, lists: tuple[str, ...], parse: Callable[[Any], T]) -> T | None:
        """`parse` of a file shaped like a fact or alias file, read quickly first (`load_plain`); a file in which
        `parse` finds a problem is read again with line numbers, so the curator is told where each one is. None
        if the file can't be read (the problem is reported)."""
        found = load_plain(path, *lists)
        if found is not None:
            before = len(self.problems)
            result = parse(found[0])
            if len(self.problems) == before:
                return result
            del self.problems[before:]
        data = self.read(path)
        return None if data is None else parse(data)

    def _duplicate_keys(self, path: Path, data: Any) -> None:
        if isinstance(data, LineMap):
            for key, line in data.duplicate_keys:
                self.problem(path, line, f"key '{key}' appears twice; the earlier value would be lost")
            for value in data.values():
                self._duplicate_keys(path, value)
        elif isinstance(data, list):
            for item in data:
                self._duplicate_keys(path, item)

    def section(self, path: Path, data: Any, key: str) -> list[Any]:
        if not isinstance(data, LineMap) or not isinstance(data.get(key), list):
            self.problem(path, getattr(data, "line", 1), f"expected a top-level '{key}:' list")
            return []
        items: list[Any] = data[key]
        return items

    def text(self, path: Path, item: LineMap, key: str, fact_id: str = "", *, required: bool = True) -> str:
        value = item.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.problem(path, item.line_of(key), f"missing or empty '{key}'", fact_id)
            return ""
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            self.problem(path, item.line_of(key), f"'{key}' must be text", fact_id)
            return ""
        return str(value).strip()

    def unknown_fields(self, path: Path, item: LineMap, allowed: set[str], fact_id: str = "") -> None:
        for key in item:
            if key not in allowed:
                expected = ", ".join(sorted(allowed))
                self.problem(path, item.line_of(key), f"unknown field '{key}' (expected: {expected})", fact_id)


# -- documents.yaml -------------------------------------------------------------------------


def read_documents(report: Report, path: Path) -> LoadedDocuments:
    """Every valid document of documents.yaml, with its text ready for quote look-ups."""
    documents: LoadedDocuments = {}
    for item in report.section(path, report.read(path), "documents"):
        if not isinstance(item, LineMap):
            report.problem(path, 1, "each document must be a mapping of fields")
            continue
        loaded = _document(report, path, item)
        if loaded is None:
            continue
        if loaded[0].id in documents:
            report.problem(path, item.line_of("id"), f"duplicate document id '{loaded[0].id}'")
            continue
        documents[loaded[0].id] = loaded
    return documents


def _document(report: Report, path: Path, item: LineMap) -> tuple[Document, Searchable] | None:
    report.unknown_fields(path, item, DOCUMENT_FIELDS)
    doc_id = report.text(path, item, "id")
    values = {key: report.text(path, item, key) for key in ("file", "title", "publisher", "covers")}
    date = report.text(path, item, "date", required=False)
    url = report.text(path, item, "url", required=False)
    summary = item.get("summary")
    if not isinstance(summary, LineMap):
        report.problem(path, item.line_of("summary"), "missing 'summary' with 'short' and 'long'")
        short = long = ""
    else:
        report.unknown_fields(path, summary, {"short", "long"})
        short = report.text(path, summary, "short")
        long = report.text(path, summary, "long")
    if not doc_id or not values["file"]:
        return None
    source = report.base / values["file"]
    if not source.is_file():
        report.problem(path, item.line_of("file"), f"document file not found: {values['file']}")
        return None
    try:
        text = source.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        report.problem(path, item.line_of("file"), f"document is not UTF-8 text: {values['file']}")
        return None
    document = Document(
        doc_id, values["file"], values["title"], values["publisher"], date, url, values["covers"], short, long, text
    )
    return document, Searchable(text)


# -- aliases.yaml ---------------------------------------------------------------------------


def read_aliases(report: Report, path: Path) -> tuple[AliasGroup, ...]:
    """Alias groups under `names:` and `words:`; a variant may belong to one group only (read quickly first, as
    fact files are: a large fact base has thousands of groups)."""
    return report.read_quickly(path, _ALIAS_LISTS, lambda data: _alias_groups(report, path, data)) or ()


_ALIAS_LISTS = ("names", "words")


def _alias_groups(report: Report, path: Path, data: Any) -> tuple[AliasGroup, ...]:
    groups: list[AliasGroup] = []
    owner: dict[str, tuple[str, int]] = {}  # folded variant -> (canonical, line)
    for key in _ALIAS_LISTS:
        if isinstance(data, LineMap) and key not in data:
            continue
        for item in report.section(path, data, key):
            group = _alias_group(report, path, item, owner, name=key == "names")
            if group:
                groups.append(group)
    return tuple(groups)


def _alias_group(
    report: Report, path: Path, item: Any, owner: dict[str, tuple[str, int]], *, name: bool
) -> AliasGroup | None:
    if not isinstance(item, LineMap):
        report.problem(path, 1, "each alias group must have 'canonical' and 'variants'")
        return None
    report.unknown_fields(path, item, ALIAS_FIELDS)
    canonical = report.text(path, item, "canonical")
    variants = item.get("variants")
    if not isinstance(variants, list) or not variants:
        report.problem(path, item.line_of("variants"), "'variants' must be a non-empty list")
        return None
    clean: list[str] = []
    for index, variant in enumerate([canonical, *variants]):
        line = item.line_of("canonical") if index == 0 else item.line_of("variants", index - 1)
        if not isinstance(variant, str) or not words(variant):
            report.problem(path, line, f"alias variant {variant!r} has no words")
            continue
        if _claimed(report, path, line, owner, " ".join(stems(variant)), canonical, f"'{variant}'"):
            clean.append(variant)
    exact = _exact_forms(report, path, item, owner, canonical)
    return AliasGroup(canonical, tuple(clean[1:]), name, exact) if canonical else None


def _claimed(
    report: Report, path: Path, line: int, owner: dict[str, tuple[str, int]], key: str, canonical: str, shown: str
) -> bool:
    """Whether a group may have a variant (by its `key`): no other group has it. Records it, or reports the clash."""
    previous = owner.get(key)
    if previous and previous[0] != canonical:
        report.problem(
            path,
            line,
            f"alias conflict: {shown} is in group '{canonical}' and in group '{previous[0]}' (line {previous[1]})",
        )
        return False
    owner[key] = (canonical, line)
    return True


def _exact_forms(
    report: Report, path: Path, item: LineMap, owner: dict[str, tuple[str, int]], canonical: str
) -> tuple[str, ...]:
    """A group's `exact:` list: single words, each in one group only (its other forms may be in another)."""
    listed = item.get("exact", [])
    if not isinstance(listed, list):
        report.problem(path, item.line_of("exact"), "'exact' must be a list of single words")
        return ()
    clean = []
    for index, form in enumerate(listed):
        line = item.line_of("exact", index)
        if not isinstance(form, str) or len(words(form)) != 1:
            report.problem(path, line, f"exact variant {form!r} must be one word (it is matched only as written)")
            continue
        if _claimed(report, path, line, owner, "=" + words(form)[0], canonical, f"exact '{form}'"):
            clean.append(words(form)[0])
    return tuple(clean)


# -- channels.yaml (optional) ------------------------------------------------------------------

CHANNEL_FIELDS = {"channel", "documents", "tags", "answer", "note"}
_CHANNEL_ID = pattern(r"^[CGD][A-Z0-9]{2,}$")


def read_channels(report: Report, path: Path, documents: LoadedDocuments, tags: set[str]) -> dict[str, ChannelRule]:
    """Per-channel rules: which documents or topics a channel answers from, and whether the bot also
    answers plain questions there. The file is optional: without it every channel gets everything."""
    if not path.exists():
        return {}
    rules: dict[str, ChannelRule] = {}
    for item in report.section(path, report.read(path), "channels"):
        if not isinstance(item, LineMap):
            report.problem(path, 1, "each channel must be a mapping of fields")
            continue
        report.unknown_fields(path, item, CHANNEL_FIELDS)
        channel = report.text(path, item, "channel")
        if channel and not _CHANNEL_ID.match(channel):
            report.problem(path, item.line_of("channel"), f"'{channel}' is not a channel id (like C0123ABCD)")
            continue
        listed = {key: _word_list(report, path, item, key) for key in ("documents", "tags")}
        for doc_id in listed["documents"]:
            if doc_id not in documents:
                known = ", ".join(sorted(documents)) or "none"
                report.problem(path, item.line_of("documents"), f"unknown document '{doc_id}' (known: {known})")
        for tag in listed["tags"]:
            if tag not in tags:
                report.problem(path, item.line_of("tags"), f"no fact has the tag '{tag}'")
        answering = report.text(path, item, "answer", required=False) or Answering.MENTIONS.value
        if answering not in {a.value for a in Answering}:
            report.problem(path, item.line_of("answer"), "'answer' must be 'mentions' or 'questions'")
            continue
        if channel in rules:
            report.problem(path, item.line_of("channel"), f"channel {channel} is listed twice")
            continue
        if channel:
            note = report.text(path, item, "note", required=False)
            rules[channel] = ChannelRule(
                channel, tuple(listed["documents"]), tuple(listed["tags"]), Answering(answering), note
            )
    return rules


def _word_list(report: Report, path: Path, item: LineMap, key: str) -> list[str]:
    raw = item.get(key, [])
    if not isinstance(raw, list) or not all(isinstance(v, str) and v.strip() for v in raw):
        report.problem(path, item.line_of(key), f"'{key}' must be a list of words")
        return []
    return [v.strip().lower() if key == "tags" else v.strip() for v in raw]


# -- facts/*.yaml ---------------------------------------------------------------------------


def read_facts(report: Report, path: Path, documents: LoadedDocuments) -> list[Fact]:
    """The valid facts of one file, each with its quote located in its document."""
    return report.read_quickly(path, ("facts",), lambda data: _facts_in(report, path, data, documents)) or []


def _facts_in(report: Report, path: Path, data: Any, documents: LoadedDocuments) -> list[Fact]:
    doc_id = data.get("document") if isinstance(data, LineMap) else None
    facts = []
    for item in report.section(path, data, "facts"):
        if not isinstance(item, LineMap):
            report.problem(path, getattr(data, "line", 1), "each fact must be a mapping of fields")
            continue
        fact = _fact(report, path, item, doc_id, data, documents)
        if fact:
            facts.append(fact)
    return facts


def _fact(
    report: Report, path: Path, item: LineMap, doc_id: Any, data: LineMap, documents: LoadedDocuments
) -> Fact | None:
    fact_id = report.text(path, item, "id")
    report.unknown_fields(path, item, FACT_FIELDS, fact_id)
    questions = _questions(report, path, item, fact_id)
    affirms = _questions(report, path, item, fact_id, key="affirms", minimum=0)
    answer = report.text(path, item, "answer", fact_id)
    quote = report.text(path, item, "quote", fact_id)
    tags = _tags(report, path, item, fact_id)
    if not isinstance(doc_id, str) or not doc_id:
        report.problem(path, data.line, "missing 'document:' naming the document these facts come from")
        return None
    if doc_id not in documents:
        known = ", ".join(sorted(documents)) or "none"
        report.problem(path, data.line_of("document"), f"unknown document '{doc_id}' (known: {known})", fact_id)
        return None
    if not (fact_id and answer and quote and questions):
        return None
    document, searchable = documents[doc_id]
    where = searchable.locate(quote)
    if where is None:
        report.problem(path, item.line_of("quote"), f"quote does not occur verbatim in {document.path}", fact_id)
        return None
    for message in quote_problems(quote, document.text, where[0]):
        report.problem(path, item.line_of("quote"), message, fact_id)
    for message in answer_problems(answer):
        report.problem(path, item.line_of("answer"), message, fact_id)
    return Fact(
        fact_id, doc_id, questions, answer, quote, tags, where[0], where[1], report.display(path), item.line, affirms
    )


def quote_problems(quote: str, text: str, start: int) -> list[str]:
    """Why a quote would not prove its answer on its own (empty if it would)."""
    problems = []
    before = text[:start].rstrip(" \t")
    if before and before[-1] not in _BOUNDARY:
        problems.append(
            "quote starts mid-sentence: start it at the beginning of the sentence or clause (after . ! ? : ;), "
            "so that it says who or what it is about"
        )
    found = quote.split()
    if len(found) < MIN_QUOTE_WORDS:
        problems.append(f"quote has {len(found)} word(s): give the whole clause, at least {MIN_QUOTE_WORDS} words")
    first = _first_word(found)
    named = any(w[:1].isupper() for w in found[1 : 1 + _NAMED_WITHIN])
    if first in _PRONOUNS or (first in _DEMONSTRATIVES and not named):
        problems.append(
            f"quote opens with “{found[0]}”, which points back to an earlier sentence: include that sentence"
        )
    return problems


def answer_problems(answer: str) -> list[str]:
    """Why an answer would not read as a reply in a thread (empty if it would)."""
    found = answer.split()
    first = _first_word(found)
    if len(found) < MIN_ANSWER_WORDS or first in _FRAGMENT_START or not answer[:1].isupper() or answer[-1] not in ".!?":
        return [
            "answer should be a full sentence that reads as a reply (a capital, a subject and verb, a full stop): "
            "e.g. “They spoke on November 14.”, not “On November 14.”"
        ]
    return []


def _first_word(found: list[str]) -> str:
    """The first word of a text split at spaces, as `words` reads it ("" if there is none)."""
    first = words(found[0]) if found else []
    return first[0] if first else ""


def _questions(
    report: Report, path: Path, item: LineMap, fact_id: str, *, key: str = "questions", minimum: int = MIN_QUESTIONS
) -> tuple[str, ...]:
    raw = item.get(key, [] if minimum == 0 else None)
    if not isinstance(raw, list):
        report.problem(path, item.line_of(key), f"'{key}' must be a list of phrasings", fact_id)
        return ()
    clean = []
    for index, question in enumerate(raw):
        if not isinstance(question, str) or not question.strip():
            report.problem(path, item.line_of(key, index), "empty question", fact_id)
        elif len(question.split()) <= 5 and not set(words(question)) - STOPWORDS - QUESTION_WORDS:
            # "When was it?" would match every "when" question equally well.
            report.problem(
                path,
                item.line_of(key, index),
                f"question {question!r} has no words beyond question and filler words",
                fact_id,
            )
        else:
            clean.append(question.strip())
    if len(raw) < minimum:
        report.problem(path, item.line_of(key), f"give at least {minimum} phrasings of the question", fact_id)
    return tuple(clean)


def _tags(report: Report, path: Path, item: LineMap, fact_id: str) -> tuple[str, ...]:
    raw = item.get("tags", [])
    if not isinstance(raw, list) or not all(isinstance(t, str) and t.strip() for t in raw):
        report.problem(path, item.line_of("tags"), "'tags' must be a list of words", fact_id)
        return ()
    return tuple(t.strip().lower() for t in raw)
