"""The local harness: every answer, summary and list the Slack bot gives, in a terminal."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable
from pathlib import Path

from bot import messages
from bot.config import ConfigError, Settings, load_settings
from bot.factbase import FactBase
from bot.knowledge import KnowledgeError, check_knowledge
from bot.matching import Index, answer, load_index
from bot.summaries import SummaryKind, sources, summarize
from bot.terminal import result_json, result_text, sources_text, summary_text

Handler = Callable[[argparse.Namespace, Settings], int]


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m bot`."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    settings = load_settings()
    if args.knowledge:
        settings = dataclasses.replace(settings, knowledge_dir=Path(args.knowledge))
    try:
        return int(args.handler(args, settings))
    except ConfigError as err:
        print(err, file=sys.stderr)
        return 2
    except KnowledgeError as err:
        print(err, file=sys.stderr)
        return 1
    except (BrokenPipeError, KeyboardInterrupt):
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Briefbot: answers with their sources.")
    parser.add_argument(
        "--knowledge", metavar="DIR", help="knowledge folder (default: ./knowledge if there is one, else the project's)"
    )
    commands = parser.add_subparsers(metavar="COMMAND")

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    command("check", _check, "validate the fact base; exit 1 on any problem")
    ask = command("ask", _ask, "answer one question (or one per line from stdin with '-')")
    ask.add_argument("question", nargs="+", help="the question, or - to read one per line from stdin")
    ask.add_argument("--json", action="store_true", help="print one JSON object per question")
    ask.add_argument("--explain", action="store_true", help="show the matched phrasing, scores and margin")
    chat = command("chat", _chat, "ask questions interactively (or piped on stdin)")
    chat.add_argument("--explain", action="store_true", help="explain each answer")
    summary = command("summary", _summary, "summaries: all documents, one document, or a topic")
    summary.add_argument("query", nargs="*", help="a document id or title, or a topic word")
    command("sources", _sources, "the documents, what they cover and sample questions")
    evaluate = command("eval", _eval, "measure answers on a labelled question file")
    evaluate.add_argument("file", help="YAML file of questions with expected fact ids")
    evaluate.add_argument("--sweep", action="store_true", help="try a range of answer cut-offs")
    evaluate.add_argument("--min-accuracy", type=float, default=0.95, help="in-scope target (default 0.95)")
    evaluate.add_argument("--min-off-topic", type=float, default=1.0, help="off-topic refusal target (1.0)")
    evaluate.add_argument("--min-near-miss", type=float, default=0.8, help="near-miss refusal target (0.8)")
    extract = command("extract", _extract, "draft facts from a new document for a curator to edit")
    extract.add_argument("file", help="the document, e.g. seeds/new-article.txt")
    extract.add_argument("--id", dest="document_id", help="document id to use in the draft")
    command("serve", _serve, "run the Slack bot (Socket Mode if SLACK_APP_TOKEN is set, else HTTP)")
    command("run", _run, "the Slack bot when Slack tokens are set, else the local chat")
    return parser


def _index(settings: Settings) -> Index:
    """Load, validate and index the fact base (raises KnowledgeError)."""
    return load_index(settings.knowledge_dir, cache_dir=settings.cache_dir)


def _check(args: argparse.Namespace, settings: Settings) -> int:
    knowledge, problems = check_knowledge(settings.knowledge_dir)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems or knowledge is None:
        print(messages.problems_found(len(problems)), file=sys.stderr)
        return 1
    print(messages.check_ok(len(knowledge.documents), len(knowledge.facts), len(knowledge.aliases)))
    return 0


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    index = _index(settings)
    batch = args.question == ["-"]
    questions = (line.rstrip("\n") for line in sys.stdin) if batch else [" ".join(args.question)]
    for question in questions:
        _print_answer(question, index, as_json=args.json, explain=args.explain)
    return 0


def _print_answer(question: str, index: Index, *, as_json: bool, explain: bool) -> None:
    result = answer(question, index)
    if as_json:
        print(json.dumps(result_json(result, index.knowledge, explain=explain), ensure_ascii=False), flush=True)
    else:
        print(result_text(result, index.knowledge, command=messages.SOURCES_CLI, explain=explain), flush=True)


def _chat(args: argparse.Namespace, settings: Settings) -> int:
    index = _index(settings)
    interactive = sys.stdin.isatty()
    if interactive:
        print(messages.chat_banner(len(index.knowledge.facts), len(index.knowledge.documents)))
    while True:
        try:
            line = input("you> " if interactive else "")
        except EOFError:
            break
        if line.strip().lower() in ("quit", "exit"):
            break
        if not interactive and not line.strip():
            continue
        if not interactive:
            print(f"> {line}")
        _print_answer(line, index, as_json=False, explain=args.explain)
        print()
    return 0


def _summary(args: argparse.Namespace, settings: Settings) -> int:
    index = _index(settings)
    result = summarize(index, " ".join(args.query))
    print(summary_text(result, index.knowledge))
    return 0 if result.kind is not SummaryKind.UNKNOWN else 1


def _sources(args: argparse.Namespace, settings: Settings) -> int:
    index = _index(settings)
    print(sources_text(sources(index.knowledge)))
    return 0


def _eval(args: argparse.Namespace, settings: Settings) -> int:
    from bot.evaluation_report import run_eval  # noqa: PLC0415 - only this command needs it

    return run_eval(args, _index(settings))


def _extract(args: argparse.Namespace, settings: Settings) -> int:
    from bot.extract import draft_yaml  # noqa: PLC0415 - only this command needs it

    path = Path(args.file)
    if not path.is_file():
        print(f"{path}: file not found", file=sys.stderr)
        return 1
    try:
        print(draft_yaml(path, document_id=args.document_id), end="")
    except UnicodeDecodeError as err:
        print(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})", file=sys.stderr)
        return 1
    return 0


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from bot.slack.server import serve  # noqa: PLC0415 - Slack stays out of the harness's imports

    return serve(settings, FactBase(settings.knowledge_dir, cache_dir=settings.cache_dir))


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if settings.has_slack:
        return _serve(args, settings)
    print(messages.NO_SLACK, file=sys.stderr)
    return _chat(argparse.Namespace(explain=False), settings)
