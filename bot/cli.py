"""The local harness: every answer, summary and list the Slack bot gives, in a terminal."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from bot import messages
from bot.config import PROJECT_ROOT, ConfigError, Settings, check_store, load_settings
from bot.knowledge import KnowledgeError, check_knowledge
from bot.matching import Index, load_index
from bot.patterns import kept_in
from bot.replies import Reply, reply_to
from bot.summaries import SummaryKind, sources, summarize
from bot.terminal import reply_json, reply_text, sources_text, summary_text

if TYPE_CHECKING:  # the store pulls in SQLAlchemy: only the commands that use it import it
    from bot.store.questions import QuestionStore

Handler = Callable[[argparse.Namespace, Settings], int]
DEV_EVAL = PROJECT_ROOT / "tests" / "data" / "eval_dev.yaml"


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m bot`."""
    args = _plain_ask(sys.argv[1:] if argv is None else argv)
    if args is None:
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


def _plain_ask(argv: list[str]) -> argparse.Namespace | None:
    """`ask` and a question with no options, read without building the parser: building it (gettext
    look-ups, and a terminal-size probe that imports shutil, bz2 and lzma) was a sixth of the command."""
    if len(argv) < 2 or argv[0] != "ask" or any(word.startswith("-") for word in argv[1:]):
        return None
    return argparse.Namespace(handler=_ask, knowledge=None, question=argv[1:], json=False, explain=False)


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
    chat.add_argument("--record", action="store_true", help="keep the questions in the store for the curator report")
    summary = command("summary", _summary, "summaries: all documents, one document, or a topic")
    summary.add_argument("query", nargs="*", help="a document id or title, or a topic word")
    command("sources", _sources, "the documents, what they cover and sample questions")
    evaluate = command("eval", _eval, "measure answers on a labelled question file")
    evaluate.add_argument("file", help="YAML file of questions with expected fact ids")
    evaluate.add_argument("--sweep", action="store_true", help="try a range of answer cut-offs")
    evaluate.add_argument("--min-accuracy", type=float, default=0.95, help="in-scope target (default 0.95)")
    evaluate.add_argument("--min-off-topic", type=float, default=1.0, help="off-topic refusal target (1.0)")
    evaluate.add_argument("--min-near-miss", type=float, default=0.95, help="near-miss refusal target (0.95)")
    extract = command("extract", _extract, "draft facts from a new document for a curator to edit")
    extract.add_argument("file", help="the document, e.g. seeds/new-article.txt")
    extract.add_argument("--id", dest="document_id", help="document id to use in the draft")
    report = command("report", _report, "curator report: unanswered questions, unhelpful answers, picks")
    report.add_argument("--since", default="7d", help="how far back: 30m, 24h, 7d, 2w (default 7d)")
    report.add_argument("--json", action="store_true", help="print JSON")
    report.add_argument("--post", metavar="CHANNEL", help="also post it to a Slack channel (needs SLACK_BOT_TOKEN)")
    learn = command("learn", _learn, "candidate phrasings from real questions; --apply writes them")
    learn.add_argument("--apply", action="store_true", help="write them into the fact files, if nothing gets worse")
    learn.add_argument("--eval", metavar="FILE", default=str(DEV_EVAL), help="evaluation set that must not get worse")
    learn.add_argument("--min-count", type=int, default=1, help="only wordings confirmed at least this often")
    forget = command("forget", _forget, "delete one person's questions and feedback from the store")
    forget.add_argument("--user", required=True, metavar="USER_ID", help="the Slack user id, e.g. U012AB3CD")
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
    # Patterns an earlier run compiled are read, not compiled again (a third of a one-question run).
    with kept_in(settings.cache_dir):
        return _answer_each(args, _index(settings))


def _answer_each(args: argparse.Namespace, index: Index) -> int:
    if args.question != ["-"]:
        _print_answer(" ".join(args.question), index, as_json=args.json, explain=args.explain)
        return 0
    # Lines are read as bytes and decoded one by one, whatever the locale: a line that is not UTF-8
    # is reported (with its number) and skipped, and every line before and after it is answered.
    status = 0
    stdin = getattr(sys.stdin, "buffer", None)
    lines = stdin if stdin is not None else (line.encode() for line in sys.stdin)
    for number, raw in enumerate(lines, 1):
        try:
            question = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as err:
            print(messages.bad_line(number, err.start), file=sys.stderr, flush=True)
            status = 1
            continue
        _print_answer(question, index, as_json=args.json, explain=args.explain)
    return status


