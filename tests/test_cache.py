"""The index cache: reused while nothing changed, rebuilt after any edit, never trusted blindly."""

import pickle
import subprocess
import sys

import pytest

from bot.knowledge import KnowledgeError
from bot.matching import answer, cache
from bot.matching.cache import code_files, load_index


def test_unchanged_fact_base_loads_from_the_cache(kb_copy, tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    first = load_index(kb_copy, cache_dir=folder)
    assert len(list(folder.glob("index-*.pickle"))) == 1
    monkeypatch.setattr(cache, "_build", lambda *_: (_ for _ in ()).throw(AssertionError("rebuilt")))
    second = load_index(kb_copy, cache_dir=folder)
    assert answer("ferry", second).best.fact.id == answer("ferry", first).best.fact.id


def test_the_typo_index_read_from_the_cache_finds_what_the_built_one_finds(kb_copy, tmp_path):
    from bot.matching.terms import Vocabulary  # noqa: PLC0415

    built = load_index(kb_copy, cache_dir=tmp_path / "cache").normalizer.vocabulary
    cache.finish_writing()
    loaded = load_index(kb_copy, cache_dir=tmp_path / "cache").normalizer.vocabulary
    assert isinstance(built, Vocabulary) and isinstance(loaded, Vocabulary)
    assert loaded.by_delete == built.by_delete and len(loaded.by_delete) > 100
    words = sorted(built.counts)
    # Every known word with a letter dropped, doubled or swapped, and strings no word is near.
    typos = [w[1:] for w in words] + [w + w[-1] for w in words] + [w[1] + w[0] + w[2:] for w in words if len(w) > 2]
    for typo in [*typos, "zzzzqx", "a", ""]:
        assert loaded.corrections(typo) == built.corrections(typo)
        assert loaded.has_neighbour(typo) == built.has_neighbour(typo)
    again = pickle.loads(pickle.dumps(loaded))  # a loaded index is written again as it was read
    assert again.by_delete == built.by_delete


def test_a_large_index_is_written_in_the_background_and_then_served_from_the_cache(kb_copy, tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "BACKGROUND_BYTES", 0)  # every index counts as large
    folder = tmp_path / "cache"
    first = load_index(kb_copy, cache_dir=folder)
    cache.finish_writing()
    assert len(list(folder.glob("index-*.pickle"))) == 1
    assert not list(folder.glob("*.tmp"))
    monkeypatch.setattr(cache, "_build", lambda *_: (_ for _ in ()).throw(AssertionError("rebuilt")))
    second = load_index(kb_copy, cache_dir=folder)
    assert answer("ferry", second).best.fact.id == answer("ferry", first).best.fact.id


def test_a_lone_process_leaves_writing_a_large_index_to_a_forked_copy_and_waits_for_it_at_exit(kb_copy, tmp_path):
    # In a process of its own: forking is only done where no other thread runs, and the test runner has some.
    program = f"""
import os
from pathlib import Path
from bot.matching import cache
cache.FORK_FACTS = 0  # every index counts as large
cache.load_index(Path({str(kb_copy)!r}), cache_dir=Path({str(tmp_path / "cache")!r}))
[wait] = cache._writing
assert wait.func is os.waitpid, wait  # a forked copy writes it, not a thread
print(os.getpid())
"""
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "cache").glob("index-*.pickle"))) == 1  # whole by the time the process ended
    assert not list((tmp_path / "cache").glob("*.tmp"))
    index = cache._read(next((tmp_path / "cache").glob("index-*.pickle")), tmp_path / "cache")
    assert index is not None and answer("ferry", index).best.fact.id == "ferry-service"


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


def _split_in_two(knowledge):
    """The test fact base's facts spread over two files, as a larger fact base keeps them."""
    import yaml  # noqa: PLC0415

    path = knowledge / "facts" / "harbour.yaml"
    data = yaml.safe_load(path.read_text())
    half = len(data["facts"]) // 2
    path.write_text(yaml.safe_dump({"document": data["document"], "facts": data["facts"][:half]}))
    (knowledge / "facts" / "more.yaml").write_text(
        yaml.safe_dump({"document": data["document"], "facts": data["facts"][half:]})
    )


