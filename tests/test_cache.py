"""The index cache: reused while nothing changed, rebuilt after any edit, never trusted blindly."""

import pickle

import pytest

from bot.knowledge import KnowledgeError
from bot.matching import answer, cache
from bot.matching.cache import code_files, load_index


def test_unchanged_fact_base_loads_from_the_cache(kb_copy, tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    first = load_index(kb_copy, cache_dir=folder)
    assert len(list(folder.glob("index-*.pickle"))) == 1
    monkeypatch.setattr(cache, "build_index", lambda _: (_ for _ in ()).throw(AssertionError("rebuilt")))
    second = load_index(kb_copy, cache_dir=folder)
    assert answer("ferry", second).best.fact.id == answer("ferry", first).best.fact.id


def test_an_edit_misses_the_cache_and_the_new_content_is_served(kb_copy, tmp_path):
    folder = tmp_path / "cache"
    load_index(kb_copy, cache_dir=folder)
    facts = kb_copy / "facts" / "harbour.yaml"
    facts.write_text(facts.read_text().replace("answer: The Valmora harbour", "answer: It seems the Valmora harbour"))
    index = load_index(kb_copy, cache_dir=folder)
    assert index.knowledge.fact("reopen-date").answer.startswith("It seems")
    assert len(list(folder.glob("index-*.pickle"))) == 1


def test_an_edited_document_is_never_served_from_a_stale_cache(kb_copy, tmp_path):
    folder = tmp_path / "cache"
    load_index(kb_copy, cache_dir=folder)
    seed = kb_copy.parent / "seeds" / "harbour-report.txt"
    seed.write_text(seed.read_text().replace("reopened on March 3", "reopened on March 4"))
    with pytest.raises(KnowledgeError, match="quote does not occur verbatim"):
        load_index(kb_copy, cache_dir=folder)


def test_a_corrupt_cache_file_is_rebuilt(kb_copy, tmp_path):
    folder = tmp_path / "cache"
    load_index(kb_copy, cache_dir=folder)
    [entry] = folder.glob("index-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert load_index(kb_copy, cache_dir=folder).knowledge.fact("reopen-date")
    assert entry.read_bytes().startswith(b"briefbot-index-")


class _Exploit:
    def __reduce__(self):
        return (exec, ("raise SystemExit('code from a crafted cache ran')",))


@pytest.mark.parametrize("payload", [_Exploit(), ["a", "valid", "pickle", "of", "the", "wrong", "type"]])
def test_a_cache_file_not_signed_with_our_key_is_never_unpickled(kb_copy, tmp_path, payload):
    folder = tmp_path / "cache"
    load_index(kb_copy, cache_dir=folder)
    [entry] = folder.glob("index-*.pickle")
    entry.write_bytes(entry.read_bytes()[: len(b"briefbot-index-1\n") + 32] + pickle.dumps(payload))
    assert load_index(kb_copy, cache_dir=folder).knowledge.fact("reopen-date")


def test_the_cache_key_covers_every_module_the_index_is_built_from():
    names = {f"{p.parent.name}/{p.name}" for p in code_files()}
    assert {"matching/index.py", "matching/terms.py", "knowledge/validate.py", "bot/words.py", "bot/markup.py"} <= names
    assert not any("slack" in name or "cli" in name for name in names)


def _age(folder, seconds):
    import os  # noqa: PLC0415
    import time  # noqa: PLC0415

    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, (time.time() - seconds, time.time() - seconds))


def test_files_hashed_once_are_known_by_their_stat_and_an_edit_is_still_seen(kb_copy, tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    _age(kb_copy.parent, 60)
    load_index(kb_copy, cache_dir=folder)
    remembered = cache.Hashes(folder).known
    assert any(name.endswith("harbour.yaml") for name in remembered)
    assert any(name.endswith("harbour-report.txt") for name in remembered)  # documents too
    # Unchanged: nothing is read again to know it.
    reads = []
    real = cache.Path.read_bytes
    monkeypatch.setattr(cache.Path, "read_bytes", lambda p: reads.append(p.name) or real(p))
    load_index(kb_copy, cache_dir=folder)
    assert not {"harbour.yaml", "harbour-report.txt"} & set(reads)
    # An edit of the same size, just now: its new time gives it away, and it is not remembered yet.
    facts = kb_copy / "facts" / "harbour.yaml"
    facts.write_text(facts.read_text().replace("answer: The Valmora harbour", "answer: The Valmora Harbour"))
    index = load_index(kb_copy, cache_dir=folder)
    assert index.knowledge.fact("reopen-date").answer.startswith("The Valmora Harbour")
    assert cache.Hashes(folder).known.get(str(facts.resolve())) != remembered.get(str(facts.resolve()))