def _print_answer(question: str, index: Index, *, as_json: bool, explain: bool) -> Reply:
    reply = reply_to(question, index)
    if as_json:
        print(json.dumps(reply_json(reply, index.knowledge, explain=explain), ensure_ascii=False), flush=True)
    else:
        print(reply_text(reply, index.knowledge, command=messages.SOURCES_CLI, explain=explain), flush=True)
    return reply


def _chat(args: argparse.Namespace, settings: Settings) -> int:
    with kept_in(settings.cache_dir), _store(settings) if args.record else contextlib.nullcontext() as store:
        return _converse(args, _index(settings), store)


def _converse(args: argparse.Namespace, index: Index, store: QuestionStore | None) -> int:
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
        reply = _print_answer(line, index, as_json=False, explain=args.explain)
        if store is not None:
            from bot.store.questions import Asked  # noqa: PLC0415 - only with --record

            store.add(Asked.of(reply, "cli"))
        print()
    return 0


def _summary(args: argparse.Namespace, settings: Settings) -> int:
    index = _index(settings)
    result = summarize(index, " ".join(args.query))
    print(summary_text(result, index.knowledge))
    return 0 if result.kind is not SummaryKind.UNKNOWN else 1


def _sources(args: argparse.Namespace, settings: Settings) -> int:
    index = _index(settings)
    print(sources_text(sources(index.knowledge), index.knowledge.channels))
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


@contextlib.contextmanager
def _store(settings: Settings) -> Iterator[QuestionStore]:
    """The question store for one command; its connections are closed when the command ends."""
    from sqlalchemy.exc import SQLAlchemyError  # noqa: PLC0415 - only the store's commands need these

    from bot.store.database import masked, open_database  # noqa: PLC0415
    from bot.store.questions import QuestionStore, UserPolicy  # noqa: PLC0415

    problems = check_store(settings)
    if problems:
        raise ConfigError("Cannot open the question store:\n" + "\n".join(problems))
    try:
        database = open_database(settings.database_url)
    except (SQLAlchemyError, OSError, ValueError) as err:
        raise ConfigError(
            f"Could not open the database {masked(settings.database_url)}: {type(err).__name__}. "
            "Check BRIEFBOT_DATABASE_URL."
        ) from None
    store = QuestionStore(
        database, users=UserPolicy(settings.store_users), retention_days=settings.retention_days or None
    )
    try:
        yield store
    finally:
        store.flush()
        database.dispose()


def _report(args: argparse.Namespace, settings: Settings) -> int:
    from bot.report import build_report, parse_since, report_text  # noqa: PLC0415 - only this command needs it

    try:
        window = parse_since(args.since)
    except ValueError as err:
        print(err, file=sys.stderr)
        return 2
    with _store(settings) as store:
        store.apply_retention()
        report = build_report(store, _index(settings), since_seconds=window)
    print(json.dumps(report.as_json(), ensure_ascii=False, indent=2) if args.json else report_text(report))
    if args.post:
        from bot.slack.post import post_report  # noqa: PLC0415 - Slack stays out of the harness's imports

        post_report(settings, args.post, report)
        print(f"Posted to {args.post}.", file=sys.stderr)
    return 0


def _learn(args: argparse.Namespace, settings: Settings) -> int:
    from bot import learn  # noqa: PLC0415 - only this command needs it

    index = _index(settings)
    with _store(settings) as store:
        found = [c for c in learn.candidates(store, index) if c.count >= args.min_count]
    print(learn.describe(found))
    if not args.apply or not found:
        return 0
    outcome = learn.apply(found, settings.knowledge_dir, Path(args.eval))
    for candidate, why in outcome.skipped:
        print(f"skipped “{candidate.question}” ({candidate.fact_id}): {why}", file=sys.stderr)
    if outcome.refused:
        print(f"Nothing written: {outcome.refused}", file=sys.stderr)
        return 1
    print(f"Wrote {len(outcome.written)} phrasing(s); `check` passes and the evaluation is no worse.")
    if outcome.before and outcome.after:
        print(f"  in-scope accuracy {outcome.before.accuracy:.1%} → {outcome.after.accuracy:.1%}")
    return 0


def _forget(args: argparse.Namespace, settings: Settings) -> int:
    with _store(settings) as store:
        removed = store.forget_user(args.user)
    print(f"Deleted {removed} record(s) of {args.user}.")
    return 0


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from bot.factbase import FactBase  # noqa: PLC0415 - only serving holds a live fact base
    from bot.slack.server import serve  # noqa: PLC0415 - Slack stays out of the harness's imports

    return serve(settings, FactBase(settings.knowledge_dir, cache_dir=settings.cache_dir))


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if settings.has_slack:
        return _serve(args, settings)
    print(messages.NO_SLACK, file=sys.stderr)
    return _chat(argparse.Namespace(explain=False, record=False), settings)
