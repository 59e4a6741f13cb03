"""The harness, run in-process the way a user runs it (on the test fact base)."""

import io
import json
import subprocess
import sys

import pytest

from bot.cli import main
from tests.conftest import KB, ROOT


def run(capsys, *argv, stdin=None, monkeypatch=None, knowledge=KB):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["--knowledge", str(knowledge), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_ask_prints_answer_quote_and_document(capsys):
    code, out, _ = run(capsys, "ask", "when did the harbour reopen?")
    assert code == 0
    assert "The Valmora harbour reopened on March 3." in out
    assert "“The Valmora harbour reopened on March 3 after three weeks of storm repairs.”" in out
    assert "Port News" in out and "characters " in out


def test_ask_json_has_the_documented_fields(capsys):
    _, out, _ = run(capsys, "ask", "--json", "who did the mayor thank")
    data = json.loads(out)
    assert data["answered"] is True and data["outcome"] == "answer" and data["reason"] == ""
    assert data["fact_id"] == "mayor-thanks"
    assert data["document"] == "Valmora harbour reopens after storm repairs" and data["document_id"] == "harbour"
    assert data["quote"] == "Mayor Tomas Brandt thanked the dock workers for working through the night."
    assert 0 < data["score"] <= 1
    assert data["suggestions"] == []


def test_ask_json_batch_reads_one_question_per_line_in_order(capsys, monkeypatch):
    questions = "when did the harbour reopen\nWhat is the capital of France?\n\nferry\n"
    _, out, _ = run(capsys, "ask", "--json", "-", stdin=questions, monkeypatch=monkeypatch)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["question"] for r in rows] == [
        "when did the harbour reopen",
        "What is the capital of France?",
        "",
        "ferry",
    ]
    assert [r["answered"] for r in rows] == [True, False, False, True]


def test_explain_shows_phrasing_score_runner_up_and_margin(capsys):
    _, out, _ = run(capsys, "ask", "--explain", "what did the repairs cost")
    assert "best: repair-cost" in out
    assert "runner-up:" in out and "margin:" in out and "via “" in out


def test_abstain_points_to_sources(capsys):
    _, out, _ = run(capsys, "ask", "What is the capital of France?")
    assert out.startswith("I don't have that in my documents.")
    assert "python -m bot sources" in out


def test_did_you_mean_says_whether_the_question_is_covered(capsys):
    _, near, _ = run(capsys, "ask", "what did the engineer do")
    assert near.startswith("I don't have exactly that in my documents. Did you mean one of these?")
    _, close, _ = run(capsys, "ask", "repairz")  # two facts equally close
    assert close.startswith("I'm not sure which of these you mean:")


def test_chat_reads_piped_questions(capsys, monkeypatch):
    code, out, _ = run(capsys, "chat", stdin="who published this\n\nquit\nnot reached\n", monkeypatch=monkeypatch)
    assert code == 0
    assert "Port News" in out
    assert "not reached" not in out


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ((), "The Valmora harbour reopened on March 3 after storm repairs"),
        (("harbour",), "The ferry to Lindholm resumes in April"),
        (("date",), "On “date”: 2 fact(s)"),
        (("boat service",), "will resume in April"),
    ],
)
def test_summary_for_all_a_document_and_a_topic(capsys, query, expected):
    code, out, _ = run(capsys, "summary", *query)
    assert code == 0
    assert expected in out


def test_summary_of_unknown_topic_lists_what_exists(capsys):
    code, out, _ = run(capsys, "summary", "volcanoes")
    assert code == 1
    assert "No document or topic matches “volcanoes”" in out and "Topics: " in out


def test_sources_lists_documents_with_samples(capsys):
    _, out, _ = run(capsys, "sources")
    assert "Port News" in out and "Covers:" in out and "7 facts. Try:" in out and "• " in out


def test_check_passes_on_a_valid_fact_base(capsys):
    code, out, _ = run(capsys, "check")
    assert code == 0 and out.startswith("OK: 1 document(s), 7 fact(s)")


def test_check_fails_naming_file_and_line_on_a_corrupted_quote(capsys, kb_copy):
    facts = kb_copy / "facts" / "harbour.yaml"
    facts.write_text(facts.read_text().replace("reopened on March 3 after", "reopened on 3 March after"))
    code, _, err = run(capsys, "check", knowledge=kb_copy)
    assert code == 1
    assert "harbour.yaml:" in err and "quote does not occur verbatim" in err and "1 problem(s) found." in err


def test_ask_refuses_to_start_on_an_invalid_fact_base(capsys, kb_copy):
    (kb_copy / "aliases.yaml").write_text("names: [\n")
    code, _, err = run(capsys, "ask", "hello", knowledge=kb_copy)
    assert code == 1
    assert "aliases.yaml:" in err and "malformed YAML" in err