def test_an_edit_to_one_file_rebuilds_that_file_alone_and_serves_what_a_full_build_would(
    kb_copy, tmp_path, monkeypatch
):
    from bot.knowledge import load_knowledge  # noqa: PLC0415
    from bot.matching import build_index  # noqa: PLC0415

    _split_in_two(kb_copy)
    folder = tmp_path / "cache"
    load_index(kb_copy, cache_dir=folder)
    built = []
    real = cache.segment_of
    monkeypatch.setattr(cache, "segment_of", lambda facts, normalizer: built.append(1) or real(facts, normalizer))
    more = kb_copy / "facts" / "more.yaml"
    more.write_text(more.read_text().replace("Fishing boats were the first", "Fishing boats were the very first", 1))
    index = load_index(kb_copy, cache_dir=folder)
    assert built == [1]  # harbour.yaml came from its cached segment
    assert len(list((folder / "segments").glob("segment-*.pickle"))) == 2  # the stale entry is gone
    whole = build_index(load_knowledge(kb_copy))
    assert list(index.knowledge.facts) == list(whole.knowledge.facts)
    assert index.knowledge.fact("first-boats").answer == whole.knowledge.fact("first-boats").answer
    assert list(index.lightest_phrasing) == list(whole.lightest_phrasing)
    by_term = {term: (list(index.postings[i]), list(index.quote_postings[i]), index.weights[i])
               for term, i in index.term_ids.items()}  # fmt: skip
    assert by_term == {term: (list(whole.postings[i]), list(whole.quote_postings[i]), whole.weights[i])
                       for term, i in whole.term_ids.items()}  # fmt: skip
    for question in ("when did the harbour reopen?", "who led the repairs", "what did the mayor thank them for"):
        assert answer(question, index) == answer(question, whole)


def test_a_fact_id_used_in_two_files_is_reported_from_cached_segments_too(kb_copy, tmp_path):
    _split_in_two(kb_copy)
    folder = tmp_path / "cache"
    load_index(kb_copy, cache_dir=folder)
    more = kb_copy / "facts" / "more.yaml"
    first_id = load_index(kb_copy, cache_dir=folder).knowledge.facts.id_of(0)
    text = more.read_text()
    second_id = text.split("id: ", 1)[1].split("\n", 1)[0]
    more.write_text(text.replace(f"id: {second_id}", f"id: {first_id}", 1))
    with pytest.raises(KnowledgeError, match=f"duplicate fact id .*{first_id}"):
        load_index(kb_copy, cache_dir=folder)


def test_segments_built_by_worker_processes_are_those_one_process_builds(kb_copy, tmp_path, monkeypatch):
    from bot.matching.workers import can_fork  # noqa: PLC0415

    if not can_fork():
        pytest.skip("this process runs other threads (or the platform can't fork): workers are not used here")
    _split_in_two(kb_copy)
    here = load_index(kb_copy, cache_dir=tmp_path / "one")
    in_parent = []
    real = cache.segment_of
    monkeypatch.setattr(cache, "segment_of", lambda facts, normalizer: in_parent.append(1) or real(facts, normalizer))
    spread = load_index(kb_copy, cache_dir=tmp_path / "two", workers=2)
    assert in_parent == []  # both files were built by the workers
    assert len(list((tmp_path / "two" / "segments").glob("segment-*.pickle"))) == 2
    assert list(spread.knowledge.facts) == list(here.knowledge.facts)
    assert {t: list(spread.postings[i]) for t, i in spread.term_ids.items()} == {
        t: list(here.postings[i]) for t, i in here.term_ids.items()
    }
    # A file with a problem is read again in this process, where its problem is reported with its line.
    more = kb_copy / "facts" / "more.yaml"
    more.write_text(more.read_text().replace("quote: ", "quote: Indeed, ", 1))
    with pytest.raises(KnowledgeError, match=r"more\.yaml:\d+: quote does not occur verbatim"):
        load_index(kb_copy, cache_dir=tmp_path / "three", workers=2)
