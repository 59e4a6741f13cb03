import re

from bot.knowledge import check_knowledge, load_knowledge
from bot.quotes import Searchable
from bot.text import words
from tests.conftest import ROOT


def problems_of(folder):
    knowledge, problems = check_knowledge(folder)
    assert knowledge is None
    return [str(p) for p in problems]


def test_shipped_fact_base_is_valid():
    knowledge = load_knowledge(ROOT / "knowledge")
    assert len(knowledge.facts) >= 15
    for fact in knowledge.facts:
        text = knowledge.document_of(fact).text
        assert " ".join(text[fact.start : fact.end].split()) == " ".join(fact.quote.split())


def test_seed_document_is_a_byte_for_byte_copy():
    shared = ROOT.parent / "shared" / "seeds" / "000_a5a61ea775a520f4.txt"
    ours = ROOT / "seeds" / "putin-sisi-phone-call-la-nouvelle-tribune.txt"
    if shared.exists():
        assert ours.read_bytes() == shared.read_bytes()
    assert b"Poutine I al-Sissi" in ours.read_bytes()


def test_every_sentence_of_the_article_is_reachable_through_a_fact():
    knowledge = load_knowledge(ROOT / "knowledge")
    document = knowledge.documents["putin-sisi-call"]
    covered = [(f.start, f.end) for f in knowledge.facts]
    for match in re.finditer(r"[^.\n]+[.\n]?", document.text):
        if len(words(match.group())) < 3:
            continue
        assert any(s < match.end() and match.start() < e for s, e in covered), match.group()


def test_corrupted_quote_is_reported_with_file_and_line(kb_copy):
    facts = kb_copy / "facts" / "putin-sisi-call.yaml"
    text = facts.read_text()
    facts.write_text(text.replace("quote: Held on November 14", "quote: Held on November 15"))
    line = next(n for n, text in enumerate(facts.read_text().splitlines(), 1) if "November 15" in text)
    found = problems_of(kb_copy)
    assert any(f"putin-sisi-call.yaml:{line}: quote does not occur verbatim" in p and "call-date" in p for p in found)


def test_malformed_yaml_names_file_and_line(kb_copy):
    broken = "document: putin-sisi-call\nfacts:\n  - id: x\n    questions: [a, b\n"
    (kb_copy / "facts" / "broken.yaml").write_text(broken)
    found = problems_of(kb_copy)
    assert any(re.search(r"broken\.yaml:\d+: malformed YAML", p) for p in found)


def test_every_problem_is_reported_at_once(kb_copy):
    (kb_copy / "facts" / "more.yaml").write_text(
        "document: nowhere\nfacts:\n  - id: call-date\n    questions: [one]\n    answer: ''\n    quote: x\n"
    )
    (kb_copy / "facts" / "dup.yaml").write_text(
        "document: putin-sisi-call\nfacts:\n  - id: call-date\n    questions: [a, b]\n    answer: x\n"
        "    quote: Held on November 14\n    qoute: typo\n"
    )
    found = "\n".join(problems_of(kb_copy))
    assert "unknown document 'nowhere'" in found
    assert "missing or empty 'answer'" in found
    assert "give at least 2 phrasings" in found
    assert "duplicate fact id" in found
    assert "unknown field 'qoute'" in found


def test_alias_conflict_is_reported(kb_copy):
    aliases = kb_copy / "aliases.yaml"
    aliases.write_text(aliases.read_text() + "  - canonical: other\n    variants: [Poutine]\n")
    assert any("alias conflict: 'Poutine'" in p for p in problems_of(kb_copy))


def test_duplicate_yaml_keys_are_reported(kb_copy):
    facts = kb_copy / "facts" / "putin-sisi-call.yaml"
    extra = "    tags: [call, date]\n    answer: again\n"
    facts.write_text(facts.read_text().replace("    tags: [call, date]\n", extra))
    assert any("key 'answer' appears twice" in p for p in problems_of(kb_copy))


def test_missing_document_file_is_reported(kb_copy):
    (kb_copy.parent / "seeds" / "putin-sisi-phone-call-la-nouvelle-tribune.txt").unlink()
    assert any("document file not found" in p for p in problems_of(kb_copy))


def test_quotes_match_across_whitespace_differences():
    searchable = Searchable("one  two\nthree   four")
    assert searchable.locate("two three") == (5, 14)
    assert searchable.locate("two four") is None


def test_a_phrasing_with_only_question_words_is_reported(kb_copy):
    facts = kb_copy / "facts" / "putin-sisi-call.yaml"
    facts.write_text(facts.read_text().replace("      - date of the call\n", "      - When was it?\n", 1))
    assert any("'When was it?' has no words beyond question and filler words" in p for p in problems_of(kb_copy))


def test_odd_yaml_values_are_reported_not_raised(kb_copy):
    (kb_copy / "facts" / "odd.yaml").write_text("document: putin-sisi-call\n[a]: b\nfacts: []\n")
    (kb_copy / "facts" / "odd2.yaml").write_text("document: putin-sisi-call\ndate: 2023-13-45\nfacts: []\n")
    found = "\n".join(problems_of(kb_copy))
    assert "odd.yaml:2: malformed YAML: a key must be plain text" in found
    assert "odd2.yaml:1: malformed YAML value" in found
