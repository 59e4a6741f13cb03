"""Validation of a knowledge folder (on the test fact base): every problem, with file and line."""

import re

import pytest

from bot.knowledge import check_knowledge
from bot.knowledge.quotes import Searchable
from bot.knowledge.yamlfile import load_plain, load_yaml
from tests.conftest import KB, ROOT

FACTS = "harbour.yaml"


def problems_of(folder):
    knowledge, problems = check_knowledge(folder)
    assert knowledge is None
    return [str(p) for p in problems]


def test_test_fact_base_is_valid(kb_copy):
    knowledge, problems = check_knowledge(kb_copy)
    assert problems == [] and knowledge is not None and len(knowledge.facts) == 7


def test_corrupted_quote_is_reported_with_file_and_line(kb_copy):
    facts = kb_copy / "facts" / FACTS
    facts.write_text(facts.read_text().replace("reopened on March 3 after", "reopened on March 4 after"))
    line = next(n for n, text in enumerate(facts.read_text().splitlines(), 1) if "March 4 after" in text)
    found = problems_of(kb_copy)
    assert any(f"{FACTS}:{line}: quote does not occur verbatim" in p and "reopen-date" in p for p in found)


def test_malformed_yaml_names_file_and_line(kb_copy):
    broken = "document: harbour\nfacts:\n  - id: x\n    questions: [a, b\n"
    (kb_copy / "facts" / "broken.yaml").write_text(broken)
    found = problems_of(kb_copy)
    assert any(re.search(r"broken\.yaml:\d+: malformed YAML", p) for p in found)


def test_every_problem_is_reported_at_once(kb_copy):
    (kb_copy / "facts" / "more.yaml").write_text(
        "document: nowhere\nfacts:\n  - id: reopen-date\n    questions: [one]\n    answer: ''\n    quote: x\n"
    )
    (kb_copy / "facts" / "dup.yaml").write_text(
        "document: harbour\nfacts:\n  - id: reopen-date\n    questions: [a b, c d]\n    answer: x\n"
        "    quote: Fishing boats were the first\n    qoute: typo\n"
    )
    found = "\n".join(problems_of(kb_copy))
    assert "unknown document 'nowhere'" in found
    assert "missing or empty 'answer'" in found
    assert "give at least 2 phrasings" in found
    assert "duplicate fact id" in found
    assert "unknown field 'qoute'" in found


def test_alias_conflict_is_reported(kb_copy):
    aliases = kb_copy / "aliases.yaml"
    aliases.write_text(aliases.read_text() + "  - canonical: other\n    variants: [Korhonnen]\n")
    assert any("alias conflict: 'Korhonnen'" in p for p in problems_of(kb_copy))


def test_an_exact_variant_is_one_word_and_matched_only_as_written(kb_copy):
    from bot.knowledge import load_knowledge  # noqa: PLC0415
    from bot.matching.terms import Normalizer  # noqa: PLC0415

    aliases = kb_copy / "aliases.yaml"
    plain = aliases.read_text()
    aliases.write_text(plain + "  - canonical: mend\n    variants: [mended]\n    exact: [patch up]\n")
    assert any("exact variant 'patch up' must be one word" in p for p in problems_of(kb_copy))
    aliases.write_text(plain + "  - canonical: mend\n    variants: [mended]\n    exact: [patch]\n")
    normalizer = Normalizer(load_knowledge(kb_copy).aliases)
    # "patch" is the group's; "patches", which stemming joins to it, is a word of its own.
    assert normalizer.terms_of_words(["patch"]) == normalizer.terms_of_words(["mend"])
    assert normalizer.terms_of_words(["patches"]) != normalizer.terms_of_words(["mend"])


def test_duplicate_yaml_keys_are_reported(kb_copy):
    facts = kb_copy / "facts" / FACTS
    facts.write_text(
        facts.read_text().replace("    tags: [harbour, date]\n", "    tags: [harbour, date]\n    answer: again\n", 1)
    )
    assert any("key 'answer' appears twice" in p for p in problems_of(kb_copy))


def test_missing_document_file_is_reported(kb_copy):
    (kb_copy.parent / "seeds" / "harbour-report.txt").unlink()
    assert any("document file not found" in p for p in problems_of(kb_copy))


def test_quotes_match_across_whitespace_differences():
    searchable = Searchable("one  two\nthree   four")
    assert searchable.locate("two three") == (5, 14)
    assert searchable.locate("two four") is None


def test_a_phrasing_with_only_question_words_is_reported(kb_copy):
    facts = kb_copy / "facts" / FACTS
    facts.write_text(facts.read_text().replace("      - reopening date of the harbour\n", "      - When was it?\n", 1))
    assert any("'When was it?' has no words beyond question and filler words" in p for p in problems_of(kb_copy))


def test_odd_yaml_values_are_reported_not_raised(kb_copy):
    (kb_copy / "facts" / "odd.yaml").write_text("document: harbour\n[a]: b\nfacts: []\n")
    (kb_copy / "facts" / "odd2.yaml").write_text("document: harbour\ndate: 2023-13-45\nfacts: []\n")
    found = "\n".join(problems_of(kb_copy))
    assert "odd.yaml:2: malformed YAML: a key must be plain text" in found
    assert "odd2.yaml:1: malformed YAML value" in found


