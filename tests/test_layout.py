"""The architecture, checked: the core never imports Slack, listeners stand alone, tests and bench share no code."""

import re
import subprocess
import sys

from bot.factbase import FactBase
from bot.slack.listeners import Deps, sources_command
from bot.slack.work import InFlight
from tests.conftest import ROOT


def test_core_does_not_import_slack():
    code = (
        "import sys; import bot.cli, bot.matching, bot.terminal, bot.summaries, bot.extract, bot.evaluation, "
        "bot.factbase, bot.messages; "
        "sys.exit(1 if any(m.startswith(('slack_bolt', 'slack_sdk')) for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_only_the_slack_wing_imports_slack():
    for path in (ROOT / "bot").rglob("*.py"):
        if "slack" in path.relative_to(ROOT / "bot").parts or path.parent.name == "testing":
            continue
        assert not re.search(r"^\s*(from|import) slack_(bolt|sdk)", path.read_text(), re.MULTILINE), path


def test_tests_and_bench_do_not_import_each_other():
    for folder, other in (("tests", "bench"), ("bench", "tests")):
        for path in (ROOT / folder).rglob("*.py"):
            assert not re.search(rf"^\s*(from|import) {other}\b", path.read_text(), re.MULTILINE), path


def test_a_listener_can_be_called_on_its_own(index):
    acked, replies = [], []
    deps = Deps(FactBase.of(index), journal=None, in_flight=InFlight())  # type: ignore[arg-type]
    sources_command(
        ack=lambda: acked.append(True), respond=lambda **reply: replies.append(reply), context={}, briefbot=deps
    )
    assert acked == [True]
    [reply] = replies
    assert reply["response_type"] == "ephemeral" and "Port News" in reply["text"]
