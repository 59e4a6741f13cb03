"""The harness, run in-process the way a user runs it."""

import io
import json
import subprocess
import sys

import pytest

from bot.cli import main
from tests.conftest import DATA, ROOT


def run(capsys, *argv, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ask_prints_answer_quote_and_document(capsys):
    code, out, _ = run(capsys, "ask", "when did the two presidents speak?")
    assert code == 0
    assert "November 14" in out
    assert "“Held on November 14”" in out
    assert "La Nouvelle Tribune" in out


def test_ask_json_has_the_documented_fields(capsys):
    _, out, _ = run(capsys, "ask", "--json", "what did putin thank egypt for")
    data = json.loads(out)
    assert data["answered"] is True
    assert data["fact_id"] == "thanks-evacuation"
    assert data["document"] == "This is what Putin and al-Sissi said to each other"
    assert "evacuation of Russian citizens" in data["quote"]
    assert 0 < data["score"] <= 1
    assert data["suggestions"] == []


def test_ask_json_batch_reads_one_question_per_line_in_order(capsys, monkeypatch):
    questions = "when did they speak\nWhat is the capital of France?\n\nhostages\n"
    _, out, _ = run(capsys, "ask", "--json", "-", stdin=questions, monkeypatch=monkeypatch)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["question"] for r in rows] == ["when did they speak", "What is the capital of France?", "", "hostages"]
    assert [r["answered"] for r in rows] == [True, False, False, True]


def test_explain_shows_phrasing_score_runner_up_and_margin(capsys):
    _, out, _ = run(capsys, "ask", "--explain", "did they agree on a truce")
    assert "best: ceasefire-agreement" in out
    assert "runner-up:" in out and "margin:" in out and "via “" in out


def test_abstain_points_to_sources(capsys):
    _, out, _ = run(capsys, "ask", "What is the capital of France?")
    assert "I don't have that in my documents." in out
    assert "sources" in out


def test_chat_reads_piped_questions(capsys, monkeypatch):
    code, out, _ = run(capsys, "chat", stdin="who published this\n\nquit\nnot reached\n", monkeypatch=monkeypatch)
    assert code == 0
    assert "La Nouvelle Tribune" in out
    assert "not reached" not in out


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ((), "Putin and al-Sisi spoke by telephone on November 14"),
        (("putin-sisi-call",), "no year is given"),
        (("ceasefire",), "On “ceasefire”: 2 fact(s)"),
        (("truce",), "intensify their efforts"),
    ],
)
def test_summary_for_all_a_document_and_a_topic(capsys, query, expected):
    code, out, _ = run(capsys, "summary", *query)
    assert code == 0
    assert expected in out


def test_summary_of_unknown_topic_lists_what_exists(capsys):
    code, out, _ = run(capsys, "summary", "volcanoes")
    assert code == 1
    assert "No document or topic matches" in out and "Topics:" in out


def test_sources_lists_documents_with_samples(capsys):
    _, out, _ = run(capsys, "sources")
    assert "La Nouvelle Tribune" in out and "Covers:" in out and "• " in out


def test_check_passes_on_shipped_fact_base(capsys):
    code, out, _ = run(capsys, "check")
    assert code == 0 and out.startswith("OK:")


def test_check_fails_naming_file_and_line_on_a_corrupted_quote(capsys, kb_copy):
    facts = kb_copy / "facts" / "putin-sisi-call.yaml"
    facts.write_text(facts.read_text().replace("quote: Held on November 14", "quote: Held on 14 November"))
    code, _, err = run(capsys, "--knowledge", str(kb_copy), "check")
    assert code == 1
    assert "putin-sisi-call.yaml:" in err and "quote does not occur verbatim" in err


def test_ask_refuses_to_start_on_an_invalid_fact_base(capsys, kb_copy):
    (kb_copy / "aliases.yaml").write_text("names: [\n")
    code, _, err = run(capsys, "--knowledge", str(kb_copy), "ask", "hello")
    assert code == 1
    assert "aliases.yaml:" in err and "malformed YAML" in err


def test_eval_prints_figures_and_exits_by_target(capsys):
    code, out, _ = run(capsys, "eval", str(DATA / "eval_dev.yaml"), "--sweep")
    assert code == 0
    assert "accuracy" in out and "Recommended cut-off" in out
    code, out, _ = run(capsys, "eval", str(DATA / "eval_dev.yaml"), "--min-accuracy", "1.01")
    assert code == 1 and "TARGETS MISSED" in out


def test_extract_drafts_facts_with_offsets_and_name_variants(capsys):
    code, out, _ = run(capsys, "extract", "seeds/putin-sisi-phone-call-la-nouvelle-tribune.txt")
    assert code == 0
    assert out.count("    quote: ") >= 10
    assert "# characters " in out
    assert "variants: [Vladimir Putin, Poutine]" in out


def test_python_dash_m_bot_runs_as_a_program():
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "ceasefire"], capture_output=True, text=True, cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0
    assert json.loads(done.stdout)["fact_id"] == "ceasefire-agreement"


def test_did_you_mean_says_whether_the_question_is_covered(capsys):
    _, near, _ = run(capsys, "ask", "How many hostages has Hamas released?")
    assert near.startswith("I don't have exactly that in my documents. Did you mean one of these?")
    _, close, _ = run(capsys, "ask", "Did Cairo help get Russians out of Gaza?")  # two facts close
    assert close.startswith("I'm not sure which of these you mean:")


def test_a_second_document_added_through_extract_is_served_beside_the_first(capsys, kb_copy):
    seeds = kb_copy.parent / "seeds"
    (seeds / "harbour-report.txt").write_text(
        "Harbour report: Port News\n\nThe Valmora harbour reopened on March 3 after the storm repairs. "
        "Engineer Ilsa Korhonen led the repairs, which cost four million euros.\n"
    )
    code, draft, _ = run(capsys, "extract", str(seeds / "harbour-report.txt"), "--id", "harbour")
    assert code == 0
    (kb_copy / "facts" / "harbour.yaml").write_text(draft)
    documents = kb_copy / "documents.yaml"
    documents.write_text(documents.read_text() + (
        "  - id: harbour\n    file: seeds/harbour-report.txt\n    title: Harbour report\n"
        "    publisher: Port News\n    covers: The reopening of the Valmora harbour.\n"
        "    summary:\n      short: The Valmora harbour reopened on March 3.\n"
        "      long: The Valmora harbour reopened on March 3 after storm repairs led by Ilsa Korhonen.\n"
    ))
    assert run(capsys, "--knowledge", str(kb_copy), "check")[0] == 0
    _, out, _ = run(capsys, "--knowledge", str(kb_copy), "ask", "--json", "when did the Valmora harbour reopen")
    assert json.loads(out)["document_id"] == "harbour"
    _, out, _ = run(capsys, "--knowledge", str(kb_copy), "ask", "--json", "when did the two presidents speak?")
    assert json.loads(out)["document_id"] == "putin-sisi-call"
    _, out, _ = run(capsys, "--knowledge", str(kb_copy), "summary")
    assert "Harbour report" in out and "This is what Putin" in out