def test_yaml_alias_bombs_are_refused_at_once(kb_copy):
    bomb = ["names:", "  - &a0 {canonical: x, variants: [y]}"]
    bomb += [f"  - &a{n} [*a{n - 1}, *a{n - 1}, *a{n - 1}, *a{n - 1}, *a{n - 1}, *a{n - 1}]" for n in range(1, 30)]
    (kb_copy / "aliases.yaml").write_text("\n".join(bomb) + "\n")
    found = "\n".join(problems_of(kb_copy))
    assert re.search(r"aliases\.yaml:\d+: malformed YAML: anchors and aliases \(&name, \*name\) are not allowed", found)


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        (
            "quote: The Valmora harbour reopened on March 3 after three weeks of storm repairs.",
            "quote: reopened on March 3 after three weeks of storm repairs.",
            "quote starts mid-sentence",
        ),
        (
            "quote: Mayor Tomas Brandt thanked the dock workers for working through the night.",
            "quote: working through the night.",
            "quote has 4 word(s)",
        ),
        (
            "answer: The repairs cost four million euros.",
            "answer: Four million euros.",
            "answer should be a full sentence",
        ),
        ("answer: The Valmora harbour reopened on March 3.", "answer: On March 3.", "answer should be a full sentence"),
    ],
)
def test_quotes_must_prove_their_answer_alone_and_answers_read_as_replies(kb_copy, old, new, problem):
    facts = kb_copy / "facts" / FACTS
    facts.write_text(facts.read_text().replace(old, new, 1))
    assert any(problem in p for p in problems_of(kb_copy))


def test_a_quote_that_points_back_must_take_in_what_it_points_to(tmp_path):
    from bot.knowledge.validate import quote_problems  # noqa: PLC0415

    text = (
        "The two heads of state met. They also spoke about the hostages in the city. This gesture mattered a lot then."
    )
    assert any("points back" in p for p in quote_problems("They also spoke about the hostages in the city.", text, 28))
    assert quote_problems("The two heads of state met. They also spoke about the hostages in the city.", text, 0) == []
    assert any("points back" in p for p in quote_problems("This gesture mattered a lot then.", text, 76))


def test_the_fact_table_gives_back_every_fact_as_it_was():
    import pickle  # noqa: PLC0415

    from bot.knowledge import Fact, FactTable  # noqa: PLC0415

    facts = [
        Fact("a", "doc", ("Wer?", "Straße?"), "Ein Satz mit Umlaut: ü.", "quote “a”", ("t1",), 0, 9, "f.yaml", 3),
        Fact("b", "doc", ("Q?",), "Answer.", "Quote.", (), 10, 16, "g.yaml", 7, affirms=("Did it?", "Was it?")),
        Fact("c", "other", ("", "x"), "", "", ("x", "y", "z"), 2**40, 2**40 + 1, "h.yaml", 1),
    ]
    table = FactTable(facts)
    assert list(table) == facts and len(table) == 3 and table[-1] == facts[-1] and table[1:] == tuple(facts[1:])
    assert table.number_of("b") == 1 and table.number_of("nope") is None
    again = pickle.loads(pickle.dumps(table))
    assert again == table and list(again) == facts and hash(again) == hash(table)
    assert FactTable.of(table) is table and FactTable(facts[:2]) != table


@pytest.mark.parametrize("folder", [KB, ROOT / "knowledge"])
def test_the_quick_reader_gives_what_pyyaml_gives_with_each_facts_line(folder):
    for path in sorted((folder / "facts").glob("*.yaml")):
        quick = load_plain(path, "facts")
        assert quick is not None, path
        data, lines = quick
        slow = load_yaml(path)
        assert data == slow
        assert lines == {"facts": [item.line for item in slow["facts"]]}
    quick = load_plain(folder / "aliases.yaml", "names", "words")
    assert quick is not None
    data, lines = quick
    slow = load_yaml(folder / "aliases.yaml")
    assert data == slow and lines == {
        key: [item.line for item in slow[key]] for key in ("names", "words") if key in slow
    }


@pytest.mark.parametrize(
    "text",
    [
        "document: d\nfacts:\n  - id: &a x\n    tags: [*a]\n",  # an alias: PyYAML refuses it, with its line
        "document: d\nfacts:\n  - id: x\n    id: y\n",  # a duplicate key
        "document: d\nfacts:\n  - id: x\n    tags: [yes, no]\n",  # booleans in YAML 1.1, text in 1.2
        "document: d\nfacts:\n  - id: x\n    answer: 2023-01-05\n",  # a date
        "document: d\nfacts:\n  - id: x\n    answer: 1:20\n",  # sexagesimal 80 in YAML 1.1
        "document: d\nfacts:\n  - id: x\n    answer:\n",  # null
        "document: d\n[a]: b\nfacts: []\n",  # a key that is not text
        "document: d\nfacts: [{id: x}, {id: y}]\n",  # items not found by their dashes
        "document: d\nfacts:\n  - id: x\n    q: {nested: map}\n",  # nesting a fact file never has
        "- just\n- a list\n",
    ],
)
def test_the_quick_reader_leaves_anything_unusual_to_pyyaml(tmp_path, text):
    path = tmp_path / "facts.yaml"
    path.write_text(text)
    assert load_plain(path, "facts") is None


def test_a_problem_in_a_file_read_quickly_is_still_located(kb_copy):
    facts = kb_copy / "facts" / "harbour.yaml"
    lines = facts.read_text().splitlines()
    number = next(i for i, line in enumerate(lines) if "quote:" in line)
    lines[number] = lines[number].split("quote:")[0] + "quote: Words the report never says at all."
    facts.write_text("\n".join(lines) + "\n")
    assert load_plain(facts, "facts") is not None  # read quickly first
    [problem] = [p for p in problems_of(kb_copy) if "verbatim" in p]
    assert f"harbour.yaml:{number + 1}:" in problem