def test_eval_prints_figures_and_exits_by_target(capsys, tmp_path):
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "questions:\n"
        "  - {q: when did the harbour reopen, expect: reopen-date}\n"
        "  - {q: who led the repairs, expect: repair-lead}\n"
        "  - {q: what is the capital of France, expect: abstain, kind: off-topic}\n"
        "  - {q: what did Korhonen say about Paris, expect: abstain, kind: near-miss}\n"
    )
    code, out, _ = run(capsys, "eval", str(cases), "--sweep")
    assert code == 0
    assert "accuracy 100.0%" in out and "Recommended cut-off" in out
    code, out, _ = run(capsys, "eval", str(cases), "--min-accuracy", "1.01")
    assert code == 1 and "TARGETS MISSED" in out


def test_extract_drafts_facts_with_offsets_and_name_variants(capsys, tmp_path):
    document = tmp_path / "names.txt"
    document.write_text(
        "Vladimir Putin spoke first at the long meeting. Later Poutine spoke again about the harbour plan. "
        "He then left the room before the vote.\nShort title line\n"
    )
    code, out, _ = run(capsys, "extract", str(document))
    assert code == 0
    assert out.count("    quote: ") == 3
    assert "# characters 0-47" in out
    # "He then left …" points back: its quote takes in the sentence before, which says who.
    assert 'quote: "Later Poutine spoke again about the harbour plan. He then left the room before the vote."' in out
    assert "# skipped characters" in out and "Short title line" in out
    assert "variants: [Poutine" in out


def test_python_dash_m_bot_runs_as_a_program():
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--knowledge", str(KB), "ask", "--json", "ferry"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0
    assert json.loads(done.stdout)["fact_id"] == "ferry-service"


def test_a_second_document_added_through_extract_is_served_beside_the_first(capsys, kb_copy):
    seeds = kb_copy.parent / "seeds"
    (seeds / "festival.txt").write_text(
        "Festival notes: Town Crier\n\nThe Brightwater music festival opens on June 9 in Oakhollow park. "
        "Conductor Mirela Stanescu will lead the opening concert, which is free for children.\n"
    )
    code, draft, _ = run(capsys, "extract", str(seeds / "festival.txt"), "--id", "festival")
    assert code == 0
    (kb_copy / "facts" / "festival.yaml").write_text(draft)
    documents = kb_copy / "documents.yaml"
    documents.write_text(
        documents.read_text()
        + (
            "  - id: festival\n    file: seeds/festival.txt\n    title: Festival notes\n"
            "    publisher: Town Crier\n    covers: The Brightwater music festival.\n"
            "    summary:\n      short: The Brightwater festival opens on June 9.\n"
            "      long: The Brightwater music festival opens on June 9 in Oakhollow park.\n"
        )
    )
    assert run(capsys, "check", knowledge=kb_copy)[0] == 0
    _, out, _ = run(
        capsys, "ask", "--json", "what about the Brightwater music festival in Oakhollow", knowledge=kb_copy
    )
    assert json.loads(out)["document_id"] == "festival"
    _, out, _ = run(capsys, "ask", "--json", "when did the harbour reopen?", knowledge=kb_copy)
    assert json.loads(out)["document_id"] == "harbour"
    _, out, _ = run(capsys, "summary", knowledge=kb_copy)
    assert "Festival notes" in out and "Valmora harbour reopens" in out


def test_knowledge_defaults_to_the_current_folders_own(tmp_path, monkeypatch, capsys):
    import shutil  # noqa: PLC0415

    shutil.copytree(KB, tmp_path / "knowledge")
    shutil.copytree(KB.parent / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 0
    assert "7 fact(s)" in capsys.readouterr().out


def test_a_plain_ask_skips_the_parser_and_answers_as_the_parsed_one_does(tmp_path, monkeypatch, capsys):
    import shutil  # noqa: PLC0415

    from bot.cli import _plain_ask  # noqa: PLC0415

    assert _plain_ask(["ask", "who", "led", "it"]).question == ["who", "led", "it"]
    for parsed_only in (["ask"], ["ask", "--json", "who"], ["ask", "-"], ["--knowledge", "k", "ask", "who"], ["check"]):
        assert _plain_ask(parsed_only) is None
    shutil.copytree(KB, tmp_path / "knowledge")
    shutil.copytree(KB.parent / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    assert main(["ask", "when", "did", "the", "harbour", "reopen?"]) == 0
    plain = capsys.readouterr().out
    assert main(["--knowledge", "knowledge", "ask", "when", "did", "the", "harbour", "reopen?"]) == 0
    assert plain == capsys.readouterr().out and "reopened on March 3" in plain


def test_ask_batch_reports_a_line_that_is_not_utf8_and_answers_the_rest():
    questions = b"ferry\n\xff\xfe broken\nwho led the repairs\n"
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--knowledge", str(KB), "ask", "--json", "-"],
        input=questions, capture_output=True, cwd=ROOT, check=False,
        env={"LC_ALL": "C", "PATH": "/usr/bin:/bin", "BRIEFBOT_CACHE_DIR": "off"},
    )  # fmt: skip
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["fact_id"] for r in rows] == ["ferry-service", "repair-lead"]
    assert b"line 2: not UTF-8 text" in done.stderr and done.returncode == 1
